"""What a detail's value describes, so that only details of one thing are compared.

detail_slot(detail) -> "duration", "date", "quantity of length", "rank", ... or None

Aligning statements looks for details of one slot in both, and judging compares a
detail only with details of its slot.
"""

from __future__ import annotations

from ..models import Detail, Kind
from .dates import date_precision
from .units import measure

__all__ = ["detail_slot"]


def detail_slot(detail: Detail) -> str | None:
    """Return the name of what a detail describes, or None if it is not compared.

    Quantities meet by dimension when their unit converts, else by what they count. A
    relative date not resolved to a calendar date ("last week", no reference) has no slot.

    >>> detail_slot(Detail(Kind.DURATION, "three years", 0, 11, 3, "year"))
    'duration'
    >>> detail_slot(Detail(Kind.DATE, "January", 0, 7, "--01")), detail_slot(Detail(Kind.WEEKDAY, "Monday", 0, 6, "Monday"))
    ('date', 'date')
    >>> detail_slot(Detail(Kind.QUANTITY, "85 miles", 0, 8, 85, "mile"))
    'quantity of length'
    """
    kind = detail.kind
    if kind is Kind.WEEKDAY:
        return "date"
    if kind is Kind.DATE:
        return "date" if date_precision(str(detail.value)) is not None else None
    if kind is Kind.DURATION:
        return "duration"
    if kind is Kind.QUANTITY:
        if not detail.unit:
            return None
        converted = measure(1.0, detail.unit)
        return f"quantity of {converted[1] if converted else detail.unit}"
    if kind in (Kind.RANK, Kind.QUOTE, Kind.ATTRIBUTION):
        return kind.value
    if kind is Kind.MODALITY:
        return f"certainty of {detail.about}" if detail.about else None
    return None
