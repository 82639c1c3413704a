"""Dates and weekdays in running text.

find_times(text, taken=)                  -> the date and weekday details of a text
resolve_times(details, reference=, text=) -> relative times resolved (see relative.py)
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

The dates written with a month (by name or in digits: "December 19, 2022", "June 2019",
"19.12.2022") are ``values.written_dates``, the one grammar of them, which reading's date
line uses too; this module adds the lone months, bare years, seasons, "since", relative
dates and weekdays, and chooses among overlapping dates the first and longest.
``iso_date``, ``MONTHS`` and ``date_span`` live in ``values``.

The seasons and context words are data: text/lists/times-seasons.txt and
times-date-context.txt (the month names are months.txt, read by ``values``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from ..models import Detail, Kind
from ..text.lexicon import forms, words
from ..values import (
    FULL_MONTH_PATTERN,
    MONTHS,
    PART_PATTERN,
    YEAR_PATTERN,
    iso_date,
    written_dates,
)
from .relative import (
    WEEKDAYS,
    find_relative,
    part_interval,
    resolve_times,
    season_interval,
)

__all__ = ["find_times", "resolve_times"]


# Words after which a bare year or a lone month is a date.
DATE_CONTEXT = words("times-date-context")
# Each name of a season -> the season ("fall" -> "autumn").
_SEASONS = forms("times-seasons")
# Words joining a year to the year before it: "2019 and 2020", "2019-2022".
_YEAR_JOIN_RE = re.compile(r"\s*(?:and|or|to|through|until|till|[-–—])\s*")

_MONTH_ONLY_RE = re.compile(rf"\b{PART_PATTERN}(?P<month>{FULL_MONTH_PATTERN})\b")
_BARE_YEAR_RE = re.compile(
    rf"(?<![\w$£€.,:/]){PART_PATTERN}(?P<year>(?:1[5-9]|20)\d\d)(?![\w%]|[.,:/]\d|\s*%)"
)
_SEASON_RE = re.compile(rf"\b(?P<season>(?i:{'|'.join(_SEASONS)}))\s+(?:of\s+)?{YEAR_PATTERN}")
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
        *(
            Detail(Kind.DATE, text[d.start : d.end], d.start, d.end, d.value, qualifier=d.qualifier)
            for d in written_dates(text)
        ),
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


def _detail(
    kind: Kind, text: str, match: re.Match[str], value: str, qualifier: str | None = None
) -> Detail:
    """Return the detail of kind ``kind`` spanning ``match``."""
    start, end = match.span()
    return Detail(kind, text[start:end], start, end, value, qualifier=qualifier)


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
