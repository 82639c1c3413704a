"""Tests for factdiff.extract: extract_details on the seed articles, and its invariants."""

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.extract import extract_details, parse_number, resolve_people
from factdiff.models import ENTITY_KINDS, OVERLAY_KINDS, Kind, Statement

SEEDS = Path(__file__).parents[2] / "seeds"
THE_WEEK = (SEEDS / "theweek-putin-flies-to-minsk.txt").read_text(encoding="utf-8")
BELARUS = (SEEDS / "putin-visits-minsk-choice-of-belarus.txt").read_text(encoding="utf-8")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"\[])|\n+")


def sentences(text: str) -> list[tuple[int, str]]:
    """Return (offset, sentence) for each rough sentence of an article."""
    found, start = [], 0
    for match in _SENTENCE_END_RE.finditer(text):
        if text[start : match.start()].strip():
            found.append((start, text[start : match.start()]))
        start = match.end()
    if text[start:].strip():
        found.append((start, text[start:]))
    return found


def sentence_with(article: str, fragment: str) -> tuple[int, str]:
    """Return the (offset, sentence) of ``article`` that holds ``fragment``."""
    matches = [(o, s) for o, s in sentences(article) if fragment in s]
    assert len(matches) >= 1, fragment
    return matches[0]


def details_of(article: str, fragment: str, *kinds: Kind) -> list[tuple[str, str, object, object]]:
    """Return (kind, text, value, unit) of the details of the sentence holding ``fragment``.

    Without ``kinds``, every detail but quotes, attribution and polarity, which have
    their own tests (tests/extract/test_speech.py, test_polarity.py).
    """
    kinds = kinds or tuple(k for k in Kind if k not in OVERLAY_KINDS)
    offset, sentence = sentence_with(article, fragment)
    details = extract_details(sentence, offset=offset)
    for detail in details:
        assert article[detail.start : detail.end] == detail.text
    return [(d.kind.value, d.text, d.value, d.unit) for d in details if d.kind in kinds]


NUMERIC = (Kind.QUANTITY, Kind.DURATION, Kind.RANK, Kind.DATE, Kind.WEEKDAY)


# --- The Week -------------------------------------------------------------------------------


def test_week_first_visit_in_three_years_is_a_duration_not_a_rank():
    assert details_of(THE_WEEK, "will fly to Belarus on Monday", *NUMERIC) == [
        ("weekday", "Monday", "Monday", None),
        ("duration", "three years", 3, "year"),
    ]
    assert details_of(THE_WEEK, "This is Russian President", *NUMERIC) == [
        ("duration", "three years", 3, "year"),
    ]


def test_week_opening_sentence_names():
    found = details_of(THE_WEEK, "will fly to Belarus on Monday", *ENTITY_KINDS)
    assert found == [
        ("place", "Russian", "Russia", None),
        ("person", "Vladimir Putin", "Vladimir Putin", None),
        ("place", "Belarus", "Belarus", None),
        ("place", "Belarusian", "Belarus", None),
        ("person", "Alexander Lukashenko", "Alexander Lukashenko", None),
        ("place", "Ukraine", "Ukraine", None),
    ]


def test_week_headline_and_caption():
    assert details_of(THE_WEEK, "Putin flies to Minsk") == [
        ("person", "Putin", "Putin", None),
        ("place", "Minsk", "Minsk", None),
        ("person", "Lukashenko", "Lukashenko", None),
        ("place", "Belarus", "Belarus", None),
    ]
    assert details_of(THE_WEEK, "(left) with") == [
        ("person", "Alexander Lukashenko", "Alexander Lukashenko", None),
        ("person", "Vladimir Putin", "Vladimir Putin", None),
        ("organisation", "Reuters", "Reuters", None),
    ]


def test_week_weekdays():
    assert details_of(THE_WEEK, "on Friday", Kind.WEEKDAY) == [
        ("weekday", "Friday", "Friday", None)
    ]
    assert details_of(THE_WEEK, "on Tuesday", Kind.WEEKDAY) == [
        ("weekday", "Tuesday", "Tuesday", None)
    ]


def test_week_months():
    assert details_of(THE_WEEK, "early February", Kind.DATE) == [
        ("date", "early February", "--02", None),
        ("date", "March", "--03", None),
    ]
    assert details_of(THE_WEEK, "as early as January", Kind.DATE) == [
        ("date", "January", "--01", None)
    ]


def test_week_three_russian_warplanes():
    assert details_of(THE_WEEK, "Three Russian warplanes") == [
        ("quantity", "Three Russian warplanes", 3, "aircraft"),
        ("place", "Belarus", "Belarus", None),
        ("date", "last week", "last week", None),
    ]


def test_week_preiherman_quote():
    found = details_of(THE_WEEK, "Yauheni Preiherman", *ENTITY_KINDS)
    assert found == [
        ("place", "Belarusian", "Belarus", None),
        ("person", "Yauheni Preiherman", "Yauheni Preiherman", None),
        (
            "organisation",
            "Minsk Dialogue Council on International Relations",
            "Minsk Dialogue Council on International Relations",
            None,
        ),
        ("organisation", "The Wall Street Journal", "The Wall Street Journal", None),
    ]


def test_week_moshes_and_the_finnish_institute():
    found = details_of(THE_WEEK, "Arkady Moshes", Kind.PERSON, Kind.ORGANISATION)
    assert found == [
        ("person", "Arkady Moshes", "Arkady Moshes", None),
        (
            "organisation",
            "Finnish Institute of International Affairs",
            "Finnish Institute of International Affairs",
            None,
        ),
    ]


def test_week_defence_ministry_and_no_rank_for_the_first_to_respond():
    found = details_of(THE_WEEK, "Belarus Defence Ministry")
    assert ("organisation", "Belarus Defence Ministry", "Belarus Defence Ministry", None) in found
    assert not [f for f in found if f[0] in ("rank", "quantity", "person")]


def test_week_at_least_a_possibility_is_no_quantity():
    assert details_of(THE_WEEK, "at least a hypothetical", *NUMERIC) == []


def test_week_lukashenko_had_stated():
    assert details_of(THE_WEEK, "Lukashenko had stated", Kind.PERSON) == [
        ("person", "Lukashenko", "Lukashenko", None),
        ("person", "Putin", "Putin", None),
    ]


# --- Belarus article ------------------------------------------------------------------------


def test_belarus_opening_date_and_names():
    assert details_of(BELARUS, "Russian President Vladimir Putin’s visit") == [
        ("place", "Russian", "Russia", None),
        ("person", "Vladimir Putin", "Vladimir Putin", None),
        ("place", "Belarus", "Belarus", None),
        ("date", "December 19, 2022", "2022-12-19", None),
        ("place", "Belarus", "Belarus", None),
        ("person", "Alexander Lukashenko", "Alexander Lukashenko", None),
        ("place", "Ukrainian", "Ukraine", None),
    ]


def test_belarus_date_holds_no_quantities():
    assert details_of(BELARUS, "On December 19, 2022, Putin", *NUMERIC) == [
        ("date", "December 19, 2022", "2022-12-19", None)
    ]


def test_belarus_two_leaders_and_two_countries():
    assert details_of(BELARUS, "the two leaders", Kind.QUANTITY) == [
        ("quantity", "two leaders", 2, "leader")
    ]
    assert details_of(BELARUS, "the two countries", Kind.QUANTITY) == [
        ("quantity", "two countries", 2, "country")
    ]


def test_belarus_global_fire_power_rank():
    assert details_of(BELARUS, "ranks 52nd") == [
        ("organisation", "Global Fire Power index", "Global Fire Power index", None),
        ("place", "Belarus", "Belarus", None),
        ("date", "2022", "2022", None),
        ("rank", "52nd among 142 countries", 52, "of 142"),
    ]


def test_belarus_two_ranks_in_one_sentence():
    assert details_of(BELARUS, "Russia ranks 2nd", Kind.RANK, Kind.QUANTITY) == [
        ("rank", "2nd", 2, None),
        ("rank", "22nd", 22, None),
    ]


def test_belarus_first_of_all_is_no_rank():
    assert details_of(BELARUS, "First of all", *NUMERIC) == []


def test_belarus_protests_are_dated():
    assert details_of(BELARUS, "Since the 2020 Protests", Kind.DATE) == [
        ("date", "2020", "2020", None)
    ]
    assert details_of(BELARUS, "the 2020 protests.", Kind.DATE) == [("date", "2020", "2020", None)]


def test_belarus_sanctions_sentence():
    assert details_of(BELARUS, "European Union (EU)", Kind.ORGANISATION, Kind.PERSON) == [
        ("person", "Lukashenko", "Lukashenko", None),
        ("organisation", "European Union", "European Union", None),
        ("organisation", "EU", "European Union", None),
    ]
    places = details_of(BELARUS, "European Union (EU)", Kind.PLACE)
    assert ("place", "United States", "United States", None) in places
    assert ("place", "US", "United States", None) in places


def test_belarus_isw_and_ten_months():
    assert details_of(BELARUS, "(ISW)", Kind.ORGANISATION) == [
        (
            "organisation",
            "US Institute for the Study of War",
            "US Institute for the Study of War",
            None,
        ),
        ("organisation", "ISW", "US Institute for the Study of War", None),
        ("organisation", "Kremlin", "Kremlin", None),
    ]
    assert details_of(BELARUS, "for ten months", *NUMERIC) == [
        ("duration", "ten months", 10, "month")
    ]


def test_belarus_zelensky_and_the_uk():
    assert details_of(BELARUS, "Volodymyr Zelensky") == [
        ("place", "Ukraine", "Ukraine", None),
        ("person", "Volodymyr Zelensky", "Volodymyr Zelensky", None),
        ("place", "European", "Europe", None),
        ("place", "UK", "United Kingdom", None),
        ("place", "Ukraine", "Ukraine", None),
    ]


def test_belarus_85_miles_from_the_border():
    assert details_of(BELARUS, "just 85 miles", *NUMERIC) == [
        ("date", "recent days", "recent days", None),
        ("quantity", "85 miles", 85, "mile"),
    ]
    places = [value for _, _, value, _ in details_of(BELARUS, "just 85 miles", Kind.PLACE)]
    assert places == ["Ukraine", "Russia", "Kyiv", "Belarus", "Poland", "Ukraine"]


def test_belarus_three_and_a_half_years():
    assert details_of(BELARUS, "after three and a half years", *NUMERIC) == [
        ("duration", "three and a half years", 3.5, "year")
    ]


def test_belarus_references_dates():
    assert details_of(BELARUS, "2022 Belarus Military Strength", Kind.DATE) == [
        ("date", "2022", "2022", None),
        ("date", "20.12.2022", "2022-12-20", None),
    ]
    assert details_of(BELARUS, "Russian Offensive Campaign Assessment", Kind.DATE) == [
        ("date", "December 19", "--12-19", None),
        ("date", "20.12.2022", "2022-12-20", None),
    ]


def test_belarus_no_person_for_sentence_openers():
    for fragment in ("However, the meetings", "As it is known", "Nitekim Analysts", "Undoubtedly"):
        assert details_of(BELARUS, fragment, Kind.PERSON) == []


# --- Whole articles and invariants ----------------------------------------------------------


@pytest.mark.parametrize("article", [THE_WEEK, BELARUS], ids=["the-week", "belarus"])
def test_every_seed_sentence_gives_sorted_non_overlapping_exact_details(article):
    for offset, sentence in sentences(article):
        details = extract_details(sentence, offset=offset)
        assert list(details) == sorted(details, key=lambda d: (d.start, d.end))
        spanning = [d for d in details if d.kind not in OVERLAY_KINDS]
        for before, after in itertools.pairwise(spanning):
            assert before.end <= after.start, (before, after)
        for detail in details:
            assert article[detail.start : detail.end] == detail.text


def test_resolve_people_on_the_seeds():
    statements = []
    for article, source in ((THE_WEEK, "week"), (BELARUS, "belarus")):
        for index, (offset, sentence) in enumerate(sentences(article)):
            details = extract_details(sentence, offset=offset)
            end = offset + len(sentence)
            statements.append(Statement(source, index, offset, end, sentence, details))
    names = {
        d.value for s in resolve_people(statements) for d in s.details if d.kind is Kind.PERSON
    }
    assert {"Vladimir Putin", "Alexander Lukashenko", "Volodymyr Zelensky"} <= names
    assert "Putin" not in names
    assert "Lukashenko" not in names


def test_offset_shifts_every_detail():
    text = "Putin flew to Minsk on Monday after three years."
    plain, shifted = extract_details(text), extract_details(text, offset=1000)
    assert [(d.start + 1000, d.end + 1000) for d in plain] == [(d.start, d.end) for d in shifted]
    assert [d.text for d in plain] == [d.text for d in shifted]


@pytest.mark.parametrize("offset", [-1, 1.5, True, "3"])
def test_bad_offset_is_named(offset):
    with pytest.raises(ValueError, match="offset must be an int >= 0"):
        extract_details("text", offset=offset)


def test_non_text_is_refused():
    with pytest.raises(TypeError, match="text must be a string"):
        extract_details(None)  # type: ignore[arg-type]


def test_empty_text_has_no_details():
    assert extract_details("") == ()


def test_long_sentence_does_not_hang():
    text = ("Russian President Vladimir Putin said nearly 10,000 troops, " * 170)[:10_000]
    details = extract_details(text)
    assert len(details) >= 450


def test_many_numbers_do_not_hang():
    text = " ".join(str(n) for n in range(5000))
    details = extract_details(text)
    assert details
    assert all(text[d.start : d.end] == d.text for d in details)
    words = " and ".join(["twenty-five"] * 5000)
    assert len(extract_details(words)) == 5000


def test_parse_number_is_exported():
    assert parse_number("three and a half") == 3.5


_FRAGMENTS = st.sampled_from(
    [
        "Putin",
        "Vladimir",
        "President",
        "of",
        "Belarus",
        "Russian",
        "the",
        "The",
        "Wall",
        "Street",
        "Journal",
        "Institute",
        "(",
        ")",
        "ISW",
        "EU",
        "-",
        ",",
        ".",
        "’s",
        "'",
        "“",
        "three",
        "and",
        "a",
        "half",
        "years",
        "1,200",
        "85",
        "%",
        "$",
        "4bn",
        "52nd",
        "among",
        "142",
        "first",
        "ranks",
        "December",
        "19",
        "2022",
        "May",
        "early",
        "in",
        "since",
        "Monday",
        "nearly",
        "at",
        "least",
        "more",
        "than",
        "up",
        "to",
        "dozen",
        "twenty",
        "Kremlin",
        "index",
        "Global",
        "said",
        "\n",
        "[1]",
        "mid-",
        "e\u0301",
        "İ",
        "ß",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_FRAGMENTS, max_size=40).map(" ".join)), st.integers(0, 50))
def test_any_text_gives_exact_spans(text, offset):
    details = extract_details(text, offset=offset)
    for detail in details:
        assert text[detail.start - offset : detail.end - offset] == detail.text
        assert detail.start < detail.end or detail.text == ""
    assert list(details) == sorted(details, key=lambda d: (d.start, d.end))
