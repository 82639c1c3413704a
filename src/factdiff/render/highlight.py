"""Which words of a statement to mark: those the other source words differently, and details.

highlight(statement, other, differing) -> segments   word-level diff as data
differing_details(finding, statement)  -> the differing details inside a statement
counterpart(finding, statement)        -> the statement of another source to compare with

Highlighting is data (``Segment(text, changed, detail)``), never HTML built in Python;
the segments' texts always join back into the statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from factdiff.models import Detail, Finding, Statement
from factdiff.render.records import Segment

__all__ = ["counterpart", "differing_details", "highlight"]

_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")
_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'}
)


def _word_key(word: str) -> str:
    """Return what a word is compared by: folded case, plain quotes, no surrounding punctuation.

    >>> _word_key("Putin’s"), _word_key("(Monday,")
    ("putin's", 'monday')
    """
    word = word.translate(_QUOTES)
    return _EDGE_PUNCTUATION.sub("", word).casefold() or word


def highlight(
    statement: Statement,
    other: Statement | None = None,
    differing: Iterable[Detail] = (),
) -> tuple[Segment, ...]:
    """Return ``statement.text`` as segments: words not in ``other``, and the differing details.

    Words are compared with ``difflib.SequenceMatcher``; ``differing`` are details whose
    article offsets fall in this statement and whose spans stand out even where the words
    match. The segments' texts always join back into ``statement.text``.

    >>> from factdiff.models import Statement
    >>> a = Statement("a", 0, 0, 27, "His first visit in 3 years.")
    >>> b = Statement("b", 0, 0, 29, "His first visit in 3.5 years.")
    >>> [(s.text, s.changed) for s in highlight(a, b)]
    [('His first visit in ', False), ('3', True), (' years.', False)]
    """
    text = statement.text
    changed = [False] * len(text)
    detail = [False] * len(text)
    words = list(_WORD.finditer(text))
    if other is not None and words:
        theirs = [_word_key(m.group()) for m in _WORD.finditer(other.text)]
        ours = [_word_key(m.group()) for m in words]
        matcher = SequenceMatcher(None, theirs, ours, autojunk=False)
        for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal" and j1 < j2:
                # From the first changed word to the end of the last, spaces between
                # included, so that the highlight reads as one phrase.
                _mark(changed, words[j1].start(), words[j2 - 1].end())
    for item in differing:
        start = max(item.start - statement.start, 0)
        end = min(item.end - statement.start, len(text))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        _mark(detail, start, end)
    segments: list[Segment] = []
    run_start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or (changed[index], detail[index]) != (
            changed[run_start],
            detail[run_start],
        ):
            segments.append(Segment(text[run_start:index], changed[run_start], detail[run_start]))
            run_start = index
    return tuple(segments)


def _mark(flags: list[bool], start: int, end: int) -> None:
    """Set ``flags[start:end]`` to true."""
    if start < end:
        flags[start:end] = [True] * (end - start)


def differing_details(finding: Finding, statement: Statement) -> tuple[Detail, ...]:
    """Return the details of ``finding`` that differ and lie inside ``statement``."""
    return tuple(
        mention.detail
        for comparison in finding.differences
        for mention in comparison.mentions
        if mention.source == statement.source
        and statement.start <= mention.detail.start
        and mention.detail.end <= statement.end
    )


def counterpart(finding: Finding, statement: Statement) -> Statement | None:
    """Return the first statement of ``finding`` from another source than ``statement``'s."""
    return next((s for s in finding.statements if s.source != statement.source), None)
