"""The seeds compared once, and the review table a reviewer fills in, written by hand.

The tables here hold the columns the review reads (``render.table``) and a few of the
export's others, so that the reader is shown to find its columns by name among them.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from factdiff import compare
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
FINDINGS_HEADER = (ID, "verdict", "confidence", "statements", REVIEW, REVIEWER, COMMENT)
UNIQUE_HEADER = (ID, "source", "text", "likeliest id", PAIR_WITH, REVIEWER, COMMENT)


@pytest.fixture(scope="session")
def seeds() -> Comparison:
    """Return the seeds compared, as ``factdiff compare`` compares them in the tests."""
    return compare(SEEDS)


def findings_rows(comparison: Comparison, decisions: dict[str, tuple[str, str, str]]):
    """Return the findings table's rows: one per finding and differing detail (at least
    one), with the reviewer's (review, reviewer, comment) where ``decisions`` gives one."""
    rows = []
    for finding in comparison.findings:
        review = decisions.get(finding.id, ("", "", ""))
        statements = "; ".join(f"{s.source} {s.start}–{s.end}" for s in finding.statements)
        for _ in finding.differences or (None,):
            rows.append(
                (
                    finding.id,
                    finding.verdict.value,
                    f"{finding.confidence:.2f}",
                    statements,
                    *review,
                )
            )
    return rows


def unique_rows(comparison: Comparison, pairs: dict[str, tuple[str, str, str]]):
    """Return the unique statements' rows, with (pair with, reviewer, comment) from ``pairs``."""
    likeliest = {c.statement.id: c.other.id for c in comparison.counterparts}
    return [
        (s.id, s.source, s.text, likeliest.get(s.id, ""), *pairs.get(s.id, ("", "", "")))
        for s in comparison.unique
    ]


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


def reviewed_workbook(path: Path, comparison: Comparison, decisions, pairs) -> Path:
    """Write the two sheets of a reviewed table, as a reviewer saves it."""
    return write_xlsx(
        path,
        {
            FINDINGS_SHEET: (FINDINGS_HEADER, findings_rows(comparison, decisions)),
            UNIQUE_SHEET: (UNIQUE_HEADER, unique_rows(comparison, pairs)),
        },
    )
