"""Modality: how sure a sentence is of what it says.

modalities(text, words)  -> the MODALITY details of a tokenised sentence

A MODALITY detail spans a modal or hedge; its value is a certainty class, its
qualifier the words as written (lowercase) and ``about`` the stem of the verb governed:

===========  ==================================================================
certainty    words
===========  ==================================================================
certain      will, shall, must, won't, is set to, is to, is going to, certainly,
             definitely
likely       would, should, likely, is likely to, is expected to, probably,
             plans to, intends to
possible     may, might, could, can, cannot, possibly, perhaps, maybe
===========  ==================================================================

"would" is "likely": in news prose it is a conditional or a future reported at one
remove, weaker than "will". Hedges next to each other ("would likely", "will probably",
"could likely") make one detail with the *weaker* class: a claim is no surer than its
most hedged word ("could likely come" is "possible"). "unlikely" is not read. Only
lowercase modals are read, so "May 19" and "Will Smith" are not modals.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...models import Detail, Kind
from ...text.lexicon import forms
from ...text.lexicon import words as word_list
from ...text.tokens import Token
from .stems import IRREGULAR_FORMS, predicate_stem
from .verbs import (
    BE_FORMS,
    FUNCTION_WORDS,
    HAVE_FORMS,
    is_adverb,
    is_verb_like,
    main_verb,
    skip_adverbs,
)

_CERTAINTY = ("certain", "likely", "possible")  # from surest to least sure
_MODAL_CERTAINTY = forms("polarity-modal-certainty")
_ADVERB_CERTAINTY = forms("polarity-adverb-certainty")
_INTENSIFIERS = word_list("polarity-intensifiers")
_PLANS = word_list("polarity-plans")
# Finite verbs: after one of these, "might" or "will" is a noun ("military might is").
_FINITE = word_list("polarity-finite-verbs")
_NOT_BEFORE_WILL = word_list("polarity-not-before-will")
_SUBJECT_PRONOUNS = word_list("polarity-subject-pronouns")
_PLANNERS = _SUBJECT_PRONOUNS | word_list("polarity-planners")
_DETERMINERS = word_list("polarity-determiners")
# Verbs that join "likely to" into one hedge as a form of "be" does ("seems likely to").
_SEEMS = word_list("polarity-seem-verbs")


@dataclass(frozen=True, slots=True)
class _Hedge:
    """A modal or hedge found in a sentence, before hedges next to each other are merged."""

    first: int
    last: int
    certainty: str
    governs: int  # index of the token the governed verb group starts at


def modalities(text: str, words: list[Token]) -> list[Detail]:
    """Return the MODALITY details of a tokenised sentence."""
    hedges = [h for i in range(len(words)) if (h := _hedge_at(words, i)) is not None]
    merged: list[_Hedge] = []
    for hedge in hedges:
        if merged and _adjacent(words, merged[-1], hedge):
            previous = merged[-1]
            weaker = max(previous.certainty, hedge.certainty, key=_CERTAINTY.index)
            merged[-1] = _Hedge(previous.first, hedge.last, weaker, hedge.governs)
        elif not merged or hedge.first > merged[-1].last:
            merged.append(hedge)
    found = []
    for hedge in merged:
        start, end = words[hedge.first].start, words[hedge.last].end
        verb = main_verb(words, hedge.governs, "will")
        about = predicate_stem(words[verb].low) if verb is not None else None
        found.append(
            Detail(
                Kind.MODALITY,
                text[start:end],
                start,
                end,
                hedge.certainty,
                qualifier=text[start:end].lower(),
                about=about,
            )
        )
    return found


def _adjacent(words: list[Token], a: _Hedge, b: _Hedge) -> bool:
    """Return whether hedge ``b`` follows ``a`` with at most intensifiers between."""
    return b.first > a.last and all(
        w.low in _INTENSIFIERS or w.low in ("not", "also") for w in words[a.last + 1 : b.first]
    )


def _hedge_at(words: list[Token], index: int) -> _Hedge | None:
    """Return the hedge whose key word is at ``index``, if there is one.

    The key word picks one reader: a modal ("will"), an adverb ("probably"), or a word
    before "to" ("expected to", "going to", "is to", "plans to"); that reader alone says
    whether the word hedges here.
    """
    word = words[index]
    if word.blocked or not word.is_word:
        return None
    low = word.low
    modal = _modal_of(low)
    if modal is not None and (low != modal or word.text[0].islower()):
        return _modal_hedge(words, index, modal)
    if low in _ADVERB_CERTAINTY:
        return _adverb_hedge(words, index)
    if _low_at(words, index + 1) != "to":
        return None
    if low in ("expected", "set"):
        return _expected_hedge(words, index)
    if low == "going" and _low_at(words, index - 1) in BE_FORMS:
        return _going_to_hedge(words, index)
    if low in BE_FORMS and low not in ("be", "been", "being"):
        return _be_to_hedge(words, index)
    if low in _PLANS:
        return _plan_hedge(words, index)
    return None


def _low_at(words: list[Token], index: int) -> str:
    """Return the lowercase token at ``index``, or "" outside the sentence."""
    return words[index].low if 0 <= index < len(words) else ""


def _modal_hedge(words: list[Token], index: int, modal: str) -> _Hedge | None:
    """Return the hedge of a modal at ``index`` that governs a verb ("will fly")."""
    if _low_at(words, index - 1) in _NOT_BEFORE_WILL:
        return None  # "the will of", "a can"
    following = skip_adverbs(words, index + 1)
    if (
        following >= len(words)
        or not is_verb_like(words[following])
        or words[following].low in _FINITE
    ):
        return None
    return _Hedge(index, index, _MODAL_CERTAINTY[modal], index + 1)


def _adverb_hedge(words: list[Token], index: int) -> _Hedge | None:
    """Return the hedge of an adverb at ``index`` ("probably", "is likely to")."""
    low, before = words[index].low, _low_at(words, index - 1)
    if before in _DETERMINERS:
        return None  # "the likely outcome": an adjective
    first = index
    while first > 0 and words[first - 1].low in _INTENSIFIERS:
        first -= 1
    last, governs = index, index + 1
    if low == "likely" and _low_at(words, index + 1) == "to":
        last, governs = index + 1, index + 2
        if before in BE_FORMS or before in _SEEMS:
            first = index - 1
    return _Hedge(first, last, _ADVERB_CERTAINTY[low], governs)


def _expected_hedge(words: list[Token], index: int) -> _Hedge | None:
    """Return the hedge of "is expected to" (likely) or "is set to" (certain) at ``index``."""
    first = _be_before(words, index)
    if first is None:
        return None
    certainty = "likely" if words[index].low == "expected" else "certain"
    return _Hedge(first, index + 1, certainty, index + 2)


def _going_to_hedge(words: list[Token], index: int) -> _Hedge | None:
    """Return the hedge of "is going to" + verb, "going" at ``index``."""
    if index + 2 >= len(words) or not is_verb_like(words[index + 2]):
        return None
    return _Hedge(index - 1, index + 1, "certain", index + 2)


def _be_to_hedge(words: list[Token], index: int) -> _Hedge | None:
    """Return the hedge of "is to" + verb after a pronoun or name ("he is to meet")."""
    target = words[index + 2] if index + 2 < len(words) else None
    subject = words[index - 1] if index > 0 else None
    if (
        target is not None
        and is_verb_like(target)
        and subject is not None
        and subject.is_word
        and (
            subject.low in _SUBJECT_PRONOUNS
            or (subject.text[0].isupper() and subject.low not in FUNCTION_WORDS)
        )
    ):
        return _Hedge(index, index + 1, "certain", index + 2)
    return None


def _plan_hedge(words: list[Token], index: int) -> _Hedge | None:
    """Return the hedge of "plans to", "intends to" as a verb, not a noun, at ``index``."""
    before = _low_at(words, index - 1)
    if before in FUNCTION_WORDS - _PLANNERS or before.endswith("'s"):
        return None  # "the plans to", "Russia's plans to": a noun
    first = index - 1 if before in BE_FORMS or before in HAVE_FORMS else index
    return _Hedge(first, index + 1, "likely", index + 2)


def _modal_of(low: str) -> str | None:
    """Return the modal a token is or contains ("won't" -> "will"), or None."""
    if low in _MODAL_CERTAINTY:
        return low
    if low == "cannot":
        return "can"
    if low.endswith("n't") and len(low) > 3:
        base = IRREGULAR_FORMS.get(low[:-3], low[:-3])
        return base if base in _MODAL_CERTAINTY else None
    if low.endswith("'ll"):
        return "will"
    return None


def _be_before(words: list[Token], index: int) -> int | None:
    """Return the index of the form of "be" before ``index`` (adverbs between), or None."""
    at = index - 1
    while at >= 0 and is_adverb(words[at]):
        at -= 1
    return at if at >= 0 and words[at].low in BE_FORMS else None
