"""Possible discrepancies are listed apart in every format, counted apart, never shown or
counted as discrepancies, their text escaped; and every format says which encoder ran."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from html import escape

import pytest
from pypdf import PdfReader

from factdiff.models import Verdict
from factdiff.render import render
from factdiff.render.view import build_view, method, tally

from .conftest import A_POSSIBLE, B_POSSIBLE, ENCODER
from .test_html import _tags
from .test_pdf import bookmarks, in_order

HEADLINE = "Number of troops: “1,200 troops” (Putin Visits Minsk) vs “9,000 troops” (The Week)"
WORDS_ONLY = (
    "Statements were compared by their words only, not by meaning: no sentence encoder ran."
)
BY_MEANING = (
    "Statements were compared by their words and also by meaning, with the sentence encoder "
    f"{ENCODER}."
)


@pytest.fixture(scope="module")
def only_possible(possible):
    """Return the comparison with its one discrepancy turned possible: none is sure."""
    findings = tuple(
        replace(f, verdict=Verdict.POSSIBLE) if f.verdict is Verdict.DISCREPANCY else f
        for f in possible.findings
    )
    return replace(possible, findings=findings, encoder="")


def _text(comparison, format, generated):
    return render(comparison, format=format, generated=generated).decode("utf-8")


def _section(text, start, end):
    """Return the part of ``text`` from ``start`` to the first ``end`` after it."""
    at = text.index(start)
    return text[at : text.index(end, at)]


# --- the view ----------------------------------------------------------------------


def test_view_lists_possible_discrepancies_apart(possible, generated):
    view = build_view(possible, generated=generated)
    assert [f.id for f in view.discrepancies] == ["f1"]
    assert [f.id for f in view.possible] == ["f3"]
    assert [f.id for f in view.agreements] == ["f2"]
    finding = view.possible[0]
    assert (finding.verdict, finding.symbol, finding.verdict_label) == (
        "possible",
        "?",
        "Possible discrepancy",
    )
    assert finding.headline == HEADLINE
    assert finding.confidence == "31%"
    # The same evidence a discrepancy shows: both sides, marked words, the differing detail.
    (a,), (b,) = (column.statements for column in finding.columns)
    assert (a.text, b.text) == (A_POSSIBLE, B_POSSIBLE)
    assert "".join(s.text for s in a.segments if s.detail) == "1,200 troops"
    assert "".join(s.text for s in b.segments if s.detail) == "9,000 troops"
    assert any(s.changed and "The Week counted" in s.text for s in b.segments)
    troops = finding.details[0]
    assert (troops.status, troops.values) == ("different", ("1,200 troops", "9,000 troops"))
    assert (a.anchor, b.anchor) == ("A-7", "B-5")


def test_view_counts_possible_discrepancies_apart(possible, generated):
    view = build_view(possible, generated=generated)
    assert [(c.number, c.caption, c.kind) for c in view.counts][:3] == [
        (1, "discrepancy", "discrepancy"),
        (1, "possible discrepancy to check", "possible"),
        (1, "agreement", "agreement"),
    ]
    # The first page lists the discrepancy alone, and counts the possible one under it.
    assert [line.finding for line in view.discrepancy_lines] == ["f1"]
    assert view.possible_line == (
        "1 possible discrepancy to check, listed apart after the discrepancies"
    )
    assert view.verdict == (
        "The sources disagree on 1 fact and agree on 1 fact; 1 possible discrepancy to check; "
        "6 statements appear in one source only."
    )
    assert view.subject.endswith(
        ": 1 discrepancy, 1 possible discrepancy to check, 1 agreement, "
        "6 statements in one source only"
    )


def test_possible_discrepancies_alone_never_make_the_sources_disagree(only_possible, generated):
    view = build_view(only_possible, generated=generated)
    assert view.discrepancies == () and view.discrepancy_lines == ()
    assert [f.id for f in view.possible] == ["f1", "f3"]
    assert "disagree" not in view.verdict
    assert view.verdict == (
        "The sources agree on 1 fact and contradict each other nowhere factdiff is sure of; "
        "2 possible discrepancies to check; 6 statements appear in one source only."
    )
    assert (view.counts[0].number, view.counts[1].number) == (0, 2)
    assert tally(only_possible).startswith("0 discrepancies, 2 possible discrepancies to check")


def test_without_possible_discrepancies_nothing_is_said_of_them(comparison, generated):
    view = build_view(comparison, generated=generated)
    assert view.possible == () and view.possible_line == ""
    assert "possible" not in view.verdict + view.subject + tally(comparison)
    assert "possible" not in {c.kind for c in view.counts}


def test_method_names_the_encoder_or_says_words_only(comparison, possible, generated):
    assert build_view(comparison, generated=generated).method == WORDS_ONLY
    assert build_view(possible, generated=generated).method == BY_MEANING
    assert method("") == WORDS_ONLY


# --- HTML and PDF --------------------------------------------------------------------


def test_html_lists_possible_discrepancies_between_discrepancies_and_agreements(
    possible, generated
):
    text = _text(possible, "html", generated)
    sections = [attrs["id"] for tag, attrs in _tags(text) if tag == "section"]
    assert sections[:4] == ["summary", "discrepancies", "possible", "agreements"]
    section = _section(text, '<section id="possible">', '<section id="agreements">')
    assert "<h2>Possible discrepancies: check these</h2>" in section
    assert "less likely than not to be real discrepancies" in section
    assert '<article class="finding possible" id="f3">' in section
    assert "? Possible discrepancy" in section
    assert "≠ Discrepancy" not in section and 'class="finding discrepancy' not in section
    # Never red: the finding's own classes and its detail marks are the possible ones.
    articles = [attrs["class"] for tag, attrs in _tags(text) if tag == "article"]
    assert articles == ["finding discrepancy", "finding possible", "finding agreement compact"]
    assert '<mark class="changed detail">1,200</mark><mark class="detail"> troops</mark>' in section
    assert "f3" not in _section(text, '<section id="discrepancies">', '<section id="possible">')


def test_html_escapes_a_possible_discrepancy(possible, generated):
    text = _text(possible, "html", generated)
    assert "<script>" not in text and "<b>in</b>" not in text
    assert "&lt;script&gt;alert(&#39;a&#39;)&lt;/script&gt;" in text
    assert "&lt;b&gt;in&lt;/b&gt;" in text
    assert "1,200 troops &amp; 9,000 troops differ by 7,800" in text
    assert not {tag for tag, _ in _tags(text)} & {"script", "b"}


def test_html_summary_contents_map_and_appendix_keep_possible_apart(possible, generated):
    text = _text(possible, "html", generated)
    summary = _section(text, '<section id="summary">', '<section id="discrepancies">')
    assert '<div class="count possible"><span class="number">1</span>' in summary
    assert '<div class="count discrepancy"><span class="number">1</span>' in summary
    assert "1 possible discrepancy to check, listed apart after the discrepancies" in summary
    assert "? a possible discrepancy" in summary
    top = _section(summary, '<div class="top-discrepancies">', "</div>")
    assert top.count('<span class="sym discrepancy">≠</span>') == 1
    # The possible one is named too, under its own mark, never as a discrepancy.
    [counted, to_check] = top.split('<ul class="lines possible">')
    assert "f3" not in counted
    assert (
        f'<span class="sym possible">?</span> <span class="line">{escape(HEADLINE)}</span>'
        in to_check
    )
    assert 'href="#f3">finding f3' in to_check
    contents = _section(text, '<nav class="toc"', "</nav>")
    assert '<a href="#possible">Possible discrepancies: check these</a> (1)' in contents
    assert f'<a href="#f3">f3</a> {HEADLINE}' in contents
    assert '<a href="#discrepancies">Discrepancies</a> (1)' in contents
    # The map draws the possible discrepancy dotted amber, not dashed red.
    link = re.search(r"<line [^>]*><title>f3: possible discrepancy</title>", text)[0]
    assert 'stroke-dasharray="1.5 2.5"' in link and "#c62828" not in link
    # The appendix marks its sentences "?" with the finding's id.
    assert '<span class="sentence possible" id="A-7">' in text
    assert '<a class="finding-ref" href="#f3">? f3</a>' in text
    ids = set(re.findall(r'\sid="([^"]+)"', text))
    assert set(re.findall(r'href="#([^"]+)"', text)) <= ids


def test_html_names_the_encoder(comparison, possible, generated):
    assert WORDS_ONLY in _text(comparison, "html", generated)
    assert BY_MEANING in _text(possible, "html", generated)


def test_html_without_possible_discrepancies_has_no_trace_of_them(comparison, generated):
    text = _text(comparison, "html", generated)
    body = text[text.index("<body>") :]
    assert 'id="possible"' not in body and "? a possible discrepancy" not in body
    assert "Possible discrepancies" not in body and 'class="count possible"' not in body


def test_pdf_lists_possible_discrepancies_apart_with_a_bookmark(possible, generated):
    pdf = PdfReader(io.BytesIO(render(possible, format="pdf", generated=generated)))
    text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    assert in_order(
        text,
        "1 DISCREPANCY 1 POSSIBLE DISCREPANCY TO CHECK 1 AGREEMENT",
        "Discrepancies",
        "Possible discrepancies: check these",
        "POSSIBLE DISCREPANCY",
        HEADLINE,
        "<script>alert('a')</script>",
        "Agreements",
    )
    assert "Statements were compared by their words and also by meaning" in text
    sections = [title for depth, title in bookmarks(pdf.outline) if depth == 1]
    assert sections[1:4] == ["Discrepancies", "Possible discrepancies: check these", "Agreements"]
    assert "1 possible discrepancy to check" in pdf.metadata.subject


# --- Markdown ------------------------------------------------------------------------


def test_markdown_lists_and_counts_possible_discrepancies_apart(possible, generated):
    text = _text(possible, "md", generated)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[:4] == [
        "## Summary",
        "## Discrepancies",
        "## Possible discrepancies: check these",
        "## Agreements",
    ]
    assert "1 discrepancy · 1 possible discrepancy to check · 1 agreement · " in text
    assert (
        "? 1 possible discrepancy to check, listed apart after the discrepancies; the likeliest:"
        in text
    )
    assert f"- ? **{HEADLINE}** — " in text
    section = _section(text, "## Possible discrepancies", "## Agreements")
    assert f"### ? Possible discrepancy: {HEADLINE}" in section
    assert "Finding f3 · confidence 31%" in section
    assert "| quantity | 1,200 troops | 9,000 troops | ≠ different |" in section
    assert "### ≠" not in section
    assert "f3" not in _section(text, "## Discrepancies", "## Possible discrepancies")
    assert "**A-7** (? f3) " in text


def test_markdown_escapes_a_possible_discrepancy(possible, generated):
    text = _text(possible, "md", generated)
    assert "\\<script\\>alert('a')\\</script\\>" in text
    assert "\\<b\\>in\\</b\\>" in text
    assert "1,200 troops \\& 9,000 troops differ by 7,800" in text
    assert re.search(r"(?<!\\)[<&]", text) is None


def test_markdown_names_the_encoder(comparison, possible, only_possible, generated):
    assert WORDS_ONLY in _text(comparison, "md", generated)
    assert BY_MEANING in _text(possible, "md", generated)
    text = _text(only_possible, "md", generated)
    assert WORDS_ONLY in text
    assert (
        "**The sources agree on 1 fact and contradict each other nowhere factdiff is sure" in text
    )


# --- JSON ----------------------------------------------------------------------------


def test_json_gives_the_verdict_counts_and_encoder(possible):
    report = json.loads(render(possible, format="json"))
    assert list(report)[:4] == ["format", "generator", "encoder", "counts"]
    assert report["encoder"] == ENCODER
    assert report["counts"] == {
        "discrepancies": 1,
        "possible_discrepancies": 1,
        "agreements": 1,
        "unique": 6,
    }
    verdicts = [(f["id"], f["verdict"]) for f in report["findings"]]
    assert verdicts == [("f1", "discrepancy"), ("f3", "possible discrepancy"), ("f2", "agreement")]
    f3 = report["findings"][1]
    assert f3["confidence"] == 0.31
    assert [s["text"] for s in f3["statements"]] == [A_POSSIBLE, B_POSSIBLE]


def test_json_encoder_is_null_when_none_ran(comparison, only_possible):
    report = json.loads(render(comparison, format="json"))
    assert report["encoder"] is None
    assert report["counts"]["possible_discrepancies"] == 0
    counts = json.loads(render(only_possible, format="json"))["counts"]
    assert (counts["discrepancies"], counts["possible_discrepancies"]) == (0, 2)


def test_with_only_possible_discrepancies_the_summary_says_none_is_sure(only_possible, generated):
    for fmt in ("html", "md"):
        text = _text(only_possible, fmt, generated)
        assert "Nowhere factdiff is sure of." in text
        assert "Nowhere factdiff could see." not in text
    agreeing = replace(
        only_possible,
        findings=tuple(replace(f, verdict=Verdict.AGREEMENT) for f in only_possible.findings),
    )
    for fmt in ("html", "md"):
        assert "Nowhere factdiff could see." in _text(agreeing, fmt, generated)
