"""Tests of the view model: labels, highlighting, display values, grouping and counts."""

from __future__ import annotations

import re
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff.models import Detail, Kind, Statement
from factdiff.render.view import (
    DiscrepancyLine,
    Segment,
    build_view,
    format_value,
    highlight,
    markdown_escape,
    source_label,
)

from .conftest import A_ID, B_ID


def test_fixture_offsets_match_the_article_text(comparison):
    for source in comparison.sources:
        text = source.article.text
        for statement in source.statements:
            assert text[statement.start : statement.end] == statement.text
            for detail in statement.details:
                assert text[detail.start : detail.end] == detail.text
        for reference in source.article.references:
            assert text[reference.start : reference.end] == reference.text


def test_sources_are_labelled_in_order_with_counts(comparison, generated):
    view = build_view(comparison, generated=generated)
    assert [(s.label, s.id) for s in view.sources] == [("A", A_ID), ("B", B_ID)]
    a, b = view.sources
    assert a.title == "Putin Visits Minsk: The Choice of Belarus"
    assert a.name == f"{A_ID}.txt"
    assert (a.sentences, b.sentences) == (6, 4)
    assert a.words == comparison.sources[0].words
    assert (a.unique, b.unique) == (4, 2)
    assert a.numbers == f"6 sentences · {a.words} words"


def test_summary_counts_and_discrepancy_line(comparison, generated):
    view = build_view(comparison, generated=generated)
    assert [(c.number, c.caption) for c in view.counts] == [
        (1, "discrepancy"),
        (1, "agreement"),
        (4, "only in A"),
        (2, "only in B"),
    ]
    assert view.discrepancy_lines == (
        DiscrepancyLine(
            "Time since Putin's last visit: 3.5 years (Putin Visits Minsk) vs 3 years (The Week)",
            "3.5 years is not 3 years",
            "82%",
            "f1",
        ),
    )
    assert view.more_discrepancies == 0
    # An agreement over a figure is headed by it; the values are compatible, not equal.
    assert [f.headline for f in view.agreements] == [
        "Date of Putin's visit: 2022-12-19 (Putin Visits Minsk) ≈ Monday (The Week)"
    ]
    assert view.verdict == (
        "The sources disagree on 1 fact and agree on 1 fact; 6 statements appear in one source only."
    )
    assert view.generated == "2024-05-06 07:08 UTC"
    assert view.title.startswith("factdiff: Putin Visits Minsk")


def test_discrepancy_columns_details_and_confidence(comparison, generated):
    finding = build_view(comparison, generated=generated).discrepancies[0]
    assert (finding.verdict, finding.symbol, finding.verdict_label) == (
        "discrepancy",
        "≠",
        "Discrepancy",
    )
    assert finding.confidence == "82%"
    assert [c.source.label for c in finding.columns] == ["A", "B"]
    duration, person, place = finding.details
    assert duration.values == ("3.5 years", "3 years")
    assert (duration.status, duration.symbol) == ("different", "≠")
    assert duration.note == "3.5 years is not 3 years"
    assert person.status == "same"
    assert place.values == ("Minsk", "—")
    assert place.status_label == "one-sided"


def test_agreement_shows_date_against_weekday(comparison, generated):
    finding = build_view(comparison, generated=generated).agreements[0]
    assert finding.details[0].values == ("2022-12-19", "Monday")
    assert finding.details[0].status == "compatible"


def test_segments_join_back_into_the_statement(comparison, generated):
    view = build_view(comparison, generated=generated)
    for finding in view.discrepancies + view.agreements:
        for column in finding.columns:
            for statement in column.statements:
                assert "".join(s.text for s in statement.segments) == statement.text
                assert "".join(s.text for s in statement.emphasis) == statement.text


def test_differing_detail_is_marked_even_where_words_match(comparison, generated):
    finding = build_view(comparison, generated=generated).discrepancies[0]
    (a,), (b,) = (c.statements for c in finding.columns)
    assert "".join(s.text for s in a.segments if s.detail) == "three and a half years"
    assert "".join(s.text for s in b.segments if s.detail) == "three years"
    # "three" and "years" are in both statements: difflib alone would not mark them.
    assert any(s.detail and not s.changed and "three" in s.text for s in a.segments)
    assert any(s.changed and "and a half" in s.text for s in a.segments)


def test_unique_statements_and_references_are_grouped_by_source(comparison, generated):
    view = build_view(comparison, generated=generated)
    assert [g.source.label for g in view.unique] == ["A", "B"]
    assert [len(g.statements) for g in view.unique] == [4, 2]
    assert view.unique[1].caption == "2 statements"
    assert [g.source.label for g in view.references] == ["A"]
    assert [r.label for r in view.references[0].references] == ["[1]", "[3]"]


def test_view_records_are_frozen(comparison, generated):
    view = build_view(comparison, generated=generated)
    with pytest.raises(FrozenInstanceError):
        view.title = "x"  # type: ignore[misc]


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


@pytest.mark.parametrize(
    ("detail", "shown"),
    [
        (Detail(Kind.DURATION, "three years", 0, 11, 3, "year"), "3 years"),
        (Detail(Kind.DURATION, "three and a half years", 0, 22, 3.5, "year"), "3.5 years"),
        (Detail(Kind.DURATION, "a year", 0, 6, 1, "year"), "1 year"),
        (Detail(Kind.DATE, "December 19, 2022", 0, 17, "2022-12-19"), "2022-12-19"),
        (Detail(Kind.WEEKDAY, "Monday", 0, 6, "monday"), "Monday"),
        (Detail(Kind.WEEKDAY, "Monday", 0, 6, 0), "Monday"),
        (Detail(Kind.DURATION, "nearly 10 months", 0, 16, (9, 10), "month"), "9–10 months"),
        (Detail(Kind.QUANTITY, "over 22", 0, 7, (22, float("inf"))), "≥ 22"),
        (Detail(Kind.QUANTITY, "under 5", 0, 7, (float("-inf"), 5)), "≤ 5"),
        (Detail(Kind.QUANTITY, "85 miles", 0, 8, 85, "mile"), "85 miles"),
        (Detail(Kind.QUANTITY, "12 percent", 0, 10, 12, "%"), "12%"),
        (Detail(Kind.QUANTITY, "142,000", 0, 7, 142000), "142,000"),
        (Detail(Kind.RANK, "52nd", 0, 4, 52), "52nd"),
        (Detail(Kind.PLACE, "Minsk", 0, 5, "Minsk"), "Minsk"),
        (Detail(Kind.QUANTITY, "three aircraft", 0, 14, 3, "aircraft"), "3 aircraft"),
        (Detail(Kind.QUANTITY, "12 batches", 0, 10, 12, "batch"), "12 batches"),
        (Detail(Kind.QUANTITY, "1,200 people", 0, 12, 1200, "person"), "1200 people"),
        (Detail(Kind.QUANTITY, "300 sq mi", 0, 9, 300, "square mile"), "300 square miles"),
        # Numbers no article gives, but a detail may be built with: shown by their size.
        (Detail(Kind.QUANTITY, "many", 0, 4, 10**400 + 10**398, "tank"), "1.01 × 10⁴⁰⁰ tanks"),
        (Detail(Kind.QUANTITY, "many", 0, 4, 10**5000, "tank"), "1 × 10⁵⁰⁰⁰ tanks"),
        (Detail(Kind.QUANTITY, "many", 0, 4, 10**100_000 - 1), "1 × 10¹⁰⁰⁰⁰⁰"),
        (Detail(Kind.QUANTITY, "many", 0, 4, 10**30 - 1), f"{10**30 - 1:,}"),
        (Detail(Kind.QUANTITY, "many", 0, 4, 2.5e300), "2.5 × 10³⁰⁰"),
        (Detail(Kind.RANK, "last", 0, 4, 10**5000), "1 × 10⁵⁰⁰⁰"),
    ],
)
def test_format_value(detail, shown):
    assert format_value(detail) == shown


@pytest.mark.parametrize(
    ("index", "label"), [(0, "A"), (2, "C"), (25, "Z"), (26, "AA"), (701, "ZZ")]
)
def test_source_label(index, label):
    assert source_label(index) == label


def test_source_label_refuses_negative_index():
    with pytest.raises(ValueError, match="-1"):
        source_label(-1)


def test_markdown_escape_neutralises_markup():
    escaped = markdown_escape("<b>*x*</b> [a](b) `c` _d_ | e\nf & g")
    assert escaped == r"\<b\>\*x\*\</b\> \[a\](b) \`c\` \_d\_ \| e f \& g"
    assert re.search(r"(?<!\\)[<>*\[\]`_|&]", escaped) is None


@given(st.text(max_size=80), st.text(max_size=80))
def test_highlight_never_loses_text(ours, theirs):
    a = Statement("a", 0, 0, len(ours), ours)
    b = Statement("b", 0, 0, len(theirs), theirs)
    detail = Detail(Kind.PLACE, ours[:3], 0, min(3, len(ours)), "x")
    segments = highlight(a, b, [detail])
    assert "".join(s.text for s in segments) == ours
    assert all(s.text for s in segments)
