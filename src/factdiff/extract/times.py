"""Dates and weekdays in running text, and the publication date line of an article.

find_times(text, taken=)                  -> the date and weekday details of a text
resolve_times(details, reference=, text=) -> relative times resolved (see relative.py)
date_span(value)                          -> the first and last day an ISO value covers
date_line(line)                           -> the ISO day a publication date line gives
iso_date(year, month, day)                -> the ISO form of a possibly partial date
MONTHS                                    -> each name of a month -> its number ("sept" -> 9)
DATE_CONTEXT                              -> the words after which a bare year is a date

A date's value is an ISO 8601 string with as much as the text says:

==============================================  ===============================
words                                           value
==============================================  ===============================
December 19, 2022 / 19 December 2022 /          "2022-12-19"
Dec. 19, 2022 / 2022-12-19 / 19.12.2022 /
19th of December 2022 / December 19th, 2022
December 19 / Dec. 19 / 19 Dec / 19th of Dec.   "--12-19"
June 2019                                       "2019-06"
early / mid- / late February 2023               "2023-02-01/2023-02-10" / days
                                                11-20 / 21 to the month's end,
                                                qualifier "early" / "mid" / "late"
(in) early February                             "--02", qualifier "early" (the
                                                interval once resolved)
in 2019 / the 2020 protests                     "2019" / "2020"
early 2019 / mid-2021 / late 2022               "2019-01-01/2019-04-30" /
                                                "2021-05-01/2021-08-31" /
                                                "2022-09-01/2022-12-31",
                                                qualifier "early" / "mid" / "late"
the spring / summer / autumn (fall) of 2021,    "2021-03-01/2021-05-31" /
autumn 2021                                     "-06-01/-08-31" / "-09-01/-11-30",
                                                qualifier the season ("autumn")
winter 2021                                     "2021-12-01/2022-02-28" (December
                                                to February), qualifier "winter"
since June 2019 / the first since 2019          "2019-06" / "2019", qualifier "since",
                                                the text from "since"
last week / ten months ago / in recent days     a phrase, qualifier "relative"
                                                (table in relative.py)
==============================================  ===============================

Seasons are meteorological and of the northern hemisphere; "early", "mid" and "late"
are thirds of a year by month and of a month by day (``relative.part_interval``).

A bare year is a date only in a date context: after in, since, until, by, from,
during, before, after, of, the, early/late/mid, between..., after another year
("2019 and 2020"), or opening a title ("2022 Belarus Military Strength").
"May" alone is a month only after such a word; other month names always are.
A weekday's value is its capitalised name ("on Friday" -> "Friday"); a possessive
spans the name alone ("Sunday's Grand Prix", "Tuesday night's replay" -> "Sunday",
"Tuesday"); a plural ("on Mondays") spans its "s" and is never resolved to a day;
"last Friday" is a relative date. A date right after "since" (or "since the" before a season)
takes qualifier "since" in place of any other.

A date line is a line that holds nothing but dates with day, month and year,
weekdays, times of day and zones ("10:32 GMT"), labels ("Published:", "Updated",
"Last modified on") and bylines set off by "|" ("By Jane Doe | December 19, 2022");
its value is its first date. Dotted dates are read day first ("19.12.2022").

The month names, seasons and context words are data: text/lists/months.txt,
times-seasons.txt, times-date-context.txt and times-date-line-words.txt.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import re
from collections.abc import Sequence

from ..models import Detail, Kind
from ..text.lexicon import forms, table, words
from .relative import (
    WEEKDAYS,
    date_span,
    find_relative,
    part_interval,
    resolve_times,
    season_interval,
)

__all__ = ["WEEKDAYS", "date_line", "date_span", "find_times", "iso_date", "resolve_times"]


# Each name of a month ("january", "jan", "sept") -> its number; the full name first.
_MONTH_NAMES = {
    number: (month, *short) for number, (month, short) in enumerate(table("months").items(), 1)
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names}
# Words after which a bare year or a lone month is a date.
DATE_CONTEXT = words("times-date-context")
# Each name of a season -> the season ("fall" -> "autumn").
_SEASONS = forms("times-seasons")
# Words joining a year to the year before it: "2019 and 2020", "2019-2022".
_YEAR_JOIN_RE = re.compile(r"\s*(?:and|or|to|through|until|till|[-–—])\s*")

_FULL_MONTH = "|".join(names[0].capitalize() for names in _MONTH_NAMES.values())
_SHORT_MONTH = "|".join(name.capitalize() for names in _MONTH_NAMES.values() for name in names[1:])
_MONTH = rf"(?P<month>{_FULL_MONTH}|{_SHORT_MONTH})\b\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>\d{4})(?![\w%])"
_QUALIFIER = r"(?:(?P<qualifier>(?i:early|late|mid))(?:-|\s+))?"

_MONTH_DAY_RE = re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?")
_DAY_MONTH_RE = re.compile(rf"(?<![\w.,]){_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?")
_MONTH_YEAR_RE = re.compile(rf"\b{_QUALIFIER}{_MONTH},?\s+(?:of\s+)?{_YEAR}")
_MONTH_ONLY_RE = re.compile(rf"\b{_QUALIFIER}(?P<month>{_FULL_MONTH})\b")
_ISO_RE = re.compile(r"(?<![\w.-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\w-])")
_DOTTED_RE = re.compile(r"(?<![\w.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?![\w])")
_SLASHED_RE = re.compile(r"(?<![\w/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?![\w/])")
_BARE_YEAR_RE = re.compile(
    rf"(?<![\w$£€.,:/]){_QUALIFIER}(?P<year>(?:1[5-9]|20)\d\d)(?![\w%]|[.,:/]\d|\s*%)"
)
_SEASON_RE = re.compile(rf"\b(?P<season>(?i:{'|'.join(_SEASONS)}))\s+(?:of\s+)?{_YEAR}")
_SINCE_RE = re.compile(r"\b(?i:since)\s+(?P<the>(?i:the)\s+)?\Z")
_WEEKDAY_RE = re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})s?\b")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\W*\Z")
_TITLE_OPENING_RE = re.compile(r"(?:\A|[\[(“\"‘'|:—])\s*\Z")


def find_times(text: str, *, taken: Sequence[tuple[int, int]] = ()) -> list[Detail]:
    """Return the dates and weekdays in ``text``, outside the ``taken`` spans.

    >>> [(d.text, d.value) for d in find_times("on Monday, December 19, 2022")]
    [('Monday', 'Monday'), ('December 19, 2022', '2022-12-19')]
    >>> [d.value for d in find_times("Since the 2020 protests and in June 2019")]
    ['2020', '2019-06']
    >>> [(d.text, d.value, d.qualifier) for d in find_times("the first since 2019, last week")]
    [('since 2019', '2019', 'since'), ('last week', 'last week', 'relative')]
    >>> [(d.text, d.value) for d in find_times("in late 2022 or the autumn of 2021")]
    [('late 2022', '2022-09-01/2022-12-31'), ('autumn of 2021', '2021-09-01/2021-11-30')]
    """
    dates = [
        *_dates(_MONTH_DAY_RE, text),
        *_dates(_DAY_MONTH_RE, text),
        *_dates(_MONTH_YEAR_RE, text),
        *_dates(_ISO_RE, text),
        *_dates(_DOTTED_RE, text),
        *_slashed_dates(text),
        *_lone_months(text),
        *_bare_years(text),
        *_seasons(text),
    ]
    candidates = [
        *(_since(text, d) for d in dates),
        *find_relative(text),
        *(_detail(Kind.WEEKDAY, text, m, m.group("weekday")) for m in _WEEKDAY_RE.finditer(text)),
    ]
    candidates.sort(key=lambda d: (d.start, -d.end))
    chosen: list[Detail] = []
    blocked = sorted(taken)
    ends = [end for _, end in blocked]
    for detail in candidates:
        if chosen and detail.start < chosen[-1].end:
            continue
        # the first taken span ending after this detail starts is the only one to check
        at = bisect.bisect_right(ends, detail.start)
        if at < len(blocked) and blocked[at][0] < detail.end:
            continue
        chosen.append(detail)
    return chosen


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


def _detail(
    kind: Kind, text: str, match: re.Match[str], value: str, qualifier: str | None = None
) -> Detail:
    """Return the detail of kind ``kind`` spanning ``match``."""
    start, end = match.span()
    return Detail(kind, text[start:end], start, end, value, qualifier=qualifier)


def _month_number(name: str) -> int:
    """Return the number of a month given by name or by digits."""
    return int(name) if name.isdecimal() else MONTHS[name.lower()]


def _dates(pattern: re.Pattern[str], text: str) -> list[Detail]:
    """Return the valid dates that ``pattern`` (with month, day and year groups) finds.

    A month and year with a qualifier ("early February 2023") is that part of the month.
    """
    found = []
    for match in pattern.finditer(text):
        groups = match.groupdict()
        year = int(groups["year"]) if groups.get("year") else None
        day = int(groups["day"]) if groups.get("day") else None
        month = _month_number(groups["month"])
        value = iso_date(year, month, day)
        qualifier = groups.get("qualifier") and groups["qualifier"].lower()
        if value is not None and qualifier and year is not None and day is None:
            value = part_interval(qualifier, year, month)
        if value is not None:
            found.append(_detail(Kind.DATE, text, match, value, qualifier))
    return found


def _slashed_dates(text: str) -> list[Detail]:
    """Return the dates written with slashes where day and month cannot be confused."""
    found = []
    for match in _SLASHED_RE.finditer(text):
        a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
        if (a > 12) == (b > 12):
            continue
        day, month = (a, b) if a > 12 else (b, a)
        value = iso_date(year, month, day)
        if value is not None:
            found.append(_detail(Kind.DATE, text, match, value))
    return found


def _seasons(text: str) -> list[Detail]:
    """Return the seasons of a year ("the summer of 2020") as intervals, the season as qualifier."""
    found = []
    for match in _SEASON_RE.finditer(text):
        season = _SEASONS[match["season"].lower()]
        value = season_interval(season, int(match["year"]))
        if value is not None:
            found.append(_detail(Kind.DATE, text, match, value, season))
    return found


def _since(text: str, date: Detail) -> Detail:
    """Return the date widened to the "since" before it, qualifier "since", or unchanged."""
    since = _SINCE_RE.search(text, max(0, date.start - 16), date.start)
    if since is None or (since["the"] and date.qualifier not in _SEASONS.values()):
        return date  # "since the 2020 protests" dates the protests, not the elapsed time
    start = since.start()
    return dataclasses.replace(date, text=text[start : date.end], start=start, qualifier="since")


def _word_before(text: str, index: int) -> str:
    """Return the lowercase word ending shortly before ``index``, or ""."""
    match = _WORD_BEFORE_RE.search(text, max(0, index - 40), index)
    return match.group(1).lower() if match else ""


def _lone_months(text: str) -> list[Detail]:
    """Return the month names standing alone as dates ("in early February")."""
    found = []
    for match in _MONTH_ONLY_RE.finditer(text):
        may = match["month"] == "May" and not match["qualifier"]
        if may and _word_before(text, match.start()) not in DATE_CONTEXT:
            continue  # "May" the verb
        value = iso_date(None, MONTHS[match["month"].lower()])
        qualifier = match["qualifier"] and match["qualifier"].lower()
        found.append(_detail(Kind.DATE, text, match, value or "", qualifier))
    return found


def _bare_years(text: str) -> list[Detail]:
    """Return the years standing alone in a date context."""
    found = []
    previous_end = -1
    for match in _BARE_YEAR_RE.finditer(text):
        start = match.start()
        if start > 0 and text[start - 1] == "-" and not match["qualifier"]:
            joined = previous_end >= 0 and _YEAR_JOIN_RE.fullmatch(text, previous_end, start)
            if not joined:
                continue  # "F-2022", "COVID-2019"
        if _is_year_context(text, match, previous_end):
            qualifier = match["qualifier"] and match["qualifier"].lower()
            value = part_interval(qualifier, int(match["year"])) if qualifier else match["year"]
            found.append(_detail(Kind.DATE, text, match, value or match["year"], qualifier))
            previous_end = match.end()
    return found


def _is_year_context(text: str, match: re.Match[str], previous_end: int) -> bool:
    """Return whether the bare year at ``match`` reads as a date."""
    start = match.start()
    if match["qualifier"]:
        return True
    if previous_end >= 0 and _YEAR_JOIN_RE.fullmatch(text, previous_end, start):
        return True
    if _word_before(text, start) in DATE_CONTEXT:
        before = text[max(0, start - 40) : start].rstrip()
        return bool(before) and before[-1].isalpha()
    if text.startswith(("'s", "’s"), match.end()):
        return True
    opening = _TITLE_OPENING_RE.search(text, max(0, start - 3), start) is not None
    after = text[match.end() : match.end() + 2]
    return opening and (after.strip() == "" or (after[:1] == " " and after[1:].isupper()))


# --- date lines -----------------------------------------------------------------------------

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
        dates = [d for d in find_times(segment) if d.kind is not Kind.WEEKDAY]
        if not all(_is_full_day(d) for d in dates):
            return None  # a year, a month, a day without year, or "last week"
        cuts = [0, *(edge for d in dates for edge in (d.start, d.end)), len(segment)]
        rest = " ".join(segment[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True))
        words = _LINE_TOKEN_RE.findall(_CLOCK_RE.sub(" ", rest).lower())
        if any(word not in _LINE_WORDS for word in words):
            return None
        days.extend(str(d.value) for d in dates)
    return days[0] if days else None


def _is_full_day(detail: Detail) -> bool:
    """Return whether a date detail names one day of a known year, as written."""
    return (
        detail.kind is Kind.DATE
        and detail.qualifier is None
        and isinstance(detail.value, str)
        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", detail.value) is not None
    )
