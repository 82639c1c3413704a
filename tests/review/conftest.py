"""The seeds compared once; their table exported and filled in as a reviewer would.

``export`` writes the table as ``factdiff compare -f xlsx`` (or csv) does; ``fill_workbook``
and ``fill_csv`` type a reviewer's decisions into it; ``write_csv`` and ``write_xlsx`` write
small tables by hand, for the reader's own tests.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from factdiff import cli, compare
from factdiff.models import Comparison
from factdiff.render.table import (
    COMMENT,
    FINDINGS_SHEET,
    ID,
    PAIR_WITH,
    REVIEW,
    REVIEWER,
    UNIQUE_SHEET,
)

from ..conftest import BELARUS, THE_WEEK

SEEDS = (str(THE_WEEK), str(BELARUS))


@pytest.fixture(scope="session")
def seeds() -> Comparison:
    """Return the seeds compared, as ``factdiff compare`` compares them in the tests."""
    return compare(SEEDS)


def export(folder: Path, format: str) -> Path:
    """Export the seeds' table as ``factdiff compare -f FORMAT`` writes it; return its path
    (for csv, the findings part: the unique statements' part is beside it, NAME.unique.csv)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"seeds.{format}"
    assert cli.main(["compare", *SEEDS, "-o", str(path), "-q"]) == cli.EXIT_OK
    return path


def unique_part(path: Path) -> Path:
    """Return the CSV part of the statements in one source only, beside the findings part."""
    return path.with_suffix(".unique.csv")


def _filled(header, rows, decisions: dict[str, tuple[str, ...]], columns: tuple[str, ...]):
    """Return the rows with the reviewer's cells filled in: on the first row of each id
    ``decisions`` names, its values go into ``columns``."""
    index = {name: header.index(name) for name in (ID, *columns)}
    done = set()
    filled = []
    for row in rows:
        row = list(row) + [None] * (len(header) - len(row))
        given = row[index[ID]]
        if given in decisions and given not in done:
            done.add(given)
            for name, value in zip(columns, decisions[given], strict=True):
                row[index[name]] = value
        filled.append(row)
    assert done == set(decisions), "every decision names an id of the table"
    return filled


def fill_csv(path: Path, decisions, columns=(REVIEW, REVIEWER, COMMENT)) -> Path:
    """Fill in an exported CSV part as a reviewer would, and save it back as CSV UTF-8."""
    with path.open(encoding="utf-8-sig", newline="") as file:
        header, *rows = list(csv.reader(file))
    return write_csv(path, header, _filled(header, rows, decisions, columns))


def fill_workbook(path: Path, decisions, pairs) -> Path:
    """Fill in an exported workbook as a reviewer would: (review, reviewer, comment) on the
    findings' sheet, (pair with, reviewer, comment) on the unique statements' sheet."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    for name, given, columns in (
        (FINDINGS_SHEET, decisions, (REVIEW, REVIEWER, COMMENT)),
        (UNIQUE_SHEET, pairs, (PAIR_WITH, REVIEWER, COMMENT)),
    ):
        sheet = book[name]
        header = [cell.value for cell in sheet[1]]
        rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
        for number, row in enumerate(_filled(header, rows, given, columns), start=2):
            for column, value in enumerate(row, start=1):
                sheet.cell(number, column).value = value
    book.save(path)
    return path


def write_csv(path: Path, header, rows) -> Path:
    """Write a table as the export writes its CSV: UTF-8 with a BOM, header row first."""
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, tuple]) -> Path:
    """Write a workbook of sheets, each (header, rows)."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, (header, rows) in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append(list(header))
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path
