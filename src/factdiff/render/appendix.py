"""The appendix: every source's full text as read, so that any claim can be checked in context.

appendix(comparison, labels)   -> AppendixSource per source: its text in blocks, in order
sentence_anchor(label, index)  -> the id of a sentence in the appendix ("A-12")

Nothing is silently dropped: the paragraphs are printed sentence by sentence, each
sentence marked with the finding that holds it (or as said by this source only); the
lines read as boilerplate are printed greyed with the reason they were set aside; the
footnotes are printed as references.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from factdiff.models import Comparison, Source
from factdiff.render.display import VERDICT_STYLES


@dataclass(frozen=True)
class Run:
    """A stretch of a paragraph: a sentence with its anchor and finding, or the space between."""

    text: str
    anchor: str = ""
    finding: str = ""
    # The finding's verdict as a class name ("discrepancy", "possible", "agreement") and its
    # symbol ("≠", "?", "="); both empty for a sentence in no finding.
    verdict: str = ""
    symbol: str = ""


@dataclass(frozen=True)
class Block:
    """A paragraph, a line set aside (``note`` says why) or a reference, in text order."""

    kind: str  # "paragraph", "set-aside" or "reference"
    runs: tuple[Run, ...]
    note: str = ""


@dataclass(frozen=True)
class AppendixSource:
    """One source's whole text as blocks."""

    source_id: str
    label: str
    title: str
    blocks: tuple[Block, ...]


def sentence_anchor(label: str, index: int) -> str:
    """Return the id of a source's sentence in the appendix.

    >>> sentence_anchor("A", 0)
    'A-1'
    """
    return f"{label}-{index + 1}"


def appendix(comparison: Comparison, labels: Mapping[str, str]) -> tuple[AppendixSource, ...]:
    """Return every source's text, its sentences marked by the findings that hold them.

    >>> from factdiff.models import Article, Comparison, Paragraph, SetAside, Source, Statement
    >>> text = "Title\\nShare this!\\nIt rained. It poured."
    >>> article = Article("a", "a.txt", "Title", text, (Paragraph(18, 39),),
    ...                   (SetAside(6, 17, "Share this!", "share prompt"),))
    >>> source = Source(article, (Statement("a", 0, 18, 28, "It rained."),
    ...                           Statement("a", 1, 29, 39, "It poured.")))
    >>> [block] = [b for b in appendix(Comparison((source,), (), ()), {"a": "A"})[0].blocks
    ...            if b.kind == "paragraph"]
    >>> [(run.text, run.anchor) for run in block.runs]
    [('It rained.', 'A-1'), (' ', ''), ('It poured.', 'A-2')]
    """
    held = {}
    for finding in comparison.findings:
        for statement in finding.statements:
            held.setdefault((statement.source, statement.index), finding)
    return tuple(
        AppendixSource(
            source.id,
            labels[source.id],
            source.article.title,
            _blocks(source, labels[source.id], held),
        )
        for source in comparison.sources
    )


def _blocks(source: Source, label: str, held: Mapping) -> tuple[Block, ...]:
    article = source.article
    placed = [
        (p.start, _paragraph(source, label, p.start, p.end, held)) for p in article.paragraphs
    ]
    placed += [(s.start, Block("set-aside", (Run(s.text),), s.reason)) for s in article.set_aside]
    placed += [(r.start, Block("reference", (Run(r.text),), r.label)) for r in article.references]
    return tuple(block for _, block in sorted(placed, key=lambda item: item[0]))


def _paragraph(source: Source, label: str, start: int, end: int, held: Mapping) -> Block:
    """Return a paragraph as runs: its sentences, and whatever lies between them."""
    text = source.article.text
    runs = []
    cursor = start
    for statement in source.statements:
        if not (start <= statement.start and statement.end <= end):
            continue
        if statement.start > cursor:
            runs.append(Run(text[cursor : statement.start]))
        finding = held.get((statement.source, statement.index))
        anchor = sentence_anchor(label, statement.index)
        if finding:
            style = VERDICT_STYLES[finding.verdict]
            runs.append(Run(statement.text, anchor, finding.id, style.css, style.symbol))
        else:
            runs.append(Run(statement.text, anchor))
        cursor = statement.end
    if cursor < end:
        runs.append(Run(text[cursor:end]))
    return Block("paragraph", tuple(runs))
