"""The numbers area's word tables, read from text/lists/ into the shapes the readers use.

counts(name)     -> word -> whole number, from lines "word: 12" ("dozen: 12")
names(name)      -> key -> the words after it as one name, from lines "bp: basis point"
in_order(name)   -> the words of a list in the order they are written, as a tuple
word_runs(name)  -> each line's words as a tuple, in order (("in", "a", "row"), ...)

Each is built on text.lexicon, which reads each file once.
"""

from __future__ import annotations

from ...text.lexicon import phrases, table


def counts(name: str) -> dict[str, int]:
    """Return word -> whole number from the lines "word: 12" of ``lists/<name>.txt``.

    >>> counts("numbers-digit-words")["seven"]
    7
    """
    return {word: int(value) for word, (value,) in table(name).items()}


def names(name: str) -> dict[str, str]:
    """Return key -> the words after it joined by a space, from lines "bp: basis point"."""
    return {key: " ".join(value) for key, value in table(name).items()}


def in_order(name: str) -> tuple[str, ...]:
    """Return the words of ``lists/<name>.txt`` in the order they are written.

    For lists whose order matters, or that are read as a tuple (``str.endswith``).
    """
    return tuple(word for line in phrases(name) for word in line.split())


def word_runs(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the words of each line of ``lists/<name>.txt`` as a tuple, lines in order.

    >>> word_runs("numbers-and-a-part")
    (('and', 'a', 'half'), ('and', 'a', 'quarter'))
    """
    return tuple(tuple(line.split()) for line in phrases(name))
