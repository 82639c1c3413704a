"""Noun phrases read backwards from a token: the subject before a verb or a comma.

base_before(sentence, last)        -> the name or noun phrase ending at token ``last``, and
                                      its head (-1 for a name or a pronoun)
role_before(sentence, name, comma) -> ``name`` with the role of a phrase before it and a
                                      comma ("the regional governor, Oleh Marchenko")
"""

from __future__ import annotations

import dataclasses

from .roles import entity_name, role
from .sentence import Name, Sentence, is_possessive
from .words import ARTICLES, CLAUSE_MARKS, MAX_MODIFIERS, PRONOUNS, ROLES, SOURCE_NOUNS


def base_before(sentence: Sentence, last: int) -> tuple[Name, int] | None:
    """Return the name or noun phrase ending at ``last`` and its head (-1 for a name)."""
    toks = sentence.toks
    if last < 0 or last >= len(toks):
        return None
    tok = toks[last]
    if last in sentence.entity_ending:
        first, entity = sentence.entity_ending[last]
        if first < last or tok.low not in SOURCE_NOUNS:  # "General Staff" is no person
            return entity_name(sentence, first, last, entity), -1
    if tok.low in PRONOUNS:
        return Name(last, last, tok.low, reach=last), -1
    if not sentence.is_content(last) or is_possessive(tok):
        return None
    first = _modifiers_before(sentence, last)
    reach = first - 1 if first > 0 and toks[first - 1].low in ARTICLES else first
    return Name(first, last, sentence.phrase(first, last), reach=reach), last


def _modifiers_before(sentence: Sentence, last: int) -> int:
    """Return the first word of the noun phrase whose head is token ``last``.

    A capital opening the sentence is taken only before a small letter ("Swedish
    researchers"), or in a name's words ("Amina Yusuf"), unless the head is a common
    noun ("Analysts").
    """
    toks = sentence.toks
    first = last
    name_run = toks[last].text[0].isupper() and toks[last].low not in SOURCE_NOUNS
    while first > 0 and last - first < MAX_MODIFIERS:
        before = toks[first - 1]
        opening = first == 1 or toks[first - 2].text in CLAUSE_MARKS
        if first - 1 in sentence.entity_ending:
            first = sentence.entity_ending[first - 1][0]
        elif not sentence.is_content(first - 1):
            break
        elif (
            before.text[0].islower()
            or is_possessive(before)
            or before.text.isupper()
            or not opening
            or name_run
            or toks[first].text[0].islower()
        ):
            first -= 1
        else:
            break
    return first


def role_before(sentence: Sentence, name: Name, comma: int) -> Name:
    """Return ``name`` with the role a phrase before it and ``comma`` gives, if it is one.

    "the regional governor, Oleh Marchenko, said": the role is "regional governor", and
    the name's phrase reaches back over it.
    """
    base = base_before(sentence, comma - 1)
    if name.role is not None or base is None or base[1] < 0:
        return name
    phrase, head = base
    if sentence.toks[head].low not in ROLES:
        return name
    found = role(sentence, phrase.first, phrase.last)
    return dataclasses.replace(name, reach=min(phrase.reach, phrase.first), role=found)
