"""What touches a number's ends: a dash to another number, or its being a year.

dash_number(tokens, index)      -> whether a dash at a token joins a number to digits after it
year_like(tokens, index, end)   -> whether a number is four digits that may be a year

and DASHES, the marks read as a dash ("-", "–").
"""

from __future__ import annotations

from ...text.tokens import Token
from ..numerals import free, glued

# The marks of a dash: a hyphen and an en dash.
DASHES = ("-", "–")
# Four-digit numbers in this range may be years ("2019-2022").
_YEARS = range(1800, 2101)


def dash_number(tokens: list[Token], index: int) -> bool:
    """Return whether a dash at ``index`` joins the number before it to digits after it."""
    if not (free(tokens, index + 1) and tokens[index].text in DASHES):
        return False
    return tokens[index + 1].text[0].isdecimal() and glued(tokens, index - 1, index + 1)


def year_like(tokens: list[Token], index: int, end: int) -> bool:
    """Return whether the number from ``index`` to ``end`` is four digits that may be a year."""
    text = tokens[index].text
    return end == index + 1 and len(text) == 4 and text.isdecimal() and int(text) in _YEARS
