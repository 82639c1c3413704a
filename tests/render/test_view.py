"""Tests of the view model: sources, findings, grouping and counts."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from factdiff.render.records import DiscrepancyLine
from factdiff.render.view import build_view

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
            "Time since Putin's last visit: “three and a half years” (Putin Visits Minsk) vs “three years” (The Week)",
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
