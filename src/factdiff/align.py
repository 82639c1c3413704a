"""Align statements that report the same fact across sources.

align(sources)        -> tuple of Group: clauses from two or more sources, likeliest first
SCORERS               -> the similarity scorers the fitted blend weighs
pair_features(...)    -> every scorer's matrix for two sources' statements
Model                 -> a fitted blend: scorers -> probability -> calibrated confidence
content_words(text)   -> the stemmed content words a statement is compared on

Every scorer takes the statements of two sources and returns a matrix of scores in
[0, 1], one row per statement of the first source, all with the same keyword-only
signature ``scorer(rows, columns, *, corpus)`` so that one can be swapped for another.
How much each counts is not set by hand: ``tests/eval/fit_alignment.py`` fits the
blend on the labelled alignment sets and writes ``alignment_model.py``. Pairs are then
chosen by the best one-to-one matching of each two sources (``assign.py``), and a
clause may still join a second group when the other source really states its fact
twice.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import combinations, pairwise

import numpy as np
from rapidfuzz import fuzz, process

from . import semantic
from .alignment_model import FITTED
from .assign import best_matching
from .clauses import clauses
from .extract.times import WEEKDAYS, date_span
from .models import ENTITY_KINDS, FIGURE_KINDS, OVERLAY_KINDS, Kind, Statement
from .relate import PLACE_ALIASES, detail_slot
from .split import CITATION
from .vectors import statement_vectors, word_likeness

# A pair is reported only when it is at least as likely right as wrong: among many
# candidates (two long articles) a pair the blend finds likely is still often chance.
LEAST_CONFIDENCE = 0.5
# Articles that share less of their words than this report different events, and none
# of their statements is aligned: between them even the best pair is a chance match
# (reports of one event in the evaluation sets share 16% or more).
LEAST_RELATED = 0.05
# Rarity (summed IDF) of shared entities or phrases at which their score reaches 1 - 1/e.
SATURATION = 3.0
# Letters per character n-gram: long enough to carry a stem ("prosecut"), short enough
# to bridge inflection and derivation (prosecutor, prosecution).
GRAM = 4

# The cosine of two words' vectors from which ``word_match_scores`` counts them as one
# word: words of one meaning lie about this close ("coalition", "alliance"); chosen by
# the cross-validated F1 of the blend (0.33 to 0.67 tried).
LIKE_WORDS = 0.4
# How many distinct words ``word_match_scores`` matches with the other side's at a time.
WORD_BLOCK = 2048

Key = tuple[str, int, int]
_WORD = re.compile(r"\w+")
STOPWORDS = frozenset(
    """a about above after against all also although am an and any are as at be
    because been before being below between both but by can could did do does doing down
    during each even few for from further had has have having he her here hers herself
    him himself his how i if in into is it its itself just may me might more most must
    my myself no nor not of off on once only or other our ours ourselves out over own
    same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves s t don
    now said says told stated according well already still however though thus therefore
    especially undoubtedly like likely one two""".split()
)

# Words reporters use interchangeably, folded into one before comparing.
EQUIVALENT_WORDS = {"another": "again", "anew": "again", "nearly": "almost", "roughly": "about"}


@dataclass(frozen=True)
class Group:
    """Statements from two or more sources aligned as reporting the same fact.

    ``similarity`` is the blend's probability that the founding pair reports one fact,
    ``confidence`` that probability calibrated, ``scores`` each scorer's score of the pair.
    """

    statements: tuple[Statement, ...]
    similarity: float
    scores: tuple[tuple[str, float], ...] = ()
    confidence: float = 0.0


@dataclass(frozen=True)
class Corpus:
    """What the scorers know about all compared statements: how rare each term is."""

    idf: dict[str, float]

    @classmethod
    def of(cls, statements: Sequence[Statement]) -> Corpus:
        """Return the rarity (inverse document frequency) of every term of ``statements``."""
        return cls(rarity([terms(s) | phrases(s.text) for s in statements]))

    def weight(self, terms: frozenset[str]) -> float:
        """Return the summed rarity of ``terms``."""
        return sum(self.idf.get(t, 0.0) for t in terms)


def rarity(term_sets: Sequence[frozenset[str]]) -> dict[str, float]:
    """Return the inverse document frequency of every term of ``term_sets``.

    >>> sorted((t, round(w, 2)) for t, w in rarity([frozenset("ab"), frozenset("b")]).items())
    [('a', 0.69), ('b', 0.18)]
    """
    frequency = Counter(term for found in term_sets for term in found)
    count = len(term_sets)
    return {t: math.log((count + 1) / (n + 0.5)) for t, n in frequency.items()}


def terms(statement: Statement) -> frozenset[str]:
    """Return every term a statement is compared on: content words, entities, detail slots."""
    return (
        frozenset(_content_words(statement.text))
        | entity_terms(statement)
        | detail_terms(statement)
    )


Scorer = Callable[..., np.ndarray]


def content_words(text: str) -> list[str]:
    """Return the stemmed content words of ``text``, in order.

    >>> content_words("Putin’s visits to Minsk [1] were reported.")
    ['putin', 'visit', 'minsk', 'report']
    """
    return list(_content_words(text))


# Every scorer reads the content words of every clause (and of its sentence) again; one
# reading per text keeps long comparisons fast.
@lru_cache(maxsize=8192)
def _content_words(text: str) -> tuple[str, ...]:
    return tuple(stem for _, stem in _content_tokens(text))


@lru_cache(maxsize=8192)
def _content_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """Return each content word of ``text`` in lower case, with its stem."""
    text = CITATION.sub(" ", text).replace("’", "'")
    words = _WORD.findall(text.casefold())
    return tuple(
        (w, _stem(EQUIVALENT_WORDS.get(w, w)))
        for w in words
        if w not in STOPWORDS and not w.isdigit()
    )


def _stem(word: str) -> str:
    """Return ``word`` without the commonest English inflections.

    >>> [_stem(w) for w in ["exercises", "countries", "seizing", "joined", "analysis"]]
    ['exercis', 'country', 'seiz', 'join', 'analysis']
    """
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if (
            len(word) > len(suffix) + 3
            and word.endswith(suffix)
            and not word.endswith(("ss", "is", "us"))
        ):
            return word[: -len(suffix)]
    return word


def fuzzy_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return rapidfuzz's token-set ratio of the statements' content words."""
    left = [" ".join(_content_words(s.text)) for s in rows]
    right = [" ".join(_content_words(s.text)) for s in columns]
    return (
        process.cdist(left, right, scorer=fuzz.token_set_ratio, dtype=np.float64, workers=1) / 100.0
    )


def rare_word_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the cosine similarity of the statements' content words weighted by rarity (IDF)."""
    words = [frozenset(_content_words(s.text)) for s in (*rows, *columns)]
    weight = {w: corpus.idf.get(w, 0.0) for found in words for w in found}
    return _cosine(words, weight, len(rows))


def entity_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return how much rare entity evidence two statements share: names, places, speakers."""
    return _shared_rarity(
        [entity_terms(s) for s in rows], [entity_terms(s) for s in columns], corpus
    )


def phrase_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return how many rare two-word phrases ("military exercises") two statements share."""
    return _shared_rarity(
        [phrases(s.text) for s in rows], [phrases(s.text) for s in columns], corpus
    )


def detail_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the rarity-weighted overlap of the kinds of detail the statements give."""
    return _weighted_jaccard(
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
        if kind != _DATE_ON:
            scores[np.ix_(holders, right.get((kind, value), []))] = 1.0
        if kind == Kind.WEEKDAY.value:
            scores[np.ix_(holders, right.get((_DATE_ON, value), []))] = 1.0
        elif kind == _DATE_ON:
            scores[np.ix_(holders, right.get((Kind.WEEKDAY.value, value), []))] = 1.0
    return scores


def _holders(statements: Sequence[Statement]) -> dict[tuple[str, str], list[int]]:
    """Return, for each value (``_values``), the indices of the statements that give it."""
    holders: dict[tuple[str, str], list[int]] = {}
    for index, statement in enumerate(statements):
        for value in _values(statement):
            holders.setdefault(value, []).append(index)
    return holders


def character_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the cosine similarity of the statements' character n-grams weighted by rarity.

    Catches words of one stem that stemming leaves apart ("prosecutors", "prosecution").
    """
    grams = [_grams(s.text) for s in (*rows, *columns)]
    return _cosine(grams, rarity(grams), len(rows))


def synonym_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the cosine similarity of the statements' meanings from the paraphrase list.

    Words reporters use for one thing ("stevedores", "dock workers") name one meaning, so
    statements in different words can share it.
    """
    meanings = [_meanings(s.text) for s in (*rows, *columns)]
    return _cosine(meanings, rarity(meanings), len(rows))


def word_vector_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the cosine similarity of the statements' word vectors weighted by rarity.

    Words of like meaning have like vectors ("lawyer", "attorney"; see ``vectors.py``),
    so statements in different words can still score high.
    """

    def weight(word: str) -> float:
        return 0.0 if word in STOPWORDS else corpus.idf.get(_stem(word), 1.0)

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
        np.array([stem_ids.setdefault(stem, len(stem_ids)) for stem in side.stems], dtype=np.int64)
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
        tokens = [_content_tokens(s.text) for s in statements]
        distinct = {token: k for k, token in enumerate(dict.fromkeys(t for f in tokens for t in f))}
        sizes = np.array([len(found) for found in tokens], dtype=np.int64)
        present = np.flatnonzero(sizes)
        return cls(
            words=tuple(word for word, _ in distinct),
            stems=tuple(stem for _, stem in distinct),
            occurrences=np.array([distinct[t] for f in tokens for t in f], dtype=np.int64),
            # A word met in no statement of the corpus (a quoted one, say) is rare.
            weights=np.array(
                [max(corpus.idf.get(stem, 1.0), 0.01) for f in tokens for _, stem in f]
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


def scorers() -> tuple[tuple[str, Scorer], ...]:
    """Return the scorers in use: SCORERS, and the semantic one when its extra is installed."""
    if semantic.available():
        return (*SCORERS, ("semantic", semantic.semantic_scores))
    return SCORERS


def model() -> Model:
    """Return the fitted blend for the scorers in use."""
    return MODELS["semantic" if semantic.available() else "core"]


def align(sources: Sequence[Sequence[Statement]]) -> tuple[Group, ...]:
    """Return the groups of statements that report the same fact, most likely first.

    Each statement is cut into clauses, so one sentence may state facts that another
    article states in two sentences; groups hold clauses.
    """
    units = [[c for s in statements for c in clauses(s)] for statements in sources]
    corpus = Corpus.of([u for clauses_of in units for u in clauses_of])
    blend = model()
    edges: dict[tuple[Key, Key], tuple[float, float, tuple[tuple[str, float], ...]]] = {}
    sides = [(clauses_of, vocabulary(clauses_of)) for clauses_of in units if clauses_of]
    for (rows, left), (columns, right) in combinations(sides, 2):
        if related(left, right) < LEAST_RELATED:
            continue
        features = pair_features(rows, columns, corpus=corpus)
        probability = blend.probability(features)
        for i, j in chosen_pairs(probability, blend):
            confidence = blend.confidence(float(probability[i, j]), probability.size)
            if confidence < LEAST_CONFIDENCE:
                continue
            scores = tuple((name, round(float(features[name][i, j]), 3)) for name in blend.shown)
            edges[(rows[i].key, columns[j].key)] = (float(probability[i, j]), confidence, scores)
    return _groups(edges, {u.key: u for clauses_of in units for u in clauses_of})


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
            for name, scorer in scorers()
            if scorer is not fuzzy_scores
        }
        features = {
            name: fuzzy.result() if scorer is fuzzy_scores else others[name]
            for name, scorer in scorers()
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


def chosen_pairs(probability: np.ndarray, blend: Model) -> list[tuple[int, int]]:
    """Return the pairs to align: the best one-to-one matching of the likely pairs, and
    besides it every pair so likely that the fact must be stated twice."""
    odds = _logit(probability) - _logit(np.float64(blend.threshold))
    matched = set(best_matching(odds))
    repeated = {
        (int(i), int(j)) for i, j in zip(*np.nonzero(probability >= blend.repeated), strict=True)
    }
    return sorted(matched | repeated)


@dataclass(frozen=True)
class Model:
    """A fitted blend of the scorers: how likely a pair of statements reports one fact.

    Two logistic steps. ``evidence`` weighs the scorers into the odds that a pair
    reports one fact. ``competition`` weighs those odds against the other candidates of
    both statements: a pair that is each statement's best candidate by a margin is
    likelier than one of several equals. ``calibration`` maps the result and the number
    of candidate pairs (up to ``most_candidates``) to the share of such pairs that were
    right on the labelled sets (``python -m tests.eval.fit_alignment``).
    """

    evidence: dict[str, float]
    competition: dict[str, float]
    threshold: float
    calibration: tuple[float, float, float]
    # The candidate pairs of the largest comparison fitted on: the calibration's account
    # of chance matches is not stretched beyond it.
    most_candidates: int = 1
    # Besides the one-to-one matching, every pair at least this likely is aligned: a
    # fact one article states twice, or a sentence that holds what the other says in two.
    repeated: float = 0.7
    # A pair whose evidence alone is less likely than this is never aligned, however it
    # stands against the other candidates: among a few unrelated sentences the least
    # unlikely pair would otherwise stand out ("interest rates" ~ "grain harvest").
    least_evidence: float = 0.0

    @property
    def shown(self) -> tuple[str, ...]:
        """Return the scorers a finding explains itself by."""
        return tuple(
            name for name in self.evidence if name != "bias" and not name.endswith(", relative")
        )

    def probability(self, features: dict[str, np.ndarray]) -> np.ndarray:
        """Return the probability of every pair of the feature matrices (0 for a pair with
        less evidence than ``least_evidence``)."""
        inputs = self.contest(features)
        probability = _sigmoid(
            self.competition["bias"]
            + sum(w * inputs[name] for name, w in self.competition.items() if name != "bias")
        )
        plausible = inputs["evidence"] >= _logit(np.float64(self.least_evidence))
        return np.where(plausible, probability, 0.0)

    def contest(self, features: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Return what the competition step weighs: the evidence, and how it stands
        against the other candidates (``competition_features``)."""
        odds = self.evidence_odds(features)
        return {"evidence": odds} | competition_features(odds, self.evidence["bias"])

    def evidence_odds(self, features: dict[str, np.ndarray]) -> np.ndarray:
        """Return the odds (as a logit) the scorers alone give each pair."""
        return self.evidence["bias"] + sum(
            weight * features[name] for name, weight in self.evidence.items() if name != "bias"
        )

    def confidence(self, probability: float, candidates: int) -> float:
        """Return the calibrated confidence of a pair of this probability, chosen among
        this many candidate pairs (the more candidates, the likelier a chance match)."""
        slope, per_candidate, intercept = self.calibration
        candidates = min(candidates, self.most_candidates)
        odds = slope * _logit(np.float64(probability)) + per_candidate * math.log(candidates)
        return round(float(_sigmoid(odds + intercept)), 4)


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
    }


def _runner_up(odds: np.ndarray, *, axis: int) -> np.ndarray:
    """Return, for every cell, the best odds among the other cells of its row or column."""
    if odds.shape[axis] < 2:
        return np.full_like(odds, -np.inf)
    top_two = -np.sort(-odds, axis=axis).take([0, 1], axis=axis)
    best, second = np.split(top_two, 2, axis=axis)
    return np.where(odds >= best, second, best)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(x, -30, 30)))


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


MODELS = {name: Model(**fitted) for name, fitted in FITTED.items()}


def _groups(edges, statements) -> tuple[Group, ...]:
    """Return groups grown from the likeliest edges: a statement joins a group only when
    it is aligned with every member from another source, so groups never chain."""
    linked = set(edges) | {(b, a) for a, b in edges}
    groups: list[tuple[list[Key], tuple[float, float, tuple[tuple[str, float], ...]]]] = []
    for (a, b), edge in sorted(edges.items(), key=lambda e: -e[1][0]):
        for members, _ in groups:
            if a in members and b in members:
                break
            joining = b if a in members else a if b in members else None
            if joining is None or joining[0] in {m[0] for m in members}:
                continue
            if all((joining, m) in linked for m in members):
                members.append(joining)
                break
        else:
            groups.append(([a, b], edge))
    return tuple(
        Group(tuple(statements[k] for k in members), round(likelihood, 4), scores, confidence)
        for members, (likelihood, confidence, scores) in groups
    )


def entity_terms(statement: Statement) -> frozenset[str]:
    """Return the entities a statement names (a place also as what it stands for) and who it quotes."""
    names = {str(d.value) for d in statement.details if d.kind in ENTITY_KINDS}
    found = {f"entity:{n}" for n in names} | {
        f"entity:{PLACE_ALIASES[n]}" for n in names if n in PLACE_ALIASES
    }
    return frozenset(found | {f"said by:{speaker}" for speaker in speakers(statement)})


def speakers(statement: Statement) -> frozenset[str]:
    """Return who a statement reports as saying something ("Ukraine has warned", a quote's speaker).

    >>> from factdiff.models import Detail, Kind, Statement
    >>> text = "Kyiv has also repeatedly warned that Russia may attack."
    >>> said = Detail(Kind.ATTRIBUTION, "Kyiv has also repeatedly warned", 0, 31, "Kyiv")
    >>> sorted(speakers(Statement("a", 0, 0, len(text), text, (said,))))
    ['Ukraine']
    """
    found = {str(d.value) for d in statement.details if d.kind is Kind.ATTRIBUTION}
    found |= {d.speaker for d in statement.details if d.kind is Kind.QUOTE and d.speaker}
    return frozenset(PLACE_ALIASES.get(name, name) for name in found)


def phrases(text: str) -> frozenset[str]:
    """Return the pairs of neighbouring content words of ``text``.

    >>> sorted(phrases("They held military exercises."))
    ['phrase:held military', 'phrase:military exercis']
    """
    return frozenset(f"phrase:{a} {b}" for a, b in pairwise(_content_words(text)))


def detail_terms(statement: Statement) -> frozenset[str]:
    """Return the slots of the details a statement gives: what could be compared with another."""
    return frozenset(
        f"detail:{slot}"
        for d in statement.details
        if d.kind not in OVERLAY_KINDS and (slot := detail_slot(d))
    )


# What a statement's values say of the weekday each of its dates fell on.
_DATE_ON = "date on"


def _values(statement: Statement) -> frozenset[tuple[str, str]]:
    """Return the (kind, value) of each figure of a statement, and the weekday of each
    date of one day."""
    values = set()
    for d in statement.details:
        if d.kind in FIGURE_KINDS:
            values.add((d.kind.value, _figure_text(d.value)))
        if d.kind is Kind.DATE and isinstance(d.value, str):
            span = date_span(d.value)
            if span and span[0] == span[1]:
                values.add((_DATE_ON, WEEKDAYS[span[0].weekday()]))
    return frozenset(values)


def _figure_text(value: object) -> str:
    """Return a figure's value as the text figures are matched by.

    An int too long for decimal text (Python writes none of more than 4,300 digits) is
    written in hexadecimal, which has no such limit and no digits another value shares.

    >>> _figure_text(3), _figure_text(3.0), _figure_text(10**5000)[:8]
    ('3', '3.0', '0x31e208')
    """
    try:
        return str(value)
    except ValueError:
        return hex(value)


@lru_cache(maxsize=8192)  # many sources: each statement meets every other source's
def _grams(text: str) -> frozenset[str]:
    """Return the character n-grams of the content words of ``text``, word edges marked."""
    found = set()
    for word in _content_words(text):
        marked = f"<{word}>"
        found.update(marked[k : k + GRAM] for k in range(max(1, len(marked) - GRAM + 1)))
    return frozenset(found)


@lru_cache(maxsize=8192)
def _meanings(text: str) -> frozenset[str]:
    """Return the meanings of the paraphrase list that ``text`` names, by word and phrase."""
    words = _content_words(text)
    lexicon = paraphrases()
    found = set()
    for size in (1, 2, 3):
        for k in range(len(words) - size + 1):
            found.update(lexicon.get(" ".join(words[k : k + size]), ()))
    return frozenset(found)


@cache
def paraphrases() -> dict[str, frozenset[str]]:
    """Return the meanings each stemmed word or phrase of ``paraphrases.txt`` has."""
    meanings: dict[str, set[str]] = {}
    text = resources.files(__package__).joinpath("paraphrases.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines()):
        if line.strip() and not line.startswith("#"):
            for member in line.split(","):
                stemmed = " ".join(content_words(member))
                if stemmed:
                    meanings.setdefault(stemmed, set()).add(f"meaning:{number}")
    return {member: frozenset(found) for member, found in meanings.items()}


def _cosine(sets: list[frozenset[str]], weight: dict[str, float], split: int) -> np.ndarray:
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


def _weighted_jaccard(
    left: list[frozenset[str]], right: list[frozenset[str]], corpus: Corpus
) -> np.ndarray:
    """Return the rarity-weighted Jaccard overlap of every pair of term sets."""
    shared = _shared_weight(left, right, corpus)
    union = np.add.outer(
        np.array([corpus.weight(a) for a in left], dtype=np.float64),
        np.array([corpus.weight(b) for b in right], dtype=np.float64),
    )
    union -= shared
    return np.divide(shared, union, out=np.zeros_like(shared), where=shared > 0)


def _shared_rarity(
    left: list[frozenset[str]], right: list[frozenset[str]], corpus: Corpus
) -> np.ndarray:
    """Return, for every pair of term sets, the rarity of what they share, saturating towards 1.

    Sharing one common name ("Belarus" in a comparison about Belarus) counts for little,
    sharing rare ones ("Kyiv", "Vladimir Putin") for much, however many others either names.
    """
    return 1 - np.exp(-_shared_weight(left, right, corpus) / SATURATION)


def _shared_weight(
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
