"""A person's role: read from the titles before a name, or from a phrase in apposition.

role(sentence, first, last)            -> tokens as a role: lowercase, without an article
                                          or a form of address ("finance minister")
appositive_role(sentence, first, last) -> the role an appositive gives ("a policy analyst")
role_after(sentence, last)             -> the role of an appositive after a name ("X, the
                                          envoy,")
entity_name(sentence, first, last, e)  -> the Name an entity gives, with the titles before
                                          a person as its role ("political scientist X")
"""

from __future__ import annotations

from ...models import Detail, Kind
from ..polarity import AUXILIARIES
from .sentence import Name, Sentence, is_possessive, is_word_or_number
from .words import (
    ARTICLES,
    CLAUSE_MARKS,
    CUE_VERBS,
    HONORIFICS,
    MAX_APPOSITIVE,
    MAX_MODIFIERS,
    QUOTE_MARKS,
    ROLES,
    SPACE_RE,
)


def role(sentence: Sentence, first: int, last: int) -> str | None:
    """Return tokens ``first`` to ``last`` as a role: lowercase, without an article,
    a form of address or a full stop ("the Finance Minister" -> "finance minister").

    A capitalised possessive keeps its capital ("Portugal's environment minister"):
    it names whose the role is, where a lowercase one ("the club's manager") does not.
    """
    toks = sentence.toks
    while first <= last and (
        toks[first].low in ARTICLES
        or toks[first].low.rstrip(".") in HONORIFICS
        or not is_word_or_number(toks[first])
    ):
        first += 1
    while last >= first and not is_word_or_number(toks[last]):
        last -= 1
    if first > last:
        return None
    start = toks[first].start
    chars = list(sentence.text[start : toks[last].end].lower())
    for tok in toks[first : last + 1]:
        if is_possessive(tok) and tok.text[0].isupper():
            chars[tok.start - start : tok.end - start] = tok.text
    return SPACE_RE.sub(" ", "".join(chars))


def appositive_role(sentence: Sentence, first: int, last: int) -> str | None:
    """Return the role an appositive of tokens ``first`` to ``last`` gives, if it is one.

    An appositive is a role when its first noun phrase ends in a title and it holds no
    verb: "a policy analyst", "director of the Minsk Dialogue Council", not "54" nor
    "analysts say".
    """
    toks = sentence.toks
    words = toks[first : last + 1]
    if not words or any(
        t.low in AUXILIARIES or t.low in CUE_VERBS or t.text in QUOTE_MARKS for t in words
    ):
        return None
    at = first
    while at <= last and (toks[at].low in ARTICLES or is_possessive(toks[at])):
        at += 1
    head = at
    while head + 1 <= last and sentence.is_content(head + 1):
        head += 1
    if at > last or not sentence.is_content(head) or toks[head].low not in ROLES:
        return None
    return role(sentence, first, last)


def role_after(sentence: Sentence, last: int) -> str | None:
    """Return the role an appositive right after token ``last`` gives ("X, the envoy,")."""
    toks = sentence.toks
    comma = last + 1
    if comma >= len(toks) or toks[comma].text != ",":
        return None
    end = comma + 1
    while (
        end < len(toks)
        and end - comma <= MAX_APPOSITIVE
        and toks[end].text != ","
        and toks[end].text not in CLAUSE_MARKS
        and toks[end].text not in QUOTE_MARKS
    ):
        end += 1
    return appositive_role(sentence, comma + 1, end - 1)


def entity_name(sentence: Sentence, first: int, last: int, entity: Detail) -> Name:
    """Return the name an entity gives, reaching back over titles before a person."""
    reach = _titles_before(sentence, first) if entity.kind is Kind.PERSON else first
    found = role(sentence, reach, first - 1) if reach < first else None
    if reach > 0 and sentence.toks[reach - 1].low in ARTICLES:
        reach -= 1
    return Name(first, last, str(entity.value), reach, found)


def _titles_before(sentence: Sentence, first: int) -> int:
    """Return where the titles before a person's name at token ``first`` start: "Finance
    Minister", "Dr.", "Russian President" (an entity before a title), "Portugal's
    environment minister" (a possessive ends them)."""
    toks, reach = sentence.toks, first
    while reach > 0 and first - reach < MAX_MODIFIERS:
        before = toks[reach - 1]
        title = before.low in ROLES or before.low.rstrip(".") in ROLES
        if title or (sentence.is_content(reach - 1) and reach < first and toks[reach].low in ROLES):
            reach -= 1
        elif before.text == "." and reach >= 2 and toks[reach - 2].low in ROLES:
            reach -= 2
        elif reach - 1 in sentence.entity_ending and toks[reach].low in ROLES:
            reach = sentence.entity_ending[reach - 1][0]  # "Russian President X"
        elif is_possessive(before) and reach < first:
            return reach - 1  # "Portugal's environment minister X"
        else:
            break
    return reach
