"""Tests of the HTML report: self-contained, structured, hostile article text escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from factdiff.render import render
from factdiff.render.html import render_html_text

from .conftest import HOSTILE


class _Tags(HTMLParser):
    """Collect the start tags and their attributes of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _html(comparison, generated):
    return render(comparison, format="html", generated=generated).decode("utf-8")


def _tags(text):
    parser = _Tags()
    parser.feed(text)
    return parser.tags


def test_hostile_text_is_escaped(comparison, generated):
    text = _html(comparison, generated)
    assert "<script" not in text.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<img" not in text
    assert HOSTILE not in text
    tags = {tag for tag, _ in _tags(text)}
    assert not tags & {"script", "img", "iframe", "object", "link"}
    # The only links are the report's own: from a statement to its place in the appendix.
    assert all(attrs["href"].startswith("#") for tag, attrs in _tags(text) if tag == "a")


def test_self_contained(comparison, generated):
    text = _html(comparison, generated)
    assert "<style>" in text
    assert "@page" in text
    for tag, attrs in _tags(text):
        assert "src" not in attrs, tag
        assert attrs.get("href", "#").startswith("#"), (tag, attrs)


def test_metadata(comparison, generated):
    text = _html(comparison, generated)
    assert "<title>factdiff: Putin Visits Minsk: The Choice of Belarus vs Putin flies" in text
    assert '<meta name="generator" content="factdiff ' in text
    assert '<html lang="en">' in text


def test_sections_in_order(comparison, generated):
    text = _html(comparison, generated)
    ids = [attrs["id"] for tag, attrs in _tags(text) if tag == "section"]
    assert ids == ["summary", "discrepancies", "agreements", "unique", "references", "appendix"]


def test_discrepancy_is_highlighted(comparison, generated):
    text = _html(comparison, generated)
    assert '<mark class="detail">three years</mark>' in text
    assert "≠ Discrepancy" in text
    assert (
        "Time since Putin&#39;s last visit: “three and a half years” (Putin Visits Minsk) vs “three years” (The Week)"
        in text
    )
    assert '<td class="value">3.5 years</td>' in text
    assert "≈ compatible" in text


def test_cyrillic_and_turkish_text(comparison, generated):
    text = _html(comparison, generated)
    assert "Türkçe Русский" in text
    assert "Sevinç İrem Balcı" in text


def test_every_statement_links_to_its_sentence_in_the_appendix(comparison, generated):
    tags = _tags(_html(comparison, generated))
    ids = {attrs["id"] for _, attrs in tags if "id" in attrs}
    targets = [attrs["href"][1:] for tag, attrs in tags if tag == "a"]
    assert targets and set(targets) <= ids


def test_contents_and_every_link_lead_somewhere(comparison, generated):
    text = _html(comparison, generated)
    contents = text[text.index('<nav class="toc"') : text.index("</nav>")]
    for section in ("summary", "discrepancies", "agreements", "unique", "appendix"):
        assert f'href="#{section}"' in contents
    assert 'href="#f1"' in contents
    ids = set(re.findall(r'\sid="([^"]+)"', text))
    targets = set(re.findall(r'href="#([^"]+)"', text))
    assert targets and targets <= ids


def test_the_pdf_gets_bookmarks_instead_of_a_contents_list(comparison, generated):
    assert '<nav class="toc"' not in render_html_text(comparison, generated=generated, medium="pdf")


def test_each_unique_statement_shows_its_id(comparison, generated):
    section = _html(comparison, generated).split('<section id="unique">')[1].split("</section>")[0]
    items = section.split("<li>")[1:]
    assert len(items) == len(comparison.unique)
    for item, statement in zip(items, comparison.unique, strict=True):
        assert item.startswith(f'<span class="statement-id">{statement.id}</span> ')
