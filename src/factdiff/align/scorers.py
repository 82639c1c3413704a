"""The similarity scorers: each scores every pair of two sources' statements in [0, 1].

Scorer                       -> what every scorer is: ``scorer(rows, columns, *, corpus) -> matrix``
SCORERS                      -> the scorers of the core install, by name, as the blend weighs them
scorers_in_use()             -> SCORERS, and the semantic scorer when a sentence encoder runs
fuzzy_scores, rare_word_scores, character_scores, entity_scores, phrase_scores,
detail_scores, value_scores, synonym_scores, word_vector_scores, word_match_scores,
sentence_scores              -> the scorers themselves (see each one's docstring)

Every scorer takes the statements of two sources and returns a matrix of scores, one row
per statement of the first source, all with the same keyword-only signature, so that
one can be swapped for another. How much each counts is fitted (``model.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz, process

from ..models import Kind, Statement
from . import semantic
from .overlap import cosine, shared_rarity, weighted_jaccard
from .terms import DATE_ON, Corpus, detail_terms, entity_terms, figure_values, rarity
from .vectors import statement_vectors, word_likeness
from .words import (
    STOPWORDS,
    character_grams,
    content_stems,
    content_tokens,
    meanings,
    phrases,
    stem,
)

# The cosine of two words' vectors from which ``word_match_scores`` counts them as one
# word: words of one meaning lie about this close ("coalition", "alliance"); chosen by
# the cross-validated F1 of the blend (0.33 to 0.67 tried).
LIKE_WORDS = 0.4
# How many distinct words ``word_match_scores`` matches with the other side's at a time.
WORD_BLOCK = 2048


class Scorer(Protocol):
    """A scorer: the scores of every pair of ``rows`` and ``columns`` (one row per row
    statement), knowing how rare each term is among all compared statements."""

    def __call__(
        self, rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
    ) -> np.ndarray: ...


def fuzzy_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return rapidfuzz's token-set ratio of the statements' content words."""
    left = [" ".join(content_stems(s.text)) for s in rows]
    right = [" ".join(content_stems(s.text)) for s in columns]
    return (
        process.cdist(left, right, scorer=fuzz.token_set_ratio, dtype=np.float64, workers=1) / 100.0
    )


def rare_word_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the cosine similarity of the statements' content words weighted by rarity (IDF)."""
    words = [frozenset(content_stems(s.text)) for s in (*rows, *columns)]
    weight = {w: corpus.idf.get(w, 0.0) for found in words for w in found}
    return cosine(words, weight, len(rows))


def entity_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return how much rare entity evidence two statements share: names, places, speakers."""
    return shared_rarity(
        [entity_terms(s) for s in rows], [entity_terms(s) for s in columns], corpus
    )


def phrase_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return how many rare two-word phrases ("military exercises") two statements share."""
    return shared_rarity(
        [phrases(s.text) for s in rows], [phrases(s.text) for s in columns], corpus
    )


def detail_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the rarity-weighted overlap of the kinds of detail the statements give."""
    return weighted_jaccard(
        [detail_terms(s) for s in rows], [detail_terms(s) for s in columns], corpus
    )


def value_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return 1 where two statements give the same figure, date or rank ("31 drones"), or
    a weekday and a date that falls on it ("on Monday", "on December 19, 2022"); two dates
    on one weekday do not meet.

    Indexed by value, so that time grows with the pairs that share one, not with all pairs.
    """
    scores = np.zeros((len(rows), len(columns)), dtype=np.float64)
    left, right = _holders(rows), _holders(columns)
    for (kind, value), holders in left.items():
        if kind != DATE_ON:
            scores[np.ix_(holders, right.get((kind, value), []))] = 1.0
        if kind == Kind.WEEKDAY.value:
            scores[np.ix_(holders, right.get((DATE_ON, value), []))] = 1.0
        elif kind == DATE_ON:
            scores[np.ix_(holders, right.get((Kind.WEEKDAY.value, value), []))] = 1.0
    return scores


def _holders(statements: Sequence[Statement]) -> dict[tuple[str, str], list[int]]:
    """Return, for each value (``figure_values``), the indices of the statements that give it."""
    holders: dict[tuple[str, str], list[int]] = {}
    for index, statement in enumerate(statements):
        for value in figure_values(statement):
            holders.setdefault(value, []).append(index)
    return holders


def character_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the cosine similarity of the statements' character n-grams weighted by rarity.

    Catches words of one stem that stemming leaves apart ("prosecutors", "prosecution").
    """
    grams = [character_grams(s.text) for s in (*rows, *columns)]
    return cosine(grams, rarity(grams), len(rows))


def synonym_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the cosine similarity of the statements' meanings from the paraphrase list.

    Words reporters use for one thing ("stevedores", "dock workers") name one meaning, so
    statements in different words can share it.
    """
    found = [meanings(s.text) for s in (*rows, *columns)]
    return cosine(found, rarity(found), len(rows))


def word_vector_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the cosine similarity of the statements' word vectors weighted by rarity.

    Words of like meaning have like vectors ("lawyer", "attorney"; see ``vectors.py``),
    so statements in different words can still score high.
    """

    def weight(word: str) -> float:
        return 0.0 if word in STOPWORDS else corpus.idf.get(stem(word), 1.0)

    left = statement_vectors([s.text for s in rows], weight)
    right = statement_vectors([s.text for s in columns], weight)
    return np.clip(left @ right.T, 0.0, 1.0).astype(np.float64)


def word_match_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return how much of each statement the other says in the same or like words.

    Every content word is matched with its likest word in the other statement: 1 for the
    same stem or word vectors at least LIKE_WORDS alike ("coalition" ~ "alliance",
    "tears" ~ "cried"), in proportion below that. The score is the harmonic mean of the
    two statements' shares of words so matched, each word weighted by its rarity, as
    BERTScore does with a model's token vectors. Unlike ``word_vector_scores``, which
    sums a statement's words into one vector, a word's match is not drowned by the words
    around it, and a word is matched with one word, not with the gist of the rest.
    """
    left, right = _Words.of(rows, corpus), _Words.of(columns, corpus)
    scores = np.zeros((len(rows), len(columns)), dtype=np.float64)
    if not (left.present.size and right.present.size):
        return scores
    likeness = np.clip(word_likeness(left.words, right.words) / LIKE_WORDS, 0.0, 1.0).astype(
        np.float32
    )
    stem_ids: dict[str, int] = {}
    left_stems, right_stems = (
        np.array([stem_ids.setdefault(s, len(stem_ids)) for s in side.stems], dtype=np.int64)
        for side in (left, right)
    )
    likeness[np.equal.outer(left_stems, right_stems)] = 1.0
    precision = left.share_matched(likeness, right)
    recall = right.share_matched(likeness.T, left).T
    total = precision + recall
    harmonic = np.divide(2 * precision * recall, total, out=np.zeros_like(total), where=total > 0)
    scores[np.ix_(left.present, right.present)] = harmonic
    return scores


@dataclass(frozen=True)
class _Words:
    """The content words of some statements: what word matching needs.

    Each distinct word is held once and its occurrences point to it, so that matching
    two long articles compares their vocabularies, not every occurrence with every other.
    """

    words: tuple[str, ...]  # each distinct word
    stems: tuple[str, ...]  # its stem
    occurrences: np.ndarray  # which distinct word each occurrence is, statement by statement
    weights: np.ndarray  # each occurrence's rarity
    starts: np.ndarray  # where each statement that has words starts among the occurrences
    present: np.ndarray  # which statements have words

    @classmethod
    def of(cls, statements: Sequence[Statement], corpus: Corpus) -> _Words:
        tokens = [content_tokens(s.text) for s in statements]
        distinct = {token: k for k, token in enumerate(dict.fromkeys(t for f in tokens for t in f))}
        sizes = np.array([len(found) for found in tokens], dtype=np.int64)
        present = np.flatnonzero(sizes)
        return cls(
            words=tuple(word for word, _ in distinct),
            stems=tuple(stemmed for _, stemmed in distinct),
            occurrences=np.array([distinct[t] for f in tokens for t in f], dtype=np.int64),
            # A word met in no statement of the corpus (a quoted one, say) is rare.
            weights=np.array(
                [max(corpus.idf.get(stemmed, 1.0), 0.01) for f in tokens for _, stemmed in f]
            ),
            starts=(np.cumsum(sizes) - sizes)[present],
            present=present,
        )

    def share_matched(self, likeness: np.ndarray, other: _Words) -> np.ndarray:
        """Return, for each of these statements (with words) and each of the other's, the
        rarity-weighted share of this statement's words matched in the other.

        ``likeness`` holds each of these distinct words' likeness to each of the other's.
        """
        best = np.empty((len(other.starts), len(self.words)), dtype=likeness.dtype)
        # The other's occurrences as rows, so that the best of each statement's words is
        # taken along rows, and a block of these words at a time: the likeness of every
        # word to every occurrence in two long articles would take gigabytes at once.
        for first in range(0, len(self.words), WORD_BLOCK):
            block = likeness.T[other.occurrences, first : first + WORD_BLOCK]
            best[:, first : first + WORD_BLOCK] = np.maximum.reduceat(block, other.starts, axis=0)
        best = best.T
        matched = np.add.reduceat(
            best[self.occurrences] * self.weights[:, None], self.starts, axis=0
        )
        totals = np.add.reduceat(self.weights, self.starts)
        return matched / totals[:, None]


def sentence_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the rare-word and character similarity of the sentences the clauses are from.

    A clause is short; its sentence says who and where ("Hal, whose party has led in
    surveys, | called for a no-confidence motion").
    """
    left = [s.context for s in rows]
    right = [s.context for s in columns]
    return (
        rare_word_scores(left, right, corpus=corpus) + character_scores(left, right, corpus=corpus)
    ) / 2


SCORERS: tuple[tuple[str, Scorer], ...] = (
    ("fuzzy", fuzzy_scores),
    ("rare words", rare_word_scores),
    ("characters", character_scores),
    ("entities", entity_scores),
    ("phrases", phrase_scores),
    ("details", detail_scores),
    ("values", value_scores),
    ("synonyms", synonym_scores),
    ("word vectors", word_vector_scores),
    ("word matches", word_match_scores),
    ("sentence", sentence_scores),
)


def scorers_in_use() -> tuple[tuple[str, Scorer], ...]:
    """Return the scorers in use: SCORERS, and the semantic one when a sentence encoder runs."""
    if semantic.available():
        return (*SCORERS, ("semantic", semantic.semantic_scores))
    return SCORERS
