"""Findings: each aligned group judged, repeated facts merged, discrepancies first.

judge(groups) -> tuple of Finding: discrepancies, possible ones, agreements, each with a stable id
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..models import (
    FIGURE_KINDS,
    VERDICT_ORDER,
    Finding,
    Group,
    Kind,
    Status,
    Verdict,
    content_id,
)
from .details import compare_details, value_key
from .likelihood import counts, likelihood

__all__ = ["judge"]


def judge(groups: Iterable[Group]) -> tuple[Finding, ...]:
    """Return one finding per group, repeated facts merged: discrepancies first, then the
    possible ones (too unlikely to count, ``likelihood``), then agreements."""
    findings = [_finding(group) for group in groups]
    findings = _without_contained(_merge_repeats(findings))
    findings.sort(key=lambda f: (VERDICT_ORDER.index(f.verdict), _position(f)))
    return tuple(_with_stable_ids(findings))


def _with_stable_ids(findings: list[Finding]) -> Iterator[Finding]:
    """Yield the findings with their content ids (``content_id``); two that say the same
    in the same words (an article repeating a sentence) are told apart by order: -2, -3."""
    seen: dict[str, int] = {}
    for finding in findings:
        found = content_id("F", [(s.source, s.text) for s in finding.statements])
        seen[found] = seen.get(found, 0) + 1
        yield replace(finding, id=found if seen[found] == 1 else f"{found}-{seen[found]}")


# Below this alignment confidence, two statements naming different sources are more
# often two claims than one claim whose source the reports disagree on.
SURE = 0.8
SPEECH_KINDS = frozenset({Kind.QUOTE, Kind.ATTRIBUTION})
# Kinds whose differing values mark one fact: two pairs that disagree over "3" against
# "3.5 years" disagree over the same thing. Not a weekday: "Monday" alone names no fact.
ONE_FACT_KINDS = FIGURE_KINDS - {Kind.WEEKDAY}


def _finding(group: Group) -> Finding:
    details = compare_details(group.statements)
    differing = [d for d in details if d.status is Status.DIFFERENT]
    if group.confidence < SURE and differing and all(d.kind in SPEECH_KINDS for d in differing):
        details = tuple(
            replace(d, status=Status.COMPATIBLE, note=f"{d.note}; may be two different claims")
            if d.status is Status.DIFFERENT
            else d
            for d in details
        )
    finding = Finding(
        id="",
        verdict=Verdict.AGREEMENT,
        confidence=group.confidence,
        similarity=group.similarity,
        statements=group.statements,
        details=details,
        scores=group.scores,
        aligned=group.confidence,
    )
    if not finding.differences:
        return finding
    probability = likelihood(finding)
    verdict = Verdict.DISCREPANCY if counts(probability) else Verdict.POSSIBLE
    return replace(finding, verdict=verdict, confidence=probability)


def _merge_repeats(findings: list[Finding]) -> list[Finding]:
    """Merge findings that say exactly the same about the same details and share a statement,
    or, for a disagreement over a figure, a source.

    An article often repeats a fact (a standfirst and its lead sentence): that is one
    finding, not two. And when three sources give "3.5", "3" and "3.5 years", the pairs
    they were aligned in are one disagreement, whichever of B's two mentions each holds.
    """
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: -f.similarity):
        signature = _signature(finding)
        for index, kept in enumerate(merged):
            if signature and signature == _signature(kept) and _same_fact(kept, finding):
                statements = kept.statements + tuple(
                    s for s in finding.statements if s.key not in {k.key for k in kept.statements}
                )
                sources = list(dict.fromkeys(s.source for s in statements))
                statements = tuple(
                    sorted(statements, key=lambda s: (sources.index(s.source), s.index))
                )
                merged[index] = replace(
                    kept, statements=statements, details=compare_details(statements)
                )
                break
        else:
            merged.append(finding)
    return merged


def _without_contained(findings: list[Finding]) -> list[Finding]:
    """Drop each finding whose statements all belong to a larger one, which compares them too.

    With three sources the pairs A–B, B–C and A–C of one fact may be merged into one
    finding while A–C also stands alone.
    """
    keys = [frozenset(s.key for s in f.statements) for f in findings]
    return [
        finding
        for finding, own in zip(findings, keys, strict=True)
        if not any(own < other for other in keys)
    ]


def _same_fact(one: Finding, other: Finding) -> bool:
    """Return whether two findings that say the same about their details hold one fact."""
    if {s.key for s in one.statements} & {s.key for s in other.statements}:
        return True
    return bool(set(one.sources) & set(other.sources)) and any(
        d.kind in ONE_FACT_KINDS for d in one.differences
    )


def _signature(finding: Finding) -> frozenset:
    """Return what a finding says about its details, leaving out who says it where."""
    return frozenset(
        (d.kind, d.status, frozenset(value_key(m.detail) for m in d.mentions))
        for d in finding.details
        if d.status is not Status.ONE_SIDED
    )


def _position(finding: Finding) -> tuple[str, int]:
    return min(s.key for s in finding.statements)
