"""Tests for factdiff.extract.polarity: predicate stems."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff.extract.polarity import predicate_stem

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
    "forms",
    [
        ("challenge", "challenged", "challenging", "challenges"),
        ("schedule", "scheduled", "scheduling"),
        ("sue", "sued", "suing"),
        ("persuade", "persuaded", "persuading"),
        ("underlie", "underlying"),
    ],
)
def test_verbs_the_suffix_rules_cut_wrongly_meet_their_base_form(forms):
    # "will challenge" and "did not challenge" must be one predicate, not "challeng".
    assert {predicate_stem(form) for form in forms} == {forms[0]}


def test_would_stays_apart_from_will():
    assert predicate_stem("would") == "would" and predicate_stem("will") == "will"
