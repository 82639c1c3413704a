"""Qualifiers: the words before a number that make its value an interval ("nearly 10").

qualifier_before(tokens, index, floor)  -> the qualifier before a number and its start

and QUALIFIERS, the words of each qualifier -> its name ("more than", "over" -> "more
than"; text/lists/numbers-qualifiers.txt). What interval each gives is told in
numbers/intervals.py.
"""

from __future__ import annotations

from ...text.lexicon import names
from ...text.tokens import Token

# Words before a number that make its value an interval (see numbers/intervals.py).
QUALIFIERS = {tuple(key.split()): name for key, name in names("numbers-qualifiers").items()}
_MAX_QUALIFIER_WORDS = max(len(words) for words in QUALIFIERS)


def qualifier_before(tokens: list[Token], index: int, floor: int) -> tuple[str | None, int]:
    """Return the qualifier ending just before ``index`` and the index where it starts."""
    for size in range(_MAX_QUALIFIER_WORDS, 0, -1):
        start = index - size
        if start < floor or not all(t.is_word for t in tokens[start:index]):
            continue
        words = tuple(t.low for t in tokens[start:index])
        if words in QUALIFIERS:
            return QUALIFIERS[words], start
    return None, index
