"""Durations: the arithmetic of time units, and a duration of two parts read as one.

compound_duration(tokens, value, unit, end)  -> "eight years and eight months" as 8.6667 years
unit_days(unit)                              -> the length in days of one of a time unit
time_step(unit)                              -> one of the next smaller unit, counted in ``unit``

and TIME_MULTIPLES, the time units counted in another one ("fortnight": 2 weeks).

A duration is a quantity counted in a time unit (year, month, week, day, hour, minute,
decade, century; "a fortnight" is 2 weeks; "a year" is 1 year, but not in a rate: "twice
a year", "$5bn a year"); its ``about`` is the event it measures (see events.py). A
compound duration is one detail, in its larger unit, rounded to 4 decimals: "eight years
and eight months" -> 8.6667 years, "a year and a half" -> 1.5 years (a whole count and a
smaller part only: "2.5 hours and 45 minutes" are two durations). An ordinal time unit
("in its third week") is read by periods.py.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

from ...text.lexicon import counts
from ...text.tokens import Token
from ..numerals import FRACTIONS, TIME_UNITS, free, head_noun, number_at

# Time units counted in another one: "a fortnight" is two weeks.
TIME_MULTIPLES = counts("numbers-time-multiples")
# The length of each time unit in days, exact, to add the parts of a compound duration
# ("eight years and eight months") and to find the next smaller unit of a time unit; the
# units are the names TIME_UNITS gives, shortest first.
_DAYS = {
    "minute": Fraction(1, 1440), "hour": Fraction(1, 24), "day": Fraction(1),
    "week": Fraction(7), "month": Fraction(36525, 1200), "year": Fraction(36525, 100),
    "decade": Fraction(36525, 10), "century": Fraction(36525),
}  # fmt: skip
# The step of each time unit's count that "nearly" and "about" allow at the least: one
# of the next smaller unit ("nearly a week" takes in six days, as reporters mean it).
_SMALLER_UNIT = {larger: smaller for smaller, larger in pairwise(_DAYS)}


def compound_duration(
    tokens: list[Token], value: Fraction, unit: str, end: int
) -> tuple[Fraction, int, bool]:
    """Return a duration with the smaller part after "and" added, the end, and whether added.

    "eight years and eight months" is 8 + 8/12 years; "a year and a half" is 1.5 years.
    Only a whole count takes a part, and only a part smaller than one of its unit ("2.5
    hours and 45 minutes", "a year and 14 months" are two durations).
    """
    if value.denominator != 1 or not (free(tokens, end + 1) and tokens[end].low == "and"):
        return value, end, False
    size = unit_days(unit)
    after = [t.low for t in tokens[end + 1 : end + 4]]
    halved = after[:1] in (["a"], ["an"]) and after[1:2] in (["half"], ["quarter"])
    if halved and after[2:] != ["of"] and free(tokens, end + 2):
        return value + Fraction(1, FRACTIONS[after[1]]), end + 3, True
    part = number_at(tokens, end + 1)
    if part is None or part[2] is not None:
        return value, end, False
    count, stop, _ = part
    second, stop = head_noun(tokens, stop, count)
    if second not in TIME_UNITS or count.denominator != 1 or count <= 0:
        return value, end, False
    added = count * unit_days(second)
    if added >= size:
        return value, end, False
    return value + added / size, stop, True


def unit_days(unit: str) -> Fraction:
    """Return the length in days of one of a time unit as written.

    >>> unit_days("fortnight"), unit_days("month") * 12 == unit_days("year")
    (Fraction(14, 1), True)
    """
    return _DAYS[TIME_UNITS[unit]] * TIME_MULTIPLES.get(unit, 1)


def time_step(unit: str | None) -> Fraction:
    """Return one of the next smaller unit, counted in ``unit``, or 0.

    >>> time_step("week"), time_step("year"), time_step("minute"), time_step("mile")
    (Fraction(1, 7), Fraction(1, 12), Fraction(0, 1), Fraction(0, 1))
    """
    if unit not in TIME_UNITS or TIME_UNITS[unit] not in _SMALLER_UNIT:
        return Fraction(0)
    return _DAYS[_SMALLER_UNIT[TIME_UNITS[unit]]] / unit_days(unit)
