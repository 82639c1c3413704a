"""The named author of a study, or the employer of researchers, as the source of a claim.

author_after(sentence, at)    -> the author named from the preposition at token ``at``
                                 ("by Imperial College London", "led by researchers at X")
author_before(sentence, last) -> the author ending at token ``last`` with the study or the
                                 researchers before it ("a study by X", "scientists at X")

The author must be a capitalised name; its value is the name, ``through`` is set, and
researchers before it are its role.
"""

from __future__ import annotations

import dataclasses

from .phrases import base_before
from .roles import role
from .sentence import Name, Sentence
from .words import (
    ARTICLES,
    AUTHOR_PARTICIPLES,
    AUTHOR_PREPOSITIONS,
    RESEARCHERS,
    SOURCE_NOUNS,
    STUDIES,
)

# Capitals before these are no name: "Swedish researchers".
_NOT_AFTER_NAME = SOURCE_NOUNS | RESEARCHERS
_STUDIES_OR_RESEARCHERS = STUDIES | RESEARCHERS


def proper_name(sentence: Sentence, first: int) -> Name | None:
    """Return the capitalised name from token ``first`` ("the University of Oxford",
    "Imperial College London"), with an entity's value when the name is one entity.

    Capitals before a source word are no name: "Swedish researchers".

    >>> sentence = Sentence("A study by Imperial College London found it.", ())
    >>> proper_name(sentence, 3).value, proper_name(sentence, 1)
    ('Imperial College London', None)
    """
    toks = sentence.toks
    if first >= len(toks) or not (sentence.is_capitalised(first) or first in sentence.entity_at):
        return None
    last = sentence.name_run(first)
    if first in sentence.entity_at:
        end, entity = sentence.entity_at[first]
        if end >= last:
            last, value = end, str(entity.value)
        else:
            value = sentence.phrase(first, last)
    else:
        value = sentence.phrase(first, last)
    if last + 1 < len(toks) and toks[last + 1].low in _NOT_AFTER_NAME:
        return None
    return Name(first, last, value)


def author_after(sentence: Sentence, at: int, *, depth: int = 0) -> Name | None:
    """Return the named author of a study or employer of researchers from token ``at``.

    ``at`` is the preposition after the study or the researchers ("by", "from",
    "at"), or a participle before "by" ("led by", "carried out by"). The author is a
    capitalised name, or a name after researchers ("by researchers at X"), who then
    are the role. The name's ``reach`` is left for the caller to set.
    """
    toks = sentence.toks
    if at < len(toks) and toks[at].low in AUTHOR_PARTICIPLES:
        at += 1
    elif at + 1 < len(toks) and toks[at].low == "carried" and toks[at + 1].low == "out":
        at += 2
    if at + 1 >= len(toks) or toks[at].low not in AUTHOR_PREPOSITIONS:
        return None
    first = at + 1
    while first < len(toks) and toks[first].low in ARTICLES and first not in sentence.entity_at:
        first += 1
    name = proper_name(sentence, first)
    if name is not None:
        return dataclasses.replace(name, through=True)
    if depth == 0 and first < len(toks) and toks[first].low in RESEARCHERS:
        inner = author_after(sentence, first + 1, depth=1)
        if inner is not None:
            return dataclasses.replace(inner, role=inner.role or toks[first].low)
    return None


def author_before(sentence: Sentence, last: int) -> Name | None:
    """Return the named author ending at ``last`` of a study or researchers before it.

    Reading backwards: a capitalised name ("Imperial College London"), a preposition
    ("by", "from", "at", "led by") and a study ("a new study", "research") or
    researchers ("scientists", "a team"); a study may come before the researchers
    ("a study by researchers at X"). The value is the name, the role the researchers,
    and ``reach`` the start of the study's phrase.

    >>> sentence = Sentence("A study by researchers at the University of Oslo found it.", ())
    >>> name = author_before(sentence, 8)
    >>> name.value, name.role, name.reach
    ('University of Oslo', 'researchers', 0)
    """
    toks = sentence.toks
    if last < 0 or last >= len(toks) or not sentence.is_capitalised(last):
        return None
    first = sentence.name_run_before(last)
    name = proper_name(sentence, first)
    if name is None or name.last != last:
        return None
    studied = _studied_before(sentence, first)
    if studied is None:
        return None
    reach, found = studied
    return dataclasses.replace(name, reach=reach, role=found, through=True)


def _studied_before(sentence: Sentence, first: int) -> tuple[int, str | None] | None:
    """Return where the study or researchers before a name at ``first`` start, and
    the researchers as a role: "a study by" -> (the index of "a", None)."""
    reach, found = -1, None
    for kinds in (_STUDIES_OR_RESEARCHERS, STUDIES):  # "a study by researchers at X"
        head = _author_head(sentence, first)
        if head is None or sentence.toks[head].low not in kinds:
            break
        base = base_before(sentence, head)
        if base is None:
            break
        name = base[0]
        reach, first = min(name.reach, name.first), name.first
        if sentence.toks[head].low in STUDIES:
            break
        found = role(sentence, name.first, head)
    return None if reach < 0 else (reach, found)


def _author_head(sentence: Sentence, first: int) -> int | None:
    """Return the noun before the preposition that introduces an author at ``first``
    ("study" in "a study led by the"), or None."""
    toks = sentence.toks
    while first > 0 and toks[first - 1].low in ARTICLES:
        first -= 1
    head = first - 2
    if head < 0 or toks[first - 1].low not in AUTHOR_PREPOSITIONS:
        return None
    if toks[first - 1].low == "by" and toks[head].low in AUTHOR_PARTICIPLES:
        head -= 1  # "led by"
    elif toks[first - 1].low == "by" and toks[head].low == "out" and head >= 2:
        head -= 2 if toks[head - 1].low == "carried" else 0  # "carried out by"
    return head if head >= 0 else None
