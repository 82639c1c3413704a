"""Head nouns: the unit the noun phrase after a number counts ("three Russian warplanes").

head_noun(tokens, index, value)  -> the unit the noun after a number counts, and its end

The unit is the singular, lowercase head noun, without its adjectives, folded by SYNONYMS
("warplanes" -> "aircraft"); "square" stays with a length ("square mile"), "basis" and
"percentage" with a point; "%", "per cent" and "percent" give "percent"; a unit joined by
a dash names it ("three-year", "a 25-basis-point cut"). MAX_HEAD_WORDS is how many words
of a noun phrase are read.
"""

from __future__ import annotations

from fractions import Fraction

from ...text.morphology import looks_plural, singular
from ...text.tokens import Token
from .context import STOP_WORDS, free, glued
from .units import KNOWN_UNITS, LENGTHS, POINT_KINDS, SYNONYMS
from .words import NUMBER_WORDS, ORDINALS

MAX_HEAD_WORDS = 3


def head_noun(tokens: list[Token], index: int, value: Fraction) -> tuple[str | None, int]:
    """Return the unit counted by the noun phrase at ``index`` and the index after it."""
    marked = _percent_at(tokens, index) or _dashed_unit(tokens, index)
    if marked is not None:
        return marked
    phrase = _noun_phrase(tokens, index, value)
    if phrase is None:
        return None, index  # "one knows": a verb
    before, head, end = phrase
    if head is None or head.endswith("ly"):
        return None, index
    return _unit_of(before, head), end


def _percent_at(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """Return "percent" and the index after "%" or "per cent" at ``index``, or None."""
    if free(tokens, index) and tokens[index].low == "%":
        return "percent", index + 1
    if free(tokens, index + 1) and tokens[index].low == "per" and tokens[index + 1].low == "cent":
        return "percent", index + 2
    return None


def _dashed_unit(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """Return the unit a dash joins to the number before ``index`` ("three-year"), or None."""
    hyphen = free(tokens, index + 1) and tokens[index].text == "-"
    if not (hyphen and tokens[index + 1].is_word and glued(tokens, index - 1, index + 1)):
        return None
    word = tokens[index + 1].low
    point = free(tokens, index + 3) and tokens[index + 2].text == "-"
    point = point and tokens[index + 3].low == "point" and glued(tokens, index, index + 3)
    if word in POINT_KINDS and point:
        return f"{word} point", index + 4  # "a 25-basis-point cut"
    unit = singular(word)
    return SYNONYMS.get(unit, unit), index + 2  # "three-year", "85-mile", "25-bp"


def _noun_phrase(
    tokens: list[Token], index: int, value: Fraction
) -> tuple[str | None, str | None, int] | None:
    """Return the word before the head, the head and the end of the noun phrase at ``index``.

    The phrase ends at a function word or number word, at a participle after its first
    word, after a unit, or after a plural; None when "one" is followed by a verb ("one
    knows"). The word before the head says "square" in "square miles".
    """
    head: str | None = None
    before: str | None = None
    end = index
    words = 0
    while words < MAX_HEAD_WORDS and free(tokens, end) and tokens[end].is_word:
        low = tokens[end].low
        pronoun = low in STOP_WORDS and tokens[end].text != "US"  # "US dollars"
        if pronoun or low in NUMBER_WORDS or low in ORDINALS:
            break
        if head and low.endswith(("ed", "ing")) and not head.endswith("ly"):
            break
        low, stop = _hyphened_word(tokens, end)
        before, head, end, words = head, low, stop, words + 1
        if singular(low) in KNOWN_UNITS:
            break
        if looks_plural(low):
            if value == 1 and words == 1:
                return None  # "one knows": a verb
            break
    return before, head, end


def _hyphened_word(tokens: list[Token], index: int) -> tuple[str, int]:
    """Return the word at ``index`` with the words dashes join to it ("fighter-jet"), and its end."""
    low, stop = tokens[index].low, index + 1
    while (
        free(tokens, stop + 1)
        and tokens[stop].text == "-"
        and glued(tokens, stop - 1, stop)
        and glued(tokens, stop, stop + 1)
        and tokens[stop + 1].is_word
    ):
        low, stop = f"{low}-{tokens[stop + 1].low}", stop + 2
    return low, stop


def _unit_of(before: str | None, head: str) -> str:
    """Return the unit a head noun counts, given the word before it ("square", "basis")."""
    if head in ("percent", "pct"):
        return "percent"
    unit = singular(head)
    unit = SYNONYMS.get(unit, unit)
    if before in ("square", "sq") and unit in LENGTHS:
        return f"square {unit}"
    if before in POINT_KINDS and unit == "point":
        return f"{before} point"  # "25 basis points", "0.25 percentage points"
    return unit
