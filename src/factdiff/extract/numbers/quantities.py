"""Quantities and durations: a number and what it counts ("three Russian warplanes").

quantity_at(text, tokens, index, floor)  -> the quantity or duration at a token and the index after

A quantity's unit is the singular, lowercase head noun of what is counted (see
numerals/head_nouns.py: "three Russian warplanes" -> "aircraft", "10 km" ->
"kilometre"). A currency sign or word gives "dollar", "pound", "euro"... ("$4bn", "4
billion dollars"); "%", "per cent" and "percent" give "percent". A number after a noun of
a gathering counts its people (COLLECTIVES): "a crowd of 4,200" -> 4,200 "person", "a
workforce of 900" -> 900 "job". Steps of a rate are "basis point" ("25 basis points",
"25bp", "a 25-basis-point cut") and "percentage point" ("0.25 percentage points",
"0.5pp"); a bare "point" is a "percentage point" when a fraction sizes it ("a quarter
point", "half a point", "a quarter-point cut") or a word of a rate (RATE_WORDS: "rates",
"interest", "inflation"...) is near it in its clause ("lifted rates by two points"), and
stays "point" otherwise ("won by three points"); all three compare in units.py.

A count of people with no noun, or "people", is of the victims when a verb or a toll
gives it: "kills 14", "toll rises to 15", "28 people die" count the dead (see
casualties.py).

A number counted in a time unit is a duration (see durations.py), whose parts after
"and" are added ("eight years and eight months"); a qualifier before the number makes
its value an interval (see intervals.py); a fraction may be a share of a whole (see
shares.py).
"""

from __future__ import annotations

from fractions import Fraction

from ...models import Detail
from ...text.lexicon import forms, words
from ...text.morphology import looks_plural
from ...text.tokens import Token
from ..numerals import (
    CURRENCIES,
    FRACTIONS,
    NOT_COUNTING,
    TIME_UNITS,
    currency_start,
    free,
    head_noun,
    number_at,
    plain,
    qualifier_before,
)
from .casualties import toll_qualifier, victim_unit
from .details import detail
from .durations import compound_duration, time_step
from .edges import dash_number
from .events import CLAUSE_MARKS
from .intervals import interval
from .shares import fraction_of, unit_of_whole

# Nouns for a gathering of people, whose number follows "of" with no noun after it: "a
# crowd of 4,200" is 4,200 people, "a workforce of 900" 900 jobs (see SYNONYMS).
COLLECTIVES = forms("numbers-collectives")
# Nouns of a rate, near which a bare "point" is a percentage point: "lifted rates by two
# points". A point sized by a fraction ("a quarter point", "half a point") is one always.
RATE_WORDS = words("numbers-rate-words")
_RATE_WINDOW = 8
# Words before "a"/"an" that make a rate: "twice a year", "three times a day".
_RATE_BEFORE = words("numbers-rate-before")


def quantity_at(
    text: str, tokens: list[Token], index: int, floor: int
) -> tuple[Detail, int] | None:
    """Return the quantity or duration starting at ``index`` and the index after it."""
    number = number_at(tokens, index)
    if number is None:
        return None
    value, end, unit = number
    if dash_number(tokens, end):
        return None  # one half of "2019-2022", "won 3-1": not a range, not a quantity
    counted = [t.low for t in tokens[index:end]]
    if counted[0] in ("a", "an") and _rate_before(tokens, index, floor):
        return None  # "twice a year", "$5bn a year": a rate, not a duration
    start = currency_start(tokens, index, floor)
    unit, end, value, share = _what_is_counted(
        tokens, index, end, value, unit, start=start, floor=floor
    )
    if unit == "point":
        unit = _point_unit(tokens, start, end, fraction=counted[-1] in FRACTIONS)
    if _no_count(tokens, index, end, unit, counted):
        return None
    digits = 2 if share else None
    if unit in TIME_UNITS:
        value, end, compound = compound_duration(tokens, value, unit, end)
        digits = 4 if compound else None
    qualifier, start = qualifier_before(tokens, start, floor)
    if qualifier is None and unit == "dead":
        qualifier = toll_qualifier(tokens, start)  # "toll passes 500"
    amount = _amount(value, qualifier, unit, digits)
    return detail(text, tokens, start, end, amount, unit, qualifier), end


def _what_is_counted(
    tokens: list[Token],
    index: int,
    end: int,
    value: Fraction,
    unit: str | None,
    *,
    start: int,
    floor: int,
) -> tuple[str | None, int, Fraction, bool]:
    """Return the unit, end and value of the number over ``index:end``, and whether it is a share.

    ``start`` is where its currency sign starts, ``floor`` the index before which tokens
    are taken. The unit is that of a currency sign, a glued unit, a fraction (see
    shares.fraction_of), the head noun, the whole a part is of ("25 of the 240
    passengers"), or a gathering before it ("a crowd of 4,200").
    """
    if start < index:
        return CURRENCIES[tokens[index - 1].text], end, value, False
    if unit is not None:
        return unit, end, value, False
    if value < 1 and tokens[end - 1].low in FRACTIONS:
        return fraction_of(tokens, index, end, value)
    number_end = end
    unit, end = head_noun(tokens, end, value)
    if unit is None:
        unit = unit_of_whole(tokens, end)
    qualified = qualifier_before(tokens, start, floor)[1]
    gathering = _collective_before(tokens, qualified)
    if gathering and (unit is None or not looks_plural(tokens[end - 1].low)):
        return gathering, number_end, value, False  # "a crowd of 4,200 watched"
    unit, end = victim_unit(tokens, qualified, end, unit)  # "kills 14", "toll rises to 15"
    return unit, end, value, False


def _no_count(
    tokens: list[Token], index: int, end: int, unit: str | None, counted: list[str]
) -> bool:
    """Return whether the number over ``index:end`` counts nothing: a bare "one" or
    "zero", "zero tolerance", "no one", "the one"."""
    if unit is None and counted in (["one"], ["zero"]):
        return True
    if counted == ["zero"] and unit != "percent" and not looks_plural(tokens[end - 1].low):
        return True  # "zero tolerance"
    return tokens[index].low == "one" and index > 0 and tokens[index - 1].low in NOT_COUNTING


def _amount(
    value: Fraction, qualifier: str | None, unit: str | None, digits: int | None
) -> float | tuple[float, float]:
    """Return the value a quantity reports: the interval a qualifier gives, or the value,
    rounded to ``digits`` decimals when given (a share, a compound duration)."""
    if qualifier:
        step = time_step(unit) if qualifier in ("nearly", "about") else Fraction(0)
        low, high = interval(value, qualifier, step)
        if digits is not None:
            return round(low, digits), round(high, digits)
        return low, high
    if digits is not None and value.denominator != 1:
        return round(float(value), digits)
    return plain(value)


def _point_unit(tokens: list[Token], start: int, end: int, *, fraction: bool) -> str:
    """Return "percentage point" for a point of a rate, else "point".

    A point is of a rate when a fraction sizes it ("a quarter point", "half a point") or
    a word of RATE_WORDS is near it in its clause ("cut rates by two points", "a 1 point
    rise in inflation"); else it stays a point ("won by three points").

    >>> from factdiff.extract.numerals import TOKEN_RE
    >>> from factdiff.text.tokens import tokenise
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
        if tokens[at].text in CLAUSE_MARKS:
            break
        if tokens[at].low in RATE_WORDS:
            return "percentage point"
    for at in range(end, min(end + _RATE_WINDOW // 2, len(tokens))):
        if tokens[at].text in CLAUSE_MARKS:
            break
        if tokens[at].low in RATE_WORDS:
            return "percentage point"
    return "point"


def _collective_before(tokens: list[Token], index: int) -> str | None:
    """Return what the number at ``index`` counts after "a crowd of", or None.

    >>> from factdiff.extract.numerals import TOKEN_RE
    >>> from factdiff.text.tokens import tokenise
    >>> [_collective_before(tokenise(TOKEN_RE, w), 3) for w in ("a crowd of 4,200",
    ...  "a workforce of 900", "a Crowd of 9", "a share of 9")]
    ['person', 'job', None, None]
    """
    if index < 2 or tokens[index - 1].low != "of" or not free(tokens, index - 1):
        return None
    noun = tokens[index - 2]
    return COLLECTIVES.get(noun.low) if noun.is_word and noun.text == noun.low else None


def _rate_before(tokens: list[Token], index: int, floor: int) -> bool:
    """Return whether "a"/"an" at ``index`` makes a rate: "once a year", "$5bn a year"."""
    if index == 0:
        return False
    before = tokens[index - 1]
    if before.low in _RATE_BEFORE or before.text[0].isdecimal():
        return True
    return floor == index  # a quantity ends just before: "1.2 million barrels a day"
