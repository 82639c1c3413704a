"""The source or audience of a cue: a name or a noun phrase before or after it.

name_before(sentence, last, relaxed=)  -> the source whose phrase ends at token ``last``
                                          (the subject before a reporting verb)
name_after(sentence, first, titles=)   -> the name or noun phrase from token ``first`` (the
                                          source after "according to", an audience)

A name read by ``entities.find_entities`` gives its value; a noun phrase must be headed by
a source word ("analysts", "the minister") unless the caller relaxes that; a pronoun is
kept lowercase for ``resolution.resolve_speakers``.
"""

from __future__ import annotations

import dataclasses

from ...models import Kind
from .authors import author_after, author_before
from .phrases import base_before
from .roles import appositive_role, role, role_after
from .sentence import Name, Sentence, is_possessive
from .words import (
    ARTICLES,
    HONORIFICS,
    MAX_MODIFIERS,
    MAX_ROLE_WORDS,
    NAME_ENDS,
    OBJECT_PRONOUNS,
    POSTMODIFIER_PREPOSITIONS,
    PRESS,
    PRONOUNS,
    RESEARCHERS,
    ROLES,
    SOURCE_PREPOSITIONS,
    STUDIES,
)


def name_before(sentence: Sentence, last: int, *, relaxed: bool = False) -> Name | None:
    """Return the source whose phrase ends at token ``last``, reading backwards.

    A noun phrase must have a source word for its head ("analysts", "the
    minister") unless ``relaxed`` or the phrase follows a quote ("“…,” the
    striking nurses chanted").
    """
    author = author_before(sentence, last)
    if author is not None:
        return author  # "a study by Imperial College London", "researchers at X"
    base = base_before(sentence, last)
    if base is None:
        return None
    toks = sentence.toks
    name, head = base
    first = name.first
    while first > 0 and toks[first - 1].low in ARTICLES:
        first -= 1
    if first > 0 and toks[first - 1].low == "no":
        return None  # "No group has claimed": nobody
    relaxed = relaxed or sentence.after_quote(first)
    if first >= 2 and toks[first - 1].low in POSTMODIFIER_PREPOSITIONS:
        outer = base_before(sentence, first - 2)
        person = outer is not None and outer[1] < 0 and sentence.person_at(outer[0].first)
        if outer is not None and (person or (outer[1] >= 0 and sentence.is_source_head(outer[1]))):
            # "analysts at the bank said", "Gov. Rick Perry of Texas said"
            start = outer[0].first
            return Name(start, last, sentence.phrase(start, last), reach=start)
        if not relaxed:
            return None  # "troops in Belarus said": the name is no subject
    if head < 0 or relaxed or sentence.is_source_head(head):
        return name
    return None


def name_after(sentence: Sentence, first: int, *, titles: bool = False) -> Name | None:
    """Return the name or noun phrase starting at token ``first``, reading forwards.

    With ``titles``, words before a name are skipped as its title ("said opposition
    leader Maria Costa", "said Dr. Sara Lind"), and so is a role in apposition before
    it ("said the parliamentary speaker, Tomas Lind,"). A possessive pronoun before a
    noun is skipped ("his agent" -> "agent").
    """
    at = _head_start(sentence, first)
    if at is None:
        return None
    author = _author_in_phrase(sentence, first, at)
    if author is not None:
        return author  # "a study by the University of Oxford"
    person_role = None
    if titles:
        person_role, at = _titles_before_person(sentence, at)
    toks = sentence.toks
    # a name's possessive opens a phrase: "Gaza's health ministry" is no "Gaza"
    owner = is_possessive(toks[at]) and sentence.entity_at.get(at, (-1,))[0] == at
    if titles and person_role is None and (at not in sentence.entity_at or owner):
        named = _named_after_role(sentence, at, first)
        if named is not None:
            return named  # "said the parliamentary speaker, Tomas Lind, after"
    if at in sentence.entity_at and not owner:
        last, entity = sentence.entity_at[at]
        if entity.kind is Kind.PERSON and person_role is None:
            person_role = role_after(sentence, last)  # "according to X, the Kremlin spokesman"
        return Name(at, last, str(entity.value), reach=first, role=person_role)
    if toks[at].low in PRONOUNS or toks[at].low in OBJECT_PRONOUNS:
        return Name(at, at, toks[at].low, reach=first)
    last = _phrase_end(sentence, at, owner=owner)
    if last is None:
        return None
    last = _postmodified_end(sentence, last)
    return Name(at, last, sentence.phrase(at, last), reach=first)


def _head_start(sentence: Sentence, first: int) -> int | None:
    """Return the first word of the phrase from ``first`` past its articles and a
    possessive pronoun ("according to his agent", "told her lawyer"), or None at the
    sentence's end or in a quote."""
    toks = sentence.toks
    at = first
    while at < len(toks) and toks[at].low in ARTICLES and at not in sentence.entity_at:
        at += 1
    if at + 1 < len(toks) and sentence.possessive_pronoun(at):
        at += 1  # "according to his agent", "told her lawyer"
    if at >= len(toks) or sentence.quoted[at]:
        return None
    return at


def _author_in_phrase(sentence: Sentence, first: int, at: int) -> Name | None:
    """Return the named author of a study or researchers the phrase from ``at`` opens
    with ("a study by the University of Oxford", "researchers at X"), reaching back to
    ``first``; None when its first study or researcher word names no author."""
    toks = sentence.toks
    head = at
    while head < len(toks) and head - at < MAX_MODIFIERS and sentence.is_content(head):
        low = toks[head].low
        if low in STUDIES or low in RESEARCHERS:
            author = author_after(sentence, head + 1)
            if author is None:
                return None
            if low in RESEARCHERS:
                author = dataclasses.replace(author, role=role(sentence, at, head))
            return dataclasses.replace(author, reach=first)
        head += 1
    return None


def _titles_before_person(sentence: Sentence, at: int) -> tuple[str | None, int]:
    """Return the role of titles from ``at`` before a person's name, and where the name
    starts ("opposition leader Maria Costa", "Kremlin spokesman Dmitry Peskov"); else
    (None, at)."""
    toks = sentence.toks
    probe = at
    while probe < len(toks) and probe - at <= 4:
        if probe in sentence.entity_at:
            end = sentence.entity_at[probe][0]
            if sentence.person_at(probe):
                break
            probe = end + 1  # an organisation in a title: "Kremlin spokesman"
        elif sentence.is_content(probe) or toks[probe].text == ".":
            probe += 1
        else:
            break
    if sentence.person_at(probe) and any(t.low.rstrip(".") in ROLES for t in toks[at:probe]):
        return role(sentence, at, probe - 1), probe
    return None, at


def _phrase_end(sentence: Sentence, at: int, *, owner: bool) -> int | None:
    """Return the last token of the name or noun phrase from ``at``: a run of capitalised
    words, else up to four content words before a number; None when there is none."""
    toks = sentence.toks
    if sentence.is_capitalised(at) and not owner:
        return sentence.name_run(at)
    last = at
    while (
        last < len(toks)
        and last - at < 4
        and sentence.is_content(last)
        and not toks[last].text[0].isdecimal()  # "said the ministry 20 people died"
    ):
        last += 1
    return None if last == at else last - 1


def _postmodified_end(sentence: Sentence, last: int) -> int:
    """Return the end of a source word's phrase with the name after "of", "for" or "in":
    "officials in Kyiv", not "the ministry in a statement" nor "reporters in Minsk"."""
    toks = sentence.toks
    if (
        last + 2 < len(toks)
        and toks[last + 1].low in SOURCE_PREPOSITIONS
        and sentence.is_source_head(last)
        and toks[last].low not in PRESS
    ):
        inner = name_after(sentence, last + 2)
        if inner is not None and (
            toks[last + 1].low != "in" or toks[inner.first].text[0].isupper()
        ):
            return inner.last
    return last


def _named_after_role(sentence: Sentence, at: int, reach: int) -> Name | None:
    """Return the person named after a role and a comma from token ``at``, if one is.

    "said the parliamentary speaker, Tomas Lind, after the vote": the role is an
    appositive (``appositive_role``), the name a person read by ``find_entities``
    (or two or three capitalised words) that ends the clause or is followed by a comma.
    """
    toks = sentence.toks
    comma = _comma_after_role(sentence, at)
    if comma is None:
        return None
    person = _person_after_comma(sentence, comma + 1)
    if person is None:
        return None
    last, value = person
    if last + 1 < len(toks) and toks[last + 1].text not in NAME_ENDS:
        return None  # "the minister, John Smith and others"
    found = appositive_role(sentence, at, comma - 1)
    if found is None:
        return None
    return Name(comma + 1, last, value, reach=reach, role=found)


def _comma_after_role(sentence: Sentence, at: int) -> int | None:
    """Return the comma ending a role of a few words from ``at`` ("the mayor of X,"),
    if a word follows it."""
    toks = sentence.toks
    comma = at
    while comma < len(toks) and toks[comma].text != ",":
        tok = toks[comma]
        if comma - at >= MAX_ROLE_WORDS or not (
            sentence.is_content(comma)
            or tok.low in POSTMODIFIER_PREPOSITIONS
            or tok.low in ARTICLES
        ):
            return None
        comma += 1
    if comma == at or comma + 1 >= len(toks):
        return None
    return comma


def _person_after_comma(sentence: Sentence, start: int) -> tuple[int, str] | None:
    """Return the last token and value of the person named from ``start``: a person read
    by ``find_entities``, or two or three capitalised words after a form of address."""
    toks = sentence.toks
    if start in sentence.entity_at:
        last, entity = sentence.entity_at[start]
        if entity.kind is not Kind.PERSON:
            return None
        return last, str(entity.value)
    if toks[start].low in HONORIFICS:
        start += 2 if start + 1 < len(toks) and toks[start + 1].text == "." else 1
    if start >= len(toks):
        return None
    last = sentence.name_run(start)
    if not 2 <= last + 1 - start <= MAX_MODIFIERS or not all(
        sentence.is_capitalised(at) and toks[at].low.rstrip(".") not in HONORIFICS
        for at in range(start, last + 1)
    ):
        return None  # two or three capitalised words: "Tomas Lind"
    return last, sentence.phrase(start, last)
