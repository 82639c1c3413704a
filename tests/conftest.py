"""Shared fixtures: the seed articles."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
THE_WEEK = SEEDS / "theweek-putin-flies-to-minsk.txt"
BELARUS = SEEDS / "putin-visits-minsk-choice-of-belarus.txt"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """Return the two seed articles, The Week's first."""
    return [THE_WEEK, BELARUS]
