"""Tests for factdiff.extract.numbers: quantities, their units, qualifiers and zero counts.

The tests of number words, durations, ranges and shares are in test_numbers_words.py,
test_numbers_durations.py, test_numbers_ranges.py and test_numbers_shares.py.
"""

import math
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.extract.numbers import find_numbers
from factdiff.extract.numerals import SYNONYMS
from factdiff.models import Kind


def read(text: str) -> list[tuple[str, str, object, str | None]]:
    """Return (kind, text, value, unit) for each numeric detail of ``text``."""
    return [(d.kind.value, d.text, d.value, d.unit) for d in find_numbers(text)]


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
        ("no one was hurt", ("no one", "injured")),
        ("No one was seriously injured.", ("No one", "injured")),
        ("No one has been charged.", ("No one", "person")),
        ("Nobody died in the fire.", ("Nobody", "dead")),
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
