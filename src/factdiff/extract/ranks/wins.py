"""Wins: first place for winning a competition ("won the final"), read after the other ranks.

won_place(text, tokens, details)  -> first place for a win ("won the final"), or None

Read only in a sentence with no other rank, no ordinal and no word of _RANK_WORDS
("behind"); the span is the verb. Not a win: "won the election" (a winner may have come
second in the popular vote), "won the vote", "won the case", "won approval", "won the
final vote" (the competition is not the head), "won the race for mayor", "won the title
for the third time" (an ordinal: the sentence counts titles).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Detail, Kind
from ...text.lexicon import words
from ...text.tokens import Token
from ..numerals import POSSESSIVE_PRONOUNS, STOP_WORDS, free
from .charts import MEDAL_VERBS
from .details import rank_detail
from .ordinals import ordinal_at

# Verbs of winning a competition ("won the final", "lifted the cup") and the nouns of the
# competitions they win: a win is first place (see _won_at).
_WIN_VERBS = MEDAL_VERBS | words("numbers-win-verbs")
COMPETITIONS = words("numbers-competitions")
# Words after a competition noun that make it something else: "the race for mayor", "the
# race to build a vaccine", "the title of best actor".
_NOT_COMPETITION_AFTER = words("numbers-not-competition-after")
_WIN_WINDOW = 6
# Words that say a sentence speaks of places other than the winner's: with one of them
# (or any ordinal, or a rank read: "runner-up", "bronze") a win is not read as first
# place ("she finished behind the woman who won the race").
_RANK_WORDS = words("numbers-rank-words")
_TAKE = words("numbers-take")


def won_place(text: str, tokens: list[Token], details: Sequence[Detail]) -> Detail | None:
    """Return first place for the first win of a competition ("won the final"), or None.

    ``details`` are all the numbers read in the sentence: a win is read only when none of
    them is a rank and the sentence has no ordinal nor a word of _RANK_WORDS ("behind"),
    as "she finished behind the woman who won the race" speaks of another's win.
    """
    if any(d.kind is Kind.RANK for d in details) or _speaks_of_places(tokens):
        return None
    return _won_at(text, tokens, details)


def _speaks_of_places(tokens: list[Token]) -> bool:
    """Return whether a sentence has an ordinal or a word of _RANK_WORDS ("behind")."""
    for index, token in enumerate(tokens):
        if token.low == "place" and index > 0 and tokens[index - 1].low in _TAKE:
            continue  # "the final took place in Paris"
        if token.low in _RANK_WORDS or ordinal_at(tokens, index) is not None:
            return True
    return False


def _won_at(text: str, tokens: list[Token], details: Sequence[Detail]) -> Detail | None:
    """Return first place for the first win of a competition: "won the final", or None.

    A verb of _WIN_VERBS, "the" or a possessive, then up to a few words (names, "200m",
    "Sunday's") ending in a noun of COMPETITIONS that is the head of its phrase: "won the
    200m final", "won the Monaco Grand Prix", "lifted the cup". The span is the verb, as
    "topped" is. Not a win: "won the election" (a winner may have come second in the
    popular vote), "won the vote", "won the case", "won approval", "won the final vote"
    (no competition at the head), "won the race for mayor" (a race for an office).
    """
    ends = [d.end for d in details]  # in order: one pass over them finds any overlap
    cursor = 0
    for index, token in enumerate(tokens):
        while cursor < len(details) and ends[cursor] <= token.start:
            cursor += 1
        if not token.is_word or token.low not in _WIN_VERBS or index + 2 >= len(tokens):
            continue
        if cursor < len(details) and details[cursor].start < token.end:
            continue  # the verb is inside another detail
        owner = tokens[index + 1]
        determiner = owner.is_word and (owner.low == "the" or owner.low in POSSESSIVE_PRONOUNS)
        named = owner.blocked or owner.text[0].isupper()  # "won Sunday's final"
        if not (determiner or (named and tokens[index + 2].text in ("'", "’"))):
            continue
        if not _competition_after(tokens, index + 2 if determiner else index + 1):
            continue
        return rank_detail(text, tokens, index, index + 1, 1, "place")
    return None


def _competition_after(tokens: list[Token], index: int) -> bool:
    """Return whether the noun phrase at ``index`` ends in a competition ("200m final").

    Words taken by another reader (a date: "the 2019 final") may be part of the phrase.

    >>> from factdiff.extract.numerals import TOKEN_RE
    >>> from factdiff.text.tokens import tokenise
    >>> def competition(words):
    ...     return _competition_after(tokenise(TOKEN_RE, words), 0)
    >>> [competition(w) for w in ("200m final in Paris", "Monaco Grand Prix", "Sunday's final")]
    [True, True, True]
    >>> [competition(w) for w in ("election", "final vote", "race for mayor", "final-round")]
    [False, False, False, False]
    """
    for at in range(index, min(index + _WIN_WINDOW, len(tokens))):
        token = tokens[at]
        if token.blocked:
            continue
        if token.is_word and token.low in COMPETITIONS:
            after = tokens[at + 1] if free(tokens, at + 1) else None
            if after is None or not after.is_word:
                return after is None or after.text != "-"  # "the final-round vote"
            return after.low in STOP_WORDS and after.low not in _NOT_COMPETITION_AFTER
        if token.is_word and token.low in STOP_WORDS:
            return False
        if not (token.is_word or token.text[0].isdecimal() or token.text in ("'", "’")):
            return False
    return False
