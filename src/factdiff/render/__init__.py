"""Render a ``Comparison`` as a report (PDF, HTML, JSON, Markdown) or a table (CSV, xlsx).

    FORMATS                    the format names, in the order the CLI offers them
    RENDERERS                  format -> renderer(comparison, *, generated) -> bytes
    format_for(path)           the format a file name asks for, by its suffix
    render(comparison, ...)    the report as bytes (of CSV, the findings part)
    report_paths(path, format) every file a report writes: two for CSV (``NAME.unique.csv``)
    render_files(comparison, path, ...)  [(path, bytes), ...]: every file of a report
    write_report(comparison, path, ...)   render, then write all or nothing

Modules: ``view`` (comparison -> display rows), one module per format, ``table`` (the
rows of the CSV and xlsx table), ``writer``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from factdiff.errors import OutputError
from factdiff.models import Comparison
from factdiff.render.csv_report import render_csv, render_csv_parts, unique_path
from factdiff.render.html import render_html
from factdiff.render.json_report import render_json
from factdiff.render.markdown import render_markdown
from factdiff.render.writer import write_all, write_atomically

__all__ = [
    "FORMATS",
    "RENDERERS",
    "SUFFIXES",
    "format_for",
    "render",
    "render_files",
    "report_paths",
    "write_report",
]

Renderer = Callable[..., bytes]


def render_pdf(comparison: Comparison, *, generated: datetime | None = None) -> bytes:
    """Return the PDF report; WeasyPrint is imported only when a PDF is asked for."""
    from factdiff.render.pdf import render_pdf as render

    return render(comparison, generated=generated)


def render_xlsx(comparison: Comparison, *, generated: datetime | None = None) -> bytes:
    """Return the xlsx table; openpyxl is imported only when one is asked for."""
    from factdiff.render.spreadsheet import render_xlsx as render

    return render(comparison, generated=generated)


RENDERERS: dict[str, Renderer] = {
    "pdf": render_pdf,
    "html": render_html,
    "json": render_json,
    "md": render_markdown,
    "csv": render_csv,
    "xlsx": render_xlsx,
}
FORMATS: tuple[str, ...] = tuple(RENDERERS)
SUFFIXES: dict[str, str] = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".md": "md",
    ".csv": "csv",
    ".xlsx": "xlsx",
}


def format_for(path: str | os.PathLike[str]) -> str:
    """Return the report format a file name asks for by its suffix."""
    suffix = Path(path).suffix
    try:
        return SUFFIXES[suffix.lower()]
    except KeyError:
        known = ", ".join(SUFFIXES)
        shown = repr(suffix) if suffix else "no suffix"
        raise OutputError(
            f"cannot tell the report format of {os.fspath(path)}: {shown} (use one of {known})"
        ) from None


def _renderer(format: str) -> Renderer:
    """Return the renderer of ``format``, or ``OutputError`` naming it."""
    try:
        return RENDERERS[format]
    except (KeyError, TypeError):
        raise OutputError(
            f"unknown report format: {format!r} (use one of {', '.join(FORMATS)})"
        ) from None


def render(comparison: Comparison, *, format: str, generated: datetime | None = None) -> bytes:
    """Return the report of ``comparison`` in ``format`` as bytes."""
    return _renderer(format)(comparison, generated=generated)


def report_paths(path: str | os.PathLike[str], format: str) -> tuple[Path, ...]:
    """Return every file a report in ``format`` at ``path`` writes: the path, and for CSV
    the statements in one source only beside it."""
    path = Path(path)
    return (path, unique_path(path)) if format == "csv" else (path,)


def render_files(
    comparison: Comparison,
    path: str | os.PathLike[str],
    *,
    format: str,
    generated: datetime | None = None,
) -> list[tuple[Path, bytes]]:
    """Return every file of the report at ``path`` with its content, rendered, unwritten."""
    paths = report_paths(path, format)
    if format == "csv":
        return list(zip(paths, render_csv_parts(comparison), strict=True))
    return [(paths[0], render(comparison, format=format, generated=generated))]


def write_report(
    comparison: Comparison,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    generated: datetime | None = None,
) -> Path:
    """Write the report to ``path`` all or nothing; by default the format follows the suffix.

    A CSV report also writes its second part beside ``path`` (``report_paths``)."""
    format = format if format is not None else format_for(path)
    renderer = _renderer(format)
    if len(report_paths(path, format)) > 1:
        return write_all(render_files(comparison, path, format=format, generated=generated))[0]
    return write_atomically(path, lambda: renderer(comparison, generated=generated))
