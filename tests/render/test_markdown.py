"""Tests of the Markdown report: content in order, article text escaped."""

from __future__ import annotations

import re

from factdiff.render import render
from factdiff.render.templating import markdown_escape


def _text(comparison, generated):
    return render(comparison, format="md", generated=generated).decode("utf-8")


def test_sections_in_order(comparison, generated):
    text = _text(comparison, generated)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Summary",
        "## Discrepancies",
        "## Agreements",
        "## Only in one source",
        "## References",
        "## The articles in full",
    ]
    assert text.startswith("# Putin Visits Minsk")
    assert "Generated 2024-05-06 07:08 UTC by factdiff" in text


def test_summary_and_discrepancy(comparison, generated):
    text = _text(comparison, generated)
    assert "1 discrepancy · 1 agreement · 4 only in A · 2 only in B" in text
    assert (
        "- ≠ **Time since Putin's last visit: “three and a half years” (Putin Visits Minsk) vs “three years” (The Week)**"
        " — 3.5 years is not 3 years · confidence 82% · finding f1" in text
    )
    assert "**The sources disagree on 1 fact and agree on 1 fact; 6 statements appear" in text
    assert "| duration | 3.5 years | 3 years | ≠ different |" in text
    assert "**three years**" in text
    assert "| date | 2022-12-19 | Monday | ≈ compatible |" in text


def test_article_text_is_escaped(comparison, generated):
    text = _text(comparison, generated)
    assert "<script>" not in text
    assert "\\<script\\>alert(1)\\</script\\>" in text
    assert "*channel*" not in text
    assert "\\*channel\\*" in text
    assert "[updated](javascript" not in text
    assert "\\<img" in text
    assert re.search(r"(?<!\\)<", text) is None


def test_cyrillic_and_turkish_text(comparison, generated):
    text = _text(comparison, generated)
    assert "Türkçe Русский" in text
    assert "Sevinç İrem Balcı" in text


def test_tables_have_one_column_per_source(comparison, generated):
    text = _text(comparison, generated)
    assert "| Detail | A | B | Status | Note |" in text
    assert "|---|---|---|---|---|" in text


def test_each_statement_of_one_source_is_its_own_list_item(comparison, generated):
    text = _text(comparison, generated)
    section = text[text.index("## Only in one source") : text.index("## References")]
    items = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(items) == len(comparison.unique)


def test_each_appendix_paragraph_is_its_own_markdown_paragraph(comparison, generated):
    text = _text(comparison, generated)
    lines = text[text.index("## The articles in full") :].splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(("**A-", "**B-", "> "))]
    assert len(starts) > 3
    # Without a blank line before it, Markdown would run a paragraph into the one above.
    assert all(lines[i - 1] == "" for i in starts)


def test_each_unique_statement_shows_its_id(comparison, generated):
    section = _text(comparison, generated).split("## Only in one source")[1].split("\n## ")[0]
    items = [line for line in section.splitlines() if line.startswith("- ")]
    assert [item.split(" · ")[0] for item in items] == [
        f"- {markdown_escape(statement.id)}" for statement in comparison.unique
    ]
