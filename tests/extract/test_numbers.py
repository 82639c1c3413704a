"""Tests for factdiff.extract.numbers: number words, quantities, durations."""

import datetime as dt
import math
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.extract import extract_details
from factdiff.extract.numbers import (
    EVENTS,
    SYNONYMS,
    duration_event,
    find_numbers,
    parse_number,
    singular,
)
from factdiff.extract.numerals import MAX_DIGITS, plural
from factdiff.models import Kind


def read(text: str) -> list[tuple[str, str, object, str | None]]:
    """Return (kind, text, value, unit) for each numeric detail of ``text``."""
    return [(d.kind.value, d.text, d.value, d.unit) for d in find_numbers(text)]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("three and a half", 3.5),
        ("twenty-five", 25),
        ("two hundred and forty", 240),
        ("1,200", 1200),
        ("1.2 million", 1_200_000),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("a quarter", 0.25),
        ("ten", 10),
        ("Three", 3),
        ("a hundred and fifty", 150),
        ("nineteen hundred", 1900),
        ("five hundred and twenty-five thousand", 525_000),
        ("4bn", 4_000_000_000),
        ("three quarters", 0.75),
        ("one and a half", 1.5),
        ("a half", 0.5),
        # The scale multiplies the whole number before it; a half after it is of the scale.
        ("two and a half million", 2_500_000),
        ("one and a quarter billion", 1_250_000_000),
        ("a million and a half", 1_500_000),
        ("two million and a half", 2_500_000),
        ("a dozen and a half", 18),
    ],
)
def test_parse_number_reads_words_and_digits(words, value):
    assert parse_number(words) == value


def test_parse_number_returns_int_when_whole():
    assert isinstance(parse_number("1.0 million"), int)
    assert isinstance(parse_number("three and a half"), float)


@pytest.mark.parametrize(
    "words",
    [
        "",
        "warplanes",
        "two three",
        "twenty twenty",
        "and",
        "a",
        "hundred and",
        "1,20",
        "one hundred and two hundred",
    ],
)
def test_parse_number_rejects_non_numbers(words):
    assert parse_number(words) is None


def test_parse_number_rejects_non_strings():
    with pytest.raises(TypeError, match="words must be a string: 3"):
        parse_number(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("noun", "one"),
    [
        ("warplanes", "warplane"),
        ("people", "person"),
        ("countries", "country"),
        ("boxes", "box"),
        ("years", "year"),
        ("percent", "percent"),
        ("Russian-backed", "russian-backed"),
        ("aircraft", "aircraft"),
        ("aircrafts", "aircraft"),
        ("batches", "batch"),
        ("batchs", "batch"),
        ("buses", "bus"),
        ("viruses", "virus"),
    ],
)
def test_singular(noun, one):
    assert singular(noun) == one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three Russian warplanes and an airborne",
            [("quantity", "Three Russian warplanes", 3, "aircraft")],
        ),
        ("just 85 miles from the border", [("quantity", "85 miles", 85, "mile")]),
        ("1,200 people", [("quantity", "1,200 people", 1200, "person")]),
        ("30% of them", [("quantity", "30%", 30, "percent")]),
        ("3 per cent", [("quantity", "3 per cent", 3, "percent")]),
        ("$4bn in aid", [("quantity", "$4bn", 4_000_000_000, "dollar")]),
        ("£5m", [("quantity", "£5m", 5_000_000, "pound")]),
        ("1.2 million people", [("quantity", "1.2 million people", 1_200_000, "person")]),
        ("the two leaders have", [("quantity", "two leaders", 2, "leader")]),
        ("half a dozen cities", [("quantity", "half a dozen cities", 6, "city")]),
        ("an 85-mile border", [("quantity", "85-mile", 85, "mile")]),
        ("for 85 of them", [("quantity", "85", 85, None)]),
        ("One Russian soldier died", [("quantity", "One Russian soldier", 1, "soldier")]),
        (
            "two and a half million voters",
            [("quantity", "two and a half million voters", 2_500_000, "voter")],
        ),
        (
            "a million and a half people",
            [("quantity", "a million and a half people", 1_500_000, "person")],
        ),
        # A glued "m" is million before a plural noun or after a currency, else metres.
        ("3.4m vehicles", [("quantity", "3.4m vehicles", 3_400_000, "vehicle")]),
        ("10m people", [("quantity", "10m people", 10_000_000, "person")]),
        ("the 100m final", []),
        ("a 10m-long wall", []),
        ("three aircrafts", [("quantity", "three aircrafts", 3, "aircraft")]),
        ("12 batchs", [("quantity", "12 batchs", 12, "batch")]),
        ("4 buses", [("quantity", "4 buses", 4, "bus")]),
    ],
)
def test_quantities_count_the_head_noun(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "after three and a half years attracted",
            [("duration", "three and a half years", 3.5, "year")],
        ),
        ("for ten months", [("duration", "ten months", 10, "month")]),
        ("his first visit in three years", [("duration", "three years", 3, "year")]),
        ("a three-year sentence", [("duration", "three-year", 3, "year")]),
        ("half an hour", [("duration", "half an hour", 0.5, "hour")]),
        (
            "2.5 hours and 45 minutes",
            [("duration", "2.5 hours", 2.5, "hour"), ("duration", "45 minutes", 45, "minute")],
        ),
        (
            "3 weeks or one day",
            [("duration", "3 weeks", 3, "week"), ("duration", "one day", 1, "day")],
        ),
        ("two decades", [("duration", "two decades", 2, "decade")]),
        # Reuters writes three and a half "3-1/2".
        ("served 3-1/2 years", [("duration", "3-1/2 years", 3.5, "year")]),
        ("a 2-3/4-hour wait", [("duration", "2-3/4-hour", 2.75, "hour")]),
        (
            "between 1-1/2 and 2-1/2 years",
            [("duration", "between 1-1/2 and 2-1/2 years", (1.5, 2.5), "year")],
        ),
        ("3-3/2 years", []),  # no fraction of a whole: read as no number, as before
        ("3-1/2/4 years", []),
    ],
)
def test_durations_keep_the_unit_as_written(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "qualifier", "interval"),
    [
        ("nearly 10 years", "nearly", (9.0, 10.0)),
        ("almost 10 years", "nearly", (9.0, 10.0)),
        ("about 100 tanks", "about", (90.0, 110.0)),
        ("around 100 tanks", "about", (90.0, 110.0)),
        ("roughly 100 tanks", "about", (90.0, 110.0)),
        ("at least 5 jets", "at least", (5.0, math.inf)),
        ("more than 1,200 people", "more than", (1200.0, math.inf)),
        ("over 20 ships", "more than", (20.0, math.inf)),
        ("up to 30 drones", "up to", (0.0, 30.0)),
        ("fewer than 7 boats", "less than", (0.0, 7.0)),
        ("less than 7 boats", "less than", (0.0, 7.0)),
        ("no more than 7 boats", "up to", (0.0, 7.0)),
        ("no fewer than 20 people", "at least", (20.0, math.inf)),
        ("no less than 20 tonnes", "at least", (20.0, math.inf)),
        ("just over 1,000 people", "just over", (1000.0, 1100.0)),
        ("slightly more than 50 tanks", "just over", (50.0, 55.0)),
        ("a little more than 50 tanks", "just over", (50.0, 55.0)),
        ("just under 20 boats", "just under", (18.0, 20.0)),
        ("just shy of 20 boats", "just under", (18.0, 20.0)),
        ("slightly less than 20 boats", "just under", (18.0, 20.0)),
    ],
)
def test_qualifiers_give_intervals(text, qualifier, interval):
    (detail,) = find_numbers(text)
    assert (detail.text, detail.qualifier, detail.value) == (text, qualifier, interval)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eight years and eight months", ("eight years and eight months", 8.6667, "year")),
        ("three years and two months", ("three years and two months", 3.1667, "year")),
        ("a year and a half", ("a year and a half", 1.5, "year")),
        ("two years and a quarter", ("two years and a quarter", 2.25, "year")),
        ("an hour and a half", ("an hour and a half", 1.5, "hour")),
        ("two hours and 30 minutes", ("two hours and 30 minutes", 2.5, "hour")),
        ("a week and three days", ("a week and three days", 1.4286, "week")),
        ("a year and two weeks", ("a year and two weeks", 1.0383, "year")),
    ],
)
def test_compound_durations_are_one_duration_in_the_larger_unit(text, expected):
    (detail,) = find_numbers(text)
    assert detail.kind is Kind.DURATION
    assert (detail.text, detail.value, detail.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.5 hours and 45 minutes", ["2.5 hours", "45 minutes"]),
        ("two days and 30 hours", ["two days", "30 hours"]),
        ("a year and 14 months", ["a year", "14 months"]),
        ("two years and three people", ["two years", "three people"]),
        ("three months and two years", ["three months", "two years"]),
    ],
)
def test_parts_that_do_not_fit_their_unit_are_two_details(text, expected):
    assert [d.text for d in find_numbers(text)] == expected


def test_a_qualifier_applies_to_the_whole_compound_duration():
    (detail,) = find_numbers("nearly two years and three months")
    assert (detail.value, detail.unit, detail.qualifier) == ((2.025, 2.25), "year", "nearly")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A year of fighting", ("A year", 1, "year", None)),
        ("an hour later", ("an hour", 1, "hour", None)),
        ("wait a fortnight for the result", ("a fortnight", 2, "week", None)),
        ("two fortnights", ("two fortnights", 4, "week", None)),
        ("nearly a fortnight", ("nearly a fortnight", (1.8, 2.0), "week", "nearly")),
        ("nearly a decade", ("nearly a decade", (0.9, 1.0), "decade", "nearly")),
        ("just over a year", ("just over a year", (1.0, 1.1), "year", "just over")),
        ("just under a month", ("just under a month", (0.9, 1.0), "month", "just under")),
        ("a little over a week", ("a little over a week", (1.0, 1.1), "week", "just over")),
        ("two centuries", ("two centuries", 2, "century", None)),
        ("a quarter century", ("a quarter century", 0.25, "century", None)),
    ],
)
def test_a_time_unit_after_a_or_an_is_one_of_it(text, expected):
    (detail,) = find_numbers(text)
    assert detail.kind is Kind.DURATION
    assert (detail.text, detail.value, detail.unit, detail.qualifier) == expected


@pytest.mark.parametrize(
    "text",
    [
        "twice a year",
        "once a week",
        "three times a day",
        "$5bn a year",
        "1.2 million barrels a day",
        "100 a day",
        "a year-long war",
    ],
)
def test_rates_are_not_durations(text):
    assert [d for d in find_numbers(text) if d.kind is Kind.DURATION] == []


@pytest.mark.parametrize(
    ("text", "unit", "low", "high"),
    [
        ("nearly a week", "week", 6 / 7, 1.0),  # six days is nearly a week
        ("about a week", "week", 6 / 7, 8 / 7),
        ("almost a month", "month", 1 - 7 / (365.25 / 12), 1.0),
        ("nearly ten months", "month", 9.0, 10.0),  # large counts keep the 10%
        ("about 100 days", "day", 90.0, 110.0),
        ("nearly a year", "year", 0.9, 1.0),  # a month is less than 10% of a year
    ],
)
def test_nearly_and_about_allow_one_smaller_unit(text, unit, low, high):
    (detail,) = find_numbers(text)
    assert detail.unit == unit
    assert detail.value == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The heatwave is now in its third week.",
            ("in its third week", (2.0, 3.0), "week", None),
        ),
        (
            "as the war enters its tenth month",
            ("its tenth month", (9.0, 10.0), "month", "war"),
        ),
        (
            "the drought, now into its second year",
            ("into its second year", (1.0, 2.0), "year", "drought"),
        ),
        ("in the second year of the war", ("in the second year", (1.0, 2.0), "year", "war")),
        ("the siege, in its 20th day", ("in its 20th day", (19.0, 20.0), "day", "siege")),
        ("in its second fortnight", ("in its second fortnight", (2.0, 4.0), "week", None)),
    ],
)
def test_an_ordinal_time_unit_is_the_interval_it_runs_through(text, expected):
    (detail,) = find_numbers(text)
    assert (detail.kind, detail.qualifier) == (Kind.DURATION, "ordinal")
    assert (detail.text, detail.value, detail.unit, detail.about) == expected


@pytest.mark.parametrize(
    "text",
    [
        "in the first week of March",
        "the first weeks of the offensive",
        "in its first year-long review",
        "in its third quarter",
    ],
)
def test_ordinal_time_units_that_are_dates_or_parts_are_not_durations(text):
    assert [d for d in find_numbers(text) if d.kind is Kind.DURATION] == []


def test_qualified_duration_stays_a_duration():
    (detail,) = find_numbers("for nearly ten months")
    assert (detail.kind, detail.value, detail.unit) == (Kind.DURATION, (9.0, 10.0), "month")


def test_at_least_without_a_number_is_nothing():
    assert find_numbers("at least a hypothetical possibility") == []


@pytest.mark.parametrize(
    "text",
    [
        "No one knows",
        "one of them said",
        "one another",
        "the first half",
        "an airborne early warning",
        "The F-16 and G7 and COVID-19 and Su-25",
        "at 10:30 and 24/7",
        "in the 1990s",
        "the war.[1] However",
        "once again",
    ],
)
def test_not_quantities(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No casualties were reported after the strike.", ("No casualties", "casualty")),
        ("there were no injuries", ("no injuries", "injury")),
        ("no serious injuries were reported", ("no serious injuries", "injury")),
        ("no Russian soldiers were killed", ("no Russian soldiers", "soldier")),
        ("they had no children", ("no children", "child")),
        ("zero casualties", ("zero casualties", "casualty")),
        ("no one was hurt", ("no one", "person")),
        ("No one was seriously injured.", ("No one", "person")),
        ("No one has been charged.", ("No one", "person")),
        ("Nobody died in the fire.", ("Nobody", "person")),
        ("none of the passengers were injured", ("none of the passengers", "passenger")),
    ],
)
def test_zero_counts_are_quantities(text, expected):
    (detail,) = find_numbers(text)
    assert (detail.kind, detail.value) == (Kind.QUANTITY, 0)
    assert (detail.text, detail.unit) == expected


def test_none_of_a_count_leaves_the_count():
    assert read("none of the 240 passengers") == [("quantity", "240 passengers", 240, "passenger")]


def test_zero_meets_a_count_of_the_same_thing():
    (none,) = find_numbers("No casualties were reported")
    (two,) = find_numbers("Two casualties were reported")
    assert (none.unit, none.value) == (two.unit, 0)
    assert two.value == 2


@pytest.mark.parametrize(
    "text",
    [
        "he is no longer in office",
        "there is no doubt",
        "there were no hints that he would go",
        "there are no plans to visit",
        "no signs of damage",
        "no reports of injuries",
        "the talks produced no results",
        "no news from the front",
        "No one knows what happened.",
        "No one is above the law.",
        "no one was available for comment",
        "No one has claimed responsibility",
        "No group has claimed responsibility",
        "none of them survived",
        "a no-fly zone",
        "zero tolerance",
    ],
)
def test_no_without_a_counted_plural_is_no_zero(text):
    assert [d for d in find_numbers(text) if d.value == 0] == []


def test_taken_spans_are_skipped():
    text = "on December 19, 2022 two people"
    assert read(text) == read(text)
    details = find_numbers(text, taken=[(3, 20)])
    assert [(d.text, d.value) for d in details] == [("two people", 2)]


def test_offsets_match_the_text():
    text = "Nearly 10 soldiers, about 100 tanks, and $4bn in 3 weeks ranked 2nd."
    for detail in find_numbers(text):
        assert text[detail.start : detail.end] == detail.text


def test_quantities_do_not_overlap_and_keep_order():
    text = "dozens of troops, 10-15 jets, between 3 and 5 years of war and $4bn"
    details = find_numbers(text)
    assert [d.text for d in details] == [
        "dozens of troops",
        "10-15 jets",
        "between 3 and 5 years",
        "$4bn",
    ]
    for before, after in pairwise(details):
        assert before.end <= after.start


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
    "text", ["hundreds were killed", "their scores of 50", "in the 1990s", "dozens"]
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
    ("text", "expected"),
    [
        ("30%", ("30%", 30, "percent")),
        ("30 per cent", ("30 per cent", 30, "percent")),
        ("30 percent", ("30 percent", 30, "percent")),
        ("30 pct", ("30 pct", 30, "percent")),
        ("$4bn", ("$4bn", 4e9, "dollar")),
        ("$4 billion", ("$4 billion", 4e9, "dollar")),
        ("€1.2m", ("€1.2m", 1.2e6, "euro")),
        ("£300 million", ("£300 million", 3e8, "pound")),
        ("4 billion dollars", ("4 billion dollars", 4e9, "dollar")),
        ("4 billion US dollars", ("4 billion US dollars", 4e9, "dollar")),
        ("US$4bn in aid", ("US$4bn", 4e9, "dollar")),
        ("300 million euros", ("300 million euros", 3e8, "euro")),
        ("100 rubles", ("100 rubles", 100, "rouble")),
    ],
)
def test_percentages_and_money(text, expected):
    (detail,) = find_numbers(text)
    assert (detail.text, detail.value, detail.unit) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("three Russian warplanes", "aircraft"),
        ("five fighter jets", "aircraft"),
        ("two fighter-jets", "aircraft"),
        ("40 planes", "aircraft"),
        ("12 aircraft", "aircraft"),
        ("3,000 troops", "soldier"),
        ("3,000 Russian soldiers", "soldier"),
        ("12 servicemen", "soldier"),
        ("200 Wagner fighters", "fighter"),
        ("300 casualties", "casualty"),
        ("300 deaths", "death"),
        ("300 square kilometres", "square kilometre"),
        ("300 sq km", "square kilometre"),
        ("5 square miles", "square mile"),
        ("10 km", "kilometre"),
        ("10km", "kilometre"),
        ("5 kilometers", "kilometre"),
        ("5 meters", "metre"),
        ("two US officials", "official"),
    ],
)
def test_head_nouns_fold_synonyms_and_drop_adjectives(text, unit):
    (detail,) = find_numbers(text)
    assert detail.unit == unit


def test_synonyms_fold_to_names_that_are_not_folded_again():
    assert not set(SYNONYMS.values()) & set(SYNONYMS)


@pytest.mark.parametrize(
    ("text", "duration", "event"),
    [
        ("ten months into the war", "ten months", "war"),
        ("his first visit in three years", "three years", "visit"),
        (
            "Putin’s visit to the Belarusian President in Minsk after three and a half years "
            "attracted attention",
            "three and a half years",
            "visit",
        ),
        (
            "Thus, although Lukashenko has managed to stay out of the war for ten months, "
            "there are questions about his ability to do so.",
            "ten months",
            "war",
        ),
        (
            "Putin will fly to Belarus on Monday, his first visit in three years, amid "
            "speculations that he might pressure his war ally",
            "three years",
            "visit",
        ),
        ("ten months of heavy fighting in the east", "ten months", "war"),
        ("two years of Lukashenko's rule", "two years", "rule"),
        ("nearly 10 years of the pandemic", "nearly 10 years", "pandemic"),
        ("after the talks, three years of conflict", "three years", "war"),
        ("a three-year prison sentence", "three-year", "sentence"),
        ("a four-year term", "four-year", "term"),
        ("a 10-day visit", "10-day", "visit"),
        ("a cease-fire lasting 30 days", "30 days", "ceasefire"),
        ("the truce, which lasted two weeks", "two weeks", "ceasefire"),
        ("the lockdown, which began in March, lasted 3 weeks", "3 weeks", "lockdown"),
        ("the conflict that has lasted nine years", "nine years", "war"),
        ("the invasion began two weeks ago", "two weeks", "war"),
        ("sanctions imposed for 10 years", "10 years", "sanction"),
        ("the anti-war protests lasted two weeks", "two weeks", "protest"),
        ("sentenced to five years in prison", "five years", "detention"),
        ("the war has gone on for ten months; talks lasted three days", "three days", "talks"),
        ("the war has gone on for ten months; talks lasted three days", "ten months", "war"),
        ("10-15 years of war", "10-15 years", "war"),
        ("the negotiations took 12 hours", "12 hours", "talks"),
        ("The project was delayed by six months because of", "six months", "delay"),
        ("Supply problems pushed the hospital project back by a year.", "a year", "delay"),
        ("the launch was put back by two weeks", "two weeks", "delay"),
        ("the vote was postponed for a year", "a year", "delay"),
        ("a six-month delay", "six-month", "delay"),
        ("a postponement of three weeks", "three weeks", "delay"),
    ],
)
def test_durations_know_the_event_they_measure(text, duration, event):
    details = {d.text: d for d in find_numbers(text)}
    assert details[duration].kind is Kind.DURATION
    assert details[duration].about == event
    start = text.index(duration)
    assert duration_event(text, start, start + len(duration)) == event


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("for ten days", "ten days"),
        ("for the first time in ten years", "ten years"),
        ("a long-term deal for ten years", "ten years"),
        ("the war ended; for two years nothing changed", "two years"),
        ("the war ended, but for two years nothing changed", "two years"),
        ("he came back by two weeks", "two weeks"),
        ("the bill was pushed back; by two weeks it was law", "two weeks"),
        ("although the talks failed, for two years nothing changed", "two years"),
        ("for two years – the war aside – nothing changed", "two years"),
    ],
)
def test_durations_without_an_event_in_their_clause(text, duration):
    (detail,) = [d for d in find_numbers(text) if d.text == duration]
    assert detail.about is None


def test_quantities_have_no_event():
    assert [d.about for d in find_numbers("three visits and 85 miles of war")] == [None, None]


def test_event_lexicon_folds_to_its_own_names():
    assert set(EVENTS.values()) <= set(EVENTS)


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (0, 99), (5, 2)])
def test_duration_event_checks_the_span(start, end):
    with pytest.raises(ValueError, match="start and end must satisfy"):
        duration_event("ten months", start, end)


def test_duration_event_rejects_non_strings():
    with pytest.raises(TypeError, match="text must be a string: 3"):
        duration_event(3, 0, 1)  # type: ignore[arg-type]


_PIECES = [
    "10", "15", "2019", "3", "-", "–", "to", "and", "between", "from", "rose", "dozens",
    "hundreds", "tens", "of", "thousands", "the", "people", "years", "war", "visit", ",",
    "which", "$", "4bn", "million", "half", "a", "quarter", "third", "first", "nearly",
    "F", "US", "square", "miles", "jets", "troops", "months", "into", ";", "ranked", "52nd",
    "its", "'s", "most", "largest", "-", "topped", "chart", "number", "No", ".", "won", "gold",
    "no", "one", "casualties", "none", "was", "hurt", "by", "delayed", "back", "fortnight",
    "year", "week", "and", "in", "consecutive", "increase", "place", "finished", "runner",
    "up", "just", "over", "under", "of", "an", "hour", "percentage", "point",
    "basis", "points", "25bp", "rates", "crowd", "workforce", "2,400", "homes", "staff",
    "town", "'", "pole", "position", "won", "lifted", "final", "title", "election",
    "entered", "debuted", "at", "qualified", "rose", "fifth", "Billboard", "behind",
]  # fmt: skip


@settings(deadline=None, max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " "])), max_size=25))
def test_any_text_gives_ordered_details_whose_text_is_their_span(pieces):
    text = "".join(piece + gap for piece, gap in pieces)
    details = find_numbers(text)
    for detail in details:
        assert text[detail.start : detail.end] == detail.text
        assert detail.about is None or detail.kind in (Kind.DURATION, Kind.RANK)
        if detail.qualifier in ("range", "dozens", "hundreds", "thousands"):
            low, high = detail.value
            assert low < high
    for before, after in pairwise(details):
        assert before.end <= after.start


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cut rates by 25 basis points", ("25 basis points", 25, "basis point")),
        ("a 25 basis point cut", ("25 basis point", 25, "basis point")),
        ("a 25-basis-point cut", ("25-basis-point", 25, "basis point")),
        ("a 25bp cut", ("25bp", 25, "basis point")),
        ("a 50bps hike", ("50bps", 50, "basis point")),
        ("by 25 bps", ("25 bps", 25, "basis point")),
        ("0.25 percentage points", ("0.25 percentage points", 0.25, "percentage point")),
        ("a 0.5-percentage-point rise", ("0.5-percentage-point", 0.5, "percentage point")),
        ("up 0.5pp", ("0.5pp", 0.5, "percentage point")),
        ("The Fed cut rates by a quarter point", ("a quarter point", 0.25, "percentage point")),
        ("a quarter-point cut", ("a quarter-point", 0.25, "percentage point")),
        ("half a point", ("half a point", 0.5, "percentage point")),
        ("three-quarters of a point", ("three-quarters of a point", 0.75, "percentage point")),
        ("lifted interest rates by two points", ("two points", 2, "percentage point")),
        ("a 1 point rise in inflation", ("1 point", 1, "percentage point")),
        ("won by three points", ("three points", 3, "point")),
        ("the index fell 300 points", ("300 points", 300, "point")),
        ("a 10-point plan", ("10-point", 10, "point")),
    ],
)
def test_steps_of_a_rate_are_basis_or_percentage_points(text, expected):
    (detail,) = find_numbers(text)
    assert (detail.text, detail.value, detail.unit) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("4,200 fans", "person"),
        ("4,200 spectators", "person"),
        ("300 supporters", "person"),
        ("2,000 attendees", "person"),
        ("dozens of onlookers", "person"),
        ("create 1,300 jobs", "job"),
        ("employ 900 workers", "job"),
        ("its 400 employees", "job"),
        ("800 staff", "job"),
        ("120 staffers", "job"),
        ("300 civilians", "civilian"),
        ("300 soldiers", "soldier"),
        ("300 children", "child"),
        ("300 casualties", "casualty"),
        ("two border posts", "post"),
    ],
)
def test_counted_nouns_of_one_thing_fold_and_others_stay_apart(text, unit):
    (detail,) = find_numbers(text)
    assert detail.unit == unit


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The plant will create 1,300 jobs", "The plant will employ up to 900 workers"),
        ("A crowd of 4,200 watched", "4,200 fans watched"),
        ("cut 500 jobs", "lay off 500 staff"),
    ],
)
def test_synonyms_let_counts_of_one_thing_meet(a, b):
    (first,), (second,) = find_numbers(a), find_numbers(b)
    assert first.unit == second.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a crowd of 4,200", ("4,200", 4200, "person")),
        ("a crowd of about 4,200 watched", ("about 4,200", (3780.0, 4620.0), "person")),
        ("a sell-out crowd of 60,000 fans", ("60,000 fans", 60_000, "person")),
        ("an attendance of 30,000 at the stadium", ("30,000", 30_000, "person")),
        ("a town with a population of 12,000", ("12,000", 12_000, "person")),
        ("a workforce of 900", ("900", 900, "job")),
        ("a Crowd of 4,200", ("4,200", 4200, None)),  # a name
        ("a share of 4,200", ("4,200", 4200, None)),
    ],
)
def test_a_number_after_a_gathering_counts_its_people(text, expected):
    (detail,) = find_numbers(text)
    assert (detail.text, detail.value, detail.unit) == expected


def digits(count: int) -> str:
    return ("1234567890" * (count // 10 + 1))[:count]


def test_numbers_are_read_up_to_their_most_digits():
    assert parse_number("9" * MAX_DIGITS) == 10**MAX_DIGITS - 1
    assert parse_number("9" * (MAX_DIGITS + 1)) is None
    assert parse_number("1," + ",".join(["000"] * 33)) == 10**99  # commas are no digits
    assert parse_number("0." + "5" * MAX_DIGITS) is None  # nor is the point
    assert read(f"lost {'9' * MAX_DIGITS} tanks")[0][2] == 10**MAX_DIGITS - 1


@pytest.mark.parametrize("count", [400, 5_000, 100_000])
@pytest.mark.parametrize(
    "sentence",
    [
        "The army lost {n} tanks.",
        "Some {n}.5 people came, about {n} more.",
        "The deal is worth ${n}bn, or {n} million dollars.",
        "Between {n} and {n}9 people came.",
        "They waited {n} years and {n} months.",
        "It ranked {n}th among {n} runners, number {n} on the chart.",
        "It happened {n} years ago, in the past {n} days.",
    ],
)
def test_a_number_of_absurdly_many_digits_is_no_figure(sentence, count):
    # Read, it overflowed a float (400 digits) or could not be written out (5,000).
    text = sentence.format(n=digits(count))
    details = extract_details(text, reference=dt.date(2022, 12, 19))
    assert not [d for d in details if digits(30) in d.text]


@pytest.mark.parametrize(
    ("one", "many"),
    [
        ("tank", "tanks"),
        ("aircraft", "aircraft"),
        ("batch", "batches"),
        ("person", "people"),
        ("child", "children"),
        ("country", "countries"),
        ("day", "days"),
        ("bus", "buses"),
        ("box", "boxes"),
        ("crisis", "crises"),
        ("series", "series"),
        ("square mile", "square miles"),
        ("basis point", "basis points"),
        ("fighter-jet", "fighter-jets"),
    ],
)
def test_plural_is_what_singular_reads_back(one, many):
    assert plural(one) == many
    assert singular(many) == one
