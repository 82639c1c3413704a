"""Judging: details compared slot by slot, verdicts, repeated facts merged."""

import math

import pytest

from factdiff.align import Group
from factdiff.judge import compare_details, judge, relate
from factdiff.models import Detail, Kind, Statement, Status, Verdict


def detail(kind, value, unit=None, text=None, start=0):
    text = text or str(value)
    return Detail(kind, text, start, start + len(text), value, unit)


def statement(source, index, *details, text="A statement."):
    return Statement(source, index, 0, len(text), text, tuple(details))


THREE_YEARS = detail(Kind.DURATION, 3, "year", "three years")
THREE_AND_A_HALF = detail(Kind.DURATION, 3.5, "year", "three and a half years")
TEN_MONTHS = detail(Kind.DURATION, 10, "month", "ten months")
MONDAY = detail(Kind.WEEKDAY, "Monday")
DEC_19 = detail(Kind.DATE, "2022-12-19", text="December 19, 2022")


@pytest.mark.parametrize(
    "a, b, status",
    [
        (THREE_YEARS, THREE_AND_A_HALF, Status.DIFFERENT),
        (THREE_YEARS, detail(Kind.DURATION, 36, "month"), Status.SAME),
        (detail(Kind.DURATION, (9, 10), "month"), TEN_MONTHS, Status.COMPATIBLE),
        (MONDAY, DEC_19, Status.COMPATIBLE),
        (detail(Kind.WEEKDAY, "Friday"), DEC_19, Status.DIFFERENT),
        (MONDAY, detail(Kind.WEEKDAY, "Monday"), Status.SAME),
        (DEC_19, detail(Kind.DATE, "--12-19"), Status.COMPATIBLE),
        (DEC_19, detail(Kind.DATE, "2022-12-20"), Status.DIFFERENT),
        (
            detail(Kind.QUANTITY, 3, "warplane"),
            detail(Kind.QUANTITY, 4, "warplane"),
            Status.DIFFERENT,
        ),
        (
            detail(Kind.QUANTITY, (22, math.inf), "person"),
            detail(Kind.QUANTITY, 30, "person"),
            Status.COMPATIBLE,
        ),
    ],
)
def test_relate(a, b, status):
    assert relate(a, b)[0] is status
    assert relate(b, a)[0] is status


def test_difference_note_says_how_far_apart():
    assert relate(THREE_YEARS, THREE_AND_A_HALF)[1] == "differ by 0.5 years (3 vs 3.5)"
    assert (
        relate(detail(Kind.WEEKDAY, "Friday"), DEC_19)[1] == "2022-12-19 was a Monday, not a Friday"
    )


def test_unrelated_kinds_never_meet():
    details = compare_details(
        [
            statement("a", 0, detail(Kind.QUANTITY, 3, "warplane"), THREE_YEARS),
            statement("b", 0, detail(Kind.RANK, 52, "of 142"), DEC_19),
        ]
    )
    assert {d.status for d in details} == {Status.ONE_SIDED}
    assert len(details) == 4


def test_closest_durations_are_paired():
    details = compare_details(
        [statement("a", 0, THREE_YEARS), statement("b", 0, TEN_MONTHS, THREE_AND_A_HALF)]
    )
    different = [d for d in details if d.status is Status.DIFFERENT]
    assert len(different) == 1
    assert {m.detail.value for m in different[0].mentions} == {3, 3.5}
    assert [d.mentions[0].detail for d in details if d.status is Status.ONE_SIDED] == [TEN_MONTHS]


def test_verdicts_and_discrepancies_first():
    agreement = Group((statement("a", 0, MONDAY), statement("b", 0, DEC_19)), similarity=0.6)
    discrepancy = Group(
        (statement("a", 1, THREE_YEARS), statement("b", 1, THREE_AND_A_HALF)), similarity=0.5
    )
    findings = judge([agreement, discrepancy])
    assert [f.verdict for f in findings] == [Verdict.DISCREPANCY, Verdict.AGREEMENT]
    assert [f.id for f in findings] == ["F1", "F2"]
    assert all(0 <= f.confidence <= 1 for f in findings)
    assert findings[0].differences[0].note == "differ by 0.5 years (3 vs 3.5)"


def test_a_fact_repeated_in_one_source_is_one_finding():
    standfirst = statement("a", 0, THREE_YEARS)
    lead = statement("a", 1, MONDAY, THREE_YEARS)
    other = statement("b", 5, THREE_AND_A_HALF)
    findings = judge([Group((standfirst, other), 0.5), Group((lead, other), 0.45)])
    assert len(findings) == 1
    assert [s.key for s in findings[0].statements] == [("a", 0), ("a", 1), ("b", 5)]
    assert findings[0].verdict is Verdict.DISCREPANCY


def test_findings_without_compared_details_are_not_merged():
    shared = statement("b", 0)
    findings = judge(
        [Group((statement("a", 0), shared), 0.5), Group((statement("a", 1), shared), 0.45)]
    )
    assert len(findings) == 2
