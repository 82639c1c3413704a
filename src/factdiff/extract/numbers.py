"""Numbers in running text: quantities and durations, read in one pass with ranks.

find_numbers(text, taken=)        -> the quantity, duration and rank details of a text
duration_event(text, start, end)  -> the event a duration measures ("war"), or None
parse_number(words)               -> the value of a number written in words or digits
singular(noun)                    -> the singular of an English noun, for units

Ranks (ordinals, superlatives, chart positions, medals, wins) are read by ranks.py:
find_numbers tries a rank at each token before a quantity, so that one pass over a
sentence gives both and no two overlap. The number words, head nouns and qualifiers that
both read are in numerals.py, with parse_number and singular (kept here as well).

A quantity's unit is the singular, lowercase head noun of what is counted, without its
adjectives, folded by SYNONYMS where reporters use several words for one thing ("three
Russian warplanes" -> "aircraft", "10 km" -> "kilometre"); "square" stays with a length
("300 square miles" -> "square mile"). A currency sign or word gives "dollar", "pound",
"euro"... ("$4bn", "4 billion dollars"); "%", "per cent" and "percent" give "percent". A
glued "m" is million after a currency sign or before a plural noun ("3.4m vehicles"),
and no number otherwise (metres: "the 100m final"). A dash joins a fraction to a whole
number as Reuters writes it: "3-1/2 years" is 3.5. A number after a noun of a gathering
counts its people (COLLECTIVES): "a crowd of 4,200" -> 4,200 "person", "a workforce of
900" -> 900 "job". Steps of a rate are "basis point" ("25 basis points", "25bp", "a
25-basis-point cut") and "percentage point" ("0.25 percentage points", "0.5pp"); a bare
"point" is a "percentage point" when a fraction sizes it ("a quarter point", "half a
point", "a quarter-point cut") or a word of a rate (RATE_WORDS: "rates", "interest",
"inflation"...) is near it in its clause ("lifted rates by two points"), and stays
"point" otherwise ("won by three points"); all three compare in units.py.

A duration is a quantity counted in a time unit (year, month, week, day, hour, minute,
decade, century; "a fortnight" is 2 weeks; "a year" is 1 year, but not in a rate: "twice
a year", "$5bn a year"); its ``about`` is the event it measures, from the lexicon EVENTS
(see duration_event): "ten months into the war" -> "war"; "delayed by six months",
"pushed the project back by a year" -> "delay". A compound duration is one detail, in
its larger unit, rounded to 4 decimals: "eight years and eight months" -> 8.6667 years,
"a year and a half" -> 1.5 years (a whole count and a smaller part only: "2.5 hours and
45 minutes" are two durations). An ordinal time unit is the interval it runs through,
qualifier "ordinal": "in its third week" -> (2, 3) weeks, "as the war enters its tenth
month" -> (9, 10) months, "in the second year of the war" -> (1, 2) years ("the" needs
"of the ..." after it: "in the first week of March" is a date).

A qualifier turns the value X into an interval ``(low, high)``:

=====================================================  ============  ===========
words before the number                                qualifier     interval
=====================================================  ============  ===========
nearly, almost                                         "nearly"      (0.9X, X)
about, around, roughly, approximately, some, circa,    "about"       (0.9X, 1.1X),
an estimated                                                         i.e. ±10%
at least, no fewer than, no less than                  "at least"    (X, inf)
more than, over, above, upwards of                     "more than"   (X, inf)
just over, just above, just/slightly more than,        "just over"   (X, 1.1X)
slightly over, a little over, a little more than
up to, as many as, as much as, at most, no more than   "up to"       (0, X)
fewer than, less than, under, below                    "less than"   (0, X)
just under, just below, just/slightly less than, just  "just under"  (0.9X, X)
fewer than, slightly under, just shy of, a little
under, a little less than
=====================================================  ============  ===========

For a duration, "nearly" and "about" allow at least one of the next smaller unit
(_SMALLER_UNIT): "nearly a week" is (6/7, 1) weeks, so that six days is nearly a week,
and "about a month" is a month ± a week. Larger counts keep the 10%: "nearly ten
months" is (9, 10).

Vague multiples and ranges are intervals too:

=====================================================  ============  ===========
words                                                  qualifier     interval
=====================================================  ============  ===========
tens of X                                              "tens"        (20, 100)
dozens of X                                            "dozens"      (24, 100)
scores of X                                            "scores"      (40, 200)
hundreds of X                                          "hundreds"    (200, 1000)
thousands of X                                         "thousands"   (2e3, 1e4)
millions of X                                          "millions"    (2e6, 1e7)
billions of X                                          "billions"    (2e9, 1e10)
tens of thousands (of X): a multiple of a larger one   "tens of      (2e4, 1e5)
(hundreds of thousands, tens of millions...)           thousands"
10-15 X, 10 to 15 X, between 10 and 15 (X),            "range"       (10, 15)
from 10 to 15 (X)
=====================================================  ============  ===========

A range needs its low end below its high end, and a dash or "to" range needs a unit
after it, so that scores ("won 3-1"), years ("2019-2022") and models ("F-16") are
not ranges; two numbers joined by a dash that make no range are not read at all.
Years make a range only of a plural noun ("1900-2000 people", not "the 2019-2022
period"). "from 10 to 15" after a verb of change ("rose from 10 to 15") is a change,
read as two quantities. "10-15 million" gives the scale to both ends.
A fraction (half, quarter, third, fifth, tenth) that is a share of a counted whole (a
number of a plural noun or of money after "the", a possessive or nothing) counts what
the whole counts: share x whole, rounded to 2 decimals, qualifiers applied, spanning the
share's words only, the whole being a quantity of its own: "A third of the 2,400 homes"
-> 800 "home", "Half of the town's 12,000 residents" -> 6,000 "person", "roughly a third
of the 2,400 homes" -> (720, 880) "about", "half of the $4bn" -> 2e9 "dollar". A share
of any other whole is a percentage, rounded to 2 decimals, qualifiers applied: "a
quarter of the city's buses" -> 25 "percent", "two thirds of voters" -> 66.67, "half the
buses" -> 50, "half of its 2020 profits" (a year, no count) -> 50, "rise by roughly a
third" -> (30.0, 36.67) "about". (A percentage of a counted whole, "30% of the 2,400
homes", stays a percentage.) A share is followed by "of" (not after "the first", "the
other", "the last"...: "the first half of the year" is no quantity), or sizes a change
after "by" with no noun after it ("by a third party" is no share). A fraction of
"a"/"an" something is a part of that unit: "half a percentage point" -> 0.5 "percentage
point", "a quarter of a century" -> 0.25 century, "a quarter of a million people" ->
250,000 "person". "A third", "a fifth" are read only as shares ("a third term" is no
quantity).

A zero count is a quantity 0 of its noun: "no"/"zero" right before a plural noun ("No
casualties were reported" -> 0 "casualty"), "none of the passengers" -> 0
"passenger", and "no one"/"nobody" before a verb that counts people ("no one was
hurt", "has been charged", "died") -> 0 "person". Not a count: "no longer", "no doubt"
(no plural), "no more than" (a qualifier), a noun of _NOT_COUNTED ("no plans", "no
results"), a plural followed by "that", "of", "to", "about", "whether" ("no signs
of"), and "no one knows".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

from ..models import Detail, Kind
from ..text.lexicon import word_set
from ..text.tokens import Token, tokenise
from .numerals import (
    CURRENCIES,
    DETERMINERS,
    FRACTIONS,
    GLUED_UNITS,
    NOT_COUNTING,
    NUMBER_WORDS,
    NUMERIC_RE,
    ORDINALS,
    POSSESSIVE_PRONOUNS,
    SCALES,
    STOP_WORDS,
    SYNONYMS,
    TEENS,
    TENS,
    TIME_UNITS,
    TOKEN_RE,
    UNITS,
    before_article_noun,
    currency_before,
    determiner_start,
    digits_at,
    free,
    glued,
    head_noun,
    looks_plural,
    number_at,
    parse_number,
    plain,
    qualifier_before,
    share_at,
    singular,
)
from .ranks import ordinal_at, rank_at, won_place

# The tables of numerals.py that other modules read from here are exported again.
__all__ = [
    "GLUED_UNITS",
    "ORDINALS",
    "SYNONYMS",
    "TEENS",
    "TENS",
    "TIME_UNITS",
    "UNITS",
    "duration_event",
    "find_numbers",
    "parse_number",
    "singular",
]


# Time units counted in another one: "a fortnight" is two weeks.
_TIME_MULTIPLES = {"fortnight": 2}
# The length of each time unit in days, exact, to add the parts of a compound duration
# ("eight years and eight months") and to find the next smaller unit of a time unit.
_DAYS = {
    "minute": Fraction(1, 1440), "hour": Fraction(1, 24), "day": Fraction(1),
    "week": Fraction(7), "month": Fraction(36525, 1200), "year": Fraction(36525, 100),
    "decade": Fraction(36525, 10), "century": Fraction(36525),
}  # fmt: skip
# The step of each time unit's count that "nearly" and "about" allow at the least: one
# of the next smaller unit ("nearly a week" takes in six days, as reporters mean it).
_SMALLER_UNIT = {
    "hour": "minute", "day": "hour", "week": "day", "month": "week", "year": "month",
    "decade": "year", "century": "decade",
}  # fmt: skip
# Nouns for a gathering of people, whose number follows "of" with no noun after it: "a
# crowd of 4,200" is 4,200 people, "a workforce of 900" 900 jobs (see SYNONYMS).
COLLECTIVES = {
    "crowd": "person", "attendance": "person", "audience": "person", "gathering": "person",
    "congregation": "person", "population": "person", "workforce": "job",
}  # fmt: skip
# Nouns of a rate, near which a bare "point" is a percentage point: "lifted rates by two
# points". A point sized by a fraction ("a quarter point", "half a point") is one always.
RATE_WORDS = word_set(
    """rate rates interest yield yields inflation unemployment mortgage mortgages borrowing
    benchmark"""
)
_RATE_WINDOW = 8
# Vague multiples and the interval each gives ("dozens of people" -> (24, 100): past 100 a
# reporter says "more than a hundred"); one
# "of" a larger plural scale multiplies it ("tens of thousands" -> (20000, 100000)).
VAGUE_MULTIPLES = {
    "tens": (20, 100), "dozens": (24, 100), "scores": (40, 200), "hundreds": (200, 1000),
    "thousands": (2 * 10**3, 10**4), "millions": (2 * 10**6, 10**7),
    "billions": (2 * 10**9, 10**10),
}  # fmt: skip
_MULTIPLE_SIZES = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 10**3,
    "millions": 10**6, "billions": 10**9,
}  # fmt: skip
_PLURAL_SCALES = frozenset({"hundreds", "thousands", "millions", "billions"})
# Words before "from" that make "from 10 to 15" a change rather than a range.
CHANGE_WORDS = word_set(
    """rise rises rose risen rising increase increases increased increasing grow grows grew
    grown growing climb climbs climbed jump jumps jumped soar soars soared surge surges
    surged fall falls fell fallen falling drop drops dropped decline declines declined
    decrease decreases decreased shrink shrinks shrank shrunk slip slipped slide slid plunge
    plunged plummet plummeted cut cuts raise raised reduce reduced lower lowered go goes went
    gone up down change changed move moved revise revised"""
)
# Nouns a dash between two numbers may describe without being a range ("a 3-4 defeat").
SCORE_NOUNS = word_set(
    """win victory defeat loss draw lead score scoreline vote ruling decision majority margin
    result record aggregate tie"""
)
# The events a duration may measure (its ``about``), by singular noun, with the words
# reporters use for one event folded to one name ("fighting", "invasion" -> "war").
EVENTS = {
    word: word
    for word in word_set(
        """visit trip tour stay mission flight absence war offensive siege occupation
        blockade meeting talks summit ban sanction embargo ceasefire term sentence detention
        presidency rule reign tenure career marriage strike protest lockdown pandemic
        epidemic drought famine crisis recession campaign investigation trial exile exercise
        deployment curfew shutdown blackout"""
    )
} | {
    "conflict": "war", "fighting": "war", "invasion": "war", "hostility": "war",
    "warfare": "war", "talk": "talks", "negotiation": "talks", "truce": "ceasefire",
    "armistice": "ceasefire", "cease-fire": "ceasefire", "imprisonment": "detention",
    "incarceration": "detention", "custody": "detention", "captivity": "detention",
    "prison": "detention", "jail": "detention", "probe": "investigation",
    "inquiry": "investigation", "drill": "exercise", "demonstration": "protest",
    "delay": "delay", "postponement": "delay", "deferral": "delay",
}  # fmt: skip
# Verbs whose duration "by N months" is a delay: "delayed by six months"; "pushed back",
# "put back", "set back", "moved back" need "back" ("pushed the project back by a year").
DELAY_VERBS = word_set(
    """delay delays delayed delaying postpone postpones postponed postponing defer defers
    deferred deferring"""
)
_PUSH_VERBS = word_set(
    """push pushes pushed pushing put puts putting set sets setting move moves moved moving"""
)
# Words that open an ordinal time unit: "in its third week", "as the war enters its
# tenth month".
_INTO_WORDS = word_set("in into")
_ENTER_WORDS = word_set("enter enters entered entering")
# Nouns a zero count never counts: "no hints that", "no plans to", "no results".
_NOT_COUNTED = word_set(
    """hint hints sign signs indication indications plan plans detail details report reports
    comment comments question questions answer answers doubt doubts ground grounds means
    option options alternative alternatives word words change changes result results
    problem problems issue issues concern concerns guarantee guarantees promise promises
    assurance assurances chance chances prospect prospects reason reasons news data media
    criteria matter talks strings"""
)
# Words after a plural that make "no" + plural a complement, not a count: "no signs of".
_NOT_COUNTED_AFTER = word_set("that of to about whether")
# Verbs that follow "no one"/"nobody" in a count of people ("no one was hurt").
_COUNTED_VERBS = word_set("died survived drowned escaped")
_BE = word_set("was were is are")
_HAVE = word_set("has have had")
_IRREGULAR_PARTICIPLES = word_set(
    """hurt hit shot struck caught held found left lost kept cut put sent brought hung
    taken given seen beaten bitten broken chosen driven fallen hidden shaken stolen sworn
    thrown torn written drawn shown known flown"""
)
# Scales that may follow "a quarter of a" / "half a": "a quarter of a million".
_SCALE_WORDS = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "dozen": 12}
# How many tokens may come between "of" and the number of a counted whole: "of the
# European Union's 27 member states".
_WHOLE_WINDOW = 8
_DASHES = frozenset({"-", "–"})
# What ends a clause, for finding the event a duration measures: these marks; a spaced
# dash; a comma before a conjunction or relative pronoun; a subordinating conjunction.
_CLAUSE_MARKS = frozenset({";", ":", "—", ".", "!", "?"})
_CLAUSE_OPENERS = word_set("and but or nor so yet which who whom whose where when while that")
_SUBORDINATORS = word_set("although though because whereas unless while")
# A comma before these ends the clause, but the noun before the comma is still its subject.
_RELATIVES = word_set("which that who whose")
# How far from a duration its event is looked for: tokens before, words (and at most
# three times as many tokens) after.
_EVENT_TOKENS_BEFORE = 30
_EVENT_WORDS_AFTER = 6
# Four-digit numbers in this range may be years ("2019-2022").
_YEARS = range(1800, 2101)


def find_numbers(text: str, *, taken: Sequence[tuple[int, int]] = ()) -> list[Detail]:
    """Return the quantities, durations and ranks in ``text``, outside the ``taken`` spans.

    >>> [(d.kind.value, d.value, d.unit) for d in find_numbers("just 85 miles from Kyiv")]
    [('quantity', 85, 'mile')]
    >>> [(d.text, d.value, d.qualifier) for d in find_numbers("nearly 10 years")]
    [('nearly 10 years', (9.0, 10.0), 'nearly')]
    >>> [(d.text, d.value, d.unit) for d in find_numbers("dozens of troops, 10-15 jets")]
    [('dozens of troops', (24.0, 100.0), 'soldier'), ('10-15 jets', (10.0, 15.0), 'aircraft')]
    >>> [(d.text, d.about) for d in find_numbers("ten months into the war")]
    [('ten months', 'war')]
    >>> [(d.text, d.value, d.about) for d in find_numbers("Europe's second-largest port")]
    [('second-largest', 2, 'largest')]
    >>> [(d.text, d.value, d.unit) for d in find_numbers("A quarter of the buses; no casualties")]
    [('A quarter', 25, 'percent'), ('no casualties', 0, 'casualty')]
    """
    tokens = tokenise(TOKEN_RE, text, taken)
    details: list[Detail] = []
    floor = 0  # tokens before this index already belong to a detail
    index = 0
    while index < len(tokens):
        found = rank_at(text, tokens, index)  # an ordinal, chart idiom or superlative
        ordinal = ordinal_at(tokens, index) if found is None else None
        if ordinal is not None:
            index = ordinal[1]  # an ordinal outside a ranking: "his first visit"
            continue
        found = (
            found
            or _period_at(text, tokens, index)
            or _zero_at(text, tokens, index)
            or _vague_at(text, tokens, index)
            or _range_at(text, tokens, index, floor)
            or _quantity_at(text, tokens, index, floor)
        )
        if found is None:
            index += 1
            continue
        detail, index = found
        details.append(detail)
        floor = index
    won = won_place(text, tokens, details)  # "won the final", if no other place is said
    if won is not None:
        details.insert(sum(d.start < won.start for d in details), won)
    return details


def duration_event(text: str, start: int, end: int) -> str | None:
    """Return the event the duration ``text[start:end]`` measures, folded ("war"), or None.

    The event is a noun of EVENTS in the duration's clause: first "N months of (the) X"
    or "an N-month X"; else the nearest before the duration ("X lasting N months", "X,
    which lasted N months"); else the nearest within a few words after it.

    >>> def event(sentence, duration):
    ...     at = sentence.index(duration)
    ...     return duration_event(sentence, at, at + len(duration))
    >>> event("ten months into the war", "ten months")
    'war'
    >>> event("his first visit in three years", "three years")
    'visit'
    >>> event("Putin’s visit to the Belarusian President in Minsk after three and a half "
    ...       "years attracted attention", "three and a half years")
    'visit'
    >>> event("although Lukashenko has managed to stay out of the war for ten months",
    ...       "ten months")
    'war'
    >>> event("after the talks, three years of heavy fighting", "three years")
    'war'
    >>> event("the truce, which lasted two weeks", "two weeks")
    'ceasefire'
    >>> event("a two-year prison sentence", "two-year"), event("for ten days", "ten days")
    ('sentence', None)
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"start and end must satisfy 0 <= start < end <= {len(text)}: {(start, end)!r}"
        )
    tokens = tokenise(TOKEN_RE, text)
    first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    after = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    return _event_near(tokens, first, after)


def _interval(value: Fraction, qualifier: str, step: Fraction = Fraction(0)) -> tuple[float, float]:
    """Return the interval a qualifier gives the value (see the module docstring).

    ``step`` is the least distance "nearly" and "about" allow: one of a time unit's next
    smaller unit.

    >>> _interval(Fraction(10), "nearly"), _interval(Fraction(1), "nearly", Fraction(1, 7))
    ((9.0, 10.0), (0.8571428571428571, 1.0))
    >>> _interval(Fraction(10), "just over"), _interval(Fraction(10), "up to")
    ((10.0, 11.0), (0.0, 10.0))
    """
    if qualifier == "nearly":
        return float(min(value * 9 / 10, value - step)), float(value)
    if qualifier == "about":
        return float(min(value * 9 / 10, value - step)), float(max(value * 11 / 10, value + step))
    if qualifier in ("at least", "more than"):
        return float(value), math.inf
    if qualifier == "just over":
        return float(value), float(value * 11 / 10)
    if qualifier == "just under":
        return float(value * 9 / 10), float(value)
    return 0.0, float(value)


def _quantity_at(
    text: str, tokens: list[Token], index: int, floor: int
) -> tuple[Detail, int] | None:
    """Return the quantity or duration starting at ``index`` and the index after it."""
    number = number_at(tokens, index)
    if number is None:
        return None
    value, end, unit = number
    if _dash_number(tokens, end):
        return None  # one half of "2019-2022", "won 3-1": not a range, not a quantity
    counted = [t.low for t in tokens[index:end]]
    if counted[0] in ("a", "an") and _rate_before(tokens, index, floor):
        return None  # "twice a year", "$5bn a year": a rate, not a duration
    start = _currency_start(tokens, index, floor)
    share = False
    if start < index:
        unit = CURRENCIES[tokens[index - 1].text]
    elif unit is None and value < 1 and counted[-1] in FRACTIONS:
        unit, end, value, share = _fraction_of(tokens, index, end, value)
    elif unit is None:
        number_end = end
        unit, end = head_noun(tokens, end, value)
        if unit is None:
            unit = _unit_of_whole(tokens, end)
        gathering = _collective_before(tokens, qualifier_before(tokens, start, floor)[1])
        if gathering and (unit is None or not looks_plural(tokens[end - 1].low)):
            unit, end = gathering, number_end  # "a crowd of 4,200 watched"
    if unit == "point":
        unit = _point_unit(tokens, start, end, fraction=counted[-1] in FRACTIONS)
    if unit is None and counted in (["one"], ["zero"]):
        return None
    if counted == ["zero"] and unit != "percent" and not looks_plural(tokens[end - 1].low):
        return None  # "zero tolerance"
    if tokens[index].low == "one" and index > 0 and tokens[index - 1].low in NOT_COUNTING:
        return None  # "no one", "the one"
    digits = 2 if share else None
    if unit in TIME_UNITS:
        value, end, compound = _compound_duration(tokens, value, unit, end)
        digits = 4 if compound else None
    qualifier, start = qualifier_before(tokens, start, floor)
    step = _time_step(unit) if qualifier in ("nearly", "about") else Fraction(0)
    if qualifier:
        low, high = _interval(value, qualifier, step)
        amount: float | tuple[float, float] = (low, high)
        if digits is not None:
            amount = (round(low, digits), round(high, digits))
    elif digits is not None and value.denominator != 1:
        amount = round(float(value), digits)
    else:
        amount = plain(value)
    return _detail(text, tokens, start, end, amount, unit, qualifier), end


def _point_unit(tokens: list[Token], start: int, end: int, *, fraction: bool) -> str:
    """Return "percentage point" for a point of a rate, else "point".

    A point is of a rate when a fraction sizes it ("a quarter point", "half a point") or
    a word of RATE_WORDS is near it in its clause ("cut rates by two points", "a 1 point
    rise in inflation"); else it stays a point ("won by three points").

    >>> def point(words, at, end, fraction=False):
    ...     return _point_unit(tokenise(TOKEN_RE, words), at, end, fraction=fraction)
    >>> point("cut rates by two points", 3, 5), point("won by three points", 2, 4)
    ('percentage point', 'point')
    >>> point("a quarter point", 0, 3, fraction=True), point("rates held; up 2 points", 4, 6)
    ('percentage point', 'point')
    """
    if fraction:
        return "percentage point"
    for at in range(start - 1, max(start - 1 - _RATE_WINDOW, -1), -1):
        if tokens[at].text in _CLAUSE_MARKS:
            break
        if tokens[at].low in RATE_WORDS:
            return "percentage point"
    for at in range(end, min(end + _RATE_WINDOW // 2, len(tokens))):
        if tokens[at].text in _CLAUSE_MARKS:
            break
        if tokens[at].low in RATE_WORDS:
            return "percentage point"
    return "point"


def _unit_of_whole(tokens: list[Token], index: int) -> str | None:
    """Return what a part counts when a whole follows it: "25 of the 240 passengers".

    The part keeps its own span; only its unit is borrowed from the whole (see
    _counted_whole: "25 of the town's 12,000 residents" counts people).
    """
    if free(tokens, index) and tokens[index].low == "of":
        whole = _counted_whole(tokens, index + 1)
        return None if whole is None else whole[1]
    return None


def _collective_before(tokens: list[Token], index: int) -> str | None:
    """Return what the number at ``index`` counts after "a crowd of", or None.

    >>> [_collective_before(tokenise(TOKEN_RE, w), 3) for w in ("a crowd of 4,200",
    ...  "a workforce of 900", "a Crowd of 9", "a share of 9")]
    ['person', 'job', None, None]
    """
    if index < 2 or tokens[index - 1].low != "of" or not free(tokens, index - 1):
        return None
    noun = tokens[index - 2]
    return COLLECTIVES.get(noun.low) if noun.is_word and noun.text == noun.low else None


def _counted_whole(tokens: list[Token], index: int) -> tuple[Fraction, str] | None:
    """Return the value and unit of the counted whole at ``index``, or None.

    A whole is a number after "the", a possessive ("its", "the town's") or nothing,
    counting a plural noun or money: "the 2,400 homes", "the town's 12,000 residents",
    "its 800 staff", "the $4bn". Not a year ("its 2020 profits"), nor a percentage.

    >>> def whole(words):
    ...     return _counted_whole(tokenise(TOKEN_RE, words), 0)
    >>> whole("the town's 12,000 residents"), whole("its 800 staff"), whole("the $4bn")
    ((Fraction(12000, 1), 'person'), (Fraction(800, 1), 'job'), (Fraction(4000000000, 1), 'dollar'))
    >>> whole("its 2020 profits"), whole("the 2,000"), whole("the 40%"), whole("the buses")
    (None, None, None, None)
    """
    at = index
    while at < min(index + _WHOLE_WINDOW, len(tokens)):
        token = tokens[at]
        if not free(tokens, at):
            return None
        if token.text[0].isdecimal() or token.low in NUMBER_WORDS or token.text in CURRENCIES:
            break
        if not token.is_word and token.text not in ("'", "’"):
            return None
        at += 1
    else:
        return None
    if at > index and determiner_start(tokens, at) != index:
        return None  # "of the nearly 2,000 homes", "of them, 200"
    currency = None
    if tokens[at].text in CURRENCIES and currency_before(tokens, at + 1):
        currency, at = CURRENCIES[tokens[at].text], at + 1
    if not free(tokens, at) or _year_like(tokens, at, at + 1):
        return None
    number = number_at(tokens, at)
    if number is None or number[0] <= 0:
        return None
    value, end, unit = number
    if currency is None and unit is None:
        unit, after = head_noun(tokens, end, value)
        if unit is None or not looks_plural(tokens[after - 1].low):
            return None  # "half of the 2,000" counts nothing said
    unit = currency or unit
    return (value, unit) if unit != "percent" else None


def _rate_before(tokens: list[Token], index: int, floor: int) -> bool:
    """Return whether "a"/"an" at ``index`` makes a rate: "once a year", "$5bn a year"."""
    if index == 0:
        return False
    before = tokens[index - 1]
    if before.low in ("once", "twice", "thrice", "times", "per") or before.text[0].isdecimal():
        return True
    return floor == index  # a quantity ends just before: "1.2 million barrels a day"


def _fraction_of(
    tokens: list[Token], index: int, end: int, value: Fraction
) -> tuple[str | None, int, Fraction, bool]:
    """Return the unit, end, value and whether it is a share, of the fraction ``index:end``.

    A fraction of "a"/"an" something is a part of that unit ("half a percentage point",
    "a quarter of a million people"); a share of a counted whole counts what the whole
    counts ("a third of the 2,400 homes" -> 800 "home"); a share of any other whole is a
    percentage ("a quarter of the buses" -> 25); else the fraction counts the noun after it.
    """
    if free(tokens, end + 1) and tokens[end].low == "of" and tokens[end + 1].low in ("a", "an"):
        at = end + 2  # "a quarter of a percentage point"
    elif before_article_noun(tokens, end):
        at = end + 1  # "half a percentage point", "half an hour"
    elif share_at(tokens, index, end):
        of = free(tokens, end) and tokens[end].low == "of"
        whole = _counted_whole(tokens, end + 1 if of else end)
        if whole is not None:  # "a third of the 2,400 homes": 800 homes
            return whole[1], end, value * whole[0], True
        return "percent", end, value * 100, True
    else:
        unit, after = head_noun(tokens, end, value)
        return unit, after, value, False
    if free(tokens, at) and tokens[at].low in _SCALE_WORDS:
        value, at = value * _SCALE_WORDS[tokens[at].low], at + 1  # "a quarter of a million"
    unit, after = head_noun(tokens, at, value)
    return (unit, after, value, False) if unit else (None, end, value, False)


def _compound_duration(
    tokens: list[Token], value: Fraction, unit: str, end: int
) -> tuple[Fraction, int, bool]:
    """Return a duration with the smaller part after "and" added, the end, and whether added.

    "eight years and eight months" is 8 + 8/12 years; "a year and a half" is 1.5 years.
    Only a whole count takes a part, and only a part smaller than one of its unit ("2.5
    hours and 45 minutes", "a year and 14 months" are two durations).
    """
    if value.denominator != 1 or not (free(tokens, end + 1) and tokens[end].low == "and"):
        return value, end, False
    size = _unit_days(unit)
    after = [t.low for t in tokens[end + 1 : end + 4]]
    halved = after[:1] in (["a"], ["an"]) and after[1:2] in (["half"], ["quarter"])
    if halved and after[2:] != ["of"] and free(tokens, end + 2):
        return value + Fraction(1, FRACTIONS[after[1]]), end + 3, True
    part = number_at(tokens, end + 1)
    if part is None or part[2] is not None:
        return value, end, False
    count, stop, _ = part
    second, stop = head_noun(tokens, stop, count)
    if second not in TIME_UNITS or count.denominator != 1 or count <= 0:
        return value, end, False
    added = count * _unit_days(second)
    if added >= size:
        return value, end, False
    return value + added / size, stop, True


def _unit_days(unit: str) -> Fraction:
    """Return the length in days of one of a time unit as written.

    >>> _unit_days("fortnight"), _unit_days("month") * 12 == _unit_days("year")
    (Fraction(14, 1), True)
    """
    return _DAYS[TIME_UNITS[unit]] * _TIME_MULTIPLES.get(unit, 1)


def _time_step(unit: str | None) -> Fraction:
    """Return one of the next smaller unit, counted in ``unit``, or 0.

    >>> _time_step("week"), _time_step("year"), _time_step("minute"), _time_step("mile")
    (Fraction(1, 7), Fraction(1, 12), Fraction(0, 1), Fraction(0, 1))
    """
    if unit not in TIME_UNITS or TIME_UNITS[unit] not in _SMALLER_UNIT:
        return Fraction(0)
    return _DAYS[_SMALLER_UNIT[TIME_UNITS[unit]]] / _unit_days(unit)


def _detail(
    text: str,
    tokens: list[Token],
    start: int,
    end: int,
    value: float | tuple[float, float],
    unit: str | None,
    qualifier: str | None,
) -> Detail:
    """Return the quantity, or the duration with its event, over tokens ``start`` to ``end``."""
    kind, about = Kind.QUANTITY, None
    if unit in TIME_UNITS:
        if (times := _TIME_MULTIPLES.get(unit)) is not None:  # "a fortnight": two weeks
            value = (
                (value[0] * times, value[1] * times) if isinstance(value, tuple) else value * times
            )
        kind, unit = Kind.DURATION, TIME_UNITS[unit]
        about = _event_near(tokens, start, end)
    span_start, span_end = tokens[start].start, tokens[end - 1].end
    return Detail(
        kind=kind,
        text=text[span_start:span_end],
        start=span_start,
        end=span_end,
        value=value,
        unit=unit,
        qualifier=qualifier,
        about=about,
    )


def _currency_start(tokens: list[Token], index: int, floor: int) -> int:
    """Return where the currency sign of the number at ``index`` starts ("US$"), or ``index``."""
    if not (currency_before(tokens, index) and index - 1 >= floor):
        return index
    us = index - 2 >= floor and tokens[index - 2].text == "US"
    return index - 2 if us and glued(tokens, index - 2, index - 1) else index - 1


def _dash_number(tokens: list[Token], index: int) -> bool:
    """Return whether a dash at ``index`` joins the number before it to digits after it."""
    if not (free(tokens, index + 1) and tokens[index].text in _DASHES):
        return False
    return tokens[index + 1].text[0].isdecimal() and glued(tokens, index - 1, index + 1)


def _scale_of(tokens: list[Token], end: int) -> int:
    """Return the scale the number ending before ``end`` was given: 10**6 for "15 million"."""
    last = tokens[end - 1].low
    match = NUMERIC_RE.fullmatch(last)
    suffix = match.group(2) if match else last
    return SCALES.get(suffix, 1)


def _year_like(tokens: list[Token], index: int, end: int) -> bool:
    """Return whether the number from ``index`` to ``end`` is four digits that may be a year."""
    text = tokens[index].text
    return end == index + 1 and len(text) == 4 and text.isdecimal() and int(text) in _YEARS


def _after_change(tokens: list[Token], index: int) -> bool:
    """Return whether a verb or noun of change comes just before ``index`` ("rose sharply")."""
    at = index - 1
    while at >= 0 and tokens[at].is_word and tokens[at].low.endswith("ly"):
        at -= 1
    return at >= 0 and tokens[at].is_word and tokens[at].low in CHANGE_WORDS


def _range_at(text: str, tokens: list[Token], index: int, floor: int) -> tuple[Detail, int] | None:
    """Return the range ("10-15 people", "between 10 and 15") at ``index`` and the index after."""
    low = number_at(tokens, index)
    if low is None:
        return None
    first = _currency_start(tokens, index, floor)
    opener = None
    if first - 1 >= floor and tokens[first - 1].is_word:
        opener = tokens[first - 1].low if tokens[first - 1].low in ("between", "from") else None
    if opener == "from" and _after_change(tokens, first - 1):
        return None
    value, end, unit = low
    if opener == "between":  # "between two hundred and three hundred"
        cut = next((i for i in range(index, end) if tokens[i].low == "and"), None)
        low = low if cut is None else number_at(tokens, index, limit=cut)
        if low is None:
            return None
        value, end, unit = low
    if first < index:
        unit = CURRENCIES[tokens[index - 1].text]  # "$10-15bn"
    if not free(tokens, end):
        return None
    dash = _dash_number(tokens, end) or (
        tokens[end].text in _DASHES
        and free(tokens, end + 2)
        and tokens[end + 1].text in CURRENCIES
        and tokens[end + 2].text[0].isdecimal()
        and glued(tokens, end - 1, end + 2)
    )  # "10-15", "$10m-$15m"
    if not (dash or tokens[end].low == "to" or (tokens[end].low == "and" and opener == "between")):
        return None
    at = end + 1
    if free(tokens, at + 1) and tokens[at].text in CURRENCIES and glued(tokens, at, at + 1):
        unit, at = unit or CURRENCIES[tokens[at].text], at + 1
    if not free(tokens, at):
        return None
    high = digits_at(tokens, at, after_dash=True) if dash else number_at(tokens, at)
    if high is None:
        return None
    top, stop, top_unit = high
    unit = unit or top_unit
    given = unit is not None  # by a currency sign or a glued unit: no head noun to read
    after = stop
    if not given:
        unit, after = head_noun(tokens, stop, top)
    if _scale_of(tokens, end) == 1 and value < top / _scale_of(tokens, stop):
        value *= _scale_of(tokens, stop)  # "10-15 million"
    if not value < top or (dash and unit in SCORE_NOUNS) or (opener is None and unit is None):
        return None
    plural = after > stop and looks_plural(tokens[after - 1].low)
    years = _year_like(tokens, index, end) and _year_like(tokens, at, stop)
    if years and not given and not plural:
        return None  # "between 2019 and 2022", "the 2019-2022 period"
    start = first - 1 if opener else first
    interval = (float(value), float(top))
    return _detail(text, tokens, start, after, interval, unit, "range"), after


def _vague_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the vague multiple ("dozens of people", "tens of thousands") at ``index``."""
    token = tokens[index]
    if not token.is_word or token.low not in VAGUE_MULTIPLES:
        return None
    if token.low == "scores" and index > 0 and tokens[index - 1].low in DETERMINERS:
        return None  # "their scores of"
    low, high = VAGUE_MULTIPLES[token.low]
    words, end = [token.low], index + 1
    if free(tokens, end + 1) and tokens[end].low == "of" and tokens[end + 1].low in _PLURAL_SCALES:
        scale = _MULTIPLE_SIZES[tokens[end + 1].low]
        if scale > _MULTIPLE_SIZES[token.low]:  # "tens of thousands"
            low, high = low * scale, high * scale
            words, end = [*words, "of", tokens[end + 1].low], end + 2
    unit, after = None, end
    counted = free(tokens, end + 1) and tokens[end].low == "of" and tokens[end + 1].is_word
    if counted and tokens[end + 1].low not in NUMBER_WORDS:
        unit, after = head_noun(tokens, end + 1, Fraction(2))
        after = end if unit is None else after
    elif len(words) == 1:
        return None  # "hundreds" alone, "scores of 50"
    interval = (float(low), float(high))
    return _detail(text, tokens, index, after, interval, unit, " ".join(words)), after


def _event_near(tokens: list[Token], first: int, after: int) -> str | None:
    """Return the event (see duration_event) of the duration over tokens ``first`` to ``after``."""
    compound = after - first >= 3 and tokens[after - 2].text == "-"
    if compound and glued(tokens, after - 3, after - 1):  # "a two-year prison sentence"
        found = _event_in_phrase(tokens, after)
        if found:
            return found
    if free(tokens, after) and tokens[after].low == "of":  # "ten months of (the) war"
        found = _event_in_phrase(tokens, after + 1)
        if found:
            return found
    if _pushed_back(tokens, first):
        return "delay"
    if found := _event_before(tokens, first):
        return found
    words = 0
    for at in range(after, min(after + 3 * _EVENT_WORDS_AFTER, len(tokens))):
        if words >= _EVENT_WORDS_AFTER or _ends_clause(tokens, at):
            break
        if found := _event_at(tokens, at):
            return found
        words += tokens[at].text[0].isalnum()
    return None


def _pushed_back(tokens: list[Token], first: int) -> bool:
    """Return whether "pushed (the project) back by" comes just before token ``first``."""
    if first < 2 or tokens[first - 1].low != "by" or tokens[first - 2].low != "back":
        return False
    for at in range(first - 3, max(first - 3 - _EVENT_WORDS_AFTER, -1), -1):
        if _ends_clause(tokens, at):
            return False
        if tokens[at].low in _PUSH_VERBS:
            return True
    return False


def _event_before(tokens: list[Token], first: int) -> str | None:
    """Return the nearest event noun before token ``first`` in its clause, or None.

    An event past a comma that turns out to lie in a subordinate clause ("although the
    talks failed, for two years ...") is not the duration's.
    """
    found, comma = None, False
    for at in range(first - 1, max(first - _EVENT_TOKENS_BEFORE, 0) - 1, -1):
        if _ends_clause(tokens, at):
            relative = tokens[at].text == "," and tokens[at + 1].low in _RELATIVES
            if found is None and relative and at > 0:
                return _event_at(tokens, at - 1)  # "the truce, which lasted two weeks"
            return None if tokens[at].low in _SUBORDINATORS else found
        comma = comma or tokens[at].text == ","
        if found is None and (found := _event_at(tokens, at)) and not comma:
            return found
    return found


def _event_in_phrase(tokens: list[Token], index: int) -> str | None:
    """Return the last event noun of the noun phrase at ``index`` ("the heavy fighting")."""
    found = None
    for at in range(index, min(index + _EVENT_WORDS_AFTER, len(tokens))):
        token = tokens[at]
        possessive = token.text in ("'", "’") or (token.low == "s" and glued(tokens, at - 1, at))
        if token.low in DETERMINERS or possessive or token.text == "-":
            continue
        if not token.is_word or token.low in STOP_WORDS:
            break
        found = _event_at(tokens, at) or found
    return found


def _event_at(tokens: list[Token], index: int) -> str | None:
    """Return the event the word at ``index`` names, or None ("fighting" -> "war")."""
    token = tokens[index]
    if not token.is_word:
        return None
    if index >= 2 and tokens[index - 1].text == "-" and glued(tokens, index - 2, index):
        return None  # the tail of a compound: "long-term", "anti-war"
    word = token.low
    if word in DELAY_VERBS:
        return "delay"  # "delayed by six months", "postponed for a year"
    joined = free(tokens, index + 2) and tokens[index + 1].text == "-"
    if joined and tokens[index + 2].is_word and glued(tokens, index, index + 2):
        word = f"{word}-{tokens[index + 2].low}"  # "cease-fire"
    return EVENTS.get(word) or EVENTS.get(singular(word))


def _ends_clause(tokens: list[Token], index: int) -> bool:
    """Return whether the token at ``index`` ends a clause (see _CLAUSE_MARKS)."""
    token = tokens[index]
    if token.text in _CLAUSE_MARKS or token.low in _SUBORDINATORS:
        return True
    if token.text in _DASHES:
        return not glued(tokens, index - 1, index + 1)
    opener = free(tokens, index + 1) and tokens[index + 1].low in _CLAUSE_OPENERS
    return token.text == "," and opener


def _period_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the duration "in its third week" (2 to 3 weeks) at ``index``, qualifier "ordinal".

    "in"/"into" or a form of "enter", then a possessive, or "the" with "of the ..." after
    ("in the second year of the war"), then an ordinal and a time unit.
    """
    token = tokens[index]
    if not token.is_word or (token.low not in _INTO_WORDS and token.low not in _ENTER_WORDS):
        return None
    det = index + 1
    if not free(tokens, det + 1):
        return None
    determiner = tokens[det].low
    if determiner != "the" and determiner not in POSSESSIVE_PRONOUNS:
        return None
    ordinal = ordinal_at(tokens, det + 1)
    if ordinal is None:
        return None
    value, at, _ = ordinal
    if not (free(tokens, at) and tokens[at].is_word and tokens[at].low in TIME_UNITS):
        return None
    if free(tokens, at + 1) and tokens[at + 1].text == "-":
        return None  # "in its first year-long ..."
    if determiner == "the":
        follows = [t.low for t in tokens[at + 1 : at + 3] if not t.blocked]
        owners = {"the", "a", "an"} | POSSESSIVE_PRONOUNS
        if len(follows) < 2 or follows[0] != "of" or follows[1] not in owners:
            return None  # "in the first week of March" is a date
    start = index if token.low in _INTO_WORDS else det
    interval = (float(value - 1), float(value))
    return _detail(text, tokens, start, at + 1, interval, tokens[at].low, "ordinal"), at + 1


def _zero_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the zero count at ``index``: "no casualties", "none of the passengers", "no one".

    "no" needs a plural noun right after it that is counted (not "no hints that", "no
    plans to"); "no one" and "nobody" need a verb that counts people ("was hurt", "has
    been charged", "died"), so that "no one knows" is no count.
    """
    token = tokens[index]
    if not token.is_word:
        return None
    word = token.low
    if word == "nobody" or (
        word == "no" and free(tokens, index + 1) and tokens[index + 1].low == "one"
    ):
        end = index + 1 if word == "nobody" else index + 2
        if not _counts_people(tokens, end):
            return None
        return _zero_detail(text, tokens, index, end, "person"), end
    if word == "none":
        follows = [t.low for t in tokens[index + 1 : index + 3] if not t.blocked]
        if len(follows) < 2 or follows[0] != "of":
            return None
        if follows[1] not in ("the", "these", "those") and follows[1] not in POSSESSIVE_PRONOUNS:
            return None
        noun = index + 3
    elif word == "no":
        noun = index + 1
    else:
        return None
    if not (free(tokens, noun) and tokens[noun].is_word):
        return None  # "no-fly", "No. 2", "none of the 240 passengers"
    unit, end = head_noun(tokens, noun, Fraction(2))
    if unit is None or unit in TIME_UNITS or unit in _NOT_COUNTED:
        return None
    if not looks_plural(tokens[end - 1].low) or tokens[end - 1].low in _NOT_COUNTED:
        return None  # "no doubt", "no longer", "no news"
    if free(tokens, end) and tokens[end].low in _NOT_COUNTED_AFTER:
        return None  # "no signs of", "no hints that"
    return _zero_detail(text, tokens, index, end, unit), end


def _zero_detail(text: str, tokens: list[Token], start: int, end: int, unit: str) -> Detail:
    """Return the quantity 0 of ``unit`` over tokens ``start`` to ``end``."""
    span_start, span_end = tokens[start].start, tokens[end - 1].end
    return Detail(Kind.QUANTITY, text[span_start:span_end], span_start, span_end, 0, unit)


def _counts_people(tokens: list[Token], index: int) -> bool:
    """Return whether the verb at ``index`` counts people: "was hurt", "has been charged"."""
    if not (free(tokens, index) and tokens[index].is_word):
        return False
    word = tokens[index].low
    if word in _COUNTED_VERBS:
        return True
    if word in _BE:
        at = index + 1
    elif word in _HAVE and free(tokens, index + 1) and tokens[index + 1].low == "been":
        at = index + 2
    else:
        return False
    if free(tokens, at) and tokens[at].low.endswith("ly"):
        at += 1  # "was seriously hurt"
    if not (free(tokens, at) and tokens[at].is_word) or tokens[at].low in STOP_WORDS:
        return False
    participle = tokens[at].low
    return participle in _IRREGULAR_PARTICIPLES or (
        len(participle) > 4 and participle.endswith("ed")
    )
