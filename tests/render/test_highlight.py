"""Tests of highlighting: which words of a statement differ from the other source's."""

from hypothesis import given
from hypothesis import strategies as st

from factdiff.models import Detail, Kind, Statement
from factdiff.render.highlight import highlight
from factdiff.render.records import Segment


def test_highlight_words():
    a = Statement("a", 0, 10, 41, "Putin will fly to Belarus today")
    b = Statement("b", 0, 0, 31, "Putin flew to Belarus on Monday")
    segments = highlight(a, b)
    assert [s.text for s in segments if s.changed] == ["will fly", "today"]
    assert highlight(a) == (Segment("Putin will fly to Belarus today"),)


def test_highlight_treats_curly_and_straight_apostrophes_alike():
    a = Statement("a", 0, 0, 14, "Putin’s visit.")
    b = Statement("b", 0, 0, 14, "Putin's visit.")
    assert highlight(a, b) == (Segment("Putin’s visit."),)


@given(st.text(max_size=80), st.text(max_size=80))
def test_highlight_never_loses_text(ours, theirs):
    a = Statement("a", 0, 0, len(ours), ours)
    b = Statement("b", 0, 0, len(theirs), theirs)
    detail = Detail(Kind.PLACE, ours[:3], 0, min(3, len(ours)), "x")
    segments = highlight(a, b, [detail])
    assert "".join(s.text for s in segments) == ours
    assert all(s.text for s in segments)
