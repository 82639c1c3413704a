"""Relative dates ("last week"), and times resolved against the day an article speaks from.

find_relative(text)                       -> the relative dates of a text, values as phrases
resolve_times(details, reference=, text=) -> details with relative times made absolute
resolve_phrase(phrase, reference)         -> the ISO value of one relative phrase
date_span(value)                          -> the first and last day an ISO value covers
part_interval(part, year, month=)         -> the ISO interval of early/mid/late in a year or month
season_interval(season, year)             -> the ISO interval of a season of a year

``find_relative`` reads these phrases as dates with qualifier "relative" and a
normalised phrase as value (number words as digits):

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

``resolve_times`` turns them into ISO values against a reference day R (weeks run
Monday to Sunday; an interval is "first/last", or one day when they are the same):

============================  ================================================
value                         resolved value
============================  ================================================
today, yesterday, ...         R, R - 1 day, R + 1 day, R - 2 days ...
this/last/next week           R's week, the week before, the week after
this/last/next weekend        Saturday-Sunday of that week
this/last/next month          "2022-12" / "2022-11" / "2023-01"
this/last/next year           "2022" / "2021" / "2023"
past week|month|year          one week|month|year before R, up to R
past N days|weeks|...         N days|weeks|... before R, up to R (hours: whole days)
last/next Friday              the last Friday before R / first after R
this Friday                   the Friday of R's week
N days|weeks|months|years     that day / the week, month or year holding R minus
ago                           N units, as an interval ("2022-02-01/2022-02-28")
earlier/later this week ...   start of R's week|month|year to R / R to its end
early/mid/late this month...  that part of the month or year (see part_interval)
recent days|weeks|months      the 7 days / 6 weeks / 6 months up to R
a weekday ("Friday",          R itself if it is that day; the next one after R
"Sunday's")                   (1-6 days ahead) when its clause speaks of the
                              future (see below); else the nearer of the last
                              one before R (1-6 days back) and the next one, the
                              last on a near tie (3 and 4 days); kind date,
                              qualifier the weekday's name
"--02" / "--12-19"            the latest month or day on or before R (R's own
                              month counts); the first on or after R when its
                              clause speaks of the future; a day that does not
                              occur in the year around R (February 29) is left
                              alone; qualifier kept
"--02", qualifier "early"     as "--02", then that part of the month
                              ("2023-02-01/2023-02-10")
a weekday beside a day        both the day, when it falls on the weekday
("Tuesday, November 5")       ("2024-11-05" on 2024-10-30); a day without a
                              year tries the other occurrence when the one its
                              tense gives falls on another weekday
"since" a date                a duration, qualifier "since": the time elapsed from
                              the date's first and last day to R, as (low, high)
                              in years (>= 1 year in the middle), else months
                              (>= 1 month), else days, rounded outward to 2
                              decimals ("since June 2019" on 2022-12-19 ->
                              (3.47, 3.56) years); a partial date is the latest
                              one on or before R
============================  ================================================

The day each weekday names when R is a Monday, in a past and in a future clause:

=========  ======  =======  =========  ========  ======  ========  ========
weekday    Monday  Tuesday  Wednesday  Thursday  Friday  Saturday  Sunday
=========  ======  =======  =========  ========  ======  ========  ========
past       R       R + 1    R + 2      R - 4     R - 3   R - 2     R - 1
future     R       R + 1    R + 2      R + 3     R + 4   R + 5     R + 6
=========  ======  =======  =========  ========  ======  ========  ========

A clause speaks of the future when the words before the time, back to the last
clause break (punctuation; a comma inside a list such as "the east, south or west"
does not break, nor a full stop inside "No. 4" or "U.S. officials"), hold a future
cue: "will", "won't", "shall", "would", "wouldn't", "'ll", "next", "upcoming",
"plans/intends/aims/expected/scheduled/slated/poised/set/likely to", "likely in",
"is/are (due) to", "scheduled for", or "could/may/might" followed within two words
by "come" (not "could have come"). When only opening words come before the time
("On Friday, ...", "In February, ...", "Monday's meeting ..."), the clause the time
opens is read instead, up to the end of the sentence or, after its first word, the
first relative pronoun ("that", "which", "who"...), subordinating conjunction
("when", "because", "if"...), "but", reporting verb ("said", "told"...), or "and"/
"or" after a comma or before a verb: never a later clause ("On Wednesday,
councillors approved a cap that will run for two years" is past). A relative
clause set off by commas is skipped ("On Friday, Putin, who arrived on Sunday,
will meet ..." is future).

Everything else, and anything that cannot be resolved ("the day before", a date
after R given as "since"), is returned unchanged; ``text`` and offsets never change.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import math
import re
from collections.abc import Sequence

from ..models import Detail, Kind
from .numbers import parse_number

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

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS_PER_YEAR = 365.2425
DAYS_PER_MONTH = DAYS_PER_YEAR / 12
_DAY = datetime.timedelta(days=1)

_NUMBER_WORD = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety"
)
_COUNT = (
    rf"(?P<count>\d+(?:\.\d+)?|(?i:a|an|(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?"
    r"(?:\s+and\s+a\s+half)?))"
)
_WEEKDAY = rf"(?P<weekday>{'|'.join(WEEKDAYS)})"
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
_WEEKDAY_REL_RE = re.compile(rf"\b(?P<at>(?i:last|this|next))\s+{_WEEKDAY}\b")
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


# --- spans ----------------------------------------------------------------------------------

_ISO_VALUE_RE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


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
    match = _ISO_VALUE_RE.fullmatch(value)
    if match is None:
        return None
    year = int(match["year"])
    try:
        if match["day"]:
            day = datetime.date(year, int(match["month"]), int(match["day"]))
            return day, day
        if match["month"]:
            return _month_span(year, int(match["month"]))
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError:
        return None


def _month_span(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """Return the first and last day of a month (December 9999 too)."""
    first = datetime.date(year, month, 1)
    return first, first.replace(day=calendar.monthrange(year, month)[1])


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
            return _interval(_month_span(year, low)[0], _month_span(year, high)[1])
        first, last = _month_span(year, month)
        low, high = _MONTH_PARTS[part]
        return _interval(first.replace(day=low), last.replace(day=min(high, last.day)))
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
        first = _month_span(year, SEASONS[season])[0]
        return _interval(first, _month_span(*_month_shift(year, SEASONS[season], 2))[1])
    except (ValueError, OverflowError):
        return None


def _interval(first: datetime.date, last: datetime.date) -> str:
    """Return the ISO interval from ``first`` to ``last``, or one day if they are the same."""
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()}/{last.isoformat()}"


def _month_shift(year: int, month: int, months: int) -> tuple[int, int]:
    """Return the (year, month) ``months`` months after the given one."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _add_months(day: datetime.date, months: int) -> datetime.date:
    """Return ``day`` moved by ``months`` months, clipped to the end of a shorter month."""
    year, month = _month_shift(day.year, day.month, months)
    return datetime.date(year, month, min(day.day, _month_span(year, month)[1].day))


# --- resolution -----------------------------------------------------------------------------

_DAY_OFFSETS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip
_SHIFTS = {"last": -1, "this": 0, "next": 1}
_PHRASE_RE = re.compile(
    r"(?P<shift>last|this|next) (?P<period>week|weekend|month|year)"
    rf"|(?P<way>last|this|next) {_WEEKDAY}"
    r"|(?P<ago>\d+(?:\.\d+)?) (?P<ago_unit>day|week|month|year)s? ago"
    r"|(?P<when>earlier|later) this (?P<this>week|month|year)"
    r"|(?P<part>early|mid|late) (?P<part_shift>last|this|next) (?P<part_period>month|year)"
    r"|recent (?P<recent>days|weeks|months)"
    r"|past (?:(?P<past>\d+(?:\.\d+)?) )?(?P<past_unit>hour|day|week|month|year)s?"
)
_RECENT_DAYS = {"days": 7, "weeks": 42}
_RECENT_MONTHS = 6


def resolve_times(
    details: Sequence[Detail], *, reference: datetime.date, text: str = ""
) -> tuple[Detail, ...]:
    """Return the details with relative dates, weekdays and elapsed time resolved against ``reference``.

    ``text`` is the sentence the details' offsets point into, read for the tense that
    tells whether a date without a year lies ahead ("will reopen in February") or behind
    ("reopened in February"), and a weekday about as near either way, and for which
    weekdays stand beside a date ("Tuesday, November 5").

    >>> monday = datetime.date(2022, 12, 19)
    >>> [d.value for d in resolve_times(find_relative("last week, yesterday"), reference=monday)]
    ['2022-12-12/2022-12-18', '2022-12-18']
    """
    if isinstance(reference, datetime.datetime):
        reference = reference.date()
    if not isinstance(reference, datetime.date):
        raise TypeError(f"reference must be a date: {reference!r}")
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    for detail in details:
        timely = detail.kind in (Kind.DATE, Kind.WEEKDAY)
        if text and timely and text[detail.start : detail.end] != detail.text:
            raise ValueError(
                f"detail does not slice text at {detail.start}:{detail.end}: {detail!r}"
            )
    done = [_resolve(detail, reference, text) for detail in details]
    for weekday, date in _weekdays_beside_dates(details, text):
        name = str(details[weekday].value)
        day = _day_on(details[date], name, reference, text, details[weekday].start)
        if day is not None:
            done[date] = dataclasses.replace(details[date], value=day)
            done[weekday] = dataclasses.replace(
                details[weekday], kind=Kind.DATE, value=day, qualifier=name
            )
    return tuple(done)


def _resolve(detail: Detail, reference: datetime.date, text: str) -> Detail:
    """Return one detail resolved against ``reference``, or unchanged if it cannot be."""
    try:
        return _resolve_detail(detail, reference, text)
    except (ValueError, OverflowError):  # before year 1 or after 9999: "3000 years ago"
        return detail


def _resolve_detail(detail: Detail, reference: datetime.date, text: str) -> Detail:
    """Return one detail resolved against ``reference``: a new detail, or ``detail`` itself."""
    if detail.kind is Kind.WEEKDAY:
        return _resolve_weekday(detail, reference, text)
    if detail.kind is not Kind.DATE or not isinstance(detail.value, str):
        return detail
    value: str | None
    if detail.qualifier == "relative":
        value = resolve_phrase(detail.value, reference)
    elif detail.qualifier == "since":
        return _elapsed(detail, reference)
    else:
        ahead = bool(text) and _speaks_of_future(text, detail.start, detail.end)
        value = _occurrence(detail.value, reference, ahead=ahead)
        if value is not None and detail.qualifier in PARTS and len(value) == 7:  # "2023-02"
            value = part_interval(detail.qualifier, int(value[:4]), int(value[5:]))
    return detail if value is None else dataclasses.replace(detail, value=value)


def resolve_phrase(phrase: str, reference: datetime.date) -> str | None:
    """Return the ISO value a relative phrase (as ``find_relative`` writes it) names, or None.

    >>> day = datetime.date(2022, 12, 19)
    >>> [resolve_phrase(p, day) for p in ("last month", "last year", "10 months ago")]
    ['2022-11', '2021', '2022-02-01/2022-02-28']
    >>> resolve_phrase("last Friday", day), resolve_phrase("the day before", day)
    ('2022-12-16', None)
    >>> resolve_phrase("late last year", day), resolve_phrase("early this month", day)
    ('2021-09-01/2021-12-31', '2022-12-01/2022-12-10')
    """
    if phrase in _DAY_OFFSETS:
        return (reference + _DAY * _DAY_OFFSETS[phrase]).isoformat()
    match = _PHRASE_RE.fullmatch(phrase)
    if match is None:
        return None
    monday = reference - _DAY * reference.weekday()
    if match["shift"]:
        first, last = _period_span(match["period"], _SHIFTS[match["shift"]], reference)
        if match["period"] == "year":
            return f"{first.year:04d}"
        return first.isoformat()[:7] if match["period"] == "month" else _interval(first, last)
    if match["way"]:
        target = monday + _DAY * WEEKDAYS.index(match["weekday"])
        if match["way"] == "last" and target >= reference:
            target -= _DAY * 7
        elif match["way"] == "next" and target <= reference:
            target += _DAY * 7
        return target.isoformat()
    if match["ago"]:
        return _ago(float(match["ago"]), match["ago_unit"], reference)
    if match["when"]:
        first, last = _period_span(match["this"], 0, reference)
        return (
            _interval(first, reference)
            if match["when"] == "earlier"
            else _interval(reference, last)
        )
    if match["part"]:
        first, _ = _period_span(match["part_period"], _SHIFTS[match["part_shift"]], reference)
        month = first.month if match["part_period"] == "month" else None
        return part_interval(match["part"], first.year, month)
    if match["recent"]:
        if match["recent"] == "months":
            return _interval(_add_months(reference, -_RECENT_MONTHS), reference)
        return _interval(reference - _DAY * _RECENT_DAYS[match["recent"]], reference)
    return _past(float(match["past"] or 1), match["past_unit"], reference)


def _period_span(
    period: str, shift: int, reference: datetime.date
) -> tuple[datetime.date, datetime.date]:
    """Return the week, weekend, month or year ``shift`` periods from the one holding ``reference``."""
    if period == "year":
        year = reference.year + shift
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if period == "month":
        return _month_span(*_month_shift(reference.year, reference.month, shift))
    monday = reference - _DAY * reference.weekday() + _DAY * 7 * shift
    return (monday + _DAY * 5 if period == "weekend" else monday), monday + _DAY * 6


def _ago(count: float, unit: str, reference: datetime.date) -> str:
    """Return the day, or the week, month or year as an interval, ``count`` units before ``reference``."""
    if not count.is_integer():  # "two and a half years ago": count in a smaller unit
        if unit == "year":
            count, unit = count * 12, "month"
        else:
            count, unit = count * {"month": DAYS_PER_MONTH, "week": 7, "day": 1}[unit], "day"
    count = round(count)
    if unit == "day":
        return (reference - _DAY * count).isoformat()
    if unit == "week":
        day = reference - _DAY * 7 * count
        monday = day - _DAY * day.weekday()
        return _interval(monday, monday + _DAY * 6)
    if unit == "month":
        return _interval(*_month_span(*_month_shift(reference.year, reference.month, -count)))
    return _interval(*_period_span("year", -count, reference))


def _past(count: float, unit: str, reference: datetime.date) -> str:
    """Return the interval of ``count`` units up to ``reference``."""
    if unit in ("month", "year"):
        months = count * (12 if unit == "year" else 1)
        if months.is_integer():
            return _interval(_add_months(reference, -int(months)), reference)
        days = months * DAYS_PER_MONTH
    else:
        days = count * {"hour": 1 / 24, "day": 1, "week": 7}[unit]
    return _interval(reference - _DAY * math.ceil(days), reference)


_YEARLESS_RE = re.compile(r"--(?P<month>\d{2})(?:-(?P<day>\d{2}))?")


def _occurrence(value: str, reference: datetime.date, *, ahead: bool = False) -> str | None:
    """Return a month ("--02") or day ("--12-19") without a year given the year it falls in.

    The latest occurrence on or before ``reference`` (a month: its own month counts),
    or with ``ahead`` the first on or after it; None for what is not a yearless month
    or day, or a day that does not occur in the year around ``reference``.

    >>> day = datetime.date(2022, 12, 19)
    >>> _occurrence("--02", day), _occurrence("--12", day), _occurrence("--12-20", day)
    ('2022-02', '2022-12', '2021-12-20')
    >>> _occurrence("--02", day, ahead=True), _occurrence("--12-19", day, ahead=True)
    ('2023-02', '2022-12-19')
    >>> _occurrence("2022-12", day), _occurrence("--02-29", datetime.date(2022, 9, 1))
    (None, None)
    """
    match = _YEARLESS_RE.fullmatch(value)
    if match is None:
        return None
    month, day = int(match["month"]), match["day"] and int(match["day"])
    if not 1 <= month <= 12:
        return None
    step = 1 if ahead else -1
    for year in (reference.year, reference.year + step):
        if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
            continue
        if not day:
            if ((year - reference.year) * 12 + month - reference.month) * step >= 0:
                return f"{year:04d}-{month:02d}"
            continue
        try:
            when = datetime.date(year, month, day)
        except ValueError:  # February 29 in a common year
            continue
        if (when - reference).days * step >= 0:
            return when.isoformat()
    return None


def _elapsed(detail: Detail, reference: datetime.date) -> Detail:
    """Return a "since" date as the duration elapsed from it to ``reference``, or unchanged."""
    value = str(detail.value)
    value = _occurrence(value, reference) if value.startswith("--") else value
    span = value and date_span(value)
    if not span or span[0] > reference:
        return detail
    low_days, high_days = max(0, (reference - span[1]).days), (reference - span[0]).days
    middle = (low_days + high_days) / 2
    if middle >= DAYS_PER_YEAR:
        unit, days = "year", DAYS_PER_YEAR
    elif middle >= DAYS_PER_MONTH:
        unit, days = "month", DAYS_PER_MONTH
    else:
        unit, days = "day", 1.0
    low = math.floor(round(low_days / days * 100, 6)) / 100
    high = math.ceil(round(high_days / days * 100, 6)) / 100
    elapsed: float | tuple[float, float] = low if low == high else (low, high)
    return dataclasses.replace(
        detail, kind=Kind.DURATION, value=elapsed, unit=unit, qualifier="since"
    )


# --- tense: weekdays and dates without a year -----------------------------------------------

# Punctuation that ends a clause; a comma inside a list ("the east, south or west") does
# not, nor a full stop before a digit or a small letter ("No. 4", "U.S. officials", "3.5").
_FULL_STOP = r"\.(?!\s*[a-z\d])"
_CLAUSE_BREAK_RE = re.compile(
    rf"{_FULL_STOP}|[;:!?()\[\]“”\"—–]|,(?!\s*[^\W\d_]+,?\s+(?i:and|or)\b)"
)
_STRONG_BREAK_RE = re.compile(rf"{_FULL_STOP}|[;!?]")
_FUTURE_RE = re.compile(
    r"\b(?i:will|won['’]t|shall|would|wouldn['’]t|next|upcoming|likely\s+in|"
    r"(?:plans?|planning|intends?|intending|aims?|expected|scheduled|slated|poised|set|likely)"
    r"\s+to|"
    r"(?:is|are|am)\s+(?:(?:also|now|still|then|due|going)\s+)?(?:to|due)|"
    r"(?:could|may|might)\s+(?:(?!have\b)[^\W\d_]+\s+){0,2}come|"
    r"scheduled\s+for)\b|['’]ll\b"
)
# What may stand between a weekday and the date beside it ("Wednesday morning, March 11").
_APPOSITION_RE = re.compile(r"(?:\s+(?i:morning|afternoon|evening|night))?,?\s+")
_DAY_VALUE_RE = re.compile(r"(?:\d{4}|-)-\d{2}-\d{2}")
# How far around a time its clause is read, in characters.
_CLAUSE_REACH = 200
# How much nearer in days one occurrence of a weekday must be for tense not to matter.
_TENSE_MARGIN = 1
# Where the clause that a time opens ends ("On Wednesday, councillors approved a cap that
# will run ..."): a relative pronoun or subordinating conjunction, "but", a reporting verb
# ("On Friday, Lukashenko said Putin will come"), and "and"/"or" after a comma or before a
# verb ("approved it and will review it"; not "Putin and Lukashenko"). An aside is a
# relative clause set off by commas (", who arrived on Sunday,"); the clause goes on after it.
_CLAUSE_END_RE = re.compile(
    r"(?P<aside>,\s*(?i:who|whom|whose|which|where)\b)"
    r"|\b(?i:that|which|who|whom|whose|where|but|because|although|though|while|whereas|when|"
    r"whenever|if|unless|once|until|till|said|says|told|tells|announced|confirmed|warned|"
    r"added|insisted|claimed|reported|revealed|predicted|admitted)\b"
    r"|,\s*(?i:and|or|nor)\b"
    r"|\b(?i:and|or|nor)(?=\s+(?i:will|won['’]t|would|shall|can|could|may|might|must|should|"
    r"is|are|was|were|has|have|had|did)\b)"
)
_ASIDE_END_RE = re.compile(r"[,—–]")
# The first word after a time, possessive ending skipped ("Sunday's Grand Prix").
_FIRST_WORD_RE = re.compile(r"(?:['’]s\b)?[\W\d_]*[^\W\d_]*")
# Words that may open a clause before a time without giving its tense ("On Monday, ...").
_OPENING_WORDS = frozenset(
    "on in during through throughout the by until till from as of before after and but then "
    "also late early".split()
)


def _resolve_weekday(detail: Detail, reference: datetime.date, text: str) -> Detail:
    """Return a weekday as the date it names: the one nearest ``reference`` (see _weekday_offset)."""
    name = str(detail.value)
    if name not in WEEKDAYS or detail.text.endswith("s"):  # "on Mondays": every Monday
        return detail
    back = (reference.weekday() - WEEKDAYS.index(name)) % 7
    ahead = bool(text) and _speaks_of_future(text, detail.start, detail.end)
    day = reference + _DAY * _weekday_offset(back, ahead=ahead)
    return dataclasses.replace(detail, kind=Kind.DATE, value=day.isoformat(), qualifier=name)


def _weekday_offset(back: int, *, ahead: bool) -> int:
    """Return the offset in days from the reference of a weekday last seen ``back`` (0-6) days ago.

    The reference itself when ``back`` is 0; the next one when its own clause speaks of
    the future (``ahead``: "will present the budget on Monday"); else the nearer of the
    last one and the next one (``7 - back`` days ahead), the last one on a near tie.

    >>> [_weekday_offset(back, ahead=False) for back in range(7)]
    [0, -1, -2, -3, -4, 2, 1]
    >>> [_weekday_offset(back, ahead=True) for back in range(7)]
    [0, 6, 5, 4, 3, 2, 1]
    """
    forward = 7 - back
    if back == 0:
        return 0
    if ahead:
        return forward
    return forward if back - forward > _TENSE_MARGIN else -back


def _weekdays_beside_dates(details: Sequence[Detail], text: str) -> list[tuple[int, int]]:
    """Return (weekday index, date index) for each weekday written just before a day's date.

    >>> text = "on Tuesday, November 5 and Friday"
    >>> details = [Detail(Kind.WEEKDAY, "Tuesday", 3, 10, "Tuesday"),
    ...            Detail(Kind.DATE, "November 5", 12, 22, "--11-05"),
    ...            Detail(Kind.WEEKDAY, "Friday", 27, 33, "Friday")]
    >>> _weekdays_beside_dates(details, text)
    [(0, 1)]
    """
    days = {
        d.start: i
        for i, d in enumerate(details)
        if d.kind is Kind.DATE and d.qualifier is None and _DAY_VALUE_RE.fullmatch(str(d.value))
    }
    pairs = []
    for index, detail in enumerate(details):
        if detail.kind is not Kind.WEEKDAY or detail.text.endswith("s") or not text:
            continue
        gap = _APPOSITION_RE.match(text, detail.end)
        if gap and gap.end() in days:
            pairs.append((index, days[gap.end()]))
    return pairs


def _day_on(
    date: Detail, weekday: str, reference: datetime.date, text: str, start: int
) -> str | None:
    """Return the day ``date`` names when it falls on ``weekday``, trying the other year too.

    A date without a year takes the occurrence its clause's tense gives (read from
    ``start``, the weekday), else the other one, whichever falls on the weekday; None
    if neither does.
    """
    value = str(date.value)
    if value.startswith("--"):
        ahead = _speaks_of_future(text, start, date.end)
        days = [_occurrence(value, reference, ahead=way) for way in (ahead, not ahead)]
    else:
        days = [value]
    for day in days:
        span = day and date_span(day)
        if span and WEEKDAYS[span[0].weekday()] == weekday:
            return day
    return None


def _speaks_of_future(text: str, start: int, end: int) -> bool:
    """Return whether the clause around ``text[start:end]`` speaks of the future.

    The clause is read before the time; when nothing but opening words come before
    it ("On Monday, Putin will..."), the rest of the sentence is read instead.

    >>> s = "Putin, who arrived on Sunday, will meet Lukashenko on Monday."
    >>> _speaks_of_future(s, 22, 28), _speaks_of_future(s, 54, 60)
    (False, True)
    >>> _speaks_of_future("On Monday, Putin will fly to Minsk.", 3, 9)
    True
    >>> s = "An attack could come from the east, south or west in January."
    >>> _speaks_of_future(s, 53, 60)
    True
    """
    floor = max(0, start - _CLAUSE_REACH)
    breaks = list(_CLAUSE_BREAK_RE.finditer(text, floor, start))
    before = text[breaks[-1].end() if breaks else floor : start]
    if not set(before.lower().split()) <= _OPENING_WORDS:
        return bool(_FUTURE_RE.search(before))
    ceiling = min(len(text), end + _CLAUSE_REACH)
    stop = _STRONG_BREAK_RE.search(text, end, ceiling)
    clause = _opening_clause(text, end, stop.start() if stop else ceiling)
    return any(_FUTURE_RE.search(text, low, high) for low, high in clause)


def _opening_clause(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the stretches of ``text[start:end]`` that belong to the clause a time opens.

    The clause runs to the first relative pronoun, conjunction or reporting verb after
    its first word ("On Friday, when the talks end, ..." reads on), leaving out asides
    set off by commas; what comes after belongs to another clause.

    >>> s = "On Wednesday, councillors approved a cap that will run for two years"
    >>> [s[a:b] for a, b in _opening_clause(s, 12, len(s))]
    [', councillors approved a cap ']
    >>> s = "On Friday, Putin, who arrived on Sunday, will meet Lukashenko"
    >>> [s[a:b] for a, b in _opening_clause(s, 9, len(s))]
    [', Putin', ' will meet Lukashenko']
    """
    stretches = []
    low = start
    first = _FIRST_WORD_RE.match(text, start, end)
    at = first.end() if first else start
    while (stop := _CLAUSE_END_RE.search(text, at, end)) is not None:
        stretches.append((low, stop.start()))
        aside_end = stop["aside"] and _ASIDE_END_RE.search(text, stop.end(), end)
        if not aside_end:
            return stretches
        low = at = aside_end.end()
    stretches.append((low, end))
    return stretches
