"""Tests for factdiff.extract.speech: resolving "he told ..." across statements, and the seed."""

import dataclasses
from pathlib import Path

import pytest

from factdiff.compare import statements_of
from factdiff.extract import resolve_people
from factdiff.extract.speech import (
    find_attributions,
    find_quotes,
    find_speech,
    resolve_speakers,
)
from factdiff.models import OVERLAY_KINDS, Detail, Kind, Statement
from factdiff.read import read_article

THE_WEEK = Path(__file__).parents[2] / "seeds" / "theweek-putin-flies-to-minsk.txt"


# --- resolving speakers ---------------------------------------------------------------------


def statement(source: str, index: int, text: str, *people: tuple[str, str]) -> Statement:
    """Return a statement of ``text`` with the people given as (words, full name) and its speech."""
    details = [
        Detail(Kind.PERSON, words, text.index(words), text.index(words) + len(words), value)
        for words, value in people
    ]
    details += find_quotes(text) + find_attributions(text)
    return Statement(source, index, 0, len(text), text, tuple(details))


def speakers(statements) -> list[list[str]]:
    """Return each statement's quote speakers and attribution sources."""
    return [
        [
            d.speaker if d.kind is Kind.QUOTE else d.value
            for d in s.details
            if d.kind in OVERLAY_KINDS
        ]
        for s in statements
    ]


def test_a_pronoun_takes_the_person_named_in_the_sentences_before():
    resolved = resolve_speakers(
        [
            statement(
                "a",
                0,
                "According to Arkady Moshes, the moves are a ploy.",
                ("Arkady Moshes", "Arkady Moshes"),
            ),
            statement("a", 1, "Minsk is in a hard place."),
            statement("a", 2, '"Ukraine is tied," he told The Wall Street Journal.'),
        ]
    )
    assert speakers(resolved) == [["Arkady Moshes"], [], ["Arkady Moshes", "Arkady Moshes"]]


def test_a_pronoun_prefers_a_person_not_named_after_a_preposition():
    text = "Though Lukashenko met with Putin, he said security will be a topic."
    resolved = resolve_speakers(
        [
            statement(
                "a", 0, text, ("Lukashenko", "Alexander Lukashenko"), ("Putin", "Vladimir Putin")
            )
        ]
    )
    assert speakers(resolved) == [["Alexander Lukashenko"]]


def test_a_pronoun_looks_back_three_sentences_only():
    resolved = resolve_speakers(
        [
            statement("a", 0, "Moshes spoke first.", ("Moshes", "Arkady Moshes")),
            statement("a", 1, "Nothing happened."),
            statement("a", 2, "Nothing else happened."),
            statement("a", 3, "Still nothing."),
            statement("a", 4, "It is over, he said."),
        ]
    )
    assert speakers(resolved)[-1] == ["he"]


def test_a_pronoun_never_takes_a_name_from_another_source():
    resolved = resolve_speakers(
        [
            statement("a", 0, "Moshes spoke.", ("Moshes", "Arkady Moshes")),
            statement("b", 0, "It is over, he said."),
        ]
    )
    assert speakers(resolved) == [[], ["he"]]


def test_they_takes_a_group_and_he_a_person():
    resolved = resolve_speakers(
        [
            statement(
                "a", 0, "Analysts suggest that Moshes is right.", ("Moshes", "Arkady Moshes")
            ),
            statement("a", 1, "It is a ploy, they said."),
        ]
    )
    assert speakers(resolved) == [["Analysts"], ["Analysts"]]


def test_a_surname_speaker_takes_the_full_name_of_its_article():
    resolved = resolve_speakers(
        [
            statement(
                "a",
                0,
                "Russian President Vladimir Putin flew in.",
                ("Vladimir Putin", "Vladimir Putin"),
            ),
            statement("a", 1, "The visit matters, Putin said.", ("Putin", "Vladimir Putin")),
            statement("a", 2, "It is calm, Lukashenko said."),
        ]
    )
    assert speakers(resolved) == [[], ["Vladimir Putin"], ["Lukashenko"]]


def test_statements_of_a_source_must_be_consecutive_and_in_order():
    a0, b0, a1 = statement("a", 0, "One."), statement("b", 0, "Two."), statement("a", 1, "Three.")
    with pytest.raises(ValueError, match="'a' are not consecutive"):
        resolve_speakers([a0, b0, a1])
    with pytest.raises(ValueError, match="out of order: index 0 after 1"):
        resolve_speakers([a1, a0])
    with pytest.raises(TypeError, match="Statement objects"):
        resolve_speakers(["text"])


def test_statements_without_pronouns_come_back_unchanged():
    given_statements = [statement("a", 0, "Moshes said it.", ("Moshes", "Moshes"))]
    assert resolve_speakers(given_statements) == given_statements


# --- the seed -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def the_week() -> list[Statement]:
    """Return The Week's statements with speech read and speakers resolved."""
    read = [
        dataclasses.replace(s, details=tuple(d for d in s.details if d.kind not in OVERLAY_KINDS))
        for s in statements_of(read_article(THE_WEEK))
    ]
    with_speech = [
        dataclasses.replace(
            s,
            details=s.details
            + tuple(
                dataclasses.replace(d, start=d.start + s.start, end=d.end + s.start)
                for d in find_quotes(s.text) + find_attributions(s.text)
            ),
        )
        for s in resolve_people(read)
    ]
    return resolve_speakers(with_speech)


def seed_quote(statements: list[Statement], opening: str) -> Detail:
    """Return the quote whose words start with ``opening``."""
    (quote,) = [
        d
        for s in statements
        for d in s.details
        if d.kind is Kind.QUOTE and str(d.value).startswith(opening)
    ]
    return quote


def test_seed_preiherman_told_the_wall_street_journal(the_week):
    quote = seed_quote(the_week, "The risks are really high")
    assert (quote.speaker, quote.audience, quote.qualifier) == (
        "Yauheni Preiherman",
        "The Wall Street Journal",
        "tell",
    )


def test_seed_speakers_keep_their_roles(the_week):
    assert seed_quote(the_week, "The risks are really high").about == "political scientist"
    assert seed_quote(the_week, "calculated").about.startswith("policy analyst and researcher")


def test_seed_he_who_told_the_wall_street_journal_is_moshes(the_week):
    quote = seed_quote(the_week, "As long as there is this joint grouping")
    assert (quote.speaker, quote.audience) == ("Arkady Moshes", "The Wall Street Journal")
    (attribution,) = [
        d for s in the_week for d in s.details if d.kind is Kind.ATTRIBUTION and d.text == "he told"
    ]
    assert attribution.value == "Arkady Moshes"


def test_seed_calculated_is_moshes_word(the_week):
    assert seed_quote(the_week, "calculated").speaker == "Arkady Moshes"


def test_seed_escalating_is_lukashenko_word(the_week):
    assert seed_quote(the_week, "escalating").speaker == "Alexander Lukashenko"


def test_seed_spans_are_offsets_into_the_article(the_week):
    text = read_article(THE_WEEK).text
    for detail in (d for s in the_week for d in s.details if d.kind in OVERLAY_KINDS):
        assert text[detail.start : detail.end] == detail.text


def test_seed_attributions(the_week):
    found = {
        (d.value, d.qualifier) for s in the_week for d in s.details if d.kind is Kind.ATTRIBUTION
    }
    assert found == {
        ("Alexander Lukashenko", "state"),
        ("Alexander Lukashenko", "say"),
        ("Ukraine", "state"),
        ("Yauheni Preiherman", "tell"),
        ("Minsk", "announce"),
        ("Belarus Defence Ministry", "according to"),
        ("Arkady Moshes", "according to"),
        ("Arkady Moshes", "tell"),
    }


def test_find_speech_reads_once_what_quotes_and_attributions_read_apart():
    sentences = [s.text for s in statements_of(read_article(THE_WEEK))]
    for text in sentences:
        assert find_speech(text) == find_quotes(text) + find_attributions(text), text
    assert any(find_speech(text) for text in sentences)
