"""Chart positions and sport idioms: "topped the chart", "No. 3", "won gold", "runner-up".

chart_at(text, tokens, index)         -> the rank a chart or sport idiom at a token gives
moved_to_place(tokens, index, end)    -> whether an ordinal is a place moved to ("rose to fifth")

All are about "place": "topped the (UK singles) chart/table/poll..." -> 1; "top spot",
"finished top" -> 1; "peaked at number two", "reached No. 1", "climbed three places to
No. 2", "No. 3 on the Billboard 200" -> the number; "pole position", "took pole" -> 1;
"won gold/silver/bronze", "a bronze medal" -> 1, 2, 3; "runner-up", "runners-up" -> 2.
"No. 10 Downing Street" is no position (a name after the number).

and the tables CHARTS, MEDALS, MEDAL_VERBS (text/lists/numbers-*.txt).
"""

from __future__ import annotations

from ...models import Detail
from ...text.lexicon import counts, words
from ...text.morphology import singular
from ...text.tokens import Token
from ..numerals import (
    DETERMINERS,
    POSSESSIVE_PRONOUNS,
    STOP_WORDS,
    digits_value,
    free,
    glued,
    possessive_before,
    words_at,
)
from .details import FINISH_VERBS, PLACE_NOUNS, rank_detail, rank_verb_before

# Nouns that follow "topped the ..." when it is a chart: "topped the UK singles chart".
CHARTS = words("numbers-charts")
_TOP_FORMS = words("numbers-top-forms")
_CHART_WINDOW = 5
# Verbs before "at"/"to" that make "number two" a chart position: "peaked at number two",
# "entered the Billboard 200 at No. 3", "climbed three places to No. 2"; and before "to"
# that make a bare ordinal one: "rose to fifth in the world rankings".
_CHART_VERBS = words("numbers-chart-verbs")
# How many tokens may stand between a chart verb and the "at"/"to" before a position:
# "entered [the Billboard 200] at No. 3", "climbed [three places] to No. 2".
_CHART_VERB_GAP = 6
# Words that end the words between a chart verb and its "at"/"to": another clause.
_CHART_BREAKS = words("numbers-chart-breaks")
# Words right before "number two" that make it a position without "at"/"to".
_CHART_BEFORE = words("numbers-chart-before")
MEDALS = counts("numbers-medals")
MEDAL_VERBS = words("numbers-medal-verbs")
_MEDAL_NOUNS = words("numbers-medal-nouns")
# Words before a bare "pole" that make it pole position: "took pole", "starts from pole".
_POLE_BEFORE = MEDAL_VERBS | words("numbers-pole-before")
# Posts a "No. 2" ranks: "the No. 2 job", "the party's No. 3 official".
_RANKED_POSTS = words("numbers-ranked-posts")


def chart_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the rank a chart or sport idiom at ``index`` gives, all about "place".

    "topped the (UK singles) chart/table/poll..." -> 1; "top spot", "finished top" -> 1;
    "peaked at number two", "reached No. 1" -> the number; "won gold/silver/bronze",
    "a bronze medal" -> 1, 2, 3; "runner-up", "runners-up" -> 2.
    """
    token = tokens[index]
    if not token.is_word:
        return None
    word = token.low
    if word in _TOP_FORMS and _tops_chart(tokens, index):
        return rank_detail(text, tokens, index, index + 1, 1, "place"), index + 1
    if word == "top" and free(tokens, index + 1) and tokens[index + 1].low in PLACE_NOUNS:
        return rank_detail(text, tokens, index, index + 2, 1, "place"), index + 2
    if word == "top" and rank_verb_before(tokens, index) in FINISH_VERBS:
        return rank_detail(text, tokens, index, index + 1, 1, "place"), index + 1
    if token.text in ("number", "No") and (
        _chart_position_before(tokens, index) or _position_on_chart(tokens, index)
    ):
        position = _position_at(tokens, index + 1)
        named = position is not None and free(tokens, position[1]) and tokens[position[1]].is_word
        if position is not None and not (named and tokens[position[1]].text[0].isupper()):
            value, end = position  # not "moved to No. 10 Downing Street"
            return rank_detail(text, tokens, index, end, value, "place"), end
    if token.text == "No" and _owned(tokens, index):
        ranked = _ranked_post_at(text, tokens, index)
        if ranked is not None:
            return ranked
    if word == "pole" and token.text == word:
        return _pole_at(text, tokens, index)
    if word in MEDALS and token.text == word:
        return _medal_at(text, tokens, index)
    runner = word in ("runner", "runners") and free(tokens, index + 2)
    runner = runner and glued(tokens, index, index + 2) and tokens[index + 1].text == "-"
    if runner and tokens[index + 2].low == "up":
        return rank_detail(text, tokens, index, index + 3, 2, "place"), index + 3
    return None


def _owned(tokens: list[Token], index: int) -> bool:
    """Return whether a determiner or a possessive stands right before ``index``: "the",
    "his", "the party's"."""
    return (index >= 1 and tokens[index - 1].low in DETERMINERS) or possessive_before(tokens, index)


def _ranked_post_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the rank of a post at ``index``: "the No. 2 job" -> 2, about "job"."""
    position = _position_at(tokens, index + 1)
    if position is None:
        return None
    value, end = position
    if not (free(tokens, end) and tokens[end].text.islower() and tokens[end].low in _RANKED_POSTS):
        return None
    return rank_detail(text, tokens, index, end + 1, value, singular(tokens[end].low)), end + 1


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


def moved_to_place(tokens: list[Token], index: int, end: int) -> bool:
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
        return rank_detail(text, tokens, index, after + 1, 1, "place"), after + 1
    if index < 1 or not tokens[index - 1].is_word or tokens[index - 1].low not in _POLE_BEFORE:
        return None  # "a telegraph pole"
    if free(tokens, after) and tokens[after].is_word and tokens[after].low not in STOP_WORDS:
        return None  # "won pole vault gold"
    if free(tokens, after) and tokens[after].text == "-":
        return None  # "pole-vault"
    return rank_detail(text, tokens, index, after, 1, "place"), after


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
    return rank_detail(text, tokens, index, end, MEDALS[tokens[index].low], "place"), end


def _medal_verb_before(tokens: list[Token], index: int) -> bool:
    """Return whether a verb of winning comes before ``index``: "won (Olympic) gold"."""
    for at in range(index - 1, max(index - 4, -1), -1):
        token = tokens[at]
        if not token.is_word:
            return False
        if token.low in MEDAL_VERBS:
            return True
        if token.low not in DETERMINERS and not token.text[0].isupper():
            return False
    return False
