"""The words of a number and of what it counts, read by both quantities and ranks.

parse_number(words)                      -> the value of a number written in words or digits
digits_value(digits)                     -> the value of digits ("1,200"), None past MAX_DIGITS
number_at(tokens, index, limit=)         -> a number at a token: value, index after, glued unit
digits_at(tokens, index, after_dash=)    -> the same for a number in digits ("4bn", "10km")
words_at(tokens, index, limit=)          -> the same for a number in words ("a dozen")
head_noun(tokens, index, value)          -> the unit the noun after a number counts, and its end
qualifier_before(tokens, index, floor)   -> the qualifier before a number ("nearly") and its start
share_at(tokens, index, end)             -> whether a fraction is a share of a whole ("a third of")
before_article_noun(tokens, index)       -> whether "a"/"an" and a noun come next ("half a point")
currency_before(tokens, index)           -> whether a currency sign touches a number ("$4bn")
currency_start(tokens, index, floor)     -> where the currency sign of a number starts ("US$")
is_model_number(tokens, index)           -> whether digits are part of a name or time ("F-16")
possessive_before(tokens, index)         -> whether a possessive ends before a token ("its")
determiner_start(tokens, index)          -> where "the" or a possessive before a token starts
free(tokens, index)                      -> whether a token may still be read (not taken)
glued(tokens, a, b)                      -> whether tokens touch, with no space between them
plain(value)                             -> a value as int or float

and the tables both read: number words (UNITS, TEENS, TENS, SCALES, FRACTIONS, ORDINALS,
NUMBER_WORDS), units (TIME_UNITS, KNOWN_UNITS, SYNONYMS, CURRENCIES, GLUED_UNITS),
QUALIFIERS, STOP_WORDS, DETERMINERS, POSSESSIVE_PRONOUNS, and TOKEN_RE, the pattern a
sentence is split into tokens with. What a quantity's unit and qualifier mean is told in
the numbers package; what a rank reads, in the ranks package.

The modules, one job each:

words.py       number words and their values; parse_number
context.py     the tokens around a number: touching, taken, names, possessives, determiners
units.py       units and currencies: their names, and the signs before a number
qualifiers.py  the words before a number that make it an interval ("nearly")
head_nouns.py  the unit the noun phrase after a number counts
reading.py     a number at a token, in digits or words, and when a fraction is a share
tables.py      the word tables of text/lists/numbers-*.txt in the shapes above
"""

from __future__ import annotations

from .context import (
    DETERMINERS,
    NOT_COUNTING,
    NUMERIC_RE,
    POSSESSIVE_PRONOUNS,
    STOP_WORDS,
    TOKEN_RE,
    determiner_start,
    free,
    glued,
    is_model_number,
    possessive_before,
)
from .head_nouns import MAX_HEAD_WORDS, head_noun
from .qualifiers import QUALIFIERS, qualifier_before
from .reading import before_article_noun, digits_at, number_at, share_at, words_at
from .units import (
    CURRENCIES,
    GLUED_UNITS,
    KNOWN_UNITS,
    SYNONYMS,
    TIME_UNITS,
    currency_before,
    currency_start,
)
from .words import (
    FRACTIONS,
    MAX_DIGITS,
    NUMBER_WORDS,
    ORDINALS,
    SCALES,
    TEENS,
    TENS,
    UNITS,
    digits_value,
    parse_number,
    plain,
)

__all__ = [
    "CURRENCIES",
    "DETERMINERS",
    "FRACTIONS",
    "GLUED_UNITS",
    "KNOWN_UNITS",
    "MAX_DIGITS",
    "MAX_HEAD_WORDS",
    "NOT_COUNTING",
    "NUMBER_WORDS",
    "NUMERIC_RE",
    "ORDINALS",
    "POSSESSIVE_PRONOUNS",
    "QUALIFIERS",
    "SCALES",
    "STOP_WORDS",
    "SYNONYMS",
    "TEENS",
    "TENS",
    "TIME_UNITS",
    "TOKEN_RE",
    "UNITS",
    "before_article_noun",
    "currency_before",
    "currency_start",
    "determiner_start",
    "digits_at",
    "digits_value",
    "free",
    "glued",
    "head_noun",
    "is_model_number",
    "number_at",
    "parse_number",
    "plain",
    "possessive_before",
    "qualifier_before",
    "share_at",
    "words_at",
]
