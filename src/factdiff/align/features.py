"""What the blend weighs, beyond each scorer's own score: how a pair stands among the others.

pair_features(rows, columns, *, corpus) -> every scorer's matrix, and the relative ones
relative(scores)                        -> how far each score stands above its row's and column's
competition_features(odds, floor)       -> how each pair's odds stand against both statements'
                                           other candidates
RELATIVE                                -> the scorers also taken relative to their row and column
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from ..models import Statement
from .scorers import fuzzy_scores, scorers_in_use
from .terms import Corpus

# The least spread of a row's or column's scores that ``relative`` divides by.
LEAST_SPREAD = 0.1
# The scorers of wording and meaning, whose scores are also taken relative to their
# row's and column's (``pair_features``).
RELATIVE = (
    "fuzzy",
    "rare words",
    "characters",
    "synonyms",
    "word vectors",
    "word matches",
    "semantic",
)


def pair_features(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> dict[str, np.ndarray]:
    """Return every scorer's matrix for the statements of two sources, and for the scorers
    of wording and meaning also how each score stands among its row's and column's.

    Two long articles on one subject are alike throughout ("Belarus", "war", "Putin" in
    every sentence): a pair stands out by scoring above the rest, not by its score alone.
    Where a statement stands in its article is left out on purpose: reporters order the
    same facts differently, and it taught the blend the layout of the labelled excerpts.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        # rapidfuzz scores without holding the interpreter lock: on another thread, it
        # uses the second core while the other scorers run in Python.
        fuzzy = pool.submit(fuzzy_scores, rows, columns, corpus=corpus)
        others = {
            name: scorer(rows, columns, corpus=corpus)
            for name, scorer in scorers_in_use()
            if scorer is not fuzzy_scores
        }
        features = {
            name: fuzzy.result() if scorer is fuzzy_scores else others[name]
            for name, scorer in scorers_in_use()
        }
    for name in RELATIVE:
        if name in features:
            features[f"{name}, relative"] = relative(features[name])
    return features


def relative(scores: np.ndarray) -> np.ndarray:
    """Return how far each score stands above its row's and its column's, in [-1, 1].

    The mean of the score's standard scores in its row and in its column, in units of
    three standard deviations, and never of less than LEAST_SPREAD: among a few
    candidates that all score near nothing, the one scoring a little less near nothing
    does not stand out.

    >>> relative(np.array([[0.9, 0.5, 0.5], [0.5, 0.5, 0.5]])).round(2)
    array([[ 0.4 , -0.12, -0.12],
           [-0.17,  0.  ,  0.  ]])
    """
    by_row = (scores - scores.mean(axis=1, keepdims=True)) / np.maximum(
        scores.std(axis=1, keepdims=True), LEAST_SPREAD
    )
    by_column = (scores - scores.mean(axis=0, keepdims=True)) / np.maximum(
        scores.std(axis=0, keepdims=True), LEAST_SPREAD
    )
    return np.clip((by_row + by_column) / 6, -1.0, 1.0)


def competition_features(odds: np.ndarray, floor: float) -> dict[str, np.ndarray]:
    """Return how each pair's odds stand against the other candidates of both statements.

    ``floor`` is the odds of a pair with no evidence at all: a statement's rival is its
    next best candidate, or such a pair when every other candidate is weaker still (or
    there is none), so that a lone pair without evidence has no margin either. Each
    feature treats the two statements alike, so that comparing A with B aligns what
    comparing B with A does.
    """
    best_in_row = odds >= odds.max(axis=1, keepdims=True)
    best_in_column = odds >= odds.max(axis=0, keepdims=True)
    by_row = odds - np.maximum(_runner_up(odds, axis=1), floor)
    by_column = odds - np.maximum(_runner_up(odds, axis=0), floor)
    return {
        "best for both": (best_in_row & best_in_column).astype(np.float64),
        "best for one": (best_in_row ^ best_in_column).astype(np.float64),
        "smaller margin": np.minimum(by_row, by_column),
        "larger margin": np.maximum(by_row, by_column),
        # Of two headlines' one candidate pair, far more often right than of two long
        # articles' thousands: the prior the evidence is weighed against.
        "candidates": np.full_like(odds, np.log(max(odds.size, 1))),
    }


def _runner_up(odds: np.ndarray, *, axis: int) -> np.ndarray:
    """Return, for every cell, the best odds among the other cells of its row or column."""
    if odds.shape[axis] < 2:
        return np.full_like(odds, -np.inf)
    top_two = -np.sort(-odds, axis=axis).take([0, 1], axis=axis)
    best, second = np.split(top_two, 2, axis=axis)
    return np.where(odds >= best, second, best)
