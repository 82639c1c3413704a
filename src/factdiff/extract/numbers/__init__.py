"""Numbers in running text: quantities and durations, read in one pass with ranks.

find_numbers(text, taken=)        -> the quantity, duration and rank details of a text
duration_event(text, start, end)  -> the event a duration measures ("war"), or None

Ranks (ordinals, superlatives, chart positions, medals, wins) are read by the ranks
package: find_numbers tries a rank at each token before a quantity, so that one pass
over a sentence gives both and no two overlap. The number words, head nouns and
qualifiers that both read, parse_number and the tables of units and number words are
in the numerals package.

The modules, one job each, each telling what it reads:

quantities.py  a number and what it counts: units, currencies, points, gatherings
durations.py   the arithmetic of time units; "eight years and eight months" as one
periods.py     an ordinal time unit: "in its third week" is 2 to 3 weeks
events.py      the event a duration measures (EVENTS): "ten months into the war"
intervals.py   the interval a qualifier gives: "nearly 10" is (9, 10)
ranges.py      "10-15 people", "between 10 and 15"
multiples.py   vague multiples: "dozens of people", "tens of thousands"
shares.py      fractions and parts of a whole: "a third of the 2,400 homes"
zeros.py       zero counts: "no casualties", "no one was hurt"
casualties.py  tolls as headlines write them: "kills 14", "toll rises to 15", "Dozens killed"
ages.py        ages: "aged 91", "dies at 91", "a 91-year-old"
details.py     the quantity or duration detail over a span of tokens
edges.py       what touches a number: a dash to another number, a year
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Detail
from ...text.tokens import tokenise
from ..numerals import TOKEN_RE
from ..ranks import ordinal_at, rank_at, won_place
from .ages import age_at
from .events import EVENTS, duration_event
from .multiples import vague_at
from .periods import period_at
from .quantities import quantity_at
from .ranges import range_at
from .zeros import zero_at

# The tables of the numerals package that other modules read from here are exported again.
__all__ = ["EVENTS", "duration_event", "find_numbers"]


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
            or period_at(text, tokens, index)
            or zero_at(text, tokens, index)
            or vague_at(text, tokens, index)
            or range_at(text, tokens, index, floor)
            or age_at(text, tokens, index)
            or quantity_at(text, tokens, index, floor)
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
