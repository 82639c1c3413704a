"""The HTML report: ``templates/report.html.j2`` with its stylesheet inlined, self-contained."""

from __future__ import annotations

from datetime import datetime

from factdiff.models import Comparison
from factdiff.render.templating import render_template
from factdiff.render.view import build_view

TEMPLATE = "report.html.j2"


def render_html_text(comparison: Comparison, *, generated: datetime | None, medium: str) -> str:
    """Return the report as HTML text for ``medium`` ("html" for screens, "pdf" for print)."""
    view = build_view(comparison, generated=generated)
    return render_template(TEMPLATE, view, medium=medium)


def render_html(comparison: Comparison, *, generated: datetime | None = None) -> bytes:
    """Return the HTML report as UTF-8 bytes."""
    return render_html_text(comparison, generated=generated, medium="html").encode("utf-8")
