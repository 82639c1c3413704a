"""The table as CSV: two files, the findings and the statements in one source only.

    render_csv(comparison, *, generated=None) -> bytes    the findings part
    render_csv_parts(comparison) -> (findings, unique)     both parts, as bytes
    unique_path(path) -> Path                              where the second part goes

``NAME.csv`` holds the findings, ``NAME.unique.csv`` the statements in one source only
(``table`` gives the rows). Both are UTF-8 with a byte order mark, so that Excel and
LibreOffice open them as UTF-8, quoted as RFC 4180 says (the ``csv`` module, CRLF line
ends), header row first.

Article text is untrusted: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return would be read as a formula by a spreadsheet program opening the file
(CSV injection), so such a text cell is written with a ``'`` before it, as OWASP advises;
numbers are written as they are.
"""

from __future__ import annotations

import csv
import io
import os
from datetime import datetime
from pathlib import Path

from factdiff.models import Comparison
from factdiff.render.table import Cell, Table, findings_table, tables

__all__ = ["FORMULA_STARTS", "render_csv", "render_csv_parts", "unique_path"]

# What a spreadsheet program may read as the start of a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The suffix part of the second file's name: NAME.csv and NAME.unique.csv.
UNIQUE_PART = ".unique"
_BOM = "\ufeff"


def unique_path(path: str | os.PathLike[str]) -> Path:
    """Return where the statements in one source only go, beside the findings at ``path``.

    >>> unique_path("reports/a-vs-b.csv").as_posix()
    'reports/a-vs-b.unique.csv'
    """
    path = Path(path)
    return path.with_name(f"{path.stem}{UNIQUE_PART}{path.suffix}")


def _safe(cell: Cell) -> str | int:
    """Return a cell as CSV writes it: text a spreadsheet could run as a formula quoted
    with a leading ``'``, None as an empty field.

    >>> _safe("=1+1"), _safe("-3 years"), _safe("3 years"), _safe(-3), _safe(None)
    ("'=1+1", "'-3 years", '3 years', -3, '')
    """
    if cell is None:
        return ""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _csv(table: Table) -> bytes:
    """Return one table as UTF-8 CSV with a byte order mark."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow(table.header)
    writer.writerows([_safe(cell) for cell in row] for row in table.rows)
    return (_BOM + buffer.getvalue()).encode("utf-8")


def render_csv_parts(comparison: Comparison) -> tuple[bytes, bytes]:
    """Return the two CSV files: the findings, then the statements in one source only."""
    findings, unique = tables(comparison)
    return _csv(findings), _csv(unique)


def render_csv(comparison: Comparison, *, generated: datetime | None = None) -> bytes:
    """Return the findings part, as standard output gets it; ``generated`` is not shown."""
    return _csv(findings_table(comparison))
