"""The alignment gate: precision, recall and F1 of aligned pairs stay above a stored floor
on every labelled set, confidence means what it says, and the stored blend still scores
what it scored when it was fitted."""

import json
from pathlib import Path

import pytest

from factdiff.align import semantic
from factdiff.align.model import stored_fit

from .alignment import HOLDOUT, ITEMS, LONG, calibration, load_items, outcome, score, seed_item
from .evaluate import Score

FLOOR = json.loads((Path(__file__).parent / "alignment_floor.json").read_text(encoding="utf-8"))
SETS = {
    "development": load_items(ITEMS),
    "holdout": load_items(HOLDOUT),
    "long": load_items(LONG),
    "seeds": [seed_item()],
}


@pytest.fixture(scope="module")
def outcomes():
    """Compare every item once, with the core install: the floors are its figures, with or
    without the extra. Building an outcome raises when a fragment names no statement or
    several."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACTDIFF_SEMANTIC", "0")
        assert not semantic.available()
        yield {name: [outcome(item) for item in items] for name, items in SETS.items()}


def test_the_sets_are_large_and_every_fragment_names_one_statement(outcomes):
    assert len(SETS["development"]) >= 60
    assert len(SETS["holdout"]) >= 30
    assert len(SETS["long"]) >= 10
    for name, items in SETS.items():
        assert len({item.id for item in items}) == len(items), name
        assert all(result.expected for result in outcomes[name]), name


@pytest.mark.parametrize("name", SETS)
def test_alignment_stays_above_its_floor(outcomes, name):
    total = score(outcomes[name])
    floor = FLOOR[name]
    assert total.precision >= floor["precision"], f"precision {total.precision:.3f}"
    assert total.recall >= floor["recall"], f"recall {total.recall:.3f}"
    assert total.f1 >= floor["f1"], f"F1 {total.f1:.3f}"


def test_pairs_aligned_with_confidence_of_at_least_0_8_are_right_four_times_in_five(outcomes):
    results = outcomes["development"] + outcomes["long"]
    confident = [(n, share) for low, _, n, share in calibration(results) if low >= 0.8]
    pairs = sum(n for n, _ in confident)
    # The calibration is fitted on real news, where few pairs are this sure; on these
    # sets it is conservative (fewer such pairs, more of them right).
    assert pairs >= 30
    assert sum(n * share for n, share in confident) / pairs >= 0.8


def test_the_stored_blend_scores_on_the_labelled_sets_what_it_scored_when_fitted(outcomes):
    # ``python -m tools.fit_alignment`` records these counts when it stores the blend.
    # Refitting takes long; scoring the same without it shows that the stored blend, the
    # scorers and the sets still belong together: change a scorer or a set, and refit.
    recorded = stored_fit()["core"]["figures"]
    assert recorded.keys() == {"development", "long", "seeds"}
    for name, counts in recorded.items():
        assert score(outcomes[name]) == Score(**counts), name
