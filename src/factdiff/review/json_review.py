"""A review written as JSON: the reviewer, the day, verdicts on findings, pairs made by hand.

    {"reviewer": "Ann Lee", "date": "2024-05-02",
     "findings": [{"id": "F-6ced69", "review": "confirmed", "comment": "…"}],
     "pairs":    [{"id": "U-dd89ad", "pair_with": "U-4e074b", "comment": "…"}]}

json_items(data, shown) -> (reviewer, date, entries, pairs), or InputError naming the entry

Every key but ``findings`` or ``pairs`` may be left out; an entry may name its own
``reviewer``. An unknown key is an error, so that a misspelt one is not silently ignored.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from factdiff.errors import InputError
from factdiff.models import ReviewEntry, ReviewPair
from factdiff.render.table import COMMENT, ID, PAIR_WITH, REVIEW, REVIEWER

from .rows import row_item

__all__ = ["JSON_KEYS", "json_items"]

# Each part of a JSON review and the keys its entries may have, as the columns they stand for.
JSON_KEYS = {
    "findings": {"id": ID, "review": REVIEW, "reviewer": REVIEWER, "comment": COMMENT},
    "pairs": {"id": ID, "pair_with": PAIR_WITH, "reviewer": REVIEWER, "comment": COMMENT},
}
_TOP = ("reviewer", "date", *JSON_KEYS)


def json_items(data: bytes, shown: str) -> tuple[str, str, list[ReviewEntry], list[ReviewPair]]:
    """Return the reviewer, the day (or ""), the entries and the pairs of a JSON review."""
    try:
        review = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InputError(f"{shown}: is not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise InputError(f"{shown}: line {error.lineno}: not JSON ({error.msg})") from None
    if not isinstance(review, dict):
        raise InputError(f"{shown}: want a JSON object with 'findings' and 'pairs'")
    _known_keys(review, _TOP, shown)
    if not any(part in review for part in JSON_KEYS):
        raise InputError(f"{shown}: has neither 'findings' nor 'pairs'")
    reviewer = _text(review, "reviewer", shown)
    date = _day(_text(review, "date", shown), shown)
    entries: list[ReviewEntry] = []
    pairs: list[ReviewPair] = []
    for part, columns in JSON_KEYS.items():
        items = review.get(part, [])
        if not isinstance(items, list):
            raise InputError(f"{shown}: '{part}' should be a list, not {_kind(items)}")
        for index, item in enumerate(items):
            where = f"{shown}: {part}[{index}]"
            if not isinstance(item, dict):
                raise InputError(f"{where}: should be an object, not {_kind(item)}")
            _known_keys(item, tuple(columns), where)
            given = {column: _text(item, key, where) for key, column in columns.items()}
            given[REVIEWER] = given[REVIEWER] or reviewer
            if part == "findings" and not given[REVIEW] and not given[COMMENT]:
                raise InputError(f"{where}: has neither 'review' nor 'comment'")
            if part == "pairs" and not given[PAIR_WITH]:
                raise InputError(f"{where}: has no 'pair_with'")
            found = row_item(given, where)
            if isinstance(found, ReviewPair):
                pairs.append(found)
            elif found is not None:
                entries.append(found)
    return reviewer, date, entries, pairs


def _known_keys(item: dict[str, Any], known: tuple[str, ...], where: str) -> None:
    """Raise InputError naming the first key of ``item`` not in ``known``."""
    for key in item:
        if key not in known:
            raise InputError(f"{where}: unknown key {key!r} (want {', '.join(known)})")


def _text(item: dict[str, Any], key: str, where: str) -> str:
    """Return a text value of an entry ("" when absent), or InputError if it is not text."""
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(f"{where}: '{key}' should be text, not {_kind(value)}")
    return value.strip()


def _day(given: str, shown: str) -> str:
    """Return a review's day as ISO, or InputError if it is not one."""
    if not given:
        return ""
    try:
        return dt.date.fromisoformat(given).isoformat()
    except ValueError:
        raise InputError(f"{shown}: date {given!r} is not a day (YYYY-MM-DD)") from None


def _kind(value: Any) -> str:
    """Return what a JSON value is, as an error names it.

    >>> _kind([]), _kind(3), _kind(None), _kind({})
    ('a list', 'a number', 'null', 'an object')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return {list: "a list", dict: "an object", str: "text"}.get(type(value), type(value).__name__)
