"""Read the typed details of a sentence: numbers, times, names, quotes, attribution, polarity.

extract_details(text, offset=, reference=)  -> every detail of one sentence, sorted by start
resolve_people(statements)      -> statements with surnames replaced by full names
resolve_speakers(statements)    -> statements with "he told" resolved to the person meant
parse_number(words)             -> the value of a number in words or digits

The families of details, each ``find_*(text, *, taken=())`` returning details
outside the ``taken`` spans, read in this order so that no two of them overlap:

times.find_times        dates (ISO values), weekdays, relative dates ("last week")
numbers.find_numbers    quantities, durations (a time unit) and ranks
entities.find_entities  people, places (gazetteer, demonyms) and organisations

and then the families that say how the sentence states its claim, whose spans may
overlap those above (a quote holds numbers and names):

speech.find_speech          quotes with their speaker, reporting verb and audience, and
                            who a claim comes from ("according to the ISW")
polarity.find_polarity      negation ("has not joined") and modality ("may", "will")

With a reference date (the day the article speaks from), relative dates, weekdays and
elapsed time ("since June 2019") are resolved against it (``times.resolve_times``).

Each sentence is read once (``analysis.analyse``): the entities, speech and polarity
readers are given its tokens and its entities rather than tokenising it again each.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..models import Detail, Kind
from ..text.tokens import single_spaced
from .analysis import analyse
from .entities import find_entities, resolve_people
from .numbers import find_numbers
from .numerals import parse_number
from .polarity import find_polarity
from .speech import find_speech, resolve_speakers
from .times import find_times, resolve_times

__all__ = ["extract_details", "parse_number", "resolve_people", "resolve_speakers"]

_FAMILIES = (find_times, find_numbers)
_OVERLAY_FAMILIES = (find_speech, find_polarity)
# What may stand between a reporting verb and the time it was said: "warned in recent
# days that", "said on Friday", "had made a statement last week".
_SPEECH_TIME_GAP = re.compile(
    r"[\s,]*(?:(?:in|on|at|during|over|last|this|earlier|late|early)\s+)*"
)
_TIMES = frozenset({Kind.DATE, Kind.WEEKDAY})


def extract_details(
    text: str, *, offset: int = 0, reference: dt.date | None = None
) -> tuple[Detail, ...]:
    """Return every typed detail of one sentence, sorted by start, offsets shifted by ``offset``.

    ``reference`` is the day the sentence was written, to resolve "last week" against.

    >>> [(d.kind.value, d.text, d.value, d.unit) for d in extract_details("for ten months")]
    [('duration', 'ten months', 10, 'month')]
    >>> extract_details("on Monday", offset=100)[0].start
    103
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValueError(f"offset must be an int >= 0: {offset!r}")
    if reference is not None and not isinstance(reference, dt.date):
        raise TypeError(f"reference must be a date: {reference!r}")
    # The extractors read words one space apart; a tab, a line break or two spaces between
    # words must not change what they find, only where it lies in the text as written.
    flat, where = single_spaced(text)
    details: list[Detail] = []
    for family in _FAMILIES:
        details.extend(family(flat, taken=[(d.start, d.end) for d in details]))
    analysis = analyse(flat)
    details.extend(
        find_entities(flat, taken=[(d.start, d.end) for d in details], analysis=analysis)
    )
    for family in _OVERLAY_FAMILIES:
        details.extend(family(flat, analysis=analysis))
    if reference is not None:
        details = list(resolve_times(details, reference=reference, text=flat))
    details = _date_the_speech(details, flat)
    if flat != text:
        details = [_in_original(d, text, where) for d in details]
    details.sort(key=lambda d: (d.start, d.end))
    if offset:
        details = [
            dataclasses.replace(d, start=d.start + offset, end=d.end + offset) for d in details
        ]
    return tuple(details)


def _in_original(detail: Detail, text: str, where: list[int]) -> Detail:
    """Return ``detail`` found in the single-spaced text, placed in ``text`` as written."""
    start = where[detail.start] if detail.start < len(where) else len(text)
    end = where[detail.end - 1] + 1 if detail.end > detail.start else start
    return dataclasses.replace(detail, start=start, end=end, text=text[start:end])


def _date_the_speech(details: list[Detail], text: str) -> list[Detail]:
    """Return the details with the dates that say when a claim was made marked ``about="statement"``.

    "Ukraine has warned in recent days that Russia may attack in early February": the
    days are when Ukraine spoke, February when Russia may attack; only dates of the same
    role are compared.

    >>> [(d.text, d.about) for d in extract_details("Kyiv warned on Friday that it may fall in May.") if d.kind is Kind.WEEKDAY]
    [('Friday', 'statement')]
    """
    cue_ends = {d.end for d in details if d.kind is Kind.ATTRIBUTION}
    marked = []
    for detail in details:
        if detail.kind in _TIMES and any(
            end <= detail.start and _SPEECH_TIME_GAP.fullmatch(text, end, detail.start)
            for end in cue_ends
        ):
            detail = dataclasses.replace(detail, about="statement")
        marked.append(detail)
    return marked
