"""The PDF report: the HTML template for print, laid out by WeasyPrint, sealed off the network.

    render_pdf(comparison, *, generated=None) -> bytes
    html_to_pdf(text)      -> bytes: any HTML laid out with the sealed fetcher
    SealedFetcher(root)    serves files inside ``root`` only; refuses and records the rest

Article text is untrusted: whatever URL it could smuggle into the document (it cannot,
as it is escaped, but the template may change) is refused by ``SealedFetcher`` rather
than fetched. The stylesheet is passed as a file, never as a URL.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from factdiff.errors import OutputError
from factdiff.models import Comparison
from factdiff.render.html import render_html_text
from factdiff.render.templating import TEMPLATES_DIR

STYLESHEET = "report.css"
# What the templates folder may serve, by suffix: a fixed map, as the mimetypes module
# would read /etc/mime.types, a file outside the folder, while a report renders.
CONTENT_TYPES = {
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
}


class SealedFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that serves only files inside one folder."""

    def __init__(self, root: str | Path, **kwargs: object) -> None:
        super().__init__(allowed_protocols=("file",), **kwargs)
        self.root = Path(root).resolve()
        self.refused: list[str] = []

    def _refuse(self, url: str, reason: str) -> ValueError:
        """Record ``url`` as refused and return the error to raise."""
        self.refused.append(url)
        return ValueError(f"refused {url[:200]!r}: {reason}")

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        """Return the file ``url`` names if it lies inside the root; raise ``ValueError`` else."""
        try:
            parts = urlsplit(url)
        except ValueError as error:
            raise self._refuse(url, "not a URL") from error
        if parts.scheme.lower() != "file":
            raise self._refuse(url, f"scheme {parts.scheme or 'none'!r} is not allowed")
        if parts.netloc not in ("", "localhost"):
            raise self._refuse(url, f"host {parts.netloc!r} is not allowed")
        raw = unquote(parts.path)
        if "\x00" in raw:
            raise self._refuse(url, "NUL in path")
        try:
            real = Path(raw).resolve(strict=True)
        except (OSError, RuntimeError) as error:
            raise self._refuse(url, "no such file") from error
        if not real.is_relative_to(self.root) or not real.is_file():
            raise self._refuse(url, "outside the templates folder")
        content_type = CONTENT_TYPES.get(real.suffix.lower(), "application/octet-stream")
        try:
            body = real.read_bytes()
        except OSError as error:
            raise self._refuse(url, "unreadable") from error
        return URLFetcherResponse(real.as_uri(), body, {"Content-Type": content_type})


def render_pdf(comparison: Comparison, *, generated: datetime | None = None) -> bytes:
    """Return the PDF report."""
    return html_to_pdf(render_html_text(comparison, generated=generated, medium="pdf"))


def html_to_pdf(text: str) -> bytes:
    """Return ``text`` laid out as a PDF, with nothing fetched from outside the templates."""
    fetcher = SealedFetcher(TEMPLATES_DIR)
    try:
        stylesheet = CSS(filename=str(TEMPLATES_DIR / STYLESHEET), url_fetcher=fetcher)
        document = HTML(string=text, base_url=TEMPLATES_DIR.as_uri() + "/", url_fetcher=fetcher)
        return document.write_pdf(stylesheets=[stylesheet])
    except OSError as error:
        raise OutputError(f"cannot render PDF report: {error}") from error
    except Exception as error:  # WeasyPrint's own errors have no common base
        raise OutputError(f"cannot render PDF report: {type(error).__name__}: {error}") from error
