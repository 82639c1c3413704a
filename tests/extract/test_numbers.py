"""Tests for factdiff.extract.numbers: number words, quantities, durations, ranks."""

import math

import pytest

from factdiff.extract.numbers import find_numbers, parse_number, singular
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
    ],
)
def test_parse_number_reads_words_and_digits(words, value):
    assert parse_number(words) == value


def test_parse_number_returns_int_when_whole():
    assert isinstance(parse_number("1.0 million"), int)
    assert isinstance(parse_number("three and a half"), float)


@pytest.mark.parametrize(
    "words", ["", "warplanes", "two three", "twenty twenty", "and", "a", "hundred and", "1,20"]
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
    ],
)
def test_singular(noun, one):
    assert singular(noun) == one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three Russian warplanes and an airborne",
            [("quantity", "Three Russian warplanes", 3, "warplane")],
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
    ],
)
def test_qualifiers_give_intervals(text, qualifier, interval):
    (detail,) = find_numbers(text)
    assert (detail.text, detail.qualifier, detail.value) == (text, qualifier, interval)


def test_qualified_duration_stays_a_duration():
    (detail,) = find_numbers("for nearly ten months")
    assert (detail.kind, detail.value, detail.unit) == (Kind.DURATION, (9.0, 10.0), "month")


def test_at_least_without_a_number_is_nothing():
    assert find_numbers("at least a hypothetical possibility") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ranks 52nd among 142 countries", [("rank", "52nd among 142 countries", 52, "of 142")]),
        (
            "Russia ranks 2nd and Ukraine 22nd.",
            [("rank", "2nd", 2, None), ("rank", "22nd", 22, None)],
        ),
        ("Belarus ranked third-largest", [("rank", "third-largest", 3, None)]),
        ("came first among 10 countries", [("rank", "first among 10 countries", 1, "of 10")]),
        ("finished second out of twelve", [("rank", "second out of twelve", 2, "of 12")]),
        ("the 21st", [("rank", "21st", 21, None)]),
    ],
)
def test_ranks(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "his first visit",
        "First of all, it is necessary",
        "units that would be the first to respond",
        "the world's third-largest economy",
        "the twenty-first century",
        "the second time",
    ],
)
def test_word_ordinals_outside_rankings_are_not_ranks(text):
    assert find_numbers(text) == []


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


def test_taken_spans_are_skipped():
    text = "on December 19, 2022 two people"
    assert read(text) == read(text)
    details = find_numbers(text, taken=[(3, 20)])
    assert [(d.text, d.value) for d in details] == [("two people", 2)]


def test_offsets_match_the_text():
    text = "Nearly 10 soldiers, about 100 tanks, and $4bn in 3 weeks ranked 2nd."
    for detail in find_numbers(text):
        assert text[detail.start : detail.end] == detail.text
