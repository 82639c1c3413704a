"""Scan a sentence while skipping the spans another extractor has already taken.

tokens(pattern, text, taken)    -> each match of ``pattern`` with whether it overlaps a taken span
tokenise(pattern, text, taken)  -> the matches as Token records, folded for lookups
reblocked(found, taken)         -> tokens read once, blocked again for other taken spans
lower_straight(word)            -> a word lowercase with straight apostrophes ("putin's")
single_spaced(text)             -> the text with white space runs made one space and invisible
                                   format characters dropped, and where each of its
                                   characters stands in the text as written
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or punctuation mark of a sentence, with its span and folded form."""

    text: str
    low: str
    start: int
    end: int
    blocked: bool

    @property
    def is_word(self) -> bool:
        """Return whether this token is made of letters and may still be read."""
        return not self.blocked and self.text[0].isalpha()


def tokenise(
    pattern: re.Pattern[str],
    text: str,
    taken: Sequence[tuple[int, int]] = (),
    *,
    fold: Callable[[str], str] = str.lower,
) -> list[Token]:
    """Return the matches of ``pattern`` as tokens, those inside a taken span blocked.

    >>> [(t.low, t.blocked) for t in tokenise(re.compile(r"\\w+"), "On Monday", [(3, 9)])]
    [('on', False), ('monday', True)]
    """
    return [
        Token(match.group(), fold(match.group()), match.start(), match.end(), blocked)
        for match, blocked in tokens(pattern, text, taken)
    ]


def lower_straight(word: str) -> str:
    """Return ``word`` lowercase with curly apostrophes made straight, as word lists spell it.

    >>> lower_straight("Putin’s")
    "putin's"
    """
    return word.lower().replace("’", "'")


def tokens(
    pattern: re.Pattern[str], text: str, taken: Sequence[tuple[int, int]]
) -> Iterator[tuple[re.Match[str], bool]]:
    """Yield every match of ``pattern`` in ``text`` and whether it overlaps a taken span.

    One pass over the matches and the sorted spans together, so time is linear.

    >>> [(m[0], blocked) for m, blocked in tokens(re.compile(r"\\w+"), "on 19 May", [(3, 9)])]
    [('on', False), ('19', True), ('May', True)]
    """
    overlaps = _Overlaps(taken)
    for match in pattern.finditer(text):
        yield match, overlaps(*match.span())


class _Spanned(Protocol):
    """A token of any reader: its span and whether a taken span blocks it."""

    @property
    def start(self) -> int: ...  # pragma: no cover

    @property
    def end(self) -> int: ...  # pragma: no cover

    @property
    def blocked(self) -> bool: ...  # pragma: no cover


_Tok = TypeVar("_Tok", bound=_Spanned)


def reblocked(found: Sequence[_Tok], taken: Sequence[tuple[int, int]]) -> list[_Tok]:
    """Return tokens read once (in text order) with ``blocked`` set for the ``taken`` spans,
    as ``tokenise`` with those spans would have set it: a sentence is tokenised once and
    each reader blocks the spans the readers before it took.

    >>> once = tokenise(re.compile(r"\\w+"), "on 19 May")
    >>> [t.blocked for t in reblocked(once, [(3, 9)])] == [
    ...     t.blocked for t in tokenise(re.compile(r"\\w+"), "on 19 May", [(3, 9)])]
    True
    """
    overlaps = _Overlaps(taken)
    marked = []
    for token in found:
        blocked = overlaps(token.start, token.end)
        marked.append(
            token if token.blocked == blocked else dataclasses.replace(token, blocked=blocked)
        )
    return marked


class _Overlaps:
    """Whether each span of a run in text order overlaps a taken span, read in one pass."""

    def __init__(self, taken: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(taken)
        self.cursor = 0

    def __call__(self, start: int, end: int) -> bool:
        spans = self.spans
        while self.cursor < len(spans) and spans[self.cursor][1] <= start:
            self.cursor += 1
        return self.cursor < len(spans) and spans[self.cursor][0] < end


_RUN = re.compile(r"\s+|\S+")
# Invisible format characters: bidi controls (U+202A-E, U+2066-9, U+200E-F), zero-width
# spaces and joiners, the soft hyphen, a stray byte-order mark. A reader never sees them,
# so the extractors must not either: "1\u200d0 people" shows as 10, and a right-to-left
# override can make "eerht" display as "three".
INVISIBLE = re.compile(
    r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)
# What ``single_spaced`` changes: white space other than one space, or an invisible character.
_IRREGULAR = re.compile(rf"[^\S ]|  |{INVISIBLE.pattern}")


def single_spaced(text: str) -> tuple[str, list[int]]:
    """Return ``text`` with every run of white space made one space and invisible format
    characters dropped, and where each of its characters stands in ``text``.

    >>> single_spaced("three\\t years")
    ('three years', [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11])
    >>> single_spaced("1\\u200d0 people")[0]
    '10 people'
    """
    if not _IRREGULAR.search(text):
        return text, list(range(len(text)))
    parts: list[str] = []
    where: list[int] = []
    for match in _RUN.finditer(text):
        if match[0][0].isspace():
            # Not after a space already: a run of only invisible characters between two
            # runs of white space leaves nothing between them.
            if not parts or parts[-1] != " ":
                parts.append(" ")
                where.append(match.start())
        elif INVISIBLE.search(match[0]):
            for index, char in enumerate(match[0], match.start()):
                if not INVISIBLE.match(char):
                    parts.append(char)
                    where.append(index)
        else:
            parts.append(match[0])
            where.extend(range(match.start(), match.end()))
    return "".join(parts), where
