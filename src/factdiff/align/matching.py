"""Choose pairs globally: the one-to-one matching with the largest total weight.

best_matching(weights)            -> the (row, column) pairs of a matching of greatest total weight
chosen_pairs(probability, blend)  -> the pairs to align: the best matching of the likely
                                     pairs, and every pair likely enough to be a fact stated twice

A greedy matching takes each statement's best partner in turn and can block a better
matching of the whole: when A1 likes B1 a little more than B2, but A2 matches only B1,
greedy pairs A1-B1 and loses A2. The Hungarian method (Kuhn-Munkres, with potentials)
finds the best matching of the whole matrix.

Only positive weights are worth taking: a row may stay unmatched. The matrix is cut into
its connected parts (rows and columns joined by positive weights) first, so the cubic
method runs on a few small blocks rather than on every statement of two long articles.
This is written out rather than taken from SciPy (``linear_sum_assignment``): forty lines
against a 40 MB dependency for one function.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .model import Model, logit


def chosen_pairs(
    probability: np.ndarray,
    blend: Model,
    sentences: tuple[Sequence[int], Sequence[int]] | None = None,
) -> list[tuple[int, int]]:
    """Return the pairs to align: the best one-to-one matching of the likely pairs, and
    besides it every pair so likely that the fact must be stated twice.

    ``sentences`` gives the sentence of each row and column (rows and columns are clauses):
    a repeat between two sentences the matching already pairs is left out. It would only
    pair the other clauses of the same two sentences ("Putin flew to Minsk on Monday"
    with "his first visit in three years"), which says nothing the matched pairs do not.
    """
    odds = logit(probability) - logit(np.float64(blend.threshold))
    matched = set(best_matching(odds))
    repeated = {
        (int(i), int(j)) for i, j in zip(*np.nonzero(probability >= blend.repeated), strict=True)
    }
    if sentences is not None:
        rows, columns = sentences
        paired = {(rows[i], columns[j]) for i, j in matched}
        repeated = {(i, j) for i, j in repeated if (rows[i], columns[j]) not in paired}
    return sorted(matched | repeated)


def best_matching(weights: np.ndarray) -> list[tuple[int, int]]:
    """Return the pairs of a one-to-one matching with the greatest sum of positive weights.

    >>> best_matching(np.array([[0.9, 0.8], [0.7, 0.0]]))
    [(0, 1), (1, 0)]
    >>> best_matching(np.array([[0.0, -1.0], [0.5, 0.0]]))
    [(1, 0)]
    """
    positive = np.where(weights > 0, weights, 0.0)
    pairs = []
    for rows, columns in _blocks(positive):
        block = positive[np.ix_(rows, columns)]
        for i, j in _hungarian(block):
            if block[i, j] > 0:
                pairs.append((rows[i], columns[j]))
    return sorted(pairs)


def _blocks(positive: np.ndarray) -> list[tuple[list[int], list[int]]]:
    """Return the connected parts of the bipartite graph of positive weights."""
    row_count = positive.shape[0]
    parent = list(range(row_count + positive.shape[1]))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in zip(*np.nonzero(positive), strict=True):
        parent[root(int(i))] = root(row_count + int(j))
    parts: dict[int, tuple[list[int], list[int]]] = {}
    for i, j in zip(*np.nonzero(positive), strict=True):
        rows, columns = parts.setdefault(root(int(i)), ([], []))
        if int(i) not in rows:
            rows.append(int(i))
        if int(j) not in columns:
            columns.append(int(j))
    return [(sorted(rows), sorted(columns)) for rows, columns in parts.values()]


def _hungarian(weights: np.ndarray) -> list[tuple[int, int]]:
    """Return a maximum-weight perfect matching of the square padding of ``weights``.

    The classic potentials formulation (minimising cost = -weight), with the inner scan
    over columns done by numpy so that each augmenting step is one vector operation.
    """
    size = max(weights.shape)
    cost = np.zeros((size + 1, size + 1))
    cost[1 : weights.shape[0] + 1, 1 : weights.shape[1] + 1] = -weights
    row_potential = np.zeros(size + 1)
    column_potential = np.zeros(size + 1)
    row_of_column = np.zeros(size + 1, dtype=int)  # 0: the column is free
    way = np.zeros(size + 1, dtype=int)
    for row in range(1, size + 1):
        row_of_column[0] = row
        column = 0
        slack = np.full(size + 1, np.inf)
        used = np.zeros(size + 1, dtype=bool)
        while row_of_column[column] != 0:
            used[column] = True
            current = row_of_column[column]
            free = ~used
            free[0] = False
            reduced = cost[current] - row_potential[current] - column_potential
            better = free & (reduced < slack)
            slack[better] = reduced[better]
            way[better] = column
            candidates = np.where(free, slack, np.inf)
            next_column = int(np.argmin(candidates))
            delta = candidates[next_column]
            row_potential[row_of_column[used]] += delta
            column_potential[used] -= delta
            slack[free] -= delta
            column = next_column
        while column:
            previous = way[column]
            row_of_column[column] = row_of_column[previous]
            column = previous
    return [
        (int(row_of_column[j]) - 1, j - 1)
        for j in range(1, size + 1)
        if row_of_column[j] - 1 < weights.shape[0] and j - 1 < weights.shape[1]
    ]
