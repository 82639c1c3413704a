"""The alignment map: each source a column of its sentences, lines joining aligned ones.

alignment_map(comparison, labels) -> AlignmentMap: the shapes to draw, in SVG user units

The template draws the map from these numbers alone (no image file, no plotting
library). A column holds one tick per sentence, top to bottom in reading order, solid
when the sentence takes part in a finding and pale when only its source reports it.
A finding joins its sentences in neighbouring columns with a line: solid for an
agreement, dashed and heavier for a discrepancy, dotted for a possible discrepancy, so
that the map also reads in greyscale print. Two articles of 200 sentences still fit: ticks then lie a little more
than one unit apart, and the map reads as where the sources meet, not as single lines.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

from factdiff.models import Comparison
from factdiff.render.display import VERDICT_STYLES

WIDTH = 640
HEIGHT = 170
# Room above the columns, and beside the outer ones.
TOP = 6
SIDE = 48
TICK = 7  # half the length of a sentence's tick


@dataclass(frozen=True)
class MapColumn:
    """One source's column: where it stands and what it is called."""

    x: float
    label: str

    @property
    def percent(self) -> float:
        """Return where the column stands as a share of the drawing's width, in percent."""
        return round(100 * self.x / WIDTH, 2)


@dataclass(frozen=True)
class MapTick:
    """One sentence: its place, and whether any finding holds it."""

    x1: float
    x2: float
    y: float
    aligned: bool


@dataclass(frozen=True)
class MapLink:
    """A line joining two sentences of one finding in neighbouring columns."""

    x1: float
    y1: float
    x2: float
    y2: float
    verdict: str  # as a class name: "discrepancy", "possible" or "agreement"
    finding: str
    title: str  # what the line stands for, as its tooltip says: "F3: possible discrepancy"


@dataclass(frozen=True)
class AlignmentMap:
    """Everything the template needs to draw the map."""

    width: int
    height: int
    columns: tuple[MapColumn, ...]
    ticks: tuple[MapTick, ...]
    links: tuple[MapLink, ...]


def alignment_map(comparison: Comparison, labels: Mapping[str, str]) -> AlignmentMap:
    """Return the map of ``comparison``; ``labels`` names each source ("A", "B", …).

    >>> from factdiff.models import Article, Comparison, Finding, Source, Statement, Verdict
    >>> def source(name, count):
    ...     article = Article(name, name, "", "", ())
    ...     return Source(article, tuple(Statement(name, i, i, i + 1, "x") for i in range(count)))
    >>> a, b = source("a", 3), source("b", 2)
    >>> finding = Finding("F1", Verdict.AGREEMENT, 0.9, 0.9, (a.statements[2], b.statements[0]), ())
    >>> drawn = alignment_map(Comparison((a, b), (finding,), ()), {"a": "A", "b": "B"})
    >>> [(c.label, c.x) for c in drawn.columns]
    [('A', 48.0), ('B', 592.0)]
    >>> [(link.y1, link.y2, link.verdict) for link in drawn.links]
    [(170.0, 6.0, 'agreement')]
    >>> sum(t.aligned for t in drawn.ticks), len(drawn.ticks)
    (2, 5)
    """
    sources = comparison.sources
    step = (WIDTH - 2 * SIDE) / max(len(sources) - 1, 1)
    x = {s.id: SIDE + k * step for k, s in enumerate(sources)}
    # A finding the reviewer dismissed joins nothing: the reviewer judged it wrong.
    dismissed = comparison.review.dismissed if comparison.review else frozenset()
    shown = [f for f in comparison.findings if f.id not in dismissed]
    aligned = {(s.source, s.index) for f in shown for s in f.statements}

    def y(source_id: str, index: int) -> float:
        count = len(comparison.source(source_id).statements)
        return round(TOP + (HEIGHT - TOP) * index / max(count - 1, 1), 2)

    ticks = tuple(
        MapTick(
            x[source.id] - TICK,
            x[source.id] + TICK,
            y(source.id, s.index),
            (source.id, s.index) in aligned,
        )
        for source in sources
        for s in source.statements
    )
    links = []
    for finding in shown:
        first = {}
        for statement in finding.statements:
            first.setdefault(statement.source, statement.index)
        present = [s.id for s in sources if s.id in first]
        for left, right in pairwise(present):
            links.append(
                MapLink(
                    x[left] + TICK,
                    y(left, first[left]),
                    x[right] - TICK,
                    y(right, first[right]),
                    VERDICT_STYLES[finding.verdict].css,
                    finding.id,
                    f"{finding.id}: {finding.verdict.value}",
                )
            )
    columns = tuple(MapColumn(x[s.id], labels[s.id]) for s in sources)
    return AlignmentMap(WIDTH, HEIGHT + 6, columns, ticks, tuple(links))
