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


def test_an_unclosed_quotation_mark_does_not_hide_a_later_quotation():
    text = (
        'He wrote “no end in sight for the city, while she said "we will rebuild; we will '
        'stay" and wept at the site of the fire.'
    )
    assert cut(text) == [
        "He wrote “no end in sight for the city,",
        'while she said "we will rebuild; we will stay" and wept at the site of the fire.',
    ]


def test_an_aside_closes_at_its_first_comma_unless_a_quotation_holds_it():
    text = "The tax, which would have raised prices by nine cents, fees by two, was meant to fund a rail upgrade."
    assert cut(text) == [
        "The tax, which would have raised prices by nine cents,",
        "fees by two, was meant to fund a rail upgrade.",
    ]
    text = "The tax, which would have raised “prices, fees and tolls” by nine cents, was meant to fund a rail upgrade."
    assert cut(text) == [text]


def test_a_short_clause_joins_the_one_before_and_the_first_the_one_after():
    text = "Rain fell; the rivers rose over their banks in many towns; roads shut; and yet the people stayed in their homes all week."
    assert cut(text) == [
        "Rain fell; the rivers rose over their banks in many towns; roads shut;",
        "and yet the people stayed in their homes all week.",
    ]


def test_details_go_to_the_clause_that_holds_them_in_their_order():
    text = "Putin flies to Minsk on Monday, his first visit in three years, amid fears of war."
    monday, years = text.index("Monday"), text.index("three years")
    details = (
        Detail(Kind.DURATION, "three years", years, years + 11, 3, "year"),
        Detail(Kind.WEEKDAY, "Monday", monday, monday + 6, "Monday"),
        Detail(Kind.ATTRIBUTION, "Putin flies", 0, 11, "Putin"),
        Detail(Kind.QUANTITY, "three", years, years + 5, 3),
    )
    found = clauses(Statement("a", 0, 0, len(text), text, details))
    assert [c.details for c in found] == [(details[1], details[2]), (details[0], details[3])]


@pytest.mark.parametrize(
    "unit, count",
    [
        ("a big dog; ", 1),  # every clause too short: each joined to the one before
        ("we saw it all; the big dog ran far and the end ", 20_000),  # asides never closed
        ("a “b ", 1),  # quotation marks never closed
        ('“a” b; the c "d" ', 1),
    ],
)
def test_long_sentences_are_cut_in_one_pass(unit, count):
    # No clock here: each takes under a second, where cutting them rescanned the sentence
    # (or the list of clauses or of quotations) at every cut, for minutes.
    text = unit * (20_000 if count > 1 else 1_000_000 // len(unit))
    assert len(clause_spans(text)) == count


def test_a_long_sentence_with_many_details_is_cut_in_one_pass():
    unit = "The army, which lost 5 tanks, "
    text = unit * 20_000 + "retreated to the east in good order."
    fives = [k * len(unit) + unit.index("5") for k in range(20_000)]
    details = tuple(Detail(Kind.QUANTITY, "5", at, at + 1, 5) for at in fives)
    found = clauses(Statement("a", 0, 0, len(text), text, details))
    assert sum(len(c.details) for c in found) == 20_000
