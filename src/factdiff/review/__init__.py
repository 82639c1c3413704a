"""A reviewer's verdicts on a comparison: read from a file, applied to the comparison.

read_review(paths) -> Review                  one or more review files (.xlsx, .csv, .json)
apply_review(comparison, review) -> Comparison   pairs judged, dismissed findings set apart

files.py        a file read by its suffix: an xlsx workbook, a CSV file, a JSON review
json_review.py  the JSON review format
rows.py         the rows of a table found by column name, each checked; rows merged by id
apply.py        the review applied: pairs made by hand judged, stale ids listed

Ids (F-… for findings, U-… for statements) are content hashes (``models.content_id``), so a
review made on one run applies to the next. A malformed file is one InputError naming the
file and the row; nothing is compared or written until every review file has been read.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from factdiff.models import Review

from .apply import apply_review
from .files import REVIEW_SUFFIXES, read_file
from .rows import merged

__all__ = ["REVIEW_SUFFIXES", "apply_review", "read_review"]


def read_review(paths: Iterable[str | os.PathLike[str]]) -> Review:
    """Return the review the files make together: every verdict, comment and pair, the
    reviewers named, and the latest day (a JSON review's date, else the file's date)."""
    files = [read_file(path) for path in paths]
    entries, pairs = merged(
        (e for f in files for e in f.entries), (p for f in files for p in f.pairs)
    )
    named = [f.reviewer for f in files]
    named += [name for item in (*entries, *pairs) for name in item.reviewer.split(", ")]
    return Review(
        entries=entries,
        pairs=pairs,
        reviewers=tuple(name for name in dict.fromkeys(named) if name),
        date=max((f.date for f in files), default=""),
    )
