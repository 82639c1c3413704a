"""Units of measure: a quantity in the base unit of its dimension, so that values compare.

measure(value, unit)  -> (the value in its dimension's base unit, the dimension), or None
dimension(unit)       -> the dimension of a unit ("length"), or None
UNITS                 -> every unit that converts: name -> Unit(dimension, size in base units)
BASE_UNITS            -> each dimension's base unit

Units are named as factdiff.extract.numbers gives them: singular and lowercase
("mile", "kilometre", "km", "square mile"); American spellings ("kilometer", "meter",
"liter") are accepted too. Plurals are not ("miles").

=========  ============  ==========================================================
dimension  base unit     units and their size in the base unit
=========  ============  ==========================================================
length     metre         kilometre, km: 1000; mile: 1609.344; metre: 1;
                         yard: 0.9144; foot: 0.3048; centimetre, cm: 0.01;
                         millimetre, mm: 0.001
mass       kilogram      tonne, ton, metric ton: 1000; kilogram, kg: 1;
                         gram: 0.001; lb: 0.45359237
area       square metre  square kilometre: 10**6; square mile: 2589988.110336;
                         hectare: 10**4; acre: 4046.8564224; square metre: 1
time       day           second: 1/86400; minute: 1/1440; hour: 1/24; day: 1;
                         week: 7; month: 365.25/12; year: 365.25; decade: 3652.5;
                         century: 36525
volume     litre         litre: 1; gallon (US): 3.785411784;
                         barrel (of oil, 42 US gallons): 158.987294928;
                         cubic metre: 1000
rate       percentage    percentage point, point: 1; basis point: 0.01
change     point
=========  ============  ==========================================================

"pound" is the currency and never a mass (the mass is "lb"); a "ton" is taken to be a
metric tonne, as news reports mostly mean. A rate change is a step of a rate in
percentage points ("cut rates by 25 basis points" = "by a quarter point" = "by 0.25
percentage points"); a bare "point" is taken to be a percentage point, as it is beside
basis points in news copy (points scored in a match fall in the same dimension, and
still compare with each other). A rate change never meets "percent": 0.25 percentage
points off a 5% rate is a 5% cut of it. This module imports nothing from the package.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BASE_UNITS", "UNITS", "Unit", "dimension", "measure"]


@dataclass(frozen=True)
class Unit:
    """A unit of measure: its dimension and how many base units one of it holds."""

    dimension: str
    size: float


BASE_UNITS = {
    "length": "metre",
    "mass": "kilogram",
    "area": "square metre",
    "time": "day",
    "volume": "litre",
    "rate change": "percentage point",
}

_MILE = 1609.344
_GALLON = 3.785411784
_DAYS_PER_YEAR = 365.25


def _units(dimension: str, sizes: dict[str, float]) -> dict[str, Unit]:
    """Return the units of one dimension, from each name to its size in the base unit."""
    return {name: Unit(dimension, size) for name, size in sizes.items()}


UNITS = {
    **_units(
        "length",
        {
            "kilometre": 1000.0, "kilometer": 1000.0, "km": 1000.0, "mile": _MILE,
            "metre": 1.0, "meter": 1.0, "yard": 0.9144, "foot": 0.3048,
            "centimetre": 0.01, "centimeter": 0.01, "cm": 0.01,
            "millimetre": 0.001, "millimeter": 0.001, "mm": 0.001,
        },
    ),
    **_units(
        "mass",
        {
            "tonne": 1000.0, "ton": 1000.0, "metric ton": 1000.0, "kilogram": 1.0,
            "kg": 1.0, "gram": 0.001, "lb": 0.45359237,
        },
    ),
    **_units(
        "area",
        {
            "square kilometre": 1e6, "square kilometer": 1e6, "square km": 1e6,
            "square mile": _MILE**2, "hectare": 1e4, "acre": 4046.8564224,
            "square metre": 1.0, "square meter": 1.0,
        },
    ),
    **_units(
        "time",
        {
            "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0,
            "week": 7.0, "month": _DAYS_PER_YEAR / 12, "year": _DAYS_PER_YEAR,
            "decade": _DAYS_PER_YEAR * 10, "century": _DAYS_PER_YEAR * 100,
        },
    ),
    **_units(
        "volume",
        {
            "litre": 1.0, "liter": 1.0, "gallon": _GALLON, "barrel": 42 * _GALLON,
            "cubic metre": 1000.0, "cubic meter": 1000.0,
        },
    ),
    **_units(
        "rate change",
        {"percentage point": 1.0, "point": 1.0, "basis point": 0.01},
    ),
}  # fmt: skip


def dimension(unit: str | None) -> str | None:
    """Return the dimension of ``unit`` ("length", "area", "rate change"...), or None.

    >>> dimension("mile"), dimension("hectare"), dimension("pound"), dimension(None)
    ('length', 'area', None, None)
    >>> dimension("basis point"), dimension("percent")
    ('rate change', None)
    """
    found = _unit(unit)
    return None if found is None else found.dimension


def measure(value: float, unit: str | None) -> tuple[float, str] | None:
    """Return the value in the base unit of its dimension and the dimension name, or None if the unit does not convert.

    >>> measure(85, "mile")
    (136794.24, 'length')
    >>> measure(2, "year"), measure(1, "barrel")[0] / measure(1, "gallon")[0]
    ((730.5, 'time'), 42.0)
    >>> measure(3, "warplane") is None, measure(3, None) is None
    (True, True)
    >>> measure(25, "basis point"), measure(0.25, "percentage point")
    ((0.25, 'rate change'), (0.25, 'rate change'))
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"value must be a number: {value!r}")
    found = _unit(unit)
    if found is None:
        return None
    return value * found.size, found.dimension


def _unit(unit: str | None) -> Unit | None:
    """Return the unit named ``unit`` (any case, outer spaces ignored), or None."""
    if unit is None:
        return None
    if not isinstance(unit, str):
        raise TypeError(f"unit must be a string or None: {unit!r}")
    return UNITS.get(unit.strip().lower())
