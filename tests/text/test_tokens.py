"""Tests for factdiff.text.tokens: the single-spaced text the extractors read."""

from hypothesis import given
from hypothesis import strategies as st

from factdiff.text.tokens import INVISIBLE, single_spaced

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
