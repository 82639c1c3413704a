"""The global matching: the best total, one partner each, positive weights only."""

import itertools

import numpy as np
import pytest

from factdiff.align.matching import best_matching


def brute_force(weights):
    """Return the best total of any one-to-one matching, by trying them all."""
    size = max(weights.shape)
    padded = np.zeros((size, size))
    padded[: weights.shape[0], : weights.shape[1]] = np.maximum(weights, 0)
    return max(
        sum(padded[i, j] for i, j in enumerate(order))
        for order in itertools.permutations(range(size))
    )


@pytest.mark.parametrize("seed", range(60))
def test_the_matching_is_as_good_as_the_best_of_all(seed):
    rng = np.random.default_rng(seed)
    shape = tuple(rng.integers(1, 6, 2))
    weights = rng.normal(size=shape) * (rng.random(shape) < 0.6)
    pairs = best_matching(weights)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert all(weights[i, j] > 0 for i, j in pairs)
    assert sum(weights[i, j] for i, j in pairs) == pytest.approx(brute_force(weights))


def test_global_beats_greedy():
    # Greedy would take (0, 0) first and leave row 1 without its only partner.
    assert best_matching(np.array([[0.9, 0.8], [0.7, 0.0]])) == [(0, 1), (1, 0)]


def test_nothing_positive_matches_nothing():
    assert best_matching(np.zeros((3, 4))) == []
    assert best_matching(-np.ones((2, 2))) == []


def test_separate_blocks_are_matched_on_their_own():
    weights = np.zeros((4, 4))
    weights[0, 1] = weights[1, 0] = 1.0
    weights[2, 3] = 0.5
    weights[3, 3] = 0.6
    assert best_matching(weights) == [(0, 1), (1, 0), (3, 3)]
