"""The discrepancy table: its rows, and the CSV and xlsx files that carry them."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries

from factdiff import render
from factdiff.models import Counterpart, Status
from factdiff.render.csv_report import render_csv_parts, unique_path
from factdiff.render.spreadsheet import VERDICT_FILLS
from factdiff.render.table import (
    FINDINGS_SHEET,
    ID,
    PAIR_WITH,
    REVIEW,
    REVIEW_VERDICTS,
    REVIEWER,
    UNIQUE_SHEET,
    findings_table,
    tables,
    unique_table,
)

from .conftest import A_ID, B_ID

FINDINGS_HEADER = [
    "id", "verdict", "confidence", "topic", "kind", "A words", "A value", "B words", "B value",
    "status", "note", "statements", "review", "reviewer", "comment",
]  # fmt: skip
UNIQUE_HEADER = [
    "id", "source", "text", "start", "end",
    "likeliest in A", "likeliest in A id", "confidence in A",
    "likeliest in B", "likeliest in B id", "confidence in B",
    "pair with", "reviewer", "comment",
]  # fmt: skip
HOSTILE_CELLS = ("=1+1", "+SUM(A1)", "-2+3", "@cmd", '=HYPERLINK("http://x.invalid")')


def with_counterparts(comparison):
    """Return ``comparison`` whose first unique statement of each source has a likeliest
    counterpart in the other: the first statement of the other source's first finding."""
    first = comparison.findings[0].statements
    other_of = {A_ID: next(s for s in first if s.source == B_ID)}
    other_of[B_ID] = next(s for s in first if s.source == A_ID)
    counterparts = tuple(
        Counterpart(statement, other_of[source], 0.4349)
        for source in (A_ID, B_ID)
        for statement in [next(u for u in comparison.unique if u.source == source)]
    )
    return replace(comparison, counterparts=counterparts)


def with_unique_texts(comparison, texts):
    """Return ``comparison`` whose first unique statements say ``texts`` instead."""
    assert len(texts) <= len(comparison.unique)
    changed = [replace(u, text=text) for u, text in zip(comparison.unique, texts, strict=False)]
    return replace(comparison, unique=(*changed, *comparison.unique[len(texts) :]))


def test_findings_table_has_the_columns_in_order(possible):
    assert list(findings_table(possible).header) == FINDINGS_HEADER


def test_a_row_per_finding_and_differing_detail_in_the_reports_order(possible):
    table = findings_table(possible)
    expected = [
        (finding.id, finding.verdict.value, max(1, len(finding.differences)))
        for finding in (
            *possible.discrepancies,
            *possible.possible_discrepancies,
            *possible.agreements,
        )
    ]
    ids = [row[0] for row in table.rows]
    assert [(i, v) for i, v, _ in expected] == list(
        dict.fromkeys((row[0], row[1]) for row in table.rows)
    )
    assert [ids.count(i) for i, _, _ in expected] == [n for _, _, n in expected]
    assert [row[1] for row in table.rows] == ["discrepancy", "possible discrepancy", "agreement"]


def test_a_differing_detail_row_gives_each_outlets_words_and_value(possible):
    row = dict(zip(FINDINGS_HEADER, findings_table(possible).rows[0], strict=True))
    discrepancy = possible.discrepancies[0]
    a, b = (s for s in discrepancy.statements)
    assert row == {
        "id": discrepancy.id,
        "verdict": "discrepancy",
        "confidence": 82,
        "topic": "Time since Putin's last visit",
        "kind": "duration",
        "A words": "three and a half years",
        "A value": "3.5 years",
        "B words": "three years",
        "B value": "3 years",
        "status": Status.DIFFERENT.value,
        "note": "3.5 years is not 3 years",
        "statements": f"A {a.start}–{a.end}; B {b.start}–{b.end}",
        "review": None,
        "reviewer": None,
        "comment": None,
    }


def test_an_agreement_row_quotes_its_statements(comparison):
    row = dict(zip(FINDINGS_HEADER, findings_table(comparison).rows[-1], strict=True))
    agreement = comparison.agreements[0]
    assert row["id"] == agreement.id and row["verdict"] == "agreement"
    assert row["A words"] == agreement.statements[0].text
    assert row["B words"] == agreement.statements[1].text
    assert row["topic"] is row["A value"] is row["status"] is row["review"] is None


def test_unique_table_lists_every_unique_statement_with_its_id(comparison):
    table = unique_table(comparison)
    assert list(table.header) == UNIQUE_HEADER
    assert [row[0] for row in table.rows] == [u.id for u in comparison.unique]
    assert all(row[0].startswith("U-") for row in table.rows)
    assert [row[1:5] for row in table.rows] == [
        ("A" if u.source == A_ID else "B", u.text, u.start, u.end) for u in comparison.unique
    ]
    assert {row[-3:] for row in table.rows} == {(None, None, None)}


def test_unique_table_names_the_likeliest_counterpart_in_the_other_source(comparison):
    paired = with_counterparts(comparison)
    rows = [dict(zip(UNIQUE_HEADER, row, strict=True)) for row in unique_table(paired).rows]
    by_id = {c.statement.id: c for c in paired.counterparts}
    for row in rows:
        counterpart = by_id.get(row["id"])
        own, other = ("A", "B") if row["source"] == "A" else ("B", "A")
        assert row[f"likeliest in {own}"] is row[f"confidence in {own}"] is None
        if counterpart is None:
            assert row[f"likeliest in {other} id"] is None
        else:
            assert row[f"likeliest in {other}"] == counterpart.other.text
            assert row[f"likeliest in {other} id"] == counterpart.other.id
            assert row[f"confidence in {other}"] == 43
    assert sum(row["likeliest in B id"] is not None for row in rows) == 1
    assert sum(row["likeliest in A id"] is not None for row in rows) == 1


# --- CSV -------------------------------------------------------------------------------


def parse_csv(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode()), "UTF-8 with a byte order mark"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def as_csv_text(cell) -> str:
    return "" if cell is None else str(cell)


def test_csv_parses_back_into_the_same_rows(possible):
    paired = with_counterparts(possible)
    for data, table in zip(render_csv_parts(paired), tables(paired), strict=True):
        assert parse_csv(data) == [
            list(table.header),
            *([as_csv_text(cell) for cell in row] for row in table.rows),
        ]
        assert data.count(b"\r\n") >= len(table.rows) + 1


def test_csv_quotes_cells_a_spreadsheet_would_run_as_formulas(comparison):
    hostile = with_unique_texts(comparison, HOSTILE_CELLS)
    _, unique = render_csv_parts(hostile)
    texts = [row[2] for row in parse_csv(unique)[1:]]
    assert texts[: len(HOSTILE_CELLS)] == ["'" + text for text in HOSTILE_CELLS]
    assert not any(text.startswith(("=", "+", "-", "@")) for text in texts)


def test_csv_and_xlsx_keep_cyrillic_and_emoji(tmp_path, comparison):
    texts = ("Лукашенко прилетел в Минск 🚁 «тайно».", "Путин — 3,5 года 😐")
    unicode = with_unique_texts(comparison, texts)
    _, unique = render_csv_parts(unicode)
    assert [row[2] for row in parse_csv(unique)[1:3]] == list(texts)
    sheet = workbook(tmp_path, unicode)[UNIQUE_SHEET]
    assert [sheet.cell(row=r, column=3).value for r in (2, 3)] == list(texts)


def test_the_second_csv_part_goes_beside_the_first(tmp_path, comparison):
    written = render.write_report(comparison, tmp_path / "seeds.csv")
    assert written == tmp_path / "seeds.csv"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds.csv", "seeds.unique.csv"]
    findings, unique = render_csv_parts(comparison)
    assert written.read_bytes() == findings
    assert unique_path(written).read_bytes() == unique


# --- xlsx ------------------------------------------------------------------------------


def workbook(tmp_path, comparison):
    path = tmp_path / "table.xlsx"
    path.write_bytes(render.render(comparison, format="xlsx"))
    return load_workbook(path)


def test_xlsx_has_both_sheets_with_the_tables_rows(tmp_path, possible):
    paired = with_counterparts(possible)
    book = workbook(tmp_path, paired)
    assert book.sheetnames == [FINDINGS_SHEET, UNIQUE_SHEET]
    for table in tables(paired):
        sheet = book[table.name]
        assert [list(row) for row in sheet.iter_rows(values_only=True)] == [
            list(table.header),
            *(list(row) for row in table.rows),
        ]


def test_xlsx_is_laid_out_for_a_reviewer(tmp_path, possible):
    book = workbook(tmp_path, possible)
    for name in (FINDINGS_SHEET, UNIQUE_SHEET):
        sheet = book[name]
        header = [cell for cell in sheet[1]]
        assert all(cell.font.bold for cell in header), name
        assert sheet.freeze_panes == "B2", name
        assert sheet.auto_filter.ref == sheet.dimensions, name
        widths = {c.value: sheet.column_dimensions[c.column_letter].width for c in header}
        assert widths[ID] < widths["comment"], name
        assert widths[REVIEWER] >= len(REVIEWER), name
    findings = book[FINDINGS_SHEET]
    widths = {c.value: findings.column_dimensions[c.column_letter].width for c in findings[1]}
    assert widths["A words"] > widths["kind"]
    assert findings["F2"].alignment.wrap_text  # A words
    assert book[UNIQUE_SHEET]["C2"].alignment.wrap_text  # text
    # Rows are as high as their wrapped text, which programs do not measure on opening.
    unique = book[UNIQUE_SHEET]
    heights = {
        len(unique.cell(row=r, column=3).value): unique.row_dimensions[r].height
        for r in range(2, unique.max_row + 1)
    }
    shortest, longest = min(heights), max(heights)
    assert heights[longest] > heights[shortest] > 0


def test_every_review_cell_has_a_drop_down_of_the_review_verdicts(tmp_path, possible):
    sheet = workbook(tmp_path, possible)[FINDINGS_SHEET]
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"' + ",".join(REVIEW_VERDICTS) + '"'
    assert validation.allow_blank and validation.showErrorMessage and validation.error
    column = FINDINGS_HEADER.index(REVIEW) + 1
    letter = sheet.cell(row=1, column=column).column_letter
    review_cells = {f"{letter}{row}" for row in range(2, sheet.max_row + 1)}
    covered = {cell for rng in validation.sqref.ranges for cell in _cells(rng.coord)}
    assert review_cells <= covered
    assert not any(sheet[cell].value for cell in review_cells)


def _cells(coord: str) -> list[str]:
    low, top, high, bottom = range_boundaries(coord)
    return [
        f"{get_column_letter(c)}{r}" for c in range(low, high + 1) for r in range(top, bottom + 1)
    ]


def test_verdict_cells_are_coloured_by_verdict(tmp_path, possible):
    sheet = workbook(tmp_path, possible)[FINDINGS_SHEET]
    fills = {row[1].value: row[1].fill.fgColor.rgb[-6:] for row in sheet.iter_rows(min_row=2)}
    assert fills == VERDICT_FILLS
    assert len(set(fills.values())) == 3


def test_xlsx_writes_formula_like_text_as_text(tmp_path, comparison):
    book = workbook(tmp_path, with_unique_texts(comparison, HOSTILE_CELLS))
    sheet = book[UNIQUE_SHEET]
    cells = [sheet.cell(row=r, column=3) for r in range(2, 2 + len(HOSTILE_CELLS))]
    assert [c.value for c in cells] == list(HOSTILE_CELLS)
    assert {c.data_type for c in cells} == {"s"}
    formulas = [c for row in book.worksheets for r in row.iter_rows() for c in r]
    assert not any(c.data_type == "f" for c in formulas)


def test_xlsx_replaces_characters_a_cell_cannot_hold(tmp_path, comparison):
    book = workbook(tmp_path, with_unique_texts(comparison, ["bell\x07 and null\x00 here"]))
    assert book[UNIQUE_SHEET]["C2"].value == "bell\ufffd and null\ufffd here"


def test_pair_with_column_is_empty_for_the_reviewer(tmp_path, comparison):
    sheet = workbook(tmp_path, comparison)[UNIQUE_SHEET]
    column = UNIQUE_HEADER.index(PAIR_WITH) + 1
    assert sheet.cell(row=1, column=column).value == PAIR_WITH
    assert not any(sheet.cell(row=r, column=column).value for r in range(2, sheet.max_row + 1))


def test_libreoffice_reads_the_xlsx(tmp_path, possible):
    """LibreOffice, headless, opens the workbook and saves its first sheet as CSV."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is installed by the project's set-up"
    source = tmp_path / "table.xlsx"
    source.write_bytes(render.render(possible, format="xlsx"))
    profile = (tmp_path / "profile").as_uri()  # its own profile: runs may overlap
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    rows = list(csv.reader(io.StringIO((tmp_path / "table.csv").read_text("utf-8-sig"))))
    assert rows[0] == FINDINGS_HEADER
    assert [row[0] for row in rows[1:]] == [row[0] for row in findings_table(possible).rows]


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_the_table_formats_are_offered_by_suffix(format):
    assert format in render.FORMATS
    assert render.format_for(f"report.{format.upper()}") == format
