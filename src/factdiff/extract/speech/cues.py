"""Cues: the words that say a claim comes from someone, each with its source.

read_cues(sentence) -> every cue of the sentence, in order, with its source and audience
Cue                 -> a cue's words (tokens ``first`` to ``last``), lemma, source and audience

A cue is a reporting verb with its subject ("Moshes told", "Ukraine has also warned"),
or after a quote with its subject after it ("“…,” said Moshes"); "according to X",
"citing X", "X had made a statement", "considered by X as". A passive ("is said to")
or a modal ("will say") is no cue, nor a verb whose subject is no source.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ...models import Kind
from ...text.tokens import Token
from ..polarity import AUXILIARIES, MODALS
from .authors import author_after
from .names import name_after, name_before
from .phrases import role_before
from .roles import appositive_role
from .sentence import Name, Sentence, is_adverb, is_possessive, is_word_or_number
from .words import (
    AGENT_VERBS,
    ARTICLES,
    CLAUSE_MARKS,
    CLAUSE_VERBS,
    CLOSING_MARKS,
    CUE_VERBS,
    MAX_APPOSITIVE,
    PARTY_LABEL_RE,
    PASSIVE_AUXILIARIES,
    QUOTE_MARKS,
    QUOTE_ONLY_VERBS,
    ROLES,
    STATEMENT_ARTICLES,
    STATEMENT_VERBS,
    STUDIES,
    WEEKDAYS,
)

_BEFORE_INVERTED = frozenset({",", *CLOSING_MARKS})  # what precedes "said X" after a quote


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting cue with its source: tokens ``first`` to ``last`` are the cue words."""

    first: int
    last: int
    lemma: str
    source: Name
    audience: Name | None = None
    quote_only: bool = False


def read_cues(sentence: Sentence) -> list[Cue]:
    """Return every cue of the sentence with its source, in order."""
    toks = sentence.toks
    found: list[Cue] = []
    index = 0
    while index < len(toks):
        tok = toks[index]
        cue = None
        if not tok.blocked and not sentence.quoted[index] and is_word_or_number(tok):
            cue = _cue_at(sentence, index)
        if cue is not None:
            found.append(cue)
            index = max(cue.last, cue.source.last if cue.source.first > cue.last else 0) + 1
        else:
            index += 1
    return found


def _cue_at(sentence: Sentence, index: int) -> Cue | None:
    """Return the cue whose key word is at ``index``, with its source, if there is one."""
    toks = sentence.toks
    low = toks[index].low
    after = toks[index + 1].low if index + 1 < len(toks) else ""
    if low == "according" and after == "to":
        source = name_after(sentence, index + 2, titles=True)
        return None if source is None else Cue(index, index + 1, "according to", source)
    if low == "citing" and toks[index].text.islower():
        source = name_after(sentence, index + 1)
        return None if source is None else Cue(index, index, "cite", source)
    if low in AGENT_VERBS and after == "by":
        return _agent_cue(sentence, index)
    if low in STATEMENT_VERBS and after in STATEMENT_ARTICLES and index + 2 < len(toks):
        if toks[index + 2].low == "statement":
            return _verb_cue(sentence, index, index + 2, "state")
        return None
    if not toks[index].text.islower():
        return None
    if low in CUE_VERBS:
        return _verb_cue(sentence, index, index, CUE_VERBS[low])
    if low in QUOTE_ONLY_VERBS:
        cue = _verb_cue(sentence, index, index, QUOTE_ONLY_VERBS[low], relaxed=True)
        return None if cue is None else dataclasses.replace(cue, quote_only=True)
    return None


def _agent_cue(sentence: Sentence, index: int) -> Cue | None:
    """Return the cue of a passive verb at ``index`` whose agent after "by" is the source,
    when "as" or a quote follows it ("considered by X as", "described by X “…”")."""
    toks = sentence.toks
    source = name_after(sentence, index + 2)
    if source is None or source.last + 1 >= len(toks):
        return None
    following = toks[source.last + 1]
    if following.low != "as" and following.text not in QUOTE_MARKS:
        return None
    return Cue(index, index + 1, AGENT_VERBS[toks[index].low], source)


def _verb_cue(
    sentence: Sentence, key: int, last: int, lemma: str, *, relaxed: bool = False
) -> Cue | None:
    """Return the cue of a reporting verb from ``key`` to ``last``, with subject and audience.

    ``relaxed`` accepts any noun phrase as the subject (a verb that needs a quote).
    """
    toks = sentence.toks
    first = _verb_group_start(sentence, key)
    if first is None:
        return None
    if lemma == "add" and last + 1 < len(toks) and toks[last + 1].low == "to":
        return None  # "the decision added to fears"
    clause = sentence.clause_at(last + 1)
    if last + 1 < len(toks) and toks[last + 1].low == "that":
        last += 1
    source = _subject(sentence, first - 1, relaxed=relaxed)
    if (
        source is None
        and first > 0
        and toks[first - 1].text in _BEFORE_INVERTED
        and toks[last].low != "that"
    ):
        source = name_after(sentence, last + 1, titles=True)  # "“…,” said Moshes"
        if source is not None and not sentence.ends_inverted(source.last + 1):
            return None  # "…, said the dam would be closed": the dam is no source
    if source is None:
        return None
    if (
        lemma in CLAUSE_VERBS
        and not clause
        and not source.through
        and toks[source.last].low not in CLAUSE_VERBS[lemma]
    ):
        return None  # "police found a body", "the junta ruled the country"
    return Cue(first, last, lemma, source, _audience(sentence, lemma, source, first, last))


def _verb_group_start(sentence: Sentence, key: int) -> int | None:
    """Return the first word of the verb group ending at ``key`` (its auxiliaries and
    adverbs: "has also warned"), or None when it is passive ("is said to", "was told")
    or only foreseen ("might announce", "will say")."""
    toks = sentence.toks
    first = key
    while first > 0 and (toks[first - 1].low in AUXILIARIES or is_adverb(toks[first - 1])):
        first -= 1
        if toks[first].low in PASSIVE_AUXILIARIES or toks[first].low in MODALS:
            return None
    return first


def _audience(sentence: Sentence, lemma: str, source: Name, first: int, last: int) -> Name | None:
    """Return whom a verb from ``first`` to ``last`` reports the words told to: "Moshes
    told reporters", "said to the council"."""
    toks = sentence.toks
    if lemma == "tell" and source.first < first:
        return name_after(sentence, last + 1)
    if lemma == "say" and last + 1 < len(toks) and toks[last + 1].low == "to":
        return name_after(sentence, last + 2)
    return None


def _subject(sentence: Sentence, last: int, *, relaxed: bool = False) -> Name | None:
    """Return the subject of a verb whose group starts after token ``last``."""
    toks = sentence.toks
    if last < 0:
        return None
    if last >= 2 and toks[last].low in WEEKDAYS and toks[last - 1].low == "on":
        # "Perry on Tuesday said": the day says when, the subject stands before it
        return _subject(sentence, last - 2, relaxed=relaxed)
    if toks[last].text == ",":
        label = _party_label_opening(sentence, last)
        if label is not None:
            # "Michael McCaul, R-Texas, said": the label is the speaker's party, not a speaker
            return name_before(sentence, label - 1, relaxed=relaxed)
        return _subject_before_appositive(sentence, last, relaxed=relaxed)
    if toks[last].low == "who" and last >= 2 and toks[last - 1].text == ",":
        return name_before(sentence, last - 2, relaxed=relaxed)
    return name_before(sentence, last, relaxed=relaxed)


def _subject_before_appositive(sentence: Sentence, last: int, *, relaxed: bool) -> Name | None:
    """Return the subject of a verb after the comma at ``last`` that closes an appositive:
    "the regional governor, Oleh Marchenko, said", "Arkady Moshes, a policy analyst,
    said", "The study, led by X, found"."""
    toks = sentence.toks
    comma = _opening_comma(sentence, last)
    if comma is None:
        return None
    # a name in apposition: "the regional governor, Oleh Marchenko, said"
    if comma + 1 in sentence.entity_at:
        end, entity = sentence.entity_at[comma + 1]
        if end == last - 1 and entity.kind in (Kind.PERSON, Kind.ORGANISATION):
            name = name_before(sentence, end)
            return None if name is None else role_before(sentence, name, comma)
    if all(sentence.is_capitalised(at) for at in range(comma + 1, last)) and last - comma <= 4:
        name = Name(comma + 1, last - 1, sentence.phrase(comma + 1, last - 1))
        return role_before(sentence, name, comma)
    if not _is_appositive(toks[comma + 1]):
        return None
    name = name_before(sentence, comma - 1, relaxed=relaxed)
    if name is not None and name.role is None and comma - 1 in sentence.entity_ending:
        # "Arkady Moshes, a policy analyst, said"
        role = appositive_role(sentence, comma + 1, last - 1)
        name = dataclasses.replace(name, role=role)
    if name is not None and not name.through and toks[name.last].low in STUDIES:
        author = author_after(sentence, comma + 1)  # "The study, led by X, found"
        if author is not None and author.last == last - 1:
            return dataclasses.replace(author, reach=min(name.first, name.reach))
    return name


def _party_label_opening(sentence: Sentence, last: int) -> int | None:
    """Return the comma opening a party label closed by the comma at ``last`` (", R-Texas,",
    ", D-Calif.,"), or None."""
    toks = sentence.toks
    at = last - 1
    if at >= 0 and toks[at].text == ".":
        at -= 1
    if at >= 1 and PARTY_LABEL_RE.fullmatch(toks[at].text) and toks[at - 1].text == ",":
        return at - 1
    return None


def _opening_comma(sentence: Sentence, last: int) -> int | None:
    """Return the comma that opens the appositive closed by the comma at ``last``, if
    one does within a clause and with words between."""
    toks = sentence.toks
    comma = last - 1
    while (
        comma >= 0
        and last - comma <= MAX_APPOSITIVE
        and toks[comma].text != ","
        and toks[comma].text not in CLAUSE_MARKS
        and toks[comma].text not in QUOTE_MARKS
    ):
        comma -= 1
    if comma < 0 or comma >= last - 1 or toks[comma].text != ",":
        return None
    return comma


def _is_appositive(tok: Token) -> bool:
    """Return whether an appositive may start with ``tok`` ("director of", "a", "54",
    "Portugal's environment minister")."""
    return tok.text[0].isdecimal() or (
        is_word_or_number(tok)
        and (tok.text[0].islower() or tok.low in ROLES or tok.low in ARTICLES or is_possessive(tok))
    )
