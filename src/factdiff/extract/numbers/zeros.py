"""Zero counts: "no casualties", "none of the passengers", "no one was hurt".

zero_at(text, tokens, index)  -> the zero count at a token and the index after it, or None

A zero count is a quantity 0 of its noun: "no"/"zero" right before a plural noun ("No
casualties were reported" -> 0 "casualty"), "none of the passengers" -> 0
"passenger", and "no one"/"nobody" before a verb that counts people ("no one was
hurt", "has been charged", "died") -> 0 "person", or 0 of what befell them ("no one was hurt" -> 0
"injured", "no one died" -> 0 "dead", as casualties.py names a toll). Not a count: "no longer", "no doubt"
(no plural), "no more than" (a qualifier), a noun of _NOT_COUNTED ("no plans", "no
results"), a plural followed by "that", "of", "to", "about", "whether" ("no signs
of"), and "no one knows".
"""

from __future__ import annotations

from fractions import Fraction

from ...models import Detail, Kind
from ...text.lexicon import words
from ...text.morphology import looks_plural
from ...text.tokens import Token
from ..numerals import (
    POSSESSIVE_PRONOUNS,
    STOP_WORDS,
    TIME_UNITS,
    free,
    head_noun,
)
from .casualties import casualty_after

# Nouns a zero count never counts: "no hints that", "no plans to", "no results".
_NOT_COUNTED = words("numbers-not-counted")
# Words after a plural that make "no" + plural a complement, not a count: "no signs of".
_NOT_COUNTED_AFTER = words("numbers-not-counted-after")
# Verbs that follow "no one"/"nobody" in a count of people ("no one was hurt").
_COUNTED_VERBS = words("numbers-counted-verbs")
_BE = words("numbers-be")
_HAVE = words("numbers-have")
_IRREGULAR_PARTICIPLES = words("numbers-irregular-participles")


def zero_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the zero count at ``index``: "no casualties", "none of the passengers", "no one".

    "no" needs a plural noun right after it that is counted (not "no hints that", "no
    plans to"); "no one" and "nobody" need a verb that counts people ("was hurt", "has
    been charged", "died"), so that "no one knows" is no count.
    """
    token = tokens[index]
    if not token.is_word:
        return None
    word = token.low
    if word == "nobody" or (
        word == "no" and free(tokens, index + 1) and tokens[index + 1].low == "one"
    ):
        end = index + 1 if word == "nobody" else index + 2
        if not _counts_people(tokens, end):
            return None
        befell = casualty_after(tokens, end)  # "no one was hurt": 0 injured
        unit = befell[0] if befell else "person"
        return _zero_detail(text, tokens, index, end, unit), end
    if word == "none":
        follows = [t.low for t in tokens[index + 1 : index + 3] if not t.blocked]
        if len(follows) < 2 or follows[0] != "of":
            return None
        if follows[1] not in ("the", "these", "those") and follows[1] not in POSSESSIVE_PRONOUNS:
            return None
        noun = index + 3
    elif word == "no":
        noun = index + 1
    else:
        return None
    if not (free(tokens, noun) and tokens[noun].is_word):
        return None  # "no-fly", "No. 2", "none of the 240 passengers"
    unit, end = head_noun(tokens, noun, Fraction(2))
    if unit is None or unit in TIME_UNITS or unit in _NOT_COUNTED:
        return None
    if not looks_plural(tokens[end - 1].low) or tokens[end - 1].low in _NOT_COUNTED:
        return None  # "no doubt", "no longer", "no news"
    if free(tokens, end) and tokens[end].low in _NOT_COUNTED_AFTER:
        return None  # "no signs of", "no hints that"
    return _zero_detail(text, tokens, index, end, unit), end


def _zero_detail(text: str, tokens: list[Token], start: int, end: int, unit: str) -> Detail:
    """Return the quantity 0 of ``unit`` over tokens ``start`` to ``end``."""
    span_start, span_end = tokens[start].start, tokens[end - 1].end
    return Detail(Kind.QUANTITY, text[span_start:span_end], span_start, span_end, 0, unit)


def _counts_people(tokens: list[Token], index: int) -> bool:
    """Return whether the verb at ``index`` counts people: "was hurt", "has been charged"."""
    if not (free(tokens, index) and tokens[index].is_word):
        return False
    word = tokens[index].low
    if word in _COUNTED_VERBS:
        return True
    if word in _BE:
        at = index + 1
    elif word in _HAVE and free(tokens, index + 1) and tokens[index + 1].low == "been":
        at = index + 2
    else:
        return False
    if free(tokens, at) and tokens[at].low.endswith("ly"):
        at += 1  # "was seriously hurt"
    if not (free(tokens, at) and tokens[at].is_word) or tokens[at].low in STOP_WORDS:
        return False
    participle = tokens[at].low
    return participle in _IRREGULAR_PARTICIPLES or (
        len(participle) > 4 and participle.endswith("ed")
    )
