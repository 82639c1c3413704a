"""Read the typed details of a sentence: numbers, times, people, places, organisations.

extract_details(text, offset=)  -> every detail of one sentence, sorted by start
resolve_people(statements)      -> statements with surnames replaced by full names
parse_number(words)             -> the value of a number in words or digits

The families of details, each ``find_*(text, *, taken=())`` returning details
outside the ``taken`` spans, read in this order so that no two details overlap:

times.find_times        dates (ISO values) and weekdays
numbers.find_numbers    quantities, durations (a time unit) and ranks
entities.find_entities  people, places (gazetteer, demonyms) and organisations
"""

from __future__ import annotations

import dataclasses

from ..models import Detail
from .entities import find_entities, resolve_people
from .numbers import find_numbers, parse_number
from .times import find_times

__all__ = ["extract_details", "parse_number", "resolve_people"]

_FAMILIES = (find_times, find_numbers, find_entities)


def extract_details(text: str, *, offset: int = 0) -> tuple[Detail, ...]:
    """Return every typed detail of one sentence, sorted by start, offsets shifted by ``offset``.

    >>> [(d.kind.value, d.text, d.value, d.unit) for d in extract_details("for ten months")]
    [('duration', 'ten months', 10, 'month')]
    >>> extract_details("on Monday", offset=100)[0].start
    103
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValueError(f"offset must be an int >= 0: {offset!r}")
    details: list[Detail] = []
    for family in _FAMILIES:
        details.extend(family(text, taken=[(d.start, d.end) for d in details]))
    details.sort(key=lambda d: (d.start, d.end))
    if offset:
        details = [
            dataclasses.replace(d, start=d.start + offset, end=d.end + offset) for d in details
        ]
    return tuple(details)
