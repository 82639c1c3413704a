"""How much two lists of term sets overlap, pair by pair, each term weighted by its rarity.

cosine(sets, weight, split)          -> weighted cosine of the first ``split`` sets with the rest
weighted_jaccard(left, right, c)     -> rarity-weighted Jaccard overlap of every pair
shared_rarity(left, right, c)        -> the rarity of what each pair shares, saturating towards 1
shared_weight(left, right, c)        -> the summed rarity of the terms each pair shares

Each works on whole matrices, indexed by term, so that time grows with the pairs that
share something rather than with all pairs of two long articles.
"""

from __future__ import annotations

import numpy as np

from .terms import Corpus

# Rarity (summed IDF) of shared entities or phrases at which their score reaches 1 - 1/e.
SATURATION = 3.0


def cosine(sets: list[frozenset[str]], weight: dict[str, float], split: int) -> np.ndarray:
    """Return the weighted cosine similarity of the first ``split`` sets with the rest.

    Each set's length counts all its terms, but the products are taken over the terms
    found on both sides only: the others add nothing to them, and two long articles use
    thousands of words the other does not.
    """
    vocabulary = {term: k for k, term in enumerate(sorted(weight))}
    sizes = [len(found) for found in sets]
    rows = np.repeat(np.arange(len(sets)), sizes)
    columns = np.fromiter(
        (vocabulary[term] for found in sets for term in found), dtype=np.int64, count=sum(sizes)
    )
    values = np.array([weight[term] for term in vocabulary], dtype=np.float64)[columns]
    lengths = np.sqrt(np.bincount(rows, values**2, minlength=len(sets)))
    values /= np.where(lengths == 0, 1, lengths)[rows]
    # The terms both sides use, numbered anew.
    cut = int(np.searchsorted(rows, split))
    on_left, on_right = (np.zeros(len(vocabulary), dtype=bool) for _ in range(2))
    on_left[columns[:cut]] = True
    on_right[columns[cut:]] = True
    shared = on_left & on_right
    renumbered = np.cumsum(shared) - 1
    kept = shared[columns]
    matrix = np.zeros((len(sets), int(shared.sum())), dtype=np.float64)
    matrix[rows[kept], renumbered[columns[kept]]] = values[kept]
    return np.clip(matrix[:split] @ matrix[split:].T, 0.0, 1.0)


def weighted_jaccard(
    left: list[frozenset[str]], right: list[frozenset[str]], corpus: Corpus
) -> np.ndarray:
    """Return the rarity-weighted Jaccard overlap of every pair of term sets."""
    shared = shared_weight(left, right, corpus)
    union = np.add.outer(
        np.array([corpus.weight(a) for a in left], dtype=np.float64),
        np.array([corpus.weight(b) for b in right], dtype=np.float64),
    )
    union -= shared
    return np.divide(shared, union, out=np.zeros_like(shared), where=shared > 0)


def shared_rarity(
    left: list[frozenset[str]], right: list[frozenset[str]], corpus: Corpus
) -> np.ndarray:
    """Return, for every pair of term sets, the rarity of what they share, saturating towards 1.

    Sharing one common name ("Belarus" in a comparison about Belarus) counts for little,
    sharing rare ones ("Kyiv", "Vladimir Putin") for much, however many others either names.
    """
    return 1 - np.exp(-shared_weight(left, right, corpus) / SATURATION)


def shared_weight(
    left: list[frozenset[str]], right: list[frozenset[str]], corpus: Corpus
) -> np.ndarray:
    """Return, for every pair of term sets, the summed rarity of the terms they share.

    Indexed by term, so that time grows with the pairs that share one, not with all pairs.
    """
    scores = np.zeros((len(left), len(right)), dtype=np.float64)
    holders: dict[str, list[int]] = {}
    for j, found in enumerate(right):
        for term in found:
            holders.setdefault(term, []).append(j)
    sharing: dict[str, list[int]] = {}
    for i, found in enumerate(left):
        for term in found:
            if term in holders:
                sharing.setdefault(term, []).append(i)
    for term in sorted(sharing):
        scores[np.ix_(sharing[term], holders[term])] += corpus.idf.get(term, 0.0)
    return scores
