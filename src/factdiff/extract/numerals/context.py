"""The tokens around a number: how a sentence is split, and what touches or owns a number.

glued(tokens, a, b)                 -> whether tokens touch, with no space between them
free(tokens, index)                 -> whether a token may still be read (not taken)
is_model_number(tokens, index)      -> whether digits are part of a name or time ("F-16")
possessive_before(tokens, index)    -> whether a possessive ends before a token ("its")
determiner_start(tokens, index)     -> where "the" or a possessive before a token starts

and TOKEN_RE, the pattern a sentence is split into tokens with; NUMERIC_RE, digits and
the letters glued to them; the word lists STOP_WORDS, DETERMINERS, POSSESSIVE_PRONOUNS
and NOT_COUNTING (text/lists/numbers-*.txt).
"""

from __future__ import annotations

import re

from ...text.lexicon import words
from ...text.tokens import Token

# The tokens of a sentence: a number with letters glued to it ("4bn", "21st"), a word, a mark.
TOKEN_RE = re.compile(r"\d[\d,.]*\d[^\W\d_]*|\d[^\W\d_]*|[^\W\d_]+|\S")
NUMERIC_RE = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([^\W\d_]*)")
POSSESSIVE_PRONOUNS = words("numbers-possessive-pronouns")
# Words that end the noun phrase after a number: function words, auxiliaries, adverbs.
STOP_WORDS = words("numbers-stop-words")
DETERMINERS = words("numbers-determiners")
# Words before "one" that make it a pronoun.
NOT_COUNTING = words("numbers-not-counting")


def glued(tokens: list[Token], a: int, b: int) -> bool:
    """Return whether tokens ``a`` to ``b`` touch each other, with no space between them."""
    if not (0 <= a < b < len(tokens)):
        return False
    return all(tokens[i].end == tokens[i + 1].start for i in range(a, b))


def free(tokens: list[Token], index: int) -> bool:
    """Return whether ``index`` is a token that may still be read."""
    return 0 <= index < len(tokens) and not tokens[index].blocked


def is_model_number(tokens: list[Token], index: int) -> bool:
    """Return whether the digits at ``index`` are part of a name, a time or a footnote."""
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and glued(tokens, index - 1, index):
        if before.text[0].isalnum():  # "G7"
            return True
        if before.text == "-" and glued(tokens, index - 2, index - 1):  # "F-16", "Su-25"
            return True
        if before.text in (":", "/", "#", "."):
            return True
    if after is not None and after.text in (":", "/") and glued(tokens, index, index + 2):
        return True  # "10:30", "24/7"
    return before is not None and before.text == "[" and after is not None and after.text == "]"


def possessive_before(tokens: list[Token], index: int) -> bool:
    """Return whether a possessive ends just before ``index``: "its", "the team's", "states'"."""
    if index < 1 or not free(tokens, index - 1):
        return False
    before = tokens[index - 1]
    if before.low in POSSESSIVE_PRONOUNS and before.is_word:
        return True
    if before.low == "s" and index >= 3 and tokens[index - 2].text in ("'", "’"):
        return glued(tokens, index - 3, index - 1)
    if before.text in ("'", "’") and index >= 2 and tokens[index - 2].low.endswith("s"):
        return glued(tokens, index - 2, index - 1)
    return False


def determiner_start(tokens: list[Token], index: int) -> int | None:
    """Return where "the" or a possessive before ``index`` starts ("the EU's"), or None."""
    if index < 1 or not free(tokens, index - 1):
        return None
    if tokens[index - 1].low == "the" or tokens[index - 1].low in POSSESSIVE_PRONOUNS:
        return index - 1
    if not possessive_before(tokens, index):
        return None
    start = index - 3 if tokens[index - 1].low == "s" else index - 2  # the owner's last word
    for _ in range(2):
        before = start - 1
        if before < 0 or not tokens[before].is_word or tokens[before].low in STOP_WORDS:
            break
        start = before
    if start > 0 and tokens[start - 1].low == "the":
        start -= 1
    return start
