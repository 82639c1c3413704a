"""Numbers in running text: quantities, durations and ranks.

parse_number(words)          -> the value of a number written in words or digits
find_numbers(text, taken=)   -> the quantity, duration and rank details of a text
singular(noun)               -> the singular of an English noun, for units

A quantity's unit is the singular, lowercase head noun of what is counted
("three Russian warplanes" -> "warplane"); a duration is a quantity counted in a
time unit (year, month, week, day, hour, minute, decade).

A qualifier turns the value X into an interval ``(low, high)``:

=====================================================  ============  ===========
words before the number                                qualifier     interval
=====================================================  ============  ===========
nearly, almost                                         "nearly"      (0.9X, X)
about, around, roughly, approximately, some, circa,    "about"       (0.9X, 1.1X)
an estimated
at least                                               "at least"    (X, inf)
more than, over, above, upwards of                     "more than"   (X, inf)
up to, as many as, as much as, at most, no more than   "up to"       (0, X)
fewer than, less than, under, below                    "less than"   (0, X)
=====================================================  ============  ===========

Digit ordinals ("52nd") are always ranks; word ordinals ("third", "third-largest")
only after a ranking verb (ranks, ranked, placed, came, finished) or before
"among N" / "of N" / "out of N", which becomes the rank's unit ("of 142").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..models import Detail, Kind
from .spans import tokens

__all__ = ["find_numbers", "parse_number", "singular"]


def _words(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in ``text``."""
    return frozenset(text.split())


UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12,
}  # fmt: skip
# Denominators of fractions: "a quarter", "three quarters", "two thirds".
FRACTIONS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "thirds": 3}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
TIME_UNITS = {
    "year": "year", "yr": "year", "month": "month", "week": "week", "wk": "week",
    "day": "day", "hour": "hour", "hr": "hour", "minute": "minute", "min": "minute",
    "decade": "decade",
}  # fmt: skip
# Words that are units by themselves: a head-noun scan stops at them.
KNOWN_UNITS = {
    "percent", "mile", "kilometre", "kilometer", "km", "metre", "meter", "kilogram", "kg",
    "tonne", "ton", "pound", "dollar", "euro", "rouble", "ruble", "person", "people",
} | set(TIME_UNITS)  # fmt: skip
CURRENCIES = {"$": "dollar", "£": "pound", "€": "euro", "¥": "yen", "₽": "rouble", "₴": "hryvnia"}
# Letters glued to a number: a scale ("4bn") or a unit ("10km").
GLUED_UNITS = {"km": "kilometre", "kg": "kilogram", "cm": "centimetre", "mm": "millimetre"}
IRREGULAR_PLURALS = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police",
    "personnel": "personnel", "staff": "staff", "data": "data", "media": "media",
    "criteria": "criterion", "series": "series", "species": "species", "news": "news",
    "lives": "life", "wives": "wife", "knives": "knife", "wolves": "wolf", "halves": "half",
    "thieves": "thief", "leaves": "leaf", "shelves": "shelf", "crises": "crisis",
    "analyses": "analysis", "theses": "thesis", "bases": "base", "cities": "city",
}  # fmt: skip
QUALIFIERS = {
    ("nearly",): "nearly", ("almost",): "nearly",
    ("about",): "about", ("around",): "about", ("roughly",): "about",
    ("approximately",): "about", ("some",): "about", ("circa",): "about",
    ("an", "estimated"): "about",
    ("at", "least"): "at least",
    ("more", "than"): "more than", ("over",): "more than", ("above",): "more than",
    ("upwards", "of"): "more than",
    ("up", "to"): "up to", ("as", "many", "as"): "up to", ("as", "much", "as"): "up to",
    ("at", "most"): "up to", ("no", "more", "than"): "up to",
    ("fewer", "than"): "less than", ("less", "than"): "less than",
    ("under",): "less than", ("below",): "less than",
}  # fmt: skip
RANK_VERBS = {
    "rank", "ranks", "ranked", "ranking", "placed", "place", "places", "came", "come", "comes",
    "finished", "finish", "finishes", "rated", "rates", "stood", "stands",
}  # fmt: skip
# Words that end the noun phrase after a number: function words, auxiliaries, adverbs.
STOP_WORDS = _words(
    """a an the this that these those of in on at to for from by with without within into
    onto over under about above below between among through during before after since until
    till against toward towards upon via per than as and or but nor so yet if then while
    when where which who whom whose what why how not no also already still just only even
    ago later earlier more most less least each every all both either neither some any many
    much few several other another such own same is are was were be been being am has have
    had having do does did will would shall should can could may might must said says told
    tells it its he she they we i you his her their our my your them us him me there here
    again once apiece alone ever never now too very almost nearly around roughly up down out
    off away back respectively altogether instead"""
)

_TOKEN_RE = re.compile(r"\d[\d,.]*\d[^\W\d_]*|\d[^\W\d_]*|[^\W\d_]+|\S")
_NUMERIC_RE = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([^\W\d_]*)")
_WORD_PIECE_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+|[^\s-]")
_DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_NUMBER_WORDS = frozenset(UNITS) | set(TEENS) | set(TENS) | set(FRACTIONS) | {
    "hundred", "thousand", "million", "billion", "trillion", "dozen"
}  # fmt: skip
# Word numbers that may follow "a"/"an" ("a dozen", "a half").
_AFTER_ARTICLE = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"}) | {
    "half", "quarter"
}  # fmt: skip
_MAX_NUMBER_TOKENS = 12
# Words before "one" that make it a pronoun.
_NOT_COUNTING = frozenset({"no", "any", "every", "some", "the", "this", "that", "which", "each"})
_MAX_HEAD_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Token:
    """A word, number or punctuation mark of the text, with its span."""

    text: str
    low: str
    start: int
    end: int
    blocked: bool

    @property
    def is_word(self) -> bool:
        """Return whether this token is made of letters."""
        return not self.blocked and self.text[0].isalpha()


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
    >>> parse_number("ten"), parse_number("4bn"), parse_number("two thirds")
    (10, 4000000000, 0.6666666666666666)
    >>> parse_number("warplanes"), parse_number("two three"), parse_number("")
    (None, None, None)
    """
    if not isinstance(words, str):
        raise TypeError(f"words must be a string: {words!r}")
    pieces = [p.lower() for p in _WORD_PIECE_RE.findall(words)]
    value = _parse_pieces(pieces)
    return None if value is None else _plain(value)


def singular(noun: str) -> str:
    """Return the singular of an English noun, lowercased.

    >>> [singular(w) for w in ("warplanes", "people", "countries", "miles", "crises", "bus")]
    ['warplane', 'person', 'country', 'mile', 'crisis', 'bus']
    """
    word = noun.lower()
    head, _, last = word.rpartition("-")
    prefix = f"{head}-" if head else ""
    if last in IRREGULAR_PLURALS:
        return prefix + IRREGULAR_PLURALS[last]
    if len(last) > 4 and last.endswith("ies"):
        return prefix + last[:-3] + "y"
    if last.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return prefix + last[:-2]
    if _looks_plural(last):
        return prefix + last[:-1]
    return prefix + last


def find_numbers(text: str, *, taken: Sequence[tuple[int, int]] = ()) -> list[Detail]:
    """Return the quantities, durations and ranks in ``text``, outside the ``taken`` spans.

    >>> [(d.kind.value, d.value, d.unit) for d in find_numbers("just 85 miles from Kyiv")]
    [('quantity', 85, 'mile')]
    >>> [(d.text, d.value, d.qualifier) for d in find_numbers("nearly 10 years")]
    [('nearly 10 years', (9.0, 10.0), 'nearly')]
    """
    tokens = _tokenise(text, taken)
    details: list[Detail] = []
    floor = 0  # tokens before this index already belong to a detail
    index = 0
    while index < len(tokens):
        found = _rank_at(text, tokens, index)
        ordinal = _ordinal_at(tokens, index) if found is None else None
        if ordinal is not None:
            index = ordinal[1]  # an ordinal outside a ranking: "his first visit"
            continue
        found = found or _quantity_at(text, tokens, index, floor)
        if found is None:
            index += 1
            continue
        detail, index = found
        details.append(detail)
        floor = index
    return details


def _tokenise(text: str, taken: Sequence[tuple[int, int]]) -> list[_Token]:
    """Return the tokens of ``text``, marking those inside a taken span as blocked."""
    return [
        _Token(match.group(), match.group().lower(), match.start(), match.end(), blocked)
        for match, blocked in tokens(_TOKEN_RE, text, taken)
    ]


def _parse_pieces(pieces: list[str]) -> Fraction | None:
    """Return the value of a number split into lowercase pieces, or None."""
    if not pieces:
        return None
    if len(pieces) >= 3 and pieces[-3:-1] == ["and", "a"] and pieces[-1] in ("half", "quarter"):
        whole = _parse_pieces(pieces[:-3])
        return None if whole is None else whole + Fraction(1, FRACTIONS[pieces[-1]])
    if pieces[0] == "half":
        if len(pieces) == 1:
            return Fraction(1, 2)
        whole = _parse_pieces(pieces[1:])
        return None if whole is None else whole / 2
    if pieces[-1] in FRACTIONS:
        if len(pieces) == 1 and pieces[0] not in ("half", "quarter"):
            return None
        article = len(pieces) == 1 or pieces[:-1] in (["a"], ["an"])
        numerator = Fraction(1) if article else _parse_pieces(pieces[:-1])
        if numerator is None or numerator.denominator != 1:
            return None
        return numerator / FRACTIONS[pieces[-1]]
    if pieces[0] in ("a", "an"):
        if len(pieces) == 1 or pieces[1] not in _AFTER_ARTICLE:
            return None
        pieces = ["one", *pieces[1:]]
    return _parse_whole(pieces)


def _parse_whole(pieces: list[str]) -> Fraction | None:
    """Return the value of a whole number in words (and leading digits), or None."""
    total, current = Fraction(0), Fraction(0)
    last: str | None = None
    last_scale = math.inf
    for piece in pieces:
        if piece[0].isdigit():
            if last is not None or not _DIGITS_RE.fullmatch(piece):
                return None
            current, last = Fraction(Decimal(piece.replace(",", ""))), "digit"
        elif piece in UNITS and last in (None, "tens", "hundred", "scale", "and"):
            current, last = current + UNITS[piece], "unit"
        elif piece in TEENS and last in (None, "hundred", "scale", "and"):
            current, last = current + TEENS[piece], "teen"
        elif piece in TENS and last in (None, "hundred", "scale", "and"):
            current, last = current + TENS[piece], "tens"
        elif piece == "hundred" and last in ("unit", "teen"):
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


def _plain(value: Fraction) -> int | float:
    """Return ``value`` as an int when whole, else as a float."""
    return int(value) if value.denominator == 1 else float(value)


def _looks_plural(word: str) -> bool:
    """Return whether a lowercase word looks like a regular plural noun."""
    if word in IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def _glued(tokens: list[_Token], a: int, b: int) -> bool:
    """Return whether tokens ``a`` to ``b`` touch each other, with no space between them."""
    if not (0 <= a < b < len(tokens)):
        return False
    return all(tokens[i].end == tokens[i + 1].start for i in range(a, b))


def _free(tokens: list[_Token], index: int) -> bool:
    """Return whether ``index`` is a token that may still be read."""
    return 0 <= index < len(tokens) and not tokens[index].blocked


def _is_model_number(tokens: list[_Token], index: int) -> bool:
    """Return whether the digits at ``index`` are part of a name, a time or a footnote."""
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and _glued(tokens, index - 1, index):
        if before.text[0].isalnum():  # "G7"
            return True
        if before.text == "-" and _glued(tokens, index - 2, index - 1):  # "F-16", "Su-25"
            return True
        if before.text in (":", "/", "#", "."):
            return True
    if after is not None and after.text in (":", "/") and _glued(tokens, index, index + 2):
        return True  # "10:30", "24/7"
    return before is not None and before.text == "[" and after is not None and after.text == "]"


def _number_at(tokens: list[_Token], index: int) -> tuple[Fraction, int, str | None] | None:
    """Return the value of the number starting at ``index``, the index after it, and a unit."""
    token = tokens[index]
    if token.blocked:
        return None
    if token.text[0].isdigit():
        return _digits_at(tokens, index)
    return _words_at(tokens, index)


def _digits_at(tokens: list[_Token], index: int) -> tuple[Fraction, int, str | None] | None:
    """Return the value of a number in digits at ``index`` (with a scale word), or None."""
    match = _NUMERIC_RE.fullmatch(tokens[index].text)
    if match is None or _is_model_number(tokens, index):
        return None
    value = Fraction(Decimal(match.group(1).replace(",", "")))
    suffix = match.group(2).lower()
    unit = None
    if suffix in GLUED_UNITS:
        unit = GLUED_UNITS[suffix]
    elif suffix in SCALES and (suffix != "m" or _currency_before(tokens, index)):
        value *= SCALES[suffix]
    elif suffix:
        return None
    end = index + 1
    if not suffix and _free(tokens, end) and tokens[end].low in SCALES:
        scale = tokens[end].low
        if scale not in ("k", "m") or _currency_before(tokens, index):
            value *= SCALES[scale]
            end += 1
    return value, end, unit


def _words_at(tokens: list[_Token], index: int) -> tuple[Fraction, int, str | None] | None:
    """Return the value of a number in words at ``index``, or None."""
    first = tokens[index].low
    half_a = first == "half" and _free(tokens, index + 2) and tokens[index + 1].low in ("a", "an")
    if half_a and tokens[index + 2].low in TIME_UNITS:
        return Fraction(1, 2), index + 1, None  # "half an hour"
    if first in ("a", "an"):
        if not (_free(tokens, index + 1) and tokens[index + 1].low in _AFTER_ARTICLE):
            return None
    elif first not in _NUMBER_WORDS:
        return None
    stop = index
    while stop < len(tokens) and stop - index < _MAX_NUMBER_TOKENS and _free(tokens, stop):
        low = tokens[stop].low
        if low == "-":
            if not (_glued(tokens, stop - 1, stop) and _glued(tokens, stop, stop + 1)):
                break
        elif low not in _NUMBER_WORDS and low not in ("and", "a", "an"):
            break
        stop += 1
    for end in range(stop, index, -1):
        if tokens[end - 1].low not in _NUMBER_WORDS:
            continue
        pieces = [t.low for t in tokens[index:end] if t.low != "-"]
        value = _parse_pieces(pieces)
        if value is not None:
            if pieces in (["half"], ["quarter"], ["quarters"], ["thirds"], ["halves"]):
                return None
            return value, end, None
    return None


def _currency_before(tokens: list[_Token], index: int) -> bool:
    """Return whether a currency sign touches the number at ``index``."""
    return index > 0 and tokens[index - 1].text in CURRENCIES and _glued(tokens, index - 1, index)


def _qualifier_before(tokens: list[_Token], index: int, floor: int) -> tuple[str | None, int]:
    """Return the qualifier ending just before ``index`` and the index where it starts."""
    for size in (3, 2, 1):
        start = index - size
        if start < floor or not all(t.is_word for t in tokens[start:index]):
            continue
        words = tuple(t.low for t in tokens[start:index])
        if words in QUALIFIERS:
            return QUALIFIERS[words], start
    return None, index


def _interval(value: Fraction, qualifier: str) -> tuple[float, float]:
    """Return the interval a qualifier gives the value (see the module docstring)."""
    if qualifier == "nearly":
        return float(value * 9 / 10), float(value)
    if qualifier == "about":
        return float(value * 9 / 10), float(value * 11 / 10)
    if qualifier in ("at least", "more than"):
        return float(value), math.inf
    return 0.0, float(value)


def _head_noun(tokens: list[_Token], index: int, value: Fraction) -> tuple[str | None, int]:
    """Return the unit counted by the noun phrase at ``index`` and the index after it."""
    if _free(tokens, index) and tokens[index].low == "%":
        return "percent", index + 1
    if _free(tokens, index + 1) and tokens[index].low == "per" and tokens[index + 1].low == "cent":
        return "percent", index + 2
    hyphen = _free(tokens, index + 1) and tokens[index].text == "-"
    if hyphen and tokens[index + 1].is_word and _glued(tokens, index - 1, index + 1):
        return singular(tokens[index + 1].low), index + 2  # "three-year", "85-mile"
    head: str | None = None
    end = index
    words = 0
    while words < _MAX_HEAD_WORDS and _free(tokens, end) and tokens[end].is_word:
        low = tokens[end].low
        if low in STOP_WORDS or low in _NUMBER_WORDS or low in ORDINALS:
            break
        if head and low.endswith(("ed", "ing")) and not head.endswith("ly"):
            break
        stop = end + 1
        while (
            _free(tokens, stop + 1)
            and tokens[stop].text == "-"
            and _glued(tokens, stop - 1, stop)
            and _glued(tokens, stop, stop + 1)
            and tokens[stop + 1].is_word
        ):
            low, stop = f"{low}-{tokens[stop + 1].low}", stop + 2
        head, end, words = low, stop, words + 1
        if singular(low) in KNOWN_UNITS:
            break
        if _looks_plural(low):
            if value == 1 and words == 1:
                return None, index  # "one knows": a verb
            break
    if head is None or head.endswith("ly"):
        return None, index
    return ("percent" if head in ("percent", "pct") else singular(head)), end


def _quantity_at(
    text: str, tokens: list[_Token], index: int, floor: int
) -> tuple[Detail, int] | None:
    """Return the quantity or duration starting at ``index`` and the index after it."""
    number = _number_at(tokens, index)
    if number is None:
        return None
    value, end, unit = number
    start = index
    if _currency_before(tokens, index) and index - 1 >= floor:
        unit, start = CURRENCIES[tokens[index - 1].text], index - 1
    elif unit is None:
        unit, end = _head_noun(tokens, end, value)
        half = unit is None and tokens[index].low == "half" and _free(tokens, end + 1)
        if half and tokens[end].low in ("a", "an") and tokens[end + 1].low in TIME_UNITS:
            unit, end = tokens[end + 1].low, end + 2  # "half an hour"
    if unit is None and [t.low for t in tokens[index:end]] in (["one"], ["zero"]):
        return None
    if tokens[index].low == "one" and index > 0 and tokens[index - 1].low in _NOT_COUNTING:
        return None  # "no one", "the one"
    qualifier, start = _qualifier_before(tokens, start, floor)
    kind = Kind.QUANTITY
    if unit in TIME_UNITS:
        kind, unit = Kind.DURATION, TIME_UNITS[unit]
    span_start, span_end = tokens[start].start, tokens[end - 1].end
    detail = Detail(
        kind=kind,
        text=text[span_start:span_end],
        start=span_start,
        end=span_end,
        value=_interval(value, qualifier) if qualifier else _plain(value),
        unit=unit,
        qualifier=qualifier,
    )
    return detail, end


def _ordinal_at(tokens: list[_Token], index: int) -> tuple[int, int, bool] | None:
    """Return the ordinal at ``index``, the index after it, and whether it is in digits."""
    token = tokens[index]
    if token.blocked:
        return None
    match = _NUMERIC_RE.fullmatch(token.text)
    if match is not None:
        digits, suffix = match.groups()
        ordinal = suffix.lower() in _ORDINAL_SUFFIXES and "." not in digits
        if ordinal and not _is_model_number(tokens, index):
            return int(digits.replace(",", "")), index + 1, True
        return None
    if token.low in ORDINALS:
        return ORDINALS[token.low], index + 1, False
    if token.low in TENS and _free(tokens, index + 2) and tokens[index + 1].text == "-":
        after = tokens[index + 2].low
        if after in ORDINALS and ORDINALS[after] < 10 and _glued(tokens, index, index + 2):
            return TENS[token.low] + ORDINALS[after], index + 3, False  # "twenty-first"
    return None


def _rank_at(text: str, tokens: list[_Token], index: int) -> tuple[Detail, int] | None:
    """Return the rank starting at ``index`` and the index after it."""
    ordinal = _ordinal_at(tokens, index)
    if ordinal is None:
        return None
    value, end, in_digits = ordinal
    # "third-largest": the superlative belongs to the rank.
    hyphen = _free(tokens, end + 1) and tokens[end].text == "-" and _glued(tokens, end - 1, end + 1)
    if hyphen and tokens[end + 1].low.endswith(("est", "most")):
        end += 2
    if _free(tokens, end) and tokens[end].low == "place":
        end += 1  # "second place"
    unit, after = _rank_total(tokens, end)
    if not in_digits and unit is None and not _after_rank_verb(tokens, index):
        return None
    start, end = tokens[index].start, tokens[after - 1].end
    detail = Detail(Kind.RANK, text[start:end], start, end, value, unit)
    return detail, after


def _rank_total(tokens: list[_Token], index: int) -> tuple[str | None, int]:
    """Return the unit "of N" for "among N" / "of N" / "out of N" at ``index``."""
    at = index
    if _free(tokens, at + 1) and tokens[at].low == "out" and tokens[at + 1].low == "of":
        at += 2
    elif _free(tokens, at) and tokens[at].low in ("among", "of"):
        at += 1
    else:
        return None, index
    if not _free(tokens, at):
        return None, index
    number = _number_at(tokens, at)
    if number is None:
        return None, index
    total, end, _ = number
    _, end = _head_noun(tokens, end, total)
    return f"of {_plain(total)}", end


def _after_rank_verb(tokens: list[_Token], index: int) -> bool:
    """Return whether a ranking verb comes just before ``index`` ("ranked (the) third")."""
    at = index - 1
    for _ in range(3):
        if at < 0 or not tokens[at].is_word:
            return False
        if tokens[at].low in RANK_VERBS:
            return True
        if tokens[at].low not in ("the", "in", "at"):
            return False
        at -= 1
    return False
