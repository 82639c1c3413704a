"""What the reports show of a reviewer's verdicts: the first page's summary, each finding's mark.

review_summary(comparison) -> ReviewSummary | None      who reviewed, when, counts, stale ids
verdict_counts(comparison) -> {"confirmed": 2, …}        the findings given each verdict
finding_review(finding, review) -> FindingReview | None  a finding's verdict mark and comment
statement_comment(statement, review) -> str              a reviewer's comment on a statement
REVIEW_MARKS                                             verdict -> the mark a finding gets
"""

from __future__ import annotations

from factdiff.models import Comparison, Finding, Review, Statement
from factdiff.render.records import FindingReview, ReviewSummary
from factdiff.render.table import REVIEW_VERDICTS
from factdiff.text.morphology import plural

__all__ = [
    "REVIEW_MARKS",
    "finding_review",
    "review_summary",
    "statement_comment",
    "verdict_counts",
]

REVIEW_MARKS = dict(
    zip(
        REVIEW_VERDICTS,
        ("✓ Confirmed by the reviewer", "✗ Dismissed by the reviewer", "~ Reviewer unsure"),
        strict=True,
    )
)


def review_summary(comparison: Comparison) -> ReviewSummary | None:
    """Return the review as the first page states it, or None when there was none."""
    review = comparison.review
    if review is None:
        return None
    counts = verdict_counts(comparison)
    tally = ", ".join(f"{number} {verdict}" for verdict, number in counts.items())
    findings = len(comparison.findings)
    manual = sum(f.manual for f in comparison.findings)
    dismissed = len(comparison.dismissed)
    return ReviewSummary(
        by=_by(review),
        counts=f"{sum(counts.values())} of {_count(findings, 'finding')} reviewed: {tally}",
        pairs=f"{_count(manual, 'pair')} made by the reviewer" if manual else "",
        dismissed=(
            f"{_count(dismissed, 'dismissed finding')} listed apart, under Dismissed by the "
            "reviewer, and counted with none"
            if dismissed
            else ""
        ),
        stale=tuple(_stale_line(id, review) for id in review.stale),
    )


def verdict_counts(comparison: Comparison) -> dict[str, int]:
    """Return how many of the comparison's findings were given each verdict, in order."""
    review = comparison.review
    ids = {f.id for f in comparison.findings}
    given = [e.verdict for e in review.entries if e.id in ids] if review else []
    return {verdict: given.count(verdict) for verdict in REVIEW_VERDICTS}


def _by(review: Review) -> str:
    """Return who reviewed and when.

    >>> _by(Review(reviewers=("Ann Lee", "Bo"), date="2024-05-02"))
    'Reviewed by Ann Lee and Bo on 2024-05-02'
    >>> _by(Review(date="2024-05-02"))
    'Reviewed on 2024-05-02 (the reviewer is not named)'
    """
    names = list(review.reviewers)
    when = f" on {review.date}" if review.date else ""
    if not names:
        return f"Reviewed{when} (the reviewer is not named)"
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"
    return f"Reviewed by {who}{when}"


def _stale_line(id: str, review: Review) -> str:
    """Return what the review said of an id the comparison no longer has, and where."""
    said = [
        f"{e.verdict or 'comment'}{_quoted(e.comment)} ({e.row})"
        for e in review.entries
        if e.id == id
    ]
    said += [
        f"pair with {p.pair_with}{_quoted(p.comment)} ({p.row})" for p in review.pairs if p.id == id
    ]
    return f"{id}: {'; '.join(said)}"


def _quoted(comment: str) -> str:
    return f", “{comment}”" if comment else ""


def finding_review(finding: Finding, review: Review | None) -> FindingReview | None:
    """Return the reviewer's word on a finding (its verdict, and the comment of the row,
    or of the pair that made it), or None when they said nothing of it."""
    if review is None:
        return None
    entry = review.entry(finding.id)
    ids = {s.id for s in finding.statements}
    pairs = [p for p in review.pairs if finding.manual and {p.id, p.pair_with} <= ids]
    comments = [c for c in (*(p.comment for p in pairs), entry.comment if entry else "") if c]
    reviewers = [r for r in (*(p.reviewer for p in pairs), entry.reviewer if entry else "") if r]
    if not comments and not (entry and entry.verdict):
        return None
    verdict = entry.verdict if entry else ""
    return FindingReview(
        verdict=verdict,
        mark=REVIEW_MARKS.get(verdict, "Reviewer's comment"),
        reviewer=", ".join(dict.fromkeys(reviewers)),
        comment=" / ".join(dict.fromkeys(comments)),
    )


def statement_comment(statement: Statement, review: Review | None) -> str:
    """Return a reviewer's comment on a statement in one source only, or ""."""
    entry = review.entry(statement.id) if review else None
    return entry.comment if entry else ""


def _count(number: int, noun: str) -> str:
    """Return a number and its noun, plural unless one.

    >>> _count(1, "finding"), _count(3, "dismissed finding")
    ('1 finding', '3 dismissed findings')
    """
    return f"{number} {noun if number == 1 else plural(noun)}"
