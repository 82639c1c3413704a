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
from factdiff.models import Detail, DetailComparison, Finding, Kind
from factdiff.text.lexicon import names, words
from factdiff.text.morphology import plural

# Events that happen at a moment: a duration in months or years "about" one of them is
# the time since the last one ("his first visit in three years"), not its length.
_MOMENTARY = words("judge-topic-momentary-events")
_LONG_UNITS = words("judge-topic-long-units")
_DISTANCES = words("judge-topic-distance-units")
# Currencies by name and by sign: "dollar", "$".
_MONEY = words("judge-topic-money-units")
_PLAIN_KINDS = {Kind(kind): name for kind, name in names("judge-topic-kinds").items()}
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
    known = None if detail is None else _known_topic(comparison, detail, finding)
    return known or _PLAIN_KINDS.get(comparison.kind, comparison.kind.value.capitalize())


def _known_topic(comparison: DetailComparison, detail: Detail, finding: Finding) -> str | None:
    """Return what extraction knows the first mentioned ``detail`` measures, or None."""
    kind = comparison.kind
    if kind is Kind.DURATION:
        return _duration_topic(detail, finding)
    if kind is Kind.QUANTITY and detail.unit:
        return _quantity_topic(detail.unit)
    if kind in (Kind.DATE, Kind.WEEKDAY):
        return _date_topic(comparison, finding)
    if kind is Kind.QUOTE and detail.speaker:
        return f"Words of {detail.speaker}"
    if kind is Kind.RANK and detail.about:
        return f"Rank as {detail.about}"
    return None


def _duration_topic(detail: Detail, finding: Finding) -> str | None:
    """Return what a duration measures: the time since a momentary event, or how long one lasts."""
    event = detail.about
    if event == "delay":
        return "Length of the delay"
    if event in _MOMENTARY and detail.unit in _LONG_UNITS:
        return f"Time since {_owner(finding)} last {event}"
    if event:
        return f"Length of {_owner(finding)} {event}"
    return None


def _quantity_topic(unit: str) -> str:
    """Return what a quantity in ``unit`` counts or measures."""
    if unit in _DISTANCES:
        return "Distance"
    if unit in _MONEY:
        return "Amount"
    if unit in ("%", "percent"):
        return "Percentage"
    return f"Number of {plural(unit)}"


def _date_topic(comparison: DetailComparison, finding: Finding) -> str:
    """Return what a date or weekday dates: the statement, the event before it, or nothing."""
    what = "Date" if comparison.kind is Kind.DATE else "Day"
    if comparison.mentions[0].detail.about == "statement":
        return f"{what} of the statement"
    if event := _event_before(comparison, finding):
        return f"{what} of {_owner(finding)} {event}"
    return what


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
