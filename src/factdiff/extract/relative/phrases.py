"""Relative dates in a text: "last week", "ten months ago", "in the past three days".

find_relative(text) -> the relative dates of a text, values as normalised phrases

``find_relative`` reads these phrases as dates with qualifier "relative" and a
normalised phrase as value (number words as digits); ``resolve.resolve_phrase`` turns
the value into an ISO date or interval against the day an article speaks from:

====================================================  =======================
words                                                 value
====================================================  =======================
today, tonight, this morning/afternoon/evening        "today" ... "this evening"
yesterday, last night, tomorrow                       "yesterday", "last night", "tomorrow"
the day before yesterday / after tomorrow             same words
the day before, the previous day                      "the day before" (never resolved)
the day after, the next day, the following day        "the day after" (never resolved)
last/this/next week|weekend|month|year                "last week" ...
the last week|month|year, (the) past week|...         "past week" ...
last/this/next Friday                                 "last Friday" ...
ten months ago, a year ago, 3 weeks ago               "10 months ago", "1 year ago"
earlier/later this week|month|year                    "earlier this week" ...
early/mid/late this|last|next month|year              "early this month", "late last year"
(in) recent days|weeks|months                         "recent days" ...
in/over/during/within the past|last three days        "past 3 days" (hours, weeks... too)
in/over/during/within the past day                    "past day"
====================================================  =======================
"""

from __future__ import annotations

import re

from ...models import Detail, Kind
from ...values import RELATIVE_WEEKDAY_PATTERN
from ..numerals import parse_number

__all__ = ["find_relative"]

_NUMBER_WORD = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety"
)
_COUNT = (
    rf"(?P<count>\d+(?:\.\d+)?|(?i:a|an|(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?"
    r"(?:\s+and\s+a\s+half)?))"
)
# Each pattern's "at" group, when there is one, is where the detail starts.
_DAY_WORD_RE = re.compile(
    r"\b(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|"
    r"tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|"
    r"the\s+(?:day\s+(?:before|after)|previous\s+day|next\s+day|following\s+day))\b"
)
_PERIOD_RE = re.compile(
    r"\b(?i:(?P<the>the\s+)?(?P<at>last|this|next|past)\s+(?P<period>week|weekend|month|year))"
    r"\b(?!\s+of\b)"
)
_WEEKDAY_REL_RE = re.compile(RELATIVE_WEEKDAY_PATTERN)
_AGO_RE = re.compile(
    rf"(?<![\w.,-]){_COUNT}\s+(?P<unit>(?i:day|week|month|year))s?"
    r"(?P<half>(?i:\s+and\s+a\s+half))?\s+(?i:ago)\b"
)
_THIS_PERIOD_RE = re.compile(
    r"\b(?i:(?P<when>earlier|later)\s+this\s+(?P<period>week|month|year))\b"
)
_PART_PERIOD_RE = re.compile(
    r"\b(?i:(?P<part>early|mid|late)(?:-|\s+)(?P<shift>last|this|next)\s+(?P<period>month|year))"
    r"\b(?!\s+of\b)"
)
_RECENT_RE = re.compile(r"\b(?i:recent\s+(?P<period>days|weeks|months))\b")
_PAST_COUNT_RE = re.compile(
    rf"\b(?i:(?:in|over|during|within)\s+(?:the\s+)?(?P<at>past|last)\s+){_COUNT}"
    r"\s+(?P<unit>(?i:hour|day|week|month|year))s?\b(?!\s+of\b)"
)
_PAST_DAY_RE = re.compile(r"\b(?i:(?:in|over|during|within)\s+the\s+(?P<at>past)\s+day)\b")
_EVENT_RELATIVE = {
    "the previous day": "the day before",
    "the next day": "the day after",
    "the following day": "the day after",
}
_SENTENCE_START_RE = re.compile(r"(?:\A|[.!?:;“\"]\s*)\s*\Z")


def find_relative(text: str) -> list[Detail]:
    """Return the relative dates of ``text``, sorted by start, values as phrases.

    Two of them may overlap ("the day before yesterday" holds "yesterday").

    >>> [(d.text, d.value) for d in find_relative("Ten months ago, and in the past 3 days")]
    [('Ten months ago', '10 months ago'), ('past 3 days', 'past 3 days')]
    """
    found = []
    for match in _DAY_WORD_RE.finditer(text):
        phrase = " ".join(match[0].lower().split())
        if phrase == "today" and _names_today(text, match.start()):
            continue  # "Russia Today", "USA Today"
        found.append(_relative(text, match, _EVENT_RELATIVE.get(phrase, phrase)))
    for match in _PERIOD_RE.finditer(text):
        way = match["at"].lower()
        way = "past" if way == "last" and match["the"] else way
        found.append(_relative(text, match, f"{way} {match['period'].lower()}"))
    for match in _WEEKDAY_REL_RE.finditer(text):
        found.append(_relative(text, match, f"{match['at'].lower()} {match['weekday']}"))
    for match in _AGO_RE.finditer(text):
        count = _count(match["count"], half=bool(match["half"]))
        if count is not None:
            found.append(_relative(text, match, f"{_units(count, match['unit'])} ago"))
    for match in _THIS_PERIOD_RE.finditer(text):
        phrase = f"{match['when'].lower()} this {match['period'].lower()}"
        found.append(_relative(text, match, phrase))
    for match in _PART_PERIOD_RE.finditer(text):
        phrase = " ".join(match.group("part", "shift", "period")).lower()
        found.append(_relative(text, match, phrase))
    for match in _RECENT_RE.finditer(text):
        found.append(_relative(text, match, f"recent {match['period'].lower()}"))
    for match in _PAST_COUNT_RE.finditer(text):
        count = _count(match["count"])
        if count is not None:
            found.append(_relative(text, match, f"past {_units(count, match['unit'])}"))
    for match in _PAST_DAY_RE.finditer(text):
        found.append(_relative(text, match, "past day"))
    return sorted(found, key=lambda d: (d.start, -d.end))


def _names_today(text: str, start: int) -> bool:
    """Return whether "Today" at ``start`` is capitalised inside a sentence: a name ("USA Today")."""
    return text[start] == "T" and not _SENTENCE_START_RE.search(text, max(0, start - 20), start)


def _relative(text: str, match: re.Match[str], phrase: str) -> Detail:
    """Return the relative date spanning ``match`` (from its "at" group when it has one)."""
    start = match.start("at") if "at" in match.re.groupindex else match.start()
    end = match.end()
    return Detail(Kind.DATE, text[start:end], start, end, phrase, qualifier="relative")


def _count(words: str, *, half: bool = False) -> float | int | None:
    """Return the number a count is written as ("ten", "a", "two and a half", "3").

    >>> _count("ten"), _count("A"), _count("two and a half"), _count("a", half=True)
    (10, 1, 2.5, 1.5)
    """
    low = " ".join(words.lower().split())
    value = 1 if low in ("a", "an") else parse_number(low)
    if value is None or value <= 0:
        return None
    return value + 0.5 if half else value


def _units(count: float | int, unit: str) -> str:
    """Return "1 year", "10 months", "1.5 weeks": a count and its unit."""
    number = int(count) if float(count).is_integer() else count
    return f"{number} {unit.lower()}{'' if number == 1 else 's'}"
