"""Reports beyond the two seeds: a third source on the same event, and two long articles.

The third article (``fixtures/wire-putin-minsk.txt``) was written for these tests: a
wire report of the same visit that agrees with one seed on "three and a half years".
The long articles are generated from the labelled long pairs of ``tests/eval``: two
articles of about two hundred sentences, as a newsroom might compare two live blogs.
"""

import io
import json

import pytest
from pypdf import PdfReader

import factdiff
from factdiff import Kind, Status, render
from factdiff.read import parse_article
from factdiff.render.view import TOP_DISCREPANCIES, build_view

from .conftest import BELARUS, ROOT, THE_WEEK

WIRE = ROOT / "tests" / "fixtures" / "wire-putin-minsk.txt"
LONG_PAIRS = ROOT / "tests" / "eval" / "alignment_long.jsonl"


@pytest.fixture(scope="module")
def three():
    return factdiff.compare([BELARUS, THE_WEEK, WIRE])


def test_three_sources_have_three_columns_and_a_fact_all_three_report(three):
    view = build_view(three)
    assert [c.label for c in view.alignment_map.columns] == ["A", "B", "C"]
    assert [s.label for s in view.sources] == ["A", "B", "C"]
    # The wire report sides with "three and a half years" against The Week's "three
    # years": one disagreement of three sources, not three pairwise findings.
    durations = [
        (d.status, {m.source: m.detail.value for m in d.mentions})
        for f in three.findings
        for d in f.details
        if d.kind is Kind.DURATION and len({m.source for m in d.mentions}) > 1
    ]
    assert durations == [
        (Status.DIFFERENT, {BELARUS.stem: 3.5, THE_WEEK.stem: 3, WIRE.stem: 3.5}),
    ]
    # The line quotes each outlet's words; the two that wrote the same share them.
    assert view.discrepancy_lines[0].text == (
        "Time since Putin's last visit: “three and a half years” (Putin Visits Minsk, Putin in"
        " Minsk…) vs “three years” (The Week)"
    )


def test_an_agreement_lists_each_source_once_under_the_value_it_shares(three):
    # The wire gives the date twice ("Dec 19" in its dateline, "December 19, 2022").
    headlines = [f.headline for f in build_view(three).agreements]
    assert "Date of Putin's visit: 2022-12-19 (Putin Visits Minsk, Putin in Minsk…)" in headlines


def test_no_finding_is_part_of_another(three):
    held = [frozenset(s.key for s in f.statements) for f in three.findings]
    assert not [(a, b) for a in held for b in held if a < b]


def test_three_sources_render_to_every_format(three):
    pdf = PdfReader(io.BytesIO(render.render(three, format="pdf")))
    text = "".join(page.extract_text() for page in pdf.pages)
    # The first page alone says whether, where and how far the sources disagree.
    first = " ".join(pdf.pages[0].extract_text().split())
    assert "The sources disagree on 1 fact" in first
    assert "Where they disagree" in first
    assert "Time since Putin's last visit: “three and a half years” (Putin Visits" in first
    assert "differ by 0.5 years" in first
    # The appendix keeps The Week's share prompt, emoji and all (set in Symbola).
    assert "📣 The Week is now on Telegram" in text
    assert "ONLY IN C" in text.upper()
    assert "Putin in Minsk for talks with Lukashenko" in text
    markdown = render.render(three, format="md").decode("utf-8")
    assert "### C: Putin in Minsk for talks with Lukashenko" in markdown


@pytest.fixture(scope="module")
def long_pair():
    """Return two articles of at least 200 sentences each, joined from the long pairs."""
    items = [json.loads(line) for line in LONG_PAIRS.read_text(encoding="utf-8").splitlines()]
    texts = {"a": [], "b": []}
    for item in items:
        texts["a"].append(item["a"])
        texts["b"].insert(0, item["b"])  # the other source tells the stories in another order
        if sum(t.count(". ") for t in texts["a"]) > 230:
            break
    articles = [
        parse_article(f"Live blog {key.upper()}\n\n" + "\n\n".join(parts), source_id=key)
        for key, parts in texts.items()
    ]
    return factdiff.compare_articles(articles)


def test_two_long_articles_are_compared_and_drawn(long_pair):
    sizes = [len(s.statements) for s in long_pair.sources]
    assert min(sizes) >= 200
    view = build_view(long_pair)
    assert len(view.alignment_map.ticks) == sum(sizes)
    assert len(long_pair.findings) >= 20
    assert view.verdict.startswith(f"The sources disagree on {len(long_pair.discrepancies)} facts")
    assert len(view.discrepancy_lines) == TOP_DISCREPANCIES
    confidences = [float(line.confidence.rstrip("%")) for line in view.discrepancy_lines]
    assert confidences == sorted(confidences, reverse=True)
    html = render.render(long_pair, format="html").decode("utf-8")
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert svg.count("<line") == len(view.alignment_map.ticks) + len(view.alignment_map.links)
