"""The Markdown report: ``templates/report.md.j2``, article text escaped by the ``md`` filter."""

from __future__ import annotations

from datetime import datetime

from factdiff.models import Comparison
from factdiff.render.templating import render_template
from factdiff.render.view import build_view

TEMPLATE = "report.md.j2"


def render_markdown(comparison: Comparison, *, generated: datetime | None = None) -> bytes:
    """Return the Markdown report as UTF-8 bytes."""
    view = build_view(comparison, generated=generated)
    return render_template(TEMPLATE, view, medium="md").encode("utf-8")
