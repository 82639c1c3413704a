"""An ordinal time unit: the interval of a duration it runs through ("in its third week").

period_at(text, tokens, index)  -> the duration "in its third week" (2 to 3 weeks), or None

An ordinal time unit is the interval it runs through, qualifier "ordinal": "in its
third week" -> (2, 3) weeks, "as the war enters its tenth month" -> (9, 10) months, "in
the second year of the war" -> (1, 2) years ("the" needs "of the ..." after it: "in the
first week of March" is a date).
"""

from __future__ import annotations

from ...models import Detail
from ...text.lexicon import words
from ...text.tokens import Token
from ..numerals import POSSESSIVE_PRONOUNS, TIME_UNITS, free
from ..ranks import ordinal_at
from .details import detail

# Words that open an ordinal time unit: "in its third week", "as the war enters its
# tenth month".
_INTO_WORDS = words("numbers-into-words")
_ENTER_WORDS = words("numbers-enter-words")


def period_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the duration "in its third week" (2 to 3 weeks) at ``index``, qualifier "ordinal".

    "in"/"into" or a form of "enter", then a possessive, or "the" with "of the ..." after
    ("in the second year of the war"), then an ordinal and a time unit.
    """
    token = tokens[index]
    if not token.is_word or (token.low not in _INTO_WORDS and token.low not in _ENTER_WORDS):
        return None
    det = index + 1
    if not free(tokens, det + 1):
        return None
    determiner = tokens[det].low
    if determiner != "the" and determiner not in POSSESSIVE_PRONOUNS:
        return None
    ordinal = ordinal_at(tokens, det + 1)
    if ordinal is None:
        return None
    value, at, _ = ordinal
    if not (free(tokens, at) and tokens[at].is_word and tokens[at].low in TIME_UNITS):
        return None
    if free(tokens, at + 1) and tokens[at + 1].text == "-":
        return None  # "in its first year-long ..."
    if determiner == "the":
        follows = [t.low for t in tokens[at + 1 : at + 3] if not t.blocked]
        owners = {"the", "a", "an"} | POSSESSIVE_PRONOUNS
        if len(follows) < 2 or follows[0] != "of" or follows[1] not in owners:
            return None  # "in the first week of March" is a date
    start = index if token.low in _INTO_WORDS else det
    interval = (float(value - 1), float(value))
    return detail(text, tokens, start, at + 1, interval, tokens[at].low, "ordinal"), at + 1
