"""The words statements are compared on: content words, their stems, grams and meanings.

content_words(text)    -> the stemmed content words of a text, in order (a list)
content_stems(text)    -> the same as a tuple, read once per text
content_tokens(text)   -> each content word in lower case with its stem
stem(word)             -> a word without the commonest English inflections
phrases(text)          -> the pairs of neighbouring content words ("phrase:military exercis")
character_grams(text)  -> the character n-grams of the content words, word edges marked
meanings(text)         -> the meanings of the paraphrase list a text names
paraphrases()          -> the meanings of each stemmed word or phrase of ``paraphrases.txt``
STOPWORDS              -> the words left out (text/lists/align-stopwords.txt)

Every scorer reads the content words of every clause (and of its sentence) again; the
readings are cached per text, so that long comparisons stay fast.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise

from ..split import CITATION
from ..text.lexicon import forms, words

STOPWORDS = words("align-stopwords")
# Words reporters use interchangeably, folded into one before comparing.
EQUIVALENT_WORDS = forms("align-equivalent-words")
# Letters per character n-gram: long enough to carry a stem ("prosecut"), short enough
# to bridge inflection and derivation (prosecutor, prosecution).
GRAM = 4

_WORD = re.compile(r"\w+")


def content_words(text: str) -> list[str]:
    """Return the stemmed content words of ``text``, in order.

    >>> content_words("Putin’s visits to Minsk [1] were reported.")
    ['putin', 'visit', 'minsk', 'report']
    """
    return list(content_stems(text))


@lru_cache(maxsize=8192)
def content_stems(text: str) -> tuple[str, ...]:
    """Return the stemmed content words of ``text``, in order, read once per text."""
    return tuple(stemmed for _, stemmed in content_tokens(text))


@lru_cache(maxsize=8192)
def content_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """Return each content word of ``text`` in lower case, with its stem."""
    text = CITATION.sub(" ", text).replace("’", "'")
    found = _WORD.findall(text.casefold())
    return tuple(
        (w, stem(EQUIVALENT_WORDS.get(w, w)))
        for w in found
        if w not in STOPWORDS and not w.isdigit()
    )


def stem(word: str) -> str:
    """Return ``word`` without the commonest English inflections.

    Not ``text.morphology``'s singular: alignment folds verbs too ("seizing", "joined"),
    and its stems need not be words, only the same for one word's forms.

    >>> [stem(w) for w in ["exercises", "countries", "seizing", "joined", "analysis"]]
    ['exercis', 'country', 'seiz', 'join', 'analysis']
    """
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if (
            len(word) > len(suffix) + 3
            and word.endswith(suffix)
            and not word.endswith(("ss", "is", "us"))
        ):
            return word[: -len(suffix)]
    return word


def phrases(text: str) -> frozenset[str]:
    """Return the pairs of neighbouring content words of ``text``.

    >>> sorted(phrases("They held military exercises."))
    ['phrase:held military', 'phrase:military exercis']
    """
    return frozenset(f"phrase:{a} {b}" for a, b in pairwise(content_stems(text)))


@lru_cache(maxsize=8192)  # many sources: each statement meets every other source's
def character_grams(text: str) -> frozenset[str]:
    """Return the character n-grams of the content words of ``text``, word edges marked."""
    found = set()
    for word in content_stems(text):
        marked = f"<{word}>"
        found.update(marked[k : k + GRAM] for k in range(max(1, len(marked) - GRAM + 1)))
    return frozenset(found)


@lru_cache(maxsize=8192)
def meanings(text: str) -> frozenset[str]:
    """Return the meanings of the paraphrase list that ``text`` names, by word and phrase."""
    stems = content_stems(text)
    lexicon = paraphrases()
    found = set()
    for size in (1, 2, 3):
        for k in range(len(stems) - size + 1):
            found.update(lexicon.get(" ".join(stems[k : k + size]), ()))
    return frozenset(found)


@cache
def paraphrases() -> dict[str, frozenset[str]]:
    """Return the meanings each stemmed word or phrase of ``paraphrases.txt`` has.

    The file lies in the ``factdiff`` package itself, where the wheel has always held it.
    """
    found: dict[str, set[str]] = {}
    text = resources.files("factdiff").joinpath("paraphrases.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines()):
        if line.strip() and not line.startswith("#"):
            for member in line.split(","):
                stemmed = " ".join(content_words(member))
                if stemmed:
                    found.setdefault(stemmed, set()).add(f"meaning:{number}")
    return {member: frozenset(meaning) for member, meaning in found.items()}
