"""Measure how well factdiff aligns the statements that report the same fact.

load_items(path)   -> the labelled pairs of excerpts of ``alignment.jsonl``
predict(item)      -> the pairs of statements factdiff aligns in one item
gold(item)         -> the pairs of statements the labels align
evaluate(items)    -> precision, recall and F1 of alignment over all items

Each item is two excerpts about one event; each gold pair names one sentence of each by a
fragment only that sentence holds. factdiff compares the two excerpts as two articles,
and every finding aligns each of its statements from one excerpt with each from the
other. Run ``python -m tests.eval.alignment`` to print the figures.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factdiff.compare import compare_articles
from factdiff.models import Comparison
from factdiff.read import parse_article

from .evaluate import Score

ITEMS = Path(__file__).parent / "alignment.jsonl"
# parse_article takes an article's first line as its title: the excerpts have none.
_TITLE = "Excerpt\n\n"

Pair = tuple[int, int]  # (statement index in A, statement index in B)


@dataclass(frozen=True)
class Item:
    """Two excerpts about one event and the gold pairs of sentences reporting the same fact."""

    id: str
    a: str
    b: str
    pairs: tuple[tuple[str, str], ...]


def load_items(path: Path = ITEMS) -> list[Item]:
    """Return the labelled items of a JSON-lines file."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            pairs = tuple((a, b) for a, b in data["pairs"])
            items.append(Item(data["id"], data["a"], data["b"], pairs))
    return items


def comparison(item: Item) -> Comparison:
    """Return factdiff's comparison of an item's two excerpts."""
    return compare_articles(
        [
            parse_article(_TITLE + item.a, source_id="a", path=f"{item.id}/a"),
            parse_article(_TITLE + item.b, source_id="b", path=f"{item.id}/b"),
        ]
    )


def predict(item: Item, compared: Comparison | None = None) -> set[Pair]:
    """Return the pairs of statements factdiff aligns in one item."""
    compared = compared or comparison(item)
    return {
        (a.index, b.index)
        for finding in compared.findings
        for a in finding.statements
        if a.source == "a"
        for b in finding.statements
        if b.source == "b"
    }


def gold(item: Item, compared: Comparison | None = None) -> set[Pair]:
    """Return the gold pairs as statement indexes: the statement holding each fragment."""
    compared = compared or comparison(item)
    pairs = set()
    for fragment_a, fragment_b in item.pairs:
        pairs.add((_holding(compared, "a", fragment_a), _holding(compared, "b", fragment_b)))
    return pairs


def _holding(compared: Comparison, source: str, fragment: str) -> int:
    holders = [s.index for s in compared.source(source).statements if fragment in s.text]
    if len(holders) != 1:
        raise ValueError(f"{fragment!r} is in {len(holders)} statements of {source}")
    return holders[0]


def evaluate(items: Iterable[Item]) -> Score:
    """Return the alignment score over all items."""
    found = wanted = right = 0
    for item in items:
        compared = comparison(item)
        predicted, expected = predict(item, compared), gold(item, compared)
        found += len(predicted)
        wanted += len(expected)
        right += len(predicted & expected)
    return Score(right, found - right, wanted - right)


def main(argv: Sequence[str] = ()) -> int:
    """Print the score, and with ``--misses`` the pairs aligned wrongly or missed."""
    items = load_items()
    score = evaluate(items)
    print(
        f"{len(items)} items: precision {score.precision:.3f}, recall {score.recall:.3f}, "
        f"F1 {score.f1:.3f} ({score.true_positives} right, {score.false_positives} wrong, "
        f"{score.false_negatives} missed)"
    )
    if "--misses" in argv:
        for item in items:
            compared = comparison(item)
            texts = {
                source: {s.index: s.text for s in compared.source(source).statements}
                for source in ("a", "b")
            }
            predicted, expected = predict(item, compared), gold(item, compared)
            for label, pairs in (("wrong", predicted - expected), ("missed", expected - predicted)):
                for i, j in sorted(pairs):
                    print(f"{item.id} {label}:\n  a: {texts['a'][i]}\n  b: {texts['b'][j]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
