"""The view model: a ``Comparison`` turned into display-only rows the templates loop over.

    build_view(comparison, generated=...) -> ReportView    everything a template shows
    format_value(detail) -> str                             a detail's value for display
    highlight(statement, other, differing) -> segments      word-level diff as data
    source_label(index) -> "A", "B", ..., "AA"
    environment() / template_globals(view, medium)          the shared Jinja2 setup

Templates only loop and branch: every string they show is computed here. Highlighting
is data (``Segment(text, changed, detail)``), never HTML built in Python.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path, PurePath

import jinja2
from markupsafe import Markup

from factdiff._version import __version__
from factdiff.errors import OutputError
from factdiff.extract.times import WEEKDAYS
from factdiff.models import (
    FIGURE_KINDS,
    Comparison,
    Detail,
    DetailComparison,
    Finding,
    Kind,
    Source,
    Statement,
    Status,
    Verdict,
)
from factdiff.render.alignment_map import AlignmentMap, alignment_map
from factdiff.render.appendix import AppendixSource, appendix, sentence_anchor
from factdiff.render.topics import PLAIN_TOPICS, topic
from factdiff.text.morphology import plural as plural_noun
from factdiff.text.tokens import INVISIBLE

# The templates ship inside the package (the checkout's top-level templates/ is a link to
# them), so an installed factdiff renders every format wherever it runs.
TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "templates"

VERDICT_LABELS = {
    Verdict.DISCREPANCY: ("≠", "Discrepancy"),
    Verdict.AGREEMENT: ("=", "Agreement"),
}
STATUS_LABELS = {
    Status.SAME: ("=", "same"),
    Status.COMPATIBLE: ("≈", "compatible"),
    Status.DIFFERENT: ("≠", "different"),
    Status.ONE_SIDED: ("◐", "one-sided"),
}
# Past this many digits a whole number is shown by its size, "1.01 × 10⁴⁰⁰": nobody
# reads 400 digits, and a run of them would overflow its table cell.
_MOST_DIGITS_SHOWN = 30
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Units written without a space and never made plural.
_SYMBOL_UNITS = frozenset({"%", "°", "‰"})
_SHORT_TITLE = 48
# How many disagreements the first page lists, likeliest first; the rest follow on page 2.
TOP_DISCREPANCIES = 6
# How many words of a title name its source in a headline: "(Putin Visits Minsk)".
_SHORT_NAME_WORDS = 4
_LINKING_WORDS = frozenset("a an the and or of in on at to for with as by from".split())
# Quotes in a details table are cut to this many characters; the statement shows them whole.
_SHORT_QUOTE = 60


def generator() -> str:
    """Return the generator string, e.g. ``"factdiff 0.1.0"``."""
    return f"factdiff {__version__}"


# --- display-only records -------------------------------------------------------------


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
class FindingView:
    """One finding as shown: its verdict, columns side by side and compared details."""

    id: str
    verdict: str
    symbol: str
    verdict_label: str
    headline: str
    confidence: str
    why: str
    columns: tuple[Column, ...]
    details: tuple[DetailView, ...]


@dataclass(frozen=True)
class DiscrepancyLine:
    """One disagreement as the first page lists it: what, who says what, how far apart."""

    text: str
    note: str
    confidence: str
    finding: str


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
    discrepancies: tuple[FindingView, ...]
    agreements: tuple[FindingView, ...]
    unique: tuple[UniqueGroup, ...]
    references: tuple[ReferenceGroup, ...]
    appendix: tuple[AppendixSource, ...]


# --- small pure helpers ---------------------------------------------------------------


def source_label(index: int) -> str:
    """Return the label of the source at ``index``: A, B, ..., Z, AA, AB, ...

    >>> [source_label(i) for i in (0, 1, 25, 26, 27)]
    ['A', 'B', 'Z', 'AA', 'AB']
    """
    if index < 0:
        raise ValueError(f"index must be >= 0: {index!r}")
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def format_number(number: float) -> str:
    """Return a number as a reader expects it: no trailing ``.0``, separators past 9,999,
    and a whole number of more than 30 digits by its size.

    >>> format_number(3.0), format_number(3.5), format_number(142000), format_number(2022)
    ('3', '3.5', '142,000', '2022')
    >>> format_number(float("inf")), format_number(0.333333)
    ('∞', '0.333')
    >>> format_number(10**400 + 10**398), format_number(-(10**5000)), format_number(1e300)
    ('1.01 × 10⁴⁰⁰', '-1 × 10⁵⁰⁰⁰', '1 × 10³⁰⁰')
    """
    if isinstance(number, int):
        whole = int(number)  # an int of any size: as a float it may overflow
    elif math.isinf(number):
        return "∞" if number > 0 else "−∞"
    elif float(number).is_integer():
        whole = int(number)
    else:
        return f"{number:,.3f}".rstrip("0").rstrip(".")
    if abs(whole) >= 10**_MOST_DIGITS_SHOWN:
        return _by_size(whole)
    return f"{whole:,}" if abs(whole) >= 10_000 else str(whole)


def _by_size(whole: int) -> str:
    """Return a whole number too long to read digit by digit as its size: "1.01 × 10⁴⁰⁰".

    Its logarithm gives the size without writing out the digits, which Python refuses
    past 4,300 and which take time quadratic in their number.
    """
    size = math.log10(abs(whole))
    exponent = math.floor(size)
    mantissa = f"{10 ** (size - exponent):.3f}"
    if mantissa == "10.000":  # 9.9996 × 10ⁿ rounds up to 10ⁿ⁺¹
        mantissa, exponent = "1", exponent + 1
    sign = "-" if whole < 0 else ""
    power = str(exponent).translate(_SUPERSCRIPTS)
    return f"{sign}{mantissa.rstrip('0').rstrip('.')} × 10{power}"


def ordinal(number: int) -> str:
    """Return an English ordinal.

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 22, 52, 101)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '22nd', '52nd', '101st']
    """
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def with_unit(text: str, unit: str | None, *, plural: bool) -> str:
    """Return ``text`` followed by ``unit``, made plural when asked and it is a word.

    >>> with_unit("3", "year", plural=True), with_unit("1", "year", plural=False)
    ('3 years', '1 year')
    >>> with_unit("12", "%", plural=True), with_unit("85", "km", plural=True)
    ('12%', '85 km')
    >>> with_unit("18", "percent", plural=True)
    '18 percent'
    >>> with_unit("3", "aircraft", plural=True), with_unit("12", "batch", plural=True)
    ('3 aircraft', '12 batches')
    """
    if not unit:
        return text
    if unit in _SYMBOL_UNITS:
        return f"{text}{unit}"
    # "85 km", not "85 kms"; "18 percent" and "3 aircraft" are the pluraliser's own.
    if plural and len(unit) > 2:
        unit = plural_noun(unit)
    return f"{text} {unit}"


def format_value(detail: Detail) -> str:
    """Return a detail's normalised value for display.

    >>> from factdiff.models import Detail, Kind
    >>> format_value(Detail(Kind.DURATION, "three years", 0, 11, 3, "year"))
    '3 years'
    >>> format_value(Detail(Kind.DURATION, "three and a half years", 0, 22, 3.5, "year"))
    '3.5 years'
    >>> format_value(Detail(Kind.DATE, "December 19, 2022", 0, 17, "2022-12-19"))
    '2022-12-19'
    >>> format_value(Detail(Kind.WEEKDAY, "on Monday", 3, 9, "monday"))
    'Monday'
    >>> format_value(Detail(Kind.DURATION, "nearly 10 months", 0, 16, (9, 10), "month"))
    '9–10 months'
    >>> format_value(Detail(Kind.QUANTITY, "more than 22", 0, 12, (22, float("inf"))))
    '≥ 22'
    >>> format_value(Detail(Kind.RANK, "52nd", 0, 4, 52))
    '52nd'
    >>> format_value(Detail(Kind.PERSON, "Putin", 0, 5, "Vladimir Putin"))
    'Vladimir Putin'
    >>> format_value(Detail(Kind.QUOTE, "“escalating”", 0, 12, "escalating"))
    '“escalating”'
    >>> format_value(Detail(Kind.QUOTE, "“…”", 0, 3, "The risks are really high, even though the leadership wants to stay away"))
    '“The risks are really high, even though the leadership wants…”'
    >>> format_value(Detail(Kind.NEGATION, "has not joined", 0, 14, "join", qualifier="not"))
    'not join'
    """
    value = detail.value
    if isinstance(value, tuple):
        low, high = value
        if math.isinf(high) and math.isinf(low):
            text = "any"
        elif math.isinf(high):
            text = f"≥ {format_number(low)}"
        elif math.isinf(low):
            text = f"≤ {format_number(high)}"
        elif low == high:
            text = format_number(low)
        else:
            text = f"{format_number(low)}–{format_number(high)}"
        return with_unit(text, detail.unit, plural=True)
    if isinstance(value, bool):  # a bool is an int; show it as written
        return detail.text
    if detail.kind is Kind.QUOTE:
        return f"“{shorten(str(value), _SHORT_QUOTE)}”"
    if detail.kind is Kind.NEGATION:
        return f"{value} (asserted)" if detail.qualifier == "asserted" else f"not {value}"
    if detail.kind is Kind.MODALITY:
        return f"{value} ({detail.qualifier})" if detail.qualifier else str(value)
    if detail.kind is Kind.WEEKDAY:
        if isinstance(value, int) and 0 <= value < len(WEEKDAYS):
            return WEEKDAYS[value]
        return str(value).capitalize()
    if detail.kind is Kind.DATE and isinstance(value, str):
        return format_date(value, detail.qualifier)
    whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if detail.kind is Kind.RANK and whole and abs(value) < 10**_MOST_DIGITS_SHOWN:
        return ordinal(int(value))
    if isinstance(value, int | float):
        return with_unit(format_number(value), detail.unit, plural=value != 1)
    return with_unit(str(value), detail.unit, plural=False)


MONTHS = (
    "January February March April May June July August September October November December".split()
)


def format_date(value: str, qualifier: str | None = None) -> str:
    """Return an ISO date of any precision as a reader writes it; full dates stay ISO.

    >>> format_date("2022-12-19"), format_date("--12-19"), format_date("2019-06")
    ('2022-12-19', '19 December', 'June 2019')
    >>> format_date("--02", "early"), format_date("2020"), format_date("--13")
    ('early February', '2020', '--13')
    >>> format_date("2022-12-12/2022-12-18", "relative")
    '2022-12-12 to 2022-12-18'
    """
    text = value
    if qualifier == "relative":
        qualifier = None
    if "/" in value:
        text = " to ".join(format_date(part) for part in value.split("/", 1))
    elif (match := _DAY_OF_MONTH.fullmatch(value)) and 1 <= int(match[1]) <= 12:
        text = f"{int(match[2])} {MONTHS[int(match[1]) - 1]}"
    elif (match := _MONTH_ONLY.fullmatch(value)) and 1 <= int(match[1]) <= 12:
        text = MONTHS[int(match[1]) - 1]
    elif (match := _MONTH_OF_YEAR.fullmatch(value)) and 1 <= int(match[2]) <= 12:
        text = f"{MONTHS[int(match[2]) - 1]} {match[1]}"
    return f"{qualifier} {text}" if qualifier else text


_DAY_OF_MONTH = re.compile(r"--(\d\d)-(\d\d)")
_MONTH_ONLY = re.compile(r"--(\d\d)")
_MONTH_OF_YEAR = re.compile(r"(\d{4})-(\d\d)")


def explain(finding: Finding) -> str:
    """Return why a finding's statements were paired: the alignment scorers' scores.

    >>> from factdiff.models import Finding, Verdict
    >>> explain(Finding("F1", Verdict.AGREEMENT, 0.9, 0.6, (), (), (("fuzzy", 0.41), ("entities", 0.6))))
    'fuzzy 0.41 · entities 0.60'
    """
    return " · ".join(f"{name} {score:.2f}" for name, score in finding.scores)


def shorten(text: str, limit: int = _SHORT_TITLE) -> str:
    """Return ``text`` cut after a whole word within ``limit`` characters, with an ellipsis.

    >>> shorten("Putin flies to Minsk to meet Lukashenko", 20)
    'Putin flies to Minsk…'
    >>> shorten("short", 20)
    'short'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else text[:limit]
    return cut.rstrip(" ,;:.-–—") + "…"


def percent(fraction: float) -> str:
    """Return a fraction in 0..1 as a whole percentage.

    >>> percent(0.914), percent(1), percent(0)
    ('91%', '100%', '0%')
    """
    return f"{round(fraction * 100)}%"


# --- highlighting ---------------------------------------------------------------------

_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")
_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'}
)


def _word_key(word: str) -> str:
    """Return what a word is compared by: folded case, plain quotes, no surrounding punctuation.

    >>> _word_key("Putin’s"), _word_key("(Monday,")
    ("putin's", 'monday')
    """
    word = word.translate(_QUOTES)
    return _EDGE_PUNCTUATION.sub("", word).casefold() or word


def highlight(
    statement: Statement,
    other: Statement | None = None,
    differing: Iterable[Detail] = (),
) -> tuple[Segment, ...]:
    """Return ``statement.text`` as segments: words not in ``other``, and the differing details.

    Words are compared with ``difflib.SequenceMatcher``; ``differing`` are details whose
    article offsets fall in this statement and whose spans stand out even where the words
    match. The segments' texts always join back into ``statement.text``.

    >>> from factdiff.models import Statement
    >>> a = Statement("a", 0, 0, 27, "His first visit in 3 years.")
    >>> b = Statement("b", 0, 0, 29, "His first visit in 3.5 years.")
    >>> [(s.text, s.changed) for s in highlight(a, b)]
    [('His first visit in ', False), ('3', True), (' years.', False)]
    """
    text = statement.text
    changed = [False] * len(text)
    detail = [False] * len(text)
    words = list(_WORD.finditer(text))
    if other is not None and words:
        theirs = [_word_key(m.group()) for m in _WORD.finditer(other.text)]
        ours = [_word_key(m.group()) for m in words]
        matcher = SequenceMatcher(None, theirs, ours, autojunk=False)
        for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal" and j1 < j2:
                # From the first changed word to the end of the last, spaces between
                # included, so that the highlight reads as one phrase.
                _mark(changed, words[j1].start(), words[j2 - 1].end())
    for item in differing:
        start = max(item.start - statement.start, 0)
        end = min(item.end - statement.start, len(text))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        _mark(detail, start, end)
    segments: list[Segment] = []
    run_start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or (changed[index], detail[index]) != (
            changed[run_start],
            detail[run_start],
        ):
            segments.append(Segment(text[run_start:index], changed[run_start], detail[run_start]))
            run_start = index
    return tuple(segments)


def _mark(flags: list[bool], start: int, end: int) -> None:
    """Set ``flags[start:end]`` to true."""
    if start < end:
        flags[start:end] = [True] * (end - start)


def _differing_details(finding: Finding, statement: Statement) -> tuple[Detail, ...]:
    """Return the details of ``finding`` that differ and lie inside ``statement``."""
    return tuple(
        mention.detail
        for comparison in finding.differences
        for mention in comparison.mentions
        if mention.source == statement.source
        and statement.start <= mention.detail.start
        and mention.detail.end <= statement.end
    )


def _counterpart(finding: Finding, statement: Statement) -> Statement | None:
    """Return the first statement of ``finding`` from another source than ``statement``'s."""
    return next((s for s in finding.statements if s.source != statement.source), None)


# --- building the view ----------------------------------------------------------------


def _source_view(index: int, source: Source, unique: int) -> SourceView:
    """Return the display record of one source."""
    article = source.article
    title = " ".join(article.title.split()) or PurePath(article.path).name
    return SourceView(
        label=source_label(index),
        id=article.id,
        title=title,
        path=article.path,
        name=PurePath(article.path).name,
        outlet=article.outlet or "",
        date=format_date(article.date) if article.date else "",
        short=article.outlet or short_title(title),
        sentences=len(source.statements),
        words=source.words,
        unique=unique,
        numbers=f"{_count(len(source.statements), 'sentence')} · {_count(source.words, 'word')}",
    )


def short_title(title: str) -> str:
    """Return the head of a title, to name its source in a headline.

    >>> short_title("Putin Visits Minsk: The Choice of Belarus")
    'Putin Visits Minsk'
    >>> short_title("Putin in Minsk for talks with Lukashenko as Kyiv watches")
    'Putin in Minsk…'
    """
    head = re.split(r"\s*(?::|\s[-–—|])\s", title, maxsplit=1)[0].split()
    if len(head) <= _SHORT_NAME_WORDS:
        return " ".join(head)
    words = head[:_SHORT_NAME_WORDS]
    while len(words) > 1 and words[-1].lower() in _LINKING_WORDS:
        words.pop()
    return " ".join(words) + "…"


def _distinct_short_names(sources: tuple[SourceView, ...]) -> tuple[SourceView, ...]:
    """Return the sources with the label added to any short name two of them share."""
    taken = Counter(s.short for s in sources)
    return tuple(
        replace(s, short=f"{s.short} {s.label}") if taken[s.short] > 1 else s for s in sources
    )


def _detail_line(comparison: DetailComparison, finding: Finding, names: dict[str, str]) -> str:
    """Return one line such as ``Time since Putin's last visit: 3 years (The Week) vs 3.5 years (…)``.

    Sources that give the same value share it: "3.5 years (A, C) vs 3 years (B)".
    """
    by_value: dict[str, list[str]] = {}
    for source in names:
        values = list(
            dict.fromkeys(format_value(m.detail) for m in comparison.mentions if m.source == source)
        )
        if values and comparison.status is not Status.DIFFERENT:
            # Where the sources agree, one value per source: the one another source gives.
            values = [next((v for v in values if v in by_value), values[0])]
        for value in values:
            by_value.setdefault(value, []).append(names[source])
    parts = (f"{value} ({', '.join(sources)})" for value, sources in by_value.items())
    joiner = {Status.COMPATIBLE: " ≈ ", Status.SAME: " = "}.get(comparison.status, " vs ")
    return f"{topic(comparison, finding)}: {joiner.join(parts)}"


def _shown(comparison: DetailComparison) -> bool:
    """Return whether a compared detail earns a row: a modal only one source uses does not."""
    return not (comparison.kind is Kind.MODALITY and comparison.status is Status.ONE_SIDED)


def _detail_view(comparison: DetailComparison, columns: Sequence[SourceView]) -> DetailView:
    """Return one compared detail with a display value per column."""
    symbol, label = STATUS_LABELS[comparison.status]
    values = tuple(
        "; ".join(
            dict.fromkeys(
                format_value(m.detail) for m in comparison.mentions if m.source == column.id
            )
        )
        or "—"
        for column in columns
    )
    return DetailView(
        kind=comparison.kind.value,
        status=comparison.status.value,
        symbol=symbol,
        status_label=label,
        values=values,
        note=comparison.note,
    )


def _finding_view(
    finding: Finding, sources: Sequence[SourceView], names: dict[str, str]
) -> FindingView:
    """Return one finding with its statements highlighted, one column per source."""
    symbol, label = VERDICT_LABELS[finding.verdict]
    columns = tuple(
        Column(
            source=source,
            statements=tuple(
                StatementView(
                    label=source.label,
                    source=source.id,
                    text=statement.text,
                    segments=highlight(
                        statement,
                        _counterpart(finding, statement),
                        _differing_details(finding, statement),
                    ),
                    **_context(statement),
                    anchor=sentence_anchor(source.label, statement.index),
                )
                for statement in finding.statements
                if statement.source == source.id
            ),
        )
        for source in sources
    )
    details = tuple(_detail_view(c, sources) for c in finding.details if _shown(c))
    differences = [_detail_line(c, finding, names) for c in finding.differences if _shown(c)]
    return FindingView(
        id=finding.id,
        verdict=finding.verdict.value,
        symbol=symbol,
        verdict_label=label,
        headline="; ".join(differences) or _agreed_figure(finding, names) or _first_words(finding),
        confidence=percent(finding.confidence),
        why=explain(finding),
        columns=columns,
        details=details,
    )


def _agreed_figure(finding: Finding, names: dict[str, str]) -> str:
    """Return the headline of an agreement over a figure: its first figure the sources share,
    such as ``Date of Putin's visit: 2022-12-19 (A) ≈ Monday (B)``, or "" if it has none."""
    for comparison in finding.details:
        if (
            # A shared figure names what an agreement is about ("Date of Putin's visit").
            comparison.kind in FIGURE_KINDS
            and comparison.status in (Status.SAME, Status.COMPATIBLE)
            # "Day: Monday" says too little of the fact; the statement's words say more.
            and topic(comparison, finding) not in PLAIN_TOPICS
        ):
            return _detail_line(comparison, finding, names)
    return ""


def _first_words(finding: Finding) -> str:
    """Return a short stand-in headline: the first statement, shortened."""
    return shorten(finding.statements[0].text, 72) if finding.statements else finding.id


def _discrepancy_lines(finding: Finding, names: dict[str, str]) -> list[DiscrepancyLine]:
    """Return the first-page lines of one discrepancy: one per differing detail."""
    confidence = percent(finding.confidence)
    lines = [
        DiscrepancyLine(_detail_line(d, finding, names), d.note, confidence, finding.id)
        for d in finding.differences
        if _shown(d)
    ]
    return lines or [DiscrepancyLine(_first_words(finding), "", confidence, finding.id)]


def _verdict(comparison: Comparison) -> str:
    """Return what the comparison found, as one sentence a reader can repeat.

    >>> from factdiff.models import Comparison
    >>> _verdict(Comparison((), (), ()))
    'The sources share no fact factdiff could find: every statement is in one source only.'
    """
    disagree, agree = len(comparison.discrepancies), len(comparison.agreements)
    alone = f"{_count(len(comparison.unique), 'statement')} appear in one source only"
    if not disagree and not agree:
        return (
            "The sources share no fact factdiff could find: every statement is in one source only."
        )
    if not disagree:
        return f"The sources agree on {_count(agree, 'fact')} and contradict each other nowhere; {alone}."
    return f"The sources disagree on {_count(disagree, 'fact')} and agree on {_count(agree, 'fact')}; {alone}."


def _plain(statement: Statement, label: str) -> StatementView:
    """Return a statement shown without highlighting."""
    return StatementView(
        label=label,
        source=statement.source,
        text=statement.text,
        segments=(Segment(statement.text),) if statement.text else (),
        **_context(statement),
        anchor=sentence_anchor(label, statement.index),
    )


def _context(clause: Statement) -> dict[str, str]:
    """Return the words of the clause's sentence before and after it (none for a sentence).

    >>> from factdiff.models import Statement
    >>> whole = Statement("a", 0, 0, 26, "Putin flew, amid protests.")
    >>> _context(Statement("a", 0, 12, 26, "amid protests.", sentence=whole))
    {'before': 'Putin flew,', 'after': ''}
    """
    sentence = clause.context
    if sentence is clause:
        return {}
    return {
        "before": sentence.text[: clause.start - sentence.start].strip(),
        "after": sentence.text[clause.end - sentence.start :].strip(),
    }


def _format_generated(generated: datetime) -> str:
    """Return the generated time as ``2024-05-01 12:00 UTC``."""
    zone = generated.tzname()
    return f"{generated:%Y-%m-%d %H:%M}" + (f" {zone}" if zone else "")


def build_view(comparison: Comparison, *, generated: datetime | None = None) -> ReportView:
    """Return the display model of ``comparison``."""
    generated = generated or datetime.now(UTC)
    unique_counts = {s.id: 0 for s in comparison.sources}
    for statement in comparison.unique:
        unique_counts[statement.source] = unique_counts.get(statement.source, 0) + 1
    sources = _distinct_short_names(
        tuple(_source_view(i, s, unique_counts[s.id]) for i, s in enumerate(comparison.sources))
    )
    labels = {s.id: s.label for s in sources}
    names = {s.id: s.short for s in sources}
    by_id = {s.id: s for s in sources}
    titles = [s.title for s in sources]

    discrepancies, agreements = len(comparison.discrepancies), len(comparison.agreements)
    likeliest = sorted(comparison.discrepancies, key=lambda f: -f.confidence)
    lines = [line for f in likeliest for line in _discrepancy_lines(f, names)]
    counts = (
        Count(discrepancies, _plural(discrepancies, "discrepancy", "discrepancies"), "discrepancy"),
        Count(agreements, _plural(agreements, "agreement", "agreements"), "agreement"),
        *(Count(s.unique, f"only in {s.label}", "unique") for s in sources),
    )
    unique = tuple(
        UniqueGroup(
            source=s,
            statements=tuple(_plain(u, s.label) for u in comparison.unique if u.source == s.id),
            caption=_count(s.unique, "statement"),
        )
        for s in sources
    )
    references = tuple(
        ReferenceGroup(
            source=by_id[source.id],
            references=tuple(
                ReferenceView(_reference_label(r.label), r.text) for r in source.article.references
            ),
        )
        for source in comparison.sources
        if source.article.references
    )
    return ReportView(
        title="factdiff: " + " vs ".join(titles),
        kicker=f"factdiff · fact-by-fact comparison of {_count(len(sources), 'article')}",
        subject=(
            f"Fact-by-fact comparison of {_count(len(sources), 'article')}: "
            f"{discrepancies} {_plural(discrepancies, 'discrepancy', 'discrepancies')}, "
            f"{_count(agreements, 'agreement')}, "
            f"{_count(len(comparison.unique), 'statement')} in one source only"
        ),
        heading=" vs ".join(s.short for s in sources),
        running_title="factdiff: " + " vs ".join(s.short for s in sources),
        generated=_format_generated(generated),
        generator=generator(),
        sources=sources,
        counts=counts,
        alignment_map=alignment_map(comparison, labels),
        verdict=_verdict(comparison),
        discrepancy_lines=tuple(lines[:TOP_DISCREPANCIES]),
        more_discrepancies=max(0, len(lines) - TOP_DISCREPANCIES),
        discrepancies=tuple(_finding_view(f, sources, names) for f in comparison.discrepancies),
        agreements=tuple(_finding_view(f, sources, names) for f in comparison.agreements),
        unique=tuple(group for group in unique if group.statements),
        references=references,
        appendix=appendix(comparison, labels),
    )


def _plural(number: int, one: str, many: str) -> str:
    """Return the word that goes with ``number``."""
    return one if number == 1 else many


def _count(number: int, word: str) -> str:
    """Return ``number`` with ``word``, plural unless it is one.

    >>> _count(1, "sentence"), _count(12, "word")
    ('1 sentence', '12 words')
    """
    return f"{number} {_plural(number, word, word + 's')}"


def _reference_label(label: str) -> str:
    """Return a footnote label in brackets, once.

    >>> _reference_label("1"), _reference_label("[2]")
    ('[1]', '[2]')
    """
    label = label.strip()
    return label if label.startswith("[") else f"[{label}]"


# --- templates ------------------------------------------------------------------------


def markdown_escape(text: str) -> str:
    r"""Return untrusted text escaped for Markdown, on one line (runs of spaces kept as one).

    >>> markdown_escape("<script>*hi*</script> [x](y) a_b")
    '\\<script\\>\\*hi\\*\\</script\\> \\[x\\](y) a\\_b'
    >>> markdown_escape("# not a heading"), markdown_escape("1. not a list"), markdown_escape("3.5")
    ('\\# not a heading', '1\\. not a list', '3.5')
    """
    text = _MD_SPECIAL.sub(r"\\\g<0>", _SPACES.sub(" ", str(text)))
    if text[:1] in ("#", "+", "-", "="):
        return "\\" + text
    return _MD_NUMBERED.sub(r"\g<1>\\\g<2>", text)


_MD_SPECIAL = re.compile(r"[\\`*_\[\]<>|&~]")
_MD_NUMBERED = re.compile(r"^(\d+)([.)])(?=\s|$)")
_SPACES = re.compile(r"\s+")


@cache
def environment() -> jinja2.Environment:
    """Return the Jinja2 environment shared by the HTML, PDF and Markdown renderers."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "htm", "html.j2"), default_for_string=True
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=visible,
    )
    env.filters["md"] = markdown_escape
    return env


def visible(value: object) -> object:
    """Return a value about to be displayed with each invisible format character shown as
    ``[U+202E]``: a right-to-left override must not make "eerht" read as "three".

    >>> visible("\u202eeerht\u202c years"), visible(3)
    ('[U+202E]eerht[U+202C] years', 3)
    """
    if not isinstance(value, str) or not INVISIBLE.search(value):
        return value
    shown = INVISIBLE.sub(lambda m: f"[U+{ord(m[0]):04X}]", value)
    return Markup(shown) if isinstance(value, Markup) else shown


def template_globals(view: ReportView, *, medium: str) -> dict[str, object]:
    """Return the one dict of globals a report template gets."""
    return {"report": view, "medium": medium, "generator": view.generator}


def render_template(name: str, view: ReportView, *, medium: str) -> str:
    """Return the template ``name`` rendered for ``view``; ``OutputError`` when it fails."""
    try:
        return environment().get_template(name).render(template_globals(view, medium=medium))
    except (jinja2.TemplateError, OSError) as error:
        raise OutputError(f"cannot render template {name}: {error}") from error
