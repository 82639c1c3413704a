"""The interval a qualifier gives a number: "nearly 10" is (9, 10).

interval(value, qualifier, step=)  -> the interval ``(low, high)`` the qualifier gives

A qualifier (see numerals/qualifiers.py) turns the value X into an interval ``(low, high)``:

=====================================================  ============  ===========
words before the number                                qualifier     interval
=====================================================  ============  ===========
nearly, almost                                         "nearly"      (0.9X, X)
about, around, roughly, approximately, some, circa,    "about"       (0.9X, 1.1X),
an estimated                                                         i.e. ±10%
at least, no fewer than, no less than                  "at least"    (X, inf)
more than, over, above, upwards of                     "more than"   (X, inf)
just over, just above, just/slightly more than,        "just over"   (X, 1.1X)
slightly over, a little over, a little more than
up to, as many as, as much as, at most, no more than   "up to"       (0, X)
fewer than, less than, under, below                    "less than"   (0, X)
just under, just below, just/slightly less than, just  "just under"  (0.9X, X)
fewer than, slightly under, just shy of, a little
under, a little less than
=====================================================  ============  ===========

For a duration, "nearly" and "about" allow at least one of the next smaller unit
(durations.time_step): "nearly a week" is (6/7, 1) weeks, so that six days is nearly a
week, and "about a month" is a month ± a week. Larger counts keep the 10%: "nearly ten
months" is (9, 10).
"""

from __future__ import annotations

import math
from fractions import Fraction


def interval(value: Fraction, qualifier: str, step: Fraction = Fraction(0)) -> tuple[float, float]:
    """Return the interval a qualifier gives the value (see the module docstring).

    ``step`` is the least distance "nearly" and "about" allow: one of a time unit's next
    smaller unit.

    >>> interval(Fraction(10), "nearly"), interval(Fraction(1), "nearly", Fraction(1, 7))
    ((9.0, 10.0), (0.8571428571428571, 1.0))
    >>> interval(Fraction(10), "just over"), interval(Fraction(10), "up to")
    ((10.0, 11.0), (0.0, 10.0))
    """
    if qualifier == "nearly":
        return float(min(value * 9 / 10, value - step)), float(value)
    if qualifier == "about":
        return float(min(value * 9 / 10, value - step)), float(max(value * 11 / 10, value + step))
    if qualifier in ("at least", "more than"):
        return float(value), math.inf
    if qualifier == "just over":
        return float(value), float(value * 11 / 10)
    if qualifier == "just under":
        return float(value * 9 / 10), float(value)
    return 0.0, float(value)
