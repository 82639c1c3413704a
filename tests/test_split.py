"""Sentence splitting: abbreviations, quotes, footnote markers, offsets."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff.read import parse_article, read_article
from factdiff.split import sentence_spans, split_sentences

from .conftest import BELARUS, THE_WEEK


def sentences(text):
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. Army left. It came back.", ["The U.S. Army left.", "It came back."]),
        ("Dr. Smith spoke. Gen. Jones did not.", ["Dr. Smith spoke.", "Gen. Jones did not."]),
        (
            "It began on Dec. 19 in Minsk. Talks followed.",
            ["It began on Dec. 19 in Minsk.", "Talks followed."],
        ),
        ("Prices rose 3.5 percent. Wages did not.", ["Prices rose 3.5 percent.", "Wages did not."]),
        (
            'He said it was "escalating." Then he left.',
            ['He said it was "escalating."', "Then he left."],
        ),
        (
            "War is near.[1] However, it is not certain.[2]",
            ["War is near.[1]", "However, it is not certain.[2]"],
        ),
        ("Why now? Nobody knows! Maybe later.", ["Why now?", "Nobody knows!", "Maybe later."]),
        (
            "It ends... and goes on. J. R. Smith agreed.",
            ["It ends... and goes on.", "J. R. Smith agreed."],
        ),
        ("Acme Inc. reported losses. Shares fell.", ["Acme Inc. reported losses.", "Shares fell."]),
        ("No punctuation at all", ["No punctuation at all"]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_seed_sentences_keep_their_offsets_and_markers():
    article = read_article(BELARUS)
    found = split_sentences(article)
    assert all(article.text[s.start : s.end] == s.text for s in found)
    assert [s.index for s in found] == list(range(len(found)))
    assert (
        "Nitekim Analysts suggest that the purpose of this visit may be to formally involve Belarus in the Ukrainian war.[1]"
        in [s.text for s in found]
    )
    assert len(found) == 36


def test_the_week_standfirst_is_a_sentence_and_the_title_is_not():
    article = read_article(THE_WEEK)
    found = [s.text for s in split_sentences(article)]
    assert found[0] == "This is Russian President Vladimir Putin's first visit in three years"
    assert article.title not in found
    assert 'Lukashenko had made a statement on Friday that the situation was "escalating."' in found
    assert len(found) == 16


@given(st.text(alphabet=st.sampled_from(list("ab .!?\"'[]1\n\u00a0Dr.U.S")), max_size=200))
def test_spans_are_ordered_stripped_and_inside_the_text(text):
    spans = list(sentence_spans(text))
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(spans))
    for a, b in spans:
        assert text[a:b] == text[a:b].strip()
    # Nothing but white space is lost between the sentences.
    assert "".join("".join(text[a:b].split()) for a, b in spans) == "".join(text.split())


def test_one_sentence_article():
    article = parse_article("Title\n\nOnly one sentence here.", source_id="x")
    assert [s.text for s in split_sentences(article)] == ["Only one sentence here."]
