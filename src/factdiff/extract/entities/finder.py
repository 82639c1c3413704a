"""find_entities: the entity finders combined, each token given to one detail at most.

find_entities(text, taken=, analysis=) -> the person, place and organisation details of a text
entities_of(text, tokens)              -> the same, of a text already tokenised
Analysed                               -> what find_entities reads of a sentence analysed once

The finders read in turn, each skipping the tokens taken before it: organisations and
multi-word places (with the acronyms defined after them), then people, then single
words: demonyms, places, known organisations and acronyms defined in parentheses.

What they find depends on the text and its tokens only, so a sentence read once for
every extractor (``extract.analysis``) gives its tokens and its entities: the entities
of the sentence with no span taken serve again when the taken spans block no token.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ...models import Detail, Kind
from ...text.tokens import reblocked
from .gazetteer import DEMONYMS, KNOWN_ORGANISATIONS, NEEDS_THE, PLACES
from .organisations import organisations
from .people import is_person, name_chunks
from .reading import Token, is_title_case, tokenise

__all__ = ["Analysed", "entities_of", "find_entities"]


class Analysed(Protocol):
    """What find_entities reads of a sentence analysed once for every extractor
    (``extract.analysis.SentenceAnalysis``), named here rather than imported, for
    that module imports this one."""

    @property
    def entity_tokens(self) -> tuple[Token, ...]: ...  # pragma: no cover

    @property
    def entities(self) -> tuple[Detail, ...]: ...  # pragma: no cover

    def of(self, text: str) -> Analysed:
        """Return the analysis, checked to be of ``text``."""
        ...  # pragma: no cover


_ACRONYM_RE = re.compile(r"[A-Z][A-Z.&]{1,7}")


class _Collector:
    """The details found so far in one text, and which of its tokens they cover."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.used = [False] * len(tokens)
        self.details: list[Detail] = []

    def add(
        self, kind: Kind, first: int, last: int, value: str, qualifier: str | None = None
    ) -> None:
        """Record a detail covering tokens ``first`` to ``last``."""
        start, end = self.tokens[first].start, self.tokens[last].core_end
        self.details.append(Detail(kind, self.text[start:end], start, end, value, None, qualifier))
        for i in range(first, last + 1):
            self.used[i] = True

    def add_part(self, kind: Kind, start: int, end: int, value: str, qualifier: str) -> None:
        """Record a detail covering part of one token."""
        self.details.append(Detail(kind, self.text[start:end], start, end, value, None, qualifier))

    def add_acronym(self, last: int, kind: Kind | None = None, value: str = "") -> None:
        """Read "(ACRONYM)" after token ``last`` as another mention of the name before it.

        With no ``kind``, the name before is a capitalised run whose initials give the
        acronym, and it becomes an organisation too.
        """
        tokens, at = self.tokens, last + 1
        if (
            last < 0
            or at + 2 >= len(tokens)
            or tokens[at].text != "("
            or tokens[at + 2].text != ")"
        ):
            return
        acronym = tokens[at + 1]
        if acronym.blocked or self.used[at + 1] or not _ACRONYM_RE.fullmatch(acronym.core):
            return
        if kind is None:
            first = last
            while first > 0 and tokens[first - 1].is_capitalised and not self.used[first - 1]:
                first -= 1
            words = [t.core for t in tokens[first : last + 1] if t.is_capitalised]
            if len(words) < 2 or self.used[last] or "".join(w[0] for w in words) != acronym.core:
                return
            kind, value = Kind.ORGANISATION, " ".join(t.core for t in tokens[first : last + 1])
            self.add(kind, first, last, value)
        self.add(kind, at + 1, at + 1, value)


def find_entities(
    text: str,
    *,
    taken: Sequence[tuple[int, int]] = (),
    analysis: Analysed | None = None,
) -> list[Detail]:
    """Return the people, places and organisations in ``text``, outside the ``taken`` spans.

    >>> [(d.kind.value, d.value) for d in find_entities("Russian President Vladimir Putin met")]
    [('place', 'Russia'), ('person', 'Vladimir Putin')]
    """
    if analysis is None:
        return entities_of(text, tokenise(text, taken))
    read = analysis.of(text)
    tokens = reblocked(read.entity_tokens, taken)
    if not any(token.blocked for token in tokens):
        return list(read.entities)
    return entities_of(text, tokens)


def entities_of(text: str, tokens: list[Token]) -> list[Detail]:
    """Return the people, places and organisations of ``text`` read as ``tokens``
    (``tokenise``), sorted by start."""
    found = _Collector(text, tokens)
    for kind, first, last, value in organisations(tokens):
        found.add(kind, first, last, value)
        found.add_acronym(last, kind, value)
    title_case = is_title_case(tokens)
    for first, last in name_chunks(tokens, found.used):
        if is_person(tokens, first, last, title_case):
            found.add(Kind.PERSON, first, last, " ".join(t.core for t in tokens[first : last + 1]))
    for index, token in enumerate(tokens):
        if not (found.used[index] or token.blocked):
            _add_single_word(found, index, token)
    return sorted(found.details, key=lambda d: (d.start, d.end))


def _add_single_word(found: _Collector, index: int, token: Token) -> None:
    """Read a token no finder took: an acronym's "(", a demonym, place or known organisation.

    A hyphenated word holds demonyms as parts ("Russian-Belarusian").
    """
    core = token.core
    if token.text == "(":
        found.add_acronym(index - 1)
    elif not token.is_word:
        return
    elif core in DEMONYMS and token.is_capitalised:
        found.add(Kind.PLACE, index, index, DEMONYMS[core], "demonym")
    elif core in PLACES and token.is_capitalised:
        found.add(Kind.PLACE, index, index, PLACES[core])
    elif core in KNOWN_ORGANISATIONS and core not in NEEDS_THE:
        found.add(Kind.ORGANISATION, index, index, KNOWN_ORGANISATIONS[core])
    elif "-" in core:
        offset = token.start
        for part in core.split("-"):
            if part in DEMONYMS:
                end = offset + len(part)
                found.add_part(Kind.PLACE, offset, end, DEMONYMS[part], "demonym")
            offset += len(part) + 1
