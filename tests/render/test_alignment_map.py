"""The alignment map: a tick per sentence, a line per pair of neighbouring sources of a
finding, inside the drawing, and legible for long articles and for five sources."""

from __future__ import annotations

from itertools import pairwise

import pytest

from factdiff.models import Article, Comparison, Finding, Source, Statement, Verdict
from factdiff.render import render
from factdiff.render.alignment_map import HEIGHT, TOP, WIDTH, alignment_map

from .test_html import _tags


def source(name: str, count: int) -> Source:
    article = Article(name, f"{name}.txt", name.upper(), "", ())
    return Source(article, tuple(Statement(name, i, i, i + 1, "x") for i in range(count)))


def comparison(sizes: dict[str, int], findings: list[tuple[Verdict, dict[str, int]]]):
    sources = tuple(source(name, count) for name, count in sizes.items())
    by_id = {s.id: s for s in sources}
    made = tuple(
        Finding(
            f"F{n}",
            verdict,
            0.9,
            0.9,
            tuple(by_id[name].statements[index] for name, index in where.items()),
            (),
        )
        for n, (verdict, where) in enumerate(findings, 1)
    )
    aligned = {(s.source, s.index) for f in made for s in f.statements}
    unique = tuple(
        s for src in sources for s in src.statements if (s.source, s.index) not in aligned
    )
    return Comparison(sources, made, unique)


def labels(compared):
    return {s.id: chr(65 + k) for k, s in enumerate(compared.sources)}


def test_every_sentence_is_a_tick_and_every_finding_joins_neighbouring_columns():
    compared = comparison(
        {"a": 4, "b": 3, "c": 5},
        [
            (Verdict.AGREEMENT, {"a": 0, "b": 2, "c": 4}),
            (Verdict.DISCREPANCY, {"a": 3, "c": 0}),
        ],
    )
    drawn = alignment_map(compared, labels(compared))
    assert len(drawn.ticks) == 12
    assert sum(t.aligned for t in drawn.ticks) == 5
    assert [(link.finding, link.verdict) for link in drawn.links] == [
        ("F1", "agreement"),
        ("F1", "agreement"),
        ("F2", "discrepancy"),
    ]
    a, b, c = (column.x for column in drawn.columns)
    assert a < b < c
    # The discrepancy skips B: it joins A's last sentence to C's first.
    last = drawn.links[-1]
    assert (last.y1, last.y2) == (HEIGHT, TOP)
    assert last.x1 > a and last.x2 < c


@pytest.mark.parametrize(
    ("sizes", "least_gap"),
    [({"a": 200, "b": 200}, 0.7), ({name: 30 for name in "abcde"}, 5.0)],
)
def test_long_articles_and_five_sources_stay_inside_and_apart(sizes, least_gap):
    names = list(sizes)
    findings = [(Verdict.AGREEMENT, {n: k % sizes[n] for n in names}) for k in range(0, 30, 3)]
    compared = comparison(sizes, findings)
    drawn = alignment_map(compared, labels(compared))
    for tick in drawn.ticks:
        assert 0 <= tick.x1 < tick.x2 <= WIDTH and TOP <= tick.y <= HEIGHT
    for name in names:
        ys = sorted(t.y for t in drawn.ticks if abs((t.x1 + t.x2) / 2 - _x(drawn, name)) < 1)
        assert len(ys) == sizes[name]
        assert min(b - a for a, b in pairwise(ys)) >= least_gap
    xs = [c.x for c in drawn.columns]
    assert min(b - a for a, b in pairwise(xs)) >= 100


def _x(drawn, name):
    return drawn.columns["abcde".index(name)].x


def test_the_html_report_draws_the_map_as_inline_svg(generated):
    compared = comparison(
        {"a": 3, "b": 3},
        [(Verdict.AGREEMENT, {"a": 0, "b": 1}), (Verdict.DISCREPANCY, {"a": 2, "b": 2})],
    )
    text = render(compared, format="html", generated=generated).decode("utf-8")
    tags = _tags(text)
    assert sum(tag == "svg" for tag, _ in tags) == 1
    lines = [attrs for tag, attrs in tags if tag == "line"]
    assert len(lines) == 6 + 2
    dashed = [attrs for attrs in lines if attrs.get("stroke-dasharray")]
    assert len(dashed) == 1  # the discrepancy reads as such without colour
