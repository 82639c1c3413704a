"""How likely a discrepancy is real: the fitted model of ``likelihood.json``.

features(finding)    -> what the model weighs: the alignment's confidence, what differs
likelihood(finding)  -> the probability that a discrepant finding is a real discrepancy
counts(probability)  -> whether a discrepancy that likely counts, or goes to the check list
LEVEL                -> the probability from which a discrepancy counts

Two statements aligned as one fact may still differ in a detail for no real reason: the
alignment was wrong, or the details measure different things ("a one-day visit" against
"his first visit in three years"). ``python -m tools.fit_likelihood`` fits a logistic
model of "this reported discrepancy is one the readers found" on the real-news
development split (``bench/``) and writes its weights beside this module, one model per
kind of alignment blend (the confidences of the two are not on one scale).
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from ..align import kind_in_use
from ..align.model import logit, sigmoid
from ..models import FIGURE_KINDS, Finding, Kind

__all__ = ["LEVEL", "counts", "features", "likelihood"]

FITTED = "likelihood.json"
# A false discrepancy costs as much trust as a missed one: a discrepancy counts when it is
# at least as likely real as not, and is otherwise listed for a reader to check.
LEVEL = 0.5
# Units count one fact's measure: a differing figure in the same unit measures the same
# thing more often than one in units the reports do not share.
_MEASURED = frozenset({Kind.QUANTITY, Kind.DURATION, Kind.RANK})
_SPEECH = frozenset({Kind.QUOTE, Kind.ATTRIBUTION})
_POLARITY = frozenset({Kind.NEGATION, Kind.MODALITY})


def features(finding: Finding) -> dict[str, float]:
    """Return what the model weighs of a discrepant finding.

    >>> from factdiff.models import Verdict
    >>> features(Finding("F1", Verdict.DISCREPANCY, 0.5, 0.5, (), (), aligned=0.5))["alignment"]
    0.0
    """
    kinds = {d.kind for d in finding.differences}
    # An alignment surer than 99.9% says no more than that: kept off 0 and 1 by 1e-3.
    aligned = min(max(finding.aligned, 1e-3), 1 - 1e-3)
    return {
        "alignment": float(logit(np.float64(aligned))),
        "figure": float(bool(kinds & (FIGURE_KINDS - {Kind.WEEKDAY}))),
        "weekday": float(Kind.WEEKDAY in kinds),
        "speech": float(bool(kinds & _SPEECH)),
        "polarity": float(bool(kinds & _POLARITY)),
        "same unit": float(
            any(
                d.kind in _MEASURED
                and d.mentions[0].detail.unit
                and len({m.detail.unit for m in d.mentions}) == 1
                for d in finding.differences
            )
        ),
        "several": float(len(kinds) > 1),
        # Long sentences hold several figures, and two of them often measure different
        # things; two short statements that differ in a figure differ over one fact.
        "words": math.log(max((len(s.text.split()) for s in finding.statements), default=1)),
    }


def likelihood(finding: Finding) -> float:
    """Return the probability that a discrepant finding is a real discrepancy."""
    model = _models()[kind_in_use()]
    found = features(finding)
    odds = model["bias"] + sum(model["weights"][name] * found[name] for name in found)
    return round(float(sigmoid(np.float64(odds))), 4)


def counts(probability: float) -> bool:
    """Return whether a discrepancy this likely counts, rather than going to be checked."""
    return probability >= LEVEL


@cache
def _models() -> dict[str, dict[str, Any]]:
    text = resources.files(__package__).joinpath(FITTED).read_text(encoding="utf-8")
    return json.loads(text)
