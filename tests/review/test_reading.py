"""Reading review files: columns by name, rows merged by id, every malformed file one line."""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile

import pytest

from factdiff.errors import InputError
from factdiff.models import ReviewEntry, ReviewPair
from factdiff.render.table import COMMENT, ID, PAIR_WITH, REVIEW, REVIEWER, UNIQUE_SHEET
from factdiff.review import read_review

from .conftest import write_csv, write_xlsx


def test_csv_columns_are_found_by_name_in_any_order_among_others(tmp_path):
    path = write_csv(
        tmp_path / "r.csv",
        ("note", COMMENT.upper(), REVIEW, "topic", ID, REVIEWER),
        [
            ("x", "rounded down", " Confirmed ", "Time", "F-6ced69", "Ann"),
            ("y", "", "", "Date", "F-c09818", ""),  # not reviewed: no entry
            ("z", "", "unsure", "", "f-0A983F", "Bo"),
        ],
    )
    review = read_review([path])
    assert review.entries == (
        ReviewEntry("F-6ced69", "confirmed", "Ann", "rounded down", f"{path}: row 2"),
        ReviewEntry("F-0a983f", "unsure", "Bo", "", f"{path}: row 4"),
    )
    assert review.reviewers == ("Ann", "Bo")
    assert review.pairs == ()


def test_the_rows_of_one_finding_share_its_verdict_and_join_their_comments(tmp_path):
    path = write_csv(
        tmp_path / "r.csv",
        (ID, REVIEW, COMMENT),
        [("F-6ced69", "dismissed", "a"), ("F-6ced69", "", "b"), ("F-6ced69", "dismissed", "a")],
    )
    (entry,) = read_review([path]).entries
    assert (entry.verdict, entry.comment) == ("dismissed", "a / b")


def test_a_semicolon_csv_is_read_as_a_spreadsheet_saves_one_where_comma_is_the_decimal(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("id;review;comment\nF-6ced69;confirmed;3,5 years\n", encoding="utf-8")
    (entry,) = read_review([path]).entries
    assert (entry.id, entry.verdict, entry.comment) == ("F-6ced69", "confirmed", "3,5 years")


def test_a_workbook_gives_verdicts_from_one_sheet_and_pairs_from_the_other(tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx",
        {
            "Findings": ((ID, REVIEW, REVIEWER), [("F-6ced69", "confirmed", "Ann")]),
            UNIQUE_SHEET: (
                (ID, "text", PAIR_WITH, COMMENT),
                [("U-f8be98", "…", "U-3b714c", "same exercises"), ("U-dd89ad", "…", "", "")],
            ),
            "Notes": (("anything",), [("a note to self",)]),
        },
    )
    review = read_review([path])
    assert [(e.id, e.verdict) for e in review.entries] == [("F-6ced69", "confirmed")]
    assert review.pairs == (
        ReviewPair(
            "U-f8be98", "U-3b714c", "", "same exercises", f"{path}: sheet {UNIQUE_SHEET}: row 2"
        ),
    )


def test_a_json_review_gives_its_reviewer_and_day(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(
        json.dumps(
            {
                "reviewer": "Ann Lee",
                "date": "2024-05-02",
                "findings": [
                    {"id": "F-6ced69", "review": "confirmed", "comment": "checked"},
                    {"id": "F-c09818", "review": "unsure", "reviewer": "Bo"},
                ],
                "pairs": [{"id": "U-f8be98", "pair_with": "U-3b714c"}],
            }
        ),
        encoding="utf-8",
    )
    review = read_review([path])
    assert [(e.id, e.verdict, e.reviewer) for e in review.entries] == [
        ("F-6ced69", "confirmed", "Ann Lee"),
        ("F-c09818", "unsure", "Bo"),
    ]
    assert review.pairs == (ReviewPair("U-f8be98", "U-3b714c", "Ann Lee", "", f"{path}: pairs[0]"),)
    assert (review.reviewers, review.date) == (("Ann Lee", "Bo"), "2024-05-02")


def test_a_table_is_dated_by_its_file_and_several_files_by_the_latest(tmp_path):
    one = write_csv(tmp_path / "a.csv", (ID, REVIEW), [("F-6ced69", "confirmed")])
    two = write_csv(tmp_path / "b.csv", (ID, PAIR_WITH), [("U-f8be98", "U-3b714c")])
    for path, day in ((one, dt.datetime(2024, 5, 2, 12)), (two, dt.datetime(2024, 6, 1, 12))):
        os.utime(path, (day.timestamp(), day.timestamp()))
    assert read_review([one]).date == "2024-05-02"
    review = read_review([one, two])
    assert (review.date, len(review.entries), len(review.pairs)) == ("2024-06-01", 1, 1)


def _zip_without_workbook(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")


# Each malformed review file, as (name, content or a function making it, the error line);
# FILE stands for the file's path.
BAD_FILES = [
    ("r.csv", "verdict,review\nF-6ced69,confirmed\n", "FILE: row 1: no 'id' column (the header has 'verdict', 'review')"),
    ("r.csv", "id,verdict\nF-6ced69,confirmed\n", "FILE: row 1: no 'review' or 'pair with' column (the header has 'id', 'verdict')"),
    ("r.csv", "id,review\nF-6ced69,confirmed\nF-c09818,maybe\n", "FILE: row 3: review 'maybe' is not one of confirmed, dismissed, unsure"),
    ("r.csv", "id,review\nF-6ced69,confirmed\n\nF-6ced69,dismissed\n", "FILE: row 4: F-6ced69 is reviewed 'dismissed' here but 'confirmed' in row 2"),
    ("r.csv", "id,review\n,confirmed\n", "FILE: row 2: a review but no id"),
    ("r.csv", "id,review\nF1,confirmed\n", "FILE: row 2: id 'F1' is not a finding id (F- and 6 hex digits)"),
    ("r.csv", "id,review\nU-f8be98,confirmed\n", "FILE: row 2: id 'U-f8be98' is not a finding id (F- and 6 hex digits); a statement in one source only is paired in 'pair with', not reviewed"),
    ("r.csv", "id,pair with\nU-f8be98,the exercises one\n", "FILE: row 2: pair with 'the exercises one' is not a statement id (U- and 6 hex digits)"),
    ("r.csv", "id,pair with\nU-f8be98,U-3b714c\nU-f8be98,U-dd89ad\n", "FILE: row 3: U-f8be98 is paired with U-dd89ad here but with U-3b714c in row 2"),
    ("r.csv", "id,review,pair with\nU-f8be98,confirmed,U-3b714c\n", "FILE: row 2: both a review and a pair; give a review on the findings' rows and a pair on the rows of statements in one source only"),
    ("r.csv", "\n\n", "FILE: is empty; want a header row and the reviewed rows"),
    ("r.csv", b"id,review\nF-6ced69,confirm\xe9\n", "FILE: is not UTF-8 text (byte 26); save it as CSV UTF-8"),
    ("r.xlsx", "id,review\nF-6ced69,confirmed\n", "FILE: is not an xlsx workbook (BadZipFile: File is not a zip file); save the table as .xlsx or .csv"),
    ("r.xlsx", _zip_without_workbook, "FILE: is not an xlsx workbook (KeyError: \"There is no item named '[Content_Types].xml' in the archive\"); save the table as .xlsx or .csv"),
    ("r.xlsx", lambda path: write_xlsx(path, {"Findings": ((ID, REVIEW), [("F-6ced69", "ok")])}), "FILE: row 2: review 'ok' is not one of confirmed, dismissed, unsure"),
    ("r.ods", "id,review\n", "FILE: cannot tell the review format from '.ods' (use one of .xlsx, .csv, .json)"),
    ("r.json", "{\"findings\": [\n{\"id\": \"F-6ced69\",}]}", "FILE: line 2: not JSON (Expecting property name enclosed in double quotes)"),
    ("r.json", "[]", "FILE: want a JSON object with 'findings' and 'pairs'"),
    ("r.json", "{\"reviewer\": \"Ann\"}", "FILE: has neither 'findings' nor 'pairs'"),
    ("r.json", "{\"findings\": [{\"id\": \"F-6ced69\", \"verdict\": \"confirmed\"}]}", "FILE: findings[0]: unknown key 'verdict' (want id, review, reviewer, comment)"),
    ("r.json", "{\"findings\": [{\"id\": \"F-6ced69\", \"review\": true}]}", "FILE: findings[0]: 'review' should be text, not true or false"),
    ("r.json", "{\"findings\": {\"F-6ced69\": \"confirmed\"}}", "FILE: 'findings' should be a list, not an object"),
    ("r.json", "{\"findings\": [{\"id\": \"F-6ced69\"}]}", "FILE: findings[0]: has neither 'review' nor 'comment'"),
    ("r.json", "{\"pairs\": [{\"id\": \"U-f8be98\"}]}", "FILE: pairs[0]: has no 'pair_with'"),
    ("r.json", "{\"date\": \"2 May 2024\", \"findings\": []}", "FILE: date '2 May 2024' is not a day (YYYY-MM-DD)"),
    ("r.json", "{\"findings\": [{\"id\": \"F-6ced69\", \"review\": \"sure\"}]}", "FILE: findings[0]: review 'sure' is not one of confirmed, dismissed, unsure"),
]  # fmt: skip


@pytest.mark.parametrize("name, content, message", BAD_FILES)
def test_a_malformed_review_file_is_one_line_naming_the_file_and_row(
    tmp_path, name, content, message
):
    path = tmp_path / name
    if callable(content):
        content(path)
    else:
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(InputError) as raised:
        read_review([path])
    assert str(raised.value) == message.replace("FILE", str(path))
    assert "\n" not in str(raised.value)


def test_two_files_giving_one_finding_two_verdicts_are_named_both(tmp_path):
    one = write_csv(tmp_path / "a.csv", (ID, REVIEW), [("F-6ced69", "confirmed")])
    two = tmp_path / "b.json"
    two.write_text('{"findings": [{"id": "F-6ced69", "review": "dismissed"}]}', encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_review([one, two])
    assert str(raised.value) == (
        f"{two}: findings[0]: F-6ced69 is reviewed 'dismissed' here but 'confirmed' in {one}: row 2"
    )


@pytest.mark.parametrize("missing", ["gone.csv", "gone.xlsx", "sub"])
def test_a_review_file_that_cannot_be_read_is_named(tmp_path, missing):
    (tmp_path / "sub").mkdir()
    with pytest.raises(InputError, match=r": (no such file|is a directory, not a review file)$"):
        read_review([tmp_path / missing])


def test_a_fifo_given_as_a_review_is_refused_not_waited_on(tmp_path):
    # A named pipe with no writer: reading it would wait forever.
    fifo = tmp_path / "review.csv"
    os.mkfifo(fifo)
    with pytest.raises(
        InputError, match=r"review\.csv: is a FIFO \(named pipe\), not a regular file$"
    ):
        read_review([fifo])
