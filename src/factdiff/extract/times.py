"""Dates and weekdays in running text.

find_times(text, taken=)  -> the date and weekday details of a text

A date's value is an ISO 8601 string with as much as the text says:

==============================================  ===============
words                                           value
==============================================  ===============
December 19, 2022 / 19 December 2022 /          "2022-12-19"
Dec. 19, 2022 / 2022-12-19 / 19.12.2022
December 19 / 19th of December                  "--12-19"
June 2019                                       "2019-06"
(in) early February                             "--02", qualifier "early"
in 2019 / since 2019 / the 2020 protests        "2019" / "2020"
==============================================  ===============

A bare year is a date only in a date context: after in, since, until, by, from,
during, before, after, of, the, early/late/mid, between..., after another year
("2019 and 2020"), or opening a title ("2022 Belarus Military Strength").
"May" alone is a month only after such a word; other month names always are.
A weekday's value is its capitalised name ("on Friday" -> "Friday").
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence

from ..models import Detail, Kind

__all__ = ["find_times"]


def _words(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in ``text``."""
    return frozenset(text.split())


MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Words after which a bare year or a lone month is a date.
DATE_CONTEXT = _words(
    """in since until till by from during before after through throughout of the between
    early late mid circa spring summer autumn fall winter year end beginning start last
    next this"""
)
# Words joining a year to the year before it: "2019 and 2020", "2019-2022".
_YEAR_JOIN_RE = re.compile(r"\s*(?:and|or|to|through|until|till|[-–—])\s*")

_FULL_MONTH = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH = rf"(?P<month>{_FULL_MONTH}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
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
_WEEKDAY_RE = re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})s?\b")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\W*\Z")
_TITLE_OPENING_RE = re.compile(r"(?:\A|[\[(“\"‘'|:—])\s*\Z")


def find_times(text: str, *, taken: Sequence[tuple[int, int]] = ()) -> list[Detail]:
    """Return the dates and weekdays in ``text``, outside the ``taken`` spans.

    >>> [(d.text, d.value) for d in find_times("on Monday, December 19, 2022")]
    [('Monday', 'Monday'), ('December 19, 2022', '2022-12-19')]
    >>> [d.value for d in find_times("Since the 2020 protests and in June 2019")]
    ['2020', '2019-06']
    """
    candidates = [
        *_dates(_MONTH_DAY_RE, text),
        *_dates(_DAY_MONTH_RE, text),
        *_dates(_MONTH_YEAR_RE, text),
        *_dates(_ISO_RE, text),
        *_dates(_DOTTED_RE, text),
        *_slashed_dates(text),
        *_lone_months(text),
        *_bare_years(text),
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
    >>> iso_date(2022, 2, 30) is None, iso_date(None, 2, 29)
    (True, '--02-29')
    """
    try:
        datetime.date(year or 2000, month, day or 1)
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
    return int(name) if name.isdigit() else MONTHS[name.lower()]


def _dates(pattern: re.Pattern[str], text: str) -> list[Detail]:
    """Return the valid dates that ``pattern`` (with month, day and year groups) finds."""
    found = []
    for match in pattern.finditer(text):
        groups = match.groupdict()
        year = int(groups["year"]) if groups.get("year") else None
        day = int(groups["day"]) if groups.get("day") else None
        value = iso_date(year, _month_number(groups["month"]), day)
        if value is not None:
            qualifier = groups.get("qualifier")
            found.append(_detail(Kind.DATE, text, match, value, qualifier and qualifier.lower()))
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
            found.append(_detail(Kind.DATE, text, match, match["year"], qualifier))
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
