"""The word lists and word tables, each kept in one data file under ``lists/``.

words(name)    -> the words of lists/<name>.txt, however they are laid out on its lines
phrases(name)  -> each line of lists/<name>.txt, one word or phrase per line
table(name)    -> key -> values, from the lines "key: value value ..." of lists/<name>.txt
forms(name)    -> each value of table(name) -> its key ("said" -> "say")
names(name)    -> key -> the words after it as one name, from lines "bp: basis point"
counts(name)   -> word -> whole number, from lines "dozen: 12"
in_order(name) -> the words of lists/<name>.txt in the order they are written
word_runs(name)-> each line's words as a tuple, lines in order (("in", "a", "row"), ...)

In every file a ``#`` starts a comment, and blank lines are skipped. A list is loaded
once, when first asked for. Keeping the lists as data means a word is added in one
place, and a reader can see every list the readers know in one folder.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _lines(name: str) -> tuple[str, ...]:
    """Return the lines of ``lists/<name>.txt`` without comments, blank lines or edge space."""
    text = resources.files(__package__).joinpath("lists", f"{name}.txt").read_text("utf-8")
    found = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in found if line)


def words(name: str) -> frozenset[str]:
    """Return the words of ``lists/<name>.txt``, split at white space.

    >>> sorted(words("weekdays"))[:3]
    ['friday', 'monday', 'saturday']
    """
    return frozenset(word for line in _lines(name) for word in line.split())


def phrases(name: str) -> tuple[str, ...]:
    """Return each line of ``lists/<name>.txt``: one word or phrase per line, in order."""
    return _lines(name)


def table(name: str) -> dict[str, tuple[str, ...]]:
    """Return key -> values from the lines "key: value value ..." of ``lists/<name>.txt``."""
    found: dict[str, tuple[str, ...]] = {}
    for line in _lines(name):
        key, _, values = line.partition(":")
        found[key.strip()] = tuple(values.split())
    return found


def forms(name: str) -> dict[str, str]:
    """Return each value of ``table(name)`` -> its key: a word form -> its lemma."""
    return {form: lemma for lemma, values in table(name).items() for form in values}


def names(name: str) -> dict[str, str]:
    """Return key -> the words after it joined by a space, from lines "bp: basis point"."""
    return {key: " ".join(value) for key, value in table(name).items()}


def counts(name: str) -> dict[str, int]:
    """Return word -> whole number from the lines "word: 12" of ``lists/<name>.txt``.

    >>> counts("numbers-digit-words")["seven"]
    7
    """
    return {word: int(value) for word, (value,) in table(name).items()}


def in_order(name: str) -> tuple[str, ...]:
    """Return the words of ``lists/<name>.txt`` in the order they are written.

    For lists whose order matters, or that are read as a tuple (``str.endswith``).
    """
    return tuple(word for line in _lines(name) for word in line.split())


def word_runs(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the words of each line of ``lists/<name>.txt`` as a tuple, lines in order.

    >>> word_runs("numbers-and-a-part")
    (('and', 'a', 'half'), ('and', 'a', 'quarter'))
    """
    return tuple(tuple(line.split()) for line in _lines(name))
