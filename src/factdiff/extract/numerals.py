"""The words of a number and of what it counts, read by both quantities and ranks.

parse_number(words)                      -> the value of a number written in words or digits
digits_value(digits)                     -> the value of digits ("1,200"), None past MAX_DIGITS
singular(noun), plural(noun)             -> from text.morphology, for units
number_at(tokens, index, limit=)         -> a number at a token: value, index after, glued unit
digits_at(tokens, index, after_dash=)    -> the same for a number in digits ("4bn", "10km")
words_at(tokens, index, limit=)          -> the same for a number in words ("a dozen")
head_noun(tokens, index, value)          -> the unit the noun after a number counts, and its end
qualifier_before(tokens, index, floor)   -> the qualifier before a number ("nearly") and its start
share_at(tokens, index, end)             -> whether a fraction is a share of a whole ("a third of")
before_article_noun(tokens, index)       -> whether "a"/"an" and a noun come next ("half a point")
currency_before(tokens, index)           -> whether a currency sign touches a number ("$4bn")
is_model_number(tokens, index)           -> whether digits are part of a name or time ("F-16")
possessive_before(tokens, index)         -> whether a possessive ends before a token ("its")
determiner_start(tokens, index)          -> where "the" or a possessive before a token starts
free(tokens, index)                      -> whether a token may still be read (not taken)
glued(tokens, a, b)                      -> whether tokens touch, with no space between them
looks_plural(word), plain(value)         -> whether a word looks plural; a value as int or float

and the tables both read: number words (UNITS, TEENS, TENS, SCALES, FRACTIONS, ORDINALS,
NUMBER_WORDS), units (TIME_UNITS, KNOWN_UNITS, SYNONYMS, CURRENCIES, GLUED_UNITS),
QUALIFIERS, STOP_WORDS, DETERMINERS, POSSESSIVE_PRONOUNS, and TOKEN_RE, the pattern a
sentence is split into tokens with. What a quantity's unit and qualifier mean is told in
numbers.py; what a rank reads, in ranks.py.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction

from ..text.lexicon import word_set
from ..text.morphology import looks_plural, plural, singular
from ..text.tokens import Token

__all__ = [
    "CURRENCIES",
    "DETERMINERS",
    "FRACTIONS",
    "GLUED_UNITS",
    "MAX_DIGITS",
    "MAX_HEAD_WORDS",
    "NOT_COUNTING",
    "NUMBER_WORDS",
    "NUMERIC_RE",
    "ORDINALS",
    "POSSESSIVE_PRONOUNS",
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
    "determiner_start",
    "digits_at",
    "digits_value",
    "free",
    "glued",
    "head_noun",
    "is_model_number",
    "looks_plural",
    "number_at",
    "parse_number",
    "plain",
    "plural",
    "possessive_before",
    "qualifier_before",
    "share_at",
    "singular",
    "words_at",
]


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
# Denominators of fractions: "a quarter", "three quarters", "two thirds", "a fifth".
FRACTIONS = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "thirds": 3,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
# Denominators that are ordinals too: "a third" is a fraction only as a share ("a third
# of", "by a third"), never in "a third term".
_ORDINAL_FRACTIONS = frozenset({"third", "fifth", "tenth"})
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
    "decade": "decade", "century": "century", "fortnight": "week",
}  # fmt: skip
# Words that are units by themselves: a head-noun scan stops at them.
KNOWN_UNITS = {
    "percent", "mile", "kilometre", "kilometer", "km", "metre", "meter", "kilogram", "kg",
    "tonne", "ton", "pound", "dollar", "euro", "rouble", "ruble", "person", "people",
    "hectare", "acre", "barrel", "gallon", "litre", "liter", "yard", "foot", "lb", "point",
    "bp", "bps",
} | set(TIME_UNITS)  # fmt: skip
# Counted nouns folded to one name, so that reports wording one thing differently still
# compare ("three warplanes" meets "three jets"), and the spellings and abbreviations of
# units. Nouns that differ in meaning stay apart: "casualty", "death", "dead", "civilian",
# "soldier", "child", and "fighter", which in war reporting mostly means a combatant
# ("fighter jets" is folded through its head, "jet"). The people at an event are people
# ("4,200 fans" meets "a crowd of 4,200"); the people a firm employs are counted as the
# jobs they hold, so that "create 1,300 jobs" meets "employ up to 900 workers" and "cut
# 500 jobs" meets "lay off 500 staff". "Post" and "position" are not folded: in war
# reporting they are mostly military posts.
SYNONYMS = {
    "warplane": "aircraft", "jet": "aircraft", "fighter-jet": "aircraft", "plane": "aircraft",
    "airplane": "aircraft", "aeroplane": "aircraft", "war-plane": "aircraft",
    "troop": "soldier", "serviceman": "soldier", "servicewoman": "soldier",
    "household": "home", "house": "home", "dwelling": "home",
    "resident": "person", "inhabitant": "person", "visitor": "person", "individual": "person",
    "citizen": "person", "fan": "person", "spectator": "person", "supporter": "person",
    "attendee": "person", "onlooker": "person",
    "worker": "job", "employee": "job", "staff": "job", "staffer": "job",
    "bp": "basis point", "bps": "basis point",
    "km": "kilometre", "kilometer": "kilometre", "meter": "metre", "centimeter": "centimetre",
    "millimeter": "millimetre", "kg": "kilogram", "ruble": "rouble", "liter": "litre",
}  # fmt: skip
# Words before "point" that say what kind of point it is ("25 basis points").
_POINT_KINDS = frozenset({"basis", "percentage"})
# Lengths that "square" before them turns into areas ("300 square miles").
_LENGTHS = frozenset({"kilometre", "mile", "metre", "foot", "yard", "centimetre"})
CURRENCIES = {"$": "dollar", "£": "pound", "€": "euro", "¥": "yen", "₽": "rouble", "₴": "hryvnia"}
# Letters glued to a number: a scale ("4bn") or a unit ("10km").
GLUED_UNITS = {
    "km": "kilometre", "kg": "kilogram", "cm": "centimetre", "mm": "millimetre",
    "bp": "basis point", "bps": "basis point", "pp": "percentage point",
}  # fmt: skip
# Words before a number that make its value an interval (see the table in numbers.py).
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
    ("no", "fewer", "than"): "at least", ("no", "less", "than"): "at least",
    ("just", "over"): "just over", ("just", "above"): "just over",
    ("just", "more", "than"): "just over", ("slightly", "more", "than"): "just over",
    ("slightly", "over"): "just over", ("a", "little", "over"): "just over",
    ("a", "little", "more", "than"): "just over",
    ("just", "under"): "just under", ("just", "below"): "just under",
    ("just", "less", "than"): "just under", ("just", "fewer", "than"): "just under",
    ("slightly", "less", "than"): "just under", ("slightly", "under"): "just under",
    ("just", "shy", "of"): "just under", ("a", "little", "under"): "just under",
    ("a", "little", "less", "than"): "just under",
}  # fmt: skip
_MAX_QUALIFIER_WORDS = max(len(words) for words in QUALIFIERS)
POSSESSIVE_PRONOUNS = word_set("its his her their our my your")
# Words that end the noun phrase after a number: function words, auxiliaries, adverbs.
STOP_WORDS = word_set(
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

# The tokens of a sentence: a number with letters glued to it ("4bn", "21st"), a word, a mark.
TOKEN_RE = re.compile(r"\d[\d,.]*\d[^\W\d_]*|\d[^\W\d_]*|[^\W\d_]+|\S")
NUMERIC_RE = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([^\W\d_]*)")
_WORD_PIECE_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+|[^\s-]")
_DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
NUMBER_WORDS = frozenset(UNITS) | set(TEENS) | set(TENS) | set(FRACTIONS) | {
    "hundred", "thousand", "million", "billion", "trillion", "dozen"
}  # fmt: skip
# Word numbers that may follow "a"/"an" ("a dozen", "a half").
_AFTER_ARTICLE = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"}) | {
    "half", "quarter"
}  # fmt: skip
_MAX_NUMBER_TOKENS = 12
# "and a half" or "and a quarter" after a number, and what a part after a scale is a part
# of: "a million and a half" is 1,500,000, "a dozen and a half" 18.
_AND_A_PART = (["and", "a", "half"], ["and", "a", "quarter"])
_PART_OF = {**SCALES, "dozen": 12}
# The denominators of a fraction after a whole number and a dash: "3-1/2", "2-3/4", "1-1/8".
_MIXED_DENOMINATORS = frozenset({"2", "3", "4", "8"})
# The most digits a number may be written with. No report gives a figure of more; read,
# one of 400 digits overflows a float and one of 5,000 cannot even be written out (Python
# turns no int of more than 4,300 digits into text), so longer runs of digits are no number.
MAX_DIGITS = 100
# Words before "one" that make it a pronoun.
NOT_COUNTING = frozenset({"no", "any", "every", "some", "the", "this", "that", "which", "each"})
MAX_HEAD_WORDS = 3
# Words before "half of" / "quarter of" that make it a part of time ("the first half of").
_NOT_A_SHARE = NOT_COUNTING | set(ORDINALS) | {"other", "last", "next", "final", "past"}
DETERMINERS = word_set("the a an this that these those his her its their our my your")


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
    value = _parse_pieces(pieces)
    return None if value is None else plain(value)


def digits_value(digits: str) -> Fraction | None:
    """Return the value of a number in digits, or None if it has more than MAX_DIGITS digits.

    >>> digits_value("1,200"), digits_value("3.5"), digits_value("9" * 101)
    (Fraction(1200, 1), Fraction(7, 2), None)
    """
    if sum(map(str.isdecimal, digits)) > MAX_DIGITS:
        return None
    return Fraction(Decimal(digits.replace(",", "")))


def _parse_pieces(pieces: list[str]) -> Fraction | None:
    """Return the value of a number split into lowercase pieces, or None."""
    if not pieces:
        return None
    if len(pieces) >= 5 and pieces[-1] in SCALES and pieces[-4:-1] in _AND_A_PART:
        # "two and a half million": the scale multiplies all of "two and a half"
        part = _parse_pieces(pieces[:-1])
        return None if part is None else part * SCALES[pieces[-1]]
    if len(pieces) >= 3 and pieces[-3:] in _AND_A_PART:
        whole = _parse_pieces(pieces[:-3])
        if whole is None:
            return None
        # "a million and a half" is a half of the million, not of one
        size = _PART_OF.get(pieces[-4], 1)
        return whole + Fraction(size, FRACTIONS[pieces[-1]])
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
        if numerator >= FRACTIONS[pieces[-1]]:
            return None  # "twenty fifth" is an ordinal, not four
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


def plain(value: Fraction) -> int | float:
    """Return ``value`` as an int when whole, else as a float."""
    return int(value) if value.denominator == 1 else float(value)


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


def number_at(
    tokens: list[Token], index: int, *, limit: int | None = None
) -> tuple[Fraction, int, str | None] | None:
    """Return the value of the number starting at ``index``, the index after it, and a unit.

    A number in words ends before ``limit`` when given ("between [two hundred] and ...").
    """
    token = tokens[index]
    if token.blocked:
        return None
    if token.text[0].isdecimal():
        return digits_at(tokens, index)
    return words_at(tokens, index, limit=limit)


def digits_at(
    tokens: list[Token], index: int, *, after_dash: bool = False
) -> tuple[Fraction, int, str | None] | None:
    """Return the value of a number in digits at ``index`` (with a scale word), or None.

    ``after_dash`` reads the high end of a range ("10-15"), which a name would otherwise
    claim ("F-16").
    """
    match = NUMERIC_RE.fullmatch(tokens[index].text)
    if match is None or (not after_dash and is_model_number(tokens, index)):
        return None
    value = digits_value(match.group(1))
    if value is None:
        return None
    suffix = match.group(2).lower()
    unit = None
    end = index + 1
    if suffix in GLUED_UNITS:
        unit = GLUED_UNITS[suffix]
    elif suffix in SCALES and (suffix != "m" or _millions(tokens, index)):
        value *= SCALES[suffix]
    elif suffix:
        return None
    elif (fraction := _mixed_fraction(tokens, end)) is not None:
        value, end = value + fraction, end + 4  # "3-1/2 years"
    if not suffix and free(tokens, end) and tokens[end].low in SCALES:
        scale = tokens[end].low
        if scale not in ("k", "m") or currency_before(tokens, index):
            value *= SCALES[scale]
            end += 1
    return value, end, unit


def _millions(tokens: list[Token], index: int) -> bool:
    """Return whether an "m" glued to the number at ``index`` means million, not metres:
    after a currency sign ("$4m") or before a plural noun ("3.4m vehicles")."""
    if currency_before(tokens, index):
        return True
    if not (free(tokens, index + 1) and tokens[index + 1].is_word):
        return False
    after = tokens[index + 1].low
    return after not in STOP_WORDS and looks_plural(after)


def _mixed_fraction(tokens: list[Token], index: int) -> Fraction | None:
    """Return the fraction joined to a whole number by a dash at ``index`` ("3-1/2", as
    Reuters writes three and a half), or None."""
    if not (free(tokens, index + 3) and glued(tokens, index - 1, index + 3)):
        return None
    dash, numerator, slash, denominator = (t.text for t in tokens[index : index + 4])
    if (dash, slash) != ("-", "/") or denominator not in _MIXED_DENOMINATORS:
        return None
    if not (numerator.isdecimal() and 0 < int(numerator) < int(denominator)):
        return None
    following = tokens[index + 4] if glued(tokens, index + 3, index + 4) else None
    if following is not None and (following.text == "/" or following.text[0].isdecimal()):
        return None  # "3-1/2/4": no fraction of ours
    return Fraction(int(numerator), int(denominator))


def words_at(
    tokens: list[Token], index: int, *, limit: int | None = None
) -> tuple[Fraction, int, str | None] | None:
    """Return the value of a number in words at ``index``, ending before ``limit``, or None.

    "a"/"an" counts one of a time unit ("a year"). A bare "half" or "quarter", and "a
    third", "a fifth", "a tenth", are numbers only as a share ("half of", "by a third",
    see share_at) or before "a"/"an" and what they divide ("half a percentage point").
    """
    bound = len(tokens) if limit is None else min(limit, len(tokens))
    first = tokens[index].low
    if first in ("a", "an"):
        after = tokens[index + 1].low if free(tokens, index + 1) else ""
        if after in TIME_UNITS and tokens[index + 1].is_word:
            if free(tokens, index + 2) and tokens[index + 2].text == "-":
                return None  # "a year-long": no count of the unit
            return Fraction(1), index + 1, None  # "a year", "a fortnight"
        if after not in _AFTER_ARTICLE and after not in _ORDINAL_FRACTIONS:
            return None
    elif first not in NUMBER_WORDS:
        return None
    stop = index
    while stop < bound and stop - index < _MAX_NUMBER_TOKENS and free(tokens, stop):
        low = tokens[stop].low
        if low == "-":
            if not (glued(tokens, stop - 1, stop) and glued(tokens, stop, stop + 1)):
                break
        elif low not in NUMBER_WORDS and low not in ("and", "a", "an"):
            break
        stop += 1
    for end in range(stop, index, -1):
        if tokens[end - 1].low not in NUMBER_WORDS:
            continue
        pieces = [t.low for t in tokens[index:end] if t.low != "-"]
        value = _parse_pieces(pieces)
        if value is None:
            continue
        if len(pieces) == 1 and pieces[0] in FRACTIONS:  # "half", "quarter", "thirds"
            divides = pieces == ["half"] and before_article_noun(tokens, end)
            if pieces in (["half"], ["quarter"]) and (divides or share_at(tokens, index, end)):
                return value, end, None  # "half of the", "half a percentage point"
            return None
        if pieces[-1] in _ORDINAL_FRACTIONS and pieces[0] in ("a", "an"):
            return (value, end, None) if share_at(tokens, index, end) else None
        return value, end, None
    return None


def before_article_noun(tokens: list[Token], index: int) -> bool:
    """Return whether "a"/"an" and a word that is not a number come at ``index``."""
    if not (free(tokens, index + 1) and tokens[index].low in ("a", "an")):
        return False
    after = tokens[index + 1]
    return after.is_word and after.low not in NUMBER_WORDS and after.low not in STOP_WORDS


def share_at(tokens: list[Token], index: int, end: int) -> bool:
    """Return whether the fraction from ``index`` to ``end`` is a share of a whole.

    A share is followed by "of" ("a quarter of the buses", not "the first half of the
    year"), is a "half" before "the" or a possessive ("half the buses"), or is the size of
    a change, after "by" and before no noun ("rise by roughly a third from April").
    """
    if not free(tokens, end):
        return _by_share(tokens, index)
    after = tokens[end].low
    if after == "of":
        return index == 0 or tokens[index - 1].low not in _NOT_A_SHARE
    bare_half = tokens[end - 1].low == "half" and end - index == 1
    if bare_half and (after == "the" or after in POSSESSIVE_PRONOUNS):
        return index == 0 or tokens[index - 1].low not in _NOT_A_SHARE
    if tokens[end].is_word and after not in STOP_WORDS:
        return False  # "by a third party"
    return _by_share(tokens, index)


def _by_share(tokens: list[Token], index: int) -> bool:
    """Return whether "by" (and perhaps a qualifier) comes just before ``index``."""
    _, start = qualifier_before(tokens, index, 0)
    return start > 0 and tokens[start - 1].low == "by" and tokens[start - 1].is_word


def currency_before(tokens: list[Token], index: int) -> bool:
    """Return whether a currency sign touches the number at ``index``."""
    return index > 0 and tokens[index - 1].text in CURRENCIES and glued(tokens, index - 1, index)


def qualifier_before(tokens: list[Token], index: int, floor: int) -> tuple[str | None, int]:
    """Return the qualifier ending just before ``index`` and the index where it starts."""
    for size in range(_MAX_QUALIFIER_WORDS, 0, -1):
        start = index - size
        if start < floor or not all(t.is_word for t in tokens[start:index]):
            continue
        words = tuple(t.low for t in tokens[start:index])
        if words in QUALIFIERS:
            return QUALIFIERS[words], start
    return None, index


def head_noun(tokens: list[Token], index: int, value: Fraction) -> tuple[str | None, int]:
    """Return the unit counted by the noun phrase at ``index`` and the index after it."""
    if free(tokens, index) and tokens[index].low == "%":
        return "percent", index + 1
    if free(tokens, index + 1) and tokens[index].low == "per" and tokens[index + 1].low == "cent":
        return "percent", index + 2
    hyphen = free(tokens, index + 1) and tokens[index].text == "-"
    if hyphen and tokens[index + 1].is_word and glued(tokens, index - 1, index + 1):
        word = tokens[index + 1].low
        point = free(tokens, index + 3) and tokens[index + 2].text == "-"
        point = point and tokens[index + 3].low == "point" and glued(tokens, index, index + 3)
        if word in _POINT_KINDS and point:
            return f"{word} point", index + 4  # "a 25-basis-point cut"
        unit = singular(word)
        return SYNONYMS.get(unit, unit), index + 2  # "three-year", "85-mile", "25-bp"
    head: str | None = None
    before: str | None = None  # the word before the head: "square" in "square miles"
    end = index
    words = 0
    while words < MAX_HEAD_WORDS and free(tokens, end) and tokens[end].is_word:
        low = tokens[end].low
        pronoun = low in STOP_WORDS and tokens[end].text != "US"  # "US dollars"
        if pronoun or low in NUMBER_WORDS or low in ORDINALS:
            break
        if head and low.endswith(("ed", "ing")) and not head.endswith("ly"):
            break
        stop = end + 1
        while (
            free(tokens, stop + 1)
            and tokens[stop].text == "-"
            and glued(tokens, stop - 1, stop)
            and glued(tokens, stop, stop + 1)
            and tokens[stop + 1].is_word
        ):
            low, stop = f"{low}-{tokens[stop + 1].low}", stop + 2
        before, head, end, words = head, low, stop, words + 1
        if singular(low) in KNOWN_UNITS:
            break
        if looks_plural(low):
            if value == 1 and words == 1:
                return None, index  # "one knows": a verb
            break
    if head is None or head.endswith("ly"):
        return None, index
    if head in ("percent", "pct"):
        return "percent", end
    unit = singular(head)
    unit = SYNONYMS.get(unit, unit)
    if before in ("square", "sq") and unit in _LENGTHS:
        return f"square {unit}", end
    if before in _POINT_KINDS and unit == "point":
        return f"{before} point", end  # "25 basis points", "0.25 percentage points"
    return unit, end


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
