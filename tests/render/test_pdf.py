"""Tests of the PDF report: text and metadata read back with pypdf, and the sealed fetcher."""

from __future__ import annotations

import io
import os
import subprocess
from importlib.metadata import version

import pytest
from pypdf import PdfReader

from factdiff.render import render
from factdiff.render.pdf import SealedFetcher
from factdiff.render.templating import TEMPLATES_DIR


@pytest.fixture(scope="module")
def pdf(comparison, generated):
    """Return the PDF report of the fixture, read back."""
    data = render(comparison, format="pdf", generated=generated)
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


@pytest.fixture(scope="module")
def text(pdf):
    """Return the PDF's text, whitespace collapsed."""
    return " ".join(" ".join(page.extract_text() for page in pdf.pages).split())


def test_discrepancy_values_are_in_the_pdf(text):
    assert (
        "Time since Putin's last visit: “three and a half years” (Putin Visits Minsk) vs “three years” (The Week)"
        in text
    )
    assert "3.5 years" in text
    assert "3 years" in text
    assert "Discrepancy" in text.title()
    assert "2022-12-19" in text
    assert "Monday" in text


def test_sections_in_order(text):
    positions = [
        text.find(heading)
        for heading in (
            "Summary",
            "Discrepancies",
            "Agreements",
            "Only in one source",
            "References",
        )
    ]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_metadata(pdf):
    info = pdf.metadata
    assert info.title.startswith("factdiff: Putin Visits Minsk: The Choice of Belarus vs ")
    assert info.creator == f"factdiff {version('factdiff')}"
    assert info.subject.startswith("Fact-by-fact comparison of 2 articles: ")
    assert "discrepanc" in info.subject and "discrepancys" not in info.subject


def test_cyrillic_and_turkish_text_is_extracted(text):
    assert "Türkçe Русский" in text
    assert "Sevinç İrem Balcı" in text
    assert "Uluslararası İlişkiler" in text


def test_page_numbers_and_running_header(pdf):
    last = len(pdf.pages)
    assert f"page {last} of {last}" in pdf.pages[-1].extract_text()
    if last > 1:
        assert "factdiff: Putin Visits Minsk" in pdf.pages[1].extract_text()


def test_fonts_are_dejavu(pdf):
    fonts = set()
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts
    assert all("DejaVu" in name for name in fonts), fonts


def test_hostile_text_is_printed_not_interpreted(text):
    assert "<script>alert(1)</script>" in text


# --- SealedFetcher -----------------------------------------------------------------


def test_fetcher_serves_a_templates_file():
    fetcher = SealedFetcher(TEMPLATES_DIR)
    response = fetcher.fetch((TEMPLATES_DIR / "report.css").as_uri())
    assert b"@page" in response.read()
    assert response.content_type == "text/css"
    assert fetcher.refused == []


def test_fetcher_decodes_percent_escapes(tmp_path):
    (tmp_path / "a b.css").write_text("p {}")
    fetcher = SealedFetcher(tmp_path)
    assert fetcher.fetch((tmp_path / "a b.css").as_uri()).read() == b"p {}"


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/x.css",
        "https://example.com/x.css",
        "ftp://example.com/x.css",
        "data:text/css,p{color:red}",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "file://example.com" + str(TEMPLATES_DIR / "report.css"),
        (TEMPLATES_DIR / "report.css").as_uri().replace("/report.css", "/../pyproject.toml"),
        (TEMPLATES_DIR / "report.css").as_uri().replace("/report.css", "/%2e%2e/pyproject.toml"),
        (TEMPLATES_DIR / "missing.css").as_uri(),
        TEMPLATES_DIR.as_uri(),
        "report.css",
    ],
)
def test_fetcher_refuses(url):
    fetcher = SealedFetcher(TEMPLATES_DIR)
    with pytest.raises(ValueError, match="refused"):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_fetcher_refuses_a_symlink_out_of_the_root(tmp_path):
    root, outside = tmp_path / "root", tmp_path / "secret.css"
    root.mkdir()
    outside.write_text("secret")
    os.symlink(outside, root / "link.css")
    fetcher = SealedFetcher(root)
    with pytest.raises(ValueError, match="refused"):
        fetcher.fetch((root / "link.css").as_uri())


def test_weasyprint_skips_refused_resources():
    from weasyprint import HTML

    fetcher = SealedFetcher(TEMPLATES_DIR)
    html = (
        '<link rel="stylesheet" href="../pyproject.toml">'
        '<link rel="stylesheet" href="https://example.invalid/x.css">'
        '<img src="http://example.invalid/x.png"><p>hello</p>'
    )
    data = HTML(string=html, base_url=TEMPLATES_DIR.as_uri() + "/", url_fetcher=fetcher).write_pdf()
    assert data.startswith(b"%PDF-")
    assert sorted(fetcher.refused) == sorted(
        [
            (TEMPLATES_DIR.parent / "pyproject.toml").as_uri(),
            "https://example.invalid/x.css",
            "http://example.invalid/x.png",
        ]
    )


@pytest.fixture(scope="module")
def extracted(comparison, generated, tmp_path_factory):
    """Return the text poppler's pdftotext extracts from the PDF, as a reader's tool would."""
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    path.write_bytes(render(comparison, format="pdf", generated=generated))
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.split())


def in_order(text, *parts):
    """Return whether each part is found in ``text`` after the one before it."""
    at = 0
    for part in parts:
        at = text.find(part, at)
        if at < 0:
            return False
    return True


def test_pdftotext_reads_the_first_page_in_reading_order(extracted):
    assert in_order(
        extracted,
        "A Putin Visits Minsk: The Choice of Belarus",
        "putin-visits-minsk-choice-of-belarus.txt · 6 sentences",
        "B Putin flies to Minsk to meet Lukashenko",
        "The Week · theweek-putin-flies-to-minsk.txt",
        "The sources disagree on 1 fact",
        "1 DISCREPANCY 1 AGREEMENT 4 ONLY IN A 2 ONLY IN B",
        "Where they disagree ≠ Time since Putin's last visit: “three and a half years”"
        " (Putin Visits Minsk) vs “three years” (The Week)",
    )


def test_pdftotext_reads_each_side_of_a_finding_whole(extracted):
    assert in_order(
        extracted,
        "Time since Putin's last visit",
        "As a result, Putin’s visit to the Belarusian President in Minsk after three and a half"
        " years attracted attention.",
        "The Week This is Russian President Vladimir Putin's first visit in three years",
    )


def bookmarks(outline, depth=0):
    """Yield (depth, title) for every bookmark of a pypdf outline."""
    for item in outline:
        if isinstance(item, list):
            yield from bookmarks(item, depth + 1)
        else:
            yield depth, item.title


def test_outline_has_a_bookmark_per_section_and_finding(pdf):
    marks = list(bookmarks(pdf.outline))
    sections = [title for depth, title in marks if depth == 1]
    assert sections == [
        "Summary",
        "Discrepancies",
        "Agreements",
        "Only in one source",
        "References",
        "The articles in full",
    ]
    findings = [title for depth, title in marks if depth == 2]
    assert (
        "Time since Putin's last visit: “three and a half years” (Putin Visits Minsk) vs “three years” (The Week)"
        in findings
    )
