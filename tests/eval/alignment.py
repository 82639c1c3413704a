"""Measure how well factdiff aligns the statements that report the same fact.

load_items(path)       -> the labelled pairs of excerpts of ``alignment.jsonl``
predict(item)          -> the pairs of sentences factdiff aligns in one item, with confidence
gold(item)             -> the pairs of sentences the labels align
outcome(item)          -> one comparison of an item, its labelled predictions and its gold
score(outcomes)        -> precision, recall and F1 of alignment over the outcomes
calibration(outcomes)  -> per band of confidence, how many aligned pairs and the share right

Each item is two excerpts about one event; each gold pair names one sentence of each by a
fragment only that sentence holds. factdiff compares the two excerpts as two articles,
and every finding aligns each of its statements (clauses) from one excerpt with each
from the other; a pair of clauses counts as the pair of their sentences. Run
``python -m tests.eval.alignment`` to print the figures, ``--holdout`` for the held-out
set (``alignment_holdout.jsonl``: written apart from the code, measured, never studied),
``--long`` for the long articles, ``--seeds`` for the seeds.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factdiff.compare import compare_articles
from factdiff.models import Article, Comparison, Statement
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
    left, right = (compared.source(source).statements for source in "ab")
    return {
        (holding(left, fragment_a), holding(right, fragment_b))
        for fragment_a, fragment_b in (item.unlabelled if unlabelled else item.pairs)
    }


def holding(statements: Sequence[Statement], fragment: str) -> int:
    """Return the index of the one statement holding ``fragment``; raise when not one."""
    holders = [s.index for s in statements if fragment in s.text]
    if len(holders) != 1:
        raise ValueError(f"{fragment!r} is in {len(holders)} statements")
    return holders[0]


@dataclass(frozen=True)
class Outcome:
    """One item compared: the labelled pairs factdiff aligned, and the gold pairs."""

    item: Item
    compared: Comparison
    predicted: dict[Pair, float]  # with confidence; the unlabelled pairs left out
    expected: frozenset[Pair]


def outcome(item: Item) -> Outcome:
    """Return the comparison of one item and how it stands against the labels."""
    compared = comparison(item)
    left_out = gold(item, compared, unlabelled=True)
    predicted = {pair: c for pair, c in predict(item, compared).items() if pair not in left_out}
    return Outcome(item, compared, predicted, frozenset(gold(item, compared)))


def score(outcomes: Iterable[Outcome]) -> Score:
    """Return precision, recall and F1 of the aligned pairs over the outcomes."""
    found = wanted = right = 0
    for result in outcomes:
        found += len(result.predicted)
        wanted += len(result.expected)
        right += len(result.predicted.keys() & result.expected)
    return Score(right, found - right, wanted - right)


def evaluate(items: Iterable[Item]) -> Score:
    """Return the alignment score over all items."""
    return score(map(outcome, items))


BANDS = ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.01))


def bands(judged: Iterable[tuple[float, bool]]) -> list[tuple[float, float, int, float]]:
    """Return (low, high, pairs, share right) per band of confidence of (confidence, right)."""
    judged = list(judged)
    table = []
    for low, high in BANDS:
        inside = [right for confidence, right in judged if low <= confidence < high]
        if inside:
            table.append((low, min(high, 1.0), len(inside), sum(inside) / len(inside)))
    return table


def calibration(outcomes: Iterable[Outcome]) -> list[tuple[float, float, int, float]]:
    """Return, per band of confidence, how many aligned pairs fall in it and the share right."""
    return bands(
        (confidence, pair in result.expected)
        for result in outcomes
        for pair, confidence in result.predicted.items()
    )


def main(argv: Sequence[str] = ()) -> int:
    """Print the score and calibration, and with ``--misses`` the pairs aligned wrongly or missed."""
    if "--seeds" in argv:
        items = [seed_item()]
    else:
        items = load_items(HOLDOUT if "--holdout" in argv else LONG if "--long" in argv else ITEMS)
    outcomes = [outcome(item) for item in items]
    total = score(outcomes)
    print(
        f"{len(items)} items: precision {total.precision:.3f}, recall {total.recall:.3f}, "
        f"F1 {total.f1:.3f} ({total.true_positives} right, {total.false_positives} wrong, "
        f"{total.false_negatives} missed)"
    )
    print("confidence   pairs  right")
    for low, high, count, share in calibration(outcomes):
        print(f"{low:.1f}–{high:.1f}     {count:5}  {share:.2f}")
    if "--misses" in argv:
        for result in outcomes:
            texts = {
                source: {s.index: s.text for s in result.compared.source(source).statements}
                for source in ("a", "b")
            }
            predicted = set(result.predicted)
            for label, pairs in (
                ("wrong", predicted - result.expected),
                ("missed", result.expected - predicted),
            ):
                for i, j in sorted(pairs):
                    print(f"{result.item.id} {label}:\n  a: {texts['a'][i]}\n  b: {texts['b'][j]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
