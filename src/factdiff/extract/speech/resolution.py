"""Who "he" is: pronoun speakers and sources resolved to the name meant, across statements.

resolve_speakers(statements) -> the statements with "he told ...", "they said" and a lone
                                surname resolved to the name of the person or group meant
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from ...models import Kind, Statement
from .words import GOVERNING_PREPOSITIONS, PERSON_PRONOUNS, PRONOUNS

_LOOK_BACK = 3  # statements before a pronoun searched for the person meant
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


class _Latest:
    """The last person and the last group named so far, preferring those not after a preposition."""

    def __init__(self) -> None:
        self.names: dict[tuple[bool, bool], str] = {}  # (person, governed) -> name

    def add(self, name: str, *, person: bool, governed: bool) -> None:
        """Record a name, later than every name recorded before."""
        self.names[(person, governed)] = name

    def pick(self, *, person: bool) -> str | None:
        """Return the last person (or group) named, one not after a preposition first."""
        return self.names.get((person, False)) or self.names.get((person, True))


def resolve_speakers(statements: Sequence[Statement]) -> list[Statement]:
    """Return the statements with pronoun speakers and sources replaced by the name meant.

    A "he" or "she" takes the last person named before it in the same article: in its
    own sentence first (outside quotes, preferring one not named after a preposition:
    "his meeting with Putin ..., he said" is not Putin), else in the three sentences
    before, a person detail or the speaker of a quote or attribution. "they", "it" and
    "we" take the last organisation or other named source ("analysts") the same way.
    A surname speaker takes the full name its article gives it ("Lukashenko" ->
    "Alexander Lukashenko") when only one full name ends with it. Statements of one
    source must be consecutive and ordered by index.
    """
    statements = list(statements)
    for statement in statements:
        if not isinstance(statement, Statement):
            raise TypeError(f"statements must be Statement objects: {statement!r}")
    surnames = _surnames(statements)
    resolved: list[Statement] = []
    history: list[_Latest] = []
    previous: Statement | None = None
    seen: set[str] = set()
    for statement in statements:
        if previous is None or statement.source != previous.source:
            if statement.source in seen:
                raise ValueError(f"statements of source {statement.source!r} are not consecutive")
            seen.add(statement.source)
            history = []
        elif statement.index <= previous.index:
            raise ValueError(
                f"statements of {statement.source!r} out of order: "
                f"index {statement.index} after {previous.index}"
            )
        previous = statement
        new, latest = _resolve_statement(
            statement, history[-_LOOK_BACK:], surnames[statement.source]
        )
        resolved.append(new)
        history.append(latest)
    return resolved


def _surnames(statements: list[Statement]) -> dict[str, dict[str, set[str]]]:
    """Return for each source the full names of its people by each of their last words:
    "Lukashenko" and "Grigoryevich Lukashenko" -> {"Alexander Grigoryevich Lukashenko"}."""
    surnames: dict[str, dict[str, set[str]]] = {}
    for statement in statements:
        known = surnames.setdefault(statement.source, {})
        for detail in statement.details:
            if detail.kind is Kind.PERSON and isinstance(detail.value, str):
                words = detail.value.split()
                for at in range(1, len(words)):
                    known.setdefault(" ".join(words[at:]), set()).add(detail.value)
    return surnames


def _meant(
    name: str,
    named: Sequence[_Latest],
    full_names: dict[str, str],
    surnames: dict[str, set[str]],
) -> str | None:
    """Return the name a speaker or source stands for: for a pronoun the latest person
    (or group) of ``named``, newest first; for a name as written its full name, or the
    only full name ending with it."""
    if name.lower() in PRONOUNS:
        person = name.lower() in PERSON_PRONOUNS
        return next((n for s in named if (n := s.pick(person=person))), None)
    meant = full_names.get(name)
    if meant is None and len(surnames.get(name, ())) == 1:
        (meant,) = surnames[name]
    return meant


def _resolve_statement(
    statement: Statement, history: list[_Latest], surnames: dict[str, set[str]]
) -> tuple[Statement, _Latest]:
    """Return the statement with its pronoun speakers resolved, and the names it leaves."""
    quotes = sorted((d.start, d.end) for d in statement.details if d.kind is Kind.QUOTE)
    quote_starts = [start for start, _ in quotes]
    people = {d.value for d in statement.details if d.kind is Kind.PERSON}
    full_names = {
        d.text: d.value
        for d in statement.details
        if d.kind is Kind.PERSON and isinstance(d.value, str)
    }
    latest = _Latest()
    details = list(statement.details)
    for position in sorted(range(len(details)), key=lambda i: details[i].start):
        detail = details[position]
        if detail.kind in (Kind.PERSON, Kind.ORGANISATION):
            at = bisect.bisect_right(quote_starts, detail.start) - 1
            if at < 0 or detail.start >= quotes[at][1]:  # not in quoted words
                latest.add(
                    str(detail.value),
                    person=detail.kind is Kind.PERSON,
                    governed=_governed(statement, detail.start),
                )
            continue
        if detail.kind is Kind.QUOTE:
            name = detail.speaker
        elif detail.kind is Kind.ATTRIBUTION:
            name = detail.value
        else:
            continue
        if not isinstance(name, str):
            continue
        meant = _meant(name, (latest, *reversed(history)), full_names, surnames)
        if meant is not None and meant != name:
            field = "speaker" if detail.kind is Kind.QUOTE else "value"
            details[position] = dataclasses.replace(detail, **{field: meant})
            name = meant
        if name.lower() not in PRONOUNS:
            latest.add(name, person=name in people or name in full_names, governed=False)
    if details != list(statement.details):
        statement = dataclasses.replace(statement, details=tuple(details))
    return statement, latest


def _governed(statement: Statement, at: int) -> bool:
    """Return whether the word before offset ``at`` of a statement is a preposition."""
    offset = at - statement.start
    before = _WORD_RE.findall(statement.text[max(0, offset - 20) : offset])
    return bool(before) and before[-1].lower() in GOVERNING_PREPOSITIONS
