"""The alignment gate: precision, recall and F1 of aligned pairs stay above a stored floor."""

import json
from pathlib import Path

import pytest

from .alignment import ITEMS, evaluate, gold, load_items

FLOOR = json.loads((Path(__file__).parent / "alignment_floor.json").read_text(encoding="utf-8"))
ITEMS_LOADED = load_items(ITEMS)


def test_the_set_is_large_and_every_fragment_names_one_statement():
    assert len(ITEMS_LOADED) >= 60
    assert len({item.id for item in ITEMS_LOADED}) == len(ITEMS_LOADED)
    pairs = [gold(item) for item in ITEMS_LOADED]  # raises when a fragment is ambiguous
    assert sum(len(p) for p in pairs) >= 200


@pytest.fixture(scope="module")
def score():
    return evaluate(ITEMS_LOADED)


def test_alignment_stays_above_its_floor(score):
    assert score.precision >= FLOOR["precision"], f"precision {score.precision:.3f}"
    assert score.recall >= FLOOR["recall"], f"recall {score.recall:.3f}"
    assert score.f1 >= FLOOR["f1"], f"F1 {score.f1:.3f}"
