"""The benchmark's scoring rules, the naive peer and the floors, on small made-up pairs."""

import json

import pytest

from bench import run as bench_run
from bench.agreement import as_output
from bench.corpus import BuiltArticle, _join, detokenise
from bench.labels import Fact
from bench.score import Counts, Figure, gold_word_spans, score_pair, summarise
from bench.systems import Output, ReportedDiscrepancy, regex_sentences, sentences_at

A = _join(
    [["Rebels seize the town."], ["At least 22 people died, officials said.", "The army withdrew."]]
)
B = _join([["Town falls to rebels."], ["The toll rose to 89, a medic said.", "Rain fell all day."]])
TOLL = Fact(a=(1,), b=(1,), verdict="discrepancy", what="toll", differing=(("At least 22", "89"),))
SEIZED = Fact(a=(0,), b=(0,), verdict="agreement", what="town seized", differing=())


def span_of(built: BuiltArticle, words: str) -> tuple[int, int]:
    start = built.text.index(words)
    return (start, start + len(words))


def reported(words_a: str, words_b: str, a=frozenset({1}), b=frozenset({1})):
    return ReportedDiscrepancy(a, b, (((span_of(A, words_a),), (span_of(B, words_b),)),))


def test_the_layout_keeps_each_sentence_at_its_offsets():
    assert [A.text[s:e] for s, e in A.spans] == [
        "Rebels seize the town.",
        "At least 22 people died, officials said.",
        "The army withdrew.",
    ]
    assert "\n\n" in A.text[A.spans[0][1] : A.spans[1][0]]


def test_detokenising_rejoins_what_the_tokeniser_cut():
    assert detokenise(["U.S.", "drone", "strike", "kills", "5", "(", "five", ")", "."]) == (
        "U.S. drone strike kills 5 (five)."
    )
    assert detokenise(['"', "No", ",", '"', "he", "said"]) == "“No,” he said"


def test_a_discrepancy_is_right_only_at_the_gold_words():
    words = gold_word_spans(TOLL, A, B)
    assert words == [(span_of(A, "At least 22"), span_of(B, "89"))]
    at_gold = Output(frozenset({(1, 1)}), (reported("22", "89"),), ())
    counts = score_pair([TOLL, SEIZED], at_gold, A, B)
    assert (counts.discrepancies_right, counts.discrepancies_found) == (1, 1)
    elsewhere = Output(frozenset({(1, 1)}), (reported("officials", "a medic"),), ())
    counts = score_pair([TOLL, SEIZED], elsewhere, A, B)
    assert (counts.discrepancies_right, counts.discrepancies_reported) == (0, 1)
    assert (counts.discrepancies_found, counts.discrepancies_gold) == (0, 1)


def test_a_discrepancy_in_other_sentences_is_wrong():
    other = Output(frozenset(), (reported("22", "89", b=frozenset({0})),), ())
    assert score_pair([TOLL], other, A, B).discrepancies_right == 0


def test_alignment_counts_every_gold_sentence_pair():
    two_sided = Fact(a=(1, 2), b=(1,), verdict="agreement", what="", differing=())
    output = Output(frozenset({(1, 1), (0, 1)}), (), ())
    counts = score_pair([two_sided], output, A, B)
    assert (counts.aligned_right, counts.aligned_reported, counts.aligned_gold) == (1, 2, 2)


def test_one_source_statements_are_right_only_outside_every_gold_fact():
    output = Output(frozenset(), (), (("a", frozenset({2})), ("b", frozenset({1}))))
    counts = score_pair([TOLL], output, A, B)
    assert (counts.unique_right, counts.unique_listed) == (1, 2)


def test_a_refused_pair_finds_nothing():
    counts = score_pair([TOLL, SEIZED], Output(frozenset(), (), (), refused="no text"), A, B)
    assert counts.refused == 1
    assert counts.aligned_gold == 2 and counts.aligned_right == 0


def test_the_interval_resamples_events_and_holds_the_value():
    by_event = {
        "e1": Counts(pairs=1, aligned_right=1, aligned_reported=1, aligned_gold=2),
        "e2": Counts(pairs=1, aligned_right=3, aligned_reported=4, aligned_gold=4),
        "e3": Counts(pairs=1, aligned_right=0, aligned_reported=2, aligned_gold=1),
    }
    figures = summarise(by_event)
    precision = figures["alignment precision"]
    assert precision.value == pytest.approx(4 / 7)
    assert precision.low <= precision.value <= precision.high
    assert precision.low < precision.high
    assert figures["discrepancy precision"] == Figure(None, None, None)


def test_a_reader_scored_against_itself_agrees_fully():
    output = as_output([TOLL, SEIZED], A, B)
    counts = score_pair([TOLL, SEIZED], output, A, B)
    assert counts.aligned_right == counts.aligned_gold == 2
    assert counts.discrepancies_right == counts.discrepancies_found == 1


def test_the_peer_cuts_at_full_stops_and_newlines():
    text = "Two died. Three were hurt!\nHeadline"
    assert [text[s:e] for s, e in regex_sentences(text)] == [
        "Two died.",
        "Three were hurt!",
        "Headline",
    ]
    assert sentences_at(A.spans, *span_of(A, "22 people")) == frozenset({1})


def result(value: float | None, corpus: str = "all") -> bench_run.Result:
    figures = {name: Figure(None, None, None) for name in bench_run.FIGURES}
    figures["alignment F1"] = Figure(value, value, value)
    return bench_run.Result("factdiff", "dev", corpus, 1, 1, 0, figures)


def test_the_gate_fails_below_a_floor_and_floors_never_drop_silently(tmp_path, monkeypatch):
    monkeypatch.setattr(bench_run, "FLOORS", tmp_path / "floors.json")
    monkeypatch.setattr(bench_run, "labelled_fingerprint", lambda: "abc")
    bench_run.write_floors([result(0.5)], lower=False)
    assert (
        json.loads((tmp_path / "floors.json").read_text())["floors"]["all"]["alignment F1"] == 0.5
    )
    assert bench_run.check_floors([result(0.5)]) == []
    assert bench_run.check_floors([result(0.4)]) == ["all alignment F1: 0.4 < floor 0.5"]
    with pytest.raises(SystemExit, match="would lower floors"):
        bench_run.write_floors([result(0.4)], lower=False)
    bench_run.write_floors([result(0.4)], lower=True)
    monkeypatch.setattr(bench_run, "labelled_fingerprint", lambda: "changed")
    assert "changed since the floors were set" in bench_run.check_floors([result(0.9)])[0]
