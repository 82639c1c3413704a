"""Organisations, and places of several words, named by the capitalised spans of a text.

organisations(tokens) -> (kind, first, last, value) of each organisation and multi-word place

A block of capitalised words (joined by connectors: "of", "for", "&", ...) names an
organisation when it holds an organisation word ("Finnish Institute of International
Affairs"), or when one ends it in lowercase after two capitalised words ("Global Fire
Power index"). Otherwise the known names of the gazetteer are looked up word by word.
"""

from __future__ import annotations

from ...models import Kind
from .gazetteer import KNOWN_ORGANISATIONS, MAX_KNOWN_WORDS, MAX_PLACE_WORDS, NEEDS_THE, PLACES
from .reading import Token, longest_known
from .vocabulary import (
    CONNECTORS,
    FUNCTION_WORDS,
    LOWERCASE_ORGANISATION_WORDS,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    PERSON_TITLES,
)

__all__ = ["organisations"]


def organisations(tokens: list[Token]) -> list[tuple[Kind, int, int, str]]:
    """Return the organisations (and multi-word places) as (kind, first, last, value)."""
    found: list[tuple[Kind, int, int, str]] = []
    index = 0
    block_end = 0  # tokens before this belong to a block already read without success
    while index < len(tokens):
        if not tokens[index].is_capitalised:
            index += 1
            continue
        if index >= block_end:
            block_end = _capitalised_block(tokens, index)
            span = _organisation_in_block(tokens, index, block_end)
            if span is not None:
                found.append((Kind.ORGANISATION, *span))
                index, block_end = span[1] + 1, 0
                continue
        known = _known_at(tokens, index)
        if known is not None:
            found.append(known)
            index = known[2] + 1
            continue
        index += 1
    return found


def _known_at(tokens: list[Token], index: int) -> tuple[Kind, int, int, str] | None:
    """Return the known organisation or multi-word place starting at ``index``."""
    size = longest_known(tokens, index, KNOWN_ORGANISATIONS, MAX_KNOWN_WORDS)
    place_size = longest_known(tokens, index, PLACES, MAX_PLACE_WORDS)
    if place_size >= max(size, 2):
        name = " ".join(t.core for t in tokens[index : index + place_size])
        return Kind.PLACE, index, index + place_size - 1, PLACES[name]
    if size == 0:
        return None
    name = " ".join(t.core for t in tokens[index : index + size])
    first = index
    the = index > 0 and tokens[index - 1].core.lower() == "the" and tokens[index - 1].is_word
    if name in NEEDS_THE and not (the and tokens[index - 1].text == "The"):
        return None
    if the and KNOWN_ORGANISATIONS[name].startswith("The "):
        first = index - 1
    if size == 1 and name not in NEEDS_THE:
        return None  # single words are read in the last pass, after people
    return Kind.ORGANISATION, first, index + size - 1, KNOWN_ORGANISATIONS[name]


def _capitalised_block(tokens: list[Token], index: int) -> int:
    """Return the index after the capitalised words (and connectors) starting at ``index``."""
    end = index + 1
    while end < len(tokens):
        if tokens[end - 1].possessive or tokens[end].start - tokens[end - 1].end > 1:
            break
        if tokens[end].is_capitalised:
            end += 1
            continue
        # connectors count only when more capitalised words follow
        ahead = end
        while ahead < len(tokens) and tokens[ahead].text in CONNECTORS and ahead - end < 2:
            ahead += 1
        if ahead > end and ahead < len(tokens) and tokens[ahead].is_capitalised:
            end = ahead
            continue
        break
    return end


def _organisation_in_block(
    tokens: list[Token], start: int, end: int
) -> tuple[int, int, str] | None:
    """Return (first, last, value) of an organisation named by the block, if it is one."""
    while start < end and _opens_no_name(tokens[start]):
        start += 1
    if start >= end:
        return None
    span = _span_by_organisation_word(tokens, start, end) or _span_by_lowercase_word(
        tokens, start, end
    )
    if span is None:
        return None
    start, last = span
    name = " ".join(t.core for t in tokens[start : last + 1])
    if name in PLACES:
        return None  # "Soviet Union"
    if start > 0 and tokens[start - 1].text == "The" and name in KNOWN_ORGANISATIONS:
        start -= 1
    return start, last, KNOWN_ORGANISATIONS.get(name, name)


def _opens_no_name(token: Token) -> bool:
    """Return whether a block's opening word is left out of a name ("The", "Three", "of")."""
    low = token.core.lower()
    return low in FUNCTION_WORDS or low in NUMBER_WORDS or token.text in CONNECTORS


def _span_by_organisation_word(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """Return (first, last) of the name the block's organisation words make, if it has any.

    "President of the European Union": a title before the first organisation word is no
    part of the name. "EU Council President Charles Michel": the name stops at the last
    organisation word, then takes only the "of/for/on ..." phrases after it.
    """
    heads = [i for i in range(start, end) if tokens[i].core in ORGANISATION_WORDS]
    if not heads:
        return None
    titles = [i for i in range(start, heads[0]) if tokens[i].core.lower() in PERSON_TITLES]
    if titles:
        start = titles[-1] + 1
        while start < heads[0] and tokens[start].text in CONNECTORS:
            start += 1
    last, probe = heads[-1], heads[-1] + 1
    while probe < end and tokens[probe].text in CONNECTORS:
        tail = _phrase_end(tokens, probe, end)
        if tail == probe or not tokens[tail - 1].is_capitalised:
            break
        last, probe = tail - 1, tail
    return start, last


def _phrase_end(tokens: list[Token], probe: int, end: int) -> int:
    """Return the index after the connectors and capitalised words from ``probe``.

    A capitalised "The" ends the phrase: it opens another name.
    """
    tail = probe
    while tail < end and tokens[tail].text in CONNECTORS:
        tail += 1
    while tail < end and tokens[tail].is_capitalised and tokens[tail].text != "The":
        tail += 1
    return tail


def _span_by_lowercase_word(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """Return (first, last) of a name ended by a lowercase organisation word ("... index")."""
    if end < len(tokens) and tokens[end].core in LOWERCASE_ORGANISATION_WORDS:
        capitals = sum(1 for t in tokens[start:end] if t.is_capitalised)
        if capitals >= 2 and tokens[end].start - tokens[end - 1].end == 1:
            return start, end
    return None
