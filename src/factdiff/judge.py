"""Judge aligned statements: compare their details and give each group a verdict.

judge(groups)             -> tuple of Finding, discrepancies first, numbered F1, F2, ...
compare_details(stmts)    -> the DetailComparison of every detail the statements give

Only details that describe the same thing meet (``relate.detail_slot`` and
``relate.meets``): a duration with a duration of the same event, a date with a date or
a weekday, a quantity with a quantity of the same thing, a rank with a rank of the same
scale, a quote with the same quote, a source with a source. How two details compare is
``relate.relate``, where the tolerances are. Polarity is judged on the claim: a negated
predicate ("has not joined") against the same predicate asserted in the other statement
("has joined"). Names are used to align, not judged here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import combinations

from .align import Group, content_words
from .extract.polarity import BE_FORMS, asserts, predicate_stem
from .models import (
    FIGURE_KINDS,
    Detail,
    DetailComparison,
    Finding,
    Kind,
    Mention,
    Statement,
    Status,
    Verdict,
)
from .relate import detail_slot, different_speakers, gap, meets, relate

# Words shortly before a predicate that keep it from being asserted: "to join", "if it
# joins", "could join", "fears that it will join". "will" and "would" assert (an intent):
# "would send troops" contradicts "wouldn't send troops".
UNASSERTED = frozenset(
    """to if whether unless may might could should can must cannot
    wants want wanted plan plans planned fear fears feared speculation speculations
    chance chances possibility likely unlikely expected hoped hope hopes threatened
    threatens refused refuse refuses not never no n't nor without""".split()
)
# Verbs before "to" that commit to what follows: "agreed to suspend" asserts it.
COMMITTING = frozenset(
    """agreed agrees decided decides voted votes promised promises pledged pledges chose
    chooses opted opts began begins started starts continued continues managed manages
    moved moves""".split()
)
# Verbs that assert what a denial of a that-clause rejects ("denied that troops crossed"
# against "confirmed that troops crossed").
AFFIRMING = {"confirm", "admit", "acknowledge", "concede", "announce"}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ASSERTION_WINDOW = 3
# How many words after a predicate may hold its object, and before a passive one its subject.
_OBJECT_WINDOW = 4
_SUBJECT_WINDOW = 8
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+\s+)?\w+(?:ed|en)\b", re.I)


def judge(groups: Iterable[Group]) -> tuple[Finding, ...]:
    """Return one finding per group, repeated facts merged, discrepancies first."""
    findings = [_finding(group) for group in groups]
    findings = _without_contained(_merge_repeats(findings))
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
    comparisons.extend(_compare_polarity(statements))
    comparisons.sort(key=lambda c: (_STATUS_ORDER[c.status], c.mentions[0].detail.start))
    return tuple(comparisons)


_STATUS_ORDER = {Status.DIFFERENT: 0, Status.COMPATIBLE: 1, Status.SAME: 2, Status.ONE_SIDED: 3}


# Below this alignment confidence, two statements naming different sources are more
# often two claims than one claim whose source the reports disagree on.
SURE = 0.8
SPEECH_KINDS = frozenset({Kind.QUOTE, Kind.ATTRIBUTION})
# Kinds whose differing values mark one fact: two pairs that disagree over "3" against
# "3.5 years" disagree over the same thing. Not a weekday: "Monday" alone names no fact.
ONE_FACT_KINDS = FIGURE_KINDS - {Kind.WEEKDAY}


def _finding(group: Group) -> Finding:
    details = compare_details(group.statements)
    differing = [d for d in details if d.status is Status.DIFFERENT]
    if group.confidence < SURE and differing and all(d.kind in SPEECH_KINDS for d in differing):
        details = tuple(
            replace(d, status=Status.COMPATIBLE, note=f"{d.note}; may be two different claims")
            if d.status is Status.DIFFERENT
            else d
            for d in details
        )
    discrepant = any(d.status is Status.DIFFERENT for d in details)
    return Finding(
        id="",
        verdict=Verdict.DISCREPANCY if discrepant else Verdict.AGREEMENT,
        confidence=group.confidence,
        similarity=group.similarity,
        statements=group.statements,
        details=details,
        scores=group.scores,
    )


def _merge_repeats(findings: list[Finding]) -> list[Finding]:
    """Merge findings that say exactly the same about the same details and share a statement,
    or, for a disagreement over a figure, a source.

    An article often repeats a fact (a standfirst and its lead sentence): that is one
    finding, not two. And when three sources give "3.5", "3" and "3.5 years", the pairs
    they were aligned in are one disagreement, whichever of B's two mentions each holds.
    """
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: -f.similarity):
        signature = _signature(finding)
        for index, kept in enumerate(merged):
            if signature and signature == _signature(kept) and _same_fact(kept, finding):
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


def _without_contained(findings: list[Finding]) -> list[Finding]:
    """Drop each finding whose statements all belong to a larger one, which compares them too.

    With three sources the pairs A–B, B–C and A–C of one fact may be merged into one
    finding while A–C also stands alone.
    """
    keys = [frozenset(s.key for s in f.statements) for f in findings]
    return [
        finding
        for finding, own in zip(findings, keys, strict=True)
        if not any(own < other for other in keys)
    ]


def _same_fact(one: Finding, other: Finding) -> bool:
    """Return whether two findings that say the same about their details hold one fact."""
    if {s.key for s in one.statements} & {s.key for s in other.statements}:
        return True
    return bool(set(one.sources) & set(other.sources)) and any(
        d.kind in ONE_FACT_KINDS for d in one.differences
    )


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
    if _value_key(said) == _value_key(again):
        return True
    return meets(said, again) and relate(said, again)[0] in (Status.SAME, Status.COMPATIBLE)


def _compare_polarity(statements: Sequence[Statement]) -> list[DetailComparison]:
    """Return, for each negated predicate, how the other sources state the same predicate.

    Both negated is ``same``; negated in one and asserted in another is ``different``;
    a predicate the other sources do not state, or state only as a possibility ("could
    join"), is one-sided.
    """
    comparisons = []
    negations = [
        (statement, detail)
        for statement in statements
        for detail in statement.details
        if detail.kind is Kind.NEGATION and not _judged_elsewhere(statement, detail)
    ]
    seen: set[tuple[str, str]] = set()
    for statement, negation in negations:
        stem = str(negation.value)
        if (statement.source, stem) in seen:
            continue
        seen.add((statement.source, stem))
        mentions = [Mention(statement.source, negation)]
        status = Status.ONE_SIDED
        for other in statements:
            if other.source == statement.source or other.source in {m.source for m in mentions}:
                continue
            negated = next(
                (
                    d
                    for d in other.details
                    if d.kind is Kind.NEGATION and asserts(str(d.value), stem)
                ),
                None,
            )
            if negated is not None:
                mentions.append(Mention(other.source, negated))
                seen.add((other.source, stem))
                status = Status.SAME if status is not Status.DIFFERENT else status
                continue
            asserted = _asserted(
                other,
                stem,
                denial=negation.qualifier == "denied",
                about=_arguments(
                    statement.text,
                    negation.start - statement.start,
                    negation.end - statement.start,
                    passive=_PASSIVE.search(negation.text) is not None,
                ),
            )
            if asserted is not None:
                mentions.append(Mention(other.source, asserted))
                status = Status.DIFFERENT
        note = ""
        if status is Status.DIFFERENT:
            note = f"one says “{negation.text}”, another states it without negation"
        comparisons.append(DetailComparison(Kind.NEGATION, status, tuple(mentions), note))
    return comparisons


def _judged_elsewhere(statement: Statement, negation: Detail) -> bool:
    """Return whether a negation lies inside a quote or a zero count ("no casualties").

    The quote's words and the count are compared as such; the negation would only
    report the same difference twice.
    """
    for detail in statement.details:
        inside = detail.start <= negation.start and negation.end <= detail.end
        overlaps = detail.start < negation.end and negation.start < detail.end
        if (detail.kind is Kind.QUOTE and inside) or (
            detail.kind is Kind.QUANTITY and detail.value == 0 and overlaps
        ):
            return True
    return False


def _arguments(text: str, start: int, end: int, *, passive: bool) -> frozenset[str]:
    """Return the content words a predicate at ``start:end`` is about: its object, or its
    subject when it is passive ("the notice has not been lifted")."""
    if passive:
        words = text[:start].split()[-_SUBJECT_WINDOW:]
    else:
        words = text[end:].split()[:_OBJECT_WINDOW]
    return frozenset(content_words(" ".join(words)))


def _asserted(
    statement: Statement, stem: str, *, denial: bool, about: frozenset[str]
) -> Detail | None:
    """Return the span where ``statement`` asserts the predicate ``stem`` as a detail, if it does.

    ``about`` is what the negated predicate is about: the same predicate about other
    things ("wants to stay away" against "do not want to fight") is not the same claim.
    """
    words = list(_WORD.finditer(statement.text))
    negated = [
        (d.start - statement.start, d.end - statement.start)
        for d in statement.details
        if d.kind is Kind.NEGATION
    ]
    for index, word in enumerate(words):
        found = predicate_stem(word.group())
        if not (asserts(found, stem) or (denial and found in AFFIRMING)):
            continue
        if any(start <= word.start() < end for start, end in negated):
            continue
        passive = index > 0 and words[index - 1].group().lower() in BE_FORMS
        found = _arguments(statement.text, word.start(), word.end(), passive=passive)
        if about and found and not about & found:
            continue  # "do not want to fight" says nothing of "wants to stay away"
        before = [w.group().lower() for w in words[max(0, index - _ASSERTION_WINDOW) : index]]
        if before[-2:-1] and before[-1] == "to" and before[-2] in COMMITTING:
            before = before[:-2]  # "agreed to suspend" asserts the suspension
        if set(before) & UNASSERTED or any(w.endswith("n't") for w in before):
            continue
        start, end = statement.start + word.start(), statement.start + word.end()
        return Detail(Kind.NEGATION, word.group(), start, end, stem, qualifier="asserted")
    return None
