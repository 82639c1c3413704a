"""Where the optional semantic scorer used to live: it is ``factdiff.align.semantic`` now.

available(), semantic_scores(rows, columns, *, corpus), set_encoder(encode)
    -> re-exported from ``factdiff.align.semantic`` for importers of the old path
       (the extra's own tests, tests/semantic/)
"""

from .align.semantic import available, semantic_scores, set_encoder

__all__ = ["available", "semantic_scores", "set_encoder"]
