"""The data that flows through factdiff, one frozen dataclass per stage's output.

read     -> Article (text as read, title, lines set aside, references)
split    -> Sentence (offsets into Article.text)
extract  -> Detail, Statement (a sentence with the details read from it)
align    -> statements cut into clauses (see clauses.py), Group (see align/)
judge    -> DetailComparison, Finding
compare  -> Source, Comparison (the whole result)
review   -> ReviewEntry, ReviewPair, Review (a reviewer's verdicts, applied to a Comparison)

Every offset (``start``, ``end``) is a character offset into the ``text`` of the
article it belongs to, so that ``article.text[start:end] == text`` always holds.
This module imports nothing else from the package.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

# A detail's normalised value: a number, an ISO date ("2022-12-19", "2019-06", "--12-19")
# or ISO interval of dates ("2022-12-12/2022-12-18"), a name, quoted words, or a
# [low, high] interval for qualified quantities ("nearly 10" -> (9, 10)).
Value = float | int | str | tuple[float, float]


class Kind(StrEnum):
    """What a detail is."""

    QUANTITY = "quantity"
    DURATION = "duration"
    DATE = "date"
    WEEKDAY = "weekday"
    RANK = "rank"
    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    NEGATION = "negation"
    MODALITY = "modality"


ENTITY_KINDS = frozenset({Kind.PERSON, Kind.PLACE, Kind.ORGANISATION})
# Kinds whose value is a figure: an amount, a time or a place in a ranking.
FIGURE_KINDS = frozenset({Kind.QUANTITY, Kind.DURATION, Kind.DATE, Kind.WEEKDAY, Kind.RANK})
# Kinds that describe how a sentence states its claim rather than a part of it: their
# spans may overlap the spans of other details ("“We lost 300 men,” he said").
OVERLAY_KINDS = frozenset({Kind.QUOTE, Kind.ATTRIBUTION, Kind.NEGATION, Kind.MODALITY})


class Status(StrEnum):
    """How the mentions of one detail in a finding relate to each other."""

    SAME = "same"
    COMPATIBLE = "compatible"
    DIFFERENT = "different"
    ONE_SIDED = "one-sided"


class Verdict(StrEnum):
    """What a finding says about its statements as a whole."""

    AGREEMENT = "agreement"
    DISCREPANCY = "discrepancy"
    # A discrepancy judged less likely than not to be real (``judge.likelihood``): listed
    # apart for a reader to check, never counted with the discrepancies.
    POSSIBLE = "possible discrepancy"


# The order findings are listed in, in every report: what disagrees first, then what to
# check, then what agrees.
VERDICT_ORDER = (Verdict.DISCREPANCY, Verdict.POSSIBLE, Verdict.AGREEMENT)


@dataclass(frozen=True)
class SetAside:
    """A line of an article left out of the comparison, with the reason."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Reference:
    """A footnote of an article: cited by its sentences, never compared as a fact."""

    source: str
    label: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """A span of an article's text that holds statements."""

    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One article as read: the full text and what each part of it is."""

    id: str
    path: str
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    set_aside: tuple[SetAside, ...] = ()
    references: tuple[Reference, ...] = ()
    # The day the article speaks from (ISO), against which "last week" is resolved,
    # and where it came from: "date line" (read in the text) or "given" (by the user).
    date: str | None = None
    date_origin: str | None = None
    # Who published it ("The Week"), and where that came from: the line it was read in
    # ("share prompt", "copyright line", "dateline") or "given" (by the user).
    outlet: str | None = None
    outlet_origin: str | None = None
    # The encoding the file was read in: "utf-8", or the one recognised ("cp1252").
    encoding: str = "utf-8"
    # What the user should know about how it was read ("3 bytes that are not UTF-8 …").
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, with its character offsets into the text as read."""

    source: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Detail:
    """A typed detail read from a sentence: its span, normalised value and unit.

    What the optional fields hold depends on the kind:

    ============  ==========================  ===========================  ======================
    kind          value                       qualifier                    other fields
    ============  ==========================  ===========================  ======================
    quantity      number or (low, high)       "nearly", "about",           unit: thing counted
                                              "dozens", "range"...
    duration      number or (low, high)       as quantity; "since" when    unit: time unit;
                                              elapsed from a date          about: event ("war")
    date          ISO date or interval        "early", "since",            about: "statement"
                                              "relative", a season         when it dates the
                                                                           claim being made
    weekday       "Monday"                                                 about: as a date
    rank          the place (52)                                           unit: "of 142";
                                                                           about: what is ranked
    quote         the quoted words            reporting verb's lemma       speaker, audience;
                                                                           about: speaker's role
    attribution   who the claim comes from    cue ("according to", "say")  audience; about: role
    negation      the positive predicate      the negator ("not", "denied",
                  denied ("join", "accept")   "reject", "against")
    modality      certainty: "certain",       the modal word ("will")      about: predicate
                  "likely", "possible"
    ============  ==========================  ===========================  ======================
    """

    kind: Kind
    text: str
    start: int
    end: int
    value: Value
    unit: str | None = None
    qualifier: str | None = None
    about: str | None = None
    speaker: str | None = None
    audience: str | None = None


def content_id(prefix: str, statements: Iterable[tuple[str, str]]) -> str:
    """Return a stable id for what some statements say: ``prefix``, a dash and six hex
    digits of a hash of each (source, text), the texts with their spacing and capitals
    folded, in sorted order.

    Ids by position (F1, F2) changed whenever an unrelated sentence did; these change only
    when the statements themselves do, so a reviewer's notes keep pointing at them.

    >>> content_id("F", [("b", "Three  years."), ("a", "3.5 years")])
    'F-ea5ace'
    >>> content_id("F", [("a", "3.5 YEARS"), ("b", "three years.")])
    'F-ea5ace'
    """
    parts = sorted(
        f"{source}\x1f{' '.join(text.split()).casefold()}" for source, text in statements
    )
    digest = hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:ID_DIGITS]}"


# Six hex digits: one chance in about 16 million that two findings of a report collide
# (``judge`` numbers them apart if they do).
ID_DIGITS = 6


@dataclass(frozen=True)
class Statement:
    """A unit of an article that can state a fact, with the details read from it."""

    source: str
    index: int
    start: int
    end: int
    text: str
    details: tuple[Detail, ...] = ()
    citations: tuple[str, ...] = ()
    # The whole sentence when this statement is one clause of it (``index`` is then the
    # sentence's); None when the statement is a whole sentence.
    sentence: Statement | None = None

    @property
    def key(self) -> tuple[str, int, int]:
        """Return what identifies this statement across a comparison."""
        return (self.source, self.index, self.start)

    @property
    def context(self) -> Statement:
        """Return the whole sentence this statement belongs to (itself when it is one)."""
        return self.sentence or self

    @property
    def id(self) -> str:
        """Return the statement's stable id: "U-" and a hash of its source and words, the
        same however the rest of the article changes (see ``content_id``)."""
        return content_id("U", [(self.source, self.text)])


@dataclass(frozen=True)
class Group:
    """Statements from two or more sources aligned as reporting the same fact.

    ``similarity`` is the blend's probability that the founding pair reports one fact,
    ``confidence`` that probability calibrated, ``scores`` each scorer's score of the pair.
    """

    statements: tuple[Statement, ...]
    similarity: float
    scores: tuple[tuple[str, float], ...] = ()
    confidence: float = 0.0


@dataclass(frozen=True)
class Mention:
    """One source's mention of a compared detail."""

    source: str
    detail: Detail


@dataclass(frozen=True)
class DetailComparison:
    """The mentions of one detail across a finding's statements, and how they relate."""

    kind: Kind
    status: Status
    mentions: tuple[Mention, ...]
    note: str = ""


@dataclass(frozen=True)
class Finding:
    """Statements from two or more sources that report the same fact, and the verdict."""

    id: str
    verdict: Verdict
    confidence: float
    similarity: float
    statements: tuple[Statement, ...]
    details: tuple[DetailComparison, ...]
    # Why the statements were paired: each alignment scorer's score of the founding pair.
    scores: tuple[tuple[str, float], ...] = ()
    # How likely the statements report one fact (the alignment's calibrated confidence).
    # ``confidence`` is the same for an agreement; for a discrepancy, found or possible,
    # it is how likely the discrepancy is real (``judge.likelihood``).
    aligned: float = 0.0
    # Made by hand: a reviewer paired a statement listed as in one source only with its
    # counterpart (``review``), so no alignment score chose it.
    manual: bool = False

    @property
    def sources(self) -> tuple[str, ...]:
        """Return the ids of the sources taking part, in order of first appearance."""
        return tuple(dict.fromkeys(s.source for s in self.statements))

    @property
    def differences(self) -> tuple[DetailComparison, ...]:
        """Return the compared details whose values differ."""
        return tuple(d for d in self.details if d.status is Status.DIFFERENT)


@dataclass(frozen=True)
class Source:
    """An article together with the statements read from it."""

    article: Article
    statements: tuple[Statement, ...]

    @property
    def id(self) -> str:
        """Return the article's id."""
        return self.article.id

    @property
    def words(self) -> int:
        """Return the number of words in the article's statements."""
        return sum(len(s.text.split()) for s in self.statements)


@dataclass(frozen=True)
class Counterpart:
    """A statement listed as in one source only, and the statement of another source most
    like it: where a reviewer looks first for a fact the alignment missed."""

    statement: Statement
    other: Statement
    # How likely the two report one fact, as the alignment's confidence says it.
    confidence: float


@dataclass(frozen=True)
class ReviewEntry:
    """A reviewer's word on one finding: a verdict (one of ``render.table.REVIEW_VERDICTS``,
    or "" when only a comment was given), who gave it and why."""

    id: str
    verdict: str
    reviewer: str = ""
    comment: str = ""
    # Where it was read, as an error names it: "reviewed.xlsx: row 7".
    row: str = ""


@dataclass(frozen=True)
class ReviewPair:
    """A statement listed as in one source only, paired by a reviewer with a statement of
    another source that reports the same fact."""

    id: str
    pair_with: str
    reviewer: str = ""
    comment: str = ""
    row: str = ""


@dataclass(frozen=True)
class Review:
    """A reviewer's verdicts, comments and pairs, as read from one or more review files."""

    entries: tuple[ReviewEntry, ...] = ()
    pairs: tuple[ReviewPair, ...] = ()
    # Who reviewed, in the order first named, and the day (ISO) the review speaks from.
    reviewers: tuple[str, ...] = ()
    date: str = ""
    # The ids reviewed that the comparison no longer has: listed, never silently dropped.
    stale: tuple[str, ...] = ()
    # The findings the reviewer dismissed (of those the comparison has): shown apart,
    # counted with none. ``review.apply_review`` sets it; the verdicts' names live there.
    dismissed: frozenset[str] = frozenset()

    def entry(self, finding_id: str) -> ReviewEntry | None:
        """Return the reviewer's word on a finding, or None if they gave none."""
        return next((e for e in self.entries if e.id == finding_id), None)


@dataclass(frozen=True)
class Comparison:
    """The whole result of comparing two or more articles."""

    sources: tuple[Source, ...]
    findings: tuple[Finding, ...]
    unique: tuple[Statement, ...]
    # The sentence encoder that scored statements by meaning (``align.semantic``), as the
    # report names it; empty when none ran and only words were compared.
    encoder: str = ""
    # For each statement in ``unique``, its likeliest counterpart in each other source.
    counterparts: tuple[Counterpart, ...] = ()
    # A reviewer's verdicts on the findings (``review``), or None when none was given.
    review: Review | None = None

    @property
    def discrepancies(self) -> tuple[Finding, ...]:
        """Return the findings whose sources contradict each other (a dismissed one does not)."""
        return self._counted(Verdict.DISCREPANCY)

    @property
    def possible_discrepancies(self) -> tuple[Finding, ...]:
        """Return the discrepancies too unlikely to count: listed for a reader to check."""
        return self._counted(Verdict.POSSIBLE)

    @property
    def agreements(self) -> tuple[Finding, ...]:
        """Return the findings whose sources agree (a dismissed one does not)."""
        return self._counted(Verdict.AGREEMENT)

    @property
    def dismissed(self) -> tuple[Finding, ...]:
        """Return the findings a reviewer dismissed: shown apart, counted with none."""
        gone = self.review.dismissed if self.review else frozenset()
        return tuple(f for f in self.findings if f.id in gone)

    def _counted(self, verdict: Verdict) -> tuple[Finding, ...]:
        gone = self.review.dismissed if self.review else frozenset()
        return tuple(f for f in self.findings if f.verdict is verdict and f.id not in gone)

    @property
    def references(self) -> tuple[Reference, ...]:
        """Return every source's references, in source order."""
        return tuple(r for s in self.sources for r in s.article.references)

    def source(self, source_id: str) -> Source:
        """Return the source with this id."""
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)
