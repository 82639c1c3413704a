"""People named by surname alone, resolved to the full names the statements give them.

resolve_people(statements) -> the statements with surnames replaced by full names
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ...models import Kind, Statement

__all__ = ["resolve_people"]


def resolve_people(statements: Sequence[Statement]) -> tuple[Statement, ...]:
    """Return the statements with each person named by the longest full name ending with it.

    A name stays as written when two full names that do not contain each other both
    end with it (two people share the surname).
    """
    names = {d.value for s in statements for d in s.details if d.kind is Kind.PERSON}
    full_names = [n for n in names if isinstance(n, str) and " " in n]
    resolved: list[Statement] = []
    for statement in statements:
        details = tuple(
            dataclasses.replace(d, value=_full_name(d.value, full_names))
            if d.kind is Kind.PERSON and isinstance(d.value, str)
            else d
            for d in statement.details
        )
        if details == statement.details:
            resolved.append(statement)
        else:
            resolved.append(dataclasses.replace(statement, details=details))
    return tuple(resolved)


def _full_name(name: str, full_names: Sequence[str]) -> str:
    """Return the longest of ``full_names`` ending with ``name``, unless it is ambiguous.

    >>> _full_name("Putin", ["Vladimir Putin", "Alexander Lukashenko"])
    'Vladimir Putin'
    >>> _full_name("Smith", ["John Smith", "Jane Smith"])
    'Smith'
    """
    candidates = sorted((n for n in full_names if n.endswith(" " + name)), key=len, reverse=True)
    if not candidates:
        return name
    longest = candidates[0]
    if all(longest == c or longest.endswith(" " + c) for c in candidates):
        return longest
    return name
