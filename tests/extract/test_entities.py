"""Tests for factdiff.extract.entities: people, places, organisations, name resolution."""

import dataclasses

import pytest

from factdiff.extract.entities import DEMONYMS, PLACES, find_entities, resolve_people
from factdiff.models import Detail, Kind, Statement


def read(text: str, kind: Kind | None = None) -> list[tuple[str, str, object]]:
    """Return (kind, text, value) for each entity of ``text``, of one kind if given."""
    return [
        (d.kind.value, d.text, d.value)
        for d in find_entities(text)
        if kind is None or d.kind is kind
    ]


def people(text: str) -> list[str]:
    """Return the values of the people named in ``text``."""
    return [value for _, _, value in read(text, Kind.PERSON)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian President Vladimir Putin’s visit to Belarus", "Vladimir Putin"),
        ("President of Ukraine Volodymyr Zelensky addressed", "Volodymyr Zelensky"),
        (
            "his meeting with President of Belarus, Alexander Lukashenko drew",
            "Alexander Lukashenko",
        ),
        ("political scientist Yauheni Preiherman, director of", "Yauheni Preiherman"),
        ("According to Arkady Moshes, a policy analyst", "Arkady Moshes"),
        ("to meet with Lukashenko, contrary", "Lukashenko"),
        ("Lukashenko had made a statement", "Lukashenko"),
        ("Putin flies to Minsk", "Putin"),
        ("Mr. Smith arrived", "Smith"),
        ("Quentin Tarrow said that", "Quentin Tarrow"),
        ("Prime Minister Boris Johnson told reporters", "Boris Johnson"),
    ],
)
def test_people(text, name):
    assert people(text) == [name]


def test_person_span_leaves_out_title_and_possessive():
    text = "Russian President Vladimir Putin’s visit"
    (person,) = [d for d in find_entities(text) if d.kind is Kind.PERSON]
    assert (person.text, person.start, person.end) == ("Vladimir Putin", 18, 32)


@pytest.mark.parametrize(
    "text",
    [
        "However, the meetings",
        "As it is known, Belarus",
        "The risks are really high",
        "Political analysts have suggested",
        "Nitekim Analysts suggest that",
        "Undoubtedly, participation",
        "Especially since Minsk recently",
        "Since the 2020 Protests, the President of Belarus",
        "the Ukrainian War resulted in",
        "Putin Visits Minsk: The Choice of Belarus",
        "Click here to join our channel (@TheWeekmagazine)",
        "on Monday and in December",
        "visiting his operation's HQ",
        "Western weapons",
    ],
)
def test_not_people(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("visit to Belarus on", "Belarus", "Belarus"),
        ("just 85 miles from Kyiv", "Kyiv", "Kyiv"),
        ("particularly the UK, and", "UK", "United Kingdom"),
        ("the Moscow regime", "Moscow", "Moscow"),
        ("the war in Ukraine", "Ukraine", "Ukraine"),
        ("relations with Russia", "Russia", "Russia"),
        ("Belarus’s already small population", "Belarus", "Belarus"),
        ("in the Middle East", "Middle East", "Middle East"),
        ("the Russian Federation", "Russian Federation", "Russia"),
        ("in Kiev", "Kiev", "Kyiv"),
    ],
)
def test_places(text, words, value):
    assert read(text, Kind.PLACE) == [("place", words, value)]


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Russian forces", "Russian", "Russia"),
        ("the Belarusian border", "Belarusian", "Belarus"),
        ("the Ukrainian war", "Ukrainian", "Ukraine"),
        ("criticized by Belarusians", "Belarusians", "Belarus"),
        ("Polish aid", "Polish", "Poland"),
        ("European leaders", "European", "Europe"),
    ],
)
def test_demonyms_are_places(text, words, country):
    (detail,) = find_entities(text)
    assert (detail.kind, detail.text, detail.value, detail.qualifier) == (
        Kind.PLACE,
        words,
        country,
        "demonym",
    )


def test_hyphenated_demonyms():
    assert read("the Russian-Ukrainian War and his pro-Russian policies") == [
        ("place", "Russian", "Russia"),
        ("place", "Ukrainian", "Ukraine"),
        ("place", "Russian", "Russia"),
    ]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("he told The Wall Street Journal.", "The Wall Street Journal", "The Wall Street Journal"),
        (
            "at the Finnish Institute of International Affairs, the",
            "Finnish Institute of International Affairs",
            "Finnish Institute of International Affairs",
        ),
        (
            "director of the Minsk Dialogue Council on International Relations, told",
            "Minsk Dialogue Council on International Relations",
            "Minsk Dialogue Council on International Relations",
        ),
        (
            "According to Belarus Defence Ministry, the checks",
            "Belarus Defence Ministry",
            "Belarus Defence Ministry",
        ),
        (
            "According to the Global Fire Power index, which",
            "Global Fire Power index",
            "Global Fire Power index",
        ),
        ("the Kremlin has tried", "Kremlin", "Kremlin"),
        ("members of NATO", "NATO", "NATO"),
        ("The Week is now on", "The Week", "The Week"),
        (
            "Carnegie Endowment for International Peace,",
            "Carnegie Endowment for International Peace",
            "Carnegie Endowment for International Peace",
        ),
        ("EU Council President Charles Michel", "EU Council", "EU Council"),
    ],
)
def test_organisations(text, words, value):
    assert read(text, Kind.ORGANISATION) == [("organisation", words, value)]


def test_acronyms_in_parentheses_take_the_full_name():
    text = "According to the US Institute for the Study of War (ISW), the Kremlin has"
    assert read(text) == [
        ("organisation", "US Institute for the Study of War", "US Institute for the Study of War"),
        ("organisation", "ISW", "US Institute for the Study of War"),
        ("organisation", "Kremlin", "Kremlin"),
    ]
    text = "sanctions by the European Union (EU) and the United States (US) against Russia"
    assert read(text) == [
        ("organisation", "European Union", "European Union"),
        ("organisation", "EU", "European Union"),
        ("place", "United States", "United States"),
        ("place", "US", "United States"),
        ("place", "Russia", "Russia"),
    ]


def test_unknown_name_with_matching_acronym_is_an_organisation():
    assert read("the Global Fire Power (GFP) ranking") == [
        ("organisation", "Global Fire Power", "Global Fire Power"),
        ("organisation", "GFP", "Global Fire Power"),
    ]


def test_places_inside_organisations_are_not_reported():
    assert read("the Belarus Defence Ministry said") == [
        ("organisation", "Belarus Defence Ministry", "Belarus Defence Ministry")
    ]


def test_last_week_is_not_the_week():
    assert read("deployed to Belarus last week") == [("place", "Belarus", "Belarus")]


def test_taken_spans_are_skipped():
    assert find_entities("Putin met Lukashenko", taken=[(0, 5)]) == [
        Detail(Kind.PERSON, "Lukashenko", 10, 20, "Lukashenko")
    ]


def test_gazetteer_covers_the_seed_places():
    for name in ("Belarus", "Minsk", "Moscow", "Kyiv", "Ukraine", "Russia", "Europe"):
        assert PLACES[name] == name
    assert PLACES["UK"] == "United Kingdom"
    assert PLACES["US"] == "United States"
    assert DEMONYMS["Belarusian"] == "Belarus"
    assert len({v for v in PLACES.values()}) > 250


def statement(index: int, *details: Detail) -> Statement:
    """Return a statement holding ``details``."""
    return Statement("a", index, 0, 10, "x" * 10, details)


def person(name: str) -> Detail:
    """Return a person detail named ``name``."""
    return Detail(Kind.PERSON, name, 0, len(name), name)


def test_resolve_people_gives_surnames_the_full_name():
    place = Detail(Kind.PLACE, "Minsk", 0, 5, "Minsk")
    statements = [
        statement(0, person("Putin"), place),
        statement(1, person("Vladimir Putin"), person("Lukashenko")),
        statement(2, person("Alexander Lukashenko")),
    ]
    resolved = resolve_people(statements)
    values = [[d.value for d in s.details] for s in resolved]
    assert values == [
        ["Vladimir Putin", "Minsk"],
        ["Vladimir Putin", "Alexander Lukashenko"],
        ["Alexander Lukashenko"],
    ]
    assert resolved[0].details[0].text == "Putin"
    assert resolved[2] is statements[2]


def test_resolve_people_leaves_ambiguous_surnames():
    statements = [statement(0, person("Smith"), person("John Smith"), person("Jane Smith"))]
    assert [d.value for d in resolve_people(statements)[0].details] == [
        "Smith",
        "John Smith",
        "Jane Smith",
    ]


def test_resolve_people_takes_the_longest_name_when_names_nest():
    statements = [
        statement(0, person("Putin"), person("Vladimir Putin")),
        statement(1, person("Ivan Vladimir Putin")),
    ]
    resolved = resolve_people(statements)
    assert {d.value for d in resolved[0].details} == {"Ivan Vladimir Putin"}


def test_resolve_people_two_forms_of_a_name_are_ambiguous():
    statements = [statement(0, person("Putin"), person("Vladimir Vladimirovich Putin"))]
    statements.append(statement(1, person("Vladimir Putin")))
    assert resolve_people(statements)[0].details[0].value == "Putin"


def test_resolve_people_matches_whole_words_only():
    statements = [statement(0, person("Putin"), person("Grigori Rasputin"))]
    assert resolve_people(statements)[0].details[0].value == "Putin"


def test_resolve_people_keeps_everything_else():
    statements = [statement(0, person("Putin")), statement(1, person("Vladimir Putin"))]
    resolved = resolve_people(statements)
    assert resolved[0] == dataclasses.replace(
        statements[0],
        details=(dataclasses.replace(statements[0].details[0], value="Vladimir Putin"),),
    )
    assert resolve_people([]) == ()
