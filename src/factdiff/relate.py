"""How two details relate: kept here for old imports; judging lives in ``factdiff.judge``.

detail_slot      -> factdiff.values.detail_slot
meets, relate, comparable, gap, distance_note    -> factdiff.judge.relations
source_key, source_words, different_speakers,
PLACE_ALIASES, SOURCE_DESCRIPTIONS               -> factdiff.judge.speech
date_precision   -> factdiff.values.date_precision
"""

from .judge.relations import comparable, distance_note, gap, meets, relate
from .judge.speech import (
    PLACE_ALIASES,
    SOURCE_DESCRIPTIONS,
    different_speakers,
    source_key,
    source_words,
)
from .values import date_precision, detail_slot

__all__ = [
    "PLACE_ALIASES",
    "SOURCE_DESCRIPTIONS",
    "comparable",
    "date_precision",
    "detail_slot",
    "different_speakers",
    "distance_note",
    "gap",
    "meets",
    "relate",
    "source_key",
    "source_words",
]
