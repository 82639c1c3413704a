"""Sentence splitting: abbreviations, quotes, footnote markers, offsets."""

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff.read import parse_article, read_article
from factdiff.split import (
    ABBREVIATIONS_BEFORE_NAMES,
    ABBREVIATIONS_BEFORE_NUMBERS,
    sentence_spans,
    split_sentences,
)

from .conftest import BELARUS, ROOT, THE_WEEK


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


def unbounded_spans(text):
    """Return the sentence spans as the first splitter found them: every look-behind read
    from the start of the text, every run of marks tried from each of its marks, the rest of
    a paragraph copied at every Chinese full stop. Quadratic, so only for short texts."""
    old_boundary = re.compile(r"[.!?…]+[\"'”’»)\]]*(?:\[\d{1,3}\])*(?=\s)|[。！？]+[」』”’）)]*")

    def ends_sentence(boundary):
        if boundary[0][0] in "。！？":
            return bool(text[boundary.end() :].strip())
        following = re.compile(r"\s+([\"'“‘«(\[]?)(\w)").match(text, boundary.end())
        if following is None or following[2].islower():
            return False
        if not boundary[0].startswith("."):
            return True
        word = re.compile(r"(\S{1,30})$").search(text, 0, boundary.start())
        if word is None:
            return True
        token = word[1].lstrip("\"'“‘«([").casefold()
        if token in ABBREVIATIONS_BEFORE_NAMES:
            return False
        if token in ABBREVIATIONS_BEFORE_NUMBERS:
            return not following[2].isdigit()
        return not re.fullmatch(r"(?:\w\.)*\w", token)

    spans, start = [], 0
    for boundary in old_boundary.finditer(text):
        if ends_sentence(boundary):
            spans.append((start, boundary.end()))
            start = boundary.end()
    spans.append((start, len(text)))
    return [
        (a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip()))
        for a, b in spans
        if text[a:b].strip()
    ]


INITIALS = "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o"
TRICKY = [
    "Mr. Smith met Gen. Jones at 5 p.m. on Dec. 19. They spoke.",
    'It cost $3.5bn... Or so they said!! "Really?!" he asked.[3][4] Yes.',
    "He left.\nMr.\n. Smith came.) Then (U.S.) troops. i.e. The end… Next.",
    "......x. Yes!!! No?! Maybe.'\" So.” Then. ’Tis.",
    "普京周一抵达明斯克。他会见了卢卡申科！ Talks went on。 。 End.",
    "A" * 40 + ". Next. " + "Mr." * 40 + " Smith. " + "x" * 29 + "Mr. Done.",
    # The word before a full stop is its last 30 characters, however long it is, even with
    # a line break between it and the stop: here not initials, so the sentence ends.
    "xx" + INITIALS + ". Next. x" + INITIALS + "\n. Next.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_texts_split_as_the_unbounded_look_behind_split_them(text):
    assert list(sentence_spans(text)) == unbounded_spans(text)


@pytest.mark.parametrize("path", sorted((ROOT / "seeds").glob("*.txt")))
def test_seed_sentences_are_those_the_unbounded_look_behind_found(path):
    article = read_article(path)
    for paragraph in article.paragraphs:
        text = article.text[paragraph.start : paragraph.end]
        assert list(sentence_spans(text)) == unbounded_spans(text)


PIECES = [*"ab .!?…\"')][1\n。\u00a0", "Mr", "Dec", "U.S", "A", "x" * 29]


@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_any_text_splits_as_the_unbounded_look_behind_split_it(text):
    assert list(sentence_spans(text)) == unbounded_spans(text)


@pytest.mark.parametrize(
    "text, count",
    [
        ("Mr. " * 50_000, 1),
        ("." * 200_000 + "x", 1),
        ("!?" * 100_000 + "x", 1),
        ("普京。" * 60_000, 60_000),
        ("x" * 30 + ". Yes" * 60_000, 60_001),
    ],
)
def test_long_runs_split_in_one_pass(text, count):
    # No clock here: splitting each takes milliseconds, where the quadratic splitter took
    # from seconds ("普京。") to hours (200,000 dots) on them.
    assert len(list(sentence_spans(text))) == count
