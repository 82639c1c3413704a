"""Ordinals and the ranks they give: "finished fourth", "its tenth hike", "third-largest".

ordinal_at(tokens, index)             -> the ordinal at a token ("third", "21st", "twenty-first")
ordinal_rank_at(text, tokens, index)  -> the rank an ordinal at a token gives, or None

An ordinal counts a noun ("first win") when the noun is a series: a word of sequence
before it (consecutive, straight, successive), a tail after it ("in a row", "running",
"in succession", "of the season", "this year"), or a possessive before an ordinal
past "first" ("its tenth hike", "his second term"). "His first visit in three years"
is no rank: it says how long since the last visit, and that duration is the fact.

Not ranks: word ordinals with none of the above ("the second time", "at first",
"first of all", "his first visit"); an ordinal before a noun of _NOT_RANKED ("the first
half", "for the first time", "the 21st century", "his 80th birthday") or before a
capitalised word (a name: "the Second World War", "the 5th Fleet"); "first-hand",
"third-party" and other hyphened words; "moved to third reading" (a noun after the
ordinal). Digit ordinals otherwise are always ranks, about None unless the words above
say more.
"""

from __future__ import annotations

from ...models import Detail
from ...text.lexicon import word_runs, words
from ...text.morphology import looks_plural, singular
from ...text.tokens import Token
from ..numerals import (
    MAX_HEAD_WORDS,
    NUMBER_WORDS,
    NUMERIC_RE,
    ORDINALS,
    STOP_WORDS,
    TENS,
    digits_value,
    free,
    glued,
    is_model_number,
    possessive_before,
)
from .charts import moved_to_place
from .details import (
    FINISH_VERBS,
    PLACE_NOUNS,
    RANK_SYNONYMS,
    rank_detail,
    rank_total,
    rank_verb_before,
)
from .superlatives import superlative_words

# Nouns an ordinal does not rank: parts ("the first half"), ages and eras ("his 80th
# birthday", "the 21st century"), set phrases ("the first time", "first lady").
_NOT_RANKED = words("numbers-not-ranked")
# Words after an ordinal that are not the noun it counts: "his first abroad".
_NOT_NOUNS = words("numbers-not-nouns")
# Words between an ordinal and its noun, and words after the noun, that make the noun
# a series ("ninth consecutive increase", "tenth hike in a row", "the seventh year
# running"), so that the ordinal ranks it without a possessive before it.
_SEQUENCE_WORDS = words("numbers-sequence-words")
_SERIES_TAILS = word_runs("numbers-series-tails")
# Periods after "of the" / "this" that make a noun a series: "the first win of the season".
_PERIODS = words("numbers-periods")
_ORDINAL_SUFFIXES = words("numbers-ordinal-suffixes")


def ordinal_at(tokens: list[Token], index: int) -> tuple[int, int, bool] | None:
    """Return the ordinal at ``index``, the index after it, and whether it is in digits."""
    token = tokens[index]
    if token.blocked:
        return None
    match = NUMERIC_RE.fullmatch(token.text)
    if match is not None:
        digits, suffix = match.groups()
        ordinal = suffix.lower() in _ORDINAL_SUFFIXES and "." not in digits
        if ordinal and not is_model_number(tokens, index):
            value = digits_value(digits)
            return None if value is None else (int(value), index + 1, True)
        return None
    if token.low in ORDINALS:
        return ORDINALS[token.low], index + 1, False
    if token.low in TENS and free(tokens, index + 2) and tokens[index + 1].text == "-":
        after = tokens[index + 2].low
        if after in ORDINALS and ORDINALS[after] < 10 and glued(tokens, index, index + 2):
            return TENS[token.low] + ORDINALS[after], index + 3, False  # "twenty-first"
    return None


def ordinal_rank_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the rank read from the ordinal at ``index`` and the index after it.

    What it ranks comes from the words after the ordinal (a superlative, "place"), else
    from a finishing verb before it ("place"), else from the noun it counts when that
    noun is a series (see _ranked_noun). A word ordinal with none of these, nor a total
    ("of 142") nor a ranking verb, is no rank; a digit ordinal is one all the same.
    """
    ordinal = ordinal_at(tokens, index)
    if ordinal is None:
        return None
    value, end, in_digits = ordinal
    nxt = end + 1 if free(tokens, end) and tokens[end].text == "-" else end
    named = free(tokens, nxt) and tokens[nxt].is_word and tokens[nxt].text[0].isupper()
    if named or (free(tokens, nxt) and tokens[nxt].low in _NOT_RANKED):
        return None  # "the first half", "the 21st century", "the Second World War"
    read = _after_ordinal(tokens, end)
    if read is None:
        return None  # "first-hand", "third-party"
    about, end = read
    unit, after = rank_total(tokens, end)
    verb = rank_verb_before(tokens, index)
    if about is None and (verb in FINISH_VERBS or moved_to_place(tokens, index, end)):
        about = "place"  # "finished fourth", "rose to fifth in the world rankings"
    if about is None and unit is None and (noun := _ranked_noun(tokens, index, end)):
        about, after = noun
    if about is None and unit is None and verb is None and not in_digits:
        return None
    return rank_detail(text, tokens, index, after, value, about, unit), after


def _after_ordinal(tokens: list[Token], end: int) -> tuple[str | None, int] | None:
    """Return what the words right after an ordinal say it ranks, and the index after them.

    None when a hyphened word makes the ordinal no rank ("first-hand", "third-party").
    """
    hyphen = free(tokens, end + 1) and tokens[end].text == "-" and glued(tokens, end - 1, end + 1)
    if hyphen and tokens[end + 1].is_word:
        word = tokens[end + 1].low
        if word == "ever":
            return None, end + 2  # "its first-ever win": the noun says
        if read := superlative_words(tokens, end + 1):
            return read  # "third-largest", "second-most populous"
        if word in ("ranking", "ranked", "placed", "place"):
            return RANK_SYNONYMS.get(word, word), end + 2  # "fourth-ranking", "third-placed"
        return None
    if free(tokens, end) and tokens[end].low in PLACE_NOUNS:
        return "place", end + 1  # "second place"
    return superlative_words(tokens, end) or (None, end)  # "third most punctual"


def _ranked_noun(tokens: list[Token], index: int, end: int) -> tuple[str, int] | None:
    """Return the noun the ordinal at ``index`` counts, folded, and the index after it.

    The noun (the last of up to three lowercase words) is ranked when it is a series: a
    word of sequence before it ("ninth consecutive increase"), a tail after it ("in a
    row", "running", "of the season", "this year": "the team's first win of the
    season"), or a possessive before an ordinal past "first" ("its tenth hike"). "His
    first visit in three years" is no rank: it says how long since the last visit, and
    that duration is the fact.
    """
    at = end
    series = False
    while free(tokens, at) and tokens[at].low in _SEQUENCE_WORDS:
        series, at = True, at + 1
    head, stop = None, at
    while stop - at < MAX_HEAD_WORDS and free(tokens, stop):
        token = tokens[stop]
        low = token.low
        if not token.is_word or token.text != low or low in STOP_WORDS or low in _NOT_NOUNS:
            break
        if low in NUMBER_WORDS or low in ORDINALS or low.endswith("ly"):
            break
        if head and low.endswith(("ed", "ing")):
            break
        head, stop = low, stop + 1
        if looks_plural(low):
            break
    if head is None:
        return None
    noun = singular(head)
    if noun in _NOT_RANKED:
        return None
    owned = possessive_before(tokens, index) and tokens[index].low not in ("first", "1st")
    if not (series or owned or _series_after(tokens, stop)):
        return None
    return RANK_SYNONYMS.get(noun, noun), stop


def _series_after(tokens: list[Token], index: int) -> bool:
    """Return whether a tail that makes a series starts at ``index`` ("in a row")."""
    words = [t.low for t in tokens[index : index + 3] if not t.blocked]
    if any(tuple(words[: len(tail)]) == tail for tail in _SERIES_TAILS):
        return True
    if words[:2] == ["of", "the"] and words[2:] and words[2] in _PERIODS:
        return True  # "the first win of the season"
    return words[:1] == ["this"] and words[1:2] != [] and words[1] in _PERIODS
