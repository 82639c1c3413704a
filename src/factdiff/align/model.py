"""The fitted blend: how likely a pair of statements reports one fact, and how sure to be.

Model                  -> a fitted blend: scorers -> probability -> calibrated confidence
model_in_use()         -> the stored blend for the scorers in use (core, or with the semantic one)
kind_in_use()          -> which of the two that is: "core" or "semantic"
stored_fit()           -> the stored fit as written: each blend's numbers and recorded figures
sigmoid(x), logit(p)   -> the logistic function and its inverse

How much each scorer counts is not set by hand: ``python -m tools.fit_alignment`` fits
the blend on the labelled alignment sets and writes ``fitted.json`` beside this module,
with the figures the stored blend scores on them (``tests/eval/test_alignment_gate.py``
checks that it still does).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from . import semantic
from .features import competition_features

# The stored fit, beside this module (packaged as data).
FITTED = "fitted.json"


@dataclass(frozen=True)
class Model:
    """A fitted blend of the scorers: how likely a pair of statements reports one fact.

    Two logistic steps. ``evidence`` weighs the scorers into the odds that a pair
    reports one fact. ``competition`` weighs those odds against the other candidates of
    both statements: a pair that is each statement's best candidate by a margin is
    likelier than one of several equals. ``calibration`` maps the result and the number
    of candidate pairs (up to ``most_candidates``) to the share of such pairs that were
    right on the labelled sets (``python -m tools.fit_alignment``).
    """

    evidence: dict[str, float]
    competition: dict[str, float]
    threshold: float
    calibration: tuple[float, float, float]
    # The candidate pairs of the largest comparison fitted on: the calibration's account
    # of chance matches is not stretched beyond it.
    most_candidates: int = 1
    # Besides the one-to-one matching, every pair at least this likely is aligned: a
    # fact one article states twice, or a sentence that holds what the other says in two.
    repeated: float = 0.7
    # A pair whose evidence alone is less likely than this is never aligned, however it
    # stands against the other candidates: among a few unrelated sentences the least
    # unlikely pair would otherwise stand out ("interest rates" ~ "grain harvest").
    least_evidence: float = 0.0

    @classmethod
    def from_fit(cls, fit: Mapping[str, Any]) -> Model:
        """Return the blend of one entry of the stored fit, its recorded figures left aside."""
        known = {field.name for field in fields(cls)}
        found = {name: value for name, value in fit.items() if name in known}
        return cls(**found | {"calibration": tuple(found["calibration"])})

    @property
    def shown(self) -> tuple[str, ...]:
        """Return the scorers a finding explains itself by."""
        return tuple(
            name for name in self.evidence if name != "bias" and not name.endswith(", relative")
        )

    def probability(self, features: dict[str, np.ndarray]) -> np.ndarray:
        """Return the probability of every pair of the feature matrices (0 for a pair with
        less evidence than ``least_evidence``)."""
        inputs = self.contest(features)
        probability = sigmoid(
            self.competition["bias"]
            + sum(w * inputs[name] for name, w in self.competition.items() if name != "bias")
        )
        plausible = inputs["evidence"] >= logit(np.float64(self.least_evidence))
        return np.where(plausible, probability, 0.0)

    def contest(self, features: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Return what the competition step weighs: the evidence, and how it stands
        against the other candidates (``competition_features``)."""
        odds = self.evidence_odds(features)
        return {"evidence": odds} | competition_features(odds, self.evidence["bias"])

    def evidence_odds(self, features: dict[str, np.ndarray]) -> np.ndarray:
        """Return the odds (as a logit) the scorers alone give each pair."""
        return self.evidence["bias"] + sum(
            weight * features[name] for name, weight in self.evidence.items() if name != "bias"
        )

    def confidence(self, probability: float, candidates: int) -> float:
        """Return the calibrated confidence of a pair of this probability, chosen among
        this many candidate pairs (the more candidates, the likelier a chance match)."""
        slope, per_candidate, intercept = self.calibration
        candidates = min(candidates, self.most_candidates)
        odds = slope * logit(np.float64(probability)) + per_candidate * math.log(candidates)
        return round(float(sigmoid(odds + intercept)), 4)


def sigmoid(x: np.ndarray) -> np.ndarray:
    """Return the logistic function of ``x``, clipped where it no longer changes."""
    return 1 / (1 + np.exp(-np.clip(x, -30, 30)))


def logit(p: np.ndarray) -> np.ndarray:
    """Return the log-odds of the probability ``p``, kept off 0 and 1."""
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def stored_fit() -> dict[str, dict[str, Any]]:
    """Return the stored fit: for each kind of blend ("core", "semantic") its numbers, and
    the figures it scored on the labelled sets when it was fitted."""
    text = resources.files(__package__).joinpath(FITTED).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def blends() -> dict[str, Model]:
    """Return each stored blend by kind, read once."""
    return {kind: Model.from_fit(fit) for kind, fit in stored_fit().items()}


def kind_in_use() -> str:
    """Return the kind of blend the scorers in use need: "semantic" or "core"."""
    return "semantic" if semantic.available() else "core"


def model_in_use() -> Model:
    """Return the fitted blend for the scorers in use."""
    return blends()[kind_in_use()]
