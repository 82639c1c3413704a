"""Clauses: cut where a second fact is joined on, offsets kept, nothing cut too short."""

import pytest

from factdiff.clauses import clause_spans, clauses
from factdiff.models import Detail, Kind, Statement


def cut(text):
    return [text[a:b] for a, b in clause_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin will fly to Belarus on Monday, his first visit in three years, amid "
            "speculation that he might pressure Minsk to join the war.",
            [
                "Putin will fly to Belarus on Monday,",
                "his first visit in three years,",
                "amid speculation that he might pressure Minsk to join the war.",
            ],
        ),
        (
            "Drones struck the port city of Merovo overnight, killing at least seven people.",
            ["Drones struck the port city of Merovo overnight,", "killing at least seven people."],
        ),
        (
            "The rebels took the northern town; government troops withdrew to the river.",
            ["The rebels took the northern town;", "government troops withdrew to the river."],
        ),
        (
            "The fuel tax, which would have raised diesel prices by nine cents, was meant "
            "to fund a rail upgrade.",
            [
                "The fuel tax, which would have raised diesel prices by nine cents,",
                "was meant to fund a rail upgrade.",
            ],
        ),
    ],
)
def test_a_second_fact_is_cut_off(text, expected):
    assert cut(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers worked through the night, according to the fire service.",
        "Officials said talks would go on, amid hopes.",
        'She said "we will rebuild, while others leave; we stay" and wept at the site.',
        "The minister, who resigned, left.",
    ],
)
def test_no_cut_leaves_a_clause_too_short_or_splits_a_quotation(text):
    assert cut(text) == [text]


def test_a_detail_read_across_a_cut_keeps_it_whole():
    text = "Officials said the blaze, which started at dawn, was out by noon on Friday."
    said = Detail(Kind.ATTRIBUTION, text[:43], 0, 43, "Officials")
    assert clause_spans(text, [(said.start, said.end)])[0][1] >= 43


def test_clauses_keep_offsets_details_and_their_sentence():
    text = "Putin flies to Minsk on Monday, his first visit in three years, amid fears of war."
    start = 100
    years = text.index("three years")
    detail = Detail(Kind.DURATION, "three years", start + years, start + years + 11, 3, "year")
    sentence = Statement("a", 4, start, start + len(text), text, (detail,))
    found = clauses(sentence)
    assert len(found) == 2
    for clause in found:
        assert text[clause.start - start : clause.end - start] == clause.text
        assert clause.sentence is sentence and clause.context is sentence
        assert clause.index == 4
    assert found[0].details == () and found[1].details == (detail,)
    assert len({c.key for c in found}) == 2


def test_a_sentence_of_one_clause_is_returned_as_it_is():
    sentence = Statement("a", 0, 0, 20, "Parliament met today.")
    assert clauses(sentence) == (sentence,)
    assert sentence.context is sentence
