"""A review's rows checked one by one: the columns found by name, each row an entry or a pair.

Table                        -> a sheet or a CSV file: where it came from, its header, its rows
table_items(table)           -> the ReviewEntry and ReviewPair of every row that says something
row_item(cells, where)       -> one row, given as column -> text: an entry, a pair, or None
merged(entries, pairs)       -> one entry per finding and one pair per statement, or InputError

Every error names the file and the row ("reviewed.xlsx: row 7: …"). A table needs an ``id``
column and a ``review`` or ``pair with`` column; any other column, in any order, is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from factdiff.errors import InputError
from factdiff.models import ID_DIGITS, ReviewEntry, ReviewPair
from factdiff.render.table import COMMENT, ID, PAIR_WITH, REVIEW, REVIEW_VERDICTS, REVIEWER

__all__ = ["Table", "cell_text", "merged", "row_item", "table_items"]

# A finding's id (F-6ced69, or F-6ced69-2 for a repeated one) and a statement's (U-dd89ad),
# in any case: a spreadsheet may capitalise what a reviewer types.
_ID = re.compile(rf"([FU])-([0-9a-f]{{{ID_DIGITS}}}(?:-\d+)?)", re.IGNORECASE)
_VERDICTS = ", ".join(REVIEW_VERDICTS)
# A CSV's byte-order mark, as a program that took the file for Latin-1 keeps it in the first
# header cell (LibreOffice converting a CSV without being told its encoding).
_BOMS = ("\ufeff", "\ufeff".encode().decode("latin-1"))


@dataclass(frozen=True)
class Table:
    """One table of a review file: where it is ("reviewed.xlsx", "reviewed.xlsx: sheet
    Findings"), the number of its header row, the header, and each row with its number."""

    where: str
    header_row: int
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]


def cell_text(value: Any) -> str:
    """Return a cell as text: empty for an empty cell, whole numbers without ".0".

    >>> cell_text(None), cell_text(" confirmed "), cell_text(3.0), cell_text(0.25)
    ('', 'confirmed', '3', '0.25')
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def table_items(table: Table) -> tuple[list[ReviewEntry], list[ReviewPair]]:
    """Return the entries and pairs of a table's rows, or InputError naming the first bad row."""
    columns: dict[str, int] = {}
    for index, name in enumerate(table.header):
        columns.setdefault(_column_name(name), index)
    at_header = f"{table.where}: row {table.header_row}"
    if ID not in columns:
        raise InputError(f"{at_header}: no '{ID}' column (the header has {_listed(table.header)})")
    if REVIEW not in columns and PAIR_WITH not in columns:
        raise InputError(
            f"{at_header}: no '{REVIEW}' or '{PAIR_WITH}' column "
            f"(the header has {_listed(table.header)})"
        )
    wanted = {
        name: columns[name]
        for name in (ID, REVIEW, REVIEWER, COMMENT, PAIR_WITH)
        if name in columns
    }
    entries: list[ReviewEntry] = []
    pairs: list[ReviewPair] = []
    for number, cells in table.rows:
        given = {
            name: cell_text(cells[index]) if index < len(cells) else ""
            for name, index in wanted.items()
        }
        item = row_item(given, f"{table.where}: row {number}")
        if isinstance(item, ReviewPair):
            pairs.append(item)
        elif item is not None:
            entries.append(item)
    return entries, pairs


def _column_name(cell: Any) -> str:
    """Return a header cell as a column name: spacing and capitals folded, no byte-order mark.

    >>> _column_name(" Pair  With "), _column_name("\ufeffid"), _column_name("ï»¿id")
    ('pair with', 'id', 'id')
    """
    name = cell_text(cell)
    for bom in _BOMS:
        name = name.removeprefix(bom)
    return " ".join(name.split()).casefold()


def row_item(given: dict[str, str], where: str) -> ReviewEntry | ReviewPair | None:
    """Return what one row says: a verdict or comment on a finding (or a comment on a
    statement), a pair, or None when it says nothing; InputError if it is malformed."""
    verdict = given.get(REVIEW, "").casefold()
    pair_with = given.get(PAIR_WITH, "")
    reviewer, comment = given.get(REVIEWER, ""), given.get(COMMENT, "")
    if not (verdict or pair_with or comment):
        return None  # not reviewed: a name alone says nothing of the row
    raw_id = given.get(ID, "")
    if not raw_id:
        raise InputError(f"{where}: a review but no {ID}")
    if verdict and verdict not in REVIEW_VERDICTS:
        raise InputError(f"{where}: review {given[REVIEW]!r} is not one of {_VERDICTS}")
    if pair_with:
        if verdict:
            raise InputError(
                f"{where}: both a review and a pair; give a review on the findings' rows and "
                "a pair on the rows of statements in one source only"
            )
        return ReviewPair(
            _id(raw_id, "U", where), _id(pair_with, "U", where, PAIR_WITH), reviewer, comment, where
        )
    kind = "F" if verdict else _kind(raw_id, where)
    return ReviewEntry(_id(raw_id, kind, where), verdict, reviewer, comment, where)


def _kind(raw_id: str, where: str) -> str:
    """Return the prefix of a commented id: F for a finding, U for a statement."""
    found = _ID.fullmatch(raw_id)
    if not found:
        raise InputError(f"{where}: {raw_id!r} is not a finding id (F-…) or a statement id (U-…)")
    return found.group(1).upper()


def _id(raw: str, kind: str, where: str, column: str = ID) -> str:
    """Return an id in its written form, checked to be of ``kind``: F a finding, U a statement."""
    found = _ID.fullmatch(raw)
    if found and found.group(1).upper() == kind:
        return f"{kind}-{found.group(2).lower()}"
    wanted = (
        f"a finding id (F- and {ID_DIGITS} hex digits)"
        if kind == "F"
        else f"a statement id (U- and {ID_DIGITS} hex digits)"
    )
    if found and kind == "F":
        wanted += "; a statement in one source only is paired in 'pair with', not reviewed"
    return _refuse(f"{where}: {column} {raw!r} is not {wanted}")


def _refuse(message: str) -> str:
    raise InputError(message)


def merged(
    entries: Iterable[ReviewEntry], pairs: Iterable[ReviewPair]
) -> tuple[tuple[ReviewEntry, ...], tuple[ReviewPair, ...]]:
    """Return one entry per id and one pair per statement paired, their rows' words joined.

    The rows of one finding (one per differing detail) share its verdict: two different
    verdicts are an error, as is one statement paired with two different ones.
    """
    by_id: dict[str, ReviewEntry] = {}
    for entry in entries:
        kept = by_id.get(entry.id)
        if kept is None:
            by_id[entry.id] = entry
            continue
        if kept.verdict and entry.verdict and kept.verdict != entry.verdict:
            raise InputError(
                f"{entry.row}: {entry.id} is reviewed {entry.verdict!r} here but "
                f"{kept.verdict!r} in {_place(kept.row, entry.row)}"
            )
        by_id[entry.id] = replace(
            kept,
            verdict=kept.verdict or entry.verdict,
            reviewer=_joined(kept.reviewer, entry.reviewer, ", "),
            comment=_joined(kept.comment, entry.comment, " / "),
        )
    by_statement: dict[str, ReviewPair] = {}
    for pair in pairs:
        kept_pair = by_statement.get(pair.id)
        if kept_pair is None:
            by_statement[pair.id] = pair
        elif kept_pair.pair_with != pair.pair_with:
            raise InputError(
                f"{pair.row}: {pair.id} is paired with {pair.pair_with} here but with "
                f"{kept_pair.pair_with} in {_place(kept_pair.row, pair.row)}"
            )
        else:
            by_statement[pair.id] = replace(
                kept_pair,
                reviewer=_joined(kept_pair.reviewer, pair.reviewer, ", "),
                comment=_joined(kept_pair.comment, pair.comment, " / "),
            )
    return tuple(by_id.values()), tuple(by_statement.values())


def _place(row: str, here: str) -> str:
    """Return where an earlier row was, without its file when it is the same file.

    >>> _place("r.csv: row 7", "r.csv: row 9"), _place("a.json: findings[0]", "r.csv: row 9")
    ('row 7', 'a.json: findings[0]')
    """
    file, _, place = row.rpartition(": ")
    return place if file and here.startswith(f"{file}: ") else row


def _joined(one: str, other: str, joiner: str) -> str:
    """Return two cells' words joined once each.

    >>> _joined("Ann", "Ann", ", "), _joined("Ann", "Bo", ", "), _joined("", "x", " / ")
    ('Ann', 'Ann, Bo', 'x')
    """
    parts = [p for p in dict.fromkeys((*one.split(joiner), *other.split(joiner))) if p]
    return joiner.join(parts)


def _listed(header: Sequence[Any]) -> str:
    """Return a header's names as an error shows them.

    >>> _listed(("id", None, "verdict")), _listed(())
    ("'id', 'verdict'", 'no names')
    """
    names = [repr(cell_text(h)) for h in header if cell_text(h)]
    return ", ".join(names) if names else "no names"
