"""Tests for factdiff.extract.analysis: a sentence read once gives each reader what it
would read alone, and is refused for another sentence."""

import pytest

from factdiff.extract.analysis import analyse
from factdiff.extract.entities import find_entities
from factdiff.extract.polarity import find_polarity
from factdiff.extract.speech import find_attributions, find_quotes, find_speech

_SENTENCES = [
    '"It is high," Moshes told reporters on Monday.',
    "Belarus has not officially joined the war, according to the ISW.",
    "Russian President Vladimir Putin met 1,500 U.S. troops in 2022.",
    "Ana Ribeiro, Portugal's environment minister, said the dam may close.",
    "Researchers at the Karolinska Institute found 20 people had not voted.",
    "",
]
# Spans other extractors took: none, one over a name, one over a number and a word.
_TAKEN = [(), ((0, 7),), ((10, 20), (30, 34))]


@pytest.mark.parametrize("text", _SENTENCES)
@pytest.mark.parametrize("taken", _TAKEN)
def test_each_reader_finds_with_the_analysis_what_it_finds_alone(text, taken):
    read = analyse(text)
    assert find_entities(text, taken=taken, analysis=read) == find_entities(text, taken=taken)
    assert find_polarity(text, taken=taken, analysis=read) == find_polarity(text, taken=taken)
    for reader in (find_speech, find_quotes, find_attributions):
        assert reader(text, taken=taken, analysis=read) == reader(text, taken=taken)


def test_the_analysis_holds_the_entities_with_no_span_taken():
    text = _SENTENCES[2]
    assert list(analyse(text).entities) == find_entities(text)


@pytest.mark.parametrize("reader", [find_entities, find_polarity, find_speech])
def test_an_analysis_of_another_sentence_is_refused(reader):
    with pytest.raises(ValueError, match="another text"):
        reader("Putin flew.", analysis=analyse("Putin flew to Minsk."))


def test_analysing_no_text_is_a_type_error():
    with pytest.raises(TypeError):
        analyse(None)
