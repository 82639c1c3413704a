"""Scan a sentence while skipping the spans another extractor has already taken.

tokens(pattern, text, taken) -> each match of ``pattern`` with whether it overlaps a taken span
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence


def tokens(
    pattern: re.Pattern[str], text: str, taken: Sequence[tuple[int, int]]
) -> Iterator[tuple[re.Match[str], bool]]:
    """Yield every match of ``pattern`` in ``text`` and whether it overlaps a taken span.

    One pass over the matches and the sorted spans together, so time is linear.

    >>> [(m[0], blocked) for m, blocked in tokens(re.compile(r"\\w+"), "on 19 May", [(3, 9)])]
    [('on', False), ('19', True), ('May', True)]
    """
    spans = sorted(taken)
    cursor = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        while cursor < len(spans) and spans[cursor][1] <= start:
            cursor += 1
        yield match, cursor < len(spans) and spans[cursor][0] < end
