"""Ranks in running text: ordinals, superlatives, chart positions, medals and wins.

rank_at(text, tokens, index)      -> the rank starting at a token and the index after it, or None
won_place(text, tokens, details)  -> first place for a win ("won the final"), or None
ordinal_at(tokens, index)         -> the ordinal at a token ("third", "21st", "twenty-first")

numbers.find_numbers reads ranks and quantities in one pass over a sentence's tokens: at
each token it tries rank_at first, skips an ordinal that ranks nothing ("his first
visit"), then tries a quantity; won_place is read when the pass is done, from all the
details found. The number words, head nouns and possessives are read by numerals.py.

A rank is a place (``value``) on a scale (``unit`` "of 142" from "among/of/out of
142") of something (``about``: what is ranked, lowercase, folded by RANK_SYNONYMS so
that hike/rise/increase, reduction/cut, victory/win, biggest/largest compare):

=======================================================  =====  ===================
words                                                    value  about
=======================================================  =====  ===================
the third-largest, Europe's second largest, 2nd-biggest  3, 2   "largest"
the third most punctual, India's second most populous    3, 2   "most punctual"...
the fourth-ranking Republican, the 2nd-ranked team       4, 2   "ranking"
the most punctual, India's most populous city, the       1      "most punctual",
world's longest (rail tunnel), the city's longest-ever          "longest" ("-ever"
heatwave, the fastest-growing economy, the top-ranked           dropped; other
team                                                            compounds kept:
                                                                "fastest-growing")
finished fourth, came 12th, placed 21st, finishing       4...   "place"
first, sits third, took second place, in sixth place,
161st place out of 180, third-placed, qualified second
rose to fifth (in the world rankings), moved up to       5...   "place"
third, fell to 12th: a chart verb, "to" and no noun
after the ordinal
topped the (UK singles) chart/table/poll/list...,        1      "place"
took the top spot, finished top
peaked at number two, reached No. 1, went to No 3,       2...   "place"
debuted at number two, entered the Billboard 200 at
No. 3, climbed three places to No. 2, world No. 4, No.
3 on the Billboard 200
pole position; took pole, started from pole              1      "place"
won gold/silver/bronze, took bronze, a bronze medal      1/2/3  "place"
runner-up, runners-up                                    2      "place"
won the (200m) final, won the title/tournament/cup/      1      "place"
race/Grand Prix/league, lifted the trophy: only in a
sentence with no other rank, no ordinal and no word of
_RANK_WORDS ("behind"); the span is the verb
the team's first win of the season, its tenth hike in a  1...   "win", "increase",
row, ninth consecutive increase, its 14th straight              "year"...: the noun
hike, the seventh year running, its third cut                   it counts
ranked twelfth, ranks 52nd among 142 countries           12...  None (the scale is
                                                                not said)
=======================================================  =====  ===================

A superlative without an ordinal is rank 1 only after "the" or a possessive ("the",
"its", "India's", "states'") and before a noun or one of "in", "of", "among", "by",
"since", "ever", "on": "the largest." at the end of a clause, "one of the largest",
"among Europe's busiest", "the latest", "to the best of my knowledge" and "the most
votes" (no adjective) are no ranks. "Longest-ever" is read as "longest": "ever" says
no more than the superlative does.

An ordinal counts a noun ("first win") when the noun is a series: a word of sequence
before it (consecutive, straight, successive), a tail after it ("in a row", "running",
"in succession", "of the season", "this year"), or a possessive before an ordinal
past "first" ("its tenth hike", "his second term"). "His first visit in three years"
is no rank: it says how long since the last visit, and that duration is the fact.

Not ranks: word ordinals with none of the above ("the second time", "at first",
"first of all", "his first visit"); an ordinal before a noun of _NOT_RANKED ("the first
half", "for the first time", "the 21st century", "his 80th birthday") or before a
capitalised word (a name: "the Second World War", "the 5th Fleet"); "first-hand",
"third-party" and other hyphened words; "No. 10 Downing Street" (a name after the
number); "moved to third reading" (a noun after the ordinal); wins that are no places:
"won the election" (a winner may have come second in the popular vote), "won the
vote", "won the case", "won approval", "won the final vote" (the competition is not the
head), "won the race for mayor", "won the title for the third time" (an ordinal: the
sentence counts titles). Digit ordinals otherwise are always ranks, about None unless
the words above say more.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Detail, Kind
from ..text.lexicon import word_set
from ..text.tokens import Token
from .numerals import (
    DETERMINERS,
    MAX_HEAD_WORDS,
    NUMBER_WORDS,
    NUMERIC_RE,
    ORDINALS,
    POSSESSIVE_PRONOUNS,
    STOP_WORDS,
    TENS,
    determiner_start,
    digits_value,
    free,
    glued,
    head_noun,
    is_model_number,
    looks_plural,
    number_at,
    plain,
    possessive_before,
    singular,
    words_at,
)

__all__ = ["ordinal_at", "rank_at", "won_place"]


# Verbs after which an ordinal is a finishing position (about "place"): "finished
# fourth", "came 12th", "placed 21st", "qualified second"; RANK_VERBS adds those that
# rank on a scale left unsaid ("ranked twelfth", about None).
FINISH_VERBS = word_set(
    """finish finishes finished finishing come comes came coming place places placed placing
    end ends ended ending sit sits sat lie lies qualify qualifies qualified qualifying"""
)
RANK_VERBS = FINISH_VERBS | word_set("rank ranks ranked ranking rate rates rated stood stands")
# What a rank ranks (its ``about``), folded where reporters use several words for one
# thing, so that "its tenth hike" meets "its ninth consecutive increase" and "the
# country's biggest bank" meets "its second-largest bank".
RANK_SYNONYMS = {
    "hike": "increase", "rise": "increase", "raise": "increase",
    "reduction": "cut", "decrease": "cut",
    "victory": "win",
    "biggest": "largest",
    "ranked": "ranking", "placed": "place", "position": "place", "spot": "place",
}  # fmt: skip
# Words ending in "-est" that are not superlatives.
_NOT_SUPERLATIVES = word_set(
    """latest interest request protest contest forest harvest arrest suggest honest modest
    manifest inquest conquest digest behest invest attest detest bequest tempest unrest
    priest earnest midwest southwest northwest"""
)
# Adjectives without a telling ending that "most" and "least" turn into superlatives.
_PLAIN_ADJECTIVES = word_set(
    """corrupt popular senior junior common recent modern deadly costly wealthy healthy
    lively friendly ugly busy happy easy heavy risky"""
)
_ADJECTIVE_ENDINGS = (
    "ous", "ful", "al", "ive", "able", "ible", "ic", "ent", "ant", "ary", "ed", "ing",
    "less", "ile", "ish", "ory", "ate", "ern",
)  # fmt: skip
# What may follow a superlative that has no ordinal, besides a noun: "the most punctual
# in Europe", "the largest of the 27", "the highest since 2008", "the longest ever".
_AFTER_SUPERLATIVE = word_set("in of among by since ever on")
# Words before "the"/a possessive that make a superlative one of several: "one of the
# largest", "among Europe's busiest".
_NOT_FIRST = word_set("of among amongst")
# Nouns that follow "topped the ..." when it is a chart: "topped the UK singles chart".
CHARTS = word_set(
    """chart charts table tables poll polls standings ranking rankings list league
    leaderboard index report survey billboard classification"""
)
_CHART_WINDOW = 5
# Verbs before "at"/"to" that make "number two" a chart position: "peaked at number two",
# "entered the Billboard 200 at No. 3", "climbed three places to No. 2"; and before "to"
# that make a bare ordinal one: "rose to fifth in the world rankings".
_CHART_VERBS = word_set(
    """peak peaks peaked debut debuts debuted enter enters entered climb climbs climbed rise
    rises rose risen fall falls fell fallen drop drops dropped slip slips slipped jump jumps
    jumped return returns returned go goes went shoot shoots shot soar soars soared stay
    stays stayed remain remains remained sit sits sat chart charts charted land lands landed
    back move moves moved slide slides slid tumble tumbles tumbled leap leaps leapt leaped
    plunge plunges plunged sink sinks sank"""
)
# How many tokens may stand between a chart verb and the "at"/"to" before a position:
# "entered [the Billboard 200] at No. 3", "climbed [three places] to No. 2".
_CHART_VERB_GAP = 6
# Words that end the words between a chart verb and its "at"/"to": another clause.
_CHART_BREAKS = word_set("and but or which who that when while after before because")
# Words right before "number two" that make it a position without "at"/"to".
_CHART_BEFORE = word_set("reached reach reaches reaching hit hits hitting world")
MEDALS = {"gold": 1, "silver": 2, "bronze": 3}
_MEDAL_VERBS = word_set(
    """win wins won winning take takes took taking claim claims claimed claiming clinch
    clinches clinched secure secures secured grab grabbed bag bagged earn earns earned
    collect collected scoop scooped"""
)
_MEDAL_NOUNS = word_set("medal medals medallist medallists medalist medalists")
# Words before a bare "pole" that make it pole position: "took pole", "starts from pole".
_POLE_BEFORE = _MEDAL_VERBS | word_set("on from")
# Verbs of winning a competition ("won the final", "lifted the cup") and the nouns of the
# competitions they win: a win is first place (see _won_at).
_WIN_VERBS = _MEDAL_VERBS | word_set(
    "lift lifts lifted lifting capture captures captured capturing"
)
COMPETITIONS = word_set(
    """final title tournament championship championships race prix cup trophy marathon
    league stage derby masters"""
)
# Words after a competition noun that make it something else: "the race for mayor", "the
# race to build a vaccine", "the title of best actor".
_NOT_COMPETITION_AFTER = word_set("for to of")
_WIN_WINDOW = 6
# Words that say a sentence speaks of places other than the winner's: with one of them
# (or any ordinal, or a rank read: "runner-up", "bronze") a win is not read as first
# place ("she finished behind the woman who won the race").
_RANK_WORDS = word_set("podium behind place placed placing position")
_TAKE = word_set("take takes took taken taking")
# Nouns naming a finishing position after an ordinal: "second place", "sixth position".
_PLACE_NOUNS = word_set("place position spot")
# Nouns an ordinal does not rank: parts ("the first half"), ages and eras ("his 80th
# birthday", "the 21st century"), set phrases ("the first time", "first lady").
_NOT_RANKED = word_set(
    """time times half halves quarter quarters third thirds century centuries anniversary
    birthday amendment floor hand lady person class world degree language aid minister"""
)
# Words after an ordinal that are not the noun it counts: "his first abroad".
_NOT_NOUNS = word_set("abroad ever again home yet today tonight")
# Words between an ordinal and its noun, and words after the noun, that make the noun
# a series ("ninth consecutive increase", "tenth hike in a row", "the seventh year
# running"), so that the ordinal ranks it without a possessive before it.
_SEQUENCE_WORDS = word_set("consecutive straight successive")
_SERIES_TAILS = (("in", "a", "row"), ("running",), ("in", "succession"))
# Periods after "of the" / "this" that make a noun a series: "the first win of the season".
_PERIODS = word_set(
    """season year month week day decade campaign tournament championship competition
    series term game match race"""
)
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def rank_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the rank starting at token ``index`` and the index after it, or None.

    An ordinal that ranks ("finished fourth", "its tenth hike", "third-largest"), a chart
    or sport idiom ("topped the chart", "No. 3", "won gold", "runner-up"), or a
    superlative without an ordinal ("the most punctual"): see the module docstring.
    """
    return (
        _ordinal_rank_at(text, tokens, index)
        or _chart_at(text, tokens, index)
        or _superlative_at(text, tokens, index)
    )


def won_place(text: str, tokens: list[Token], details: Sequence[Detail]) -> Detail | None:
    """Return first place for the first win of a competition ("won the final"), or None.

    ``details`` are all the numbers read in the sentence: a win is read only when none of
    them is a rank and the sentence has no ordinal nor a word of _RANK_WORDS ("behind"),
    as "she finished behind the woman who won the race" speaks of another's win.
    """
    if any(d.kind is Kind.RANK for d in details) or _speaks_of_places(tokens):
        return None
    return _won_at(text, tokens, details)


def ordinal_at(tokens: list[Token], index: int) -> tuple[int, int, bool] | None:
    """Return the ordinal at ``index``, the index after it, and whether it is in digits."""
    token = tokens[index]
    if token.blocked:
        return None
    match = NUMERIC_RE.fullmatch(token.text)
    if match is not None:
        digits, suffix = match.groups()
        ordinal = suffix.lower() in _ORDINAL_SUFFIXES and "." not in digits
        if ordinal and not is_model_number(tokens, index):
            value = digits_value(digits)
            return None if value is None else (int(value), index + 1, True)
        return None
    if token.low in ORDINALS:
        return ORDINALS[token.low], index + 1, False
    if token.low in TENS and free(tokens, index + 2) and tokens[index + 1].text == "-":
        after = tokens[index + 2].low
        if after in ORDINALS and ORDINALS[after] < 10 and glued(tokens, index, index + 2):
            return TENS[token.low] + ORDINALS[after], index + 3, False  # "twenty-first"
    return None


def _speaks_of_places(tokens: list[Token]) -> bool:
    """Return whether a sentence has an ordinal or a word of _RANK_WORDS ("behind")."""
    for index, token in enumerate(tokens):
        if token.low == "place" and index > 0 and tokens[index - 1].low in _TAKE:
            continue  # "the final took place in Paris"
        if token.low in _RANK_WORDS or ordinal_at(tokens, index) is not None:
            return True
    return False


def _won_at(text: str, tokens: list[Token], details: Sequence[Detail]) -> Detail | None:
    """Return first place for the first win of a competition: "won the final", or None.

    A verb of _WIN_VERBS, "the" or a possessive, then up to a few words (names, "200m",
    "Sunday's") ending in a noun of COMPETITIONS that is the head of its phrase: "won the
    200m final", "won the Monaco Grand Prix", "lifted the cup". The span is the verb, as
    "topped" is. Not a win: "won the election" (a winner may have come second in the
    popular vote), "won the vote", "won the case", "won approval", "won the final vote"
    (no competition at the head), "won the race for mayor" (a race for an office).
    """
    ends = [d.end for d in details]  # in order: one pass over them finds any overlap
    cursor = 0
    for index, token in enumerate(tokens):
        while cursor < len(details) and ends[cursor] <= token.start:
            cursor += 1
        if not token.is_word or token.low not in _WIN_VERBS or index + 2 >= len(tokens):
            continue
        if cursor < len(details) and details[cursor].start < token.end:
            continue  # the verb is inside another detail
        owner = tokens[index + 1]
        determiner = owner.is_word and (owner.low == "the" or owner.low in POSSESSIVE_PRONOUNS)
        named = owner.blocked or owner.text[0].isupper()  # "won Sunday's final"
        if not (determiner or (named and tokens[index + 2].text in ("'", "’"))):
            continue
        if not _competition_after(tokens, index + 2 if determiner else index + 1):
            continue
        return _rank_detail(text, tokens, index, index + 1, 1, "place")
    return None


def _competition_after(tokens: list[Token], index: int) -> bool:
    """Return whether the noun phrase at ``index`` ends in a competition ("200m final").

    Words taken by another reader (a date: "the 2019 final") may be part of the phrase.

    >>> from factdiff.extract.numerals import TOKEN_RE
    >>> from factdiff.text.tokens import tokenise
    >>> def competition(words):
    ...     return _competition_after(tokenise(TOKEN_RE, words), 0)
    >>> [competition(w) for w in ("200m final in Paris", "Monaco Grand Prix", "Sunday's final")]
    [True, True, True]
    >>> [competition(w) for w in ("election", "final vote", "race for mayor", "final-round")]
    [False, False, False, False]
    """
    for at in range(index, min(index + _WIN_WINDOW, len(tokens))):
        token = tokens[at]
        if token.blocked:
            continue
        if token.is_word and token.low in COMPETITIONS:
            after = tokens[at + 1] if free(tokens, at + 1) else None
            if after is None or not after.is_word:
                return after is None or after.text != "-"  # "the final-round vote"
            return after.low in STOP_WORDS and after.low not in _NOT_COMPETITION_AFTER
        if token.is_word and token.low in STOP_WORDS:
            return False
        if not (token.is_word or token.text[0].isdecimal() or token.text in ("'", "’")):
            return False
    return False


def _ordinal_rank_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the rank read from the ordinal at ``index`` and the index after it.

    What it ranks comes from the words after the ordinal (a superlative, "place"), else
    from a finishing verb before it ("place"), else from the noun it counts when that
    noun is a series (see _ranked_noun). A word ordinal with none of these, nor a total
    ("of 142") nor a ranking verb, is no rank; a digit ordinal is one all the same.
    """
    ordinal = ordinal_at(tokens, index)
    if ordinal is None:
        return None
    value, end, in_digits = ordinal
    nxt = end + 1 if free(tokens, end) and tokens[end].text == "-" else end
    named = free(tokens, nxt) and tokens[nxt].is_word and tokens[nxt].text[0].isupper()
    if named or (free(tokens, nxt) and tokens[nxt].low in _NOT_RANKED):
        return None  # "the first half", "the 21st century", "the Second World War"
    read = _after_ordinal(tokens, end)
    if read is None:
        return None  # "first-hand", "third-party"
    about, end = read
    unit, after = _rank_total(tokens, end)
    verb = _rank_verb_before(tokens, index)
    if about is None and (verb in FINISH_VERBS or _moved_to_place(tokens, index, end)):
        about = "place"  # "finished fourth", "rose to fifth in the world rankings"
    if about is None and unit is None and (noun := _ranked_noun(tokens, index, end)):
        about, after = noun
    if about is None and unit is None and verb is None and not in_digits:
        return None
    return _rank_detail(text, tokens, index, after, value, about, unit), after


def _rank_detail(
    text: str,
    tokens: list[Token],
    start: int,
    end: int,
    value: int,
    about: str | None,
    unit: str | None = None,
) -> Detail:
    """Return the rank over tokens ``start`` to ``end``."""
    span_start, span_end = tokens[start].start, tokens[end - 1].end
    return Detail(
        Kind.RANK, text[span_start:span_end], span_start, span_end, value, unit, about=about
    )


def _after_ordinal(tokens: list[Token], end: int) -> tuple[str | None, int] | None:
    """Return what the words right after an ordinal say it ranks, and the index after them.

    None when a hyphened word makes the ordinal no rank ("first-hand", "third-party").
    """
    hyphen = free(tokens, end + 1) and tokens[end].text == "-" and glued(tokens, end - 1, end + 1)
    if hyphen and tokens[end + 1].is_word:
        word = tokens[end + 1].low
        if word == "ever":
            return None, end + 2  # "its first-ever win": the noun says
        if read := _superlative_words(tokens, end + 1):
            return read  # "third-largest", "second-most populous"
        if word in ("ranking", "ranked", "placed", "place"):
            return RANK_SYNONYMS.get(word, word), end + 2  # "fourth-ranking", "third-placed"
        return None
    if free(tokens, end) and tokens[end].low in _PLACE_NOUNS:
        return "place", end + 1  # "second place"
    return _superlative_words(tokens, end) or (None, end)  # "third most punctual"


def _ranked_noun(tokens: list[Token], index: int, end: int) -> tuple[str, int] | None:
    """Return the noun the ordinal at ``index`` counts, folded, and the index after it.

    The noun (the last of up to three lowercase words) is ranked when it is a series: a
    word of sequence before it ("ninth consecutive increase"), a tail after it ("in a
    row", "running", "of the season", "this year": "the team's first win of the
    season"), or a possessive before an ordinal past "first" ("its tenth hike"). "His
    first visit in three years" is no rank: it says how long since the last visit, and
    that duration is the fact.
    """
    at = end
    series = False
    while free(tokens, at) and tokens[at].low in _SEQUENCE_WORDS:
        series, at = True, at + 1
    head, stop = None, at
    while stop - at < MAX_HEAD_WORDS and free(tokens, stop):
        token = tokens[stop]
        low = token.low
        if not token.is_word or token.text != low or low in STOP_WORDS or low in _NOT_NOUNS:
            break
        if low in NUMBER_WORDS or low in ORDINALS or low.endswith("ly"):
            break
        if head and low.endswith(("ed", "ing")):
            break
        head, stop = low, stop + 1
        if looks_plural(low):
            break
    if head is None:
        return None
    noun = singular(head)
    if noun in _NOT_RANKED:
        return None
    owned = possessive_before(tokens, index) and tokens[index].low not in ("first", "1st")
    if not (series or owned or _series_after(tokens, stop)):
        return None
    return RANK_SYNONYMS.get(noun, noun), stop


def _series_after(tokens: list[Token], index: int) -> bool:
    """Return whether a tail that makes a series starts at ``index`` ("in a row")."""
    words = [t.low for t in tokens[index : index + 3] if not t.blocked]
    if any(tuple(words[: len(tail)]) == tail for tail in _SERIES_TAILS):
        return True
    if words[:2] == ["of", "the"] and words[2:] and words[2] in _PERIODS:
        return True  # "the first win of the season"
    return words[:1] == ["this"] and words[1:2] != [] and words[1] in _PERIODS


def _superlative_words(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """Return the superlative at ``index``, as what it ranks, and the index after it.

    "most"/"least" and an adjective ("most punctual"); a word in "-est" ("largest",
    "busiest") or "best"/"worst", with a hyphened word kept ("fastest-growing") but
    "-ever" dropped ("longest-ever" ranks "longest"); "highest-ranking" ranks "ranking".
    """
    if not free(tokens, index) or not tokens[index].is_word:
        return None
    token = tokens[index]
    if token.text != token.low:
        return None  # "Budapest", "the West"
    word = token.low
    if word in ("most", "least"):
        at = index + 1
        if free(tokens, at + 1) and tokens[at].text == "-" and glued(tokens, index, at + 1):
            at += 1  # "most-watched"
        if free(tokens, at) and _adjective(tokens[at]):
            return f"{word} {tokens[at].low}", at + 1
        return None
    hyphen = free(tokens, index + 2) and tokens[index + 1].text == "-"
    hyphen = hyphen and glued(tokens, index, index + 2) and tokens[index + 2].is_word
    if word == "top" and hyphen and tokens[index + 2].low in ("ranked", "ranking"):
        return "ranking", index + 3  # "top-ranked"
    if not _is_superlative(word):
        return None
    end = index + 1
    if hyphen:
        suffix = tokens[index + 2].low
        if suffix in ("ranking", "ranked"):
            word = "ranking"
        elif suffix != "ever":
            word = f"{word}-{suffix}"
        end = index + 3
    return RANK_SYNONYMS.get(word, word), end


def _is_superlative(word: str) -> bool:
    """Return whether a lowercase word is a superlative adjective.

    >>> [_is_superlative(w) for w in ("largest", "busiest", "best", "latest", "interest")]
    [True, True, True, False, False]
    """
    if word in ("best", "worst"):
        return True
    return len(word) >= 6 and word.endswith("est") and word not in _NOT_SUPERLATIVES


def _adjective(token: Token) -> bool:
    """Return whether a token looks like an adjective that "most" can grade ("populous")."""
    word = token.low
    if not token.is_word or token.text != word or word in STOP_WORDS or word in NUMBER_WORDS:
        return False
    if word in ("likely", "unlikely"):
        return False
    return word in _PLAIN_ADJECTIVES or (len(word) > 3 and word.endswith(_ADJECTIVE_ENDINGS))


def _superlative_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the rank 1 a superlative without an ordinal gives ("the most punctual").

    The superlative needs "the" or a possessive before it, not after "of"/"among" ("one
    of the largest" is no rank), and a noun or one of _AFTER_SUPERLATIVE after it.
    """
    read = _superlative_words(tokens, index)
    if read is None:
        return None
    about, end = read
    start = determiner_start(tokens, index)
    if start is None or (start > 0 and tokens[start - 1].low in _NOT_FIRST):
        return None
    if not (free(tokens, end) and tokens[end].is_word):
        return None
    after = tokens[end].low
    if after in NUMBER_WORDS or (after in STOP_WORDS and after not in _AFTER_SUPERLATIVE):
        return None
    if after == "of" and about in ("best", "worst"):
        return None  # "to the best of my knowledge"
    unit, end = _rank_total(tokens, end)
    return _rank_detail(text, tokens, index, end, 1, about, unit), end


def _chart_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the rank a chart or sport idiom at ``index`` gives, all about "place".

    "topped the (UK singles) chart/table/poll..." -> 1; "top spot", "finished top" -> 1;
    "peaked at number two", "reached No. 1" -> the number; "won gold/silver/bronze",
    "a bronze medal" -> 1, 2, 3; "runner-up", "runners-up" -> 2.
    """
    token = tokens[index]
    if not token.is_word:
        return None
    word = token.low
    if word in ("topped", "tops", "top", "topping") and _tops_chart(tokens, index):
        return _rank_detail(text, tokens, index, index + 1, 1, "place"), index + 1
    if word == "top" and free(tokens, index + 1) and tokens[index + 1].low in _PLACE_NOUNS:
        return _rank_detail(text, tokens, index, index + 2, 1, "place"), index + 2
    if word == "top" and _rank_verb_before(tokens, index) in FINISH_VERBS:
        return _rank_detail(text, tokens, index, index + 1, 1, "place"), index + 1
    if token.text in ("number", "No") and (
        _chart_position_before(tokens, index) or _position_on_chart(tokens, index)
    ):
        position = _position_at(tokens, index + 1)
        named = position is not None and free(tokens, position[1]) and tokens[position[1]].is_word
        if position is not None and not (named and tokens[position[1]].text[0].isupper()):
            value, end = position  # not "moved to No. 10 Downing Street"
            return _rank_detail(text, tokens, index, end, value, "place"), end
    if word == "pole" and token.text == word:
        return _pole_at(text, tokens, index)
    if word in MEDALS and token.text == word:
        return _medal_at(text, tokens, index)
    runner = word in ("runner", "runners") and free(tokens, index + 2)
    runner = runner and glued(tokens, index, index + 2) and tokens[index + 1].text == "-"
    if runner and tokens[index + 2].low == "up":
        return _rank_detail(text, tokens, index, index + 3, 2, "place"), index + 3
    return None


def _tops_chart(tokens: list[Token], index: int) -> bool:
    """Return whether "topped" at ``index`` tops a chart: "topped the UK singles chart"."""
    if tokens[index].low == "top" and index > 0 and tokens[index - 1].low in DETERMINERS:
        return False  # "the top table"
    at = index + 1
    if not (
        free(tokens, at) and (tokens[at].low == "the" or tokens[at].low in POSSESSIVE_PRONOUNS)
    ):
        return False
    for look in range(at + 1, min(at + 1 + _CHART_WINDOW, len(tokens))):
        token = tokens[look]
        if not token.is_word or token.low in STOP_WORDS:
            return False
        if token.low in CHARTS:
            return True
    return False


def _chart_position_before(tokens: list[Token], index: int) -> bool:
    """Return whether the words before ``index`` make "number two" a chart position.

    "reached"/"hit"/"world" right before it, or "at"/"to"/"from" after a chart verb
    ("debuted at", "entered the Billboard 200 at", "climbed from No. 8 to").
    """
    if index < 1 or not tokens[index - 1].is_word:
        return False
    before = tokens[index - 1].low
    if before in _CHART_BEFORE:
        return True
    return before in ("at", "to", "from") and _chart_verb_before(tokens, index - 1)


def _chart_verb_before(tokens: list[Token], index: int) -> bool:
    """Return whether a chart verb comes before ``index`` in its clause, a few tokens back.

    Words, numbers and a position already read ("from No. 8") may stand between:
    "entered the Billboard 200 at", "climbed three places to", "moved up to".

    >>> from factdiff.extract.numerals import TOKEN_RE
    >>> from factdiff.text.tokens import tokenise
    >>> def verb(words):
    ...     tokens = tokenise(TOKEN_RE, words)
    ...     return _chart_verb_before(tokens, len(tokens) - 1)
    >>> verb("entered the Billboard 200 at"), verb("climbed from No. 8 to")
    (True, True)
    >>> verb("stopped at"), verb("rose and stood at"), verb("rose, then to")
    (False, False, False)
    """
    for at in range(index - 1, max(index - 1 - _CHART_VERB_GAP, -1), -1):
        token = tokens[at]
        if token.is_word and token.low in _CHART_VERBS:
            return True
        if token.is_word and token.low not in _CHART_BREAKS:
            continue
        if token.text[0].isdecimal() or token.text in ("'", "’"):
            continue
        if token.text == "." and at > 0 and tokens[at - 1].text == "No":
            continue
        return False
    return False


def _moved_to_place(tokens: list[Token], index: int, end: int) -> bool:
    """Return whether the ordinal over ``index:end`` is a place moved to: "rose to fifth".

    "to" and a chart verb a few words before it ("moved up to", "dropped three places
    to"), and no noun after it ("moved to third reading" is no place).
    """
    if index < 2 or tokens[index - 1].low != "to" or not tokens[index - 1].is_word:
        return False
    if free(tokens, end) and tokens[end].is_word and tokens[end].low not in STOP_WORDS:
        return False
    return _chart_verb_before(tokens, index - 1)


def _position_on_chart(tokens: list[Token], index: int) -> bool:
    """Return whether "No. 3" at ``index`` is followed by a chart: "No. 3 on the Billboard 200"."""
    position = _position_at(tokens, index + 1)
    if position is None or not free(tokens, position[1]):
        return False
    return tokens[position[1]].low in ("on", "in") and _tops_chart(tokens, position[1])


def _pole_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return first place for "pole position", or "pole" after "took"/"on"/"from" ("on pole")."""
    after = index + 1
    if free(tokens, after) and tokens[after].low == "position":
        return _rank_detail(text, tokens, index, after + 1, 1, "place"), after + 1
    if index < 1 or not tokens[index - 1].is_word or tokens[index - 1].low not in _POLE_BEFORE:
        return None  # "a telegraph pole"
    if free(tokens, after) and tokens[after].is_word and tokens[after].low not in STOP_WORDS:
        return None  # "won pole vault gold"
    if free(tokens, after) and tokens[after].text == "-":
        return None  # "pole-vault"
    return _rank_detail(text, tokens, index, after, 1, "place"), after


def _position_at(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """Return the whole number at ``index`` of "number two", "No. 2", "No 2", and the end."""
    if free(tokens, index + 1) and tokens[index].text == "." and tokens[index - 1].text == "No":
        index += 1
    if not free(tokens, index):
        return None
    if tokens[index].text.isdecimal():
        value = digits_value(tokens[index].text)
        return None if value is None else (int(value), index + 1)
    number = words_at(tokens, index) if tokens[index].is_word else None
    if number is None or number[0].denominator != 1 or number[0] < 1:
        return None
    return int(number[0]), number[1]


def _medal_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the place a medal at ``index`` gives: "a bronze medal", "took bronze"."""
    end = index + 1
    if free(tokens, end) and tokens[end].low in _MEDAL_NOUNS:
        end += 1
    elif free(tokens, end) and tokens[end].is_word and tokens[end].low not in STOP_WORDS:
        return None  # "gold prices"
    elif not _medal_verb_before(tokens, index):
        return None
    return _rank_detail(text, tokens, index, end, MEDALS[tokens[index].low], "place"), end


def _medal_verb_before(tokens: list[Token], index: int) -> bool:
    """Return whether a verb of winning comes before ``index``: "won (Olympic) gold"."""
    for at in range(index - 1, max(index - 4, -1), -1):
        token = tokens[at]
        if not token.is_word:
            return False
        if token.low in _MEDAL_VERBS:
            return True
        if token.low not in DETERMINERS and not token.text[0].isupper():
            return False
    return False


def _rank_total(tokens: list[Token], index: int) -> tuple[str | None, int]:
    """Return the unit "of N" for "among N" / "of N" / "out of N" at ``index``."""
    at = index
    if free(tokens, at + 1) and tokens[at].low == "out" and tokens[at + 1].low == "of":
        at += 2
    elif free(tokens, at) and tokens[at].low in ("among", "of"):
        at += 1
    else:
        return None, index
    if not free(tokens, at):
        return None, index
    number = number_at(tokens, at)
    if number is None:
        return None, index
    total, end, _ = number
    _, end = head_noun(tokens, end, total)
    return f"of {plain(total)}", end


def _rank_verb_before(tokens: list[Token], index: int) -> str | None:
    """Return the ranking verb just before ``index`` ("ranked (the) third"), or None."""
    at = index - 1
    for _ in range(3):
        if at < 0 or not tokens[at].is_word:
            return None
        if tokens[at].low in RANK_VERBS:
            return tokens[at].low
        if tokens[at].low not in ("the", "in", "at"):
            return None
        at -= 1
    return None
