"""Fractions and parts of a whole: "a third of the 2,400 homes", "half a percentage point".

fraction_of(tokens, index, end, value)  -> the unit, end, value of a fraction, and whether a share
counted_whole(tokens, index)            -> the value and unit of a counted whole ("the 2,400 homes")
unit_of_whole(tokens, index)            -> what a part counts when a whole follows ("25 of the 240")

A fraction (half, quarter, third, fifth, tenth) that is a share of a counted whole (a
number of a plural noun or of money after "the", a possessive or nothing) counts what
the whole counts: share x whole, rounded to 2 decimals, qualifiers applied, spanning the
share's words only, the whole being a quantity of its own: "A third of the 2,400 homes"
-> 800 "home", "Half of the town's 12,000 residents" -> 6,000 "person", "roughly a third
of the 2,400 homes" -> (720, 880) "about", "half of the $4bn" -> 2e9 "dollar". A share
of any other whole is a percentage, rounded to 2 decimals, qualifiers applied: "a
quarter of the city's buses" -> 25 "percent", "two thirds of voters" -> 66.67, "half the
buses" -> 50, "half of its 2020 profits" (a year, no count) -> 50, "rise by roughly a
third" -> (30.0, 36.67) "about". (A percentage of a counted whole, "30% of the 2,400
homes", stays a percentage.) A share is followed by "of" (not after "the first", "the
other", "the last"...: "the first half of the year" is no quantity), or sizes a change
after "by" with no noun after it ("by a third party" is no share). A fraction of
"a"/"an" something is a part of that unit: "half a percentage point" -> 0.5 "percentage
point", "a quarter of a century" -> 0.25 century, "a quarter of a million people" ->
250,000 "person". "A third", "a fifth" are read only as shares ("a third term" is no
quantity).
"""

from __future__ import annotations

from fractions import Fraction

from ...text.lexicon import counts
from ...text.morphology import looks_plural
from ...text.tokens import Token
from ..numerals import (
    CURRENCIES,
    NUMBER_WORDS,
    before_article_noun,
    currency_before,
    determiner_start,
    free,
    head_noun,
    number_at,
    share_at,
)
from .edges import year_like

# Scales that may follow "a quarter of a" / "half a": "a quarter of a million".
_SCALE_WORDS = counts("numbers-scale-sizes")
# How many tokens may come between "of" and the number of a counted whole: "of the
# European Union's 27 member states".
_WHOLE_WINDOW = 8


def fraction_of(
    tokens: list[Token], index: int, end: int, value: Fraction
) -> tuple[str | None, int, Fraction, bool]:
    """Return the unit, end, value and whether it is a share, of the fraction ``index:end``.

    A fraction of "a"/"an" something is a part of that unit ("half a percentage point",
    "a quarter of a million people"); a share of a counted whole counts what the whole
    counts ("a third of the 2,400 homes" -> 800 "home"); a share of any other whole is a
    percentage ("a quarter of the buses" -> 25); else the fraction counts the noun after it.
    """
    if free(tokens, end + 1) and tokens[end].low == "of" and tokens[end + 1].low in ("a", "an"):
        at = end + 2  # "a quarter of a percentage point"
    elif before_article_noun(tokens, end):
        at = end + 1  # "half a percentage point", "half an hour"
    elif share_at(tokens, index, end):
        of = free(tokens, end) and tokens[end].low == "of"
        whole = counted_whole(tokens, end + 1 if of else end)
        if whole is not None:  # "a third of the 2,400 homes": 800 homes
            return whole[1], end, value * whole[0], True
        return "percent", end, value * 100, True
    else:
        unit, after = head_noun(tokens, end, value)
        return unit, after, value, False
    if free(tokens, at) and tokens[at].low in _SCALE_WORDS:
        value, at = value * _SCALE_WORDS[tokens[at].low], at + 1  # "a quarter of a million"
    unit, after = head_noun(tokens, at, value)
    return (unit, after, value, False) if unit else (None, end, value, False)


def counted_whole(tokens: list[Token], index: int) -> tuple[Fraction, str] | None:
    """Return the value and unit of the counted whole at ``index``, or None.

    A whole is a number after "the", a possessive ("its", "the town's") or nothing,
    counting a plural noun or money: "the 2,400 homes", "the town's 12,000 residents",
    "its 800 staff", "the $4bn". Not a year ("its 2020 profits"), nor a percentage.

    >>> from factdiff.extract.numerals import TOKEN_RE
    >>> from factdiff.text.tokens import tokenise
    >>> def whole(words):
    ...     return counted_whole(tokenise(TOKEN_RE, words), 0)
    >>> whole("the town's 12,000 residents"), whole("its 800 staff"), whole("the $4bn")
    ((Fraction(12000, 1), 'person'), (Fraction(800, 1), 'job'), (Fraction(4000000000, 1), 'dollar'))
    >>> whole("its 2020 profits"), whole("the 2,000"), whole("the 40%"), whole("the buses")
    (None, None, None, None)
    """
    at = index
    while at < min(index + _WHOLE_WINDOW, len(tokens)):
        token = tokens[at]
        if not free(tokens, at):
            return None
        if token.text[0].isdecimal() or token.low in NUMBER_WORDS or token.text in CURRENCIES:
            break
        if not token.is_word and token.text not in ("'", "’"):
            return None
        at += 1
    else:
        return None
    if at > index and determiner_start(tokens, at) != index:
        return None  # "of the nearly 2,000 homes", "of them, 200"
    currency = None
    if tokens[at].text in CURRENCIES and currency_before(tokens, at + 1):
        currency, at = CURRENCIES[tokens[at].text], at + 1
    if not free(tokens, at) or year_like(tokens, at, at + 1):
        return None
    number = number_at(tokens, at)
    if number is None or number[0] <= 0:
        return None
    value, end, unit = number
    if currency is None and unit is None:
        unit, after = head_noun(tokens, end, value)
        if unit is None or not looks_plural(tokens[after - 1].low):
            return None  # "half of the 2,000" counts nothing said
    unit = currency or unit
    return (value, unit) if unit != "percent" else None


def unit_of_whole(tokens: list[Token], index: int) -> str | None:
    """Return what a part counts when a whole follows it: "25 of the 240 passengers".

    The part keeps its own span; only its unit is borrowed from the whole (see
    counted_whole: "25 of the town's 12,000 residents" counts people).
    """
    if free(tokens, index) and tokens[index].low == "of":
        whole = counted_whole(tokens, index + 1)
        return None if whole is None else whole[1]
    return None
