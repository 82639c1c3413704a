"""Tolls as headlines write them: whom a count of people counts by what befell them.

victim_unit(tokens, start, end, unit)  -> the unit of a count of people after a verb or a toll
casualty_after(tokens, index)          -> the unit a casualty word gives ("killed" -> "dead"), its end
toll_qualifier(tokens, start)          -> "more than" for a toll that tops a figure, or None

Headlines drop the noun a toll counts: "Suicide bomber kills 14", "Death toll rises to
15", "Dozens killed". A bare number (or "people", "others") that is the object of a verb
of VICTIM_VERBS counts its victims ("kills 14" -> 14 "dead", "injure two others" -> 2
"injured"); one after a verb of TOLL_VERBS (and "to"/"at") with "toll" before it in its
clause counts the dead ("toll climbs to 15", "toll in Kenya bus attack rises to six"),
and more than it after a verb that tops it ("toll passes 500" is more than 500). A
count followed by a word of CASUALTY_WORDS counts what it says ("28 people die" -> "dead",
"Dozens injured" -> "injured"), folded by SYNONYMS ("killed", "die" -> "dead"). A count
of named victims keeps its noun ("kills 17 civilians" stays "civilian"), so that two
tolls of different victims are not compared.
"""

from __future__ import annotations

from ...text.lexicon import forms, words
from ...text.tokens import Token
from ..numerals import SYNONYMS, free
from .events import CLAUSE_MARKS

VICTIM_VERBS = forms("numbers-victim-verbs")
# Each verb that gives a toll its figure -> "figure", or "more than" ("tops 600").
TOLL_VERBS = forms("numbers-toll-verbs")
CASUALTY_WORDS = words("numbers-casualty-words")
# Nouns too general to say who the victims were: "kills 47 people", "injure two others".
_ANYONE = frozenset({None, "person", "other"})
# Words between a count and what befell it: "22 people were killed", "have been hurt".
_AUXILIARIES = words("numbers-be") | words("numbers-have") | {"been", "being"}
# How far before its verb a toll's "toll" may stand: "Death toll from west China's violence
# rises to 35".
_TOLL_REACH = 8


def victim_unit(
    tokens: list[Token], start: int, end: int, unit: str | None
) -> tuple[str | None, int]:
    """Return the unit of the count over ``start:end`` (its qualifier included) and its end.

    >>> from factdiff.extract.numerals import TOKEN_RE
    >>> from factdiff.text.tokens import tokenise
    >>> def unit(text, start, end, unit=None):
    ...     return victim_unit(tokenise(TOKEN_RE, text), start, end, unit)
    >>> unit("bomber kills 14 in Kabul", 2, 3), unit("toll in Kenya rises to six", 5, 6)
    (('dead', 3), ('dead', 6))
    >>> unit("28 people die in a fire", 0, 2, "person"), unit("kills 17 civilians", 2, 4, "civilian")
    (('dead', 3), ('civilian', 4))
    """
    if unit not in _ANYONE:
        return unit, end
    if (after := casualty_after(tokens, end)) is not None:
        return after  # "28 people die"
    if start > 0 and free(tokens, start - 1) and tokens[start - 1].low in VICTIM_VERBS:
        return VICTIM_VERBS[tokens[start - 1].low], end  # "kills 14", "killing 6 people"
    if unit is None and _after_toll(tokens, start):
        return "dead", end  # "toll rises to 15"
    return unit, end


def casualty_after(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """Return the unit the casualty word at ``index`` gives ("killed" -> "dead") and the
    index after it, or None; auxiliaries and adverbs before it are passed over ("people
    were killed", "was seriously hurt")."""
    while free(tokens, index) and (
        tokens[index].low in _AUXILIARIES or tokens[index].low.endswith("ly")
    ):
        index += 1
    if not (free(tokens, index) and tokens[index].low in CASUALTY_WORDS):
        return None
    return SYNONYMS.get(tokens[index].low, tokens[index].low), index + 1


def toll_qualifier(tokens: list[Token], start: int) -> str | None:
    """Return "more than" when the toll at ``start`` tops its figure ("toll passes 500")."""
    verb = _toll_verb(tokens, start)
    return "more than" if verb is not None and TOLL_VERBS[verb] == "more than" else None


def _after_toll(tokens: list[Token], start: int) -> bool:
    """Return whether a number at ``start`` gives a toll its figure: "toll rises to 15"."""
    return _toll_verb(tokens, start) is not None


def _toll_verb(tokens: list[Token], start: int) -> str | None:
    """Return the verb that gives the number at ``start`` a toll's figure, or None."""
    verb = start - 1
    if verb >= 0 and tokens[verb].low in ("to", "at"):
        verb -= 1
    if verb < 1 or tokens[verb].low not in TOLL_VERBS:
        return None
    for at in range(verb - 1, max(verb - 1 - _TOLL_REACH, -1), -1):
        if tokens[at].text in CLAUSE_MARKS:
            return None
        if tokens[at].low == "toll":
            return tokens[verb].low
    return None
