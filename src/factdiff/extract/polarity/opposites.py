"""Opposite verbs: verbs that negate a positive predicate ("rejected" negates "accept").

POSITIVE_GROUPS              -> positive predicate -> the stems that assert it
asserts(stem, value)         -> whether a predicate asserts a positive one ("agreed" asserts
                                "accept")
opposite(words, index)       -> the negation an opposite verb at ``index`` gives, as
                                (first, last, value, qualifier), or None

=============================================  =============  ============================
words                                          qualifier      value
=============================================  =============  ============================
voted against                                  "against"      "vote"
rejected, refused (no "to")                    the lemma      "accept"
                                               ("reject")
turned down, declined (no "to") an offer       "turn down",   "accept"
                                               "decline"
opposed                                        "oppose"       "support"
skipped, boycotted                             the lemma      "attend"
failed (no "to") a test, an exam, a bill ...   "fail"         "pass"
blocked, vetoed, barred, banned, prohibited,   the lemma      "allow"
forbidden, outlawed, disallowed                ("block")
=============================================  =============  ============================

An opposite verb (these rows, and a denial of a thing rather than of a clause: "denied
the killing") is a negation of the positive predicate it contradicts: its value is that
predicate's canonical stem, a key of ``POSITIVE_GROUPS``, which lists the stems that
assert it ("agreed", "approved" assert "accept"; "confessed", "confirmed" assert
"admit"; "approved", "permitted", "cleared", "authorised" assert "allow"). So "voted
against" and "did not vote for" are both negations of "vote", and "voted for" asserts
it; "blocked the merger" contradicts "approved the merger". The span takes the
auxiliaries before the verb ("has rejected", "was turned down").

An opposite is read as a verb only: not after a determiner ("the rejected plan"), an
"-ing" form only after "be" or a preposition ("are opposing", "after rejecting", not
"opposing forces"), a participle not after a preposition ("tested positive for banned
substances"), a form that is also a noun ("vote", "refuse", "boycott", "ban", "block",
"bar", "veto", "decline") only after an auxiliary, "to" or a subject pronoun, and not in
"as opposed to". "turned down" and "declined" turn down an offer only in a passive ("the
bid was turned down") or before an object that starts with a determiner or possessive
("turned down the government's pay offer"): not a way or a dial ("turned down a side
street", "the volume", "the heat", "the radio", "the music": ``_NOT_TURNED_DOWN``), not a
measure or a time ("shares declined a further 3%", "declined the most", "declined this
year": ``_NOT_DECLINED``), and "sales declined" has no object. "fail" contradicts
"pass" only next to a thing that is passed or failed (a test, an exam, an inspection, a
bill, a motion, a vote ...): "the talks failed" is no negation. "won" and "lost" are
left out: they are converses ("Spain lost the final" and "England won the final" agree),
which a comparison of predicates cannot tell apart. "lifted" and "imposed" are not
opposites (lifting ends what was imposed): "has not been lifted" is a negation of "lift"
only.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ...text.lexicon import forms, table
from ...text.lexicon import words as word_list
from ...text.tokens import Token
from .stems import predicate_stem
from .verbs import (
    AUXILIARIES,
    BE_FORMS,
    FUNCTION_WORDS,
    auxiliaries_before,
    is_adverb,
    is_participle,
    noun_phrase_end,
    skip_adverbs,
    skip_adverbs_back,
)

# A positive predicate (the value of an opposite verb's negation) -> the stems of the
# verbs that assert it. Each group holds its own key; a stem may assert two predicates
# ("endorsed" accepts a plan and supports it; "approved" accepts a plan and allows a
# merger). "clear" allows as a regulator's verb ("cleared the merger"); the adjective
# ("it is clear") has the same stem, so a judge must look at what it is said of.
POSITIVE_GROUPS: Mapping[str, frozenset[str]] = MappingProxyType(
    {positive: frozenset(stems) for positive, stems in table("polarity-positive-groups").items()}
)
# Verbs that contradict a positive predicate: form -> (lemma, the positive predicate).
_OPPOSITES = {
    form: (lemma, positive)
    for form, head in forms("polarity-opposites").items()
    for lemma, positive in [head.rsplit(maxsplit=1)]
}
# Forms that are as often nouns ("a vote", "refuse collection"): verbs only after these.
_NOUN_FORMS = word_list("polarity-noun-forms")
_VERB_LEADS = AUXILIARIES | word_list("polarity-verb-leads")
_GERUND_LEADS = BE_FORMS | word_list("polarity-gerund-leads")
_ATTRIBUTIVE_LEADS = word_list("polarity-attributive-leads")
# After one of these a participle is an adjective: "for banned substances".
_PREPOSITIONS = word_list("polarity-prepositions")
# What determines an object that is accepted or turned down ("the offer", "her bid").
_OBJECT_LEADS = _ATTRIBUTIVE_LEADS | word_list("polarity-object-leads")
_MAX_OBJECT_LEADS = 3  # "the government's" ... before the object's words
# Objects of "turned down" that are not offers, and of "declined" that are measures.
_NOT_TURNED_DOWN = word_list("polarity-not-turned-down")
_NOT_DECLINED = word_list("polarity-not-declined")
# What is passed or failed: "failed a drug test", "the bill failed".
_PASSABLE = word_list("polarity-passable")
_PASSABLE_WINDOW = 3


def is_opposite(low: str) -> bool:
    """Return whether a lowercase word is a form of an opposite verb ("rejected")."""
    return low in _OPPOSITES


def asserts(stem: str, value: str) -> bool:
    """Return whether a word with predicate stem ``stem`` asserts the positive predicate ``value``.

    True when both have the same stem, or one group of ``POSITIVE_GROUPS`` holds both.
    Both go through ``predicate_stem`` first, so a word as written does too.

    >>> predicate_stem("agreed"), asserts("agree", "accept"), asserts("agreed", "accept")
    ('agree', True, True)
    >>> asserts("confessed", "admit"), asserts("backed", "support"), asserts("backed", "accept")
    (True, True, True)
    >>> asserts("vote", "vote"), asserts("join", "join"), asserts("approve", "agree")
    (True, True, True)
    >>> asserts("reject", "accept"), asserts("support", "accept"), asserts("join", "vote")
    (False, False, False)
    """
    if not isinstance(stem, str):
        raise TypeError(f"stem must be a string: {stem!r}")
    if not isinstance(value, str):
        raise TypeError(f"value must be a string: {value!r}")
    stem, value = predicate_stem(stem), predicate_stem(value)
    return stem == value or any(stem in g and value in g for g in POSITIVE_GROUPS.values())


def opposite(words: list[Token], index: int) -> tuple[int, int, str, str] | None:
    """Return the negation an opposite verb at ``index`` gives ("rejected" -> "accept")."""
    lemma, positive = _OPPOSITES[words[index].low]
    if not _read_as_verb(words, index, lemma):
        return None
    read = _object_read(words, index, lemma)
    if read is None:
        return None
    last, qualifier = read
    return auxiliaries_before(words, index), last, positive, qualifier


def _read_as_verb(words: list[Token], index: int, lemma: str) -> bool:
    """Return whether the opposite at ``index`` is a verb, by the word before it."""
    word = words[index]
    low = word.low
    before = skip_adverbs_back(words, index)
    lead = words[before].low if before >= 0 else ""
    if lead in _ATTRIBUTIVE_LEADS or lead.endswith("'s"):
        return False  # "the rejected plan", "Russia's opposing forces"
    if low.endswith("ing") and lead not in _GERUND_LEADS:
        return False  # "opposing forces"
    if is_participle(word) and not low.endswith("ing") and lead in _PREPOSITIONS:
        return False  # "tested positive for banned substances"
    if low in _NOUN_FORMS and lead not in _VERB_LEADS:
        return False  # "30 votes against", "refuse collection"
    return not (lemma == "oppose" and lead == "as")  # "as opposed to"


def _object_read(words: list[Token], index: int, lemma: str) -> tuple[int, str] | None:
    """Return (last token, qualifier) of an opposite verb by what follows it, or None.

    "vote" must be "against", "fail" next to a thing that is passed, "turn down" and
    "decline" must turn down an offer.
    """
    last, qualifier = index, lemma
    if lemma == "vote":
        last = skip_adverbs(words, index + 1)
        if last >= len(words) or words[last].low != "against":
            return None  # "voted for", "voted down"
        qualifier = "against"
    elif lemma == "fail" and not _near_passable(words, index):
        return None  # "the talks failed"
    elif lemma == "turn down":
        last = index + 1
        if last >= len(words) or words[last].low != "down":
            return None  # "turned back", "turned to"
        if not _turned_away(words, index, last + 1, _NOT_TURNED_DOWN):
            return None  # "turned down a side street", "turned down the volume"
    elif lemma == "decline" and not _turned_away(words, index, index + 1, _NOT_DECLINED):
        return None  # "sales declined", "shares declined a further 3%"
    return last, qualifier


def _turned_away(words: list[Token], index: int, after: int, not_offers: frozenset[str]) -> bool:
    """Return whether the verb at ``index`` turns away an offer: a passive, or an object.

    The object starts at ``after`` with a determiner or possessive ("the government's
    latest pay offer") and holds no word of ``not_offers`` nor a number after it; the
    subject of a passive ("the offer was turned down") holds none either.
    """
    before = skip_adverbs_back(words, index)
    if before >= 0 and words[before].low in BE_FORMS and not words[index].low.endswith("ing"):
        subject = auxiliaries_before(words, index) - 1
        return subject < 0 or words[subject].low not in not_offers
    at = after
    while (
        at < len(words)
        and at - after < _MAX_OBJECT_LEADS
        and (words[at].low in _OBJECT_LEADS or words[at].low.endswith("'s"))
    ):
        at += 1
    if at == after:
        return False  # no determiner: "declined sharply", "declined 3%"
    end = noun_phrase_end(words, at)
    if end == at or any(w.low in not_offers for w in words[at:end]):
        return False
    return end >= len(words) or not words[end].text[0].isdecimal()


def _near_passable(words: list[Token], index: int) -> bool:
    """Return whether a thing that is passed or failed is the subject or object at ``index``.

    The object is read over determiners and up to three content words after ("failed a
    drug test"), the subject over auxiliaries and adverbs before ("the bill has failed").
    """
    at = index + 1
    while at < len(words) and (words[at].low in _ATTRIBUTIVE_LEADS or words[at].low.endswith("'s")):
        at += 1
    for word in words[at : at + _PASSABLE_WINDOW]:
        if word.low in _PASSABLE:
            return True
        if not word.is_word or word.low in FUNCTION_WORDS:
            break
    at = index - 1
    while at >= 0 and (words[at].low in AUXILIARIES or is_adverb(words[at])):
        at -= 1
    return at >= 0 and words[at].low in _PASSABLE
