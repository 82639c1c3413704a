"""The display-only records a report template loops over: the view model's shapes.

Segment          a run of a statement's text, marked when it differs or is a detail
SourceView       one source: label, title, file, outlet, date and counts
StatementView    one statement split into segments, with its sentence around it
Column           one source's side of a finding
DetailView       one compared detail, a display value per column
FindingView      one finding: verdict, headline, columns and details
DiscrepancyLine  one disagreement as the first page lists it
FindingReview    a reviewer's word on one finding, as shown with it
ReviewSummary    the review on the first page: who, when, how many reviewed, what is stale
UniqueGroup, ReferenceView, ReferenceGroup, Count
ReportView       everything a report template shows, in display order

The records hold strings ready to show; ``view.build_view`` fills them.
"""

from __future__ import annotations

from dataclasses import dataclass

from factdiff.render.alignment_map import AlignmentMap
from factdiff.render.appendix import AppendixSource

__all__ = [
    "Column",
    "Count",
    "DetailView",
    "DiscrepancyLine",
    "FindingReview",
    "FindingView",
    "ReferenceGroup",
    "ReferenceView",
    "ReportView",
    "ReviewSummary",
    "Segment",
    "SourceView",
    "StatementView",
    "UniqueGroup",
]


@dataclass(frozen=True)
class Segment:
    """A run of a statement's text: whether it differs from the other source, or is a detail."""

    text: str
    changed: bool = False
    detail: bool = False

    @property
    def marked(self) -> bool:
        """Return whether this run stands out in any way."""
        return self.changed or self.detail


@dataclass(frozen=True)
class SourceView:
    """One source as shown: its label, title, file and counts."""

    label: str
    id: str
    title: str
    path: str
    name: str
    # Who published it ("The Week"), or "" when unknown, and the day it speaks from.
    outlet: str
    date: str
    # What headlines call it: the outlet, else the title's head ("Putin Visits Minsk").
    short: str
    sentences: int
    words: int
    unique: int
    numbers: str


@dataclass(frozen=True)
class StatementView:
    """One statement as shown, split into highlighted segments."""

    label: str
    source: str
    text: str
    segments: tuple[Segment, ...]
    # The rest of the sentence when the statement is one clause of it, shown for context.
    before: str = ""
    after: str = ""
    # The id of the statement's sentence in the appendix, where it stands in context.
    anchor: str = ""
    # The statement's own stable id (U-…), shown where it is listed as in one source only,
    # so that a reviewer can pair it by hand; "" where it is not shown.
    id: str = ""
    # A reviewer's comment on it (a statement in one source only), or "".
    comment: str = ""

    @property
    def emphasis(self) -> tuple[Segment, ...]:
        """Return the segments with marked runs joined across spaces, for one kind of emphasis."""
        segments = list(self.segments)
        for i in range(1, len(segments) - 1):
            if segments[i - 1].marked and segments[i + 1].marked and not segments[i].text.strip():
                segments[i] = Segment(segments[i].text, changed=True)
        runs: list[Segment] = []
        for segment in segments:
            if runs and runs[-1].marked == segment.marked:
                last = runs.pop()
                segment = Segment(
                    last.text + segment.text,
                    last.changed or segment.changed,
                    last.detail or segment.detail,
                )
            runs.append(segment)
        return tuple(runs)


@dataclass(frozen=True)
class Column:
    """One source's side of a finding: its statements, possibly none."""

    source: SourceView
    statements: tuple[StatementView, ...]


@dataclass(frozen=True)
class DetailView:
    """One compared detail: its kind, one display value per column, status and note."""

    kind: str
    status: str
    symbol: str
    status_label: str
    values: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class FindingReview:
    """A reviewer's word on one finding: the verdict as a class name ("confirmed"), the
    mark shown ("✓ Confirmed by the reviewer"), who gave it and their comment."""

    verdict: str
    mark: str
    reviewer: str
    comment: str


@dataclass(frozen=True)
class FindingView:
    """One finding as shown: its verdict, columns side by side and compared details."""

    id: str
    verdict: str  # as a class name: "discrepancy", "possible" or "agreement"
    symbol: str
    verdict_label: str
    headline: str
    confidence: str
    why: str
    columns: tuple[Column, ...]
    details: tuple[DetailView, ...]
    # The reviewer's verdict and comment, if any; and whether the reviewer paired its
    # statements by hand (no alignment score chose them).
    review: FindingReview | None = None
    manual: bool = False


@dataclass(frozen=True)
class DiscrepancyLine:
    """One disagreement as the first page lists it: what, who says what, how far apart."""

    text: str
    note: str
    confidence: str
    finding: str
    # The reviewer's verdict on it ("✓ Confirmed by the reviewer"), or "".
    review: str = ""


@dataclass(frozen=True)
class UniqueGroup:
    """The statements only one source makes."""

    source: SourceView
    statements: tuple[StatementView, ...]
    caption: str


@dataclass(frozen=True)
class ReferenceView:
    """One footnote of an article."""

    label: str
    text: str


@dataclass(frozen=True)
class ReferenceGroup:
    """One source's footnotes."""

    source: SourceView
    references: tuple[ReferenceView, ...]


@dataclass(frozen=True)
class Count:
    """A number in the summary, with its caption."""

    number: int
    caption: str
    kind: str


@dataclass(frozen=True)
class ReviewSummary:
    """The review as the first page states it, each line ready to show."""

    # "Reviewed by Ann Lee on 2024-05-02".
    by: str
    # "5 of 7 findings reviewed: 2 confirmed, 1 dismissed, 2 unsure".
    counts: str
    # "1 pair made by the reviewer", or "".
    pairs: str
    # "1 dismissed finding is listed apart under Dismissed by the reviewer", or "".
    dismissed: str
    # Each review entry whose id this comparison no longer has: "F-0a1b2c (confirmed)".
    stale: tuple[str, ...]


@dataclass(frozen=True)
class ReportView:
    """Everything a report template shows, in display order."""

    title: str
    heading: str
    kicker: str
    # What the comparison found, in one line: the PDF's subject and the page description.
    subject: str
    running_title: str
    generated: str
    generator: str
    sources: tuple[SourceView, ...]
    counts: tuple[Count, ...]
    alignment_map: AlignmentMap
    # The answer to "do they disagree?" in one sentence, and the likeliest disagreements.
    verdict: str
    discrepancy_lines: tuple[DiscrepancyLine, ...]
    more_discrepancies: int
    # Under them, the possible discrepancies counted ("2 possible discrepancies to check,
    # listed apart"), or "" when there are none, and the likeliest of them.
    possible_line: str
    possible_lines: tuple[DiscrepancyLine, ...]
    discrepancies: tuple[FindingView, ...]
    # The discrepancies too unlikely to count, listed apart for a reader to check.
    possible: tuple[FindingView, ...]
    # How statements were compared: by words only, or also by meaning with which encoder.
    method: str
    agreements: tuple[FindingView, ...]
    unique: tuple[UniqueGroup, ...]
    references: tuple[ReferenceGroup, ...]
    appendix: tuple[AppendixSource, ...]
    # A reviewer's verdicts (None when the comparison was not reviewed), and the findings
    # they dismissed, shown apart and counted with none.
    review: ReviewSummary | None = None
    dismissed: tuple[FindingView, ...] = ()
