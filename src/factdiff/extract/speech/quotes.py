"""Where the quotes of a sentence lie, and the words they quote.

quote_spans(text, taken)       -> the (start, end) of every outermost quote, in order
quoted_words(text, start, end) -> the words between a quote's marks

Straight and curly double quotes; single quotes when nested in a double quote or clearly
paired, so that apostrophes ("don’t", "Belarus’ border") are never read as quotes. A mark
left unpaired makes no quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text.tokens import tokens as scan
from .words import SPACE_RE

_DOUBLE_MARK_RE = re.compile(r"[\"“”]")
_SINGLE_MARK_RE = re.compile(r"[‘’']")


def _opens(text: str, at: int) -> bool:
    """Return whether a mark at ``at`` can open a quote: at a word's start, before a word."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in '([{—–-:/“‘"') and not after.isspace()


def _closes(text: str, at: int) -> bool:
    """Return whether a mark at ``at`` can close a quote: after a word, before no letter."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _double_quotes(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the (start, end) of each outermost double-quoted stretch of ``text``."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    opener = ""
    depth = 0
    for match, blocked in scan(_DOUBLE_MARK_RE, text, taken):
        if blocked:
            continue
        mark, at = match.group(), match.start()
        if opened is None:
            if mark == "“" or (mark == '"' and (_opens(text, at) or not _closes(text, at))):
                opened, opener, depth = at, mark, 1
        elif opener == '"':
            if mark == '"':
                found.append((opened, at + 1))
                opened = None
        elif mark == "“":
            depth += 1
        elif mark == "”":
            depth -= 1
            if depth == 0:
                found.append((opened, at + 1))
                opened = None
    return found


def _single_quotes(
    text: str, taken: Sequence[tuple[int, int]], doubles: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Return the single-quoted stretches of ``text`` outside the double quotes."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    region = 0  # index of the first double quote not yet passed
    for match, blocked in scan(_SINGLE_MARK_RE, text, taken):
        at = match.start()
        while region < len(doubles) and doubles[region][1] <= at:
            region += 1
            opened = None  # a single quote never spans a double one
        if blocked or (region < len(doubles) and doubles[region][0] <= at):
            continue
        mark = match.group()
        before = text[at - 1] if at > 0 else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if before.isalpha() and after.isalpha():
            continue  # an apostrophe: "don’t", "Putin's"
        if opened is None:
            if mark != "’" and _opens(text, at) and after.isalpha():
                opened = at
        elif mark != "‘" and _closes(text, at):
            found.append((opened, at + 1))
            opened = None
    return found


def quote_spans(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the (start, end) of every outermost quote of ``text``, in order."""
    doubles = _double_quotes(text, taken)
    return sorted(doubles + _single_quotes(text, taken, doubles))


def quoted_words(text: str, start: int, end: int) -> str:
    """Return the words between the marks at ``start`` and ``end - 1``.

    >>> quoted_words('"We will win ,"', 0, 15)
    'We will win'
    """
    words = SPACE_RE.sub(" ", text[start + 1 : end - 1]).strip()
    return words.rstrip(",.").rstrip()
