"""The terms statements are compared on, and how rare each is among the compared ones.

Corpus.of(statements)  -> the rarity (IDF) of every term of the compared statements
rarity(term_sets)      -> the inverse document frequency of every term of some sets
terms(statement)       -> content words, entities and detail slots of a statement
entity_terms(s)        -> the entities a statement names (a place also as what it stands for)
speakers(s)            -> who a statement reports as saying something
detail_terms(s)        -> the slots of the details a statement gives
figure_values(s)       -> the (kind, value) of each figure, and the weekday of each date
PLACE_ALIASES          -> a place or seat of power -> what it stands for (text/lists/place-aliases.txt)
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import ENTITY_KINDS, FIGURE_KINDS, OVERLAY_KINDS, Kind, Statement
from ..text.lexicon import names
from ..values import WEEKDAYS, date_span, detail_slot
from .words import content_stems, phrases

# "Minsk" stands for Belarus, "the Kremlin" for Russia: each name of what it stands for
# is one phrase of its line.
PLACE_ALIASES = names("place-aliases")
# What a statement's values say of the weekday each of its dates fell on.
DATE_ON = "date on"


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


# Fewer statements than this tell little of how rare a word is: two headlines share most
# of their words because they report one fact, not because the words are common.
MIN_DOCUMENTS = 30


def rarity(term_sets: Sequence[frozenset[str]]) -> dict[str, float]:
    """Return the inverse document frequency of every term of ``term_sets``.

    Counted as if there were at least MIN_DOCUMENTS statements: between two headlines
    every shared word is in every statement, and plain IDF would weigh the words they share
    (what makes them one fact) far below those they do not.

    >>> sorted((t, round(w, 2)) for t, w in rarity([frozenset("ab"), frozenset("b")]).items())
    [('a', 3.03), ('b', 2.52)]
    """
    frequency = Counter(term for found in term_sets for term in found)
    count = max(len(term_sets), MIN_DOCUMENTS)
    return {t: math.log((count + 1) / (n + 0.5)) for t, n in frequency.items()}


def terms(statement: Statement) -> frozenset[str]:
    """Return every term a statement is compared on: content words, entities, detail slots."""
    return (
        frozenset(content_stems(statement.text)) | entity_terms(statement) | detail_terms(statement)
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


def detail_terms(statement: Statement) -> frozenset[str]:
    """Return the slots of the details a statement gives: what could be compared with another."""
    return frozenset(
        f"detail:{slot}"
        for d in statement.details
        if d.kind not in OVERLAY_KINDS and (slot := detail_slot(d))
    )


def figure_values(statement: Statement) -> frozenset[tuple[str, str]]:
    """Return the (kind, value) of each figure of a statement, and the weekday of each
    date of one day (kind ``DATE_ON``)."""
    values = set()
    for d in statement.details:
        if d.kind in FIGURE_KINDS:
            values.add((d.kind.value, figure_text(d.value)))
        if d.kind is Kind.DATE and isinstance(d.value, str):
            span = date_span(d.value)
            if span and span[0] == span[1]:
                values.add((DATE_ON, WEEKDAYS[span[0].weekday()]))
    return frozenset(values)


def figure_text(value: object) -> str:
    """Return a figure's value as the text figures are matched by.

    An int too long for decimal text (Python writes none of more than 4,300 digits) is
    written in hexadecimal, which has no such limit and no digits another value shares.

    >>> figure_text(3), figure_text(3.0), figure_text(10**5000)[:8]
    ('3', '3.0', '0x31e208')
    """
    try:
        return str(value)
    except ValueError:
        return hex(value)
