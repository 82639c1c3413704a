"""Every bad input tried, through the command line: one line, an exit code, no file.

The same cases make the table of docs/bad-input.md (`python -m tests.test_bad_input` writes
it, and a test keeps it current): each row names what was tried and the message the user
sees, with FILE for the path.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from factdiff import cli

from .conftest import BELARUS, ROOT, THE_WEEK

ARTICLE = "Putin in Minsk\n\nPutin flew to Minsk on Monday. He met Lukashenko for talks.\n"


@dataclass(frozen=True)
class Case:
    """A bad input: what it is, how to make it, the exit code and the message shown."""

    tried: str
    content: bytes | None  # the bad file's bytes; None: no file is made
    arguments: tuple[str, ...]  # BAD is the bad file, OUT the report path, DIR the folder
    code: int
    message: str
    # Found only once the articles are compared (a review's pair names their statements).
    compared: bool = False


def _zip_without_workbook() -> bytes:
    """Return the bytes of a zip archive that holds a text file and no workbook."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return buffer.getvalue()


ZIP_WITHOUT_WORKBOOK = _zip_without_workbook()

CASES = [
    Case("a path that does not exist", None, ("BAD", "GOOD"), 3, "FILE: no such file"),
    Case("a folder", None, ("DIR", "GOOD"), 3, "FILE: is a directory, not an article"),
    Case("an empty file", b"", ("BAD", "GOOD"), 3, "FILE: is empty"),
    Case(
        "a file of white space only", b" \n\t\n", ("BAD", "GOOD"), 3, "FILE: holds only white space"
    ),
    Case(
        "a binary file (NUL bytes)",
        b"\x00\x01\x02binary\x00",
        ("BAD", "GOOD"),
        3,
        "FILE: looks like a binary file (it contains NUL bytes), not text",
    ),
    Case(
        "an image (PNG)",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        ("BAD", "GOOD"),
        3,
        "FILE: looks like a PNG image, not text; save the article as plain text",
    ),
    Case(
        "a PDF",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        ("BAD", "GOOD"),
        3,
        "FILE: looks like a PDF document, not text; save the article as plain text",
    ),
    Case(
        "a Word document (.docx)",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
        ("BAD", "GOOD"),
        3,
        "FILE: looks like a ZIP archive (a .docx or .odt document is one), not text; "
        "save the article as plain text",
    ),
    Case(
        "a UTF-16 byte-order mark over bytes that are not UTF-16",
        b"\xff\xfeT\x00i\x00t",
        ("BAD", "GOOD"),
        3,
        "FILE: starts with a utf-16-le byte-order mark but is not utf-16-le text (offset 6)",
    ),
    Case(
        "boilerplate only",
        b"Similar Posts\n\nShare this article\n",
        ("BAD", "GOOD"),
        3,
        "FILE: has no text besides boilerplate",
    ),
    Case(
        "no sentence (only rules and symbols)",
        b"Putin in Minsk\n\n* * *\n\n--- ### ---\n",
        ("BAD", "GOOD"),
        3,
        "FILE: has no sentence to compare besides its title",
    ),
    Case(
        "a file over 2 MB (50 MB tried)",
        None,
        ("HUGE", "GOOD"),
        3,
        "FILE: is 50.0 MB; factdiff compares articles of up to 2 MB",
    ),
    Case(
        "an article over 1,000 sentences",
        b"Many sentences\n\n" + b"Putin flew to Minsk on Monday. " * 1001,
        ("BAD", "GOOD"),
        3,
        "FILE: has 1,001 sentences; factdiff compares articles of up to 1,000 sentences",
    ),
    Case(
        'a sentence of 2 MB ("Mr. " 500,000 times)',
        b"Mr.\n\n" + b"Mr. " * 499_000,
        ("BAD", "GOOD"),
        3,
        "FILE: has a sentence of 1,995,999 characters (at offset 5); factdiff reads sentences "
        "of up to 20,000 characters",
    ),
    Case("one article only", None, ("GOOD",), 3, "need at least two articles to compare, got 1"),
    Case(
        "more articles than compared at once (51)",
        None,
        ("MANY",),
        3,
        "51 articles given; factdiff compares up to 50 at once",
    ),
    Case(
        "the same file twice",
        None,
        ("GOOD", "GOOD_AGAIN"),
        3,
        "FILE: given twice; compare different articles",
    ),
    Case(
        "a report path inside a file",
        None,
        ("GOOD", "OTHER", "-o", "BLOCKED"),
        4,
        "cannot write report FILE: FILE is a file, not a folder",
    ),
    Case(
        "a report path that is a folder",
        None,
        ("GOOD", "OTHER", "-o", "DIR", "-f", "pdf"),
        4,
        "cannot write report FILE: it is a folder",
    ),
    Case(
        "a report path that is one of the articles",
        None,
        ("GOOD", "OTHER", "-o", "GOOD", "-f", "md"),
        4,
        "FILE: is one of the articles compared; choose another report path",
    ),
    Case(
        "a report suffix of no known format",
        None,
        ("GOOD", "OTHER", "-o", "OUT.docx"),
        4,
        "cannot tell the report format of FILE: '.docx' (use one of .pdf, .html, .htm, .json, .md, .csv, .xlsx)",
    ),
    Case(
        "a FIFO (named pipe) no one writes to",
        None,
        ("FIFO", "GOOD"),
        3,
        "FILE: is a FIFO (named pipe), not a regular file; save the article to a file, or "
        "give - to read it from standard input",
    ),
    Case(
        "a device that never ends (/dev/zero)",
        None,
        ("/dev/zero", "GOOD"),
        3,
        "/dev/zero: is a device, not a regular file; save the article to a file, or give - "
        "to read it from standard input",
    ),
    Case(
        "a web address",
        None,
        ("https://www.example.com/news/story", "GOOD"),
        3,
        "https://www.example.com/news/story: factdiff does not fetch web pages; save the "
        "article's text to a file (your browser's Save as… Text, or copy and paste it) and "
        "compare that file",
    ),
    Case(
        "an HTML page",
        b"<!DOCTYPE html>\n<html><head><title>Putin in Minsk</title></head>\n<body><p>Putin "
        b"flew to Minsk.</p></body></html>\n",
        ("BAD", "GOOD"),
        3,
        "FILE: is an HTML page, not an article's text; save the page as text (your browser's "
        "Save as… Text, or copy and paste the article) and compare that",
    ),
    Case(
        "standard input given twice",
        None,
        ("-", "-"),
        3,
        "-: given twice; compare different articles",
    ),
    Case(
        "several formats to standard output",
        None,
        ("GOOD", "OTHER", "-o", "-", "-f", "json", "-f", "md"),
        4,
        "-o - writes one report to standard output; give one --format",
    ),
    Case(
        "a review table without an id column (`--review`)",
        b"verdict,review\nF-6ced69,confirmed\n",
        ("GOOD", "OTHER", "-o", "OUT", "--review", "BAD.csv"),
        3,
        "FILE: row 1: no 'id' column (the header has 'verdict', 'review')",
    ),
    Case(
        "a review verdict not in the list",
        b"id,review\nF-6ced69,confirmed\nF-c09818,maybe\n",
        ("GOOD", "OTHER", "-o", "OUT", "--review", "BAD.csv"),
        3,
        "FILE: row 3: review 'maybe' is not one of confirmed, dismissed, unsure",
    ),
    Case(
        "a review id that is no factdiff id (an id the comparison lacks is listed as stale)",
        b"id,review\nF1,confirmed\n",
        ("GOOD", "OTHER", "-o", "OUT", "--review", "BAD.csv"),
        3,
        "FILE: row 2: id 'F1' is not a finding id (F- and 6 hex digits)",
    ),
    Case(
        "one finding given two different verdicts",
        b"id,review\nF-6ced69,confirmed\nF-6ced69,dismissed\n",
        ("GOOD", "OTHER", "-o", "OUT", "--review", "BAD.csv"),
        3,
        "FILE: row 3: F-6ced69 is reviewed 'dismissed' here but 'confirmed' in row 2",
    ),
    Case(
        "a review .xlsx that is a renamed text file",
        b"id,review\nF-6ced69,confirmed\n",
        ("GOOD", "OTHER", "-o", "OUT", "--review", "BAD.xlsx"),
        3,
        "FILE: is not an xlsx workbook (BadZipFile: File is not a zip file); save the table as "
        ".xlsx or .csv",
    ),
    Case(
        "a review .xlsx that is a zip but no workbook",
        ZIP_WITHOUT_WORKBOOK,
        ("GOOD", "OTHER", "-o", "OUT", "--review", "BAD.xlsx"),
        3,
        'FILE: is not an xlsx workbook (KeyError: "There is no item named '
        "'[Content_Types].xml' in the archive\"); save the table as .xlsx or .csv",
    ),
    Case(
        "a JSON review that does not follow the format",
        b'{"findings": [{"id": "F-6ced69", "verdict": "confirmed"}]}',
        ("GOOD", "OTHER", "-o", "OUT", "--review", "BAD.json"),
        3,
        "FILE: findings[0]: unknown key 'verdict' (want id, review, reviewer, comment)",
    ),
    Case(
        "a review pairing two statements of one source",
        b'{"pairs": [{"id": "U-c2731e", "pair_with": "U-1cb12e"}]}',
        ("GOOD", "OTHER", "-o", "OUT", "--review", "BAD.json"),
        3,
        "FILE: pairs[0]: U-c2731e and U-1cb12e are both statements of good; pair a statement "
        "with one of another source",
        compared=True,
    ),
    Case(
        "an option factdiff does not have",
        None,
        ("GOOD", "OTHER", "--colour"),
        2,
        "unrecognized arguments: --colour (see factdiff --help)",
    ),
]


def _arguments(case: Case, folder: Path) -> list[str]:
    """Return the command line of ``case``, its bad file made inside ``folder``."""
    good = folder / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    other = folder / "other.txt"
    other.write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    bad = folder / "bad.txt"
    if case.content is not None:
        bad.write_bytes(case.content)
    # A bad review file: its suffix says its format ("BAD.xlsx" is folder/bad.xlsx).
    reviews = {a: folder / f"bad{a[3:]}" for a in case.arguments if a.startswith("BAD.")}
    for path in reviews.values():
        path.write_bytes(case.content or b"")
    huge = folder / "huge.txt"
    if "HUGE" in case.arguments:
        with huge.open("wb") as file:
            file.truncate(50_000_000)  # sparse: nothing is written
    blocked = folder / "blocker"
    blocked.write_text("a file, not a folder")
    names = {
        "BAD": bad,
        "GOOD": good,
        "GOOD_AGAIN": folder / "." / "good.txt",
        "OTHER": other,
        "DIR": folder / "sub",
        "HUGE": huge,
        "BLOCKED": blocked / "report.pdf",
        "OUT.docx": folder / "report.docx",
        "OUT": folder / "report.pdf",
        **reviews,
    }
    (folder / "sub").mkdir()
    if "MANY" in case.arguments:
        many = [folder / f"many-{n}.txt" for n in range(51)]
        for path in many:
            path.write_text(ARTICLE, encoding="utf-8")
        return ["compare", *map(str, many)]
    if "FIFO" in case.arguments:
        names["FIFO"] = folder / "pipe"
        os.mkfifo(names["FIFO"])
    return ["compare", *(str(names.get(a, a)) for a in case.arguments)]


def _shown(stderr: str, folder: Path) -> str:
    """Return the error line with every path in the test folder written as FILE."""
    return re.sub(re.escape(str(folder)) + r"[^\s:;,]*", "FILE", stderr.strip())


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.tried)
def test_bad_input_gets_one_line_an_exit_code_and_no_report(case, tmp_path, capsys):
    arguments = _arguments(case, tmp_path)
    before = sorted(tmp_path.rglob("*"))
    try:
        code = cli.main(arguments)
    except SystemExit as exit:  # argparse's own errors
        code = exit.code
    out, err = capsys.readouterr()
    assert (code, _shown(err, tmp_path)) == (case.code, f"factdiff: error: {case.message}")
    assert sorted(tmp_path.rglob("*")) == before  # no report, no temporary file
    assert "wrote" not in out


# Behaviours the table states that other tests check, with the test that does.
OTHER_ROWS = [
    (
        "text in Windows-1252, Latin-1, Windows-1251 or UTF-16 with a byte-order mark",
        "read correctly (charset-normalizer recognises the encoding); the JSON report gives it "
        "as `encoding` (`tests/test_read.py`)",
    ),
    (
        "UTF-8 with a few bytes that are not UTF-8",
        "read as UTF-8, each bad byte shown as `\ufffd`; a warning on stderr names their "
        "offsets (`tests/test_read.py`, `tests/test_cli.py`)",
    ),
    (
        "a headline alone (one line, no body)",
        "compared by the headline: an article that is only its title is compared by its title "
        "(`tests/test_read.py`)",
    ),
    (
        "a number of more than 100 digits (400, 5,000 and 100,000 tried)",
        "read as text, not as a figure; every report is written (`tests/test_odd_text.py`)",
    ),
    (
        "a bad `--date` or `--outlet`",
        "3: `--date 2022-12-19: want SOURCE=YYYY-MM-DD`, `--outlet nowhere: no such article; "
        "give one of: …` (`tests/test_cli.py`)",
    ),
    (
        "Ctrl-C or SIGTERM during a run",
        "130: `factdiff: interrupted`, 143: `factdiff: terminated`; no report and no temporary "
        "file is left, an existing report is kept (below)",
    ),
    (
        "a reader that stops early (`--explain \\| head -1`)",
        "141, only the status lines on stderr; the reports are written whole (below)",
    ),
    (
        "memory running out (tried under a 1 GB limit)",
        "5: `out of memory; compare shorter articles or fewer at once` (`tests/test_cli.py`)",
    ),
    (
        "a report path that is `/dev/stdout`, `/dev/null` or a FIFO",
        "written to directly, never replaced by a file (`tests/render/test_writer.py`)",
    ),
]
DOCUMENT = ROOT / "docs" / "bad-input.md"


def document() -> str:
    """Return docs/bad-input.md: the cases tried here, as a table."""
    rows = [(case.tried, f"{case.code}: `{case.message}`") for case in CASES] + OTHER_ROWS
    return (
        "# Bad input\n\n"
        "<!-- Written by `python -m tests.test_bad_input` from its cases; do not edit. -->\n\n"
        "factdiff never answers bad input with a traceback or a partial report: it prints one\n"
        "line on stderr and exits with 3 (an article or a review file), 4 (a report) or 2 (the\n"
        "command line). A review file's line names its row ([review.md](review.md)).\n"
        "Every report is rendered before any is written; each is written to a temporary file\n"
        "beside its target, and only when all are written are they renamed into place.\n"
        "`tests/test_bad_input.py` tries each case below. (FILE stands for the path.)\n\n"
        "| Input tried | What the user sees (exit code: the line on stderr) |\n"
        "| --- | --- |\n" + "".join(f"| {tried} | {seen} |\n" for tried, seen in rows)
    )


def test_the_bad_input_document_shows_every_case():
    assert DOCUMENT.read_text(encoding="utf-8") == document()


def test_output_to_a_reader_that_stopped_ends_quietly(tmp_path):
    """`factdiff compare … --explain | head -1`: no traceback, and the report is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before factdiff prints anything
    command = [sys.executable, "-m", "factdiff", "compare", str(THE_WEEK), str(BELARUS)]
    command += ["-o", str(tmp_path / "r.json"), "--explain"]
    result = subprocess.run(command, stdout=write_end, stderr=subprocess.PIPE, text=True)
    os.close(write_end)
    # The report was written (its status lines are on standard error), then the reader left.
    assert result.returncode == cli.EXIT_BROKEN_PIPE
    assert result.stderr.startswith(f"wrote {tmp_path / 'r.json'}\nfound ")
    assert result.stderr.count("\n") == 2 and "Traceback" not in result.stderr
    assert (tmp_path / "r.json").is_file()


def _long_article(side: str) -> str:
    """Return a long article, one side of the long labelled pairs, that keeps factdiff busy."""
    items = [
        json.loads(line)
        for line in (ROOT / "tests/eval/alignment_long.jsonl").read_text("utf-8").splitlines()
    ]
    text = "\n\n".join(item[side] for item in items[:12])
    return f"Live blog\n\n{text}\n"


@pytest.mark.parametrize(
    "signum, code, said",
    [
        (signal.SIGINT, cli.EXIT_INTERRUPTED, "factdiff: interrupted\n"),
        (signal.SIGTERM, cli.EXIT_TERMINATED, "factdiff: terminated\n"),
    ],
    ids=["ctrl-c", "sigterm"],
)
def test_a_stopped_run_leaves_the_old_report_and_no_temporary_file(tmp_path, signum, code, said):
    # Two long articles keep factdiff busy for several seconds, time to stop it.
    for side in ("a", "b"):
        (tmp_path / f"{side}.txt").write_text(_long_article(side), encoding="utf-8")
    report = tmp_path / "out" / "r.pdf"
    report.parent.mkdir()
    report.write_bytes(b"the report of an earlier run")
    command = [sys.executable, "-m", "factdiff", "compare", "a.txt", "b.txt", "-o", str(report)]
    process = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    time.sleep(3)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr) == (code, said)
    assert report.read_bytes() == b"the report of an earlier run"
    assert [p.name for p in report.parent.iterdir()] == ["r.pdf"]


if __name__ == "__main__":
    DOCUMENT.write_text(document(), encoding="utf-8")
