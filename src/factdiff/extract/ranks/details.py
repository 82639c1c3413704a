"""The rank detail, the scale it is on ("of 142"), and the verb that ranks it.

rank_detail(text, tokens, start, end, value, about, unit=)  -> the rank over a span of tokens
rank_total(tokens, index)                                   -> the unit "of N" after a rank
rank_verb_before(tokens, index)                             -> the ranking verb before a token

and RANK_SYNONYMS (what a rank ranks, folded: "hike" -> "increase"), FINISH_VERBS (after
which an ordinal is a place: "finished fourth") and RANK_VERBS (those and the verbs that
rank on a scale left unsaid: "ranked twelfth") and PLACE_NOUNS ("second place"), from text/lists/numbers-*.txt.
"""

from __future__ import annotations

from ...models import Detail, Kind
from ...text.lexicon import forms, words
from ...text.tokens import Token
from ..numerals import free, head_noun, number_at, plain

# Verbs after which an ordinal is a finishing position (about "place"): "finished
# fourth", "came 12th", "placed 21st", "qualified second"; RANK_VERBS adds those that
# rank on a scale left unsaid ("ranked twelfth", about None).
FINISH_VERBS = words("numbers-finish-verbs")
RANK_VERBS = FINISH_VERBS | words("numbers-rank-verbs")
# What a rank ranks (its ``about``), folded where reporters use several words for one
# thing, so that "its tenth hike" meets "its ninth consecutive increase" and "the
# country's biggest bank" meets "its second-largest bank".
RANK_SYNONYMS = forms("numbers-rank-synonyms")
# Nouns naming a finishing position after an ordinal: "second place", "sixth position".
PLACE_NOUNS = words("numbers-place-nouns")


def rank_detail(
    text: str,
    tokens: list[Token],
    start: int,
    end: int,
    value: int,
    about: str | None,
    unit: str | None = None,
) -> Detail:
    """Return the rank over tokens ``start`` to ``end``."""
    span_start, span_end = tokens[start].start, tokens[end - 1].end
    return Detail(
        Kind.RANK, text[span_start:span_end], span_start, span_end, value, unit, about=about
    )


def rank_total(tokens: list[Token], index: int) -> tuple[str | None, int]:
    """Return the unit "of N" for "among N" / "of N" / "out of N" at ``index``."""
    at = index
    if free(tokens, at + 1) and tokens[at].low == "out" and tokens[at + 1].low == "of":
        at += 2
    elif free(tokens, at) and tokens[at].low in ("among", "of"):
        at += 1
    else:
        return None, index
    if not free(tokens, at):
        return None, index
    number = number_at(tokens, at)
    if number is None:
        return None, index
    total, end, _ = number
    _, end = head_noun(tokens, end, total)
    return f"of {plain(total)}", end


def rank_verb_before(tokens: list[Token], index: int) -> str | None:
    """Return the ranking verb just before ``index`` ("ranked (the) third"), or None."""
    at = index - 1
    for _ in range(3):
        if at < 0 or not tokens[at].is_word:
            return None
        if tokens[at].low in RANK_VERBS:
            return tokens[at].low
        if tokens[at].low not in ("the", "in", "at"):
            return None
        at -= 1
    return None
