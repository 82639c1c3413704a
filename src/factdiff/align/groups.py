"""Grow groups of statements from the aligned pairs, so that groups never chain.

group_pairs(edges, statements) -> a Group per set of statements all aligned with each other
Key, Edge                      -> what identifies a statement, and what an aligned pair carries
"""

from __future__ import annotations

from collections.abc import Mapping

from ..models import Group, Statement

Key = tuple[str, int, int]
# An aligned pair's probability, calibrated confidence and each shown scorer's score.
Edge = tuple[float, float, tuple[tuple[str, float], ...]]


def group_pairs(
    edges: Mapping[tuple[Key, Key], Edge], statements: Mapping[Key, Statement]
) -> tuple[Group, ...]:
    """Return groups grown from the likeliest edges: a statement joins a group only when
    it is aligned with every member from another source, so groups never chain."""
    linked = set(edges) | {(b, a) for a, b in edges}
    grown: list[tuple[list[Key], Edge]] = []
    for (a, b), edge in sorted(edges.items(), key=lambda e: -e[1][0]):
        for members, _ in grown:
            if a in members and b in members:
                break
            joining = b if a in members else a if b in members else None
            if joining is None or joining[0] in {m[0] for m in members}:
                continue
            if all((joining, m) in linked for m in members):
                members.append(joining)
                break
        else:
            grown.append(([a, b], edge))
    return tuple(
        Group(tuple(statements[k] for k in members), round(likelihood, 4), scores, confidence)
        for members, (likelihood, confidence, scores) in grown
    )
