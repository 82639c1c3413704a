"""Predicate stems: one stem for every inflected form of a verb (or noun).

predicate_stem(word)  -> the stem of a verb or noun ("joined" -> "join", "went" -> "go")
IRREGULAR_FORMS       -> each irregular form -> its stem ("held" -> "hold", "wo" -> "will")
IRREGULAR_VERB_FORMS  -> the irregular forms of verbs, each read as a participle after
                         "be" or "have" ("sent", "taken", "misled")

Stems come from suffix rules and a table of irregular forms ("found" -> "find", "held"
-> "hold", "withdrawn" -> "withdraw": lists/polarity-irregular-verbs.txt, and the
auxiliaries and three nouns in lists/polarity-irregular-other-forms.txt). The bare form
"found" is read as "find", the commoner verb; "founded", "founding" are "found".

These rules are polarity's own, not ``text.morphology.singular``: a verb's every form
must give one stem ("stated" -> "state", "planned" -> "plan", "vetoes" -> "veto"), which
a noun's singular never needs, and judging compares the stems these rules make.
"""

from __future__ import annotations

import re

from ...text.lexicon import forms, words
from ...text.morphology import verb_lemma

_IRREGULAR_VERBS = forms("polarity-irregular-verbs")
IRREGULAR_FORMS = {**forms("polarity-irregular-other-forms"), **_IRREGULAR_VERBS}
IRREGULAR_VERB_FORMS = frozenset(_IRREGULAR_VERBS)
# Base forms ending like an inflection: kept as they are.
_BASES = words("polarity-base-forms")
# Stems that need a final "e" back which the rules below miss.
_NEEDS_E = words("polarity-e-stems")
_VOWELS = frozenset("aeiou")
_SHORT_STEM_RE = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")  # "hop", "vot", "us"
# The last two letters of a cut stem that lost its "e", after a consonant: "a" + "t"
# ("creat"), "i" + "d" ("decid"), ... ("negotiat", "evaluat" and "requir" too).
_E_ENDINGS = {"a": "trkd", "i": "rndk", "u": "rmtdk", "o": "kd", "e": "dg"}


def predicate_stem(word: str) -> str:
    """Return the stem of a verb or noun: the same for all its inflected forms.

    >>> [predicate_stem(w) for w in ("joined", "joins", "joining", "join")]
    ['join', 'join', 'join', 'join']
    >>> [predicate_stem(w) for w in ("sending", "sent", "went", "was", "were")]
    ['send', 'send', 'go', 'be', 'be']
    >>> [predicate_stem(w) for w in ("hints", "casualties", "denied", "planned", "prepared")]
    ['hint', 'casualty', 'deny', 'plan', 'prepare']
    >>> [predicate_stem(w) for w in ("stated", "argued", "noted", "wouldn't", "Visited")]
    ['state', 'argue', 'note', 'would', 'visit']

    Irregular forms come from a table; "found" is "find", "founded" is "found":

    >>> [predicate_stem(w) for w in ("found", "founded", "did", "held", "began", "withdrawn")]
    ['find', 'found', 'do', 'hold', 'begin', 'withdraw']
    >>> [predicate_stem(w) for w in ("hit", "let", "sought", "stood", "frozen", "torn", "worn")]
    ['hit', 'let', 'seek', 'stand', 'freeze', 'tear', 'wear']
    """
    if not isinstance(word, str):
        raise TypeError(f"word must be a string: {word!r}")
    w = _bare_word(word)
    if w in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[w]
    if w in _BASES or len(w) <= 3 or not w.isalpha():
        return w
    # A verb form the dictionary knows; the suffix rules for the rest, and for nouns.
    return verb_lemma(w) or _without_suffix(w)


def _bare_word(word: str) -> str:
    """Return a word lowercased, without a possessive, a trailing apostrophe or "n't"."""
    w = word.strip().lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if w.endswith("n't") and len(w) > 3:
        w = w[:-3]
    return w


def _without_suffix(w: str) -> str:
    """Return a regular lowercase word without its inflection ("-ies", "-ed", "-ing", "-s")."""
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ied"):
        return w[:-3] + "y" if len(w) > 4 else w[:-1]
    if w.endswith("eed"):
        return w[:-1]  # "agreed", "freed"; base forms ("need") are in _BASES
    if w.endswith("ing") and len(w) > 4 and _has_vowel(w[:-3]):
        return _restore(w[:-3])
    if w.endswith("ed") and _has_vowel(w[:-2]):
        return _restore(w[:-2])
    if w.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _has_vowel(text: str) -> bool:
    """Return whether ``text`` holds a vowel (y counts)."""
    return any(c in "aeiouy" for c in text)


def _vowel_groups(text: str) -> int:
    """Return the number of runs of vowels in ``text``.

    >>> _vowel_groups("travel"), _vowel_groups("tell"), _vowel_groups("join")
    (2, 1, 1)
    """
    return len(re.findall(r"[aeiou]+", text))


def _restore(stem: str) -> str:
    """Return the base form of a verb whose "-ed" or "-ing" was cut off.

    >>> [_restore(s) for s in ("plann", "travell", "add", "hop", "involv", "decid", "visit")]
    ['plan', 'travel', 'add', 'hope', 'involve', 'decide', 'visit']
    """
    if stem in _BASES:
        return stem
    last = stem[-1]
    if len(stem) >= 4 and last == stem[-2] and last not in _VOWELS:
        if last not in "lsfz":
            return stem[:-1]  # "planned", "committed"
        if last == "l" and stem.endswith("ell") and _vowel_groups(stem) >= 2:
            return stem[:-1]  # "travelled", "labelled", "cancelled"
        if last == "l" and _vowel_groups(stem) >= 2 and stem.endswith(("oll", "all", "ill")):
            return stem[:-1]  # "controlled", "signalled"
        return stem
    return stem + "e" if _needs_e(stem) else stem


def _needs_e(stem: str) -> bool:
    """Return whether a cut verb stem lost a final "e" ("creat", "us", "forc").

    >>> [_needs_e(s) for s in ("us", "forc", "combin", "secur", "join", "visit", "attend")]
    [True, True, True, True, False, False, False]
    """
    if stem in _NEEDS_E or _SHORT_STEM_RE.fullmatch(stem):
        return True
    if len(stem) < 3:
        return False
    last, before, third = stem[-1], stem[-2], stem[-3]
    if last in "vuz" or (last == "c" and before != "c"):
        return True  # "involv", "argu", "seiz", "forc"
    if last == "s":
        return before != "s" and stem not in _BASES  # "caus", "increas", "collaps"
    if last == "l":
        return before in "bcdfgkptz"  # "enabl", "settl"
    if last == "g":
        return before in "dlr" or stem.endswith("ang") or (before in "ae" and third not in _VOWELS)
    if last == "b":
        return before == "i"  # "describ"
    # a consonant, one vowel and a last letter: "decid", "combin", "assum", "declar"
    if last not in _E_ENDINGS.get(before, ""):
        return False
    if third not in _VOWELS:
        return True
    return ((before, last) == ("a", "t") and third in "iu") or (third, before, last) == (
        "u",
        "i",
        "r",
    )
