"""Measure how well factdiff aligns the statements that report the same fact.

load_items(path)   -> the labelled pairs of excerpts of ``alignment.jsonl``
predict(item)      -> the pairs of sentences factdiff aligns in one item, with confidence
gold(item)         -> the pairs of sentences the labels align
evaluate(items)    -> precision, recall and F1 of alignment over all items
calibration(items) -> per band of confidence, how many aligned pairs and the share right

Each item is two excerpts about one event; each gold pair names one sentence of each by a
fragment only that sentence holds. factdiff compares the two excerpts as two articles,
and every finding aligns each of its statements (clauses) from one excerpt with each
from the other; a pair of clauses counts as the pair of their sentences. Run
``python -m tests.eval.alignment`` to print the figures, ``--holdout`` for the held-out
set (``alignment_holdout.jsonl``: written apart from the code, measured, never studied).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factdiff.compare import compare_articles
from factdiff.models import Article, Comparison
from factdiff.read import parse_article, read_article

from .evaluate import Score

ITEMS = Path(__file__).parent / "alignment.jsonl"
HOLDOUT = Path(__file__).parent / "alignment_holdout.jsonl"
LONG = Path(__file__).parent / "alignment_long.jsonl"
SEEDS = Path(__file__).parent / "alignment_seeds.json"
SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
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
    # Pairs neither right nor wrong when aligned (see alignment_seeds.json).
    unlabelled: tuple[tuple[str, str], ...] = ()
    # The articles' files, when the item is two whole articles rather than excerpts.
    files: tuple[Path, Path] | None = None


def load_items(path: Path = ITEMS) -> list[Item]:
    """Return the labelled items of a JSON-lines file."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            pairs = tuple((a, b) for a, b in data["pairs"])
            items.append(Item(data["id"], data["a"], data["b"], pairs))
    return items


def seed_item() -> Item:
    """Return the two seed articles as an item, labelled in ``alignment_seeds.json``.

    The only real articles of the sets: two outlets' long reports on one subject.
    """
    labels = json.loads(SEEDS.read_text(encoding="utf-8"))
    return Item(
        "seeds",
        "",
        "",
        tuple(map(tuple, labels["pairs"])),
        tuple(map(tuple, labels["unlabelled"])),
        (SEEDS_DIR / labels["a"], SEEDS_DIR / labels["b"]),
    )


def articles(item: Item) -> list[Article]:
    """Return an item's two articles, with ids "a" and "b"."""
    if item.files:
        return [
            read_article(path, source_id=key) for path, key in zip(item.files, "ab", strict=True)
        ]
    return [
        parse_article(_TITLE + item.a, source_id="a", path=f"{item.id}/a"),
        parse_article(_TITLE + item.b, source_id="b", path=f"{item.id}/b"),
    ]


def comparison(item: Item) -> Comparison:
    """Return factdiff's comparison of an item's two articles."""
    return compare_articles(articles(item))


def predict(item: Item, compared: Comparison | None = None) -> dict[Pair, float]:
    """Return the pairs of sentences factdiff aligns in one item, each with its confidence."""
    compared = compared or comparison(item)
    found: dict[Pair, float] = {}
    for finding in compared.findings:
        for a in finding.statements:
            for b in finding.statements:
                if a.source == "a" and b.source == "b":
                    pair = (a.index, b.index)
                    found[pair] = max(found.get(pair, 0.0), finding.confidence)
    return found


def gold(item: Item, compared: Comparison | None = None, *, unlabelled=False) -> set[Pair]:
    """Return the gold pairs (or the unlabelled ones) as the indexes of the statements
    holding each fragment."""
    compared = compared or comparison(item)
    return {
        (_holding(compared, "a", fragment_a), _holding(compared, "b", fragment_b))
        for fragment_a, fragment_b in (item.unlabelled if unlabelled else item.pairs)
    }


def judged(item: Item, compared: Comparison) -> dict[Pair, float]:
    """Return the aligned pairs that are labelled one way or the other, with confidence."""
    left_out = gold(item, compared, unlabelled=True)
    return {pair: c for pair, c in predict(item, compared).items() if pair not in left_out}


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
        predicted, expected = set(judged(item, compared)), gold(item, compared)
        found += len(predicted)
        wanted += len(expected)
        right += len(predicted & expected)
    return Score(right, found - right, wanted - right)


BANDS = ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.01))


def calibration(items: Iterable[Item]) -> list[tuple[float, float, int, float]]:
    """Return (low, high, pairs, share right) of the aligned pairs per band of confidence."""
    found = []
    for item in items:
        compared = comparison(item)
        expected = gold(item, compared)
        found += [(c, pair in expected) for pair, c in judged(item, compared).items()]
    table = []
    for low, high in BANDS:
        inside = [right for confidence, right in found if low <= confidence < high]
        if inside:
            table.append((low, min(high, 1.0), len(inside), sum(inside) / len(inside)))
    return table


def main(argv: Sequence[str] = ()) -> int:
    """Print the score and calibration, and with ``--misses`` the pairs aligned wrongly or missed."""
    if "--seeds" in argv:
        items = [seed_item()]
    else:
        items = load_items(HOLDOUT if "--holdout" in argv else LONG if "--long" in argv else ITEMS)
    score = evaluate(items)
    print(
        f"{len(items)} items: precision {score.precision:.3f}, recall {score.recall:.3f}, "
        f"F1 {score.f1:.3f} ({score.true_positives} right, {score.false_positives} wrong, "
        f"{score.false_negatives} missed)"
    )
    print("confidence   pairs  right")
    for low, high, count, share in calibration(items):
        print(f"{low:.1f}–{high:.1f}     {count:5}  {share:.2f}")
    if "--misses" in argv:
        for item in items:
            compared = comparison(item)
            texts = {
                source: {s.index: s.text for s in compared.source(source).statements}
                for source in ("a", "b")
            }
            predicted, expected = set(judged(item, compared)), gold(item, compared)
            for label, pairs in (("wrong", predicted - expected), ("missed", expected - predicted)):
                for i, j in sorted(pairs):
                    print(f"{item.id} {label}:\n  a: {texts['a'][i]}\n  b: {texts['b'][j]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
