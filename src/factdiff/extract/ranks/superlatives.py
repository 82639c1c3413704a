"""Superlatives: "the most punctual", "Europe's busiest", "the fastest-growing" as rank 1.

superlative_at(text, tokens, index)  -> the rank 1 a superlative without an ordinal gives
superlative_words(tokens, index)     -> the superlative at a token, as what it ranks

A superlative without an ordinal is rank 1 only after "the" or a possessive ("the",
"its", "India's", "states'") and before a noun or one of "in", "of", "among", "by",
"since", "ever", "on": "the largest." at the end of a clause, "one of the largest",
"among Europe's busiest", "the latest", "to the best of my knowledge" and "the most
votes" (no adjective) are no ranks. "Longest-ever" is read as "longest": "ever" says
no more than the superlative does.
"""

from __future__ import annotations

from ...models import Detail
from ...text.lexicon import in_order, words
from ...text.tokens import Token
from ..numerals import NUMBER_WORDS, STOP_WORDS, determiner_start, free, glued
from .details import RANK_SYNONYMS, rank_detail, rank_total

# Words ending in "-est" that are not superlatives.
_NOT_SUPERLATIVES = words("numbers-not-superlatives")
# Adjectives without a telling ending that "most" and "least" turn into superlatives.
_PLAIN_ADJECTIVES = words("numbers-plain-adjectives")
_ADJECTIVE_ENDINGS = in_order("numbers-adjective-endings")
# What may follow a superlative that has no ordinal, besides a noun: "the most punctual
# in Europe", "the largest of the 27", "the highest since 2008", "the longest ever".
_AFTER_SUPERLATIVE = words("numbers-after-superlative")
# Words before "the"/a possessive that make a superlative one of several: "one of the
# largest", "among Europe's busiest".
_NOT_FIRST = words("numbers-not-first")


def superlative_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the rank 1 a superlative without an ordinal gives ("the most punctual").

    The superlative needs "the" or a possessive before it, not after "of"/"among" ("one
    of the largest" is no rank), and a noun or one of _AFTER_SUPERLATIVE after it.
    """
    read = superlative_words(tokens, index)
    if read is None:
        return None
    about, end = read
    start = determiner_start(tokens, index)
    if start is None or (start > 0 and tokens[start - 1].low in _NOT_FIRST):
        return None
    if not (free(tokens, end) and tokens[end].is_word):
        return None
    after = tokens[end].low
    if after in NUMBER_WORDS or (after in STOP_WORDS and after not in _AFTER_SUPERLATIVE):
        return None
    if after == "of" and about in ("best", "worst"):
        return None  # "to the best of my knowledge"
    unit, end = rank_total(tokens, end)
    return rank_detail(text, tokens, index, end, 1, about, unit), end


def superlative_words(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """Return the superlative at ``index``, as what it ranks, and the index after it.

    "most"/"least" and an adjective ("most punctual"); a word in "-est" ("largest",
    "busiest") or "best"/"worst", with a hyphened word kept ("fastest-growing") but
    "-ever" dropped ("longest-ever" ranks "longest"); "highest-ranking" ranks "ranking".
    """
    if not free(tokens, index) or not tokens[index].is_word:
        return None
    token = tokens[index]
    if token.text != token.low:
        return None  # "Budapest", "the West"
    word = token.low
    if word in ("most", "least"):
        at = index + 1
        if free(tokens, at + 1) and tokens[at].text == "-" and glued(tokens, index, at + 1):
            at += 1  # "most-watched"
        if free(tokens, at) and _adjective(tokens[at]):
            return f"{word} {tokens[at].low}", at + 1
        return None
    hyphen = free(tokens, index + 2) and tokens[index + 1].text == "-"
    hyphen = hyphen and glued(tokens, index, index + 2) and tokens[index + 2].is_word
    if word == "top" and hyphen and tokens[index + 2].low in ("ranked", "ranking"):
        return "ranking", index + 3  # "top-ranked"
    if not _is_superlative(word):
        return None
    end = index + 1
    if hyphen:
        suffix = tokens[index + 2].low
        if suffix in ("ranking", "ranked"):
            word = "ranking"
        elif suffix != "ever":
            word = f"{word}-{suffix}"
        end = index + 3
    return RANK_SYNONYMS.get(word, word), end


def _is_superlative(word: str) -> bool:
    """Return whether a lowercase word is a superlative adjective.

    >>> [_is_superlative(w) for w in ("largest", "busiest", "best", "latest", "interest")]
    [True, True, True, False, False]
    """
    if word in ("best", "worst"):
        return True
    return len(word) >= 6 and word.endswith("est") and word not in _NOT_SUPERLATIVES


def _adjective(token: Token) -> bool:
    """Return whether a token looks like an adjective that "most" can grade ("populous")."""
    word = token.low
    if not token.is_word or token.text != word or word in STOP_WORDS or word in NUMBER_WORDS:
        return False
    if word in ("likely", "unlikely"):
        return False
    return word in _PLAIN_ADJECTIVES or (len(word) > 3 and word.endswith(_ADJECTIVE_ENDINGS))
