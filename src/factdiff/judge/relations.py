"""How two details relate: whether they describe the same thing, and if so how they compare.

detail_slot(detail)  -> the name of what a detail describes (``factdiff.values.detail_slot``)
meets(a, b)          -> whether two details of one slot describe the same thing
relate(a, b)         -> (Status, note): same, compatible or different, and how far apart
comparable(detail)   -> a detail's value as an interval on its dimension's base scale
gap(a, b)            -> a rough relative distance between two details' values, for pairing
distance_note(a, b)  -> how far apart two numeric details are: "differ by 0.5 years (3 vs 3.5)"

How quotes and attributions relate is ``speech.py``; the table holds every rule. The
tolerances, all explicit:

==============  ======================================================================
details         rule
==============  ======================================================================
numbers         equal values are ``same``. A qualified value is an interval ("nearly
                10" is [9, 10], "about 1,000" is ±10%, "at least 22" is [22, ∞)):
                intervals that overlap are ``compatible``, except two floors or two
                ceilings at different levels ("at least 22" vs "at least 89"): each
                outlet reports a different figure. Two exact values that differ are
                ``different``, with a note when they are within 5% of each other that
                one may be rounded.
units           values in different units are converted (``values/units.py``: 85 miles is
                136.8 km; 18 months is 1.5 years) and agree within 1%, the rounding of
                a conversion.
durations       meet only when they measure the same event ("three years" since the
                last visit never meets "ten months" of war) or one event is unknown.
dates           equal values are ``same``; one inside the other ("December 19" in
                "December 2022", "last week" around "December 14") is ``compatible``;
                dates that do not overlap are ``different``. A weekday is compatible
                with a date that falls on it.
quotes          the same words are ``same`` (quote marks, case and punctuation aside);
                one quote inside the other (or its parts around an ellipsis) is
                ``compatible``; quotes that share most words or are both a few words
                long ("escalating" vs "deteriorating") but differ are ``different``;
                unrelated quotes never meet.
attribution     the same source after folding ("the ISW" = "Institute for the Study of
                War", "Kyiv" = "Ukraine", "Moshes" = "Arkady Moshes") is ``same``; an
                unnamed source ("officials") or a name inside the other is
                ``compatible``; two named sources that differ are ``different``; an
                unresolved pronoun never meets.
certainty       the same certainty is ``same``; "will" vs "may" is ``compatible`` with
                a note: a difference in certainty, not a contradiction.
==============  ======================================================================
"""

from __future__ import annotations

import datetime as dt
import math

from ..models import Detail, Kind, Status
from ..text.morphology import plural
from ..values import WEEKDAYS, date_precision, date_span, detail_slot, format_number, measure
from .speech import (
    PRONOUNS,
    different_speakers,
    relate_quotes,
    relate_sources,
    same_quote,
    source_key,
)

__all__ = ["comparable", "detail_slot", "distance_note", "gap", "meets", "relate"]

# Two exact values this close (relative difference) may be a rounded and a precise figure.
SMALL_DIFFERENCE = 0.05
# Values converted from different units agree within this relative difference.
CONVERSION_TOLERANCE = 0.01
# Two equal values may differ by float noise only.
EQUAL_TOLERANCE = 1e-9


def meets(a: Detail, b: Detail) -> bool:
    """Return whether two details of one slot describe the same thing and may be compared.

    >>> war = Detail(Kind.DURATION, "ten months", 0, 10, 10, "month", about="war")
    >>> visit = Detail(Kind.DURATION, "three years", 0, 11, 3, "year", about="visit")
    >>> meets(war, visit), meets(war, Detail(Kind.DURATION, "a year", 0, 6, 1, "year"))
    (False, True)
    """
    if {a.kind, b.kind} <= {Kind.DATE, Kind.WEEKDAY}:
        return _dates_meet(a, b)
    if a.kind is Kind.RANK and b.kind is Kind.RANK:
        return _agree_or_unknown(a.about, b.about) and _agree_or_unknown(a.unit, b.unit)
    if a.kind is Kind.DURATION and b.kind is Kind.DURATION:
        return _agree_or_unknown(a.about, b.about)
    if a.kind is Kind.QUOTE and b.kind is Kind.QUOTE:
        return not different_speakers(a, b) and same_quote(str(a.value), str(b.value))
    if a.kind is Kind.ATTRIBUTION and b.kind is Kind.ATTRIBUTION:
        return not ({source_key(str(a.value)), source_key(str(b.value))} & PRONOUNS)
    return True


def _agree_or_unknown(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def relate(a: Detail, b: Detail) -> tuple[Status, str]:
    """Return how two details of the same slot relate, and a note saying how far apart they are.

    >>> three = Detail(Kind.DURATION, "three years", 0, 11, 3, "year")
    >>> relate(three, Detail(Kind.DURATION, "three and a half years", 0, 22, 3.5, "year"))
    (<Status.DIFFERENT: 'different'>, 'differ by 0.5 years (3 vs 3.5)')
    >>> relate(Detail(Kind.WEEKDAY, "Monday", 0, 6, "Monday"),
    ...        Detail(Kind.DATE, "December 19, 2022", 0, 17, "2022-12-19"))
    (<Status.COMPATIBLE: 'compatible'>, '2022-12-19 was a Monday')
    >>> relate(Detail(Kind.QUANTITY, "85 miles", 0, 8, 85, "mile"),
    ...        Detail(Kind.QUANTITY, "137 km", 0, 6, 137, "kilometre"))
    (<Status.COMPATIBLE: 'compatible'>, '85 miles ≈ 137 kilometres')
    """
    kinds = {a.kind, b.kind}
    if kinds <= {Kind.DATE, Kind.WEEKDAY}:
        return _relate_when(a, b)
    if kinds == {Kind.QUOTE}:
        return relate_quotes(str(a.value), str(b.value))
    if kinds == {Kind.ATTRIBUTION}:
        return relate_sources(a, b)
    if kinds == {Kind.MODALITY}:
        return _relate_certainty(a, b)
    return _relate_numbers(a, b)


# --- numbers -------------------------------------------------------------------------------


def comparable(detail: Detail) -> tuple[float, float]:
    """Return a detail's value as an interval on its dimension's base scale (durations in days)."""
    low, high = _interval(detail)
    scale = _scale(detail)
    return low * scale, high * scale


def _scale(detail: Detail) -> float:
    """Return the size of one of the detail's units in its dimension's base unit, or 1."""
    converted = measure(1.0, detail.unit) if detail.unit else None
    return converted[0] if converted else 1.0


def _interval(detail: Detail) -> tuple[float, float]:
    value = detail.value
    if isinstance(value, tuple):
        return float(value[0]), float(value[1])
    return float(value), float(value)


def _relate_numbers(a: Detail, b: Detail) -> tuple[Status, str]:
    low_a, high_a = comparable(a)
    low_b, high_b = comparable(b)
    if _close(low_a, low_b) and _close(high_a, high_b):
        return Status.SAME, ""
    converted = a.unit != b.unit
    tolerance = CONVERSION_TOLERANCE if converted else EQUAL_TOLERANCE
    if converted and _close(low_a, low_b, tolerance) and _close(high_a, high_b, tolerance):
        return Status.COMPATIBLE, f"{_amount(a)} ≈ {_amount(b)}"
    bound = _bounds_differ(a, b, (low_a, high_a), (low_b, high_b), tolerance)
    if bound:
        return Status.DIFFERENT, f"{bound}: “{a.text}” vs “{b.text}”"
    if low_a <= high_b * (1 + tolerance) and low_b <= high_a * (1 + tolerance):
        return Status.COMPATIBLE, "ranges overlap"
    note = distance_note(a, b)
    exact = not isinstance(a.value, tuple) and not isinstance(b.value, tuple)
    if exact and gap(a, b) <= SMALL_DIFFERENCE:
        note += "; a small difference: one figure may be rounded"
    return Status.DIFFERENT, note


def _bounds_differ(
    a: Detail, b: Detail, span_a: tuple[float, float], span_b: tuple[float, float], tolerance: float
) -> str:
    """Return what differs when two figures are both floors ("at least 22" vs "at least 89")
    or both ceilings ("up to 1.6 million" vs "as many as 1.5 million") at different levels,
    else "".

    The ranges overlap, yet each outlet reports a different figure: a toll that rose, or
    two counts of one thing (bench/LABELLING.md, section 4).
    """
    if not (isinstance(a.value, tuple) and isinstance(b.value, tuple)):
        return ""
    (low_a, high_a), (low_b, high_b) = span_a, span_b
    if math.isinf(high_a) and math.isinf(high_b) and not _close(low_a, low_b, tolerance):
        return "each outlet reports a different floor"
    ceilings = low_a <= 0 and low_b <= 0 and a.qualifier == b.qualifier == "up to"
    if ceilings and not _close(high_a, high_b, tolerance):
        return "each outlet reports a different ceiling"
    return ""


def gap(a: Detail, b: Detail) -> float:
    """Return a rough relative distance between two details' values, for pairing."""
    try:
        low_a, high_a = comparable(a)
        low_b, high_b = comparable(b)
    except (TypeError, ValueError):
        return 0.0 if str(a.value) == str(b.value) else 1.0
    middle_a, middle_b = _middle(low_a, high_a), _middle(low_b, high_b)
    return abs(middle_a - middle_b) / max(abs(middle_a), abs(middle_b), 1e-9)


def _middle(low: float, high: float) -> float:
    return low if math.isinf(high) else (low + high) / 2


def _close(a: float, b: float, tolerance: float = EQUAL_TOLERANCE) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1)


def distance_note(a: Detail, b: Detail) -> str:
    """Say how far apart two numeric details are, in the first one's unit."""
    low_a, high_a = comparable(a)
    low_b, high_b = comparable(b)
    distance = abs(_middle(low_a, high_a) - _middle(low_b, high_b)) / _scale(a)
    if a.unit == "percent":
        unit = " percentage points"
    elif a.unit and a.kind is not Kind.RANK:
        unit = f" {plural(a.unit)}"
    else:
        unit = ""
    values = f"{format_number(a.value)} vs {format_number(b.value)}"
    if a.unit != b.unit and b.unit:
        values = f"{_amount(a)} vs {_amount(b)}"
    return f"differ by {format_number(distance)}{unit} ({values})"


def _amount(detail: Detail) -> str:
    """Return a value with its unit as a note writes it: "85 miles", any unit made plural."""
    unit = f" {plural(detail.unit)}" if detail.unit else ""
    return f"{format_number(detail.value)}{unit}"


# --- dates ---------------------------------------------------------------------------------

# Dates that do not overlap meet when at most this many steps apart in precision: a day
# meets a month ("1 July 2026" / "January 2026"), a month a year, never a day a year.
_PRECISION_GAP = 2


def _dates_meet(a: Detail, b: Detail) -> bool:
    """Return whether two dates (or weekdays) may be about the same moment.

    Dates of a statement ("warned in recent days") meet only dates of a statement. Dates
    that overlap always meet; dates that do not meet only when they are about as
    precise ("in 2019" / "in 2020", "June" / "1 July"): a sentence's "2020 protests" is
    no rival to another's "December 19, 2022".
    """
    if a.about != b.about:
        return False  # when a claim was made never meets when its event happens
    if Kind.WEEKDAY in (a.kind, b.kind):
        return True
    first, second = str(a.value), str(b.value)
    span_a, span_b = date_span(first), date_span(second)
    if span_a and span_b and span_a[0] <= span_b[1] and span_b[0] <= span_a[1]:
        return True
    precision_a, precision_b = date_precision(first), date_precision(second)
    if precision_a is None or precision_b is None:
        return False
    return abs(precision_a - precision_b) <= _PRECISION_GAP


def _relate_when(a: Detail, b: Detail) -> tuple[Status, str]:
    """Relate two dates, two weekdays, or a date and a weekday."""
    if a.kind is Kind.WEEKDAY and b.kind is Kind.WEEKDAY:
        if a.value == b.value:
            return Status.SAME, ""
        return Status.DIFFERENT, f"{a.value} vs {b.value}"
    if a.kind is Kind.WEEKDAY or b.kind is Kind.WEEKDAY:
        weekday, date = (a, b) if a.kind is Kind.WEEKDAY else (b, a)
        return _relate_weekday(str(weekday.value), str(date.value))
    first, second = str(a.value), str(b.value)
    if first == second:
        return Status.SAME, ""
    span_a, span_b = date_span(first), date_span(second)
    if span_a is None or span_b is None:
        if _partial_dates_agree(first, second):
            return Status.COMPATIBLE, "one date is less precise"
        return Status.DIFFERENT, f"{first} vs {second}"
    if span_a == span_b:
        return Status.SAME, ""
    if _inside(span_a, span_b) or _inside(span_b, span_a):
        return Status.COMPATIBLE, "one date is less precise"
    if span_a[0] <= span_b[1] and span_b[0] <= span_a[1]:
        return Status.COMPATIBLE, "the periods overlap"
    apart = min(abs((span_a[0] - span_b[1]).days), abs((span_b[0] - span_a[1]).days))
    return Status.DIFFERENT, f"{first} vs {second}, {apart} day{'s' if apart != 1 else ''} apart"


def _relate_weekday(weekday: str, date: str) -> tuple[Status, str]:
    span = date_span(date)
    if span is None:
        return Status.COMPATIBLE, f"{date} may fall on a {weekday}"
    first, last = span
    if first == last:
        actual = WEEKDAYS[first.weekday()]
        if actual == weekday:
            return Status.COMPATIBLE, f"{date} was a {actual}"
        return Status.DIFFERENT, f"{date} was a {actual}, not a {weekday}"
    if (last - first).days >= 6 or any(
        WEEKDAYS[(first + dt.timedelta(days=n)).weekday()] == weekday
        for n in range((last - first).days + 1)
    ):
        return Status.COMPATIBLE, f"{date} includes a {weekday}"
    return Status.DIFFERENT, f"{date} has no {weekday}"


def _inside(inner: tuple[dt.date, dt.date], outer: tuple[dt.date, dt.date]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _partial_dates_agree(a: str, b: str) -> bool:
    """Tell whether two ISO dates, one without its year, can name the same day.

    >>> _partial_dates_agree("2022-12-19", "--12-19"), _partial_dates_agree("--12", "2022-12-19")
    (True, True)
    >>> _partial_dates_agree("--12-19", "2022-12-20")
    False
    """
    if not (a.startswith("--") or b.startswith("--")):
        return a.startswith(b) or b.startswith(a)
    partial, other = (a, b) if a.startswith("--") else (b, a)
    month_day = partial[2:]
    if other.startswith("--"):
        return other[2:].startswith(month_day) or month_day.startswith(other[2:])
    return other[5:].startswith(month_day) or (len(other) == 7 and month_day.startswith(other[5:]))


# --- certainty -----------------------------------------------------------------------------


def _relate_certainty(a: Detail, b: Detail) -> tuple[Status, str]:
    if a.value == b.value:
        return Status.SAME, ""
    return (
        Status.COMPATIBLE,
        f"certainty differs: {a.qualifier or a.value} ({a.value}) vs "
        f"{b.qualifier or b.value} ({b.value})",
    )
