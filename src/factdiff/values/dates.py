"""ISO dates of any precision, the values of dates: read, measured, moved and written.

parse_date(value)                  -> PartialDate(year, month, day) of "2022-12-19" ... "--02"
date_span(value)                   -> the first and last day an ISO date or interval covers
date_precision(value)              -> how coarse it is: 0 a day, 1 a week ... 4 a year, 5 longer
format_date(value, qualifier=)     -> as a reader writes it: "19 December", "June 2019"
iso_interval(first, last)          -> "2022-12-12/2022-12-18", or one day when they are one
month_span(year, month)            -> the first and last day of a month
month_shift(year, month, months)   -> the (year, month) some months later
add_months(day, months)            -> a day some months later, clipped to a shorter month
part_interval(part, year, month=)  -> the ISO interval of early/mid/late in a year or month
season_interval(season, year)      -> the ISO interval of a season of a year
written_dates(text)                -> WrittenDate(start, end, value, qualifier) of each date
                                      a text writes with a month: "19 Dec 2022", "June 2019"
iso_date(year, month, day=)        -> the ISO form of a possibly partial date, None if none
MONTH_NAMES, WEEKDAYS              -> "January" ... "December", "Monday" ... "Sunday"
MONTHS                             -> each name of a month -> its number ("sept" -> 9)
PARTS, SEASONS                     -> the parts of a year or month, the seasons
FULL_MONTH_PATTERN, YEAR_PATTERN,  -> the regex fragments of a month's full name, a year
PART_PATTERN                          and an "early" / "mid-" / "late" before a date
RELATIVE_WEEKDAY_PATTERN              -> the regex of "last Friday", "this Monday", "next Sunday"

A date is an ISO 8601 string of one of five shapes: a day ("2022-12-19"), a month
("2022-12"), a year ("2022"), or a day or month of no given year ("--12-19", "--12");
an interval joins two of them with "/" ("2022-12-12/2022-12-18"). ``parse_date`` is the
one reader of those shapes: every stage that looks inside a date value goes through it.
The month and weekday names are text/lists/months.txt and weekdays.txt.

``written_dates`` is the one grammar of dates written with a month, by name or in digits:
extraction reads a text's dates with it, and reading recognises an article's date line
("Published: 19 Dec 2022") with it, so that the two agree on what a date is:

==============================================  ===============================
words                                           value
==============================================  ===============================
December 19, 2022 / 19 December 2022 /          "2022-12-19"
Dec. 19, 2022 / 19th of December 2022 /
2022-12-19 / 19.12.2022 (day first) /
19/12/2022 (when day and month cannot be
confused: not 05/06/2022)
December 19 / Dec. 19 / 19 Dec / 19th of Dec.   "--12-19"
June 2019 / June of 2019                        "2019-06"
early / mid- / late February 2023               "2023-02-01/2023-02-10" / days
                                                11-20 / 21 to the month's end,
                                                qualifier "early" / "mid" / "late"
==============================================  ===============================

A date that does not exist ("31 February 2022") is not a date. The dates may overlap
("19 December 2022" holds "December 2022"): the reader chooses among them.
"""

from __future__ import annotations

import calendar
import datetime
import re
from typing import NamedTuple

from ..text.lexicon import in_order, table

__all__ = [
    "FULL_MONTH_PATTERN",
    "MONTHS",
    "MONTH_NAMES",
    "PARTS",
    "PART_PATTERN",
    "RELATIVE_WEEKDAY_PATTERN",
    "SEASONS",
    "WEEKDAYS",
    "YEAR_PATTERN",
    "PartialDate",
    "WrittenDate",
    "add_months",
    "date_precision",
    "date_span",
    "format_date",
    "iso_date",
    "iso_interval",
    "month_shift",
    "month_span",
    "parse_date",
    "part_interval",
    "season_interval",
    "written_dates",
]

MONTH_NAMES = tuple(month.capitalize() for month in table("months"))
WEEKDAYS = tuple(day.capitalize() for day in in_order("weekdays"))

# "2022", "2022-12", "2022-12-19"; "--12", "--12-19": a month or a day of no given year.
_PARTIAL_DATE_RE = re.compile(
    r"(?:(?P<year>\d{4})|-(?=-))(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?"
)


class PartialDate(NamedTuple):
    """The fields an ISO date of any precision gives, each None where it gives none.

    The numbers are as written: a month may be 13 and a day February 30; ``date_span``
    is what checks that the date exists.
    """

    year: int | None
    month: int | None
    day: int | None


def parse_date(value: str) -> PartialDate | None:
    """Return the year, month and day of one ISO date of any precision, or None.

    >>> parse_date("2022-12-19"), parse_date("--12")
    (PartialDate(year=2022, month=12, day=19), PartialDate(year=None, month=12, day=None))
    >>> parse_date("2022"), parse_date("2022-12-12/2022-12-18"), parse_date("last week")
    (PartialDate(year=2022, month=None, day=None), None, None)
    """
    match = _PARTIAL_DATE_RE.fullmatch(value)
    if match is None:
        return None
    year, month, day = (None if field is None else int(field) for field in match.groups())
    return PartialDate(year, month, day)


# --- spans ----------------------------------------------------------------------------------


def date_span(value: str) -> tuple[datetime.date, datetime.date] | None:
    """Return the first and last day an ISO date or interval covers, or None if it is not one.

    >>> date_span("2022-12-19")
    (datetime.date(2022, 12, 19), datetime.date(2022, 12, 19))
    >>> [d.isoformat() for d in date_span("2024-02")], [d.isoformat() for d in date_span("2022")]
    (['2024-02-01', '2024-02-29'], ['2022-01-01', '2022-12-31'])
    >>> [d.isoformat() for d in date_span("2022-12-12/2022-12-18")]
    ['2022-12-12', '2022-12-18']
    >>> date_span("--12-19"), date_span("--02"), date_span("2022-02-30"), date_span("last week")
    (None, None, None, None)
    """
    if not isinstance(value, str):
        raise TypeError(f"value must be an ISO date string: {value!r}")
    first, slash, last = value.partition("/")
    start = _single_span(first)
    end = _single_span(last) if slash else start
    if start is None or end is None or start[0] > end[1]:
        return None
    return start[0], end[1]


def _single_span(value: str) -> tuple[datetime.date, datetime.date] | None:
    """Return the first and last day of one ISO day, month or year, or None."""
    date = parse_date(value)
    if date is None or date.year is None:
        return None
    try:
        if date.day is not None:
            day = datetime.date(date.year, date.month, date.day)
            return day, day
        if date.month is not None:
            return month_span(date.year, date.month)
        return datetime.date(date.year, 1, 1), datetime.date(date.year, 12, 31)
    except ValueError:
        return None


# How precise a date is, by the days it spans: a day, a week, a month, a season, a year.
_PRECISION_DAYS = (1, 10, 31, 124, 366)


def date_precision(value: str) -> int | None:
    """Return how coarse an ISO date or interval is (0 a day ... 4 a year, 5 longer), or None.

    >>> [date_precision(v) for v in ("2022-12-19", "--12-19", "2022-12-12/2022-12-18", "2022-12", "--02", "2022")]
    [0, 0, 1, 2, 2, 4]
    >>> date_precision("last week") is None
    True
    """
    date = parse_date(value)
    if date is not None:
        days = 1 if date.day is not None else 31 if date.month is not None else 366
    elif (span := date_span(value)) is not None:
        days = (span[1] - span[0]).days + 1
    else:
        return None
    return next((n for n, most in enumerate(_PRECISION_DAYS) if days <= most), 5)


# --- calendar arithmetic --------------------------------------------------------------------


def month_span(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """Return the first and last day of a month (December 9999 too)."""
    first = datetime.date(year, month, 1)
    return first, first.replace(day=calendar.monthrange(year, month)[1])


def iso_interval(first: datetime.date, last: datetime.date) -> str:
    """Return the ISO interval from ``first`` to ``last``, or one day if they are the same."""
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()}/{last.isoformat()}"


def month_shift(year: int, month: int, months: int) -> tuple[int, int]:
    """Return the (year, month) ``months`` months after the given one."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def add_months(day: datetime.date, months: int) -> datetime.date:
    """Return ``day`` moved by ``months`` months, clipped to the end of a shorter month."""
    year, month = month_shift(day.year, day.month, months)
    return datetime.date(year, month, min(day.day, month_span(year, month)[1].day))


# The parts of a year (first and last month) and of a month (first and last day) that
# "early", "mid" and "late" name: thirds, so that the three parts tile the whole.
PARTS = ("early", "mid", "late")
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
# Meteorological seasons of the northern hemisphere, by first month; each lasts three
# months, so winter 2021 runs from December 2021 to February 2022.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def part_interval(part: str, year: int, month: int | None = None) -> str | None:
    """Return the ISO interval of the early, mid or late part of a year or of one of its months.

    A year's parts are its thirds by month, a month's the days 1-10, 11-20 and 21 to its
    end; None if the year or month does not exist.

    >>> part_interval("late", 2022), part_interval("mid", 2021), part_interval("early", 2019)
    ('2022-09-01/2022-12-31', '2021-05-01/2021-08-31', '2019-01-01/2019-04-30')
    >>> part_interval("early", 2023, 2), part_interval("late", 2024, 2), part_interval("mid", 0)
    ('2023-02-01/2023-02-10', '2024-02-21/2024-02-29', None)
    """
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}: {part!r}")
    try:
        if month is None:
            low, high = _YEAR_PARTS[part]
            return iso_interval(month_span(year, low)[0], month_span(year, high)[1])
        first, last = month_span(year, month)
        low, high = _MONTH_PARTS[part]
        return iso_interval(first.replace(day=low), last.replace(day=min(high, last.day)))
    except (ValueError, OverflowError):
        return None


def season_interval(season: str, year: int) -> str | None:
    """Return the ISO interval of a meteorological season of ``year``, or None if out of range.

    >>> season_interval("autumn", 2021), season_interval("winter", 2023)
    ('2021-09-01/2021-11-30', '2023-12-01/2024-02-29')
    """
    if season not in SEASONS:
        raise ValueError(f"season must be one of {', '.join(SEASONS)}: {season!r}")
    try:
        first = month_span(year, SEASONS[season])[0]
        return iso_interval(first, month_span(*month_shift(year, SEASONS[season], 2))[1])
    except (ValueError, OverflowError):
        return None


# --- writing --------------------------------------------------------------------------------


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
    elif (date := parse_date(value)) and date.month is not None and 1 <= date.month <= 12:
        month = MONTH_NAMES[date.month - 1]
        if date.year is None:
            text = month if date.day is None else f"{date.day} {month}"
        elif date.day is None:
            text = f"{month} {value[:4]}"  # the year as written
    return f"{qualifier} {text}" if qualifier else text


# --- reading dates as a text writes them ----------------------------------------------------

# Each name of a month ("january", "jan", "sept") -> its number; the full name first.
_MONTH_FORMS = {
    number: (month, *short) for number, (month, short) in enumerate(table("months").items(), 1)
}
MONTHS = {name: number for number, names in _MONTH_FORMS.items() for name in names}

FULL_MONTH_PATTERN = "|".join(MONTH_NAMES)
_SHORT_MONTH = "|".join(name.capitalize() for names in _MONTH_FORMS.values() for name in names[1:])
_MONTH = rf"(?P<month>{FULL_MONTH_PATTERN}|{_SHORT_MONTH})\b\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
YEAR_PATTERN = r"(?P<year>\d{4})(?![\w%])"
PART_PATTERN = r"(?:(?P<qualifier>(?i:early|late|mid))(?:-|\s+))?"
# A weekday counted from today ("last Friday", "this Monday"): a relative date, never a
# day a date line gives. Extraction resolves it; reading refuses a date line holding it.
RELATIVE_WEEKDAY_PATTERN = rf"\b(?P<at>(?i:last|this|next))\s+(?P<weekday>{'|'.join(WEEKDAYS)})\b"

_MONTH_DAY_RE = re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{YEAR_PATTERN})?")
_DAY_MONTH_RE = re.compile(rf"(?<![\w.,]){_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{YEAR_PATTERN})?")
_MONTH_YEAR_RE = re.compile(rf"\b{PART_PATTERN}{_MONTH},?\s+(?:of\s+)?{YEAR_PATTERN}")
_ISO_RE = re.compile(r"(?<![\w.-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\w-])")
_DOTTED_RE = re.compile(r"(?<![\w.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?![\w])")
_SLASHED_RE = re.compile(r"(?<![\w/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?![\w/])")


class WrittenDate(NamedTuple):
    """A date as a text writes it: its span, its ISO value, and the part of a month it
    names ("early", "mid", "late"), if any."""

    start: int
    end: int
    value: str
    qualifier: str | None = None


def written_dates(text: str) -> list[WrittenDate]:
    """Return each date ``text`` writes with a month, by name or in digits, overlapping ones too.

    They come pattern by pattern: month and day, day and month, month and year, ISO,
    dotted, slashed.

    >>> [d.value for d in written_dates("on 19 December 2022, not 31 February 2022")]
    ['2022-12-19', '2022-12', '2022-02']
    >>> [tuple(d) for d in written_dates("in early February 2023 and 19.12.2022")]
    [(3, 22, '2023-02-01/2023-02-10', 'early'), (27, 37, '2022-12-19', None)]
    """
    patterns = (_MONTH_DAY_RE, _DAY_MONTH_RE, _MONTH_YEAR_RE, _ISO_RE, _DOTTED_RE)
    return [*(date for pattern in patterns for date in _dates(pattern, text)), *_slashed(text)]


def iso_date(year: int | None, month: int, day: int | None = None) -> str | None:
    """Return the ISO 8601 form of a (possibly partial) date, or None if it is not valid.

    >>> iso_date(2022, 12, 19), iso_date(None, 12, 19), iso_date(2019, 6), iso_date(None, 2)
    ('2022-12-19', '--12-19', '2019-06', '--02')
    >>> iso_date(2022, 2, 30) is None, iso_date(None, 2, 29), iso_date(0, 1) is None
    (True, '--02-29', True)
    """
    try:
        datetime.date(2000 if year is None else year, month, day or 1)  # a leap year
    except ValueError:
        return None
    head = f"{year:04d}-" if year is not None else "--"
    return f"{head}{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _dates(pattern: re.Pattern[str], text: str) -> list[WrittenDate]:
    """Return the valid dates that ``pattern`` (with month, day and year groups) finds.

    A month and year with a qualifier ("early February 2023") is that part of the month.
    """
    found = []
    for match in pattern.finditer(text):
        groups = match.groupdict()
        year = int(groups["year"]) if groups.get("year") else None
        day = int(groups["day"]) if groups.get("day") else None
        name = groups["month"]
        month = int(name) if name.isdecimal() else MONTHS[name.lower()]
        value = iso_date(year, month, day)
        qualifier = groups.get("qualifier") and groups["qualifier"].lower()
        if value is not None and qualifier and year is not None and day is None:
            value = part_interval(qualifier, year, month)
        if value is not None:
            found.append(WrittenDate(*match.span(), value, qualifier))
    return found


def _slashed(text: str) -> list[WrittenDate]:
    """Return the dates written with slashes where day and month cannot be confused."""
    found = []
    for match in _SLASHED_RE.finditer(text):
        a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
        if (a > 12) == (b > 12):
            continue
        day, month = (a, b) if a > 12 else (b, a)
        value = iso_date(year, month, day)
        if value is not None:
            found.append(WrittenDate(*match.span(), value))
    return found
