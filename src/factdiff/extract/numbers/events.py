"""The event a duration measures: "ten months into the war" -> "war".

duration_event(text, start, end)  -> the event the duration text[start:end] measures, or None
event_near(tokens, first, after)  -> the same for a duration over tokens ``first`` to ``after``
ends_clause(tokens, index)        -> whether a token ends a clause

and EVENTS, the lexicon of events by singular noun, with the words reporters use for one
event folded to one name ("fighting", "invasion" -> "war"; text/lists/numbers-events.txt
and numbers-event-names.txt); DELAY_VERBS ("delayed by six months" -> "delay"); and
CLAUSE_MARKS, the marks that end a clause.

A duration's ``about`` is the event it measures, from EVENTS (see duration_event): "ten
months into the war" -> "war"; "delayed by six months", "pushed the project back by a
year" -> "delay".
"""

from __future__ import annotations

from ...text.lexicon import forms, words
from ...text.morphology import singular
from ...text.tokens import Token, tokenise
from ..numerals import DETERMINERS, STOP_WORDS, TOKEN_RE, free, glued
from .edges import DASHES

# The events a duration may measure (its ``about``), by singular noun, with the words
# reporters use for one event folded to one name ("fighting", "invasion" -> "war").
EVENTS = {word: word for word in words("numbers-events")} | forms("numbers-event-names")
# Verbs whose duration "by N months" is a delay: "delayed by six months"; "pushed back",
# "put back", "set back", "moved back" need "back" ("pushed the project back by a year").
DELAY_VERBS = words("numbers-delay-verbs")
_PUSH_VERBS = words("numbers-push-verbs")
# What ends a clause, for finding the event a duration measures: these marks; a spaced
# dash; a comma before a conjunction or relative pronoun; a subordinating conjunction.
CLAUSE_MARKS = words("numbers-clause-marks")
_CLAUSE_OPENERS = words("numbers-clause-openers")
_SUBORDINATORS = words("numbers-subordinators")
# A comma before these ends the clause, but the noun before the comma is still its subject.
_RELATIVES = words("numbers-relatives")
# How far from a duration its event is looked for: tokens before, words (and at most
# three times as many tokens) after.
_EVENT_TOKENS_BEFORE = 30
_EVENT_WORDS_AFTER = 6


def duration_event(text: str, start: int, end: int) -> str | None:
    """Return the event the duration ``text[start:end]`` measures, folded ("war"), or None.

    The event is a noun of EVENTS in the duration's clause: first "N months of (the) X"
    or "an N-month X"; else the nearest before the duration ("X lasting N months", "X,
    which lasted N months"); else the nearest within a few words after it.

    >>> def event(sentence, duration):
    ...     at = sentence.index(duration)
    ...     return duration_event(sentence, at, at + len(duration))
    >>> event("ten months into the war", "ten months")
    'war'
    >>> event("his first visit in three years", "three years")
    'visit'
    >>> event("Putin’s visit to the Belarusian President in Minsk after three and a half "
    ...       "years attracted attention", "three and a half years")
    'visit'
    >>> event("although Lukashenko has managed to stay out of the war for ten months",
    ...       "ten months")
    'war'
    >>> event("after the talks, three years of heavy fighting", "three years")
    'war'
    >>> event("the truce, which lasted two weeks", "two weeks")
    'ceasefire'
    >>> event("a two-year prison sentence", "two-year"), event("for ten days", "ten days")
    ('sentence', None)
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"start and end must satisfy 0 <= start < end <= {len(text)}: {(start, end)!r}"
        )
    tokens = tokenise(TOKEN_RE, text)
    first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    after = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    return event_near(tokens, first, after)


def event_near(tokens: list[Token], first: int, after: int) -> str | None:
    """Return the event (see duration_event) of the duration over tokens ``first`` to ``after``."""
    compound = after - first >= 3 and tokens[after - 2].text == "-"
    if compound and glued(tokens, after - 3, after - 1):  # "a two-year prison sentence"
        found = _event_in_phrase(tokens, after)
        if found:
            return found
    if free(tokens, after) and tokens[after].low == "of":  # "ten months of (the) war"
        found = _event_in_phrase(tokens, after + 1)
        if found:
            return found
    if _pushed_back(tokens, first):
        return "delay"
    if found := _event_before(tokens, first):
        return found
    words = 0
    for at in range(after, min(after + 3 * _EVENT_WORDS_AFTER, len(tokens))):
        if words >= _EVENT_WORDS_AFTER or ends_clause(tokens, at):
            break
        if found := _event_at(tokens, at):
            return found
        words += tokens[at].text[0].isalnum()
    return None


def _pushed_back(tokens: list[Token], first: int) -> bool:
    """Return whether "pushed (the project) back by" comes just before token ``first``."""
    if first < 2 or tokens[first - 1].low != "by" or tokens[first - 2].low != "back":
        return False
    for at in range(first - 3, max(first - 3 - _EVENT_WORDS_AFTER, -1), -1):
        if ends_clause(tokens, at):
            return False
        if tokens[at].low in _PUSH_VERBS:
            return True
    return False


def _event_before(tokens: list[Token], first: int) -> str | None:
    """Return the nearest event noun before token ``first`` in its clause, or None.

    An event past a comma that turns out to lie in a subordinate clause ("although the
    talks failed, for two years ...") is not the duration's.
    """
    found, comma = None, False
    for at in range(first - 1, max(first - _EVENT_TOKENS_BEFORE, 0) - 1, -1):
        if ends_clause(tokens, at):
            relative = tokens[at].text == "," and tokens[at + 1].low in _RELATIVES
            if found is None and relative and at > 0:
                return _event_at(tokens, at - 1)  # "the truce, which lasted two weeks"
            return None if tokens[at].low in _SUBORDINATORS else found
        comma = comma or tokens[at].text == ","
        if found is None and (found := _event_at(tokens, at)) and not comma:
            return found
    return found


def _event_in_phrase(tokens: list[Token], index: int) -> str | None:
    """Return the last event noun of the noun phrase at ``index`` ("the heavy fighting")."""
    found = None
    for at in range(index, min(index + _EVENT_WORDS_AFTER, len(tokens))):
        token = tokens[at]
        possessive = token.text in ("'", "’") or (token.low == "s" and glued(tokens, at - 1, at))
        if token.low in DETERMINERS or possessive or token.text == "-":
            continue
        if not token.is_word or token.low in STOP_WORDS:
            break
        found = _event_at(tokens, at) or found
    return found


def _event_at(tokens: list[Token], index: int) -> str | None:
    """Return the event the word at ``index`` names, or None ("fighting" -> "war")."""
    token = tokens[index]
    if not token.is_word:
        return None
    if index >= 2 and tokens[index - 1].text == "-" and glued(tokens, index - 2, index):
        return None  # the tail of a compound: "long-term", "anti-war"
    word = token.low
    if word in DELAY_VERBS:
        return "delay"  # "delayed by six months", "postponed for a year"
    joined = free(tokens, index + 2) and tokens[index + 1].text == "-"
    if joined and tokens[index + 2].is_word and glued(tokens, index, index + 2):
        word = f"{word}-{tokens[index + 2].low}"  # "cease-fire"
    return EVENTS.get(word) or EVENTS.get(singular(word))


def ends_clause(tokens: list[Token], index: int) -> bool:
    """Return whether the token at ``index`` ends a clause (see CLAUSE_MARKS)."""
    token = tokens[index]
    if token.text in CLAUSE_MARKS or token.low in _SUBORDINATORS:
        return True
    if token.text in DASHES:
        return not glued(tokens, index - 1, index + 1)
    opener = free(tokens, index + 1) and tokens[index + 1].low in _CLAUSE_OPENERS
    return token.text == "," and opener
