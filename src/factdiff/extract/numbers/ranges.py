"""Ranges: two numbers that bound one quantity ("10-15 people", "between 10 and 15").

range_at(text, tokens, index, floor)  -> the range at a token and the index after it, or None

=====================================================  ============  ===========
words                                                  qualifier     interval
=====================================================  ============  ===========
10-15 X, 10 to 15 X, between 10 and 15 (X),            "range"       (10, 15)
from 10 to 15 (X)
=====================================================  ============  ===========

A range needs its low end below its high end, and a dash or "to" range needs a unit
after it, so that scores ("won 3-1"), years ("2019-2022") and models ("F-16") are
not ranges; two numbers joined by a dash that make no range are not read at all.
Years make a range only of a plural noun ("1900-2000 people", not "the 2019-2022
period"). "from 10 to 15" after a verb of change ("rose from 10 to 15") is a change,
read as two quantities. "10-15 million" gives the scale to both ends.
"""

from __future__ import annotations

from ...models import Detail
from ...text.lexicon import words
from ...text.morphology import looks_plural
from ...text.tokens import Token
from ..numerals import (
    CURRENCIES,
    NUMERIC_RE,
    SCALES,
    currency_start,
    digits_at,
    free,
    glued,
    head_noun,
    number_at,
)
from ..numerals.reading import Reading
from .details import detail
from .edges import DASHES, dash_number, year_like

# Words before "from" that make "from 10 to 15" a change rather than a range.
CHANGE_WORDS = words("numbers-change-words")
# Nouns a dash between two numbers may describe without being a range ("a 3-4 defeat").
SCORE_NOUNS = words("numbers-score-nouns")


def range_at(text: str, tokens: list[Token], index: int, floor: int) -> tuple[Detail, int] | None:
    """Return the range ("10-15 people", "between 10 and 15") at ``index`` and the index after.

    The low end (after "between" or "from", perhaps after a currency sign), then a dash,
    "to" or, after "between", "and", then the high end; then the unit, from a currency
    sign, a glued unit or the noun after the high end.
    """
    low = _low_end(tokens, index, floor)
    if low is None:
        return None
    first, opener, (value, end, unit) = low
    dash = _joined(tokens, end, opener)
    if dash is None:
        return None
    high = _high_end(tokens, end + 1, dash=dash)
    if high is None:
        return None
    at, (top, stop, top_unit), sign_unit = high
    unit = unit or sign_unit or top_unit
    given = unit is not None  # by a currency sign or a glued unit: no head noun to read
    after = stop
    if not given:
        unit, after = head_noun(tokens, stop, top)
    if _scale_of(tokens, end) == 1 and value < top / _scale_of(tokens, stop):
        value *= _scale_of(tokens, stop)  # "10-15 million"
    if not value < top or (dash and unit in SCORE_NOUNS) or (opener is None and unit is None):
        return None
    plural = after > stop and looks_plural(tokens[after - 1].low)
    years = year_like(tokens, index, end) and year_like(tokens, at, stop)
    if years and not given and not plural:
        return None  # "between 2019 and 2022", "the 2019-2022 period"
    start = first - 1 if opener else first
    interval = (float(value), float(top))
    return detail(text, tokens, start, after, interval, unit, "range"), after


def _low_end(tokens: list[Token], index: int, floor: int) -> tuple[int, str | None, Reading] | None:
    """Return where a range at ``index`` starts, its opener ("between", "from") and low end.

    The start is that of a currency sign before the number ("$10-15bn", whose unit the
    sign gives); "from" after a verb of change makes no range ("rose from 10 to 15"); after
    "between" the low end stops at "and" ("between two hundred and three hundred").
    """
    low = number_at(tokens, index)
    if low is None:
        return None
    first = currency_start(tokens, index, floor)
    opener = None
    if first - 1 >= floor and tokens[first - 1].is_word:
        opener = tokens[first - 1].low if tokens[first - 1].low in ("between", "from") else None
    if opener == "from" and _after_change(tokens, first - 1):
        return None
    if opener == "between":  # "between two hundred and three hundred"
        cut = next((i for i in range(index, low[1]) if tokens[i].low == "and"), None)
        low = low if cut is None else number_at(tokens, index, limit=cut)
        if low is None:
            return None
    value, end, unit = low
    if first < index:
        unit = CURRENCIES[tokens[index - 1].text]  # "$10-15bn"
    return first, opener, (value, end, unit)


def _joined(tokens: list[Token], end: int, opener: str | None) -> bool | None:
    """Return whether the word or mark at ``end`` joining two ends of a range is a dash.

    A dash to digits ("10-15", "$10m-$15m"), "to", or "and" after "between"; None when
    the token at ``end`` joins no range.
    """
    if not free(tokens, end):
        return None
    dash = dash_number(tokens, end) or (
        tokens[end].text in DASHES
        and free(tokens, end + 2)
        and tokens[end + 1].text in CURRENCIES
        and tokens[end + 2].text[0].isdecimal()
        and glued(tokens, end - 1, end + 2)
    )  # "10-15", "$10m-$15m"
    if not (dash or tokens[end].low == "to" or (tokens[end].low == "and" and opener == "between")):
        return None
    return dash


def _high_end(
    tokens: list[Token], at: int, *, dash: bool
) -> tuple[int, Reading, str | None] | None:
    """Return where the high end of a range starts, the number read there, and the unit
    a currency sign before it gives ("$10m-$15m"), or None.

    After a dash the digits are read even where a name would claim them ("F-16").
    """
    sign_unit = None
    if free(tokens, at + 1) and tokens[at].text in CURRENCIES and glued(tokens, at, at + 1):
        sign_unit, at = CURRENCIES[tokens[at].text], at + 1
    if not free(tokens, at):
        return None
    high = digits_at(tokens, at, after_dash=True) if dash else number_at(tokens, at)
    return None if high is None else (at, high, sign_unit)


def _scale_of(tokens: list[Token], end: int) -> int:
    """Return the scale the number ending before ``end`` was given: 10**6 for "15 million"."""
    last = tokens[end - 1].low
    match = NUMERIC_RE.fullmatch(last)
    suffix = match.group(2) if match else last
    return SCALES.get(suffix, 1)


def _after_change(tokens: list[Token], index: int) -> bool:
    """Return whether a verb or noun of change comes just before ``index`` ("rose sharply")."""
    at = index - 1
    while at >= 0 and tokens[at].is_word and tokens[at].low.endswith("ly"):
        at -= 1
    return at >= 0 and tokens[at].is_word and tokens[at].low in CHANGE_WORDS
