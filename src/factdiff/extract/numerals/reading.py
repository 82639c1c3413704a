"""Reading a number at a token: in digits or words, with its scale, and when a fraction counts.

number_at(tokens, index, limit=)         -> a number at a token: value, index after, glued unit
digits_at(tokens, index, after_dash=)    -> the same for a number in digits ("4bn", "10km")
words_at(tokens, index, limit=)          -> the same for a number in words ("a dozen")
share_at(tokens, index, end)             -> whether a fraction is a share of a whole ("a third of")
before_article_noun(tokens, index)       -> whether "a"/"an" and a noun come next ("half a point")

A glued "m" is million after a currency sign or before a plural noun ("3.4m vehicles"),
and no number otherwise (metres: "the 100m final"). A dash joins a fraction to a whole
number as Reuters writes it: "3-1/2 years" is 3.5.
"""

from __future__ import annotations

from fractions import Fraction

from ...text.lexicon import words
from ...text.morphology import looks_plural
from ...text.tokens import Token
from .context import (
    NOT_COUNTING,
    NUMERIC_RE,
    POSSESSIVE_PRONOUNS,
    STOP_WORDS,
    free,
    glued,
    is_model_number,
)
from .qualifiers import qualifier_before
from .units import GLUED_UNITS, TIME_UNITS, currency_before
from .words import (
    AFTER_ARTICLE,
    FRACTIONS,
    NUMBER_WORDS,
    ORDINAL_FRACTIONS,
    ORDINALS,
    SCALES,
    digits_value,
    parse_pieces,
)

# A number read at a token: its value, the index after it, and the unit glued to it.
Reading = tuple[Fraction, int, str | None]

_MAX_NUMBER_TOKENS = 12
# The denominators of a fraction after a whole number and a dash: "3-1/2", "2-3/4", "1-1/8".
_MIXED_DENOMINATORS = ("2", "3", "4", "8")
# Words before "half of" / "quarter of" that make it a part of time ("the first half of").
_NOT_A_SHARE = words("numbers-not-a-share").union(NOT_COUNTING, ORDINALS)


def number_at(tokens: list[Token], index: int, *, limit: int | None = None) -> Reading | None:
    """Return the value of the number starting at ``index``, the index after it, and a unit.

    A number in words ends before ``limit`` when given ("between [two hundred] and ...").
    """
    token = tokens[index]
    if token.blocked:
        return None
    if token.text[0].isdecimal():
        return digits_at(tokens, index)
    return words_at(tokens, index, limit=limit)


def digits_at(tokens: list[Token], index: int, *, after_dash: bool = False) -> Reading | None:
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
    elif not suffix and _dashed_scale(tokens, end) and currency_before(tokens, index):
        value *= SCALES[tokens[end + 1].low]  # "a $5-million grant", "$250-M"
        end += 2
    return value, end, unit


def _dashed_scale(tokens: list[Token], index: int) -> bool:
    """Return whether a dash and a scale glued to the number before ``index`` come next."""
    return (
        free(tokens, index + 1)
        and tokens[index].text == "-"
        and glued(tokens, index - 1, index + 1)
        and tokens[index + 1].low in SCALES
    )


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


def words_at(tokens: list[Token], index: int, *, limit: int | None = None) -> Reading | None:
    """Return the value of a number in words at ``index``, ending before ``limit``, or None.

    "a"/"an" counts one of a time unit ("a year"). A bare "half" or "quarter", and "a
    third", "a fifth", "a tenth", are numbers only as a share ("half of", "by a third",
    see share_at) or before "a"/"an" and what they divide ("half a percentage point").
    """
    bound = len(tokens) if limit is None else min(limit, len(tokens))
    if tokens[index].low in ("a", "an") and _time_unit_after(tokens, index):
        if free(tokens, index + 2) and tokens[index + 2].text == "-":
            return None  # "a year-long": no count of the unit
        return Fraction(1), index + 1, None  # "a year", "a fortnight"
    if not _starts_number(tokens, index):
        return None
    stop = _number_words_end(tokens, index, bound)
    for end in range(stop, index, -1):
        if tokens[end - 1].low not in NUMBER_WORDS:
            continue
        pieces = [t.low for t in tokens[index:end] if t.low != "-"]
        value = parse_pieces(pieces)
        if value is not None:
            return _counted_fraction(tokens, index, end, pieces, value)
    return None


def _time_unit_after(tokens: list[Token], index: int) -> bool:
    """Return whether a time unit follows the token at ``index`` ("a year")."""
    return (
        free(tokens, index + 1)
        and tokens[index + 1].low in TIME_UNITS
        and tokens[index + 1].is_word
    )


def _starts_number(tokens: list[Token], index: int) -> bool:
    """Return whether a number in words may start at ``index``: a number word, or "a"/"an"
    before a word that may follow it ("a dozen", "a half", "a third")."""
    first = tokens[index].low
    if first not in ("a", "an"):
        return first in NUMBER_WORDS
    after = tokens[index + 1].low if free(tokens, index + 1) else ""
    return after in AFTER_ARTICLE or after in ORDINAL_FRACTIONS


def _number_words_end(tokens: list[Token], index: int, bound: int) -> int:
    """Return where the run of number words, "and", "a" and joining dashes from ``index`` ends."""
    stop = index
    while stop < bound and stop - index < _MAX_NUMBER_TOKENS and free(tokens, stop):
        low = tokens[stop].low
        if low == "-":
            if not (glued(tokens, stop - 1, stop) and glued(tokens, stop, stop + 1)):
                break
        elif low not in NUMBER_WORDS and low not in ("and", "a", "an"):
            break
        stop += 1
    return stop


def _counted_fraction(
    tokens: list[Token], index: int, end: int, pieces: list[str], value: Fraction
) -> Reading | None:
    """Return the number ``pieces`` read over ``index:end``, or None for a bare fraction
    that is no share and divides nothing ("the first half", "a third term")."""
    if len(pieces) == 1 and pieces[0] in FRACTIONS:  # "half", "quarter", "thirds"
        divides = pieces == ["half"] and before_article_noun(tokens, end)
        if pieces in (["half"], ["quarter"]) and (divides or share_at(tokens, index, end)):
            return value, end, None  # "half of the", "half a percentage point"
        return None
    if pieces[-1] in ORDINAL_FRACTIONS and pieces[0] in ("a", "an"):
        return (value, end, None) if share_at(tokens, index, end) else None
    return value, end, None


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
