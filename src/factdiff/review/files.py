"""Review files read into tables or items: an xlsx workbook, a CSV file, a JSON review.

REVIEW_SUFFIXES            -> the file suffixes a review may have, and the format of each
read_file(path) -> ReviewFile   one file: its tables' entries and pairs, its reviewer and day

A file that is not what its suffix says ("reviewed.xlsx" that is a renamed text file, a zip
that holds no workbook, a CSV that is not UTF-8) is one InputError naming it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factdiff.errors import InputError
from factdiff.models import ReviewEntry, ReviewPair
from factdiff.read.files import regular_file_bytes
from factdiff.render.table import FINDINGS_SHEET, UNIQUE_SHEET

from .json_review import json_items
from .rows import Table, cell_text, table_items

__all__ = ["REVIEW_SUFFIXES", "ReviewFile", "read_file"]

REVIEW_SUFFIXES = {".xlsx": "xlsx", ".csv": "csv", ".json": "json"}
# A review file is a table of findings; anything larger is not one.
MAX_BYTES = 50_000_000
# The delimiters a spreadsheet may save a CSV with: "," or, where "," is the decimal mark, ";".
_DELIMITERS = ",;\t"


@dataclass(frozen=True)
class ReviewFile:
    """What one review file says: its entries and pairs, who reviewed and on which day."""

    entries: tuple[ReviewEntry, ...]
    pairs: tuple[ReviewPair, ...]
    reviewer: str
    date: str


def read_file(path: str | os.PathLike[str]) -> ReviewFile:
    """Return what a review file says, or InputError naming the file (and the row)."""
    shown = os.fspath(path)
    path = Path(path)
    data = _bytes(path, shown)
    suffix = path.suffix.lower()
    if suffix not in REVIEW_SUFFIXES:
        known = ", ".join(REVIEW_SUFFIXES)
        raise InputError(
            f"{shown}: cannot tell the review format from {repr(suffix) if suffix else 'no suffix'} "
            f"(use one of {known})"
        )
    modified = dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
    if REVIEW_SUFFIXES[suffix] == "json":
        reviewer, date, entries, pairs = json_items(data, shown)
        return ReviewFile(tuple(entries), tuple(pairs), reviewer, date or modified)
    tables = _xlsx_tables(path, shown) if suffix == ".xlsx" else [_csv_table(data, shown)]
    entries, pairs = [], []
    for table in tables:
        found, paired = table_items(table)
        entries += found
        pairs += paired
    return ReviewFile(tuple(entries), tuple(pairs), "", modified)


def _bytes(path: Path, shown: str) -> bytes:
    """Return a review file's bytes, or InputError saying why it cannot be read (a FIFO or a
    device is refused, never waited on)."""
    return regular_file_bytes(
        path, what="a review file", most=MAX_BYTES, limit="too large for a review"
    )


def _csv_table(data: bytes, shown: str) -> Table:
    """Return a CSV file as one table: UTF-8 (with or without a BOM), header row first."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{shown}: is not UTF-8 text (byte {error.start}); save it as CSV UTF-8"
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [(number, tuple(row)) for number, row in enumerate(reader, start=1)]
    except csv.Error as error:
        raise InputError(f"{shown}: row {reader.line_num}: not CSV ({error})") from None
    return _table(shown, rows)


def _table(where: str, rows: list[tuple[int, tuple[Any, ...]]]) -> Table:
    """Return rows as a table: the first row with any text is the header."""
    filled = [(n, cells) for n, cells in rows if any(cell_text(c) for c in cells)]
    if not filled:
        raise InputError(f"{where}: is empty; want a header row and the reviewed rows")
    (header_row, header), *body = filled
    return Table(where, header_row, tuple(header), tuple(body))


def _xlsx_tables(path: Path, shown: str) -> list[Table]:
    """Return the sheets of a workbook to read: the findings' and the unique statements',
    or, in a workbook of other sheets (one a spreadsheet made from a CSV), each sheet."""
    import openpyxl  # only a review in xlsx needs it: startup stays quick

    try:
        with warnings.catch_warnings():
            # openpyxl warns of extensions it does not read (data validation, styles).
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                sheets = {
                    sheet.title: [
                        (number, tuple(row))
                        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)
                    ]
                    for sheet in book.worksheets
                }
            finally:
                book.close()
    except MemoryError:
        raise
    except Exception as error:  # any failure to parse it means it is not a workbook
        raise InputError(
            f"{shown}: is not an xlsx workbook ({type(error).__name__}: {error}); "
            "save the table as .xlsx or .csv"
        ) from None
    named = [name for name in (FINDINGS_SHEET, UNIQUE_SHEET) if name in sheets]
    if not sheets:
        raise InputError(f"{shown}: holds no sheet")
    read = named or list(sheets)
    return [
        _table(f"{shown}: sheet {name}" if len(sheets) > 1 else shown, sheets[name])
        for name in read
    ]
