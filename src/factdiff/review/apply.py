"""A review applied to a comparison: pairs judged as findings, verdicts matched by id.

apply_review(comparison, review) -> Comparison   with ``review`` set, pairs made, stale ids listed

A possible discrepancy the reviewer confirms counts as a discrepancy from then on.

A statement paired by hand with one of another source becomes a finding, judged like any
other (``judge``) with confidence 1.0, since a person paired them, and marked ``manual``;
it leaves the statements in one source only. An id the comparison no longer has (the
article changed since the review) is listed in ``Review.stale``, never dropped silently.
"""

from __future__ import annotations

from dataclasses import replace

from factdiff.errors import InputError
from factdiff.judge import judge
from factdiff.models import VERDICT_ORDER, Comparison, Finding, Group, Review, Statement, Verdict
from factdiff.render.table import REVIEW_VERDICTS

__all__ = ["apply_review"]

_CONFIRMED, _DISMISSED, _UNSURE = REVIEW_VERDICTS


def apply_review(comparison: Comparison, review: Review) -> Comparison:
    """Return the comparison with the review applied; InputError if a pair joins two
    statements of one source."""
    statements = _statements_by_id(comparison)
    unique = {s.id: s for s in comparison.unique}
    stale: list[str] = []
    manual: list[Finding] = []
    paired: set[tuple[str, int, int]] = set()
    for pair in review.pairs:
        statement, other = statements.get(pair.id), statements.get(pair.pair_with)
        if statement is not None and other is not None and statement.source == other.source:
            raise InputError(
                f"{pair.row}: {pair.id} and {pair.pair_with} are both statements of "
                f"{statement.source}; pair a statement with one of another source"
            )
        if pair.id not in unique or other is None:
            stale.append(pair.id)  # gone, or no longer in one source only
            continue
        manual.append(_manual_finding(comparison, unique[pair.id], other))
        paired |= {unique[pair.id].key, other.key}
    confirmed = {e.id for e in review.entries if e.verdict == _CONFIRMED}
    findings = tuple(
        sorted(
            (_as_confirmed(f, confirmed) for f in (*comparison.findings, *manual)),
            key=lambda f: VERDICT_ORDER.index(f.verdict),
        )
    )
    finding_ids = {f.id for f in findings}
    left_unique = tuple(s for s in comparison.unique if s.key not in paired)
    kept_ids = finding_ids | {s.id for s in left_unique}
    stale += [e.id for e in review.entries if e.id not in kept_ids]
    dismissed = frozenset(
        e.id for e in review.entries if e.verdict == _DISMISSED and e.id in finding_ids
    )
    return replace(
        comparison,
        findings=findings,
        unique=left_unique,
        counterparts=tuple(c for c in comparison.counterparts if c.statement.key not in paired),
        review=replace(review, stale=tuple(dict.fromkeys(stale)), dismissed=dismissed),
    )


def _as_confirmed(finding: Finding, confirmed: set[str]) -> Finding:
    """Return a possible discrepancy a reviewer confirmed as a discrepancy: a person read
    both articles and found the disagreement real, which is what the model could not say."""
    if finding.verdict is Verdict.POSSIBLE and finding.id in confirmed:
        return replace(finding, verdict=Verdict.DISCREPANCY)
    return finding


def _statements_by_id(comparison: Comparison) -> dict[str, Statement]:
    """Return every statement a reviewer may name, by id: sentences, and the clauses the
    findings, the unique list and the counterparts hold."""
    found: dict[str, Statement] = {}
    for source in comparison.sources:
        for statement in source.statements:
            found.setdefault(statement.id, statement)
    held = [s for f in comparison.findings for s in f.statements]
    held += [*comparison.unique, *(c.other for c in comparison.counterparts)]
    for statement in held:
        found.setdefault(statement.id, statement)
    return found


def _manual_finding(comparison: Comparison, statement: Statement, other: Statement) -> Finding:
    """Return the finding of a pair made by hand, judged like any other."""
    order = [s.id for s in comparison.sources]
    both = tuple(sorted((statement, other), key=lambda s: order.index(s.source)))
    (finding,) = judge([Group(both, similarity=1.0, confidence=1.0)])
    return replace(finding, manual=True)
