"""Word vectors for the core install: which words mean alike, without a model to run.

statement_vectors(texts, weight) -> one unit vector per text, from its words' vectors
word_likeness(left, right)        -> the cosine of each left word's vector with each right one's

``word_vectors.npz`` holds a vector for each of about 21,700 English words, distilled from
the sentence model all-MiniLM-L6-v2 (``scripts/build_word_vectors.py``): "lawyer" lies
near "attorney", "stevedores" near "dockworkers". A statement's vector is the sum of its
content words' vectors, each weighted by its rarity in the compared articles, so that
"Belarus" in an article about Belarus counts for little (``scorers.word_vector_scores``).
``scorers.word_match_scores`` pairs each word with its likest in the other statement
instead of summing. The semantic extra embeds whole sentences (``semantic.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources

import numpy as np

_WORD = re.compile(r"[a-z]+")


# The stored vectors are whole numbers of at most this size (one signed byte each).
_SCALE = 127


@cache
def _vectors() -> tuple[dict[str, int], np.ndarray]:
    """Return the row of each word and the stored vectors (whole numbers), loaded once.

    The file lies in the ``factdiff`` package itself, where the wheel has always held it.
    """
    with resources.files("factdiff").joinpath("word_vectors.npz").open("rb") as file:
        stored = np.load(file)
        words = str(stored["words"]).split("\n")
        vectors = stored["vectors"].astype(np.float32)
    return {word: row for row, word in enumerate(words)}, vectors


def statement_vectors(texts: Sequence[str], weight: Callable[[str], float]) -> np.ndarray:
    """Return one unit vector per text: its known words' vectors, weighted, summed.

    ``weight(word)`` is 0 for words that should not count; a text with no known word
    gets the zero vector.

    >>> a, b, c = statement_vectors(["the lawyer", "an attorney", "a harvest"], lambda w: 1.0)
    >>> float(a @ b) > float(a @ c)
    True
    """
    rows, vectors = _vectors()
    found = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
    for k, text in enumerate(texts):
        for word in _WORD.findall(text.casefold()):
            if word in rows and (w := weight(word)):
                found[k] += w * (vectors[rows[word]] / _SCALE)
    norms = np.linalg.norm(found, axis=1, keepdims=True)
    return found / np.where(norms == 0, 1, norms)


def word_likeness(left: Sequence[str], right: Sequence[str]) -> np.ndarray:
    """Return the cosine of each (lower-case) left word's vector with each right word's,
    0 where either word is not known.

    Exact, so that ``word_likeness(b, a)`` is ``word_likeness(a, b).T`` to the last bit,
    whatever order the matrix product adds in: the stored vectors are whole numbers whose
    products and sums stay below 2**24, which float32 holds exactly.

    >>> likeness = word_likeness(["lawyer", "harvest", "zzq"], ["attorney", "lawyer"])
    >>> bool(likeness[0, 0] > likeness[1, 0]), float(likeness[0, 1]), float(likeness[2, 0])
    (True, 1.0, 0.0)
    """
    rows, vectors = _vectors()
    known = [[rows.get(word, -1) for word in side] for side in (left, right)]
    found = [vectors[side] * (np.array(side) >= 0)[:, None] for side in known]
    products = (found[0] @ found[1].T).astype(np.float64)
    norms = [np.sqrt((side.astype(np.float64) ** 2).sum(axis=1)) for side in found]
    return products / np.maximum(np.multiply.outer(*norms), 1.0)
