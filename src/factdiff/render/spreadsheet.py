"""The table as an xlsx workbook (openpyxl): the findings and the statements in one source.

    render_xlsx(comparison, *, generated=None) -> bytes

Two sheets, ``table.FINDINGS_SHEET`` and ``table.UNIQUE_SHEET``, rows as ``table`` gives
them. Each has a bold header row, panes frozen below it and right of the id column, an
auto-filter over the table, column widths to suit and long text wrapped; every review
cell has a drop-down of ``REVIEW_VERDICTS`` (blank allowed) that refuses anything else,
and each verdict cell is coloured as the reports colour the verdict.

No cell is a formula: article text is untrusted, so every text cell is stored as a string
(data type ``s``), "=1+1" included, and no spreadsheet program evaluates it.
"""

from __future__ import annotations

import io
import math
from datetime import UTC, datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from factdiff.models import Comparison, Verdict
from factdiff.render.table import (
    COMMENT,
    ID,
    LIKELIEST,
    NOTE,
    REVIEW,
    REVIEW_VERDICTS,
    STATEMENTS,
    TEXT,
    TOPIC,
    VALUE,
    VERDICT,
    WORDS,
    Cell,
    Table,
    tables,
)

__all__ = ["VERDICT_FILLS", "render_xlsx"]

# Verdict cells' background: red, amber and green, as the reports colour them.
VERDICT_FILLS = {
    Verdict.DISCREPANCY.value: "F4C7C3",
    Verdict.POSSIBLE.value: "FCE8B2",
    Verdict.AGREEMENT.value: "B7E1CD",
}
# Widths in characters: by column name, then by what a column holds; text columns wrap.
_WIDTHS = {ID: 11, VERDICT: 20, TOPIC: 28, NOTE: 34, STATEMENTS: 22, REVIEW: 13, COMMENT: 40}
_TEXT_WIDTH = 60  # a statement's words
_WORDS_WIDTH = 30  # an outlet's words, a counterpart
_VALUE_WIDTH = 18  # a value read from them
_NARROW = 12
_WRAPPED = frozenset({TOPIC, NOTE, STATEMENTS, COMMENT, TEXT})
# Excel refuses a cell longer than this; a longer text is cut with an ellipsis.
_MOST_CHARACTERS = 32_767
_HEADER_FILL = "E8E8E8"
# A row's height in points per line of wrapped text, and the most lines a row shows (a
# longer text is all in the cell, seen when it is selected).
_LINE_HEIGHT = 15
_MOST_LINES = 12
# How many characters of proportional text fill one unit of column width, about.
_CHARACTERS_PER_WIDTH = 1.25


def _text(value: str) -> str:
    """Return text as a cell may hold it: characters XML cannot carry replaced, cut to
    the most a cell holds."""
    value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    if len(value) > _MOST_CHARACTERS:
        value = value[: _MOST_CHARACTERS - 1] + "…"
    return value


def _width(column: str) -> int:
    """Return a column's width in characters, by its name."""
    if column in _WIDTHS:
        return _WIDTHS[column]
    if column == TEXT:
        return _TEXT_WIDTH
    if column.startswith(LIKELIEST):
        return _NARROW if column.endswith(f" {ID}") else _WORDS_WIDTH
    if column.endswith(f" {WORDS}"):
        return _WORDS_WIDTH
    if column.endswith(f" {VALUE}"):
        return _VALUE_WIDTH
    return _NARROW


def _wrapped(column: str) -> bool:
    """Return whether a column's long text wraps onto several lines."""
    return column in _WRAPPED or _width(column) >= _VALUE_WIDTH


def _height(row: tuple[Cell, ...], widths: list[int]) -> float:
    """Return the height in points of a row whose text wraps in columns of ``widths`` (0
    where it does not): programs keep the default height of a row on opening, so that
    wrapped lines would overlap the next row."""
    lines = max(
        (
            math.ceil(len(value) / (width * _CHARACTERS_PER_WIDTH))
            for value, width in zip(row, widths, strict=True)
            if width and isinstance(value, str)
        ),
        default=1,
    )
    return _LINE_HEIGHT * min(max(lines, 1), _MOST_LINES) + _LINE_HEIGHT / 5


def _put(sheet: Worksheet, row: int, column: int, value: Cell) -> None:
    """Write one value; text is stored as a string, never as a formula."""
    if value is None:
        return
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = _text(value)
        cell.data_type = "s"  # openpyxl would take "=…" for a formula
    else:
        cell.value = value


def _fill_sheet(sheet: Worksheet, table: Table) -> None:
    """Write a table's header and rows, and lay the sheet out for a reviewer."""
    bold, header_fill = Font(bold=True), PatternFill("solid", fgColor=_HEADER_FILL)
    for number, name in enumerate(table.header, start=1):
        _put(sheet, 1, number, name)
        cell = sheet.cell(row=1, column=number)
        cell.font, cell.fill = bold, header_fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        sheet.column_dimensions[get_column_letter(number)].width = _width(name)
    wrap, top = Alignment(vertical="top", wrap_text=True), Alignment(vertical="top")
    alignments = [wrap if _wrapped(name) else top for name in table.header]
    widths = [_width(name) if _wrapped(name) else 0 for name in table.header]
    for row_number, row in enumerate(table.rows, start=2):
        for number, value in enumerate(row, start=1):
            _put(sheet, row_number, number, value)
            sheet.cell(row=row_number, column=number).alignment = alignments[number - 1]
        sheet.row_dimensions[row_number].height = _height(row, widths)
    last = get_column_letter(len(table.header))
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _colour_verdicts(sheet: Worksheet, table: Table) -> None:
    """Colour each verdict cell as the reports colour its verdict."""
    column = table.header.index(VERDICT) + 1
    fills = {v: PatternFill("solid", fgColor=colour) for v, colour in VERDICT_FILLS.items()}
    for row_number, row in enumerate(table.rows, start=2):
        fill = fills.get(str(row[column - 1]))
        if fill is not None:
            sheet.cell(row=row_number, column=column).fill = fill


def _review_drop_down(sheet: Worksheet, table: Table) -> None:
    """Offer the review verdicts in a drop-down on every review cell, and refuse others."""
    letter = get_column_letter(table.header.index(REVIEW) + 1)
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(REVIEW_VERDICTS) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Not a review verdict",
        error=f"Choose one of {', '.join(REVIEW_VERDICTS)}, or leave the cell empty.",
        showInputMessage=True,
        promptTitle="Your verdict",
        prompt=f"{', '.join(REVIEW_VERDICTS)}, or empty when not reviewed",
    )
    sheet.add_data_validation(validation)
    validation.add(f"{letter}2:{letter}{max(len(table.rows), 1) + 1}")


def render_xlsx(comparison: Comparison, *, generated: datetime | None = None) -> bytes:
    """Return the xlsx workbook of ``comparison``'s table; ``generated`` dates the file."""
    findings, unique = tables(comparison)
    workbook = Workbook()
    first = workbook.active
    first.title = findings.name
    _fill_sheet(first, findings)
    _colour_verdicts(first, findings)
    _review_drop_down(first, findings)
    _fill_sheet(workbook.create_sheet(unique.name), unique)
    when = (generated or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    workbook.properties.creator = "factdiff"
    workbook.properties.title = findings.name
    workbook.properties.created = workbook.properties.modified = when
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
