"""Tests for factdiff.extract.numbers: fractions, shares and parts of a whole."""

import math

import pytest

from factdiff.extract.numbers import find_numbers
from factdiff.models import Kind


def read(text: str) -> list[tuple[str, str, object, str | None]]:
    """Return (kind, text, value, unit) for each numeric detail of ``text``."""
    return [(d.kind.value, d.text, d.value, d.unit) for d in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a quarter of the population", ("a quarter", 25, None)),
        ("A quarter of the city's buses were taken off", ("A quarter", 25, None)),
        ("half of the population", ("half", 50, None)),
        ("Half of the city's buses", ("Half", 50, None)),
        ("half the buses", ("half", 50, None)),
        ("half its staff", ("half", 50, None)),
        ("a third of the country", ("a third", 33.33, None)),
        ("two thirds of voters", ("two thirds", 66.67, None)),
        ("one-third of them", ("one-third", 33.33, None)),
        ("three-quarters of the budget", ("three-quarters", 75, None)),
        ("a fifth of adults", ("a fifth", 20, None)),
        ("two fifths of them", ("two fifths", 40, None)),
        ("a tenth of the budget", ("a tenth", 10, None)),
        ("nearly half of them", ("nearly half", (45.0, 50.0), "nearly")),
        ("more than half of the buses", ("more than half", (50.0, math.inf), "more than")),
        ("roughly a third of homes", ("roughly a third", (30.0, 36.67), "about")),
        (
            "fares will rise by roughly a third from April",
            ("roughly a third", (30.0, 36.67), "about"),
        ),
        ("sales fell by a quarter.", ("a quarter", 25, None)),
        ("cut by half", ("half", 50, None)),
    ],
)
def test_shares_of_a_whole_are_percentages(text, expected):
    (detail,) = find_numbers(text)
    assert detail.kind is Kind.QUANTITY
    assert (detail.text, detail.value, detail.qualifier, detail.unit) == (*expected, "percent")


def test_a_share_meets_a_percentage_of_the_same_size():
    (share,) = find_numbers("A quarter of the crop was lost")
    (percent,) = find_numbers("25% of the crop was lost")
    assert (share.value, share.unit) == (percent.value, percent.unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by half a percentage point", ("half a percentage point", 0.5, "percentage point")),
        (
            "by a quarter of a percentage point",
            ("a quarter of a percentage point", 0.25, "percentage point"),
        ),
        ("half a mile", ("half a mile", 0.5, "mile")),
        ("half an hour", ("half an hour", 0.5, "hour")),
        ("half a century", ("half a century", 0.5, "century")),
        ("a quarter of a century", ("a quarter of a century", 0.25, "century")),
        ("a third of a mile", ("a third of a mile", 1 / 3, "mile")),
        (
            "a quarter of a million people",
            ("a quarter of a million people", 250_000, "person"),
        ),
        ("half a dozen cities", ("half a dozen cities", 6, "city")),
        ("half a million people", ("half a million people", 500_000, "person")),
    ],
)
def test_fractions_of_a_unit_keep_the_unit(text, expected):
    (detail,) = find_numbers(text)
    assert (detail.text, detail.value, detail.unit) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the first half of the year",
        "the second half of the match",
        "the last quarter of the year",
        "the other half of the city",
        "a third time",
        "a fifth term",
        "attacked by a third party",
        "rose roughly a third",
        "the third quarter",
        "revenue for the quarter",
    ],
)
def test_parts_of_time_and_ordinals_are_not_fractions(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Twenty-five of the 240 passengers were hurt",
            [("Twenty-five", 25, "passenger"), ("240 passengers", 240, "passenger")],
        ),
        (
            "Three of its four engines failed",
            [("Three", 3, "engine"), ("four engines", 4, "engine")],
        ),
        ("two of them left", [("two", 2, None)]),
    ],
)
def test_a_part_counts_what_its_whole_counts(text, expected):
    assert [(d.text, d.value, d.unit) for d in find_numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A third of the 2,400 homes were flooded",
            [("A third", 800, "home", None), ("2,400 homes", 2400, "home", None)],
        ),
        (
            "Half of the 1,200 rooms",
            [("Half", 600, "room", None), ("1,200 rooms", 1200, "room", None)],
        ),
        (
            "a quarter of its 800 staff",
            [("a quarter", 200, "job", None), ("800 staff", 800, "job", None)],
        ),
        (
            "roughly a third of the 2,400 homes",
            [
                ("roughly a third", (720.0, 880.0), "home", "about"),
                ("2,400 homes", 2400, "home", None),
            ],
        ),
        (
            "Half of the town's 12,000 residents left",
            [("Half", 6000, "person", None), ("12,000 residents", 12_000, "person", None)],
        ),
        (
            "half the 1,200 rooms",
            [("half", 600, "room", None), ("1,200 rooms", 1200, "room", None)],
        ),
        (
            "two thirds of the 300 delegates",
            [("two thirds", 200, "delegate", None), ("300 delegates", 300, "delegate", None)],
        ),
        (
            "a third of the 1,000 homes",
            [("a third", 333.33, "home", None), ("1,000 homes", 1000, "home", None)],
        ),
        (
            "more than half of the 1,200 rooms",
            [
                ("more than half", (600.0, math.inf), "room", "more than"),
                ("1,200 rooms", 1200, "room", None),
            ],
        ),
        (
            "half of the $4bn budget",
            [("half", 2e9, "dollar", None), ("$4bn", 4e9, "dollar", None)],
        ),
        (
            "a quarter of the European Union's 28 member states",
            [("a quarter", 7, "state", None), ("28 member states", 28, "state", None)],
        ),
    ],
)
def test_a_share_of_a_counted_whole_counts_what_the_whole_counts(text, expected):
    details = find_numbers(text)
    assert all(d.kind is Kind.QUANTITY for d in details)
    assert [(d.text, d.value, d.unit, d.qualifier) for d in details] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a quarter of voters", ("a quarter", 25)),
        ("half of the city's buses", ("half", 50)),
        ("half of its 2020 profits", ("half", 50)),  # a year, not a count
        ("half of the 2,000", ("half", 50)),  # the whole counts nothing said
        ("half of the nearly 2,000 homes", ("half", 50)),
        ("half of the 40% who voted", ("half", 50)),
        ("sales fell by a third", ("a third", 33.33)),
    ],
)
def test_a_share_of_a_whole_that_is_not_counted_stays_a_percentage(text, expected):
    share = find_numbers(text)[0]
    assert (share.text, share.value, share.unit) == (*expected, "percent")


def test_a_part_of_a_possessed_whole_counts_what_the_whole_counts():
    assert read("Around 4,000 of the town's 12,000 residents") == [
        ("quantity", "Around 4,000", (3600.0, 4400.0), "person"),
        ("quantity", "12,000 residents", 12_000, "person"),
    ]
