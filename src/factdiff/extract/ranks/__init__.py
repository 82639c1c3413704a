"""Ranks in running text: ordinals, superlatives, chart positions, medals and wins.

rank_at(text, tokens, index)      -> the rank starting at a token and the index after it, or None
won_place(text, tokens, details)  -> first place for a win ("won the final"), or None
ordinal_at(tokens, index)         -> the ordinal at a token ("third", "21st", "twenty-first")

numbers.find_numbers reads ranks and quantities in one pass over a sentence's tokens: at
each token it tries rank_at first, skips an ordinal that ranks nothing ("his first
visit"), then tries a quantity; won_place is read when the pass is done, from all the
details found. The number words, head nouns and possessives are read by the numerals
package.

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
wins._RANK_WORDS ("behind"); the span is the verb
the team's first win of the season, its tenth hike in a  1...   "win", "increase",
row, ninth consecutive increase, its 14th straight              "year"...: the noun
hike, the seventh year running, its third cut                   it counts
ranked twelfth, ranks 52nd among 142 countries           12...  None (the scale is
                                                                not said)
=======================================================  =====  ===================

The modules, one job each, each telling what it reads:

ordinals.py      an ordinal and the rank it gives: "finished fourth", "its tenth hike"
superlatives.py  a superlative without an ordinal: "the most punctual", "Europe's busiest"
charts.py        chart positions and sport idioms: "topped the chart", "No. 3", "won gold"
wins.py          first place for a win: "won the final"
details.py       the rank detail, its scale ("of 142") and the verb that ranks it
"""

from __future__ import annotations

from ...models import Detail
from ...text.tokens import Token
from .charts import chart_at
from .ordinals import ordinal_at, ordinal_rank_at
from .superlatives import superlative_at
from .wins import won_place

__all__ = ["ordinal_at", "rank_at", "won_place"]


def rank_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the rank starting at token ``index`` and the index after it, or None.

    An ordinal that ranks ("finished fourth", "its tenth hike", "third-largest"), a chart
    or sport idiom ("topped the chart", "No. 3", "won gold", "runner-up"), or a
    superlative without an ordinal ("the most punctual"): see the module docstring.
    """
    return (
        ordinal_rank_at(text, tokens, index)
        or chart_at(text, tokens, index)
        or superlative_at(text, tokens, index)
    )
