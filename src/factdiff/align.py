"""Align statements that report the same fact across sources.

align(sources)        -> tuple of Group: statements from two or more sources, best first
SCORERS               -> the similarity scorers and their weights in the blend
content_words(text)   -> the stemmed content words a statement is compared on

Every scorer takes the statements of two sources and returns a matrix of scores in
[0, 1], one row per statement of the first source, all with the same keyword-only
signature ``scorer(rows, columns, *, corpus)`` so that one can be swapped for another.
A statement may take part in several groups: a long sentence often carries two facts
that another article states in two sentences.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise

import numpy as np
from rapidfuzz import fuzz, process

from .models import ENTITY_KINDS, OVERLAY_KINDS, Statement
from .relate import PLACE_ALIASES, detail_slot
from .split import CITATION

# A pair scoring at least this much is aligned whatever else either statement matches.
STRONG = 0.42
# A weaker pair is aligned only when each statement is the other's best match.
WEAK = 0.12
# Shared kinds of detail raise a pair's score by up to this fraction; alone they prove
# nothing ("on Friday" and "on December 19" share a slot, not a fact).
DETAIL_BOOST = 0.5
# rapidfuzz's token-set ratio of two unrelated news sentences sits around 0.40-0.50;
# only what lies above this floor is evidence.
LEXICAL_FLOOR = 0.45
# Rarity (summed IDF) of shared entities or phrases at which their score reaches 1 - 1/e.
SATURATION = 3.0

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
    """Statements from two or more sources aligned as reporting the same fact."""

    statements: tuple[Statement, ...]
    similarity: float
    scores: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Corpus:
    """What the scorers know about all compared statements: how rare each term is."""

    idf: dict[str, float]

    @classmethod
    def of(cls, statements: Sequence[Statement]) -> Corpus:
        """Return the rarity (inverse document frequency) of every term of ``statements``."""
        frequency = Counter(term for s in statements for term in terms(s) | phrases(s.text))
        count = len(statements)
        return cls({t: math.log((count + 1) / (n + 0.5)) for t, n in frequency.items()})

    def weight(self, terms: frozenset[str]) -> float:
        """Return the summed rarity of ``terms``."""
        return sum(self.idf.get(t, 0.0) for t in terms)


def terms(statement: Statement) -> frozenset[str]:
    """Return every term a statement is compared on: content words, entities, detail slots."""
    return (
        frozenset(content_words(statement.text)) | entity_terms(statement) | detail_terms(statement)
    )


Scorer = Callable[..., np.ndarray]


def content_words(text: str) -> list[str]:
    """Return the stemmed content words of ``text``, in order.

    >>> content_words("Putin’s visits to Minsk [1] were reported.")
    ['putin', 'visit', 'minsk', 'report']
    """
    text = CITATION.sub(" ", text).replace("’", "'")
    words = _WORD.findall(text.casefold())
    return [
        _stem(EQUIVALENT_WORDS.get(w, w)) for w in words if w not in STOPWORDS and not w.isdigit()
    ]


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


def lexical_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return rapidfuzz token-set similarity of the statements' content words above its noise floor."""
    left = [" ".join(content_words(s.text)) for s in rows]
    right = [" ".join(content_words(s.text)) for s in columns]
    ratio = process.cdist(left, right, scorer=fuzz.token_set_ratio, dtype=np.float64) / 100.0
    return np.clip((ratio - LEXICAL_FLOOR) / (1 - LEXICAL_FLOOR), 0.0, 1.0)


def rare_word_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the cosine similarity of the statements' content words weighted by rarity (IDF)."""
    words = [frozenset(content_words(s.text)) for s in (*rows, *columns)]
    vocabulary = {w: i for i, w in enumerate(sorted(frozenset().union(*words)))}
    matrix = np.zeros((len(words), len(vocabulary)), dtype=np.float64)
    for row, statement_words in enumerate(words):
        for word in statement_words:
            matrix[row, vocabulary[word]] = corpus.idf.get(word, 0.0)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.where(norms == 0, 1, norms)
    return matrix[: len(rows)] @ matrix[len(rows) :].T


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


# Scorer and weight; the weights sum to 1 so the blend stays in [0, 1] before the boost.
SCORERS: tuple[tuple[str, Scorer, float], ...] = (
    ("lexical", lexical_scores, 0.30),
    ("rare words", rare_word_scores, 0.35),
    ("entities", entity_scores, 0.20),
    ("phrases", phrase_scores, 0.15),
)


def align(sources: Sequence[Sequence[Statement]]) -> tuple[Group, ...]:
    """Return the groups of statements that report the same fact, most similar first."""
    corpus = Corpus.of([s for statements in sources for s in statements])
    edges: dict[
        tuple[tuple[str, int], tuple[str, int]], tuple[float, tuple[tuple[str, float], ...]]
    ] = {}
    for rows, columns in combinations([s for s in sources if s], 2):
        components = [(name, scorer(rows, columns, corpus=corpus)) for name, scorer, _ in SCORERS]
        details = detail_scores(rows, columns, corpus=corpus)
        components.append(("details", details))
        blend = sum(
            weight * matrix
            for (_, matrix), (_, _, weight) in zip(components, SCORERS, strict=False)
        )
        blend = blend * (1 + DETAIL_BOOST * details)
        best_in_row = blend.argmax(axis=1)
        best_in_column = blend.argmax(axis=0)
        for i, j in zip(*np.nonzero(blend >= WEAK), strict=True):
            score = float(blend[i, j])
            if score >= STRONG or (best_in_row[i] == j and best_in_column[j] == i):
                scores = tuple((name, round(float(matrix[i, j]), 3)) for name, matrix in components)
                edges[(rows[i].key, columns[j].key)] = (score, scores)
    return _groups(edges, {s.key: s for statements in sources for s in statements})


def _groups(edges, statements) -> tuple[Group, ...]:
    """Return groups grown from the strongest edges: a statement joins a group only when it
    is aligned with every member from another source, so groups never chain."""
    linked = set(edges) | {(b, a) for a, b in edges}
    groups: list[tuple[list[tuple[str, int]], float, tuple[tuple[str, float], ...]]] = []
    for (a, b), (score, scores) in sorted(edges.items(), key=lambda e: -e[1][0]):
        for members, _, _ in groups:
            if a in members and b in members:
                break
            joining = b if a in members else a if b in members else None
            if joining is None or joining[0] in {m[0] for m in members}:
                continue
            if all((joining, m) in linked for m in members):
                members.append(joining)
                break
        else:
            groups.append(([a, b], score, scores))
    return tuple(
        Group(tuple(statements[k] for k in members), round(score, 4), scores)
        for members, score, scores in groups
    )


def entity_terms(statement: Statement) -> frozenset[str]:
    """Return the entities a statement names (a place also as what it stands for) and who it quotes."""
    names = {str(d.value) for d in statement.details if d.kind in ENTITY_KINDS}
    found = {f"entity:{n}" for n in names} | {
        f"entity:{PLACE_ALIASES[n]}" for n in names if n in PLACE_ALIASES
    }
    return frozenset(found | {f"said by:{speaker}" for speaker in speakers(statement)})


def speakers(statement: Statement) -> frozenset[str]:
    """Return the named entities a statement reports as saying something ("Ukraine has warned").

    >>> from factdiff.models import Detail, Kind, Statement
    >>> text = "Ukraine has also repeatedly warned that Russia may attack."
    >>> ukraine = Detail(Kind.PLACE, "Ukraine", 0, 7, "Ukraine")
    >>> sorted(speakers(Statement("a", 0, 0, len(text), text, (ukraine,))))
    ['Ukraine']
    """
    found = set()
    for match in _SPEAKER.finditer(statement.text):
        start, end = statement.start + match.start(1), statement.start + match.end(1)
        for detail in statement.details:
            if detail.kind in ENTITY_KINDS and detail.start < end and start < detail.end:
                found.add(PLACE_ALIASES.get(str(detail.value), str(detail.value)))
    return frozenset(found)


def phrases(text: str) -> frozenset[str]:
    """Return the pairs of neighbouring content words of ``text``.

    >>> sorted(phrases("They held military exercises."))
    ['phrase:held military', 'phrase:military exercis']
    """
    words = content_words(text)
    return frozenset(f"phrase:{a} {b}" for a, b in pairwise(words))


def detail_terms(statement: Statement) -> frozenset[str]:
    """Return the slots of the details a statement gives: what could be compared with another."""
    return frozenset(
        f"detail:{slot}"
        for d in statement.details
        if d.kind not in OVERLAY_KINDS and (slot := detail_slot(d))
    )


_SPEAKER = re.compile(
    r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)(?:’s|'s)?(?: has| have| had)?(?: also)?(?: \w+ly)?"
    r" (?:said|says|stated|states|warned|warns|claimed|claims|announced|announces|told|tells|"
    r"suggested|suggests|argued|argues|insisted|insists|denied|denies|confirmed|confirms)\b"
)


def _weighted_jaccard(
    left: list[frozenset[str]], right: list[frozenset[str]], corpus: Corpus
) -> np.ndarray:
    """Return the rarity-weighted Jaccard overlap of every pair of term sets."""
    scores = np.zeros((len(left), len(right)), dtype=np.float64)
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            if a & b:
                scores[i, j] = corpus.weight(a & b) / corpus.weight(a | b)
    return scores


def _shared_rarity(
    left: list[frozenset[str]], right: list[frozenset[str]], corpus: Corpus
) -> np.ndarray:
    """Return, for every pair of term sets, the rarity of what they share, saturating towards 1.

    Sharing one common name ("Belarus" in a comparison about Belarus) counts for little,
    sharing rare ones ("Kyiv", "Vladimir Putin") for much, however many others either names.
    """
    scores = np.zeros((len(left), len(right)), dtype=np.float64)
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            if shared := a & b:
                scores[i, j] = 1 - math.exp(-corpus.weight(shared) / SATURATION)
    return scores
