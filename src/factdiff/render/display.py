"""Words and values as a report shows them: a detail's value, labels, shortened text.

format_value(detail) -> str     a detail's value for display ("3.5 years", "19 December")
source_label(index)  -> "A", "B", ..., "AA"
shorten(text, limit) -> text cut after a whole word, with an ellipsis
short_title(title)   -> the head of a title, to name its source in a headline
percent(fraction)    -> "91%"; whole_percent(fraction) -> 91
explain(finding)     -> the alignment scorers' scores: "fuzzy 0.41 · entities 0.60"
VERDICT_STYLES       verdict -> VerdictStyle: its symbol, its name and the class styles key on

Numbers, intervals, units, ranks and dates are written by ``factdiff.values``; this
module picks which one a detail needs and writes the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdiff.models import Detail, Finding, Kind, Verdict
from factdiff.text.lexicon import words
from factdiff.values import WEEKDAYS, format_amount, format_date, format_rank, with_unit

__all__ = [
    "VERDICT_STYLES",
    "VerdictStyle",
    "explain",
    "format_value",
    "percent",
    "short_title",
    "shorten",
    "source_label",
    "whole_percent",
]


@dataclass(frozen=True)
class VerdictStyle:
    """How every format shows one verdict: a symbol, a name, and a one-word class name."""

    symbol: str
    label: str
    # The HTML class (and the key the alignment map and appendix colour by): one word, as
    # "possible discrepancy" would be two classes and be styled as a discrepancy.
    css: str


# A possible discrepancy is marked "?", never "≠": it is listed for a reader to check,
# and no format may show it as a confirmed one.
VERDICT_STYLES = {
    Verdict.DISCREPANCY: VerdictStyle("≠", "Discrepancy", "discrepancy"),
    Verdict.POSSIBLE: VerdictStyle("?", "Possible discrepancy", "possible"),
    Verdict.AGREEMENT: VerdictStyle("=", "Agreement", "agreement"),
}

# Text is shortened to this many characters unless told otherwise.
_SHORT_TITLE = 48
# How many words of a title name its source in a headline: "(Putin Visits Minsk)".
_SHORT_NAME_WORDS = 4
# Words a shortened title does not end on: "Putin in Minsk…", not "Putin in…".
_LINKING_WORDS = words("judge-title-linking-words")
# Quotes in a details table are cut to this many characters; the statement shows them whole.
_SHORT_QUOTE = 60


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
        return format_amount(value, detail.unit)
    if isinstance(value, bool):  # a bool is an int; show it as written
        return detail.text
    if detail.kind in (Kind.QUOTE, Kind.NEGATION, Kind.MODALITY, Kind.WEEKDAY):
        return _format_words(detail)
    if detail.kind is Kind.DATE and isinstance(value, str):
        return format_date(value, detail.qualifier)
    if isinstance(value, int | float):
        if detail.kind is Kind.RANK:
            return format_rank(value, detail.unit)
        return format_amount(value, detail.unit)
    return with_unit(str(value), detail.unit, plural=False)


def _format_words(detail: Detail) -> str:
    """Return the value of a quote, negation, modal or weekday for display."""
    value = detail.value
    if detail.kind is Kind.QUOTE:
        return f"“{shorten(str(value), _SHORT_QUOTE)}”"
    if detail.kind is Kind.NEGATION:
        return f"{value} (asserted)" if detail.qualifier == "asserted" else f"not {value}"
    if detail.kind is Kind.MODALITY:
        return f"{value} ({detail.qualifier})" if detail.qualifier else str(value)
    if isinstance(value, int) and 0 <= value < len(WEEKDAYS):
        return WEEKDAYS[value]
    return str(value).capitalize()


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
    """Return a fraction in 0..1 as a whole percentage, as reports show it.

    >>> percent(0.914), percent(1), percent(0)
    ('91%', '100%', '0%')
    """
    return f"{whole_percent(fraction)}%"


def whole_percent(fraction: float) -> int:
    """Return a fraction in 0..1 as a whole number of percent, as the table holds it.

    >>> whole_percent(0.4349), whole_percent(1.0)
    (43, 100)
    """
    return round(fraction * 100)


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
