"""The forms of English words: one home for singular and plural.

singular(noun)     -> its singular, lowercased ("countries" -> "country")
plural(noun)       -> its plural, lowercased ("batch" -> "batches", "aircraft" -> "aircraft")
looks_plural(word) -> whether a lowercase word looks like a plural noun
verb_lemma(word)   -> the verb an inflected form belongs to ("challenged" -> "challenge"), or None
IRREGULAR_PLURALS  -> each irregular plural -> its singular (lists/irregular-plurals.txt)
"""

from __future__ import annotations

from functools import cache

from .lexicon import forms, table, words

IRREGULAR_PLURALS = {
    many: one for one, manys in table("irregular-plurals").items() for many in manys
}
# The plural of each singular that IRREGULAR_PLURALS reads, and the nouns whose plural is
# the singular ("three aircraft", "two series").
_PLURALS = {one: many for many, one in IRREGULAR_PLURALS.items() if many != one}
_SAME_IN_PLURAL = {one for many, one in IRREGULAR_PLURALS.items() if many == one} | words(
    "same-in-plural"
)
_VOWELS = frozenset("aeiou")


def singular(noun: str) -> str:
    """Return the singular of an English noun, lowercased.

    >>> [singular(w) for w in ("warplanes", "people", "countries", "miles", "crises", "bus")]
    ['warplane', 'person', 'country', 'mile', 'crisis', 'bus']
    """
    word = noun.lower()
    head, _, last = word.rpartition("-")
    prefix = f"{head}-" if head else ""
    if last in IRREGULAR_PLURALS:
        return prefix + IRREGULAR_PLURALS[last]
    if len(last) > 4 and last.endswith("ies"):
        return prefix + last[:-3] + "y"
    if last.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return prefix + last[:-2]
    if looks_plural(last):
        return prefix + last[:-1]
    return prefix + last


def plural(noun: str) -> str:
    """Return the plural of a singular English noun, lowercase: what ``singular`` reads back.

    >>> [plural(n) for n in ("tank", "aircraft", "batch", "person", "country", "day", "bus")]
    ['tanks', 'aircraft', 'batches', 'people', 'countries', 'days', 'buses']
    >>> [plural(n) for n in ("crisis", "square mile", "fighter-jet", "series", "%")]
    ['crises', 'square miles', 'fighter-jets', 'series', '%']
    """
    word = noun.lower()
    cut = max(word.rfind(" "), word.rfind("-")) + 1  # "square mile", "fighter-jet"
    head, last = word[:cut], word[cut:]
    if last in _SAME_IN_PLURAL or not last.isalpha():
        return word
    if last in _PLURALS:
        return head + _PLURALS[last]
    if last.endswith("y") and last[-2:-1] not in _VOWELS:
        return head + last[:-1] + "ies"
    if last.endswith(("s", "x", "z", "ch", "sh")):
        return head + last + "es"
    return head + last + "s"


def looks_plural(word: str) -> bool:
    """Return whether a lowercase word looks like a regular plural noun."""
    if word in IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def verb_lemma(word: str) -> str | None:
    """Return the verb a lowercase inflected form belongs to, or None if it is none known.

    From the verb dictionary of lists/verb-lemmas.txt (``tools/build_verb_lemmas.py``),
    which knows where suffix rules go wrong ("challenged" is not "challeng").

    >>> verb_lemma("challenged"), verb_lemma("suing"), verb_lemma("said"), verb_lemma("previous")
    ('challenge', 'sue', 'say', None)
    """
    return _verb_lemmas().get(word)


@cache
def _verb_lemmas() -> dict[str, str]:
    return forms("verb-lemmas")
