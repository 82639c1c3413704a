"""Tests for factdiff.extract.polarity: negation, modality and predicate stems."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff.extract.polarity import (
    POSITIVE_GROUPS,
    asserts,
    contains_predicate,
    find_polarity,
    predicate_stem,
)
from factdiff.models import Kind


def negations(text: str) -> list[tuple[str, str, str | None]]:
    """Return (span, value, qualifier) for each negation of ``text``."""
    return [(d.text, d.value, d.qualifier) for d in find_polarity(text) if d.kind is Kind.NEGATION]


def modalities(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Return (span, certainty, qualifier, about) for each modality of ``text``."""
    return [
        (d.text, d.value, d.qualifier, d.about)
        for d in find_polarity(text)
        if d.kind is Kind.MODALITY
    ]


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


# --- modality -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin will fly to Belarus", [("will", "certain", "will", "fly")]),
        ("he might pressure his ally", [("might", "possible", "might", "pressure")]),
        (
            "Russia would likely have another go",
            [("would likely", "likely", "would likely", "have")],
        ),
        (
            "The offensive could likely come from the east",
            [("could likely", "possible", "could likely", "come")],
        ),
        (
            "The referendum will probably be delayed",
            [("will probably", "likely", "will probably", "delay")],
        ),
        (
            "The storm is likely to make landfall",
            [("is likely to", "likely", "is likely to", "make")],
        ),
        (
            "The bank is expected to cut rates",
            [("is expected to", "likely", "is expected to", "cut")],
        ),
        ("The minister is set to resign", [("is set to", "certain", "is set to", "resign")]),
        ("Putin is to visit Minsk", [("is to", "certain", "is to", "visit")]),
        ("The company plans to announce cuts", [("plans to", "likely", "plans to", "announce")]),
        ("The launch should take place in March", [("should", "likely", "should", "take")]),
        ("Forces may be preparing an offensive", [("may", "possible", "may", "prepare")]),
        ("Belarus cannot contribute much", [("cannot", "possible", "cannot", "contribute")]),
        ("NATO won't send troops", [("won't", "certain", "won't", "send")]),
        ("It must end", [("must", "certain", "must", "end")]),
        ("Possibly, the war ends", [("Possibly", "possible", "possibly", None)]),
        ("likely in early February", [("likely", "likely", "likely", None)]),
    ],
)
def test_modalities(text, expected):
    assert modalities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Putin flew to Belarus",
        "The meeting took place in May",
        "Will Smith arrived",
        "It is the will of the people",
        "Russia's military might is vast",
        "As expected, the talks failed",
        "The aim is to encircle Ukraine",
        "Russia's plans to attack",
        "The likely outcome is war",
        "An attack is unlikely",
    ],
)
def test_no_modality(text):
    assert modalities(text) == []


# --- stems ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "stem"),
    [
        (("join", "joins", "joined", "joining"), "join"),
        (("send", "sends", "sending", "sent"), "send"),
        (("go", "goes", "went", "gone", "going"), "go"),
        (("be", "is", "are", "was", "were", "been", "being"), "be"),
        (("plan", "plans", "planned", "planning"), "plan"),
        (("prepare", "prepares", "prepared", "preparing"), "prepare"),
        (("deny", "denies", "denied", "denying"), "deny"),
        (("state", "states", "stated", "stating"), "state"),
        (("involve", "involves", "involved", "involving"), "involve"),
        (("create", "creates", "created", "creating"), "create"),
        (("escalate", "escalates", "escalated", "escalating"), "escalate"),
        (("travel", "travels", "travelled", "travelling"), "travel"),
        (("control", "controls", "controlled", "controlling"), "control"),
        (("tell", "tells", "telling", "told"), "tell"),
        (("agree", "agrees", "agreed", "agreeing"), "agree"),
        (("fly", "flies", "flew", "flying"), "fly"),
        (("focus", "focuses", "focused", "focusing"), "focus"),
        (("add", "adds", "added", "adding"), "add"),
        (("use", "uses", "used", "using"), "use"),
        (("decide", "decides", "decided", "deciding"), "decide"),
        (("combine", "combined"), "combine"),
        (("secure", "secured"), "secure"),
        (("change", "changed", "changing"), "change"),
        (("acknowledge", "acknowledged"), "acknowledge"),
        (("recall", "recalled"), "recall"),
        (("need", "needs", "needed"), "need"),
        (("hit", "hits", "hitting"), "hit"),
        (("hint", "hints", "hinted"), "hint"),
        (("casualty", "casualties"), "casualty"),
        (("boycott", "boycotts", "boycotted", "boycotting"), "boycott"),
        (("confess", "confessed"), "confess"),
        (("concede", "conceded"), "concede"),
        (("approve", "approved"), "approve"),
        (("endorse", "endorsed"), "endorse"),
        (("oppose", "opposed", "opposing"), "oppose"),
        (("refuse", "refused", "refusing"), "refuse"),
        (("would", "wouldn't", "Wouldn’t"), "would"),
        (("Putin's",), "putin"),
        (("find", "finds", "found", "finding"), "find"),
        # "found" is read as "find": "founded" is the verb "found"
        (("founds", "founded", "founding"), "found"),
    ],
)
def test_predicate_stem_is_the_same_for_every_form(words, stem):
    assert [predicate_stem(w) for w in words] == [stem] * len(words)


_IRREGULAR_FORMS = """
find: found
do: did
make: made
take: took
give: gave
hold: held
sell: sold
pay: paid
say: said
tell: told
meet: met
leave: left
keep: kept
win: won
lose: lost
bring: brought
buy: bought
catch: caught
think: thought
begin: began begun
run: ran
see: saw seen
go: went gone
come: came
write: wrote written
break: broke broken
speak: spoke spoken
choose: chose chosen
fall: fell fallen
rise: rose risen
strike: struck
hit: hit
cut: cut
set: set
put: put
shut: shut
let: let
send: sent
spend: spent
build: built
lend: lent
mean: meant
lead: led
flee: fled
fight: fought
teach: taught
seek: sought
stand: stood
understand: understood
withdraw: withdrew withdrawn
draw: drew drawn
grow: grew grown
know: knew known
throw: threw thrown
fly: flew flown
shoot: shot
hide: hid hidden
freeze: froze frozen
steal: stole stolen
swear: swore sworn
tear: tore torn
wear: wore worn
oversee: oversaw overseen
undergo: underwent undergone
uphold: upheld
withhold: withheld
show: shown
prove: proven
"""


@pytest.mark.parametrize(
    ("stem", "forms"),
    [line.split(": ") for line in _IRREGULAR_FORMS.strip().splitlines()],
)
def test_irregular_forms_have_their_stem(stem, forms):
    assert [predicate_stem(w) for w in (stem, *forms.split())] == [stem] * (len(forms.split()) + 1)


@given(st.text(alphabet="abcdefgilnorstuvyz'’", max_size=14))
def test_predicate_stem_is_lowercase_and_never_fails(word):
    stem = predicate_stem(word)
    assert stem == stem.lower()


def test_predicate_stem_wants_a_string():
    with pytest.raises(TypeError, match="word must be a string"):
        predicate_stem(3)


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
