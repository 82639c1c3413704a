"""Judge aligned statements: compare their details and give each group a verdict.

judge(groups)             -> tuple of Finding, discrepancies first, numbered F1, F2, ...
compare_details(stmts)    -> the DetailComparison of every detail the statements give
detail_slot, meets, relate, source_key, ...  -> how two details relate (relations.py)

findings.py   one finding per group, repeated facts merged, discrepancies first
details.py    details compared slot by slot: paired, joined, or one-sided
polarity.py   a negated predicate against the same predicate asserted elsewhere
relations.py  whether two details describe the same thing, and how they compare: the
              tolerances for numbers, units, durations and dates
speech.py     quotes and attributions: the same words, the same source

Only details that describe the same thing meet (``values.detail_slot`` and
``relations.meets``). Names are used to align, not judged here.
"""

from .details import compare_details
from .findings import judge
from .relations import comparable, detail_slot, distance_note, gap, meets, relate
from .speech import (
    PLACE_ALIASES,
    SOURCE_DESCRIPTIONS,
    different_speakers,
    source_key,
    source_words,
)

__all__ = [
    "PLACE_ALIASES",
    "SOURCE_DESCRIPTIONS",
    "comparable",
    "compare_details",
    "detail_slot",
    "different_speakers",
    "distance_note",
    "gap",
    "judge",
    "meets",
    "relate",
    "source_key",
    "source_words",
]
