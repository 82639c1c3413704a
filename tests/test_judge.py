"""Judging: details compared slot by slot, verdicts, repeated facts merged."""

import re

import pytest

from factdiff.judge import compare_details, findings, judge
from factdiff.models import Detail, Group, Kind, Statement, Status, Verdict


@pytest.fixture(autouse=True)
def _every_discrepancy_counts(monkeypatch):
    """These tests are about which details differ and how findings form; how likely a
    discrepancy is real, and what happens below the level, is tested in test_likelihood.py."""
    monkeypatch.setattr(findings, "likelihood", lambda finding: 0.9)


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
    # Both findings' statements read "A statement.": told apart by order.
    first, second = (f.id for f in findings)
    assert re.fullmatch(r"F-[0-9a-f]{6}", first) and second == f"{first}-2"
    assert all(0 <= f.confidence <= 1 for f in findings)
    assert findings[0].differences[0].note == "differ by 0.5 years (3 vs 3.5)"


def test_a_fact_repeated_in_one_source_is_one_finding():
    standfirst = statement("a", 0, THREE_YEARS)
    lead = statement("a", 1, MONDAY, THREE_YEARS)
    other = statement("b", 5, THREE_AND_A_HALF)
    findings = judge([Group((standfirst, other), 0.5), Group((lead, other), 0.45)])
    assert len(findings) == 1
    assert [(s.source, s.index) for s in findings[0].statements] == [("a", 0), ("a", 1), ("b", 5)]
    assert findings[0].verdict is Verdict.DISCREPANCY


def test_findings_without_compared_details_are_not_merged():
    shared = statement("b", 0)
    findings = judge(
        [Group((statement("a", 0), shared), 0.5), Group((statement("a", 1), shared), 0.45)]
    )
    assert len(findings) == 2


def statement_with(source, text, *details):
    return Statement(source, 0, 0, len(text), text, tuple(details))


def negation(text, stem, sentence):
    start = sentence.index(text)
    return Detail(Kind.NEGATION, text, start, start + len(text), stem, qualifier="not")


def polarity(negated, words, stem, other, other_words=None):
    """Return the negation comparisons of a negated sentence set against another."""
    details = compare_details(
        [
            statement_with("a", negated, negation(words, stem, negated)),
            statement_with(
                "b", other, *([negation(other_words, stem, other)] if other_words else [])
            ),
        ]
    )
    return [d for d in details if d.kind is Kind.NEGATION]


def test_a_negated_claim_against_the_same_claim_asserted_is_different():
    (compared,) = polarity(
        "Belarus has not joined the war.", "has not joined", "join", "Belarus has joined the war."
    )
    assert compared.status is Status.DIFFERENT
    assert [m.detail.text for m in compared.mentions] == ["has not joined", "joined"]


@pytest.mark.parametrize(
    "other",
    [
        "There are fears that Belarus could join the war.",
        "Putin may pressure Lukashenko to join the offensive.",
        "If Belarus joins the war, there could be uprisings.",
    ],
)
def test_a_claim_only_feared_or_possible_does_not_contradict_its_negation(other):
    compared = polarity("Belarus has not joined the war.", "has not joined", "join", other)
    assert [d.status for d in compared] == [Status.ONE_SIDED]


def test_both_negated_is_the_same():
    compared = polarity(
        "Belarus has not joined the war.",
        "has not joined",
        "join",
        "Belarus has not officially joined the war.",
        "has not officially joined",
    )
    assert [d.status for d in compared] == [Status.SAME]


def test_a_commitment_asserts_what_it_commits_to():
    compared = polarity(
        "The rail union refused to suspend the strike.",
        "refused to suspend",
        "suspend",
        "The rail union agreed to suspend the strike.",
    )
    assert [d.status for d in compared] == [Status.DIFFERENT]


def quoted(source, sentence, words):
    start = sentence.index(words)
    quote = Detail(Kind.QUOTE, words, start, start + len(words), words)
    return statement_with(source, sentence, quote)


def test_when_each_source_quotes_once_the_quotes_are_one_remark():
    details = compare_details(
        [
            quoted(
                "a",
                'He said: "I want to finish my career here."',
                "I want to finish my career here.",
            ),
            quoted(
                "b",
                'He said: "I want to start a new chapter somewhere else."',
                "I want to start a new chapter somewhere else.",
            ),
        ]
    )
    assert [d.status for d in details] == [Status.DIFFERENT]


def quote(words, speaker):
    found = detail(Kind.QUOTE, words, text=f"“{words}”")
    return Detail(found.kind, found.text, found.start, found.end, found.value, speaker=speaker)


def said_by(name):
    return detail(Kind.ATTRIBUTION, name, text=f"{name} said")


@pytest.mark.parametrize(("confidence", "verdict"), [(0.6, "agreement"), (0.9, "discrepancy")])
def test_who_said_it_differs_is_a_discrepancy_only_for_a_sure_pair(confidence, verdict):
    group = Group(
        (statement("a", 0, said_by("the ministry")), statement("b", 0, said_by("the army"))),
        similarity=confidence,
        confidence=confidence,
    )
    [finding] = judge([group])
    assert finding.verdict.value == verdict
    [sources] = [d for d in finding.details if d.kind is Kind.ATTRIBUTION]
    if verdict == "agreement":
        assert sources.status is Status.COMPATIBLE
        assert sources.note.endswith("may be two different claims")


def test_quotes_of_two_speakers_are_not_taken_for_one_remark():
    details = compare_details(
        [
            statement("a", 0, quote("we will rebuild the bridge", "Mayor Ana Ruiz")),
            statement("b", 0, quote("nobody listens to us", "a shop owner")),
        ]
    )
    assert [d.status for d in details if d.kind is Kind.QUOTE] == [Status.ONE_SIDED] * 2


def test_quotes_of_one_speaker_in_other_words_are_one_remark():
    details = compare_details(
        [
            statement("a", 0, quote("we will rebuild the bridge", "Ana Ruiz")),
            statement("b", 0, quote("the bridge comes back", "Ana Ruiz")),
        ]
    )
    [remark] = [d for d in details if d.kind is Kind.QUOTE]
    assert len(remark.mentions) == 2


def test_a_third_source_joins_the_pair_it_meets():
    (compared,) = compare_details(
        [
            statement("a", 0, THREE_AND_A_HALF),
            statement("b", 0, THREE_YEARS),
            statement("c", 0, THREE_AND_A_HALF),
        ]
    )
    assert compared.status is Status.DIFFERENT
    assert [(m.source, m.detail.value) for m in compared.mentions] == [
        ("a", 3.5),
        ("b", 3),
        ("c", 3.5),
    ]
    assert compared.note == "differ by 0.5 years (3.5 vs 3)"


def test_one_disagreement_over_a_figure_found_in_two_pairs_is_one_finding():
    a, c = statement("a", 0, THREE_AND_A_HALF), statement("c", 0, THREE_AND_A_HALF)
    standfirst, lead = statement("b", 0, THREE_YEARS), statement("b", 1, THREE_YEARS)
    findings = judge([Group((a, standfirst), 0.6), Group((lead, c), 0.5), Group((a, c), 0.4)])
    assert len(findings) == 1
    assert findings[0].sources == ("a", "b", "c")
    assert [d.status for d in findings[0].details] == [Status.DIFFERENT]


def test_agreements_sharing_only_a_source_stay_apart():
    one = Group((statement("a", 0, MONDAY), statement("b", 0, MONDAY)), 0.6)
    other = Group((statement("a", 1, MONDAY), statement("c", 0, MONDAY)), 0.5)
    assert len(judge([one, other])) == 2


def test_a_source_repeating_a_date_less_fully_gives_one_value():
    dateline = detail(Kind.DATE, "--12-19", text="Dec 19")
    details = compare_details([statement("a", 0, DEC_19), statement("c", 0, dateline, DEC_19)])
    assert [(d.status, len(d.mentions)) for d in details] == [(Status.SAME, 3)]


def test_a_finding_id_is_its_statements_words_not_its_position():
    said = Group((statement("a", 0, text="Five died."), statement("b", 3, text="Five died.")), 0.9)
    other = Group((statement("a", 1, text="It rained."), statement("b", 1, text="Rain fell.")), 0.9)
    alone = {f.statements[0].text: f.id for f in judge([said])}
    together = {f.statements[0].text: f.id for f in judge([other, said])}
    assert alone["Five died."] == together["Five died."]
    moved = Group(
        (statement("a", 7, text="Five  died."), statement("b", 0, text="five died.")), 0.9
    )
    assert judge([moved])[0].id == alone["Five died."]
    changed = Group(
        (statement("a", 0, text="Six died."), statement("b", 3, text="Five died.")), 0.9
    )
    assert judge([changed])[0].id != alone["Five died."]
