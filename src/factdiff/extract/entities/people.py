"""People's names: runs of name-like words, and the signs that a run names a person.

name_chunks(tokens, used)                  -> the runs of name-like words, (first, last)
is_person(tokens, first, last, title_case) -> whether such a run names a person

A run names a person after a title or role ("President Vladimir Putin", "President of
Belarus, Alexander Lukashenko"), before ", a/an <role>" or a reporting verb, or when it
starts with a common given name. A lone word does mid-sentence, or opening a sentence
when a verb follows ("Lukashenko had"), unless it looks like a common word or the text
is a headline, where every word is capitalised.
"""

from __future__ import annotations

from .gazetteer import DEMONYMS, KNOWN_ORGANISATIONS, MAX_PLACE_WORDS, PLACES
from .reading import Token, is_sentence_initial
from .vocabulary import (
    ABBREVIATED_TITLES,
    ARTICLES,
    CALENDAR_WORDS,
    GIVEN_NAMES,
    NOT_NAME_ENDINGS,
    NOT_NAMES,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    REPORTING_VERBS,
    VERBS_AFTER_NAME,
)

__all__ = ["is_person", "name_chunks"]

_MAX_NAME_WORDS = 3


def name_chunks(tokens: list[Token], used: list[bool]) -> list[tuple[int, int]]:
    """Return the runs of name-like words as (first, last) token indexes."""
    chunks = []
    index = 0
    while index < len(tokens):
        if used[index] or not _is_name_word(tokens[index]):
            index += 1
            continue
        last = index
        while (
            last + 1 < len(tokens)
            and not used[last + 1]
            and not tokens[last].possessive
            and tokens[last + 1].start - tokens[last].end == 1
            and _is_name_word(tokens[last + 1])
        ):
            last += 1
        if last - index < _MAX_NAME_WORDS:
            chunks.append((index, last))
        index = last + 1
    return chunks


def _is_name_word(token: Token) -> bool:
    """Return whether a token may be part of a person's name."""
    core = token.core
    if not token.is_capitalised or core in PLACES or core in DEMONYMS:
        return False
    if core in KNOWN_ORGANISATIONS or core in ORGANISATION_WORDS or core in CALENDAR_WORDS:
        return False
    low = core.lower()
    if low in NOT_NAMES or low in PERSON_TITLES or low in ABBREVIATED_TITLES or low in NUMBER_WORDS:
        return False
    return not (len(core) > 1 and core.isupper())


def is_person(tokens: list[Token], first: int, last: int, title_case: bool) -> bool:
    """Return whether the name-like words from ``first`` to ``last`` name a person."""
    if _has_title_before(tokens, first) or _has_role_after(tokens, last):
        return True
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    verb_after = after is not None and after.is_word and after.core in REPORTING_VERBS
    if verb_after and not tokens[last].possessive:
        return True
    if last > first:
        return tokens[first].core in GIVEN_NAMES
    return not title_case and _is_lone_name(tokens, first, after)


def _is_lone_name(tokens: list[Token], index: int, after: Token | None) -> bool:
    """Return whether one name-like word, with no title, role or reporting verb, is a name."""
    word = tokens[index]
    if len(word.core) < 3 or "-" in word.core or not word.core[1:].islower():
        return False
    if word.core.lower().endswith(NOT_NAME_ENDINGS):
        return False
    if index > 0 and tokens[index - 1].text in ("@", "#"):
        return False
    if not is_sentence_initial(tokens, index):
        return True
    if word.possessive:
        return True
    return (
        after is not None
        and after.is_word
        and (after.core in VERBS_AFTER_NAME or (after.core.endswith("ed") and after.core.islower()))
    )


def _has_title_before(tokens: list[Token], first: int) -> bool:
    """Return whether a title or role comes just before a name ("President of Ukraine X")."""
    at = first - 1
    if at >= 1 and tokens[at].text == "." and tokens[at - 1].core.lower() in ABBREVIATED_TITLES:
        return True
    if at >= 0 and tokens[at].text == ",":
        at -= 1
    # "President of Belarus, Alexander Lukashenko": skip "of <place>" after the title.
    place_end = at
    while at >= 0 and place_end - at < MAX_PLACE_WORDS and tokens[at].core in PLACES:
        at -= 1
    if place_end > at and at >= 1 and tokens[at].text == "of":
        at -= 1
    elif place_end != first - 1 and tokens[first - 1].text == ",":
        return False
    return at >= 0 and tokens[at].is_word and tokens[at].core.lower() in PERSON_TITLES


def _has_role_after(tokens: list[Token], last: int) -> bool:
    """Return whether ", a/an <role>" or ", <role>" follows a name."""
    at = last + 1
    if at >= len(tokens) or tokens[at].text != ",":
        return False
    at += 1
    if at < len(tokens) and tokens[at].core.lower() in ARTICLES:
        at += 1
    return any(
        t.is_word and t.core.lower() in PERSON_TITLES for t in tokens[at : at + 3] if not t.blocked
    )
