"""Judge aligned statements: compare their details and give each group a verdict.

judge(groups)             -> tuple of Finding, discrepancies first, numbered F1, F2, ...
compare_details(stmts)    -> the DetailComparison of every detail the statements give
relate(a, b)              -> how two details of the same slot relate (same, compatible, different)

Only details that describe the same kind of thing meet: a duration with a duration, a
date with a date or a weekday, a quantity with a quantity of the same thing, a rank
with a rank of the same scale. Names are used to align, not judged here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import combinations

from .align import Group, detail_slot
from .models import (
    Detail,
    DetailComparison,
    Finding,
    Kind,
    Mention,
    Statement,
    Status,
    Verdict,
)

# Lengths of time units in days, to compare durations given in different units.
DAYS_PER_UNIT = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 365.25 / 12,
    "year": 365.25,
    "decade": 3652.5,
}
# Two durations or quantities within this relative difference are the same value.
EQUAL_TOLERANCE = 1e-9
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def judge(groups: Iterable[Group]) -> tuple[Finding, ...]:
    """Return one finding per group, repeated facts merged, discrepancies first."""
    findings = [_finding(group) for group in groups]
    findings = _merge_repeats(findings)
    findings.sort(key=lambda f: (f.verdict is not Verdict.DISCREPANCY, _position(f)))
    return tuple(replace(f, id=f"F{number}") for number, f in enumerate(findings, 1))


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
    comparisons.sort(key=lambda c: (_STATUS_ORDER[c.status], c.mentions[0].detail.start))
    return tuple(comparisons)


def relate(a: Detail, b: Detail) -> tuple[Status, str]:
    """Return how two details of the same slot relate, and a note saying how far apart they are.

    >>> from factdiff.models import Detail, Kind
    >>> three = Detail(Kind.DURATION, "three years", 0, 11, 3, "year")
    >>> relate(three, Detail(Kind.DURATION, "three and a half years", 0, 22, 3.5, "year"))
    (<Status.DIFFERENT: 'different'>, 'differ by 0.5 years (3 vs 3.5)')
    >>> relate(Detail(Kind.WEEKDAY, "Monday", 0, 6, "Monday"),
    ...        Detail(Kind.DATE, "December 19, 2022", 0, 17, "2022-12-19"))
    (<Status.COMPATIBLE: 'compatible'>, '2022-12-19 was a Monday')
    """
    if {a.kind, b.kind} <= {Kind.DATE, Kind.WEEKDAY}:
        return _relate_when(a, b)
    low_a, high_a = _comparable(a)
    low_b, high_b = _comparable(b)
    if _close(low_a, low_b) and _close(high_a, high_b):
        return Status.SAME, ""
    if low_a <= high_b and low_b <= high_a:
        return Status.COMPATIBLE, "ranges overlap"
    return Status.DIFFERENT, _distance_note(a, b)


_STATUS_ORDER = {Status.DIFFERENT: 0, Status.COMPATIBLE: 1, Status.SAME: 2, Status.ONE_SIDED: 3}


def _finding(group: Group) -> Finding:
    details = compare_details(group.statements)
    discrepant = any(d.status is Status.DIFFERENT for d in details)
    return Finding(
        id="",
        verdict=Verdict.DISCREPANCY if discrepant else Verdict.AGREEMENT,
        confidence=_confidence(group.similarity, details),
        similarity=group.similarity,
        statements=group.statements,
        details=details,
    )


def _confidence(similarity: float, details: Sequence[DetailComparison]) -> float:
    """Return how sure the finding is: alignment strength, raised by details that meet.

    Not yet calibrated against an evaluation set; it orders findings sensibly and stays
    below 1, since no alignment is certain.
    """
    met = sum(d.status is not Status.ONE_SIDED for d in details)
    strength = 1 / (1 + math.exp(-12 * (similarity - 0.38)))
    return round(0.85 * strength + 0.075 * min(met, 2), 3)


def _merge_repeats(findings: list[Finding]) -> list[Finding]:
    """Merge findings that share a statement and say exactly the same about the same details.

    An article often repeats a fact (a standfirst and its lead sentence): that is one
    finding, not two.
    """
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: -f.similarity):
        signature = _signature(finding)
        for index, kept in enumerate(merged):
            shares = {s.key for s in kept.statements} & {s.key for s in finding.statements}
            if signature and shares and signature == _signature(kept):
                statements = kept.statements + tuple(
                    s for s in finding.statements if s.key not in {k.key for k in kept.statements}
                )
                sources = list(dict.fromkeys(s.source for s in statements))
                statements = tuple(
                    sorted(statements, key=lambda s: (sources.index(s.source), s.index))
                )
                merged[index] = replace(
                    kept, statements=statements, details=compare_details(statements)
                )
                break
        else:
            merged.append(finding)
    return merged


def _signature(finding: Finding) -> frozenset:
    """Return what a finding says about its details, leaving out who says it where."""
    return frozenset(
        (d.kind, d.status, frozenset(_value_key(m.detail) for m in d.mentions))
        for d in finding.details
        if d.status is not Status.ONE_SIDED
    )


def _value_key(detail: Detail) -> tuple:
    return (detail.kind, str(detail.value), detail.unit)


def _position(finding: Finding) -> tuple[str, int]:
    return min(s.key for s in finding.statements)


def _pair_up(mentions: list[Mention]) -> list[DetailComparison]:
    """Pair each source's mentions with the closest mention of every other source."""
    comparisons: list[DetailComparison] = []
    paired: set[int] = set()
    candidates = []
    for (i, a), (j, b) in combinations(enumerate(mentions), 2):
        if a.source != b.source:
            status, note = relate(a.detail, b.detail)
            candidates.append(
                (_STATUS_ORDER[status] != 0, _gap(a.detail, b.detail), i, j, status, note)
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
    """Add ``mention`` to the comparison where its source already gives the same value, if any.

    An article that repeats "three years" in two sentences of one finding gives one
    value twice, not a second, one-sided value.
    """
    for index, comparison in enumerate(comparisons):
        if any(
            m.source == mention.source and _value_key(m.detail) == _value_key(mention.detail)
            for m in comparison.mentions
        ):
            comparisons[index] = replace(comparison, mentions=(*comparison.mentions, mention))
            return comparisons
    return [*comparisons, DetailComparison(mention.detail.kind, Status.ONE_SIDED, (mention,))]


def _gap(a: Detail, b: Detail) -> float:
    """Return a rough relative distance between two details' values, for pairing."""
    try:
        low_a, high_a = _comparable(a)
        low_b, high_b = _comparable(b)
    except (TypeError, ValueError):
        return 0.0 if str(a.value) == str(b.value) else 1.0
    middle_a, middle_b = _middle(low_a, high_a), _middle(low_b, high_b)
    return abs(middle_a - middle_b) / max(abs(middle_a), abs(middle_b), 1e-9)


def _middle(low: float, high: float) -> float:
    return low if math.isinf(high) else (low + high) / 2


def _days_per_unit(detail: Detail) -> float:
    """Return the length in days of one unit of a duration, and 1 for any other detail."""
    return DAYS_PER_UNIT.get(detail.unit or "", 1.0) if detail.kind is Kind.DURATION else 1.0


def _comparable(detail: Detail) -> tuple[float, float]:
    """Return a detail's value as an interval on a common scale: durations in days."""
    low, high = _interval(detail)
    scale = _days_per_unit(detail)
    return low * scale, high * scale


def _interval(detail: Detail) -> tuple[float, float]:
    value = detail.value
    if isinstance(value, tuple):
        return float(value[0]), float(value[1])
    return float(value), float(value)


def _close(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= EQUAL_TOLERANCE * max(abs(a), abs(b), 1)


def _relate_when(a: Detail, b: Detail) -> tuple[Status, str]:
    """Relate two dates, two weekdays, or a date and a weekday."""
    if a.kind is Kind.WEEKDAY and b.kind is Kind.WEEKDAY:
        return (
            (Status.SAME, "")
            if a.value == b.value
            else (Status.DIFFERENT, f"{a.value} vs {b.value}")
        )
    if a.kind is Kind.WEEKDAY or b.kind is Kind.WEEKDAY:
        weekday, date = (a, b) if a.kind is Kind.WEEKDAY else (b, a)
        day = _full_date(str(date.value))
        if day is None:
            return Status.COMPATIBLE, f"{date.value} may fall on a {weekday.value}"
        actual = WEEKDAYS[day.weekday()]
        if actual == weekday.value:
            return Status.COMPATIBLE, f"{date.value} was a {actual}"
        return Status.DIFFERENT, f"{date.value} was a {actual}, not a {weekday.value}"
    first, second = str(a.value), str(b.value)
    if first == second:
        return Status.SAME, ""
    if _dates_agree(first, second):
        return Status.COMPATIBLE, "one date is less precise"
    return Status.DIFFERENT, f"{first} vs {second}"


def _full_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _dates_agree(a: str, b: str) -> bool:
    """Tell whether two ISO dates of different precision can name the same day.

    >>> _dates_agree("2022-12-19", "2022-12"), _dates_agree("--12-19", "2022-12-19")
    (True, True)
    >>> _dates_agree("2022-12-19", "2021")
    False
    """
    if a.startswith("--") or b.startswith("--"):
        return a[-5:] == b[-5:] if len(a) >= 7 and len(b) >= 7 else False
    return a.startswith(b) or b.startswith(a)


def _distance_note(a: Detail, b: Detail) -> str:
    """Say how far apart two numeric details are, in the first one's unit."""
    low_a, high_a = _comparable(a)
    low_b, high_b = _comparable(b)
    gap = abs(_middle(low_a, high_a) - _middle(low_b, high_b)) / _days_per_unit(a)
    unit = f" {a.unit}s" if a.unit and a.unit not in ("percent",) else ""
    if a.unit == "percent":
        unit = " percentage points"
    return f"differ by {_number(gap)}{unit} ({_number(a.value)} vs {_number(b.value)})"


def _number(value) -> str:
    if isinstance(value, tuple):
        return "–".join(_number(v) for v in value)
    if isinstance(value, float) and math.isinf(value):
        return "∞"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:g}" if isinstance(value, float) else str(value)
