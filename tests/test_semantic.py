"""Semantic scorer with a fake encoder: runs without the extra, in the core suite."""

import numpy as np
import pytest

from factdiff.align import Corpus, semantic
from factdiff.align.semantic import available, semantic_scores, set_encoder
from factdiff.models import Statement

VOCABULARY = ("lawyer", "appeal", "verdict", "fire", "blaze")


@pytest.fixture
def encoded(monkeypatch):
    """Embed with bag-of-words vectors over VOCABULARY instead of the model; return the
    texts the encoder was given, one entry per call."""
    calls: list[list[str]] = []

    def bag_of_words(texts: list[str]) -> np.ndarray:
        # A word written "-word" counts -1, so that two texts can point in opposite directions.
        calls.append(list(texts))
        vectors = np.zeros((len(texts), len(VOCABULARY)))
        for row, text in enumerate(texts):
            for word in text.split():
                sign = -1 if word.startswith("-") else 1
                vectors[row, VOCABULARY.index(word.lstrip("-"))] += sign
        return vectors

    set_encoder(bag_of_words)
    yield calls
    set_encoder(None)


def statements(source, *texts):
    return [Statement(source, n, 0, len(text), text) for n, text in enumerate(texts)]


def scores(left, right):
    rows, columns = statements("a", *left), statements("b", *right)
    return semantic_scores(rows, columns, corpus=Corpus.of([*rows, *columns]))


def test_one_score_per_pair_in_range(encoded):
    matrix = scores(["lawyer appeal", "fire"], ["lawyer", "blaze fire", "appeal -fire"])
    assert matrix.shape == (2, 3)
    assert ((matrix >= 0) & (matrix <= 1)).all()


def test_the_same_text_scores_1_and_no_shared_direction_0(encoded):
    matrix = scores(["lawyer appeal"], ["lawyer appeal", "fire blaze"])
    assert matrix[0, 0] == pytest.approx(1.0)
    assert matrix[0, 1] == 0.0


def test_the_score_is_the_cosine_of_the_embeddings(encoded):
    # (1, 1, 0, ...) and (1, 0, 1, ...): cosine 1/2 whatever the vectors' lengths.
    assert scores(["lawyer appeal"], ["lawyer lawyer verdict verdict"])[0, 0] == pytest.approx(0.5)


def test_opposite_meaning_scores_0_not_below(encoded):
    assert scores(["fire"], ["-fire"])[0, 0] == 0.0


def test_each_distinct_text_is_encoded_once(encoded):
    scores(["lawyer", "fire"], ["lawyer", "blaze"])
    scores(["fire", "verdict"], ["blaze", "lawyer"])
    assert encoded == [["lawyer", "fire", "blaze"], ["verdict"]]


def test_a_new_encoder_does_not_reuse_the_old_ones_embeddings(encoded):
    scores(["lawyer"], ["fire"])
    set_encoder(lambda texts: np.ones((len(texts), 3)))
    assert scores(["lawyer"], ["fire"])[0, 0] == pytest.approx(1.0)


def test_no_statements_on_one_side_gives_an_empty_matrix(encoded):
    assert scores([], ["lawyer", "fire"]).shape == (0, 2)
    assert scores(["lawyer"], []).shape == (1, 0)
    assert encoded == []


def test_switched_off_by_factdiff_semantic_0(monkeypatch):
    monkeypatch.setenv("FACTDIFF_SEMANTIC", "0")
    assert not available()


def test_not_available_without_its_packages(monkeypatch):
    monkeypatch.delenv("FACTDIFF_SEMANTIC", raising=False)
    monkeypatch.setattr(semantic, "_REQUIRED", (*semantic._REQUIRED, "factdiff_no_such_module"))
    assert not available()
