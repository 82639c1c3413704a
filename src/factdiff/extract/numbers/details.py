"""The detail a number gives: a quantity, or a duration (a time unit) with its event.

detail(text, tokens, start, end, value, unit, qualifier)  -> the quantity or duration
"""

from __future__ import annotations

from ...models import Detail, Kind
from ...text.tokens import Token
from ..numerals import TIME_UNITS
from .durations import TIME_MULTIPLES
from .events import event_near


def detail(
    text: str,
    tokens: list[Token],
    start: int,
    end: int,
    value: float | tuple[float, float],
    unit: str | None,
    qualifier: str | None,
) -> Detail:
    """Return the quantity, or the duration with its event, over tokens ``start`` to ``end``."""
    kind, about = Kind.QUANTITY, None
    if unit in TIME_UNITS:
        if (times := TIME_MULTIPLES.get(unit)) is not None:  # "a fortnight": two weeks
            value = (
                (value[0] * times, value[1] * times) if isinstance(value, tuple) else value * times
            )
        kind, unit = Kind.DURATION, TIME_UNITS[unit]
        about = event_near(tokens, start, end)
    span_start, span_end = tokens[start].start, tokens[end - 1].end
    return Detail(
        kind=kind,
        text=text[span_start:span_end],
        start=span_start,
        end=span_end,
        value=value,
        unit=unit,
        qualifier=qualifier,
        about=about,
    )
