"""Scoring a system's output on a pair against the gold labels, and summing over events.

- **Discrepancies.** A reported discrepancy is right when its sentences overlap a gold
  discrepancy's sentences on both sides and one of its differing details lies at the gold
  differing words (on each side where it names a span). Precision is over the reported
  ones, recall over the gold ones.
- **Alignment.** Precision, recall and F1 over sentence pairs: a gold fact listed as
  A sentences x B sentences gives every pair of them.
- **Only in one source.** The share of the statements listed as such whose sentences are in
  no gold fact of their side.
- **With to-check.** Discrepancy precision and recall counting factdiff's possible
  discrepancies (listed apart for a reader to check) as reported too: how good the list a
  reader works through is, beside how good the discrepancies factdiff counts are.

Figures are micro-averages over pairs; their 95% intervals come from resampling events
(an event's pairs stay together), ``RESAMPLES`` times with a fixed seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from . import corpus
from .labels import Fact
from .systems import Output, ReportedDiscrepancy, Span

RESAMPLES = 1000
SEED = 2016


@dataclass(frozen=True)
class Counts:
    """The counts behind every figure, for one pair or summed over many."""

    pairs: int = 0
    refused: int = 0
    aligned_right: int = 0
    aligned_reported: int = 0
    aligned_gold: int = 0
    discrepancies_right: int = 0
    discrepancies_reported: int = 0
    discrepancies_found: int = 0
    discrepancies_gold: int = 0
    unique_right: int = 0
    unique_listed: int = 0
    # The same, counting the discrepancies listed apart for checking as reported too.
    listed_right: int = 0
    listed_reported: int = 0
    listed_found: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# The figures the benchmark reports, each computed from summed counts.
FIGURES = {
    "discrepancy precision": lambda c: _ratio(c.discrepancies_right, c.discrepancies_reported),
    "discrepancy recall": lambda c: _ratio(c.discrepancies_found, c.discrepancies_gold),
    "alignment precision": lambda c: _ratio(c.aligned_right, c.aligned_reported),
    "alignment recall": lambda c: _ratio(c.aligned_right, c.aligned_gold),
    "alignment F1": lambda c: f1(
        _ratio(c.aligned_right, c.aligned_reported), _ratio(c.aligned_right, c.aligned_gold)
    ),
    "one-source precision": lambda c: _ratio(c.unique_right, c.unique_listed),
    "with to-check precision": lambda c: _ratio(c.listed_right, c.listed_reported),
    "with to-check recall": lambda c: _ratio(c.listed_found, c.discrepancies_gold),
}


def _overlaps(spans: Iterable[Span], target: Span) -> bool:
    return any(min(end, target[1]) > max(start, target[0]) for start, end in spans)


def gold_word_spans(
    fact: Fact, a: corpus.BuiltArticle, b: corpus.BuiltArticle
) -> list[tuple[Span, Span]]:
    """Return where each pair of gold differing words lies in the two articles."""
    located = []
    for words in fact.differing:
        spans = []
        for side, built, sentences, word in (
            ("a", a, fact.a, words[0]),
            ("b", b, fact.b, words[1]),
        ):
            for number in sentences:
                start, end = built.spans[number]
                at = built.text.find(word, start, end)
                if at >= 0:
                    spans.append((at, at + len(word)))
                    break
            else:
                raise ValueError(f"{word!r} is not in {side}'s sentences {sentences}")
        located.append((spans[0], spans[1]))
    return located


def matches(reported: ReportedDiscrepancy, fact: Fact, words: Sequence[tuple[Span, Span]]) -> bool:
    """Return whether a reported discrepancy is the gold one, at its differing words."""
    if not (reported.a & set(fact.a) and reported.b & set(fact.b)):
        return False
    for spans_a, spans_b in reported.details:
        if not (spans_a or spans_b):
            continue
        for gold_a, gold_b in words:
            if (not spans_a or _overlaps(spans_a, gold_a)) and (
                not spans_b or _overlaps(spans_b, gold_b)
            ):
                return True
    return False


def score_pair(
    facts: Sequence[Fact], output: Output, a: corpus.BuiltArticle, b: corpus.BuiltArticle
) -> Counts:
    """Return the counts of one system's output on one pair of articles, against its facts."""
    gold_pairs = {(x, y) for fact in facts for x in fact.a for y in fact.b}
    gold_discrepancies = [
        (fact, gold_word_spans(fact, a, b)) for fact in facts if fact.verdict == "discrepancy"
    ]
    covered = {
        "a": {n for fact in facts for n in fact.a},
        "b": {n for fact in facts for n in fact.b},
    }
    right, found = _found(output.discrepancies, gold_discrepancies)
    listed_right, listed_found = _found(output.discrepancies + output.possible, gold_discrepancies)
    return Counts(
        pairs=1,
        refused=int(output.refused is not None),
        aligned_right=len(output.aligned & gold_pairs),
        aligned_reported=len(output.aligned),
        aligned_gold=len(gold_pairs),
        discrepancies_right=right,
        discrepancies_reported=len(output.discrepancies),
        discrepancies_found=found,
        discrepancies_gold=len(gold_discrepancies),
        unique_right=sum(not (sentences & covered[side]) for side, sentences in output.unique),
        unique_listed=len(output.unique),
        listed_right=listed_right,
        listed_reported=len(output.discrepancies) + len(output.possible),
        listed_found=listed_found,
    )


def _found(
    reported: Sequence[ReportedDiscrepancy],
    gold: Sequence[tuple[Fact, Sequence[tuple[Span, Span]]]],
) -> tuple[int, int]:
    """Return how many reported discrepancies are gold ones, and how many gold ones are
    reported."""
    right = sum(any(matches(r, fact, words) for fact, words in gold) for r in reported)
    found = sum(any(matches(r, fact, words) for r in reported) for fact, words in gold)
    return right, found


@dataclass(frozen=True)
class Figure:
    """A figure with its 95% interval; ``value`` is None when nothing was there to count."""

    value: float | None
    low: float | None
    high: float | None


def summarise(by_event: dict[str, Counts]) -> dict[str, Figure]:
    """Return every figure over the given events, with intervals by resampling events."""
    events = sorted(by_event)
    total = sum(by_event.values(), Counts())
    rng = random.Random(SEED)
    samples = [
        sum((by_event[rng.choice(events)] for _ in events), Counts()) for _ in range(RESAMPLES)
    ]
    result = {}
    for name, compute in FIGURES.items():
        values = sorted(v for v in (compute(s) for s in samples) if v is not None)
        if values:
            low = values[int(0.025 * (len(values) - 1))]
            high = values[int(0.975 * (len(values) - 1))]
        else:
            low = high = None
        result[name] = Figure(compute(total), low, high)
    return result
