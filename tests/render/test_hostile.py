"""Hostile articles: every way HTML in an article could make a report fetch, embed or run
something, rendered to every format and checked from outside.

While a report renders, an audit hook records every file Python opens and every socket
it makes; the PDF is searched for attachments, and the HTML for anything executable or
external. A second set of checks feeds the same HTML, unescaped, straight to the PDF
renderer: if a template ever let article markup through, the sealed fetcher must still
refuse it.
"""

from __future__ import annotations

import io
import re
import sys
import sysconfig
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

import factdiff
from factdiff.read import parse_article
from factdiff.render import render
from factdiff.render.pdf import html_to_pdf
from factdiff.render.templating import TEMPLATES_DIR

SECRET = Path("/etc/hostname")
VECTORS = (
    f'<img src="file://{SECRET}">',
    f'<link rel="attachment" href="file://{SECRET}">',
    "<style>@import url(http://example.invalid/evil.css);"
    f" body {{ background: url(file://{SECRET}) }}"
    " @font-face { font-family: evil; src: url(http://example.invalid/evil.ttf) }</style>",
    "<script>document.title = 'pwned'</script>",
    f'<object data="file://{SECRET}"></object>',
    f'<svg><image href="file://{SECRET}"/></svg>',
    '<a href="javascript:alert(1)">click</a>',
    '<iframe src="http://example.invalid/"></iframe>',
    "[a Markdown link](javascript:alert(1))",
    '<p style="background: url(http://example.invalid/p.png)" onclick="alert(1)">x</p>',
)
TITLE = "Putin in Minsk http://example.invalid/title <img src=x onerror=alert(1)>"


def hostile_article(source_id: str, day: str) -> factdiff.Article:
    body = " ".join(
        f"Putin flew to Minsk on {day} for talks {n} with Lukashenko {vector}."
        for n, vector in enumerate(VECTORS, 1)
    )
    return parse_article(f"{TITLE}\n\n{body}\n", source_id=source_id)


@pytest.fixture(scope="module")
def comparison():
    return factdiff.compare_articles(
        [hostile_article("a", "Monday"), hostile_article("b", "Tuesday")]
    )


# --- watching what rendering opens -------------------------------------------------


class _Watch:
    """What Python opened and which sockets it touched while watching."""

    def __init__(self) -> None:
        self.active = False
        self.opened: list[str] = []
        self.sockets: list[str] = []

    def __call__(self, event: str, args: tuple) -> None:
        if not self.active:
            return
        if event == "open" and isinstance(args[0], str | bytes | Path):
            self.opened.append(str(args[0] if not isinstance(args[0], bytes) else args[0].decode()))
        elif event.startswith("socket."):
            self.sockets.append(f"{event} {args!r}")


_WATCH = _Watch()
sys.addaudithook(_WATCH)  # an audit hook cannot be removed; it records only when active


@contextmanager
def watching():
    _WATCH.opened.clear()
    _WATCH.sockets.clear()
    _WATCH.active = True
    try:
        yield _WATCH
    finally:
        _WATCH.active = False


# The import system also probes the entries of sys.path themselves (python311.zip).
PYTHON_PATHS = {str(Path(entry).resolve()) for entry in sys.path if entry}
ALLOWED = [
    TEMPLATES_DIR.resolve(),
    Path(factdiff.__file__).resolve().parent,
    *(
        Path(sysconfig.get_path(k)).resolve()
        for k in ("stdlib", "platstdlib", "purelib", "platlib")
    ),
]


# factdiff's installed metadata, wherever the install put it: its version is in every report.
_METADATA = re.compile(r"/factdiff(?:-[^/]*\.dist-info|\.egg-info)/")


def outside(opened: list[str]) -> list[str]:
    """Return the opened paths that are neither templates nor the Python installation."""
    return [
        p
        for p in opened
        if str(Path(p).resolve()) not in PYTHON_PATHS
        and not any(Path(p).resolve().is_relative_to(a) for a in ALLOWED)
        and not _METADATA.search(p)
    ]


def attachments(pdf: PdfReader) -> list[str]:
    """Return every embedded file and file-attachment annotation in the PDF."""
    found = []
    names = pdf.trailer["/Root"].get("/Names")
    if names is not None and "/EmbeddedFiles" in names.get_object():
        found.append("/EmbeddedFiles")
    for page in pdf.pages:
        for annotation in page.get("/Annots") or []:
            if annotation.get_object().get("/Subtype") == "/FileAttachment":
                found.append("/FileAttachment")
    return found


def external_links(pdf: PdfReader) -> list[str]:
    """Return every link of the PDF that leads outside it (a URI action)."""
    found = []
    for page in pdf.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action.get_object():
                found.append(str(action.get_object()["/URI"]))
    return found


# --- the reports ------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_run(comparison):
    with watching() as watch:
        data = render(comparison, format="pdf")
    return data, list(watch.opened), list(watch.sockets)


def test_pdf_opens_no_file_outside_the_templates_and_python(pdf_run):
    _, opened, _ = pdf_run
    assert any(Path(p).name == "report.css" for p in opened)  # the watch does see opens
    assert outside(opened) == []
    assert str(SECRET) not in opened


def test_pdf_opens_no_socket(pdf_run):
    assert pdf_run[2] == []


def test_pdf_embeds_no_file_and_links_nowhere_outside(pdf_run):
    pdf = PdfReader(io.BytesIO(pdf_run[0]))
    assert attachments(pdf) == []
    assert external_links(pdf) == []
    assert any(page.get("/Annots") for page in pdf.pages)  # its own links are there


def test_pdf_prints_the_hostile_markup_as_text(pdf_run):
    pdf = PdfReader(io.BytesIO(pdf_run[0]))
    text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    assert "<script>document.title = 'pwned'</script>" in text
    assert '<link rel="attachment" href="file:///etc/' in text
    assert "http://example.invalid/title" in text


class _Markup(HTMLParser):
    """The elements and attributes of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def test_html_has_nothing_executable_or_external(comparison):
    with watching() as watch:
        text = render(comparison, format="html").decode("utf-8")
    markup = _Markup()
    markup.feed(text)
    tags = {tag for tag, _ in markup.tags}
    assert not tags & {"script", "img", "object", "embed", "iframe", "link", "image", "a"} - {"a"}
    for tag, attributes in markup.tags:
        assert not [name for name in attributes if name.startswith("on")], tag
        href = attributes.get("href")
        assert href is None or href.startswith("#"), href
        assert "src" not in attributes and "data" not in attributes, tag
        assert "url(" not in (attributes.get("style") or ""), tag
    assert len(markup.styles) == 1  # the report's own stylesheet, inlined
    assert "@import" not in markup.styles[0] and "url(" not in markup.styles[0]
    assert "&lt;script&gt;document.title" in text
    assert watch.sockets == [] and outside(watch.opened) == []


def test_markdown_keeps_the_markup_inert(comparison):
    text = render(comparison, format="md").decode("utf-8")
    # A Markdown renderer passes "<" through as HTML unless it is escaped as "\<".
    assert re.findall(r"(?<!\\)<", text) == []
    assert r"\<script\>document.title" in text
    assert re.findall(r"(?<!\\)\]\(", text) == []


# --- the fetcher alone, were a template to let markup through -----------------------


@pytest.fixture(scope="module")
def raw_run():
    page = (
        f"<html><head><title>{TITLE}</title></head><body>{''.join(VECTORS)}<p>end</p></body></html>"
    )
    with watching() as watch:
        data = html_to_pdf(page)
    return data, list(watch.opened), list(watch.sockets)


def test_unescaped_markup_still_fetches_nothing(raw_run):
    data, opened, sockets = raw_run
    assert outside(opened) == []
    assert sockets == []
    assert attachments(PdfReader(io.BytesIO(data))) == []
