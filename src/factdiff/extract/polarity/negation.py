"""Negation: what a sentence says did not happen.

negations(text, words)  -> the NEGATION details of a tokenised sentence

A NEGATION detail spans the negated verb phrase; its value is the stem of the negated
main verb (``predicate_stem``), or the positive predicate an opposite verb contradicts
(``opposites``), and its qualifier the negator:

=============================================  =============  ============================
words                                          qualifier      value
=============================================  =============  ============================
not, n't, cannot, not yet ("has not joined")   "not"          main verb ("join")
failed to, refused to, declined to, has yet to "not"          verb after "to"
never ("never visited")                        "never"        main verb ("visit")
no longer ("no longer supports")               "no longer"    main verb ("support")
no + noun ("no hints")                         "no"           the noun ("hint")
no + noun / no one / nothing as a subject      "no"           its verb ("No group has
("No one was injured")                                        claimed" -> "claim")
deny, denied ("denied that troops had          "denied"       the verb of the that-clause
crossed"), rejected claims that                               ("cross") or gerund, else
                                                              "admit" ("denied the killing")
opposite verbs ("voted against", "rejected")   see ``opposites``
=============================================  =============  ============================

A refusal or failure ("refused to suspend the strike", "has declined to comment",
"failed to reach a deal") is a plain "not" of the verb after "to" ("suspend"), so that
it agrees with "did not suspend" and contradicts "agreed to suspend", which asserts the
verb and gives no detail (a judge reads the assertion). What follows "to" must be a bare
verb: "declined to five million barrels", "declined to levels last seen in 2009" and
"declined to record lows" are falls, not refusals (no number, no plural noun, and after
"declined" no level within three words).

A negated opposite keeps its own stem ("did not reject" -> "reject", "did not turn down"
-> "turn"), and "did not vote against" is a negation of "oppose", so that it never reads
as "did not vote for".

"not only" / "not just" (additive, "not only X but Y") are not negations, nor "no more
than", "no doubt", "no matter". "no longer" is a negation of its own kind (it says
something stopped); "not yet" is a plain "not". A copula keeps "be" as the predicate
("would not be good" -> "be"); a passive or progressive takes the participle ("was not
delayed" -> "delay", "wouldn't be sending" -> "send").
"""

from __future__ import annotations

from ...models import Detail, Kind
from ...text.lexicon import words as word_list
from ...text.tokens import Token
from .opposites import is_opposite, opposite
from .stems import IRREGULAR_FORMS, predicate_stem
from .verbs import (
    AUXILIARIES,
    BE_FORMS,
    DO_FORMS,
    HAVE_FORMS,
    auxiliaries_before,
    is_participle,
    is_verb_like,
    main_verb,
    noun_phrase_end,
    skip_adverbs,
    with_particle,
)

_DENIALS = word_list("polarity-denials")
_DENIED_THINGS = word_list("polarity-denied-things")
_FAILURES = word_list("polarity-failures")
_NO_SUBJECTS = word_list("polarity-no-subjects")
# After "declined to", a level it fell to: "declined to record lows", "to pre-war levels".
_DECLINES = word_list("polarity-declines")
_MEASURES = word_list("polarity-measures")
_MEASURE_WINDOW = 3
_NUMBER_WORDS = word_list("polarity-number-words")
_NOT_NEGATING_NO = word_list("polarity-not-negating-no")
_CLAUSE_END = frozenset('.,;:!?()[]"“”')

# (first token, last token, value, qualifier) of a negation read
Negation = tuple[int, int, str, str]


def negations(text: str, words: list[Token]) -> list[Detail]:
    """Return the NEGATION details of a tokenised sentence."""
    found: list[Detail] = []
    claimed_to = -1  # tokens up to here belong to a negation already read
    for index, word in enumerate(words):
        if index <= claimed_to or word.blocked or not word.is_word:
            continue
        read = _negation_at(words, index)
        if read is None:
            continue
        first, last, value, qualifier = read
        start, end = words[first].start, words[last].end
        found.append(Detail(Kind.NEGATION, text[start:end], start, end, value, qualifier=qualifier))
        claimed_to = last
    return found


def _negation_at(words: list[Token], index: int) -> Negation | None:
    """Return (first, last, value, qualifier) of a negation whose negator is at ``index``."""
    word = words[index]
    low = word.low
    before = words[index - 1].low if index > 0 else ""
    after = words[index + 1].low if index + 1 < len(words) else ""
    if low in ("not", "never") or low == "cannot" or (low.endswith("n't") and len(low) > 3):
        if low == "not" and after in ("only", "just"):
            return None
        qualifier = "never" if low == "never" else "not"
        return _negated_verb(words, index, index + 1, qualifier)
    if low == "no" and after == "longer":
        return _negated_verb(words, index, index + 2, "no longer")
    if (low == "no" and after == "one") or low in _NO_SUBJECTS:
        return _no_subject(words, index, index + (2 if low == "no" else 1))
    if low == "no":
        return _no_noun(words, index)
    if low in _DENIALS or (low == "rejected" and after in _DENIED_THINGS):
        return _denial_at(words, index)
    if low in _FAILURES and after == "to":
        return _infinitive(words, auxiliaries_before(words, index), index + 2)
    if low == "yet" and after == "to" and before in BE_FORMS | HAVE_FORMS:
        return _infinitive(words, index - 1, index + 2)
    if is_opposite(low):
        return opposite(words, index)
    return None


def _negated_stem(words: list[Token], verb: int) -> str:
    """Return the stem a negated verb gives: "oppose" for "vote against", else its own.

    "did not vote against" does not say "did not vote for": it is read as "did not oppose".
    """
    stem = predicate_stem(words[verb].low)
    after = skip_adverbs(words, verb + 1)
    if stem == "vote" and after < len(words) and words[after].low == "against":
        return "oppose"
    return stem


def _auxiliary(words: list[Token], index: int) -> str | None:
    """Return the auxiliary a contracted negator at ``index`` holds ("would" for "wouldn't")."""
    low = words[index].low
    if low == "cannot":
        return "can"
    if low.endswith("n't") and len(low) > 3:
        return IRREGULAR_FORMS.get(low[:-3], low[:-3])
    return None


def _negated_verb(words: list[Token], index: int, after: int, qualifier: str) -> Negation | None:
    """Return the negation of the verb group around a negator at ``index`` ("has not joined").

    ``after`` is the index after the negator's words ("no longer" is two).
    """
    low = words[index].low
    if low in ("not", "never", "no") and index > 0 and words[index - 1].low in AUXILIARIES:
        aux, first = words[index - 1].low, index - 1
    else:
        aux, first = _auxiliary(words, index), index
    verb = main_verb(words, after, aux)
    if verb is not None:
        last = with_particle(words, verb)
        return first, last, _negated_stem(words, verb), qualifier
    if aux is not None and (aux in BE_FORMS or aux in HAVE_FORMS or aux in DO_FORMS):
        # a copula ("is not clear"), or a verb left out ("he did not")
        return first, after - 1, predicate_stem(aux), qualifier
    return None


def _infinitive(words: list[Token], first: int, after: int) -> Negation | None:
    """Return the negation of the verb after "failed to", "refused to", "has yet to".

    What follows "to" must be a bare verb: no number ("output declined to five million
    barrels"), no plural noun ("declined to levels last seen"), and after "declined" no
    word before a level ("declined to record lows").
    """
    verb = main_verb(words, after, "to")
    if verb is None or not _bare_verb(words[verb].low):
        return None
    if any(w.low in _DECLINES for w in words[first:after]) and any(
        w.low in _MEASURES for w in words[verb + 1 : verb + 1 + _MEASURE_WINDOW]
    ):
        return None
    return first, with_particle(words, verb), _negated_stem(words, verb), "not"


def _bare_verb(low: str) -> bool:
    """Return whether a word after "to" may be a bare verb: no number, no plural noun.

    >>> [_bare_verb(w) for w in ("suspend", "discuss", "focus", "five", "levels", "lows")]
    [True, True, True, False, False, False]
    """
    if low in _NUMBER_WORDS:
        return False
    return not low.endswith("s") or low.endswith(("ss", "us", "is"))


def _finite_verb_at(words: list[Token], at: int) -> int | None:
    """Return the index of the main verb if a verb group starts at ``at``."""
    if at >= len(words):
        return None
    word = words[at]
    if word.low in AUXILIARIES:
        verb = main_verb(words, at + 1, word.low)
        return verb if verb is not None else at
    if is_participle(word) and word.low.endswith("ed"):
        return at
    return None


def _no_noun(words: list[Token], index: int) -> Negation | None:
    """Return the negation of "no" + noun: of the noun, or of the verb it is subject of."""
    if index + 1 < len(words) and words[index + 1].low in _NOT_NEGATING_NO:
        return None
    end = noun_phrase_end(words, index + 1)
    if end == index + 1:
        return None
    verb = _finite_verb_at(words, end)
    if verb is not None:
        last = with_particle(words, verb)
        return index, last, predicate_stem(words[verb].low), "no"
    return index, end - 1, predicate_stem(words[end - 1].low), "no"


def _no_subject(words: list[Token], index: int, after: int) -> Negation | None:
    """Return the negation of "no one", "nothing", "nobody", "none": of their verb."""
    verb = _finite_verb_at(words, after)
    if verb is not None:
        return index, with_particle(words, verb), predicate_stem(words[verb].low), "no"
    if index > 0 and is_verb_like(words[index - 1]) and words[index - 1].low not in BE_FORMS:
        return index - 1, after - 1, predicate_stem(words[index - 1].low), "no"  # "said nothing"
    return None


def _denial_at(words: list[Token], index: int) -> Negation | None:
    """Return the denial whose verb ("denied", "rejected claims") is at ``index``; "did not deny" is none."""
    if any(w.low in ("not", "never") or w.low.endswith("n't") for w in words[index - 2 : index]):
        return None  # "did not deny" is no denial
    after = index + (2 if words[index].low == "rejected" else 1)
    return _denial(words, auxiliaries_before(words, index), after)


def _denial(words: list[Token], first: int, after: int) -> Negation:
    """Return a denial: of the verb of its that-clause or gerund if found, else of "admit"."""
    if after < len(words) and words[after].low == "that":
        for at in range(after + 1, min(len(words), after + 12)):
            word = words[at]
            if word.text in _CLAUSE_END:
                break
            if word.low in AUXILIARIES:
                verb = main_verb(words, at + 1, word.low)
                stem = predicate_stem(words[verb].low if verb is not None else word.low)
                return first, after, stem, "denied"
            if is_participle(word) and word.low.endswith("ed"):
                return first, after, predicate_stem(word.low), "denied"
        return first, after, "admit", "denied"
    if after < len(words) and is_participle(words[after]) and words[after].low.endswith("ing"):
        return first, after, predicate_stem(words[after].low), "denied"
    return first, after - 1, "admit", "denied"
