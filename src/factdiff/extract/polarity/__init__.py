"""Polarity: what a sentence says did not happen, and how sure it is of what it says.

find_polarity(text, taken=, analysis=) -> the NEGATION and MODALITY details of a sentence
predicate_stem(word)                   -> the stem of a verb or noun ("joined" -> "join")
asserts(stem, value)                   -> whether a predicate asserts a positive one
                                          ("agreed" asserts "accept")
POSITIVE_GROUPS                        -> positive predicate -> the stems that assert it
contains_predicate(text, stem, negated=) -> whether a text states a predicate, negated or not
BE_FORMS, AUXILIARIES, MODALS          -> the forms of "be", all auxiliaries, the modals
Analysed                               -> what find_polarity reads of a sentence analysed once

One module for each job:

- ``negation``: "has not joined", "refused to suspend", "no one was injured", "denied
  that ..." (NEGATION details);
- ``opposites``: verbs that negate a positive predicate ("rejected" negates "accept",
  "voted against" negates "vote"), and ``asserts``;
- ``modality``: modals and hedges ("will", "could likely", "is expected to"; MODALITY
  details);
- ``verbs``: the tokens and verb groups all of them read ("has not officially joined");
- ``stems``: ``predicate_stem``, one stem for all of a verb's forms.

The words each reads are data: ``text/lists/polarity-*.txt``.

``taken`` holds spans of other details (names, dates, numbers): a negator or modal
word lying inside one is not read. Negations and modalities may overlap each other
and any other detail. ``analysis`` is the sentence read once for every extractor
(``extract.analysis``): its polarity tokens are used instead of tokenising again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ...models import Detail, Kind
from ...text.tokens import Token, reblocked
from .modality import modalities
from .negation import negations
from .opposites import POSITIVE_GROUPS, asserts
from .stems import predicate_stem
from .verbs import AUXILIARIES, BE_FORMS, MODALS, tokenise


class Analysed(Protocol):
    """What find_polarity reads of a sentence analysed once for every extractor
    (``extract.analysis.SentenceAnalysis``), named here rather than imported, for
    that module imports this one."""

    @property
    def polarity_tokens(self) -> tuple[Token, ...]: ...  # pragma: no cover

    def of(self, text: str) -> Analysed:
        """Return the analysis, checked to be of ``text``."""
        ...  # pragma: no cover


__all__ = [
    "AUXILIARIES",
    "BE_FORMS",
    "MODALS",
    "POSITIVE_GROUPS",
    "asserts",
    "contains_predicate",
    "find_polarity",
    "predicate_stem",
]


def find_polarity(
    text: str,
    *,
    taken: Sequence[tuple[int, int]] = (),
    analysis: Analysed | None = None,
) -> list[Detail]:
    """Return the negations and modalities of a sentence, sorted by start.

    >>> [(d.kind.value, d.text, d.value, d.qualifier)
    ...  for d in find_polarity("Belarus has not officially joined the war")]
    [('negation', 'has not officially joined', 'join', 'not')]
    >>> [(d.kind.value, d.text, d.value, d.about) for d in find_polarity("Putin will fly")]
    [('modality', 'will', 'certain', 'fly')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    if analysis is None:
        return _polarity(text, tokenise(text, taken))
    return _polarity(text, reblocked(analysis.of(text).polarity_tokens, taken))


def _polarity(text: str, words: list[Token]) -> list[Detail]:
    """Return the negations and modalities of a sentence tokenised, sorted by start."""
    details = negations(text, words) + modalities(text, words)
    return sorted(details, key=lambda d: (d.start, d.end, d.kind.value))


def contains_predicate(text: str, stem: str, *, negated: bool = False) -> bool:
    """Return whether ``text`` states the predicate ``stem`` un-negated (or negated, if asked).

    A word is negated when it lies in a negation's span, or is the verb a denial denies;
    a predicate an opposite verb contradicts is negated though not written ("rejected the
    plan" negates "accept").

    >>> contains_predicate("Belarus has joined the war", "join")
    True
    >>> contains_predicate("Belarus has not joined the war", "join")
    False
    >>> contains_predicate("Belarus has not joined the war", "joined", negated=True)
    True
    >>> contains_predicate("Israel rejected the proposal", "accept", negated=True)
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    wanted = predicate_stem(stem)
    words = tokenise(text)  # once, for the negations and the predicate both
    negation_details = [d for d in _polarity(text, words) if d.kind is Kind.NEGATION]
    if negated and any(d.value == wanted for d in negation_details):
        return True
    for word in words:
        if not word.is_word or predicate_stem(word.low) != wanted:
            continue
        is_negated = any(
            d.start <= word.start < d.end
            or (d.qualifier == "denied" and d.value == wanted and word.start >= d.end)
            for d in negation_details
        )
        if is_negated == negated:
            return True
    return False
