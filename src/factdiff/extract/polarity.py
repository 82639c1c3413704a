"""Polarity: what a sentence says did not happen, and how sure it is of what it says.

find_polarity(text, taken=)            -> the NEGATION and MODALITY details of a sentence
predicate_stem(word)                   -> the stem of a verb or noun ("joined" -> "join")
asserts(stem, value)                   -> whether a predicate asserts a positive one
                                          ("agreed" asserts "accept")
POSITIVE_GROUPS                        -> positive predicate -> the stems that assert it
contains_predicate(text, stem, negated=) -> whether a text states a predicate, negated or not

A NEGATION detail spans the negated verb phrase; its value is the stem of the negated
main verb (``predicate_stem``), or the positive predicate an opposite verb contradicts,
and its qualifier the negator:

=============================================  =============  ============================
words                                          qualifier      value
=============================================  =============  ============================
not, n't, cannot, not yet ("has not joined")   "not"          main verb ("join")
failed to, refused to, declined to, has yet to "not"          verb after "to"
never ("never visited")                        "never"        main verb ("visit")
no longer ("no longer supports")               "no longer"    main verb ("support")
no + noun ("no hints")                         "no"           the noun ("hint")
no + noun / no one / nothing as a subject      "no"           its verb ("No group has
("No one was injured")                                        claimed" -> "claim")
deny, denied ("denied that troops had          "denied"       the verb of the that-clause
crossed"), rejected claims that                               ("cross") or gerund, else
                                                              "admit" ("denied the killing")
voted against                                  "against"      "vote"
rejected, refused (no "to")                    the lemma      "accept"
                                               ("reject")
turned down, declined (no "to") an offer       "turn down",   "accept"
                                               "decline"
opposed                                        "oppose"       "support"
skipped, boycotted                             the lemma      "attend"
failed (no "to") a test, an exam, a bill ...   "fail"         "pass"
blocked, vetoed, barred, banned, prohibited,   the lemma      "allow"
forbidden, outlawed, disallowed                ("block")
=============================================  =============  ============================

A refusal or failure ("refused to suspend the strike", "has declined to comment",
"failed to reach a deal") is a plain "not" of the verb after "to" ("suspend"), so that
it agrees with "did not suspend" and contradicts "agreed to suspend", which asserts the
verb and gives no detail (a judge reads the assertion). What follows "to" must be a bare
verb: "declined to five million barrels", "declined to levels last seen in 2009" and
"declined to record lows" are falls, not refusals (no number, no plural noun, and after
"declined" no level within three words).

An opposite verb (the last seven rows, and a denial of a thing rather than of a clause:
"denied the killing") is a negation of the positive predicate it contradicts: its value
is that predicate's canonical stem, a key of ``POSITIVE_GROUPS``, which lists the stems
that assert it ("agreed", "approved" assert "accept"; "confessed", "confirmed" assert
"admit"; "approved", "permitted", "cleared", "authorised" assert "allow"). So "voted
against" and "did not vote for" are both negations of "vote", and "voted for" asserts
it; "blocked the merger" contradicts "approved the merger". The span takes the
auxiliaries before the verb ("has rejected", "was turned down").
An opposite is read as a verb only: not after a determiner ("the rejected plan"), an
"-ing" form only after "be" or a preposition ("are opposing", "after rejecting", not
"opposing forces"), a participle not after a preposition ("tested positive for banned
substances"), a form that is also a noun ("vote", "refuse", "boycott", "ban", "block",
"bar", "veto", "decline") only after an auxiliary, "to" or a subject pronoun, and not in
"as opposed to". "turned down" and "declined" turn down an offer only in a passive ("the
bid was turned down") or before an object that starts with a determiner or possessive
("turned down the government's pay offer"): not a way or a dial ("turned down a side
street", "the volume", "the heat", "the radio", "the music": ``_NOT_TURNED_DOWN``), not a
measure or a time ("shares declined a further 3%", "declined the most", "declined this
year": ``_NOT_DECLINED``), and "sales declined" has no object. "fail" contradicts
"pass" only next to a thing that is passed or failed (a test, an exam, an inspection, a
bill, a motion, a vote ...): "the talks failed" is no negation. "won" and "lost" are
left out: they are converses ("Spain lost the final" and "England won the final" agree),
which a comparison of predicates cannot tell apart. A negated opposite keeps its own
stem ("did not reject" -> "reject", "did not turn down" -> "turn"), and "did not vote
against" is a negation of "oppose", so that it never reads as "did not vote for".
"lifted" and "imposed" are not opposites (lifting ends what was imposed): "has not been
lifted" is a negation of "lift" only.

Stems come from suffix rules and a table of irregular forms ("found" -> "find", "held"
-> "hold", "withdrawn" -> "withdraw"). The bare form "found" is read as "find", the
commoner verb; "founded", "founding" are "found".

"not only" / "not just" (additive, "not only X but Y") are not negations, nor "no more
than", "no doubt", "no matter". "no longer" is a negation of its own kind (it says
something stopped); "not yet" is a plain "not". A copula keeps "be" as the predicate
("would not be good" -> "be"); a passive or progressive takes the participle ("was not
delayed" -> "delay", "wouldn't be sending" -> "send").

A MODALITY detail spans a modal or hedge; its value is a certainty class, its
qualifier the words as written (lowercase) and ``about`` the stem of the verb governed:

===========  ==================================================================
certainty    words
===========  ==================================================================
certain      will, shall, must, won't, is set to, is to, is going to, certainly,
             definitely
likely       would, should, likely, is likely to, is expected to, probably,
             plans to, intends to
possible     may, might, could, can, cannot, possibly, perhaps, maybe
===========  ==================================================================

"would" is "likely": in news prose it is a conditional or a future reported at one
remove, weaker than "will". Hedges next to each other ("would likely", "will probably",
"could likely") make one detail with the *weaker* class: a claim is no surer than its
most hedged word ("could likely come" is "possible"). "unlikely" is not read. Only
lowercase modals are read, so "May 19" and "Will Smith" are not modals.

``taken`` holds spans of other details (names, dates, numbers): a negator or modal
word lying inside one is not read. Negations and modalities may overlap each other
and any other detail.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from ..models import Detail, Kind
from ..text.lexicon import word_set
from ..text.tokens import Token, tokenise

__all__ = [
    "BE_FORMS",
    "POSITIVE_GROUPS",
    "asserts",
    "contains_predicate",
    "find_polarity",
    "predicate_stem",
]


# --- stems ----------------------------------------------------------------------------------

# form -> stem, for the verbs (and a few nouns) whose forms no suffix rule reaches.
_IRREGULAR_LINES = """
be: am is are was were been being
have: has had having
do: does did done doing
go: goes went gone going
say: says said
tell: told
make: made
take: took taken
give: gave given
come: came
see: saw seen
fly: flew flown
begin: began begun
get: got gotten
leave: left
meet: met
hold: held
bring: brought
think: thought
fight: fought
strike: struck stricken
lead: led
lose: lost
win: won
run: ran
seek: sought
speak: spoke spoken
write: wrote written
choose: chose chosen
know: knew known
grow: grew grown
draw: drew drawn
fall: fell fallen
break: broke broken
build: built
keep: kept
pay: paid
send: sent
spend: spent
lend: lent
stand: stood
understand: understood
become: became
overcome: overcame
buy: bought
catch: caught
teach: taught
sell: sold
feel: felt
find: found
hear: heard
mean: meant
ride: rode ridden
rise: rose risen
shake: shook shaken
shoot: shot
sit: sat
sleep: slept
steal: stole stolen
swear: swore sworn
throw: threw thrown
wear: wore worn
withdraw: withdrew withdrawn
boycott: boycotted boycotting
forbid: forbade forbidden
forget: forgot forgotten
forgive: forgave forgiven
freeze: froze frozen
hide: hid hidden
undertake: undertook undertaken
arise: arose arisen
drive: drove driven
eat: ate eaten
wake: woke woken
bear: bore borne
beat: beaten
blow: blew blown
dig: dug
feed: fed
flee: fled
hang: hung
sink: sank sunk
spin: spun
stick: stuck
swim: swam
tear: tore torn
die: dying
lie: lying lain
tie: tying
fuel: fuelled fuelling fueled fueling
focus: focuses
hit: hit
cut: cut
put: put
set: set
let: let
hurt: hurt
shut: shut
spread: spread
cost: cost
quit: quit
cast: cast
burst: burst
split: split
bet: bet
bid: bid
read: read
mislead: misled
misunderstand: misunderstood
lay: laid
deal: dealt
light: lit
bend: bent
show: shown
prove: proven
sing: sang sung
ring: rang
drink: drank drunk
shrink: shrank shrunk
spring: sprang sprung
swing: swung
sting: stung
cling: clung
fling: flung
string: strung
weep: wept
sweep: swept
creep: crept
leap: leapt
learn: learnt
burn: burnt
dream: dreamt
spell: spelt
spill: spilt
kneel: knelt
dwell: dwelt
bleed: bled
breed: bred
speed: sped
slide: slid
awake: awoke awoken
slay: slew slain
strive: strove striven
weave: wove woven
swell: swollen
bite: bitten
shine: shone
tread: trod trodden
overhear: overheard
oversee: oversaw overseen
overtake: overtook overtaken
overthrow: overthrew overthrown
overrun: overran
undergo: underwent undergone
uphold: upheld
withhold: withheld
withstand: withstood
behold: beheld
foresee: foresaw foreseen
foretell: foretold
mistake: mistook mistaken
rebuild: rebuilt
rewrite: rewrote rewritten
retake: retook retaken
remake: remade
repay: repaid
outgrow: outgrew outgrown
undo: undid undone
redo: redid redone
outdo: outdid outdone
broadcast: broadcast
upset: upset
thrust: thrust
shed: shed
will: wo
can: ca cannot
shall: sha
man: men
woman: women
child: children
"""
_IRREGULAR = {
    form: stem
    for line in _IRREGULAR_LINES.strip().splitlines()
    for stem, forms in [line.split(":")]
    for form in forms.split()
}
# Base forms ending like an inflection: kept as they are.
_BASES = word_set(
    """need feed seed speed breed bleed proceed exceed succeed heed weed deed greed
    install recall fulfill distill instill enroll befall forestall appall foretell retell
    resell outsell focus bias gas bus canvas news series species bring sing ring spring
    string thing king wing swing sting cling during nothing something anything everything
    evening morning ceiling"""
)
# Stems that need a final "e" back which the rules below miss.
_NEEDS_E = word_set(
    """ignor explor restor deplor implor ador quot promot devot demot denot invit unit ignit
    excit recit incit expedit reunit complet delet compet deplet escap welcom postpon
    condon aton dethron enthron creat procreat recreat"""
)
_VOWELS = frozenset("aeiou")
_SHORT_STEM_RE = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")  # "hop", "vot", "us"


def predicate_stem(word: str) -> str:
    """Return the stem of a verb or noun: the same for all its inflected forms.

    >>> [predicate_stem(w) for w in ("joined", "joins", "joining", "join")]
    ['join', 'join', 'join', 'join']
    >>> [predicate_stem(w) for w in ("sending", "sent", "went", "was", "were")]
    ['send', 'send', 'go', 'be', 'be']
    >>> [predicate_stem(w) for w in ("hints", "casualties", "denied", "planned", "prepared")]
    ['hint', 'casualty', 'deny', 'plan', 'prepare']
    >>> [predicate_stem(w) for w in ("stated", "argued", "noted", "wouldn't", "Visited")]
    ['state', 'argue', 'note', 'would', 'visit']

    Irregular forms come from a table; "found" is "find", "founded" is "found":

    >>> [predicate_stem(w) for w in ("found", "founded", "did", "held", "began", "withdrawn")]
    ['find', 'found', 'do', 'hold', 'begin', 'withdraw']
    >>> [predicate_stem(w) for w in ("hit", "let", "sought", "stood", "frozen", "torn", "worn")]
    ['hit', 'let', 'seek', 'stand', 'freeze', 'tear', 'wear']
    """
    if not isinstance(word, str):
        raise TypeError(f"word must be a string: {word!r}")
    w = word.strip().lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if w.endswith("n't") and len(w) > 3:
        w = w[:-3]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _BASES or len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ied"):
        return w[:-3] + "y" if len(w) > 4 else w[:-1]
    if w.endswith("eed"):
        return w[:-1]  # "agreed", "freed"; base forms ("need") are in _BASES
    if w.endswith("ing") and len(w) > 4 and _has_vowel(w[:-3]):
        return _restore(w[:-3])
    if w.endswith("ed") and _has_vowel(w[:-2]):
        return _restore(w[:-2])
    if w.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _has_vowel(text: str) -> bool:
    """Return whether ``text`` holds a vowel (y counts)."""
    return any(c in "aeiouy" for c in text)


def _vowel_groups(text: str) -> int:
    """Return the number of runs of vowels in ``text``.

    >>> _vowel_groups("travel"), _vowel_groups("tell"), _vowel_groups("join")
    (2, 1, 1)
    """
    return len(re.findall(r"[aeiou]+", text))


def _restore(stem: str) -> str:
    """Return the base form of a verb whose "-ed" or "-ing" was cut off.

    >>> [_restore(s) for s in ("plann", "travell", "add", "hop", "involv", "decid", "visit")]
    ['plan', 'travel', 'add', 'hope', 'involve', 'decide', 'visit']
    """
    if stem in _BASES:
        return stem
    last = stem[-1]
    if len(stem) >= 4 and last == stem[-2] and last not in _VOWELS:
        if last not in "lsfz":
            return stem[:-1]  # "planned", "committed"
        if last == "l" and stem.endswith("ell") and _vowel_groups(stem) >= 2:
            return stem[:-1]  # "travelled", "labelled", "cancelled"
        if last == "l" and _vowel_groups(stem) >= 2 and stem.endswith(("oll", "all", "ill")):
            return stem[:-1]  # "controlled", "signalled"
        return stem
    return stem + "e" if _needs_e(stem) else stem


def _needs_e(stem: str) -> bool:
    """Return whether a cut verb stem lost a final "e" ("creat", "us", "forc").

    >>> [_needs_e(s) for s in ("us", "forc", "combin", "secur", "join", "visit", "attend")]
    [True, True, True, True, False, False, False]
    """
    if stem in _NEEDS_E or _SHORT_STEM_RE.fullmatch(stem):
        return True
    if len(stem) < 3:
        return False
    last, before, third = stem[-1], stem[-2], stem[-3]
    if last in "vuz" or (last == "c" and before != "c"):
        return True  # "involv", "argu", "seiz", "forc"
    if last == "s":
        return before != "s" and stem not in _BASES  # "caus", "increas", "collaps"
    if last == "l":
        return before in "bcdfgkptz"  # "enabl", "settl"
    if last == "g":
        return before in "dlr" or stem.endswith("ang") or (before in "ae" and third not in _VOWELS)
    if last == "b":
        return before == "i"  # "describ"
    # a consonant, one vowel and a last letter: "decid", "combin", "assum", "declar"
    if last not in _E_ENDINGS.get(before, ""):
        return False
    if third not in _VOWELS:
        return True
    return ((before, last) == ("a", "t") and third in "iu") or (third, before, last) == (
        "u",
        "i",
        "r",
    )


# The last two letters of a cut stem that lost its "e", after a consonant: "a" + "t"
# ("creat"), "i" + "d" ("decid"), ... ("negotiat", "evaluat" and "requir" too).
_E_ENDINGS = {"a": "trkd", "i": "rndk", "u": "rmtdk", "o": "kd", "e": "dg"}


# --- tokens ---------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?|\d+(?:[.,]\d+)*|[^\w\s]")


def _tokenise(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """Return the tokens of ``text``, folded to lowercase with straight apostrophes."""
    return tokenise(_TOKEN_RE, text, taken, fold=_fold)


def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


BE_FORMS = word_set("am is are was were be been being")
_HAVE = word_set("has have had having")
_DO = word_set("do does did")
MODALS = word_set("will would shall should may might can could must")
AUXILIARIES = BE_FORMS | _HAVE | _DO | MODALS
_FUNCTION_WORDS = word_set(
    """the a an this that these those it its he she they we i you his her their our my
    your him them us me and or but nor so if as of in on at by for with to from into onto
    over under about above below between among through without within against than then
    there here what which who whom whose when where why how all some any each every no not
    both either neither other another such only also more most less much many few very
    too just even still yet ever never again"""
)
# Words that sit inside a verb group without being its verb.
_ADVERBS = word_set(
    """also already yet still ever even just really always again further once now then
    so too soon almost nearly quite rather necessarily"""
)
_LY_NOT_ADVERBS = word_set(
    """only apply reply supply rely multiply comply imply fly ally rally tally bully sully
    family italy july early likely unlikely"""
)
# Irregular forms that may follow "be" or "have" as a verb ("sent", "taken", "misled").
_PARTICIPLES = frozenset(
    form
    for form, stem in _IRREGULAR.items()
    if stem not in {"be", "have", "do", "will", "can", "shall", "man", "woman", "child"}
)
_PARTICLES = word_set("out up off down back over away")


def _is_adverb(word: Token) -> bool:
    """Return whether a token is an adverb (or "not") that may sit inside a verb group."""
    low = word.low
    return word.is_word and (
        low in _ADVERBS
        or low in ("not", "never")
        or (low.endswith("ly") and len(low) > 4 and low not in _LY_NOT_ADVERBS)
    )


def _is_participle(word: Token) -> bool:
    """Return whether a token looks like a participle ("joined", "sending", "sent")."""
    low = word.low
    return (
        word.is_word
        and not word.text[0].isupper()
        and low not in _FUNCTION_WORDS
        and (
            (low.endswith("ed") and len(low) > 3)
            or (low.endswith("ing") and len(low) > 4)
            or low in _PARTICIPLES
        )
    )


def _is_verb_like(word: Token) -> bool:
    """Return whether a token may be a bare verb after an auxiliary or "to"."""
    return (
        word.is_word
        and not word.text[0].isupper()
        and word.low not in _FUNCTION_WORDS
        and word.low not in AUXILIARIES - BE_FORMS - _HAVE
        and "'" not in word.low
    )


def _skip_adverbs(words: list[Token], at: int) -> int:
    """Return the index of the first token from ``at`` that is not an adverb."""
    while at < len(words) and _is_adverb(words[at]):
        at += 1
    return at


def _main_verb(words: list[Token], at: int, aux: str | None) -> int | None:
    """Return the index of the main verb of the verb group from ``at``, after ``aux``.

    ``aux`` is the auxiliary before (lowercase, "would" for "wouldn't"), or None. After
    a form of "be" or "have" only a participle is a verb: otherwise the auxiliary itself
    is (a copula), and None is returned.
    """
    at = _skip_adverbs(words, at)
    if aux is None and at < len(words) and words[at].low == "to":
        at = _skip_adverbs(words, at + 1)
    while at < len(words):
        word = words[at]
        if (
            word.low == "going"
            and at + 2 < len(words)
            and words[at + 1].low == "to"
            and _is_verb_like(words[at + 2])
        ):
            at, aux = _skip_adverbs(words, at + 2), "to"  # "not going to give up": "give"
            continue
        if word.low in BE_FORMS or word.low in _HAVE:
            following = _skip_adverbs(words, at + 1)
            if following < len(words) and (
                words[following].low in BE_FORMS or _is_participle(words[following])
            ):
                at = following
                continue
            return at
        if aux is not None and (aux in BE_FORMS or aux in _HAVE):
            return at if _is_participle(word) else None
        return at if _is_verb_like(word) else None
    return None


def _with_particle(words: list[Token], at: int) -> int:
    """Return the index of the last token of the verb at ``at`` with a particle ("rule out")."""
    if at + 1 < len(words) and words[at + 1].low in _PARTICLES:
        return at + 1
    return at


# --- negation -------------------------------------------------------------------------------

_DENIALS = word_set("deny denies denied denying")
_DENIED_THINGS = word_set("claims reports allegations accusations suggestions")
_FAILURES = word_set(
    "fail fails failed failing refuse refuses refused refusing decline declines declined"
)
_NO_SUBJECTS = word_set("nothing nobody none")
# After "declined to", a level it fell to: "declined to record lows", "to pre-war levels".
_DECLINES = word_set("decline declines declined declining")
_MEASURES = word_set("low lows high highs level levels")
_MEASURE_WINDOW = 3
_NUMBER_WORDS = word_set(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion trillion half quarter third dozen zero"""
)
# Verbs that contradict a positive predicate: form -> (lemma, the positive predicate).
_OPPOSITE_LINES = """
reject accept: reject rejects rejected rejecting
refuse accept: refuse refuses refused refusing
decline accept: decline declines declined declining
turn down accept: turn turns turned turning
oppose support: oppose opposes opposed opposing
skip attend: skip skips skipped skipping
boycott attend: boycott boycotts boycotted boycotting
fail pass: fail fails failed failing
vote vote: vote votes voted voting
block allow: block blocks blocked blocking
veto allow: veto vetoes vetoed vetoing
bar allow: bar bars barred barring
ban allow: ban bans banned banning
prohibit allow: prohibit prohibits prohibited prohibiting
forbid allow: forbid forbids forbade forbidden forbidding
outlaw allow: outlaw outlaws outlawed outlawing
disallow allow: disallow disallows disallowed disallowing
"""
_OPPOSITES = {
    form: (lemma, positive)
    for line in _OPPOSITE_LINES.strip().splitlines()
    for head, forms in [line.split(":")]
    for lemma, positive in [head.rsplit(maxsplit=1)]
    for form in forms.split()
}
# Forms that are as often nouns ("a vote", "refuse collection"): verbs only after these.
_NOUN_FORMS = word_set(
    """vote votes refuse skip skips boycott boycotts fail decline declines block blocks
    veto vetoes bar bars ban bans outlaw outlaws"""
)
_VERB_LEADS = AUXILIARIES | word_set("to he she it they we i you who")
_GERUND_LEADS = BE_FORMS | word_set("after before by for despite since while of in")
_ATTRIBUTIVE_LEADS = word_set("the a an its his her their our my your")
# After one of these a participle is an adjective: "for banned substances".
_PREPOSITIONS = word_set("of for in on at by with from into to about against without among")
# What determines an object that is accepted or turned down ("the offer", "her bid").
_OBJECT_LEADS = _ATTRIBUTIVE_LEADS | word_set("this that these those every another")
_MAX_OBJECT_LEADS = 3  # "the government's" ... before the object's words
# Objects of "turned down" that are not offers, and of "declined" that are measures.
_NOT_TURNED_DOWN = word_set(
    """street streets road roads lane lanes alley avenue path track corridor passage route
    way volume music heat radio sound noise thermostat temperature light lights tv
    television stereo gas flame"""
)
_NOT_DECLINED = word_set(
    """most least further same previous past next first last year years month months week
    weeks quarter quarters day days time times session sessions decade percent cent point
    points lot bit little"""
)
# What is passed or failed: "failed a drug test", "the bill failed".
_PASSABLE = word_set(
    """test tests exam exams examination examinations inspection inspections audit audits
    check checks medical bill bills motion motions measure measures amendment amendments
    resolution resolutions legislation budget referendum vote"""
)
_PASSABLE_WINDOW = 3
_NOT_NEGATING_NO = word_set("more less fewer later earlier sooner doubt matter")
_CLAUSE_END = frozenset('.,;:!?()[]"“”')


def _negations(text: str, words: list[Token]) -> list[Detail]:
    """Return the NEGATION details of a tokenised sentence."""
    found: list[Detail] = []
    claimed_to = -1  # tokens up to here belong to a negation already read
    for index, word in enumerate(words):
        if index <= claimed_to or word.blocked or not word.is_word:
            continue
        read = _negation_at(words, index)
        if read is None:
            continue
        first, last, value, qualifier = read
        start, end = words[first].start, words[last].end
        found.append(Detail(Kind.NEGATION, text[start:end], start, end, value, qualifier=qualifier))
        claimed_to = last
    return found


def _negation_at(words: list[Token], index: int) -> tuple[int, int, str, str] | None:
    """Return (first, last, value, qualifier) of a negation whose negator is at ``index``."""
    word = words[index]
    low = word.low
    before = words[index - 1].low if index > 0 else ""
    after = words[index + 1].low if index + 1 < len(words) else ""
    if low in ("not", "never") or low == "cannot" or (low.endswith("n't") and len(low) > 3):
        if low == "not" and after in ("only", "just"):
            return None
        qualifier = "never" if low == "never" else "not"
        return _negated_verb(words, index, index + 1, qualifier)
    if low == "no" and after == "longer":
        return _negated_verb(words, index, index + 2, "no longer")
    if (low == "no" and after == "one") or low in _NO_SUBJECTS:
        return _no_subject(words, index, index + (2 if low == "no" else 1))
    if low == "no":
        return _no_noun(words, index)
    if low in _DENIALS or (low == "rejected" and after in _DENIED_THINGS):
        if any(
            w.low in ("not", "never") or w.low.endswith("n't") for w in words[index - 2 : index]
        ):
            return None  # "did not deny" is no denial
        return _denial(
            words, _auxiliaries_before(words, index), index + (2 if low == "rejected" else 1)
        )
    if low in _FAILURES and after == "to":
        return _infinitive(words, _auxiliaries_before(words, index), index + 2)
    if low == "yet" and after == "to" and before in BE_FORMS | _HAVE:
        return _infinitive(words, index - 1, index + 2)
    if low in _OPPOSITES:
        return _opposite(words, index)
    return None


def _auxiliaries_before(words: list[Token], index: int) -> int:
    """Return where the verb group of the verb at ``index`` starts: its first auxiliary.

    Adverbs may sit between ("has firmly rejected"); a negator ends the search.
    """
    first = at = index
    while at > 0 and not words[at - 1].blocked:
        at -= 1
        if words[at].low in AUXILIARIES:
            first = at
        elif not _is_adverb(words[at]) or words[at].low in ("not", "never"):
            break
    return first


def _opposite(words: list[Token], index: int) -> tuple[int, int, str, str] | None:
    """Return the negation an opposite verb at ``index`` gives ("rejected" -> "accept")."""
    word = words[index]
    low = word.low
    lemma, positive = _OPPOSITES[low]
    before = _skip_adverbs_back(words, index)
    lead = words[before].low if before >= 0 else ""
    if lead in _ATTRIBUTIVE_LEADS or lead.endswith("'s"):
        return None  # "the rejected plan", "Russia's opposing forces"
    if low.endswith("ing") and lead not in _GERUND_LEADS:
        return None  # "opposing forces"
    if _is_participle(word) and not low.endswith("ing") and lead in _PREPOSITIONS:
        return None  # "tested positive for banned substances"
    if low in _NOUN_FORMS and lead not in _VERB_LEADS:
        return None  # "30 votes against", "refuse collection"
    if lemma == "oppose" and lead == "as":
        return None  # "as opposed to"
    last, qualifier = index, lemma
    if lemma == "vote":
        last = _skip_adverbs(words, index + 1)
        if last >= len(words) or words[last].low != "against":
            return None  # "voted for", "voted down"
        qualifier = "against"
    elif lemma == "fail" and not _near_passable(words, index):
        return None  # "the talks failed"
    elif lemma == "turn down":
        last = index + 1
        if last >= len(words) or words[last].low != "down":
            return None  # "turned back", "turned to"
        if not _turned_away(words, index, last + 1, _NOT_TURNED_DOWN):
            return None  # "turned down a side street", "turned down the volume"
    elif lemma == "decline" and not _turned_away(words, index, index + 1, _NOT_DECLINED):
        return None  # "sales declined", "shares declined a further 3%"
    return _auxiliaries_before(words, index), last, positive, qualifier


def _turned_away(words: list[Token], index: int, after: int, not_offers: frozenset[str]) -> bool:
    """Return whether the verb at ``index`` turns away an offer: a passive, or an object.

    The object starts at ``after`` with a determiner or possessive ("the government's
    latest pay offer") and holds no word of ``not_offers`` nor a number after it; the
    subject of a passive ("the offer was turned down") holds none either.
    """
    before = _skip_adverbs_back(words, index)
    if before >= 0 and words[before].low in BE_FORMS and not words[index].low.endswith("ing"):
        subject = _auxiliaries_before(words, index) - 1
        return subject < 0 or words[subject].low not in not_offers
    at = after
    while (
        at < len(words)
        and at - after < _MAX_OBJECT_LEADS
        and (words[at].low in _OBJECT_LEADS or words[at].low.endswith("'s"))
    ):
        at += 1
    if at == after:
        return False  # no determiner: "declined sharply", "declined 3%"
    end = _noun_phrase_end(words, at)
    if end == at or any(w.low in not_offers for w in words[at:end]):
        return False
    return end >= len(words) or not words[end].text[0].isdecimal()


def _skip_adverbs_back(words: list[Token], index: int) -> int:
    """Return the index of the last token before ``index`` that is not an adverb (or -1)."""
    at = index - 1
    while at >= 0 and _is_adverb(words[at]) and words[at].low not in ("not", "never"):
        at -= 1
    return at


def _near_passable(words: list[Token], index: int) -> bool:
    """Return whether a thing that is passed or failed is the subject or object at ``index``.

    The object is read over determiners and up to three content words after ("failed a
    drug test"), the subject over auxiliaries and adverbs before ("the bill has failed").
    """
    at = index + 1
    while at < len(words) and (words[at].low in _ATTRIBUTIVE_LEADS or words[at].low.endswith("'s")):
        at += 1
    for word in words[at : at + _PASSABLE_WINDOW]:
        if word.low in _PASSABLE:
            return True
        if not word.is_word or word.low in _FUNCTION_WORDS:
            break
    at = index - 1
    while at >= 0 and (words[at].low in AUXILIARIES or _is_adverb(words[at])):
        at -= 1
    return at >= 0 and words[at].low in _PASSABLE


def _negated_stem(words: list[Token], verb: int) -> str:
    """Return the stem a negated verb gives: "oppose" for "vote against", else its own.

    "did not vote against" does not say "did not vote for": it is read as "did not oppose".
    """
    stem = predicate_stem(words[verb].low)
    after = _skip_adverbs(words, verb + 1)
    if stem == "vote" and after < len(words) and words[after].low == "against":
        return "oppose"
    return stem


def _auxiliary(words: list[Token], index: int) -> str | None:
    """Return the auxiliary a contracted negator at ``index`` holds ("would" for "wouldn't")."""
    low = words[index].low
    if low == "cannot":
        return "can"
    if low.endswith("n't") and len(low) > 3:
        return _IRREGULAR.get(low[:-3], low[:-3])
    return None


def _negated_verb(
    words: list[Token], index: int, after: int, qualifier: str
) -> tuple[int, int, str, str] | None:
    """Return the negation of the verb group around a negator at ``index`` ("has not joined").

    ``after`` is the index after the negator's words ("no longer" is two).
    """
    low = words[index].low
    if low in ("not", "never", "no") and index > 0 and words[index - 1].low in AUXILIARIES:
        aux, first = words[index - 1].low, index - 1
    else:
        aux, first = _auxiliary(words, index), index
    verb = _main_verb(words, after, aux)
    if verb is not None:
        last = _with_particle(words, verb)
        return first, last, _negated_stem(words, verb), qualifier
    if aux is not None and (aux in BE_FORMS or aux in _HAVE or aux in _DO):
        # a copula ("is not clear"), or a verb left out ("he did not")
        return first, after - 1, predicate_stem(aux), qualifier
    return None


def _infinitive(words: list[Token], first: int, after: int) -> tuple[int, int, str, str] | None:
    """Return the negation of the verb after "failed to", "refused to", "has yet to".

    What follows "to" must be a bare verb: no number ("output declined to five million
    barrels"), no plural noun ("declined to levels last seen"), and after "declined" no
    word before a level ("declined to record lows").
    """
    verb = _main_verb(words, after, "to")
    if verb is None or not _bare_verb(words[verb].low):
        return None
    if any(w.low in _DECLINES for w in words[first:after]) and any(
        w.low in _MEASURES for w in words[verb + 1 : verb + 1 + _MEASURE_WINDOW]
    ):
        return None
    return first, _with_particle(words, verb), _negated_stem(words, verb), "not"


def _bare_verb(low: str) -> bool:
    """Return whether a word after "to" may be a bare verb: no number, no plural noun.

    >>> [_bare_verb(w) for w in ("suspend", "discuss", "focus", "five", "levels", "lows")]
    [True, True, True, False, False, False]
    """
    if low in _NUMBER_WORDS:
        return False
    return not low.endswith("s") or low.endswith(("ss", "us", "is"))


def _noun_phrase_end(words: list[Token], at: int, limit: int = 4) -> int:
    """Return the index after the content words from ``at`` (at most ``limit`` of them)."""
    end = at
    while (
        end < len(words)
        and end - at < limit
        and words[end].is_word
        and words[end].low not in _FUNCTION_WORDS
        and words[end].low not in AUXILIARIES
    ):
        end += 1
    return end


def _finite_verb_at(words: list[Token], at: int) -> int | None:
    """Return the index of the main verb if a verb group starts at ``at``."""
    if at >= len(words):
        return None
    word = words[at]
    if word.low in AUXILIARIES:
        verb = _main_verb(words, at + 1, word.low)
        return verb if verb is not None else at
    if _is_participle(word) and word.low.endswith("ed"):
        return at
    return None


def _no_noun(words: list[Token], index: int) -> tuple[int, int, str, str] | None:
    """Return the negation of "no" + noun: of the noun, or of the verb it is subject of."""
    if index + 1 < len(words) and words[index + 1].low in _NOT_NEGATING_NO:
        return None
    end = _noun_phrase_end(words, index + 1)
    if end == index + 1:
        return None
    verb = _finite_verb_at(words, end)
    if verb is not None:
        last = _with_particle(words, verb)
        return index, last, predicate_stem(words[verb].low), "no"
    return index, end - 1, predicate_stem(words[end - 1].low), "no"


def _no_subject(words: list[Token], index: int, after: int) -> tuple[int, int, str, str] | None:
    """Return the negation of "no one", "nothing", "nobody", "none": of their verb."""
    verb = _finite_verb_at(words, after)
    if verb is not None:
        return index, _with_particle(words, verb), predicate_stem(words[verb].low), "no"
    if index > 0 and _is_verb_like(words[index - 1]) and words[index - 1].low not in BE_FORMS:
        return index - 1, after - 1, predicate_stem(words[index - 1].low), "no"  # "said nothing"
    return None


def _denial(words: list[Token], first: int, after: int) -> tuple[int, int, str, str]:
    """Return a denial: of the verb of its that-clause or gerund if found, else of "admit"."""
    if after < len(words) and words[after].low == "that":
        for at in range(after + 1, min(len(words), after + 12)):
            word = words[at]
            if word.text in _CLAUSE_END:
                break
            if word.low in AUXILIARIES:
                verb = _main_verb(words, at + 1, word.low)
                stem = predicate_stem(words[verb].low if verb is not None else word.low)
                return first, after, stem, "denied"
            if _is_participle(word) and word.low.endswith("ed"):
                return first, after, predicate_stem(word.low), "denied"
        return first, after, "admit", "denied"
    if after < len(words) and _is_participle(words[after]) and words[after].low.endswith("ing"):
        return first, after, predicate_stem(words[after].low), "denied"
    return first, after - 1, "admit", "denied"


# --- modality -------------------------------------------------------------------------------

_CERTAINTY = ("certain", "likely", "possible")  # from surest to least sure
_MODAL_CERTAINTY = {
    "will": "certain",
    "shall": "certain",
    "must": "certain",
    "would": "likely",
    "should": "likely",
    "may": "possible",
    "might": "possible",
    "could": "possible",
    "can": "possible",
}
_ADVERB_CERTAINTY = {
    "certainly": "certain",
    "definitely": "certain",
    "likely": "likely",
    "probably": "likely",
    "possibly": "possible",
    "perhaps": "possible",
    "maybe": "possible",
}
_INTENSIFIERS = word_set("most more very quite highly")
_PLANS = word_set("plans planned planning plan intends intended intending intend")
# Finite verbs: after one of these, "might" or "will" is a noun ("military might is").
_FINITE = word_set("is are was were am has had does did")
_NOT_BEFORE_WILL = word_set("the a an his her its their our my your political own free good ill")
_SUBJECT_PRONOUNS = word_set("he she they")
_PLANNERS = _SUBJECT_PRONOUNS | word_set("we i you")
_DETERMINERS = word_set("the a an its his her their our my your this that")


@dataclass(frozen=True, slots=True)
class _Hedge:
    """A modal or hedge found in a sentence, before hedges next to each other are merged."""

    first: int
    last: int
    certainty: str
    governs: int  # index of the token the governed verb group starts at


def _modalities(text: str, words: list[Token]) -> list[Detail]:
    """Return the MODALITY details of a tokenised sentence."""
    hedges = [h for i in range(len(words)) if (h := _hedge_at(words, i)) is not None]
    merged: list[_Hedge] = []
    for hedge in hedges:
        if merged and _adjacent(words, merged[-1], hedge):
            previous = merged[-1]
            weaker = max(previous.certainty, hedge.certainty, key=_CERTAINTY.index)
            merged[-1] = _Hedge(previous.first, hedge.last, weaker, hedge.governs)
        elif not merged or hedge.first > merged[-1].last:
            merged.append(hedge)
    found = []
    for hedge in merged:
        start, end = words[hedge.first].start, words[hedge.last].end
        verb = _main_verb(words, hedge.governs, "will")
        about = predicate_stem(words[verb].low) if verb is not None else None
        found.append(
            Detail(
                Kind.MODALITY,
                text[start:end],
                start,
                end,
                hedge.certainty,
                qualifier=text[start:end].lower(),
                about=about,
            )
        )
    return found


def _adjacent(words: list[Token], a: _Hedge, b: _Hedge) -> bool:
    """Return whether hedge ``b`` follows ``a`` with at most intensifiers between."""
    return b.first > a.last and all(
        w.low in _INTENSIFIERS or w.low in ("not", "also") for w in words[a.last + 1 : b.first]
    )


def _hedge_at(words: list[Token], index: int) -> _Hedge | None:
    """Return the hedge whose key word is at ``index``, if there is one."""
    word = words[index]
    if word.blocked or not word.is_word:
        return None
    low, text = word.low, word.text
    before = words[index - 1].low if index > 0 else ""
    after = words[index + 1].low if index + 1 < len(words) else ""
    modal = _modal_of(low)
    if modal is not None and (low != modal or text[0].islower()):
        if before in _NOT_BEFORE_WILL:
            return None  # "the will of", "a can"
        following = _skip_adverbs(words, index + 1)
        if (
            following >= len(words)
            or not _is_verb_like(words[following])
            or words[following].low in _FINITE
        ):
            return None
        return _Hedge(index, index, _MODAL_CERTAINTY[modal], index + 1)
    if low in _ADVERB_CERTAINTY:
        if before in _DETERMINERS:
            return None  # "the likely outcome": an adjective
        first = index
        while first > 0 and words[first - 1].low in _INTENSIFIERS:
            first -= 1
        last, governs = index, index + 1
        if low == "likely" and after == "to":
            last, governs = index + 1, index + 2
            if before in BE_FORMS or before in ("seems", "seem", "seemed", "appears"):
                first = index - 1
        return _Hedge(first, last, _ADVERB_CERTAINTY[low], governs)
    if low in ("expected", "set") and after == "to":
        first = _be_before(words, index)
        if first is None:
            return None
        return _Hedge(first, index + 1, "likely" if low == "expected" else "certain", index + 2)
    if low == "going" and after == "to" and before in BE_FORMS:
        target = words[index + 2] if index + 2 < len(words) else None
        if target is None or not _is_verb_like(target):
            return None
        return _Hedge(index - 1, index + 1, "certain", index + 2)
    if low in BE_FORMS and after == "to" and low not in ("be", "been", "being"):
        target = words[index + 2] if index + 2 < len(words) else None
        subject = words[index - 1] if index > 0 else None
        if (
            target is not None
            and _is_verb_like(target)
            and subject is not None
            and subject.is_word
            and (
                subject.low in _SUBJECT_PRONOUNS
                or (subject.text[0].isupper() and subject.low not in _FUNCTION_WORDS)
            )
        ):
            return _Hedge(index, index + 1, "certain", index + 2)
        return None
    if low in _PLANS and after == "to":
        if before in _FUNCTION_WORDS - _PLANNERS or before.endswith("'s"):
            return None  # "the plans to", "Russia's plans to": a noun
        first = index - 1 if before in BE_FORMS or before in _HAVE else index
        return _Hedge(first, index + 1, "likely", index + 2)
    return None


def _modal_of(low: str) -> str | None:
    """Return the modal a token is or contains ("won't" -> "will"), or None."""
    if low in _MODAL_CERTAINTY:
        return low
    if low == "cannot":
        return "can"
    if low.endswith("n't") and len(low) > 3:
        base = _IRREGULAR.get(low[:-3], low[:-3])
        return base if base in _MODAL_CERTAINTY else None
    if low.endswith("'ll"):
        return "will"
    return None


def _be_before(words: list[Token], index: int) -> int | None:
    """Return the index of the form of "be" before ``index`` (adverbs between), or None."""
    at = index - 1
    while at >= 0 and _is_adverb(words[at]):
        at -= 1
    return at if at >= 0 and words[at].low in BE_FORMS else None


# --- public ---------------------------------------------------------------------------------

# A positive predicate (the value of an opposite verb's negation) -> the stems of the
# verbs that assert it. Each group holds its own key; a stem may assert two predicates
# ("endorsed" accepts a plan and supports it; "approved" accepts a plan and allows a
# merger). "clear" allows as a regulator's verb ("cleared the merger"); the adjective
# ("it is clear") has the same stem, so a judge must look at what it is said of.
POSITIVE_GROUPS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "accept": frozenset({"accept", "agree", "approve", "endorse", "adopt", "back"}),
        "admit": frozenset({"admit", "confess", "confirm", "acknowledge", "concede"}),
        "support": frozenset({"support", "back", "endorse", "favour", "favor"}),
        "vote": frozenset({"vote"}),
        "attend": frozenset({"attend"}),
        "pass": frozenset({"pass"}),
        "allow": word_set("allow approve permit clear authorise authorize legalise legalize"),
    }
)


def asserts(stem: str, value: str) -> bool:
    """Return whether a word with predicate stem ``stem`` asserts the positive predicate ``value``.

    True when both have the same stem, or one group of ``POSITIVE_GROUPS`` holds both.
    Both go through ``predicate_stem`` first, so a word as written does too.

    >>> predicate_stem("agreed"), asserts("agree", "accept"), asserts("agreed", "accept")
    ('agree', True, True)
    >>> asserts("confessed", "admit"), asserts("backed", "support"), asserts("backed", "accept")
    (True, True, True)
    >>> asserts("vote", "vote"), asserts("join", "join"), asserts("approve", "agree")
    (True, True, True)
    >>> asserts("reject", "accept"), asserts("support", "accept"), asserts("join", "vote")
    (False, False, False)
    """
    if not isinstance(stem, str):
        raise TypeError(f"stem must be a string: {stem!r}")
    if not isinstance(value, str):
        raise TypeError(f"value must be a string: {value!r}")
    stem, value = predicate_stem(stem), predicate_stem(value)
    return stem == value or any(stem in g and value in g for g in POSITIVE_GROUPS.values())


def find_polarity(text: str, *, taken: Sequence[tuple[int, int]] = ()) -> list[Detail]:
    """Return the negations and modalities of a sentence, sorted by start.

    >>> [(d.kind.value, d.text, d.value, d.qualifier)
    ...  for d in find_polarity("Belarus has not officially joined the war")]
    [('negation', 'has not officially joined', 'join', 'not')]
    >>> [(d.kind.value, d.text, d.value, d.about) for d in find_polarity("Putin will fly")]
    [('modality', 'will', 'certain', 'fly')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    words = _tokenise(text, taken)
    details = _negations(text, words) + _modalities(text, words)
    return sorted(details, key=lambda d: (d.start, d.end, d.kind.value))


def contains_predicate(text: str, stem: str, *, negated: bool = False) -> bool:
    """Return whether ``text`` states the predicate ``stem`` un-negated (or negated, if asked).

    A word is negated when it lies in a negation's span, or is the verb a denial denies;
    a predicate an opposite verb contradicts is negated though not written ("rejected the
    plan" negates "accept").

    >>> contains_predicate("Belarus has joined the war", "join")
    True
    >>> contains_predicate("Belarus has not joined the war", "join")
    False
    >>> contains_predicate("Belarus has not joined the war", "joined", negated=True)
    True
    >>> contains_predicate("Israel rejected the proposal", "accept", negated=True)
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    wanted = predicate_stem(stem)
    negations = [d for d in find_polarity(text) if d.kind is Kind.NEGATION]
    if negated and any(d.value == wanted for d in negations):
        return True
    for word in _tokenise(text):
        if not word.is_word or predicate_stem(word.low) != wanted:
            continue
        is_negated = any(
            d.start <= word.start < d.end
            or (d.qualifier == "denied" and d.value == wanted and word.start >= d.end)
            for d in negations
        )
        if is_negated == negated:
            return True
    return False
