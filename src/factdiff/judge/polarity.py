"""Polarity judged on the claim: a negated predicate against the same predicate asserted.

compare_polarity(statements) -> for each negated predicate, how the other sources state it

"has not joined" in one statement and "has joined" in another disagree; "could join"
asserts nothing. Negations inside a quote or a zero count ("no casualties") are left to
the quote and the count. The words that keep a predicate from being asserted, commit to
it or affirm it are text/lists/judge-unasserting-words.txt, judge-committing-verbs.txt
and judge-affirming-verbs.txt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..align import content_words
from ..extract.polarity import BE_FORMS, asserts, predicate_stem
from ..models import Detail, DetailComparison, Kind, Mention, Statement, Status
from ..text.lexicon import words

__all__ = ["compare_polarity"]

# Words shortly before a predicate that keep it from being asserted: "to join", "if it
# joins", "could join", "fears that it will join". "will" and "would" assert (an intent):
# "would send troops" contradicts "wouldn't send troops".
UNASSERTED = words("judge-unasserting-words")
# Verbs before "to" that commit to what follows: "agreed to suspend" asserts it.
COMMITTING = words("judge-committing-verbs")
# Verbs that assert what a denial of a that-clause rejects ("denied that troops crossed"
# against "confirmed that troops crossed").
AFFIRMING = words("judge-affirming-verbs")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ASSERTION_WINDOW = 3
# How many words after a predicate may hold its object, and before a passive one its subject.
_OBJECT_WINDOW = 4
_SUBJECT_WINDOW = 8
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+\s+)?\w+(?:ed|en)\b", re.I)


def compare_polarity(statements: Sequence[Statement]) -> list[DetailComparison]:
    """Return, for each negated predicate, how the other sources state the same predicate.

    Both negated is ``same``; negated in one and asserted in another is ``different``;
    a predicate the other sources do not state, or state only as a possibility ("could
    join"), is one-sided.
    """
    comparisons = []
    negations = [
        (statement, detail)
        for statement in statements
        for detail in statement.details
        if detail.kind is Kind.NEGATION and not _judged_elsewhere(statement, detail)
    ]
    seen: set[tuple[str, str]] = set()
    for statement, negation in negations:
        stem = str(negation.value)
        if (statement.source, stem) in seen:
            continue
        seen.add((statement.source, stem))
        mentions = [Mention(statement.source, negation)]
        status = Status.ONE_SIDED
        for other in statements:
            if other.source == statement.source or other.source in {m.source for m in mentions}:
                continue
            negated = next(
                (
                    d
                    for d in other.details
                    if d.kind is Kind.NEGATION and asserts(str(d.value), stem)
                ),
                None,
            )
            if negated is not None:
                mentions.append(Mention(other.source, negated))
                seen.add((other.source, stem))
                status = Status.SAME if status is not Status.DIFFERENT else status
                continue
            asserted = _asserted(
                other,
                stem,
                denial=negation.qualifier == "denied",
                about=_arguments(
                    statement.text,
                    negation.start - statement.start,
                    negation.end - statement.start,
                    passive=_PASSIVE.search(negation.text) is not None,
                ),
            )
            if asserted is not None:
                mentions.append(Mention(other.source, asserted))
                status = Status.DIFFERENT
        note = ""
        if status is Status.DIFFERENT:
            note = f"one says “{negation.text}”, another states it without negation"
        comparisons.append(DetailComparison(Kind.NEGATION, status, tuple(mentions), note))
    return comparisons


def _judged_elsewhere(statement: Statement, negation: Detail) -> bool:
    """Return whether a negation lies inside a quote or a zero count ("no casualties").

    The quote's words and the count are compared as such; the negation would only
    report the same difference twice.
    """
    for detail in statement.details:
        inside = detail.start <= negation.start and negation.end <= detail.end
        overlaps = detail.start < negation.end and negation.start < detail.end
        if (detail.kind is Kind.QUOTE and inside) or (
            detail.kind is Kind.QUANTITY and detail.value == 0 and overlaps
        ):
            return True
    return False


def _arguments(text: str, start: int, end: int, *, passive: bool) -> frozenset[str]:
    """Return the content words a predicate at ``start:end`` is about: its object, or its
    subject when it is passive ("the notice has not been lifted")."""
    if passive:
        words = text[:start].split()[-_SUBJECT_WINDOW:]
    else:
        words = text[end:].split()[:_OBJECT_WINDOW]
    return frozenset(content_words(" ".join(words)))


def _asserted(
    statement: Statement, stem: str, *, denial: bool, about: frozenset[str]
) -> Detail | None:
    """Return the span where ``statement`` asserts the predicate ``stem`` as a detail, if it does.

    ``about`` is what the negated predicate is about: the same predicate about other
    things ("wants to stay away" against "do not want to fight") is not the same claim.
    """
    words = list(_WORD.finditer(statement.text))
    negated = [
        (d.start - statement.start, d.end - statement.start)
        for d in statement.details
        if d.kind is Kind.NEGATION
    ]
    for index, word in enumerate(words):
        found = predicate_stem(word.group())
        if not (asserts(found, stem) or (denial and found in AFFIRMING)):
            continue
        if any(start <= word.start() < end for start, end in negated):
            continue
        passive = index > 0 and words[index - 1].group().lower() in BE_FORMS
        found = _arguments(statement.text, word.start(), word.end(), passive=passive)
        if about and found and not about & found:
            continue  # "do not want to fight" says nothing of "wants to stay away"
        before = [w.group().lower() for w in words[max(0, index - _ASSERTION_WINDOW) : index]]
        if before[-2:-1] and before[-1] == "to" and before[-2] in COMMITTING:
            before = before[:-2]  # "agreed to suspend" asserts the suspension
        if set(before) & UNASSERTED or any(w.endswith("n't") for w in before):
            continue
        start, end = statement.start + word.start(), statement.start + word.end()
        return Detail(Kind.NEGATION, word.group(), start, end, stem, qualifier="asserted")
    return None
