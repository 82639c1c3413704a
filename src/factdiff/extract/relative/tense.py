"""The tense of a clause, for weekdays and dates without a year: behind or ahead.

resolve_weekday(detail, reference, text)      -> a weekday as the date it names
weekday_offset(back, ahead=)                  -> that date's offset in days from the reference
occurrence(value, reference, ahead=)          -> "--02" / "--12-19" given the year it falls in
weekdays_beside_dates(details, text)          -> the weekdays written just before a day's date
day_on(date, weekday, reference, text, start) -> the day a date names when it is that weekday
speaks_of_future(text, start, end)            -> whether the clause around a time speaks ahead

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
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Sequence

from ...models import Detail, Kind
from ...text.lexicon import words
from ...values import WEEKDAYS, date_span, parse_date

__all__ = [
    "day_on",
    "occurrence",
    "resolve_weekday",
    "speaks_of_future",
    "weekday_offset",
    "weekdays_beside_dates",
]

_DAY = datetime.timedelta(days=1)


def occurrence(value: str, reference: datetime.date, *, ahead: bool = False) -> str | None:
    """Return a month ("--02") or day ("--12-19") without a year given the year it falls in.

    The latest occurrence on or before ``reference`` (a month: its own month counts),
    or with ``ahead`` the first on or after it; None for what is not a yearless month
    or day, or a day that does not occur in the year around ``reference``.

    >>> day = datetime.date(2022, 12, 19)
    >>> occurrence("--02", day), occurrence("--12", day), occurrence("--12-20", day)
    ('2022-02', '2022-12', '2021-12-20')
    >>> occurrence("--02", day, ahead=True), occurrence("--12-19", day, ahead=True)
    ('2023-02', '2022-12-19')
    >>> occurrence("2022-12", day), occurrence("--02-29", datetime.date(2022, 9, 1))
    (None, None)
    """
    date = parse_date(value)
    if date is None or date.year is not None:
        return None
    month, day = date.month, date.day
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
_OPENING_WORDS = words("values-time-opening-words")


def resolve_weekday(detail: Detail, reference: datetime.date, text: str) -> Detail:
    """Return a weekday as the date it names: the one nearest ``reference`` (see weekday_offset)."""
    name = str(detail.value)
    if name not in WEEKDAYS or detail.text.endswith("s"):  # "on Mondays": every Monday
        return detail
    back = (reference.weekday() - WEEKDAYS.index(name)) % 7
    ahead = bool(text) and speaks_of_future(text, detail.start, detail.end)
    day = reference + _DAY * weekday_offset(back, ahead=ahead)
    return dataclasses.replace(detail, kind=Kind.DATE, value=day.isoformat(), qualifier=name)


def weekday_offset(back: int, *, ahead: bool) -> int:
    """Return the offset in days from the reference of a weekday last seen ``back`` (0-6) days ago.

    The reference itself when ``back`` is 0; the next one when its own clause speaks of
    the future (``ahead``: "will present the budget on Monday"); else the nearer of the
    last one and the next one (``7 - back`` days ahead), the last one on a near tie.

    >>> [weekday_offset(back, ahead=False) for back in range(7)]
    [0, -1, -2, -3, -4, 2, 1]
    >>> [weekday_offset(back, ahead=True) for back in range(7)]
    [0, 6, 5, 4, 3, 2, 1]
    """
    forward = 7 - back
    if back == 0:
        return 0
    if ahead:
        return forward
    return forward if back - forward > _TENSE_MARGIN else -back


def weekdays_beside_dates(details: Sequence[Detail], text: str) -> list[tuple[int, int]]:
    """Return (weekday index, date index) for each weekday written just before a day's date.

    >>> text = "on Tuesday, November 5 and Friday"
    >>> details = [Detail(Kind.WEEKDAY, "Tuesday", 3, 10, "Tuesday"),
    ...            Detail(Kind.DATE, "November 5", 12, 22, "--11-05"),
    ...            Detail(Kind.WEEKDAY, "Friday", 27, 33, "Friday")]
    >>> weekdays_beside_dates(details, text)
    [(0, 1)]
    """
    days = {
        d.start: i
        for i, d in enumerate(details)
        if d.kind is Kind.DATE and d.qualifier is None and _names_a_day(str(d.value))
    }
    pairs = []
    for index, detail in enumerate(details):
        if detail.kind is not Kind.WEEKDAY or detail.text.endswith("s") or not text:
            continue
        gap = _APPOSITION_RE.match(text, detail.end)
        if gap and gap.end() in days:
            pairs.append((index, days[gap.end()]))
    return pairs


def _names_a_day(value: str) -> bool:
    """Return whether an ISO value is one day, of a given year or not ("--11-05")."""
    date = parse_date(value)
    return date is not None and date.day is not None


def day_on(
    date: Detail, weekday: str, reference: datetime.date, text: str, start: int
) -> str | None:
    """Return the day ``date`` names when it falls on ``weekday``, trying the other year too.

    A date without a year takes the occurrence its clause's tense gives (read from
    ``start``, the weekday), else the other one, whichever falls on the weekday; None
    if neither does.
    """
    value = str(date.value)
    if value.startswith("--"):
        ahead = speaks_of_future(text, start, date.end)
        days = [occurrence(value, reference, ahead=way) for way in (ahead, not ahead)]
    else:
        days = [value]
    for day in days:
        span = day and date_span(day)
        if span and WEEKDAYS[span[0].weekday()] == weekday:
            return day
    return None


def speaks_of_future(text: str, start: int, end: int) -> bool:
    """Return whether the clause around ``text[start:end]`` speaks of the future.

    The clause is read before the time; when nothing but opening words come before
    it ("On Monday, Putin will..."), the rest of the sentence is read instead.

    >>> s = "Putin, who arrived on Sunday, will meet Lukashenko on Monday."
    >>> speaks_of_future(s, 22, 28), speaks_of_future(s, 54, 60)
    (False, True)
    >>> speaks_of_future("On Monday, Putin will fly to Minsk.", 3, 9)
    True
    >>> s = "An attack could come from the east, south or west in January."
    >>> speaks_of_future(s, 53, 60)
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
