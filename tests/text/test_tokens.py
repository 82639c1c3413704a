"""Tests for factdiff.text.tokens: the single-spaced text the extractors read, and the
tokens read once and blocked again for other taken spans."""

import re

from hypothesis import given
from hypothesis import strategies as st

from factdiff.text.tokens import INVISIBLE, lower_straight, reblocked, single_spaced, tokenise

# Letters, white space of several kinds and invisible characters, so that both the text
# left as it is and the text that must change are drawn often.
_CHARACTERS = st.sampled_from([*"ab1 .", " ", "\t", "\n", "\u00a0", "\u200d", "\u202e"])


@given(st.text(_CHARACTERS, max_size=40))
def test_each_character_kept_points_to_itself_and_runs_of_space_become_one(text):
    flat, where = single_spaced(text)
    assert len(where) == len(flat)
    assert where == sorted(set(where))
    for char, index in zip(flat, where, strict=True):
        assert char == text[index] or (char == " " and text[index].isspace())
    assert "  " not in flat and not INVISIBLE.search(flat)
    assert not any(c.isspace() and c != " " for c in flat)
    visible = [c for c in text if not INVISIBLE.match(c)]
    assert len(flat.split()) == len("".join(visible).split())


def test_plain_text_is_returned_as_it_is():
    text = "Putin flew to Minsk on Monday."
    assert single_spaced(text) == (text, list(range(len(text))))


# Spans drawn over a short text of words, numbers and marks, overlapping or not.
_SPANS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=4).map(
    lambda spans: [(start, start + size) for start, size in spans]
)


@given(st.text(st.sampled_from([*"ab1 .,'’-"]), max_size=30), _SPANS)
def test_tokens_read_once_and_blocked_again_are_the_tokens_read_with_the_spans(text, taken):
    pattern = re.compile(r"\w+|[^\w\s]")
    once = tokenise(pattern, text)
    assert reblocked(once, taken) == tokenise(pattern, text, taken)
    assert reblocked(reblocked(once, taken), ()) == once


def test_lower_straight_folds_case_and_curly_apostrophes():
    assert lower_straight("Putin’s") == "putin's"
    assert lower_straight("NATO's") == "nato's"
