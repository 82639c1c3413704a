"""Name in plain words what a compared detail measures: "Time since Putin's last visit".

topic(comparison, finding) -> the words a discrepancy headline opens with
PLAIN_TOPICS                -> the topics that say no more than the kind of detail

A reader scanning the first page should see what the sources disagree about before the
values; "duration" says too little. The topic is built from what extraction already
knows (the event a duration measures, the thing a quantity counts, the speaker of a
quote) and the person every statement of the finding names; when nothing is known it
falls back to a word for the kind.
"""

from __future__ import annotations

import re

from factdiff.extract.numbers import EVENTS
from factdiff.models import DetailComparison, Finding, Kind
from factdiff.text.morphology import plural

# Events that happen at a moment: a duration in months or years "about" one of them is
# the time since the last one ("his first visit in three years"), not its length.
_MOMENTARY = frozenset({"visit", "trip", "tour", "flight", "meeting", "talks", "summit"})
_LONG_UNITS = frozenset({"week", "month", "year", "decade", "century"})
_DISTANCES = frozenset({"metre", "meter", "kilometre", "kilometer", "km", "mile", "mi", "m"})
_MONEY = frozenset({"dollar", "euro", "pound", "rouble", "ruble", "hryvnia", "yuan", "yen"})
_PLAIN_KINDS = {
    Kind.PERSON: "Who",
    Kind.PLACE: "Where",
    Kind.ORGANISATION: "Which organisation",
    Kind.ATTRIBUTION: "Who says so",
    Kind.NEGATION: "Whether it happened",
    Kind.MODALITY: "How certain",
    Kind.RANK: "Rank",
    Kind.QUANTITY: "Number",
    Kind.DURATION: "Length of time",
    Kind.QUOTE: "Quoted words",
}
# The topics that name only the kind of a detail, when nothing more is known of it.
PLAIN_TOPICS = frozenset({*_PLAIN_KINDS.values(), "Date", "Day"})
_WORD = re.compile(r"[A-Za-z]+")
# How many words before a date may name the event it dates: "visit to Belarus on Monday".
_EVENT_REACH = 6


def topic(comparison: DetailComparison, finding: Finding) -> str:
    """Return what the compared detail measures, for the headline of a finding.

    >>> from factdiff.models import Detail, Mention, Statement, Status, Verdict
    >>> putin = Detail(Kind.PERSON, "Vladimir Putin", 0, 14, "Vladimir Putin")
    >>> years = Detail(Kind.DURATION, "three years", 30, 41, 3, "year", about="visit")
    >>> text = "Vladimir Putin's first visit in three years"
    >>> statement = Statement("a", 0, 0, len(text), text, (putin, years))
    >>> compared = DetailComparison(Kind.DURATION, Status.DIFFERENT, (Mention("a", years),))
    >>> topic(compared, Finding("F1", Verdict.DISCREPANCY, 0.9, 0.9, (statement,), (compared,)))
    "Time since Putin's last visit"
    """
    detail = comparison.mentions[0].detail if comparison.mentions else None
    kind = comparison.kind
    if detail is None:
        return _PLAIN_KINDS.get(kind, kind.value.capitalize())
    owner = _owner(finding)
    if kind is Kind.DURATION:
        event = detail.about
        if event == "delay":
            return "Length of the delay"
        if event in _MOMENTARY and detail.unit in _LONG_UNITS:
            return f"Time since {owner} last {event}"
        if event:
            return f"Length of {owner} {event}"
    elif kind is Kind.QUANTITY and detail.unit:
        if detail.unit in _DISTANCES:
            return "Distance"
        if detail.unit in _MONEY or detail.unit in {"$", "€", "£"}:
            return "Amount"
        if detail.unit in ("%", "percent"):
            return "Percentage"
        return f"Number of {plural(detail.unit)}"
    elif kind in (Kind.DATE, Kind.WEEKDAY):
        what = "Date" if kind is Kind.DATE else "Day"
        if detail.about == "statement":
            return f"{what} of the statement"
        if event := _event_before(comparison, finding):
            return f"{what} of {owner} {event}"
        return what
    elif kind is Kind.QUOTE and detail.speaker:
        return f"Words of {detail.speaker}"
    elif kind is Kind.RANK and detail.about:
        return f"Rank as {detail.about}"
    return _PLAIN_KINDS.get(kind, kind.value.capitalize())


def _owner(finding: Finding) -> str:
    """Return "Putin's" for the person every statement names (the first named, if several),
    else "the"."""
    people = [
        [d.value for d in s.context.details if d.kind is Kind.PERSON and isinstance(d.value, str)]
        for s in finding.statements
    ]
    shared = [p for p in people[0] if all(p in others for others in people[1:])] if people else []
    if not shared:
        return "the"
    surname = shared[0].split()[-1]
    return surname + ("'" if surname.endswith("s") else "'s")


def _event_before(comparison: DetailComparison, finding: Finding) -> str | None:
    """Return the event noun just before a mentioned date ("visit to Belarus on December
    19" -> "visit"), in the first mention that has one; None when no mention has."""
    for mention in comparison.mentions:
        for statement in finding.statements:
            sentence = statement.context
            if statement.source != mention.source or not (
                sentence.start <= mention.detail.start <= sentence.end
            ):
                continue
            before = sentence.text[: mention.detail.start - sentence.start].lower()
            for word in reversed(_WORD.findall(before)[-_EVENT_REACH:]):
                for form in (word, word.removesuffix("s")):
                    if form in EVENTS:
                        return EVENTS[form]
    return None
