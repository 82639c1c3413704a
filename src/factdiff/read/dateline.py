"""The publication date line of an article: "Published: 19 Dec 2022 10:32 GMT".

date_line(line) -> the ISO day a publication date line gives, or None if it is not one

A date line is a line that holds nothing but dates with day, month and year,
weekdays, times of day and zones ("10:32 GMT"), labels ("Published:", "Updated",
"Last modified on") and bylines set off by "|" ("By Jane Doe | December 19, 2022");
its value is its first date. Dotted dates are read day first ("19.12.2022").

Its dates are ``values.written_dates``, the grammar extraction reads dates with, so that
reading and extraction agree on what a date is; where two overlap, the first and longest
is the one read, as extraction reads it. A line that writes a date without its day or
year ("December 19", "December 2022") is no date line, nor is one with a word outside
the labels, zones and weekdays: so a year or a month alone, a season, "since" or a
relative date ("last week") each refuse the line by a word or a number left over, and
"last Friday", whose words a date line may hold, is refused by name.

The labels, zones and abbreviated weekdays are data: text/lists/times-date-line-words.txt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text.lexicon import words
from ..values import RELATIVE_WEEKDAY_PATTERN, WEEKDAYS, WrittenDate, written_dates

__all__ = ["date_line"]

_SEGMENT_BREAK_RE = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")
_BYLINE_RE = re.compile(r"(?i:by)\s+[^\W\d_][^\d|]*")
_ISO_TIME_RE = re.compile(r"(?<=\d{4}-\d{2}-\d{2})T(?=\d{2}:\d{2})")
_CLOCK_RE = re.compile(
    r"(?<![\w.:])\d{1,2}(?:[:.]\d{2}){1,2}(?:\.\d+)?(?:\s*(?i:[ap]\.?m\b\.?))?"
    r"|(?<![\w.:])\d{1,2}\s*(?i:[ap]\.?m\b\.?)"
    r"|(?<=[\s\dA-Za-z])[+-]\d{2}(?::?\d{2})?(?!\w)|(?<=[\s\dA-Za-z])[+-]\d{1,2}(?![\w:.])"
)
# Words a date line may hold besides its dates and times: labels, zones, weekdays.
_LINE_WORDS = words("times-date-line-words") | {day.lower() for day in WEEKDAYS}
_LINE_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
# "last Friday" (this, next Friday) is a relative date, though each of its words may stand
# in a date line ("Last modified on Friday 19 Dec 2022").
_RELATIVE_WEEKDAY_RE = re.compile(RELATIVE_WEEKDAY_PATTERN)
_ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_line(line: str) -> str | None:
    """Return the ISO day a publication date line gives, or None if ``line`` is not one.

    >>> date_line("Published: 19 Dec 2022 10:32 GMT"), date_line("By Jane Doe | December 19, 2022")
    ('2022-12-19', '2022-12-19')
    >>> date_line("Putin visited Minsk on December 19, 2022."), date_line("December 19")
    (None, None)
    """
    if not isinstance(line, str):
        raise TypeError(f"line must be a string: {line!r}")
    days: list[str] = []
    for segment in _SEGMENT_BREAK_RE.split(_ISO_TIME_RE.sub(" ", line.strip())):
        if _BYLINE_RE.fullmatch(segment):
            continue
        found = _segment_days(segment)
        if found is None:
            return None
        days.extend(found)
    return days[0] if days else None


def _segment_days(segment: str) -> list[str] | None:
    """Return the ISO days one segment of a date line gives, or None if it holds anything else."""
    if _RELATIVE_WEEKDAY_RE.search(segment):
        return None
    dates = _first_and_longest(written_dates(segment))
    if not all(date.qualifier is None and _ISO_DAY_RE.fullmatch(date.value) for date in dates):
        return None  # a month without its day or year ("December 2022", "December 19")
    cuts = [0, *(edge for date in dates for edge in (date.start, date.end)), len(segment)]
    rest = " ".join(segment[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True))
    left = _LINE_TOKEN_RE.findall(_CLOCK_RE.sub(" ", rest).lower())
    if any(word not in _LINE_WORDS for word in left):
        return None  # a year or a month alone, a season, "since", "last week", any other word
    return [date.value for date in dates]


def _first_and_longest(dates: Iterable[WrittenDate]) -> list[WrittenDate]:
    """Return, of dates that overlap, the one that starts first and then the longest, in order:
    "19 December 2022" rather than the "December 2022" it holds."""
    chosen: list[WrittenDate] = []
    for date in sorted(dates, key=lambda date: (date.start, -date.end)):
        if not chosen or date.start >= chosen[-1].end:
            chosen.append(date)
    return chosen
