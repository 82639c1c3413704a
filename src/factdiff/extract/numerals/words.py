"""Number words and their values: reading a number written in words or digits.

parse_number(words)   -> the value of a number written in words or digits, or None
parse_pieces(pieces)  -> the same for a number already split into lowercase pieces
digits_value(digits)  -> the value of digits ("1,200"), None past MAX_DIGITS
plain(value)          -> a value as an int when whole, else as a float

and the tables of number words: UNITS, TEENS, TENS, SCALES, FRACTIONS, ORDINALS,
ORDINAL_FRACTIONS, NUMBER_WORDS, AFTER_ARTICLE (text/lists/numbers-*.txt).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction

from ...text import lexicon
from ...text.lexicon import counts, word_runs

UNITS = counts("numbers-digit-words")
TEENS = counts("numbers-teen-words")
TENS = counts("numbers-tens-words")
SCALES = counts("numbers-scales")
# Denominators of fractions: "a quarter", "three quarters", "two thirds", "a fifth".
FRACTIONS = counts("numbers-fractions")
# Denominators that are ordinals too: "a third" is a fraction only as a share ("a third
# of", "by a third"), never in "a third term".
ORDINAL_FRACTIONS = lexicon.words("numbers-ordinal-fractions")
ORDINALS = counts("numbers-ordinals")
NUMBER_WORDS = lexicon.words("numbers-large-number-words").union(UNITS, TEENS, TENS, FRACTIONS)
# Word numbers that may follow "a"/"an" ("a dozen", "a half").
AFTER_ARTICLE = lexicon.words("numbers-after-article")
# The most digits a number may be written with. No report gives a figure of more; read,
# one of 400 digits overflows a float and one of 5,000 cannot even be written out (Python
# turns no int of more than 4,300 digits into text), so longer runs of digits are no number.
MAX_DIGITS = 100

_WORD_PIECE_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+|[^\s-]")
_DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# "and a half" or "and a quarter" after a number, and what a part after a scale is a part
# of: "a million and a half" is 1,500,000, "a dozen and a half" 18.
_AND_A_PART = tuple(list(part) for part in word_runs("numbers-and-a-part"))
_PART_OF = {**SCALES, "dozen": 12}


def parse_number(words: str) -> float | int | None:
    """Return the value of a number in words or digits, or None if it is not one.

    >>> parse_number("three and a half")
    3.5
    >>> parse_number("twenty-five"), parse_number("two hundred and forty")
    (25, 240)
    >>> parse_number("1,200"), parse_number("1.2 million"), parse_number("$4bn")
    (1200, 1200000, None)
    >>> parse_number("a dozen"), parse_number("half a dozen"), parse_number("a quarter")
    (12, 6, 0.25)
    >>> parse_number("two and a half million"), parse_number("a million and a half")
    (2500000, 1500000)
    >>> parse_number("ten"), parse_number("4bn"), parse_number("two thirds")
    (10, 4000000000, 0.6666666666666666)
    >>> parse_number("warplanes"), parse_number("two three"), parse_number("")
    (None, None, None)
    """
    if not isinstance(words, str):
        raise TypeError(f"words must be a string: {words!r}")
    pieces = [p.lower() for p in _WORD_PIECE_RE.findall(words)]
    value = parse_pieces(pieces)
    return None if value is None else plain(value)


def digits_value(digits: str) -> Fraction | None:
    """Return the value of a number in digits, or None if it has more than MAX_DIGITS digits.

    >>> digits_value("1,200"), digits_value("3.5"), digits_value("9" * 101)
    (Fraction(1200, 1), Fraction(7, 2), None)
    """
    if sum(map(str.isdecimal, digits)) > MAX_DIGITS:
        return None
    return Fraction(Decimal(digits.replace(",", "")))


def plain(value: Fraction) -> int | float:
    """Return ``value`` as an int when whole, else as a float."""
    return int(value) if value.denominator == 1 else float(value)


def parse_pieces(pieces: list[str]) -> Fraction | None:
    """Return the value of a number split into lowercase pieces, or None."""
    if not pieces:
        return None
    if len(pieces) >= 5 and pieces[-1] in SCALES and pieces[-4:-1] in _AND_A_PART:
        # "two and a half million": the scale multiplies all of "two and a half"
        part = parse_pieces(pieces[:-1])
        return None if part is None else part * SCALES[pieces[-1]]
    if len(pieces) >= 3 and pieces[-3:] in _AND_A_PART:
        whole = parse_pieces(pieces[:-3])
        if whole is None:
            return None
        # "a million and a half" is a half of the million, not of one
        size = _PART_OF.get(pieces[-4], 1)
        return whole + Fraction(size, FRACTIONS[pieces[-1]])
    if pieces[0] == "half":
        if len(pieces) == 1:
            return Fraction(1, 2)
        whole = parse_pieces(pieces[1:])
        return None if whole is None else whole / 2
    if pieces[-1] in FRACTIONS:
        if len(pieces) == 1 and pieces[0] not in ("half", "quarter"):
            return None
        article = len(pieces) == 1 or pieces[:-1] in (["a"], ["an"])
        numerator = Fraction(1) if article else parse_pieces(pieces[:-1])
        if numerator is None or numerator.denominator != 1:
            return None
        if numerator >= FRACTIONS[pieces[-1]]:
            return None  # "twenty fifth" is an ordinal, not four
        return numerator / FRACTIONS[pieces[-1]]
    if pieces[0] in ("a", "an"):
        if len(pieces) == 1 or pieces[1] not in AFTER_ARTICLE:
            return None
        pieces = ["one", *pieces[1:]]
    return _parse_whole(pieces)


def _parse_whole(pieces: list[str]) -> Fraction | None:
    """Return the value of a whole number in words (and leading digits), or None."""
    total, current = Fraction(0), Fraction(0)
    last: str | None = None
    last_scale = math.inf
    for piece in pieces:
        if piece[0].isdecimal():
            if last is not None or not _DIGITS_RE.fullmatch(piece):
                return None
            if (value := digits_value(piece)) is None:
                return None
            current, last = value, "digit"
        elif piece in UNITS and last in (None, "tens", "hundred", "scale", "and"):
            current, last = current + UNITS[piece], "unit"
        elif piece in TEENS and last in (None, "hundred", "scale", "and"):
            current, last = current + TEENS[piece], "teen"
        elif piece in TENS and last in (None, "hundred", "scale", "and"):
            current, last = current + TENS[piece], "tens"
        elif piece == "hundred" and last in ("unit", "teen") and current < 100:
            current, last = current * 100, "hundred"
        elif piece == "dozen" and last in ("unit", "teen", "tens"):
            current, last = current * 12, "dozen"
        elif piece in SCALES and last in ("unit", "teen", "tens", "hundred", "digit", "dozen"):
            if SCALES[piece] >= last_scale:
                return None
            total, current, last = total + current * SCALES[piece], Fraction(0), "scale"
            last_scale = SCALES[piece]
        elif piece == "and" and last in ("hundred", "scale"):
            last = "and"
        else:
            return None
    if last in (None, "and"):
        return None
    return total + current
