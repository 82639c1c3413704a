"""How two details relate: tolerances for numbers, units, dates, quotes, sources, certainty."""

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff.extract import extract_details
from factdiff.judge import detail_slot, meets, relate, source_key
from factdiff.models import Detail, Kind, Status


def detail(kind, value, unit=None, text=None, start=0, **fields):
    text = text or str(value)
    return Detail(kind, text, start, start + len(text), value, unit, **fields)


THREE_YEARS = detail(Kind.DURATION, 3, "year", "three years")
THREE_AND_A_HALF = detail(Kind.DURATION, 3.5, "year", "three and a half years")
TEN_MONTHS = detail(Kind.DURATION, 10, "month", "ten months")
MONDAY = detail(Kind.WEEKDAY, "Monday")
DEC_19 = detail(Kind.DATE, "2022-12-19", text="December 19, 2022")


def quote(words, speaker=None):
    return detail(Kind.QUOTE, words, text=f"“{words}”", speaker=speaker)


def source(name):
    return detail(Kind.ATTRIBUTION, name, text="said")


@pytest.mark.parametrize(
    "a, b, status",
    [
        (THREE_YEARS, THREE_AND_A_HALF, Status.DIFFERENT),
        (THREE_YEARS, detail(Kind.DURATION, 36, "month"), Status.SAME),
        (detail(Kind.DURATION, (9, 10), "month"), TEN_MONTHS, Status.COMPATIBLE),
        (MONDAY, DEC_19, Status.COMPATIBLE),
        (detail(Kind.WEEKDAY, "Friday"), DEC_19, Status.DIFFERENT),
        (MONDAY, detail(Kind.WEEKDAY, "Monday"), Status.SAME),
        (DEC_19, detail(Kind.DATE, "--12-19"), Status.COMPATIBLE),
        (DEC_19, detail(Kind.DATE, "2022-12-20"), Status.DIFFERENT),
        (
            detail(Kind.QUANTITY, 3, "warplane"),
            detail(Kind.QUANTITY, 4, "warplane"),
            Status.DIFFERENT,
        ),
        (
            detail(Kind.QUANTITY, (22, math.inf), "person"),
            detail(Kind.QUANTITY, 30, "person"),
            Status.COMPATIBLE,
        ),
    ],
)
def test_relate(a, b, status):
    assert relate(a, b)[0] is status
    assert relate(b, a)[0] is status


def test_difference_note_says_how_far_apart():
    assert relate(THREE_YEARS, THREE_AND_A_HALF)[1] == "differ by 0.5 years (3 vs 3.5)"
    assert (
        relate(detail(Kind.WEEKDAY, "Friday"), DEC_19)[1] == "2022-12-19 was a Monday, not a Friday"
    )


@pytest.mark.parametrize(
    "a, b, status",
    [
        # units convert, and a conversion agrees within its rounding
        (
            detail(Kind.QUANTITY, 85, "mile"),
            detail(Kind.QUANTITY, 137, "kilometre"),
            Status.COMPATIBLE,
        ),
        (
            detail(Kind.QUANTITY, 85, "mile"),
            detail(Kind.QUANTITY, 85, "kilometre"),
            Status.DIFFERENT,
        ),
        (detail(Kind.DURATION, 18, "month"), detail(Kind.DURATION, 1.5, "year"), Status.SAME),
        (detail(Kind.DURATION, 2, "week"), detail(Kind.DURATION, 14, "day"), Status.SAME),
        # "about" is ±10%
        (
            detail(Kind.QUANTITY, (900, 1100), "person"),
            detail(Kind.QUANTITY, 1040, "person"),
            Status.COMPATIBLE,
        ),
        (
            detail(Kind.QUANTITY, (900, 1100), "person"),
            detail(Kind.QUANTITY, 1400, "person"),
            Status.DIFFERENT,
        ),
        # dates of different precision, intervals
        (DEC_19, detail(Kind.DATE, "2022-12"), Status.COMPATIBLE),
        (
            detail(Kind.DATE, "2022-12-12/2022-12-18"),
            detail(Kind.DATE, "2022-12-14"),
            Status.COMPATIBLE,
        ),
        (
            detail(Kind.DATE, "2022-12-12/2022-12-18"),
            detail(Kind.DATE, "2022-11-30"),
            Status.DIFFERENT,
        ),
        (
            detail(Kind.WEEKDAY, "Wednesday"),
            detail(Kind.DATE, "2022-12-12/2022-12-18"),
            Status.COMPATIBLE,
        ),
        (detail(Kind.DATE, "2019-06"), detail(Kind.DATE, "2019-07"), Status.DIFFERENT),
        # quotes
        (quote("The risks are really high"), quote("the risks are really high."), Status.SAME),
        (
            quote("The risks are really high"),
            quote("The risks are really high, even now"),
            Status.COMPATIBLE,
        ),
        (quote("The risks are really high"), quote("The risks are very low"), Status.DIFFERENT),
        (quote("escalating"), quote("deteriorating"), Status.DIFFERENT),
        # sources
        (source("the ISW"), source("Institute for the Study of War"), Status.SAME),
        (source("Kyiv"), source("Ukraine"), Status.SAME),
        (source("Moshes"), source("Arkady Moshes"), Status.COMPATIBLE),
        (source("officials"), source("the Pentagon"), Status.COMPATIBLE),
        (source("the Pentagon"), source("the Kremlin"), Status.DIFFERENT),
        # certainty differs without contradicting
        (
            detail(Kind.MODALITY, "certain", qualifier="will", about="fly"),
            detail(Kind.MODALITY, "possible", qualifier="may", about="fly"),
            Status.COMPATIBLE,
        ),
    ],
)
def test_tolerances(a, b, status):
    assert relate(a, b)[0] is status
    assert relate(b, a)[0] is status


def test_a_small_difference_between_exact_figures_is_different_with_a_note():
    status, note = relate(
        detail(Kind.QUANTITY, 1200, "person"), detail(Kind.QUANTITY, 1187, "person")
    )
    assert status is Status.DIFFERENT
    assert (
        note
        == "differ by 13 people (1,200 vs 1,187); a small difference: one figure may be rounded"
    )


def test_notes_name_the_unit_in_the_plural():
    batches = relate(detail(Kind.QUANTITY, 12, "batch"), detail(Kind.QUANTITY, 14, "batch"))
    assert batches[1] == "differ by 2 batches (12 vs 14)"
    aircraft = relate(detail(Kind.QUANTITY, 3, "aircraft"), detail(Kind.QUANTITY, 5, "aircraft"))
    assert aircraft[1] == "differ by 2 aircraft (3 vs 5)"


def test_notes_name_what_differs():
    assert relate(quote("escalating"), quote("deteriorating"))[1] == (
        "quoted words differ: “escalating” vs “deteriorating”"
    )
    assert relate(source("the Pentagon"), source("the Kremlin"))[1] == (
        "attributed to the Pentagon vs the Kremlin"
    )
    assert (
        relate(
            detail(Kind.MODALITY, "certain", qualifier="will", about="fly"),
            detail(Kind.MODALITY, "possible", qualifier="may", about="fly"),
        )[1]
        == "certainty differs: will (certain) vs may (possible)"
    )


def test_durations_of_different_events_never_meet():
    visit = detail(Kind.DURATION, 3, "year", about="visit")
    war = detail(Kind.DURATION, 10, "month", about="war")
    assert not meets(visit, war)
    assert meets(visit, detail(Kind.DURATION, 3.5, "year", about="visit"))
    assert meets(visit, THREE_AND_A_HALF)


def test_unrelated_quotes_and_pronouns_never_meet():
    assert not meets(
        quote("The risks are really high, even though the leadership wants to stay away"),
        quote("Ukraine's hands will be somewhat tied as long as there is this grouping"),
    )
    assert not meets(source("he"), source("Arkady Moshes"))


@pytest.mark.parametrize(
    "detail_, slot",
    [
        (detail(Kind.QUANTITY, 85, "mile"), "quantity of length"),
        (detail(Kind.QUANTITY, 3, "aircraft"), "quantity of aircraft"),
        (detail(Kind.QUANTITY, 3), None),
        (detail(Kind.DATE, "2022-12-12/2022-12-18"), "date"),
        (detail(Kind.RANK, 3, about="largest"), "rank"),
        (detail(Kind.DATE, "last week", qualifier="relative"), None),
        (quote("escalating"), "quote"),
        (detail(Kind.NEGATION, "join", qualifier="not"), None),
    ],
)
def test_slots(detail_, slot):
    assert detail_slot(detail_) == slot


def test_source_keys_fold_articles_brackets_and_aliases():
    assert source_key("The Kremlin") == source_key("Moscow") == "russia"
    assert (
        source_key("the US Institute for the Study of War (ISW)")
        == "us institute for the study of war"
    )


def test_dates_far_apart_in_precision_meet_only_when_they_overlap():
    protests = detail(Kind.DATE, "2020", text="2020")
    assert not meets(protests, DEC_19)
    assert meets(detail(Kind.DATE, "2022"), DEC_19)
    assert meets(detail(Kind.DATE, "2021"), detail(Kind.DATE, "2022"))
    assert meets(detail(Kind.DATE, "2021-09-01/2021-11-30"), detail(Kind.DATE, "2021-05"))


def test_ranks_of_different_things_never_meet():
    largest = detail(Kind.RANK, 3, about="largest")
    assert not meets(largest, detail(Kind.RANK, 2, about="most punctual"))
    assert meets(largest, detail(Kind.RANK, 2, about="largest"))
    assert not meets(detail(Kind.RANK, 52, "of 142"), detail(Kind.RANK, 52, "of 140"))


def test_when_a_claim_was_made_never_meets_when_its_event_happens():
    spoken = detail(Kind.DATE, "2022-12-13/2022-12-20", about="statement")
    event = detail(Kind.DATE, "2023-02-01/2023-02-10")
    assert not meets(spoken, event)
    assert meets(spoken, detail(Kind.WEEKDAY, "Friday", about="statement"))


_UNITS = st.sampled_from([None, "mile", "kilometre", "year", "month", "day", "percent", "aircraft"])
_NUMBERS = st.floats(min_value=0, max_value=1e7, allow_nan=False)
_VALUES = st.one_of(
    _NUMBERS, st.tuples(_NUMBERS, _NUMBERS).map(sorted).map(tuple), st.integers(0, 10**6)
)


@given(_VALUES, _VALUES, _UNITS, _UNITS, st.sampled_from([Kind.QUANTITY, Kind.DURATION]))
def test_numbers_relate_symmetrically(value_a, value_b, unit_a, unit_b, kind):
    a, b = detail(kind, value_a, unit_a, text="x"), detail(kind, value_b, unit_b, text="y")
    assert relate(a, b)[0] is relate(b, a)[0]
    assert relate(a, a)[0] is Status.SAME


_DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@given(_DATES, _DATES, _DATES)
def test_dates_relate_symmetrically_and_containment_is_compatible(day, start, end):
    start, end = sorted((start, end))
    a = detail(Kind.DATE, day.isoformat())
    b = detail(Kind.DATE, f"{start.isoformat()}/{end.isoformat()}")
    status = relate(a, b)[0]
    assert status is relate(b, a)[0]
    if start <= day <= end:
        assert status in (Status.SAME, Status.COMPATIBLE)
    else:
        assert status is Status.DIFFERENT


def _quote(words: str) -> Detail:
    return Detail(Kind.QUOTE, f"“{words}”", 0, len(words) + 2, words)


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # one remark transcribed two ways (bench/LABELLING.md, sections 4 and 5)
        ("some good & some bad", "Some good and some bad", Status.SAME),
        ("Senator Reid respects that", "Sen. Reid respects that", Status.SAME),
        ("I’ m not positive", "I'm not positive", Status.SAME),
        ("I said it was over", "I say it was over", Status.COMPATIBLE),
        ("are alleged to be both discriminators and victims",
         "managers who are alleged to be discriminators and victims", Status.COMPATIBLE),
        # a different word is a different quote
        ("watch with a grain of salt", "just with a grain of salt", Status.DIFFERENT),
    ],
)  # fmt: skip
def test_a_quote_transcribed_two_ways_is_one_quote(a, b, status):
    assert relate(_quote(a), _quote(b))[0] is status


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("at least 22 people were killed", "at least 89 people were killed", Status.DIFFERENT),
        ("up to 1.6 million women", "as many as 1.5 million women", Status.DIFFERENT),
        ("at least 22 people were killed", "at least 22 people died", Status.SAME),
        ("more than 500 people", "at least 500 people", Status.SAME),
    ],
)
def test_two_floors_or_two_ceilings_at_different_levels_differ(a, b, status):
    found = [_quantity(a), _quantity(b)]
    result, note = relate(*found)
    assert result is status
    if status is Status.DIFFERENT:
        assert "different" in note and found[0].text in note and found[1].text in note


def _quantity(text: str) -> Detail:
    return next(d for d in extract_details(text) if d.kind is Kind.QUANTITY)
