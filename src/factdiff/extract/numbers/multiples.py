"""Vague multiples: "dozens of people", "tens of thousands", read as intervals.

vague_at(text, tokens, index)  -> the vague multiple at a token and the index after it, or None

=====================================================  ============  ===========
words                                                  qualifier     interval
=====================================================  ============  ===========
tens of X                                              "tens"        (20, 100)
dozens of X                                            "dozens"      (24, 100)
scores of X                                            "scores"      (40, 200)
hundreds of X                                          "hundreds"    (200, 1000)
thousands of X                                         "thousands"   (2e3, 1e4)
millions of X                                          "millions"    (2e6, 1e7)
billions of X                                          "billions"    (2e9, 1e10)
tens of thousands (of X): a multiple of a larger one   "tens of      (2e4, 1e5)
(hundreds of thousands, tens of millions...)           thousands"
=====================================================  ============  ===========

A multiple alone counts only before a word of what befell people: "Dozens killed" is 24
to 100 "dead" (see casualties.py).
"""

from __future__ import annotations

from fractions import Fraction

from ...models import Detail
from ...text.lexicon import table, words
from ...text.tokens import Token
from ..numerals import DETERMINERS, NUMBER_WORDS, free, head_noun
from .casualties import casualty_after, victim_unit
from .details import detail

# Vague multiples and the interval each gives ("dozens of people" -> (24, 100): past 100 a
# reporter says "more than a hundred"); one "of" a larger plural scale multiplies it
# ("tens of thousands" -> (20000, 100000)) by its size.
_MULTIPLES = table("numbers-vague-multiples")
VAGUE_MULTIPLES = {word: (int(low), int(high)) for word, (_, low, high) in _MULTIPLES.items()}
_MULTIPLE_SIZES = {word: int(size) for word, (size, _, _) in _MULTIPLES.items()}
_PLURAL_SCALES = words("numbers-plural-scales")


def vague_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the vague multiple ("dozens of people", "tens of thousands") at ``index``."""
    token = tokens[index]
    if not token.is_word or token.low not in VAGUE_MULTIPLES:
        return None
    if token.low == "scores" and index > 0 and tokens[index - 1].low in DETERMINERS:
        return None  # "their scores of"
    low, high = VAGUE_MULTIPLES[token.low]
    phrase, end = [token.low], index + 1
    if free(tokens, end + 1) and tokens[end].low == "of" and tokens[end + 1].low in _PLURAL_SCALES:
        scale = _MULTIPLE_SIZES[tokens[end + 1].low]
        if scale > _MULTIPLE_SIZES[token.low]:  # "tens of thousands"
            low, high = low * scale, high * scale
            phrase, end = [*phrase, "of", tokens[end + 1].low], end + 2
    unit, after = None, end
    counted = free(tokens, end + 1) and tokens[end].low == "of" and tokens[end + 1].is_word
    if counted and tokens[end + 1].low not in NUMBER_WORDS:
        unit, after = head_noun(tokens, end + 1, Fraction(2))
        after = end if unit is None else after
        unit, after = victim_unit(tokens, index, after, unit)  # "dozens of people were hurt"
    elif (befell := casualty_after(tokens, end)) is not None:
        unit, after = befell  # "Dozens killed", "Hundreds dead or injured"
    elif len(phrase) == 1:
        return None  # "hundreds" alone, "scores of 50"
    interval = (float(low), float(high))
    return detail(text, tokens, index, after, interval, unit, " ".join(phrase)), after
