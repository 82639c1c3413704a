"""The discrepancy table a reviewer works through: its sheets and columns, and its rows.

FINDINGS_SHEET, UNIQUE_SHEET   -> the names of the two sheets (the xlsx), or of the two CSV parts
ID, REVIEW, REVIEWER, COMMENT  -> the columns a reviewer fills in and the review reads back
PAIR_WITH                      -> the column of the unique statements' sheet that pairs one by hand
REVIEW_VERDICTS                -> what the review column may say
Table                          -> one sheet: its name, header and rows of plain values
findings_table(comparison)     -> one row per finding and differing detail
unique_table(comparison)       -> one row per statement in one source only, with its likeliest
                                  counterpart in each other source
tables(comparison)             -> both, in sheet order

Every cell is a string, an int or None (empty): the writers (``csv_report``, ``spreadsheet``)
only lay them out. Confidences are whole percentages (43 for 0.43), so that a reviewer can
sort and filter by them in any program. docs/table.md describes every column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factdiff.models import Comparison, DetailComparison, Finding, Statement
from factdiff.render.display import format_value, source_label, whole_percent
from factdiff.render.topics import topic

__all__ = [
    "COMMENT",
    "FINDINGS_SHEET",
    "ID",
    "PAIR_WITH",
    "REVIEW",
    "REVIEWER",
    "REVIEW_VERDICTS",
    "UNIQUE_SHEET",
    "Cell",
    "Table",
    "findings_table",
    "tables",
    "unique_table",
]

FINDINGS_SHEET = "Findings"
UNIQUE_SHEET = "Only in one source"

ID = "id"
REVIEW = "review"
REVIEWER = "reviewer"
COMMENT = "comment"
PAIR_WITH = "pair with"

# What a reviewer may say of a finding; an empty cell means not reviewed.
REVIEW_VERDICTS = ("confirmed", "dismissed", "unsure")

# The other columns, named once for the writers that style them.
VERDICT = "verdict"
CONFIDENCE = "confidence"
TOPIC = "topic"
KIND = "kind"
STATUS = "status"
NOTE = "note"
STATEMENTS = "statements"
SOURCE = "source"
TEXT = "text"
START = "start"
END = "end"
# The columns each source has, named with its label: "A words", "likeliest in B id".
WORDS = "words"
VALUE = "value"
LIKELIEST = "likeliest in"

Cell = str | int | None


@dataclass(frozen=True)
class Table:
    """One sheet of the table: its name, its header and its rows, cells in header order."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def words_column(label: str) -> str:
    """Return the column of one source's words of a detail: ``"A words"``."""
    return f"{label} {WORDS}"


def value_column(label: str) -> str:
    """Return the column of the value read from one source's words: ``"A value"``."""
    return f"{label} {VALUE}"


def likeliest_column(label: str) -> str:
    """Return the column of the likeliest counterpart's text in source ``label``."""
    return f"{LIKELIEST} {label}"


def likeliest_id_column(label: str) -> str:
    """Return the column of the likeliest counterpart's id (U-…) in source ``label``."""
    return f"{likeliest_column(label)} {ID}"


def likeliest_confidence_column(label: str) -> str:
    """Return the column of how likely the counterpart in ``label`` reports the same fact."""
    return f"confidence in {label}"


def _joined(parts: Iterable[str]) -> str | None:
    """Return the distinct parts joined by "; ", or None when there are none."""
    return "; ".join(dict.fromkeys(p for p in parts if p)) or None


def _labels(comparison: Comparison) -> dict[str, str]:
    """Return each source's label (A, B, …) by its id."""
    return {s.id: source_label(i) for i, s in enumerate(comparison.sources)}


def _statements_cell(finding: Finding, labels: dict[str, str]) -> str:
    """Return where the finding's statements stand: ``"A 1017–1120; B 66–132"``."""
    return "; ".join(f"{labels[s.source]} {s.start}–{s.end}" for s in finding.statements)


def _detail_cells(
    compared: DetailComparison, finding: Finding, labels: dict[str, str]
) -> tuple[Cell, ...]:
    """Return topic, kind, each source's words and value, status and note of one detail."""
    per_source: list[Cell] = []
    for source in labels:
        details = [m.detail for m in compared.mentions if m.source == source]
        per_source += [
            _joined(" ".join(d.text.split()) for d in details),
            _joined(format_value(d) for d in details),
        ]
    return (
        topic(compared, finding),
        compared.kind.value,
        *per_source,
        compared.status.value,
        compared.note or None,
    )


def _statement_cells(finding: Finding, labels: dict[str, str]) -> tuple[Cell, ...]:
    """Return the cells of a finding without a differing detail: its statements' own
    words in each source's words column, so the reviewer reads what they agree on."""
    per_source: list[Cell] = []
    for source in labels:
        per_source += [
            _joined(" ".join(s.text.split()) for s in finding.statements if s.source == source),
            None,
        ]
    return (None, None, *per_source, None, None)


def _finding_rows(finding: Finding, labels: dict[str, str]) -> list[tuple[Cell, ...]]:
    """Return a finding's rows: one per differing detail, or one if none differs."""
    lead = (finding.id, finding.verdict.value, whole_percent(finding.confidence))
    tail = (_statements_cell(finding, labels), None, None, None)
    middles = [_detail_cells(d, finding, labels) for d in finding.differences]
    return [(*lead, *middle, *tail) for middle in middles or [_statement_cells(finding, labels)]]


def findings_table(comparison: Comparison) -> Table:
    """Return the findings sheet: one row per finding and differing detail, the findings
    in the report's order (discrepancies, possible discrepancies, agreements)."""
    labels = _labels(comparison)
    header = (
        ID,
        VERDICT,
        CONFIDENCE,
        TOPIC,
        KIND,
        *(c for label in labels.values() for c in (words_column(label), value_column(label))),
        STATUS,
        NOTE,
        STATEMENTS,
        REVIEW,
        REVIEWER,
        COMMENT,
    )
    ordered = (
        *comparison.discrepancies,
        *comparison.possible_discrepancies,
        *comparison.agreements,
    )
    rows = tuple(row for finding in ordered for row in _finding_rows(finding, labels))
    return Table(FINDINGS_SHEET, header, rows)


def _counterpart_cells(
    statement: Statement, others: Sequence[str], likeliest: dict[tuple, tuple[Statement, float]]
) -> list[Cell]:
    """Return, for each source, the likeliest counterpart's text, id and confidence there:
    empty in the statement's own source's columns, and where none was found."""
    cells: list[Cell] = []
    for other in others:
        found = None if other == statement.source else likeliest.get((statement.key, other))
        if found is None:
            cells += [None, None, None]
        else:
            counterpart, confidence = found
            cells += [" ".join(counterpart.text.split()), counterpart.id, whole_percent(confidence)]
    return cells


def unique_table(comparison: Comparison) -> Table:
    """Return the sheet of the statements in one source only, each with its likeliest
    counterpart in every other source (``Comparison.counterparts``)."""
    labels = _labels(comparison)
    header = (
        ID,
        SOURCE,
        TEXT,
        START,
        END,
        *(
            column
            for label in labels.values()
            for column in (
                likeliest_column(label),
                likeliest_id_column(label),
                likeliest_confidence_column(label),
            )
        ),
        PAIR_WITH,
        REVIEWER,
        COMMENT,
    )
    likeliest = {
        (c.statement.key, c.other.source): (c.other, c.confidence) for c in comparison.counterparts
    }
    rows = tuple(
        (
            statement.id,
            labels[statement.source],
            " ".join(statement.text.split()),
            statement.start,
            statement.end,
            *_counterpart_cells(statement, list(labels), likeliest),
            None,
            None,
            None,
        )
        for statement in comparison.unique
    )
    return Table(UNIQUE_SHEET, header, rows)


def tables(comparison: Comparison) -> tuple[Table, Table]:
    """Return the two sheets of the table, findings first."""
    return findings_table(comparison), unique_table(comparison)
