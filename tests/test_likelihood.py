"""How likely a discrepancy is real: the features, the stored models, and the split of
discrepancies into counted ones and ones to check."""

import json
import math
from pathlib import Path

import pytest

from factdiff.judge import findings, judge, likelihood
from factdiff.models import Detail, Group, Kind, Statement, Verdict


def detail(kind, value, unit=None, text=None):
    text = text or str(value)
    return Detail(kind, text, 0, len(text), value, unit)


def statement(source, index, *details, text="Seven people died in the fire."):
    return Statement(source, index, 0, len(text), text, tuple(details))


FIVE = detail(Kind.QUANTITY, 5, "people", "5 people")
SEVEN = detail(Kind.QUANTITY, 7, "people", "7 people")
EIGHT_VILLAGES = detail(Kind.QUANTITY, 8, "village", "8 villages")
NINE_VILLAGES = detail(Kind.QUANTITY, 9, "village", "9 villages")


def discrepancy(a=FIVE, b=SEVEN, confidence=0.9, text="Five people died in the fire."):
    group = Group(
        (statement("a", 0, a, text=text), statement("b", 0, b, text=text)),
        similarity=confidence,
        confidence=confidence,
    )
    [finding] = judge([group])
    return finding


def test_features_read_the_alignment_and_what_differs():
    found = likelihood.features(discrepancy(confidence=0.75))
    assert found["alignment"] == pytest.approx(math.log(3))
    assert found["figure"] == 1.0
    assert found["same unit"] == 1.0
    assert found["speech"] == found["polarity"] == found["weekday"] == found["several"] == 0.0
    assert found["words"] == pytest.approx(math.log(6))


def test_figures_in_different_units_are_not_the_same_unit():
    assert likelihood.features(discrepancy(b=EIGHT_VILLAGES))["same unit"] == 0.0


def test_the_stored_models_weigh_every_feature_for_each_kind_of_blend():
    stored = json.loads(Path(likelihood.__file__).with_name(likelihood.FITTED).read_text())
    assert set(stored) == {"core", "semantic"}
    names = set(likelihood.features(discrepancy()))
    for model in stored.values():
        assert set(model["weights"]) == names
        assert isinstance(model["bias"], float)


@pytest.mark.parametrize(("probability", "verdict"), [(0.5, "discrepancy"), (0.49, "possible")])
def test_a_discrepancy_below_the_level_is_possible_and_its_confidence_the_likelihood(
    monkeypatch, probability, verdict
):
    monkeypatch.setattr(findings, "likelihood", lambda finding: probability)
    finding = discrepancy(confidence=0.8)
    assert finding.verdict is Verdict("possible discrepancy" if verdict == "possible" else verdict)
    assert finding.confidence == probability
    assert finding.aligned == 0.8
    assert finding.differences


def test_findings_are_ordered_discrepancies_possible_ones_agreements(monkeypatch):
    monkeypatch.setattr(
        findings, "likelihood", lambda f: 0.9 if f.statements[0].index == 2 else 0.1
    )
    groups = [
        Group((statement("a", 0, FIVE), statement("b", 0, FIVE)), 0.9, confidence=0.9),
        Group((statement("a", 1, FIVE), statement("b", 1, SEVEN)), 0.9, confidence=0.9),
        Group(
            (statement("a", 2, EIGHT_VILLAGES), statement("b", 2, NINE_VILLAGES)),
            0.9,
            confidence=0.9,
        ),
    ]
    found = judge(groups)
    assert [f.verdict for f in found] == [Verdict.DISCREPANCY, Verdict.POSSIBLE, Verdict.AGREEMENT]
    assert [f.statements[0].index for f in found] == [2, 1, 0]
    assert len({f.id for f in found}) == 3


def test_an_agreement_keeps_the_alignment_confidence():
    group = Group((statement("a", 0, FIVE), statement("b", 0, FIVE)), 0.7, confidence=0.7)
    [finding] = judge([group])
    assert finding.verdict is Verdict.AGREEMENT
    assert finding.confidence == finding.aligned == 0.7


def test_the_likelihood_is_the_stored_logistic_model(monkeypatch):
    finding = discrepancy()
    model = {"weights": {name: 0.5 for name in likelihood.features(finding)}, "bias": -1.0}
    monkeypatch.setattr(likelihood, "_models", lambda: {"core": model, "semantic": model})
    odds = -1.0 + 0.5 * sum(likelihood.features(finding).values())
    assert likelihood.likelihood(finding) == round(1 / (1 + math.exp(-odds)), 4)


def test_a_short_clean_disagreement_over_a_figure_is_likelier_than_a_long_one():
    short = discrepancy(text="Five people died in the fire.")
    long = discrepancy(text=" ".join(["The fire that started on Monday in the old town"] * 6))
    assert likelihood.likelihood(short) > likelihood.likelihood(long)


def test_counts_from_the_level():
    assert likelihood.counts(likelihood.LEVEL)
    assert not likelihood.counts(likelihood.LEVEL - 0.01)
