"""Word vectors: statements' vectors, and the likeness of words."""

import numpy as np

from factdiff.align.vectors import _vectors, statement_vectors, word_likeness

WORDS = ["lawyer", "attorney", "harvest", "coalition", "alliance", "zzq", "lawyer"]


def test_word_likeness_is_the_cosine_of_the_word_vectors():
    rows, vectors = _vectors()
    known = [vectors[rows[w]] if w in rows else np.zeros(vectors.shape[1]) for w in WORDS]
    unit = [v / (np.linalg.norm(v) or 1.0) for v in known]
    expected = np.array([[float(a @ b) for b in unit] for a in unit])
    assert np.allclose(word_likeness(WORDS, WORDS), expected, atol=1e-6)


def test_word_likeness_is_exactly_symmetric_and_zero_for_unknown_words():
    rows, _ = _vectors()
    rng = np.random.default_rng(0)
    vocabulary = sorted(rows)
    left = [vocabulary[k] for k in rng.integers(0, len(vocabulary), 300)] + ["zzq"]
    right = [vocabulary[k] for k in rng.integers(0, len(vocabulary), 200)]
    forward, backward = word_likeness(left, right), word_likeness(right, left)
    assert np.array_equal(forward, backward.T)
    assert not forward[-1].any()


def test_words_of_like_meaning_are_alike():
    likeness = word_likeness(["lawyer", "coalition"], ["attorney", "alliance", "harvest"])
    assert likeness[0, 0] > likeness[0, 2] and likeness[1, 1] > likeness[1, 2]


def test_a_statement_vector_is_a_unit_vector_or_zero():
    found = statement_vectors(["the lawyer spoke", "zzq", ""], lambda word: 1.0)
    assert np.allclose(np.linalg.norm(found, axis=1), [1.0, 0.0, 0.0])
