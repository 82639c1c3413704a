"""Tests for factdiff.extract.polarity: opposite verbs ("rejected" negates "accept") and asserts."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff.extract.polarity import POSITIVE_GROUPS, asserts, find_polarity, predicate_stem
from factdiff.models import Kind

from .test_polarity import negations

# --- opposite predicates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator voted against the spending bill", [("voted against", "vote", "against")]),
        ("Lawmakers will vote against the bill", [("will vote against", "vote", "against")]),
        ("The senator voted narrowly against it", [("voted narrowly against", "vote", "against")]),
        ("She was voting against the bill", [("was voting against", "vote", "against")]),
        ("Israel has rejected the ceasefire proposal", [("has rejected", "accept", "reject")]),
        ("Israel rejects the proposal", [("rejects", "accept", "reject")]),
        ("The proposal was rejected by parliament", [("was rejected", "accept", "reject")]),
        ("After rejecting the deal, Israel left", [("rejecting", "accept", "reject")]),
        ("He refused the offer", [("refused", "accept", "refuse")]),
        ("Russia opposes the plan", [("opposes", "support", "oppose")]),
        ("Russia is firmly opposed to the plan", [("is firmly opposed", "support", "oppose")]),
        ("The president skipped the summit", [("skipped", "attend", "skip")]),
        ("Several countries boycotted the games", [("boycotted", "attend", "boycott")]),
        ("He failed a drug test", [("failed", "pass", "fail")]),
        ("The spending bill has failed", [("has failed", "pass", "fail")]),
        ("The motion failed in the Senate", [("failed", "pass", "fail")]),
        ("The union turned down the offer", [("turned down", "accept", "turn down")]),
        (
            "Striking nurses turned down the government's latest pay offer",
            [("turned down", "accept", "turn down")],
        ),
        ("The bid was turned down by the board", [("was turned down", "accept", "turn down")]),
        ("After turning down the offer, he left", [("turning down", "accept", "turn down")]),
        ("He declined the invitation", [("declined", "accept", "decline")]),
        ("Her application was declined", [("was declined", "accept", "decline")]),
        ("The regulator on Friday blocked the merger", [("blocked", "allow", "block")]),
        ("The president vetoed the bill", [("vetoed", "allow", "veto")]),
        ("The president will veto the bill", [("will veto", "allow", "veto")]),
        ("He was barred from entering", [("was barred", "allow", "bar")]),
        ("The government banned fireworks", [("banned", "allow", "ban")]),
        ("The law prohibits smoking", [("prohibits", "allow", "prohibit")]),
        ("Smoking is forbidden", [("is forbidden", "allow", "forbid")]),
        ("The goal was disallowed", [("was disallowed", "allow", "disallow")]),
    ],
)
def test_an_opposite_verb_negates_the_positive_predicate(text, expected):
    assert negations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same polarity: "voted against" is "did not vote for"
        ("The senator did not vote for the bill", [("did not vote", "vote", "not")]),
        # a negated opposite is no negation of the positive predicate
        ("The senator did not vote against the bill", [("did not vote", "oppose", "not")]),
        ("The senator refused to vote against the bill", [("refused to vote", "oppose", "not")]),
        ("He did not reject the deal", [("did not reject", "reject", "not")]),
        ("The regulator did not block the deal", [("did not block", "block", "not")]),
        ("They did not turn down the offer", [("did not turn down", "turn", "not")]),
        ("He declined to comment", [("declined to comment", "comment", "not")]),
        ("The minister never skipped a meeting", [("never skipped", "skip", "never")]),
        (
            "The government has refused to rule out taxes",
            [("has refused to rule out", "rule", "not")],
        ),
        ("Italy failed to qualify", [("failed to qualify", "qualify", "not")]),
        (
            "The company rejected claims that it had misled investors",
            [("rejected claims that", "mislead", "denied")],
        ),
    ],
)
def test_opposites_beside_other_negations(text, expected):
    assert negations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The senator voted for the spending bill",
        "The students voted down the motion",
        "There were 30 votes against the bill",
        "The vote against the bill was 30-2",
        "The rejected plan was revised",
        "Clashes between opposing forces continued",
        "The opposing side scored",
        "Russia, as opposed to China, joined",
        "Refuse collection was suspended",
        "The talks failed",
        "Failing banks were rescued",
        "Spain lost the final",
        # "turned down" a way or a dial, "declined" as "fell", "-ed" forms as adjectives
        "He turned down a side street",
        "She turned down the volume",
        "The heat was turned down",
        "The economy turned down in March",
        "Sales declined sharply",
        "Shares declined a further 3%",
        "Sales declined the most since 2008",
        "Exports declined this year",
        "Sales are declining",
        "Declining sales hurt the firm",
        "Athletes tested positive for banned substances",
        "A wave of rejected applications followed",
        "The apartment block collapsed",
        "The ban on smoking was lifted",
        "The EU bans imports",
        "Barring a miracle, they lose",
        "Israel has agreed to the ceasefire proposal",
    ],
)
def test_no_opposite(text):
    assert negations(text) == []


def test_a_passive_is_a_negation_of_its_participle():
    assert negations("The boil-water notice has not been lifted") == [
        ("has not been lifted", "lift", "not")
    ]


def test_a_vote_for_and_a_vote_against_differ_in_polarity():
    (against,) = find_polarity("The senator voted against the bill")
    (not_for,) = find_polarity("The senator did not vote for the bill")
    assert against.value == not_for.value == "vote"
    assert negations("The senator voted for the bill") == []


@pytest.mark.parametrize(
    ("stem", "value", "expected"),
    [
        ("agree", "accept", True),
        ("agreed", "accept", True),
        ("approves", "accept", True),
        ("endorsed", "accept", True),
        ("backed", "support", True),
        ("favoured", "support", True),
        ("confessed", "admit", True),
        ("confirmed", "admit", True),
        ("acknowledged", "admit", True),
        ("conceded", "admit", True),
        ("voted", "vote", True),
        ("attended", "attend", True),
        ("passed", "pass", True),
        ("approved", "allow", True),
        ("permitted", "allow", True),
        ("cleared", "allow", True),
        ("authorised", "allow", True),
        ("authorized", "allow", True),
        ("approved", "accept", True),  # in two groups
        ("blocked", "allow", False),
        ("accepted", "allow", False),
        ("joined", "join", True),  # outside the groups, the same stem
        ("approve", "agree", True),  # one group holds both
        ("rejected", "accept", False),
        ("denied", "admit", False),
        ("opposed", "support", False),
        ("supported", "accept", False),
        ("voted", "attend", False),
        ("joined", "accept", False),
        ("agre", "accept", False),  # not a stem predicate_stem gives
    ],
)
def test_asserts(stem, value, expected):
    assert asserts(stem, value) is expected


def test_every_value_of_an_opposite_is_a_group_that_holds_itself():
    for text in (
        "They voted against it",
        "They rejected it",
        "They opposed it",
        "They skipped it",
        "He failed a test",
        "He denied the killing",
        "They blocked it",
        "They turned down the offer",
        "They declined the offer",
        "They banned it",
    ):
        (negation,) = find_polarity(text)
        assert negation.value in POSITIVE_GROUPS[negation.value]


def test_positive_groups_hold_stems():
    for value, group in POSITIVE_GROUPS.items():
        for stem in group | {value}:
            assert predicate_stem(stem) == stem


def test_positive_groups_cannot_be_changed():
    with pytest.raises(TypeError):
        POSITIVE_GROUPS["join"] = frozenset({"join"})


_GROUP_WORDS = sorted({w for group in POSITIVE_GROUPS.values() for w in group})
_PREDICATE_WORDS = st.sampled_from([*_GROUP_WORDS, "rejected", "join", "deny", "agreed"])


@given(_PREDICATE_WORDS, _PREDICATE_WORDS)
def test_asserts_is_symmetric_and_reflexive(a, b):
    assert asserts(a, b) == asserts(b, a)
    assert asserts(a, a)


_OPPOSITE_TEXT = st.lists(
    st.sampled_from(
        "the a has not did voted vote against for rejected refused to opposing as opposed "
        "failed test bill skipped , . firmly turned down declined blocked banned offer volume "
        "government's was".split()
    ),
    max_size=12,
).map(" ".join)


@given(_OPPOSITE_TEXT)
def test_any_text_of_opposites_gives_spans_that_match_it(text):
    for detail in find_polarity(text):
        assert text[detail.start : detail.end] == detail.text
        if detail.kind is Kind.NEGATION and detail.qualifier not in ("not", "never", "no"):
            assert detail.value in POSITIVE_GROUPS or detail.qualifier == "denied"


def test_asserts_wants_strings():
    with pytest.raises(TypeError, match="stem must be a string"):
        asserts(None, "accept")
    with pytest.raises(TypeError, match="value must be a string"):
        asserts("agree", 3)
