"""A real spreadsheet program in the round trip: LibreOffice Calc, headless.

A reviewer's verdicts are typed into the exported CSV table, LibreOffice converts it to xlsx
(as a reviewer saving it from Calc would), and ``factdiff compare --review`` reads them
back. LibreOffice also re-saves the exported workbook, which must read the same. The
tests need ``soffice``: ``make system-deps`` installs it (``make test`` runs that first).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from factdiff import cli
from factdiff.render.table import COMMENT, PAIR_WITH, REVIEW_VERDICTS, REVIEWER

from .conftest import SEEDS, export, fill_csv, fill_workbook, unique_part

CONFIRMED, DISMISSED, UNSURE = REVIEW_VERDICTS
PAIR_COLUMNS = (PAIR_WITH, REVIEWER, COMMENT)
# LibreOffice's CSV import options: comma-separated, double quotes, UTF-8 (76), from line 1.
CSV_UTF8 = "CSV:44,34,76,1"


def _soffice() -> str:
    """Return LibreOffice's command, or fail saying how to install it."""
    found = shutil.which("soffice")
    if found is None:
        pytest.fail(
            "LibreOffice (soffice) is not installed; run `make system-deps` (it installs "
            "libreoffice-calc-nogui, or libreoffice-calc) and run the tests again"
        )
    return found


def _convert(tmp_path: Path, *files: Path, infilter: str | None = None) -> Path:
    """Convert files to xlsx with LibreOffice in a profile of this test's own (parallel runs
    would otherwise share, and lock, one); return the folder they were written to."""
    out = tmp_path / "converted"
    command = [
        _soffice(),
        f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
        "--headless",
        *([f"--infilter={infilter}"] if infilter else []),
        "--convert-to",
        "xlsx",
        "--outdir",
        str(out),
        *map(str, files),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for file in files:
        assert (out / f"{file.stem}.xlsx").is_file(), result.stdout + result.stderr
    return out


def _made_by_libreoffice(workbook: Path) -> bool:
    with zipfile.ZipFile(workbook) as archive:
        return "LibreOffice" in archive.read("docProps/app.xml").decode("utf-8")


def _compare(tmp_path: Path, *reviews: Path) -> dict:
    out = tmp_path / "out.json"
    arguments = ["compare", *SEEDS, "-o", str(out), "-q"]
    for review in reviews:
        arguments += ["--review", str(review)]
    assert cli.main(arguments) == cli.EXIT_OK
    return json.loads(out.read_text("utf-8"))


def test_verdicts_typed_into_the_exported_csv_come_back_through_libreoffice(tmp_path, seeds):
    first, second, third = seeds.findings[:3]
    decisions = {
        first.id: (CONFIRMED, "Ann Lée", "3,5 years, rounded down"),
        second.id: (DISMISSED, "Ann Lée", ""),
        third.id: (UNSURE, "Bo", "ask the desk"),
    }
    pair = max(seeds.counterparts, key=lambda c: c.confidence)
    findings = fill_csv(export(tmp_path / "table", "csv"), decisions)
    unique = fill_csv(
        unique_part(findings), {pair.statement.id: (pair.other.id, "Bo", "")}, PAIR_COLUMNS
    )
    out = _convert(tmp_path, findings, unique, infilter=CSV_UTF8)
    workbooks = [out / "seeds.xlsx", out / "seeds.unique.xlsx"]
    assert all(_made_by_libreoffice(w) for w in workbooks)

    report = _compare(tmp_path, *workbooks)
    given = {f["id"]: f["review"] for f in report["findings"] if f["review"]}
    assert given == {
        id: {"verdict": verdict, "reviewer": reviewer, "comment": comment}
        for id, (verdict, reviewer, comment) in decisions.items()
    }
    (made,) = [f for f in report["findings"] if f["manual"]]
    assert {s["text"] for s in made["statements"]} == {pair.statement.text, pair.other.text}
    assert report["review"]["reviewers"] == ["Ann Lée", "Bo"]
    assert report["review"]["stale"] == []


def test_the_exported_workbook_saved_again_by_libreoffice_reads_the_same(tmp_path, seeds):
    finding = seeds.findings[0]
    pair = max(seeds.counterparts, key=lambda c: c.confidence)
    original = fill_workbook(
        export(tmp_path / "table", "xlsx"),
        {finding.id: (DISMISSED, "Ann", "not the same visit")},
        {pair.statement.id: (pair.other.id, "Ann", "")},
    )
    saved = _convert(tmp_path, original) / "seeds.xlsx"
    assert _made_by_libreoffice(saved) and not _made_by_libreoffice(original)
    reviewed = _compare(tmp_path / "a", saved)
    assert reviewed["findings"] == _compare(tmp_path / "b", original)["findings"]
    assert reviewed["review"][DISMISSED] == 1 and reviewed["review"]["pairs"] == 1
