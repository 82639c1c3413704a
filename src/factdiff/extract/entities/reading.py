"""The words and marks of a text as the entity finders read them.

Token                                     -> a word or mark, its possessive ending set apart
tokenise(text, taken)                     -> the tokens of a text, those in taken spans blocked
is_sentence_initial(tokens, index)        -> whether a token opens a text, sentence or quotation
is_title_case(tokens)                     -> whether most long words are capitalised (a headline)
longest_known(tokens, index, names, most) -> how many tokens from ``index`` spell a known name
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ...text.tokens import tokens as matches

__all__ = ["Token", "is_sentence_initial", "is_title_case", "longest_known", "tokenise"]

# Other words than speech's and polarity's (text.tokens.Token): an initialism is one
# token ("U.S."), a possessive "'s" stays on its word and is set apart in ``core``, a
# number runs on through its separators ("1,500."), and no lowercase form is kept.
_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:['’]s\b)?|\d[\d,.]*|[^\w\s]"
)
_POSSESSIVE_RE = re.compile(r"['’]s\Z")
_SENTENCE_BREAKS = frozenset({".", "!", "?", ":", ";", "“", '"', "‘", "(", "[", "|", "—", "–"})


@dataclass(frozen=True, slots=True)
class Token:
    """A word or mark of the text: ``core`` is the word without a possessive ending."""

    text: str
    start: int
    end: int
    core: str
    core_end: int
    possessive: bool
    blocked: bool

    @property
    def is_word(self) -> bool:
        """Return whether this is a free word token."""
        return not self.blocked and self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        """Return whether this is a free word starting with a capital letter."""
        return self.is_word and self.text[0].isupper()


def tokenise(text: str, taken: Sequence[tuple[int, int]]) -> list[Token]:
    """Return the tokens of ``text``, marking those inside a taken span as blocked.

    >>> [(t.core, t.possessive) for t in tokenise("Putin’s U.S. trip", ())]
    [('Putin', True), ('U.S.', False), ('trip', False)]
    """
    found = []
    for match, blocked in matches(_TOKEN_RE, text, taken):
        word = match.group()
        possessive = _POSSESSIVE_RE.search(word) is not None and len(word) > 2
        core = word[:-2] if possessive else word
        found.append(
            Token(
                word,
                match.start(),
                match.end(),
                core,
                match.start() + len(core),
                possessive,
                blocked,
            )
        )
    return found


def is_sentence_initial(tokens: list[Token], index: int) -> bool:
    """Return whether the token at ``index`` opens the text, a sentence or a quotation."""
    at = index - 1
    while at >= 0 and tokens[at].text in ("“", '"', "‘", "'", "(", "["):
        at -= 1
    if at < 0:
        return True
    if tokens[index - 1].text in _SENTENCE_BREAKS:
        return True
    return tokens[at].text in _SENTENCE_BREAKS


def is_title_case(tokens: list[Token]) -> bool:
    """Return whether most long words are capitalised, as in a headline."""
    long_words = [t for t in tokens if t.is_word and len(t.core) > 3]
    capitals = sum(1 for t in long_words if t.text[0].isupper())
    return len(long_words) >= 4 and capitals >= 0.6 * len(long_words)


def longest_known(tokens: list[Token], index: int, names: Collection[str], most: int) -> int:
    """Return the number of tokens from ``index`` forming the longest name in ``names``.

    The words must follow each other one space apart, none but the last possessive;
    ``most`` is the most words a name in ``names`` has.
    """
    parts: list[str] = []
    best = 0
    for size in range(1, most + 1):
        at = index + size - 1
        if at >= len(tokens) or not tokens[at].is_word:
            break
        if size > 1 and (tokens[at - 1].possessive or tokens[at].start - tokens[at - 1].end != 1):
            break
        parts.append(tokens[at].core)
        if " ".join(parts) in names:
            best = size
    return best
