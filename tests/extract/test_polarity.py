"""Tests for factdiff.extract.polarity: negation, refusals, contains_predicate, spans."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff.extract.polarity import contains_predicate, find_polarity
from factdiff.models import Kind


def negations(text: str) -> list[tuple[str, str, str | None]]:
    """Return (span, value, qualifier) for each negation of ``text``."""
    return [(d.text, d.value, d.qualifier) for d in find_polarity(text) if d.kind is Kind.NEGATION]


# --- negation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus has not joined the war", [("has not joined", "join", "not")]),
        (
            "Belarus has not officially joined the war",
            [("has not officially joined", "join", "not")],
        ),
        (
            "Lukashenko had stated that he wouldn't be sending his men to Ukraine",
            [("wouldn't be sending", "send", "not")],
        ),
        (
            "Lukashenko has given no hints that Belarus would take part",
            [("no hints", "hint", "no")],
        ),
        ("The ministry denied that troops had crossed", [("denied that", "cross", "denied")]),
        ("The ministry denies it", [("denies", "admit", "denied")]),
        ("The suspect has denied the killing", [("has denied", "admit", "denied")]),
        ("The claims had been denied", [("had been denied", "admit", "denied")]),
        ("Moscow has repeatedly denied it", [("has repeatedly denied", "admit", "denied")]),
        ("He denied sending troops", [("denied sending", "send", "denied")]),
        (
            "The company rejected claims that it had misled investors",
            [("rejected claims that", "mislead", "denied")],
        ),
        ("The Chinese president did not attend the summit", [("did not attend", "attend", "not")]),
        ("The Chinese president didn't attend the summit", [("didn't attend", "attend", "not")]),
        ("Putin never visited Minsk", [("never visited", "visit", "never")]),
        ("Putin has never visited Minsk", [("has never visited", "visit", "never")]),
        ("Belarus has not yet joined", [("has not yet joined", "join", "not")]),
        ("Belarus no longer supports the war", [("no longer supports", "support", "no longer")]),
        ("Belarus is no longer neutral", [("is no longer", "be", "no longer")]),
        ("Belarus cannot contribute much", [("cannot contribute", "contribute", "not")]),
        ("Involvement would not be good for the country", [("would not be", "be", "not")]),
        ("The response was not delayed", [("was not delayed", "delay", "not")]),
        (
            "Belarus has not been directly involved",
            [("has not been directly involved", "involve", "not")],
        ),
        ("The government did not rule out new taxes", [("did not rule out", "rule", "not")]),
        (
            "The government has refused to rule out new taxes",
            [("has refused to rule out", "rule", "not")],
        ),
        ("Italy failed to qualify", [("failed to qualify", "qualify", "not")]),
        ("The airline has yet to resume flights", [("has yet to resume", "resume", "not")]),
        ("No one was injured in the blast", [("No one was injured", "injure", "no")]),
        ("No group has claimed responsibility", [("No group has claimed", "claim", "no")]),
        ("There were no casualties.", [("no casualties", "casualty", "no")]),
        ("The talks yielded nothing.", [("yielded nothing", "yield", "no")]),
        ("Nothing has changed.", [("Nothing has changed", "change", "no")]),
        ("He decided not to join", [("not to join", "join", "not")]),
        ("We are not going to give up", [("are not going to give up", "give", "not")]),
        ("The dam had not hit anything", [("had not hit", "hit", "not")]),
    ],
)
def test_negations(text, expected):
    assert negations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Belarus has joined the war",
        "Not only Belarus but Russia joined",
        "It is not just a war but a disaster",
        "No more than 10 soldiers crossed",
        "There is no doubt that Belarus joined",
        "No matter what happens",
        "Whether or not Belarus joins",
        "Belarus, not Russia, joined",
    ],
)
def test_no_negation(text):
    assert negations(text) == []


def test_a_negated_denial_is_one_negation():
    assert negations("He did not deny that troops crossed") == [("did not deny", "deny", "not")]


def test_a_negator_inside_a_taken_span_is_not_read():
    assert negations("Belarus has not joined") == [("has not joined", "join", "not")]
    assert find_polarity("Belarus has not joined", taken=[(12, 15)]) == []


# --- refusals and failures: "refused to X" -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rail union refused to suspend the strike.",
            [("refused to suspend", "suspend", "not")],
        ),
        (
            "The rail union has repeatedly refused to suspend the strike.",
            [("has repeatedly refused to suspend", "suspend", "not")],
        ),
        (
            "The rail union has refused to call off the strike.",
            [("has refused to call off", "call", "not")],
        ),
        ("The minister declined to comment.", [("declined to comment", "comment", "not")]),
        (
            "The club declined to discuss the transfer.",
            [("declined to discuss", "discuss", "not")],
        ),
        (
            "The government declined to renew the contract.",
            [("declined to renew", "renew", "not")],
        ),
        ("The talks failed to reach an agreement.", [("failed to reach", "reach", "not")]),
        ("The firm failed to focus on safety.", [("failed to focus", "focus", "not")]),
        ("He refused to be drawn on the matter.", [("refused to be drawn", "draw", "not")]),
        (
            "The company, which refused to recall the cars, was fined.",
            [("refused to recall", "recall", "not")],
        ),
        ("The bill has yet to pass the Senate.", [("has yet to pass", "pass", "not")]),
        # not "declined to" a level: only a verb after "to" is refused
        (
            "The government refused to raise levels of funding.",
            [("refused to raise", "raise", "not")],
        ),
    ],
)
def test_a_refusal_or_failure_negates_the_verb_after_to(text, expected):
    assert negations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # committing to it asserts the verb: nothing is negated
        "The rail union agreed to suspend the strike.",
        "The rail union decided to suspend the strike.",
        # "declined to" a level or an amount is a fall, not a refusal
        "Unemployment declined to 4.2% in May.",
        "Output declined to five million barrels a day.",
        "Exports declined to levels last seen in 2009.",
        "Sales declined to record lows.",
        "Prices declined to pre-war levels.",
        "Shares declined to their lowest level in a decade.",
        # nothing after "to"
        "They refused to.",
    ],
)
def test_no_refusal(text):
    assert negations(text) == []


# --- contains_predicate, and spans of any text --------------------------------------------


@pytest.mark.parametrize(
    ("text", "stem", "negated", "expected"),
    [
        ("Belarus has joined the war", "join", False, True),
        ("Belarus joins the war", "joined", False, True),
        ("Belarus has not joined the war", "join", False, False),
        ("Belarus has not joined the war", "join", True, True),
        ("Belarus has joined the war", "join", True, False),
        ("The ministry denied that troops had crossed", "cross", False, False),
        ("The ministry denied that troops had crossed", "cross", True, True),
        ("Troops crossed the border", "cross", False, True),
        ("Belarus has joined the war", "send", False, False),
        ("Israel rejected the proposal", "accept", True, True),
        ("Israel rejected the proposal", "accept", False, False),
        ("The senator voted against the bill", "vote", False, False),
        ("The senator voted against the bill", "vote", True, True),
        ("The senator voted for the bill", "vote", False, True),
        ("The regulator blocked the merger", "allow", True, True),
        ("The nurses turned down the offer", "accept", True, True),
        ("Investigators did not find any trace", "found", True, True),
        ("Investigators found traces", "find", False, True),
        ("The notice has not been lifted", "lift", True, True),
    ],
)
def test_contains_predicate(text, stem, negated, expected):
    assert contains_predicate(text, stem, negated=negated) is expected


@given(st.text(alphabet="notdwuldhasivergy'’ .,NTWM", max_size=60))
def test_any_text_gives_spans_that_match_it(text):
    for detail in find_polarity(text):
        assert text[detail.start : detail.end] == detail.text
        assert detail.kind in (Kind.NEGATION, Kind.MODALITY)
        if detail.kind is Kind.MODALITY:
            assert detail.value in ("certain", "likely", "possible")
