"""A sentence read once for all the extractors: the tokens each reads, and its entities.

SentenceAnalysis(...)  -> a sentence, the tokens each extractor reads it as, and its
                          entities with no span taken
analyse(text)          -> the analysis of one sentence (single-spaced, as extract_details
                          reads it)

``extract_details`` makes one analysis per sentence and gives it to ``find_entities``,
``find_speech`` and ``find_polarity`` (their keyword ``analysis``), so that no reading
of a sentence is made twice: each tokeniser runs once, and the entities run once with
no span taken (speech reads names in them) and again only when the spans of the times
and numbers block a token. Each function still reads a text alone when given none.

The tokens differ by reader, as the readers read different units (the regexes are in
``entities.reading``, ``speech.sentence`` and ``polarity.verbs``):

entity_tokens    ``entities.reading.Token``: an initialism one token ("U.S."), the
                 possessive "'s" on its word and set apart in ``core``
speech_tokens    ``text.tokens.Token``: a hyphen joins a word ("pro-Russian"), the
                 lowercase form with straight apostrophes
polarity_tokens  ``text.tokens.Token``: a hyphen splits a word, a trailing apostrophe
                 stays on it ("protesters'"); lowercase as speech's
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Detail
from ..text.tokens import Token
from .entities.finder import entities_of
from .entities.reading import Token as EntityToken
from .entities.reading import tokenise as entity_tokenise
from .polarity.verbs import tokenise as polarity_tokenise
from .speech.sentence import tokenise as speech_tokenise

__all__ = ["SentenceAnalysis", "analyse"]


@dataclass(frozen=True, slots=True)
class SentenceAnalysis:
    """One sentence as every extractor reads it, no span taken (no token blocked)."""

    text: str
    entity_tokens: tuple[EntityToken, ...]
    # find_entities(text): the names speech reads its sources from
    entities: tuple[Detail, ...]
    speech_tokens: tuple[Token, ...]
    polarity_tokens: tuple[Token, ...]

    def of(self, text: str) -> SentenceAnalysis:
        """Return this analysis, checked to be of ``text``: a reader given the analysis of
        another sentence would read the wrong words."""
        if text != self.text:
            raise ValueError(f"analysis of another text: {self.text!r}, not {text!r}")
        return self


def analyse(text: str) -> SentenceAnalysis:
    """Return the analysis of one sentence: each tokeniser run once, its entities read once.

    >>> read = analyse("Putin’s U.S. trip")
    >>> [t.core for t in read.entity_tokens], [t.low for t in read.speech_tokens]
    (['Putin', 'U.S.', 'trip'], ["putin's", 'u', '.', 's', '.', 'trip'])
    >>> [(d.kind.value, d.value) for d in read.entities]
    [('person', 'Putin'), ('place', 'United States')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    entity_tokens = entity_tokenise(text, ())
    return SentenceAnalysis(
        text=text,
        entity_tokens=tuple(entity_tokens),
        entities=tuple(entities_of(text, entity_tokens)),
        speech_tokens=tuple(speech_tokenise(text)),
        polarity_tokens=tuple(polarity_tokenise(text)),
    )
