"""Verb groups: the tokens polarity reads, and the verb a group of auxiliaries governs.

tokenise(text, taken=)              -> the tokens of a sentence, lowercase with straight
                                       apostrophes in ``low``
BE_FORMS, HAVE_FORMS, DO_FORMS      -> the forms of the auxiliaries "be", "have", "do"
MODALS, AUXILIARIES                 -> the modal verbs; all of these together
FUNCTION_WORDS                      -> words that are never a verb nor a content word
is_adverb(word)                     -> whether a token may sit inside a verb group ("also")
is_participle(word)                 -> whether a token looks like a participle ("joined")
is_verb_like(word)                  -> whether a token may be a bare verb after "to"
skip_adverbs(words, at)             -> the first token from ``at`` that is no adverb
skip_adverbs_back(words, index)     -> the last token before ``index`` that is no adverb
main_verb(words, at, aux)           -> the main verb of the verb group from ``at``
with_particle(words, at)            -> the last token of a verb with its particle ("rule out")
auxiliaries_before(words, index)    -> where the verb group of a verb starts
noun_phrase_end(words, at)          -> the end of the content words from ``at``
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text.lexicon import words as word_list
from ...text.tokens import Token, lower_straight
from ...text.tokens import tokenise as _tokenise_with
from .stems import IRREGULAR_VERB_FORMS

# Other words than speech's and the entity finders' tokens: a hyphen splits a word here
# ("pro-Russian" is "pro", "-", "Russian"), and a trailing apostrophe stays on its word
# ("protesters'"); the finders' negator and verb words are read with these units.
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?|\d+(?:[.,]\d+)*|[^\w\s]")

BE_FORMS = word_list("polarity-be-forms")
HAVE_FORMS = word_list("polarity-have-forms")
DO_FORMS = word_list("polarity-do-forms")
MODALS = word_list("polarity-modals")
AUXILIARIES = BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS
FUNCTION_WORDS = word_list("polarity-function-words")
# Words that sit inside a verb group without being its verb.
_ADVERBS = word_list("polarity-adverbs")
_LY_NOT_ADVERBS = word_list("polarity-ly-not-adverbs")
_PARTICLES = word_list("polarity-particles")


def tokenise(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """Return the tokens of ``text``, folded to lowercase with straight apostrophes."""
    return _tokenise_with(_TOKEN_RE, text, taken, fold=lower_straight)


def is_adverb(word: Token) -> bool:
    """Return whether a token is an adverb (or "not") that may sit inside a verb group."""
    low = word.low
    return word.is_word and (
        low in _ADVERBS
        or low in ("not", "never")
        or (low.endswith("ly") and len(low) > 4 and low not in _LY_NOT_ADVERBS)
    )


def is_participle(word: Token) -> bool:
    """Return whether a token looks like a participle ("joined", "sending", "sent")."""
    low = word.low
    return (
        word.is_word
        and not word.text[0].isupper()
        and low not in FUNCTION_WORDS
        and (
            (low.endswith("ed") and len(low) > 3)
            or (low.endswith("ing") and len(low) > 4)
            or low in IRREGULAR_VERB_FORMS
        )
    )


def is_verb_like(word: Token) -> bool:
    """Return whether a token may be a bare verb after an auxiliary or "to"."""
    return (
        word.is_word
        and not word.text[0].isupper()
        and word.low not in FUNCTION_WORDS
        and word.low not in AUXILIARIES - BE_FORMS - HAVE_FORMS
        and "'" not in word.low
    )


def skip_adverbs(words: list[Token], at: int) -> int:
    """Return the index of the first token from ``at`` that is not an adverb."""
    while at < len(words) and is_adverb(words[at]):
        at += 1
    return at


def skip_adverbs_back(words: list[Token], index: int) -> int:
    """Return the index of the last token before ``index`` that is not an adverb (or -1)."""
    at = index - 1
    while at >= 0 and is_adverb(words[at]) and words[at].low not in ("not", "never"):
        at -= 1
    return at


def main_verb(words: list[Token], at: int, aux: str | None) -> int | None:
    """Return the index of the main verb of the verb group from ``at``, after ``aux``.

    ``aux`` is the auxiliary before (lowercase, "would" for "wouldn't"), or None. After
    a form of "be" or "have" only a participle is a verb: otherwise the auxiliary itself
    is (a copula), and None is returned.
    """
    at = skip_adverbs(words, at)
    if aux is None and at < len(words) and words[at].low == "to":
        at = skip_adverbs(words, at + 1)
    while at < len(words):
        word = words[at]
        if (
            word.low == "going"
            and at + 2 < len(words)
            and words[at + 1].low == "to"
            and is_verb_like(words[at + 2])
        ):
            at, aux = skip_adverbs(words, at + 2), "to"  # "not going to give up": "give"
            continue
        if word.low in BE_FORMS or word.low in HAVE_FORMS:
            following = skip_adverbs(words, at + 1)
            if following < len(words) and (
                words[following].low in BE_FORMS or is_participle(words[following])
            ):
                at = following
                continue
            return at
        if aux is not None and (aux in BE_FORMS or aux in HAVE_FORMS):
            return at if is_participle(word) else None
        return at if is_verb_like(word) else None
    return None


def with_particle(words: list[Token], at: int) -> int:
    """Return the index of the last token of the verb at ``at`` with a particle ("rule out")."""
    if at + 1 < len(words) and words[at + 1].low in _PARTICLES:
        return at + 1
    return at


def auxiliaries_before(words: list[Token], index: int) -> int:
    """Return where the verb group of the verb at ``index`` starts: its first auxiliary.

    Adverbs may sit between ("has firmly rejected"); a negator ends the search.
    """
    first = at = index
    while at > 0 and not words[at - 1].blocked:
        at -= 1
        if words[at].low in AUXILIARIES:
            first = at
        elif not is_adverb(words[at]) or words[at].low in ("not", "never"):
            break
    return first


def noun_phrase_end(words: list[Token], at: int, limit: int = 4) -> int:
    """Return the index after the content words from ``at`` (at most ``limit`` of them)."""
    end = at
    while (
        end < len(words)
        and end - at < limit
        and words[end].is_word
        and words[end].low not in FUNCTION_WORDS
        and words[end].low not in AUXILIARIES
    ):
        end += 1
    return end
