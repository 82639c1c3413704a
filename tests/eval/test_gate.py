"""The quality gate: precision and recall of ``discrepancy`` on the labelled pairs stay above their floors."""

import json
from collections import Counter
from pathlib import Path

import pytest

from .evaluate import FLOORS, KINDS, SETS, evaluate, load_pairs, table

DOCUMENT = Path(__file__).parents[2] / "docs" / "regression-sets.md"
PAIRS = {name: load_pairs(path) for name, path in SETS.items()}
FLOOR = json.loads(FLOORS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=SETS)
def scored(request):
    return request.param, evaluate(PAIRS[request.param])


@pytest.mark.parametrize("name, size", [("details", 200), ("holdout", 100)])
def test_the_sets_are_large_varied_and_well_formed(name, size):
    pairs = PAIRS[name]
    assert len(pairs) >= size
    assert len({p.id for p in pairs}) == len(pairs)
    verdicts = Counter(p.verdict for p in pairs)
    assert set(verdicts) == {"agreement", "discrepancy"}
    assert 0.4 <= verdicts["discrepancy"] / len(pairs) <= 0.6
    for pair in pairs:
        assert pair.kinds, pair.id
        if pair.verdict == "discrepancy":
            assert pair.differing and set(pair.kinds) <= set(KINDS), pair.id
            for words_a, words_b in pair.differing:
                assert words_a in pair.a and words_b in pair.b, pair.id
        else:
            assert not pair.differing, pair.id
    discrepant = Counter(k for p in pairs if p.verdict == "discrepancy" for k in p.kinds)
    agreeing = Counter(k for p in pairs if p.verdict == "agreement" for k in p.kinds)
    for kind in KINDS:
        assert discrepant[kind] >= size // 20 and agreeing[kind] >= size // 20, kind
    # not one template: few statements share their first four words
    openings = Counter(" ".join(p.a.split()[:4]) for p in pairs)
    assert openings.most_common(1)[0][1] <= 5


def test_scores_stay_above_their_floors(scored):
    name, scores = scored
    for kind, floor in FLOOR[name].items():
        score = scores[kind]
        assert score.precision >= floor["precision"], f"{name} {kind} {score.precision:.3f}"
        assert score.recall >= floor["recall"], f"{name} {kind} recall {score.recall:.3f}"


def test_the_floors_cover_every_kind_and_meet_the_targets():
    assert set(FLOOR) == set(SETS)
    for floors in FLOOR.values():
        assert set(floors) == {"discrepancy", *KINDS}
    assert FLOOR["details"]["discrepancy"]["precision"] >= 0.95
    assert FLOOR["details"]["discrepancy"]["recall"] >= 0.90


def test_the_readme_shows_the_current_figures(scored):
    _, scores = scored
    assert table(scores) in DOCUMENT.read_text(encoding="utf-8")
