"""Tests for factdiff.extract.numbers: vague multiples and ranges."""

import pytest

from factdiff.extract.numbers import find_numbers
from factdiff.models import Kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dozens of people", ("dozens of people", (24, 100), "person", "dozens")),
        (
            "Hundreds of Russian troops",
            ("Hundreds of Russian troops", (200, 1000), "soldier", "hundreds"),
        ),
        (
            "thousands of civilians",
            ("thousands of civilians", (2000, 10_000), "civilian", "thousands"),
        ),
        (
            "tens of thousands of people",
            ("tens of thousands of people", (20_000, 100_000), "person", "tens of thousands"),
        ),
        (
            "hundreds of thousands of refugees",
            (
                "hundreds of thousands of refugees",
                (200_000, 1_000_000),
                "refugee",
                "hundreds of thousands",
            ),
        ),
        ("millions of dollars", ("millions of dollars", (2e6, 1e7), "dollar", "millions")),
        ("billions of euros", ("billions of euros", (2e9, 1e10), "euro", "billions")),
        ("scores of civilians", ("scores of civilians", (40, 200), "civilian", "scores")),
        (
            "Tens of thousands fled",
            ("Tens of thousands", (20_000, 100_000), None, "tens of thousands"),
        ),
        ("thousands of them", ("thousands", (2000, 10_000), None, "thousands")),
    ],
)
def test_vague_multiples_give_intervals(text, expected):
    (detail,) = find_numbers(text)
    assert (detail.kind, detail.text, detail.value, detail.unit, detail.qualifier) == (
        Kind.QUANTITY,
        *expected,
    )


def test_vague_multiple_of_a_time_unit_is_a_duration():
    (detail,) = find_numbers("hundreds of years of war")
    assert (detail.kind, detail.value, detail.unit, detail.about) == (
        Kind.DURATION,
        (200, 1000),
        "year",
        "war",
    )


@pytest.mark.parametrize(
    "text", ["hundreds gathered outside", "their scores of 50", "in the 1990s", "dozens"]
)
def test_vague_words_alone_are_not_multiples(text):
    assert all(d.qualifier not in ("hundreds", "scores", "dozens") for d in find_numbers(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10-15 people", ("10-15 people", (10, 15), "person")),
        ("10–15 people", ("10–15 people", (10, 15), "person")),
        ("10 to 15 people", ("10 to 15 people", (10, 15), "person")),
        ("between 10 and 15 people", ("between 10 and 15 people", (10, 15), "person")),
        ("from 10 to 15", ("from 10 to 15", (10, 15), None)),
        ("between ten and fifteen tanks", ("between ten and fifteen tanks", (10, 15), "tank")),
        (
            "between one hundred and two hundred people",
            ("between one hundred and two hundred people", (100, 200), "person"),
        ),
        ("10-15 million people", ("10-15 million people", (10e6, 15e6), "person")),
        (
            "between 500,000 and 1 million people",
            ("between 500,000 and 1 million people", (500_000, 1e6), "person"),
        ),
        ("$10-15bn in aid", ("$10-15bn", (10e9, 15e9), "dollar")),
        ("$10m-$15m in aid", ("$10m-$15m", (10e6, 15e6), "dollar")),
        ("between $10bn and $15bn", ("between $10bn and $15bn", (10e9, 15e9), "dollar")),
        ("10-15%", ("10-15%", (10, 15), "percent")),
        ("10 to 15 per cent", ("10 to 15 per cent", (10, 15), "percent")),
        ("1900-2000 people", ("1900-2000 people", (1900, 2000), "person")),
    ],
)
def test_ranges_are_one_quantity(text, expected):
    (detail,) = find_numbers(text)
    assert (detail.text, detail.value, detail.unit, detail.qualifier) == (*expected, "range")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between three and five years", ("between three and five years", (3, 5), "year")),
        ("a 10-15-minute walk", ("10-15-minute", (10, 15), "minute")),
        ("2-3 weeks", ("2-3 weeks", (2, 3), "week")),
    ],
)
def test_ranges_of_time_units_are_durations(text, expected):
    (detail,) = find_numbers(text)
    assert detail.kind is Kind.DURATION
    assert (detail.text, detail.value, detail.unit, detail.qualifier) == (*expected, "range")


@pytest.mark.parametrize(
    "text",
    [
        "F-16",
        "2019-2022",
        "G7",
        "one of the",
        "COVID-19",
        "won 3-1",
        "a 3-1 win",
        "a 1-3 defeat",
        "a 2-2 draw",
        "the 2019-2022 period",
        "the 2014-15 season",
        "ages 18-25",
        "9-11",
    ],
)
def test_names_scores_and_years_are_not_ranges_or_quantities(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rose from 10 to 15 percent", [("10", 10, None), ("15 percent", 15, "percent")]),
        ("the toll rose sharply from 10 to 15", [("10", 10, None), ("15", 15, None)]),
        ("between 2019 and 2022", [("2019", 2019, None), ("2022", 2022, None)]),
        ("from 15 to 10 people", [("15", 15, None), ("10 people", 10, "person")]),
        ("10 to 15", [("10", 10, None), ("15", 15, None)]),
    ],
)
def test_changes_reversed_ends_and_years_are_not_ranges(text, expected):
    assert [(d.text, d.value, d.unit) for d in find_numbers(text)] == expected


def test_a_range_whose_end_is_taken_is_not_a_range():
    text = "between 2019 and 2022 people"
    assert find_numbers(text, taken=[(8, 12), (17, 21)]) == []
