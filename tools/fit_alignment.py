"""Fit the alignment blend on the real-news development split and write ``src/factdiff/align/fitted.json``.

main(argv)         -> fit, print the cross-validated figures, write the blend and its figures
fitted_blend(kind) -> the blend fitted on every development pair, thresholds chosen, calibrated
fit(train)         -> the blend fitted on some examples (uncalibrated)
real_examples()    -> the candidate pairs of the development split, with features and gold labels
event_folds(events) -> the fold of each event, an event's pairs held out together
measured()         -> what the stored blend in use scores on the team's sets
write(fit)         -> store the fit of every kind of blend as JSON

Run ``python -m tools.fit_alignment`` from the checkout's root after changing a scorer or
the labels (it needs the real-news corpus: ``python -m bench.corpus build``). The blend,
its thresholds and its calibration come from the development split of the real-news
benchmark (``bench/``): articles by real outlets, labelled by reading. The held-out
split is never read here. It prints cross-validated figures (each fold's events scored
by a blend fitted on the other events, so that an event's pairs stay together) and the
calibration table, and writes the blend fitted on every development pair as JSON, never
as code. Then it scores the stored blend on the team's sets through the whole pipeline,
as the alignment gate does, and records those figures beside it:
``tests/eval/test_alignment_gate.py`` checks that the stored blend still scores them,
without refitting, which is slow. The team's sets are regression tests, not evidence of
accuracy, and no longer take part in the fit.
With ``--check`` it writes nothing and says whether the stored blend is the one the labels
fit. The blend for the scorers in use is fitted: run it with ``FACTDIFF_SEMANTIC=0`` for
the core one, and with the default encoder (multilingual-e5-small) for the one with
embeddings; all-MiniLM-L6-v2, the fallback, is scored with that same blend.

The blend has two logistic steps (see ``factdiff.align.Model``): ``evidence`` over the
scorers, then ``competition`` over the evidence and how it stands against each
statement's other candidates. The threshold of the one-to-one matching, the level at
which a pair is aligned besides it and the least evidence a pair needs are the three
with the best cross-validated F1 (each fold's blend is fitted once and tried with all
of them; of equals, the one asking most evidence); the calibration is a logistic
fit of "the aligned pair was right" on the cross-validated probabilities of the pairs
so chosen.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from bench import fitting
from factdiff.align import Corpus, Model, chosen_pairs, kind_in_use, pair_features
from factdiff.align.model import FITTED, blends, stored_fit
from factdiff.clauses import clauses
from factdiff.models import Statement
from tests.eval.alignment import (
    ITEMS,
    LONG,
    bands,
    load_items,
    outcome,
    score,
    seed_item,
)
from tests.eval.evaluate import Score

FITTED_FILE = Path(__file__).resolve().parents[1] / "src" / "factdiff" / "align" / FITTED
FOLDS = 5
# The least probability at which the one-to-one matching aligns a pair. On real articles
# the best cross-validated F1 lies below one half: most facts are stated in a few words
# of long sentences, and a pair that shares them is still less often gold than not.
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
# Beside the matching, a pair at least this likely is aligned too: gold pairs are often
# one-to-many (a fact stated twice, a sentence holding what the other says in two).
REPEATS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)
# A pair whose evidence alone is less likely than this is not aligned (``Model``); of
# levels as good as each other the highest is chosen.
LEAST_EVIDENCE = (0.0, 0.02, 0.05, 0.1, 0.15)
# L2 penalty of both logistic steps: keeps weights of correlated scorers moderate.
PENALTY = 5.0


@dataclass(frozen=True)
class Example:
    """One item's candidate pairs: every feature matrix and which cells are gold."""

    id: str
    features: dict[str, np.ndarray]
    gold: np.ndarray  # bool, one cell per pair of clauses
    sentences: tuple[list[int], list[int]]  # the sentence of each row and column
    gold_pairs: frozenset[tuple[int, int]]


def real_examples(split: str = "dev") -> list[tuple[str, Example]]:
    """Return the candidate pairs of every labelled real-news pair of ``split``, each with
    its event (folds keep an event's pairs together)."""
    found = []
    for pair, facts in fitting.labelled_pairs(split):
        left, right = fitting.read_pair(pair)
        gold_pairs = fitting.gold_statement_pairs(pair, facts, left, right)
        found.append((pair.event, _example(pair.id, left, right, gold_pairs)))
    return found


def _example(
    name: str,
    left: Sequence[Statement],
    right: Sequence[Statement],
    gold_pairs: frozenset[tuple[int, int]],
) -> Example:
    rows = [c for s in left for c in clauses(s)]
    columns = [c for s in right for c in clauses(s)]
    features = pair_features(rows, columns, corpus=Corpus.of(rows + columns))
    gold = np.array([[(r.index, c.index) in gold_pairs for c in columns] for r in rows])
    sentences = ([r.index for r in rows], [c.index for c in columns])
    return Example(name, features, gold, sentences, gold_pairs)


def fit(train: Sequence[Example], threshold: float = 0.5) -> Model:
    """Return the blend fitted on ``train`` (uncalibrated) with ``threshold``."""
    names = [*train[0].features]
    labels = np.concatenate([e.gold.ravel() for e in train]).astype(np.float64)
    # A long comparison has many times the candidate pairs of a short one: weighing each
    # pair by the square root of its comparison's share keeps both kinds in the fit.
    typical = np.mean([e.gold.size for e in train])
    weight = np.concatenate([np.full(e.gold.size, (typical / e.gold.size) ** 0.5) for e in train])
    evidence_matrix = np.vstack(
        [np.stack([e.features[n].ravel() for n in names], axis=1) for e in train]
    )
    evidence = dict(zip([*names, "bias"], _logistic(evidence_matrix, labels, weight), strict=True))
    first = Model(evidence, {}, threshold, (1.0, 0.0, 0.0))
    contests = [first.contest(e.features) for e in train]
    contest_names = [*contests[0]]
    contest_matrix = np.vstack(
        [np.stack([c[n].ravel() for n in contest_names], axis=1) for c in contests]
    )
    weights = _logistic(contest_matrix, labels, weight)
    competition = dict(zip([*contest_names, "bias"], weights, strict=True))
    return Model(_rounded(evidence), _rounded(competition), threshold, (1.0, 0.0, 0.0))


def _logistic(x: np.ndarray, y: np.ndarray, weight: np.ndarray | None = None) -> np.ndarray:
    """Return L2-penalised logistic regression weights (bias last) by Newton's method,
    each row counted ``weight`` times."""
    weight = np.ones(len(y)) if weight is None else weight
    x = np.hstack([x, np.ones((len(x), 1))])
    weights = np.zeros(x.shape[1])
    penalty = np.diag([PENALTY] * (x.shape[1] - 1) + [0.0])
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ weights, -30, 30)))
        gradient = x.T @ (weight * (p - y)) + penalty @ weights
        hessian = (x * (weight * p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    return {name: round(float(w), 4) for name, w in weights.items()}


def chosen(example: Example, model: Model) -> list[tuple[float, bool]]:
    """Return each labelled sentence pair the blend aligns: its best probability and
    whether it is gold."""
    probability = model.probability(example.features)
    best: dict[tuple[int, int], float] = {}
    rows, columns = example.sentences
    for i, j in chosen_pairs(probability, model, example.sentences):
        pair = (rows[i], columns[j])
        best[pair] = max(best.get(pair, 0.0), float(probability[i, j]))
    return [(p, pair in example.gold_pairs) for pair, p in best.items()]


def event_folds(events: Iterable[str]) -> dict[str, int]:
    """Return the fold of each event, so that an event's pairs are held out together."""
    return {event: number % FOLDS for number, event in enumerate(sorted(set(events)))}


def cross_validated(by_event: Sequence[tuple[str, Example]]):
    """Return, for every (threshold, repeat level, least evidence), each example's score by
    a blend fitted on the other folds' events and the (probability, candidates, right) of
    every pair chosen so."""
    results: dict[tuple[float, float, float], tuple[dict[str, Score], list]] = {
        (t, r, e): ({}, []) for t in THRESHOLDS for r in REPEATS if r <= t for e in LEAST_EVIDENCE
    }
    fold_of = event_folds(event for event, _ in by_event)
    for fold in range(FOLDS):
        held = [e for event, e in by_event if fold_of[event] == fold]
        fitted = fit([e for event, e in by_event if fold_of[event] != fold])
        for (threshold, repeated, least), (scores, right_or_wrong) in results.items():
            model = replace(fitted, threshold=threshold, repeated=repeated, least_evidence=least)
            for example in held:
                pairs = chosen(example, model)
                right_or_wrong += [(p, example.gold.size, gold) for p, gold in pairs]
                right = sum(gold for _, gold in pairs)
                wanted = len(example.gold_pairs)
                scores[example.id] = Score(right, len(pairs) - right, wanted - right)
    return results


def total(scores: Iterable[Score]) -> Score:
    """Return the score of all the examples scored one by one."""
    scores = list(scores)
    return Score(
        sum(s.true_positives for s in scores),
        sum(s.false_positives for s in scores),
        sum(s.false_negatives for s in scores),
    )


def calibration(right_or_wrong: list[tuple[float, int, bool]]) -> tuple[float, float, float]:
    """Return the logistic map from a pair's logit and the log of its comparison's number
    of candidate pairs to the chance that the pair is right."""
    p = np.clip(np.array([p for p, _, _ in right_or_wrong]), 1e-9, 1 - 1e-9)
    candidates = np.log([size for _, size, _ in right_or_wrong])
    right = np.array([r for _, _, r in right_or_wrong], dtype=np.float64)
    weights = _logistic(np.stack([np.log(p / (1 - p)), candidates], axis=1), right)
    return tuple(round(float(w), 4) for w in weights)


def _close(stored, fitted) -> bool:
    """Tell whether two blends agree to within rounding (floating point may differ by machine)."""
    if isinstance(fitted, dict):
        return (
            isinstance(stored, dict)
            and stored.keys() == fitted.keys()
            and all(_close(stored[k], fitted[k]) for k in fitted)
        )
    if isinstance(fitted, tuple | list):
        return len(stored) == len(fitted) and all(map(_close, stored, fitted))
    return abs(stored - fitted) <= 1e-3


def main(argv: Sequence[str] = ()) -> int:
    """Fit, print the cross-validated figures, and write the blend and what it scores on the
    labelled sets (unless ``--check``)."""
    kind = kind_in_use()
    blend = fitted_blend(kind)
    stored = stored_fit()
    if "--check" in argv:
        current = kind in stored and _close(asdict(Model.from_fit(stored[kind])), asdict(blend))
        print("the stored blend is current" if current else "the stored blend is out of date")
        return 0 if current else 1
    stored[kind] = asdict(blend)
    write(stored)
    # The pipeline reads the blend from the file: read anew, it scores the one just fitted.
    blends.cache_clear()
    stored[kind]["figures"] = measured()
    write(stored)
    print(f"wrote {FITTED_FILE}")
    return 0


def fitted_blend(kind: str) -> Model:
    """Return the blend fitted on every labelled item and calibrated, with the threshold,
    repeat level and least evidence of the best cross-validated F1; print the figures."""
    by_event = real_examples("dev")
    data = [example for _, example in by_event]
    results = cross_validated(by_event)
    threshold, repeated, least = max(
        results,
        key=lambda choice: (round(total(results[choice][0].values()).f1, 3), choice[2]),
    )
    scores, right_or_wrong = results[threshold, repeated, least]
    print(
        f"{kind}: threshold {threshold}, repeated {repeated}, least evidence {least}, "
        "cross-validated by event on the development split:"
    )
    for name in ("basil", "ecb", None):
        found_score = total(s for key, s in scores.items() if name is None or name in key)
        print(
            f"  {name or 'all':14} precision {found_score.precision:.3f}, "
            f"recall {found_score.recall:.3f}, F1 {found_score.f1:.3f}"
        )
    mapping = calibration(right_or_wrong)
    model = fit(data)
    most = max(e.gold.size for e in data)
    model = Model(model.evidence, model.competition, threshold, mapping, most, repeated, least)
    confident = [(model.confidence(p, size), right) for p, size, right in right_or_wrong]
    print("confidence  pairs  right")
    for low, high, count, share in bands(confident):
        print(f"{low:.1f}–{high:.1f}     {count:5}  {share:.2f}")
    return model


def measured() -> dict[str, dict[str, int]]:
    """Return what the stored blend in use scores on each labelled set it is fitted on,
    through the whole pipeline as the alignment gate runs it, named as the gate names them.

    Counts, not ratios: the gate's check compares them exactly.
    """
    sets = {"development": load_items(ITEMS), "long": load_items(LONG), "seeds": [seed_item()]}
    figures = {}
    for name, items in sets.items():
        found = score(outcome(item) for item in items)
        figures[name] = {
            "true_positives": found.true_positives,
            "false_positives": found.false_positives,
            "false_negatives": found.false_negatives,
        }
    return figures


def write(fit: dict[str, Any]) -> None:
    """Write the fit of every kind of blend to ``fitted.json``, as JSON."""
    FITTED_FILE.write_text(json.dumps(fit, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
