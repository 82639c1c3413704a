"""Numbers as factdiff writes them: in the reports' tables and headlines, and in notes.

format_number(number)             -> "3", "3.5", "1,500", "∞", "1.01 × 10⁴⁰⁰"; a pair as an interval
format_range(low, high)           -> an interval: "9–10", "≥ 22", "≤ 5", "any"
format_amount(value, unit)        -> a number or interval with its unit: "3 years", "12%"
format_rank(value, unit)          -> a place in a ranking: "52nd", else as an amount
with_unit(text, unit, plural=)    -> "3 years", "85 km", "12%"
ordinal(number)                   -> "1st", "22nd", "101st"

One style for every number of a report, in its tables, headlines and notes alike, so a
reader meets "1,500 soldiers" in the table and "1,500 vs 1,800" in the note: thousands
separators from 1,000 (years are dates, written by ``dates.format_date``), a fraction at
most three decimals, infinity with its sign, and a whole number of more than 30 digits
by its size.
"""

from __future__ import annotations

import math

from ..text.lexicon import words
from ..text.morphology import plural as plural_noun

__all__ = ["format_amount", "format_number", "format_range", "format_rank", "ordinal", "with_unit"]

# Past this many digits a whole number is shown by its size, "1.01 × 10⁴⁰⁰": nobody
# reads 400 digits, and a run of them would overflow its table cell.
MOST_DIGITS_SHOWN = 30
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Units written without a space and never made plural ("12%").
_SYMBOL_UNITS = words("values-symbol-units")


def format_number(number) -> str:
    """Return a number as a reader expects it; a pair (low, high) as an interval.

    >>> format_number(3.0), format_number(3.5), format_number(142000), format_number(1500)
    ('3', '3.5', '142,000', '1,500')
    >>> format_number(float("inf")), format_number(float("-inf")), format_number(0.333333)
    ('∞', '−∞', '0.333')
    >>> format_number(10**400 + 10**398), format_number(-(10**5000)), format_number(1e300)
    ('1.01 × 10⁴⁰⁰', '-1 × 10⁵⁰⁰⁰', '1 × 10³⁰⁰')
    >>> format_number((9, 10.5)), format_number((22, math.inf)), format_number(1234.5678)
    ('9–10.5', '≥ 22', '1,234.568')
    """
    if isinstance(number, tuple):
        return format_range(*number)
    if isinstance(number, int):
        whole = int(number)  # an int of any size: as a float it may overflow
    elif math.isinf(number):
        return "∞" if number > 0 else "−∞"
    elif float(number).is_integer():
        whole = int(number)
    else:
        return f"{number:,.3f}".rstrip("0").rstrip(".")
    if abs(whole) >= 10**MOST_DIGITS_SHOWN:
        return _by_size(whole)
    return f"{whole:,}"


def _by_size(whole: int) -> str:
    """Return a whole number too long to read digit by digit as its size: "1.01 × 10⁴⁰⁰".

    Its logarithm gives the size without writing out the digits, which Python refuses
    past 4,300 and which take time quadratic in their number.
    """
    size = math.log10(abs(whole))
    exponent = math.floor(size)
    mantissa = f"{10 ** (size - exponent):.3f}"
    if mantissa == "10.000":  # 9.9996 × 10ⁿ rounds up to 10ⁿ⁺¹
        mantissa, exponent = "1", exponent + 1
    sign = "-" if whole < 0 else ""
    power = str(exponent).translate(_SUPERSCRIPTS)
    return f"{sign}{mantissa.rstrip('0').rstrip('.')} × 10{power}"


def format_range(low: float, high: float) -> str:
    """Return an interval of values: both ends, one open end, or one value.

    >>> format_range(9, 10), format_range(22, math.inf), format_range(-math.inf, 5)
    ('9–10', '≥ 22', '≤ 5')
    >>> format_range(-math.inf, math.inf), format_range(3, 3.0)
    ('any', '3')
    """
    if math.isinf(high) and math.isinf(low):
        return "any"
    if math.isinf(high):
        return f"≥ {format_number(low)}"
    if math.isinf(low):
        return f"≤ {format_number(high)}"
    if low == high:
        return format_number(low)
    return f"{format_number(low)}–{format_number(high)}"


def format_amount(value, unit: str | None) -> str:
    """Return a number or an interval (a pair) with its unit, plural unless it is one.

    >>> format_amount(3, "year"), format_amount(1, "year"), format_amount((9, 10), "month")
    ('3 years', '1 year', '9–10 months')
    """
    if isinstance(value, tuple):
        low, high = value
        return with_unit(format_range(low, high), unit, plural=True)
    return with_unit(format_number(value), unit, plural=value != 1)


def format_rank(value, unit: str | None) -> str:
    """Return a place in a ranking: an ordinal when it is whole, else as an amount.

    >>> format_rank(52, None), format_rank(2.0, None), format_rank(2.5, None)
    ('52nd', '2nd', '2.5')
    """
    whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if whole and abs(value) < 10**MOST_DIGITS_SHOWN:
        return ordinal(int(value))
    return format_amount(value, unit)


def ordinal(number: int) -> str:
    """Return an English ordinal.

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 22, 52, 101)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '22nd', '52nd', '101st']
    """
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def with_unit(text: str, unit: str | None, *, plural: bool) -> str:
    """Return ``text`` followed by ``unit``, made plural when asked and it is a word.

    >>> with_unit("3", "year", plural=True), with_unit("1", "year", plural=False)
    ('3 years', '1 year')
    >>> with_unit("12", "%", plural=True), with_unit("85", "km", plural=True)
    ('12%', '85 km')
    >>> with_unit("18", "percent", plural=True)
    '18 percent'
    >>> with_unit("3", "aircraft", plural=True), with_unit("12", "batch", plural=True)
    ('3 aircraft', '12 batches')
    """
    if not unit:
        return text
    if unit in _SYMBOL_UNITS:
        return f"{text}{unit}"
    # "85 km", not "85 kms"; "18 percent" and "3 aircraft" are the pluraliser's own.
    if plural and len(unit) > 2:
        unit = plural_noun(unit)
    return f"{text} {unit}"
