"""Units and currencies: the names a quantity's unit is given, and the signs before a number.

currency_before(tokens, index)        -> whether a currency sign touches a number ("$4bn")
currency_start(tokens, index, floor)  -> where the currency sign of a number starts ("US$")

and the tables (text/lists/numbers-*.txt): TIME_UNITS (each time unit as written -> the
unit it counts), KNOWN_UNITS (words that are units by themselves), SYNONYMS (counted
nouns and unit spellings folded to one name: "warplane" -> "aircraft", "km" ->
"kilometre"; the list says why), CURRENCIES (sign -> unit), GLUED_UNITS (letters glued to
a number -> unit: "10km"), POINT_KINDS ("basis", "percentage") and LENGTHS (what
"square" makes an area of).
"""

from __future__ import annotations

from ...text.lexicon import forms, names, words
from ...text.tokens import Token
from .context import glued

TIME_UNITS = names("numbers-time-units")
# Words that are units by themselves: a head-noun scan stops at them.
KNOWN_UNITS = words("numbers-known-units").union(TIME_UNITS)
SYNONYMS = forms("numbers-synonyms")
# Words before "point" that say what kind of point it is ("25 basis points").
POINT_KINDS = words("numbers-point-kinds")
# Lengths that "square" before them turns into areas ("300 square miles").
LENGTHS = words("numbers-lengths")
CURRENCIES = names("numbers-currencies")
# Letters glued to a number: a scale ("4bn") or a unit ("10km").
GLUED_UNITS = names("numbers-glued-units")


def currency_before(tokens: list[Token], index: int) -> bool:
    """Return whether a currency sign touches the number at ``index``."""
    return index > 0 and tokens[index - 1].text in CURRENCIES and glued(tokens, index - 1, index)


def currency_start(tokens: list[Token], index: int, floor: int) -> int:
    """Return where the currency sign of the number at ``index`` starts ("US$"), or ``index``."""
    if not (currency_before(tokens, index) and index - 1 >= floor):
        return index
    us = index - 2 >= floor and tokens[index - 2].text == "US"
    return index - 2 if us and glued(tokens, index - 2, index - 1) else index - 1
