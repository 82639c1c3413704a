"""How far two readers agree: the second reader's labels scored as if they were a system's.

On the pairs both readers labelled, the first reader's labels are taken as the reference:
alignment F1 over sentence pairs, and F1 of discrepancies (a discrepancy matches when its
sentences overlap the other reader's on both sides and its differing words overlap).
Both F1s are symmetric, so it does not matter which reader is the reference.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from . import corpus, labels
from .corpus import BuiltArticle
from .labels import Fact
from .score import FIGURES, Counts, f1, gold_word_spans, score_pair
from .systems import Output, ReportedDiscrepancy


def as_output(facts: Sequence[Fact], a: BuiltArticle, b: BuiltArticle) -> Output:
    """Return a reader's labels of a pair in the shape of a system's output."""
    discrepancies = tuple(
        ReportedDiscrepancy(
            frozenset(fact.a),
            frozenset(fact.b),
            tuple(((x,), (y,)) for x, y in gold_word_spans(fact, a, b)),
        )
        for fact in facts
        if fact.verdict == "discrepancy"
    )
    aligned = frozenset((x, y) for fact in facts for x in fact.a for y in fact.b)
    return Output(aligned, discrepancies, ())


@dataclass(frozen=True)
class Agreement:
    """Two readers' agreement on one corpus (or all)."""

    pairs: int
    alignment_f1: float | None
    discrepancy_f1: float | None
    pairs_first: int
    pairs_second: int
    discrepancies_first: int
    discrepancies_second: int


def agreement(first: str = labels.FIRST, second: str = labels.SECOND) -> dict[str, Agreement]:
    """Return the two readers' agreement per corpus and over all doubly labelled pairs."""
    one, two = labels.reader(first), labels.reader(second)
    counts: dict[str, Counts] = defaultdict(Counts)
    for pair in labels.pairs():
        if pair.id in one and pair.id in two:
            texts = (corpus.load(pair.a), corpus.load(pair.b))
            pair_counts = score_pair(one[pair.id], as_output(two[pair.id], *texts), *texts)
            counts[pair.corpus] += pair_counts
            counts["all"] += pair_counts
    return {
        group: Agreement(
            pairs=c.pairs,
            alignment_f1=FIGURES["alignment F1"](c),
            discrepancy_f1=f1(
                FIGURES["discrepancy precision"](c), FIGURES["discrepancy recall"](c)
            ),
            pairs_first=c.aligned_gold,
            pairs_second=c.aligned_reported,
            discrepancies_first=c.discrepancies_gold,
            discrepancies_second=c.discrepancies_reported,
        )
        for group, c in counts.items()
    }
