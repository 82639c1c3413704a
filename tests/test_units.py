"""Tests for factdiff.values.units: units of measure in the base unit of their dimension."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.extract.numbers import find_numbers
from factdiff.extract.numerals import GLUED_UNITS, SYNONYMS, TIME_UNITS
from factdiff.judge import relate
from factdiff.models import Status
from factdiff.values import BASE_UNITS, UNITS, dimension, measure


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (85, "mile", (136_794.24, "length")),
        (1, "km", (1000, "length")),
        (2.5, "kilometer", (2500, "length")),
        (3, "foot", (0.9144, "length")),
        (1, "yard", (0.9144, "length")),
        (12, "centimetre", (0.12, "length")),
        (2, "tonne", (2000, "mass")),
        (2, "ton", (2000, "mass")),
        (2, "metric ton", (2000, "mass")),
        (1, "lb", (0.45359237, "mass")),
        (500, "gram", (0.5, "mass")),
        (1, "square kilometre", (1e6, "area")),
        (1, "square mile", (2_589_988.110336, "area")),
        (100, "hectare", (1e6, "area")),
        (1, "acre", (4046.8564224, "area")),
        (86_400, "second", (1, "time")),
        (36, "hour", (1.5, "time")),
        (2, "week", (14, "time")),
        (12, "month", (365.25, "time")),
        (1, "decade", (3652.5, "time")),
        (1, "century", (36_525, "time")),
        (1, "gallon", (3.785411784, "volume")),
        (1, "barrel", (158.987294928, "volume")),
        (2, "litre", (2, "volume")),
        (25, "basis point", (0.25, "rate change")),
        (0.25, "percentage point", (0.25, "rate change")),
        (2, "point", (2, "rate change")),
    ],
)
def test_measure_converts_to_the_base_unit(value, unit, expected):
    converted, dimension_name = measure(value, unit)
    assert dimension_name == expected[1]
    assert converted == pytest.approx(expected[0], rel=1e-12)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ((1, "mile"), (1.609344, "kilometre")),
        ((1, "year"), (12, "month")),
        ((1, "barrel"), (42, "gallon")),
        ((1, "square kilometre"), (100, "hectare")),
        ((1, "square mile"), (640, "acre")),
        ((1, "tonne"), (1000, "kg")),
        ((1, "decade"), (10, "year")),
        ((3, "foot"), (1, "yard")),
        ((25, "basis point"), (0.25, "percentage point")),
        ((50, "basis point"), (0.5, "point")),
        ((100, "basis point"), (1, "percentage point")),
    ],
)
def test_equal_amounts_in_different_units_measure_the_same(a, b):
    assert measure(*a)[0] == pytest.approx(measure(*b)[0], rel=1e-12)
    assert measure(*a)[1] == measure(*b)[1]


@pytest.mark.parametrize("unit", ["pound", "warplane", "percent", "dollar", "miles", "", None])
def test_units_that_do_not_convert_give_none(unit):
    assert measure(3, unit) is None
    assert dimension(unit) is None


def test_every_unit_in_the_table_converts():
    for name, unit in UNITS.items():
        assert unit.dimension in BASE_UNITS, name
        assert unit.size > 0, name
        assert measure(1, name) == (unit.size, unit.dimension)
        assert dimension(name) == unit.dimension


def test_each_base_unit_is_in_the_table_with_size_one():
    for dimension_name, base in BASE_UNITS.items():
        assert measure(1, base) == (1, dimension_name)


def test_units_ignore_case_and_outer_spaces():
    assert measure(2, " Mile ") == measure(2, "mile")


@settings(deadline=None)
@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    st.sampled_from(sorted(UNITS)),
)
def test_measure_round_trips_through_the_base_unit(value, unit):
    converted, _ = measure(value, unit)
    assert converted / UNITS[unit].size == pytest.approx(value, rel=1e-9, abs=1e-9)


@settings(deadline=None)
@given(st.sampled_from(sorted(UNITS)), st.floats(min_value=0, max_value=1e9))
def test_measure_keeps_order(unit, value):
    assert measure(value, unit)[0] <= measure(value + 1, unit)[0]


@pytest.mark.parametrize("value", ["3", None, True, (1, 2)])
def test_measure_rejects_values_that_are_not_numbers(value):
    with pytest.raises(TypeError, match="value must be a number"):
        measure(value, "mile")  # type: ignore[arg-type]


def test_measure_rejects_units_that_are_not_strings():
    with pytest.raises(TypeError, match="unit must be a string or None: 3"):
        measure(1, 3)  # type: ignore[arg-type]


def test_measure_keeps_infinity_for_open_intervals():
    assert measure(math.inf, "mile") == (math.inf, "length")


def test_the_units_numbers_gives_convert():
    """Every time unit, glued unit and folded unit spelling that numbers.py gives converts."""
    spellings = (
        "km", "kilometer", "meter", "centimeter", "millimeter", "kg", "liter", "bp", "bps",
    )  # fmt: skip
    produced = {*TIME_UNITS.values(), *GLUED_UNITS.values(), *(SYNONYMS[s] for s in spellings)}
    for unit in produced:
        assert measure(1, unit) is not None, unit


@pytest.mark.parametrize(
    ("text", "dimension_name", "base"),
    [
        ("85 miles", "length", 136_794.24),
        ("10 km", "length", 10_000),
        ("300 square kilometres", "area", 3e8),
        ("three years", "time", 1095.75),
        ("5,000 tonnes", "mass", 5e6),
        ("2 million barrels", "volume", 2e6 * 158.987294928),
    ],
)
def test_quantities_read_from_text_measure(text, dimension_name, base):
    (detail,) = find_numbers(text)
    converted, found = measure(detail.value, detail.unit)
    assert found == dimension_name
    assert converted == pytest.approx(base, rel=1e-12)


@pytest.mark.parametrize(
    "text",
    [
        "cut rates by 25 basis points",
        "a 25bp cut",
        "a 25-basis-point cut",
        "cut rates by a quarter point",
        "a quarter-point cut",
        "by a quarter of a percentage point",
        "by 0.25 percentage points",
    ],
)
def test_rate_changes_read_from_text_measure_in_percentage_points(text):
    (detail,) = find_numbers(text)
    assert measure(detail.value, detail.unit) == pytest.approx((0.25, "rate change"))


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("cut rates by 25 basis points", "cut rates by a quarter point", Status.SAME),
        ("cut rates by 25 basis points", "by 0.25 percentage points", Status.SAME),
        ("raised rates by 50 basis points", "raised rates by half a percentage point", Status.SAME),
        ("raised rates by 50 basis points", "raised rates by a quarter point", Status.DIFFERENT),
    ],
)
def test_basis_points_and_percentage_points_compare(a, b, status):
    (first,), (second,) = find_numbers(a), find_numbers(b)
    assert relate(first, second)[0] is status


@pytest.mark.parametrize("unit", ["percent", "basis points", "percentage points"])
def test_percentages_and_plurals_are_not_rate_changes(unit):
    assert dimension(unit) is None
