"""Times resolved against the day an article speaks from: relative dates, weekdays, "since".

resolve_times(details, reference=, text=) -> details with relative times made absolute
resolve_phrase(phrase, reference)         -> the ISO value of one relative phrase

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

Which weekday, and which year of a date without one, a clause means is read from its
tense (``tense.py``). Everything else, and anything that cannot be resolved ("the day
before", a date after R given as "since"), is returned unchanged; ``text`` and offsets
never change.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
import re
from collections.abc import Sequence

from ...models import Detail, Kind
from ...values import (
    PARTS,
    WEEKDAYS,
    add_months,
    date_span,
    iso_interval,
    month_shift,
    month_span,
    part_interval,
)
from .tense import day_on, occurrence, resolve_weekday, speaks_of_future, weekdays_beside_dates

__all__ = ["DAYS_PER_MONTH", "DAYS_PER_YEAR", "resolve_phrase", "resolve_times"]

DAYS_PER_YEAR = 365.2425
DAYS_PER_MONTH = DAYS_PER_YEAR / 12
_DAY = datetime.timedelta(days=1)
_WEEKDAY = rf"(?P<weekday>{'|'.join(WEEKDAYS)})"
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

    >>> from factdiff.extract.relative import find_relative
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
    for weekday, date in weekdays_beside_dates(details, text):
        name = str(details[weekday].value)
        day = day_on(details[date], name, reference, text, details[weekday].start)
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
        return resolve_weekday(detail, reference, text)
    if detail.kind is not Kind.DATE or not isinstance(detail.value, str):
        return detail
    value: str | None
    if detail.qualifier == "relative":
        value = resolve_phrase(detail.value, reference)
    elif detail.qualifier == "since":
        return _elapsed(detail, reference)
    else:
        ahead = bool(text) and speaks_of_future(text, detail.start, detail.end)
        value = occurrence(detail.value, reference, ahead=ahead)
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
        return first.isoformat()[:7] if match["period"] == "month" else iso_interval(first, last)
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
            iso_interval(first, reference)
            if match["when"] == "earlier"
            else iso_interval(reference, last)
        )
    if match["part"]:
        first, _ = _period_span(match["part_period"], _SHIFTS[match["part_shift"]], reference)
        month = first.month if match["part_period"] == "month" else None
        return part_interval(match["part"], first.year, month)
    if match["recent"]:
        if match["recent"] == "months":
            return iso_interval(add_months(reference, -_RECENT_MONTHS), reference)
        return iso_interval(reference - _DAY * _RECENT_DAYS[match["recent"]], reference)
    return _past(float(match["past"] or 1), match["past_unit"], reference)


def _period_span(
    period: str, shift: int, reference: datetime.date
) -> tuple[datetime.date, datetime.date]:
    """Return the week, weekend, month or year ``shift`` periods from the one holding ``reference``."""
    if period == "year":
        year = reference.year + shift
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if period == "month":
        return month_span(*month_shift(reference.year, reference.month, shift))
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
        return iso_interval(monday, monday + _DAY * 6)
    if unit == "month":
        return iso_interval(*month_span(*month_shift(reference.year, reference.month, -count)))
    return iso_interval(*_period_span("year", -count, reference))


def _past(count: float, unit: str, reference: datetime.date) -> str:
    """Return the interval of ``count`` units up to ``reference``."""
    if unit in ("month", "year"):
        months = count * (12 if unit == "year" else 1)
        if months.is_integer():
            return iso_interval(add_months(reference, -int(months)), reference)
        days = months * DAYS_PER_MONTH
    else:
        days = count * {"hour": 1 / 24, "day": 1, "week": 7}[unit]
    return iso_interval(reference - _DAY * math.ceil(days), reference)


def _elapsed(detail: Detail, reference: datetime.date) -> Detail:
    """Return a "since" date as the duration elapsed from it to ``reference``, or unchanged."""
    value = str(detail.value)
    value = occurrence(value, reference) if value.startswith("--") else value
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
