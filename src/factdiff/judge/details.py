"""Details compared slot by slot across the statements of one finding.

compare_details(statements) -> the DetailComparison of every detail the statements give
value_key(detail)           -> what a detail says, left out where and who says it

Only details that describe the same thing meet (``values.detail_slot`` and
``relations.meets``): a duration with a duration of the same event, a date with a date or
a weekday, a quantity with a quantity of the same thing, a rank with a rank of the same
scale, a quote with the same quote, a source with a source. How two details compare is
``relations.relate``, where the tolerances are. Polarity is ``polarity.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from ..models import Detail, DetailComparison, Kind, Mention, Statement, Status
from ..values import detail_slot
from .polarity import compare_polarity
from .relations import gap, meets, relate
from .speech import different_speakers

__all__ = ["compare_details", "value_key"]


def compare_details(statements: Sequence[Statement]) -> tuple[DetailComparison, ...]:
    """Return how the details of ``statements`` (from two or more sources) relate, slot by slot."""
    by_slot: dict[str, list[Mention]] = {}
    for statement in statements:
        for detail in statement.details:
            if (slot := detail_slot(detail)) is not None:
                by_slot.setdefault(slot, []).append(Mention(statement.source, detail))
    comparisons = []
    for mentions in by_slot.values():
        sources = {m.source for m in mentions}
        if len(sources) == 1:
            comparisons.extend(
                DetailComparison(m.detail.kind, Status.ONE_SIDED, (m,)) for m in mentions
            )
        else:
            comparisons.extend(_pair_up(mentions))
    comparisons.extend(compare_polarity(statements))
    comparisons.sort(key=lambda c: (_STATUS_ORDER[c.status], c.mentions[0].detail.start))
    return tuple(comparisons)


# Comparisons are listed, and the closest values paired, differences first.
_STATUS_ORDER = {Status.DIFFERENT: 0, Status.COMPATIBLE: 1, Status.SAME: 2, Status.ONE_SIDED: 3}


def value_key(detail: Detail) -> tuple:
    """Return what a detail says, leaving out who says it and where: kind, value and unit."""
    return (detail.kind, str(detail.value), detail.unit)


def _pair_up(mentions: list[Mention]) -> list[DetailComparison]:
    """Pair each source's mentions with the closest mention of every other source.

    When each source quotes once, and not two different speakers, the quotes are taken
    for one remark however little their words share: aligned statements that each quote
    someone quote the same moment.
    """
    comparisons: list[DetailComparison] = []
    paired: set[int] = set()
    candidates = []
    one_quote_each = (
        all(m.detail.kind is Kind.QUOTE for m in mentions)
        and len({m.source for m in mentions}) == len(mentions)
        and not any(different_speakers(a.detail, b.detail) for a, b in combinations(mentions, 2))
    )
    for (i, a), (j, b) in combinations(enumerate(mentions), 2):
        if a.source != b.source and (one_quote_each or meets(a.detail, b.detail)):
            status, note = relate(a.detail, b.detail)
            candidates.append(
                (_STATUS_ORDER[status] != 0, gap(a.detail, b.detail), i, j, status, note)
            )
    # The closest values are paired first, so "3 years" meets "3.5 years", not "10 months".
    for _, _, i, j, status, note in sorted(candidates, key=lambda c: (not c[0], c[1])):
        if i in paired or j in paired:
            continue
        paired |= {i, j}
        kind = mentions[i].detail.kind
        if kind is not mentions[j].detail.kind:
            kind = Kind.DATE  # a weekday set against a date is a comparison of dates
        comparisons.append(DetailComparison(kind, status, (mentions[i], mentions[j]), note))
    for n, mention in enumerate(mentions):
        if n not in paired:
            comparisons = _join_or_add(comparisons, mention)
    # Mentions keep the order of the statements they come from: the sources' order.
    order = {id(m): n for n, m in enumerate(mentions)}
    return [
        replace(c, mentions=tuple(sorted(c.mentions, key=lambda m: order[id(m)])))
        for c in comparisons
    ]


def _join_or_add(comparisons: list[DetailComparison], mention: Mention) -> list[DetailComparison]:
    """Add ``mention`` to the comparison it belongs to, or as a one-sided value of its own.

    It belongs where its source already gives the same value (an article that repeats
    "three years" in two sentences of one finding gives one value twice, and its dateline's
    "Dec 19" is its "December 19, 2022" again), else where no
    mention is from its source and it meets every mention: a third source's "3 years"
    joins the pair of "3.5 years", and the comparison takes the worst of its relations.
    """
    for index, comparison in enumerate(comparisons):
        if any(
            m.source == mention.source and _repeats(m.detail, mention.detail)
            for m in comparison.mentions
        ):
            comparisons[index] = replace(comparison, mentions=(*comparison.mentions, mention))
            return comparisons
    for index, comparison in enumerate(comparisons):
        if comparison.status is Status.ONE_SIDED or any(
            m.source == mention.source or not meets(m.detail, mention.detail)
            for m in comparison.mentions
        ):
            continue
        relations = [(comparison.status, comparison.note)] + [
            relate(m.detail, mention.detail) for m in comparison.mentions
        ]
        status, note = min(relations, key=lambda r: _STATUS_ORDER[r[0]])
        comparisons[index] = replace(
            comparison, status=status, note=note, mentions=(*comparison.mentions, mention)
        )
        return comparisons
    return [*comparisons, DetailComparison(mention.detail.kind, Status.ONE_SIDED, (mention,))]


def _repeats(said: Detail, again: Detail) -> bool:
    """Return whether one source's two details give one value: equal, or the one within the other."""
    if value_key(said) == value_key(again):
        return True
    return meets(said, again) and relate(said, again)[0] in (Status.SAME, Status.COMPATIBLE)
