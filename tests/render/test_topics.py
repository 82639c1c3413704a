"""Topics: what a compared detail measures, in the words a headline opens with."""

import pytest

from factdiff.judge import compare_details
from factdiff.models import (
    Detail,
    DetailComparison,
    Finding,
    Kind,
    Mention,
    Statement,
    Status,
    Verdict,
)
from factdiff.render.topics import topic


def finding_of(*statements):
    details = compare_details(statements)
    return Finding("F1", Verdict.DISCREPANCY, 0.9, 0.9, statements, details), details


def said(source, text, *details):
    """Return a statement of ``text`` with details found by their words in it."""
    found = []
    for kind, words, value, extra in details:
        start = text.index(words)
        found.append(Detail(kind, words, start, start + len(words), value, **extra))
    return Statement(source, 0, 0, len(text), text, tuple(found))


def person(name, value=None):
    return (Kind.PERSON, name, value or name, {})


@pytest.mark.parametrize(
    ("kind", "words_a", "value_a", "words_b", "value_b", "extra", "expected"),
    [
        (Kind.DURATION, "three years", 3, "four years", 4, {"unit": "year", "about": "visit"},
         "Time since Putin's last visit"),
        (Kind.DURATION, "ten months", 10, "nine months", 9, {"unit": "month", "about": "war"},
         "Length of Putin's war"),
        (Kind.DURATION, "three days", 3, "two days", 2, {"unit": "day", "about": "visit"},
         "Length of Putin's visit"),
        (Kind.QUANTITY, "9,000 soldiers", 9000, "7,000 soldiers", 7000, {"unit": "soldier"},
         "Number of soldiers"),
        (Kind.QUANTITY, "three aircraft", 3, "five aircraft", 5, {"unit": "aircraft"},
         "Number of aircraft"),
        (Kind.QUANTITY, "12 batches", 12, "14 batches", 14, {"unit": "batch"},
         "Number of batches"),
        (Kind.QUANTITY, "90 kilometres", 90, "60 kilometres", 60, {"unit": "kilometre"},
         "Distance"),
        (Kind.QUANTITY, "18 percent", 18, "12 percent", 12, {"unit": "percent"}, "Percentage"),
        (Kind.DATE, "December 19", "--12-19", "December 18", "--12-18", {}, "Date of Putin's visit"),
    ],
)  # fmt: skip
def test_topic_names_what_the_value_measures(
    kind, words_a, value_a, words_b, value_b, extra, expected
):
    a = said("a", f"Vladimir Putin's visit: {words_a}.", person("Vladimir Putin"),
             (kind, words_a, value_a, extra))  # fmt: skip
    b = said("b", f"Putin's visit: {words_b}.", person("Putin", "Vladimir Putin"),
             (kind, words_b, value_b, extra))  # fmt: skip
    finding, details = finding_of(a, b)
    (compared,) = [d for d in details if d.kind is kind]
    assert topic(compared, finding) == expected


def test_without_a_person_both_name_the_topic_is_impersonal():
    extra = {"unit": "year", "about": "visit"}
    a = said("a", "His first visit in three years.", (Kind.DURATION, "three years", 3, extra))
    b = said("b", "Lukashenko hosts a visit, the first in four years.", person("Lukashenko"),
             (Kind.DURATION, "four years", 4, extra))  # fmt: skip
    finding, (compared, *_) = finding_of(a, b)
    assert topic(compared, finding) == "Time since the last visit"


def test_a_kind_with_nothing_more_known_gets_a_plain_word():
    a = said("a", "Kyiv said so.", (Kind.ATTRIBUTION, "Kyiv said", "Kyiv", {}))
    b = said("b", "Moscow said so.", (Kind.ATTRIBUTION, "Moscow said", "Moscow", {}))
    finding, _ = finding_of(a, b)
    compared = DetailComparison(
        Kind.ATTRIBUTION, Status.DIFFERENT, (Mention("a", a.details[0]), Mention("b", b.details[0]))
    )
    assert topic(compared, finding) == "Who says so"
