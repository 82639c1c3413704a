"""Numbers as headlines write them: tolls without their noun, ages, market figures.

Headlines drop the noun a number counts ("Suicide bomber kills 14", "Death toll rises to
15", "Dozens killed"); these tests hold that such counts get the unit a full sentence's
count of the same thing gets, so that two reports of one toll compare, and that counts of
named victims keep their noun.
"""

import pytest

from factdiff.extract.numbers import find_numbers


def read(text: str) -> list[tuple[str, object, str | None]]:
    """Return (text, value, unit) for each numeric detail of ``text``."""
    return [(d.text, d.value, d.unit) for d in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suicide bomber kills 14 at Afghan council", [("14", 14, "dead")]),
        ("Tornadoes hit the Midwest, killing 5", [("5", 5, "dead")]),
        ("US drone strike kills three in Pakistan", [("three", 3, "dead")]),
        ("Car bombs kill at least 49 in Iraq", [("at least 49", (49.0, float("inf")), "dead")]),
        ("Strong earthquake kills 47 people", [("47 people", 47, "dead")]),
        ("Gunmen injure two others", [("two others", 2, "injured")]),
        # named victims keep their noun: 17 civilians and 10 police are not one toll
        ("Attacks kill 17 civilians", [("17 civilians", 17, "civilian")]),
        ("Death toll climbs to 15 in boat sinking", [("15", 15, "dead")]),
        ("Death toll in Kenya bus attack rises to six", [("six", 6, "dead")]),
        ("Building collapse death toll hits 540: army", [("540", 540, "dead")]),
        ("Building-collapse toll tops 600", [("600", (600.0, float("inf")), "dead")]),
        ("toll passes 1,000", [("1,000", (1000.0, float("inf")), "dead")]),
        # a number after a verb with no toll before it is no toll
        ("Shares rise to 15", [("15", 15, None)]),
        ("The toll road; prices rise to 15", [("15", 15, None)]),
    ],
)
def test_a_bare_count_after_a_killing_or_a_toll_counts_the_dead(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("14 killed in bus crash", "dead"),
        ("' 9 Dead' in Darfur clash", "dead"),
        ("32 die in protest", "dead"),
        ("19 hurt in shooting", "injured"),
        ("2 wounded in blast", "injured"),
        ("28 people die in mine explosion", "dead"),
        ("At least 22 people were killed in the landslide", "dead"),
        ("Four people were seriously hurt", "injured"),
        ("40 missing in train disaster", "missing"),
    ],
)
def test_what_befell_a_count_of_people_is_its_unit(text, unit):
    [(_, _, found)] = read(text)
    assert found == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens killed in air strike", [("Dozens killed", (24.0, 100.0), "dead")]),
        ("Hundreds dead or injured", [("Hundreds dead", (200.0, 1000.0), "dead")]),
        (
            "Dozens of people were injured",
            [("Dozens of people were injured", (24.0, 100.0), "injured")],
        ),
        ("hundreds gathered outside", []),
    ],
)
def test_a_vague_multiple_counts_what_befell_people(text, expected):
    assert read(text) == expected


def test_two_wordings_of_one_toll_meet_in_one_unit():
    wordings = [
        "Bomber kills 14 in Kabul",
        "14 killed in Kabul bombing",
        "14 people were killed in Kabul",
        "Kabul bombing death toll rises to 14",
        "14 dead in Kabul",
    ]
    assert {find_numbers(text)[0].unit for text in wordings} == {"dead"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demjanjuk dead at 91", [("91", 91, "years old")]),
        ("Tom Finney dies aged 92", [("92", 92, "years old")]),
        ("He died at the age of 80", [("80", 80, "years old")]),
        ("children aged five to 11", [("five", 5, None), ("11", 11, None)]),  # no one age
        ("aged 91 days", [("91 days", 91, "day")]),
        ("the index closed at 91", [("91", 91, None)]),
    ],
)
def test_ages_are_counted_in_years_old(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tokyo stocks close down 0.26 pc", [("0.26 pc", 0.26, "percent")]),
        ("Singapore stocks close 0.44 pct lower", [("0.44 pct", 0.44, "percent")]),
        ("Rupee down 8 paise vs dollar", [("8 paise", 8, "paise")]),
        ("4.1 magnitude quake strikes", [("4.1 magnitude", 4.1, "magnitude")]),
        ("Bezos buys the Post for $250-M", [("$250-M", 250_000_000, "dollar")]),
        ("a $5-million grant", [("$5-million", 5_000_000, "dollar")]),
    ],
)
def test_market_figures_magnitudes_and_dashed_scales(text, expected):
    assert read(text) == expected
