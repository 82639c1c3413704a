"""Relative dates ("last week"), and times resolved against the day an article speaks from.

find_relative(text)                       -> the relative dates of a text, values as phrases
resolve_times(details, reference=, text=) -> details with relative times made absolute
resolve_phrase(phrase, reference)         -> the ISO value of one relative phrase
date_span(value)                          -> the first and last day an ISO value covers
part_interval(part, year, month=)         -> the ISO interval of early/mid/late in a year or month
season_interval(season, year)             -> the ISO interval of a season of a year

phrases.py  which phrases are relative dates, and the value each is given
resolve.py  what each value, weekday, date without a year or "since" date resolves to
tense.py    whether a clause speaks of the past or the future, for weekdays and dates
            without a year

The calendar itself (spans, months, parts and seasons, the weekdays' names) is
``factdiff.values.dates``, re-exported here for the readers of times.
"""

from ...values import PARTS, SEASONS, WEEKDAYS, date_span, part_interval, season_interval
from .phrases import find_relative
from .resolve import resolve_phrase, resolve_times

__all__ = [
    "PARTS",
    "SEASONS",
    "WEEKDAYS",
    "date_span",
    "find_relative",
    "part_interval",
    "resolve_phrase",
    "resolve_times",
    "season_interval",
]
