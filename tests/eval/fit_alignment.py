"""Fit the alignment blend on the labelled excerpts and write ``alignment_model.py``.

Run ``python -m tests.eval.fit_alignment`` after changing a scorer or the labelled set.
It prints cross-validated figures (each fold's items scored by a blend fitted on the
others) and the calibration table, and writes the blend fitted on every item.
With ``--check`` it writes nothing and says whether the stored blend is current. The
blend for the scorers in use is fitted: run it with ``FACTDIFF_SEMANTIC=0`` for the
core one, and in the environment of ``make semantic`` for the one with embeddings.

The blend has two logistic steps (see ``factdiff.align.Model``): ``evidence`` over the
scorers, then ``competition`` over the evidence and how it stands against each
statement's other candidates. The threshold is the one with the best cross-validated
F1; the calibration is a logistic fit of "the aligned pair was right" on the
cross-validated probabilities of the pairs the matching chose.
"""

from __future__ import annotations

import pprint
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from factdiff import align, semantic
from factdiff.align import Corpus, Model, chosen_pairs, competition_features, pair_features
from factdiff.clauses import clauses
from factdiff.compare import statements_by_source
from factdiff.read import parse_article

from .alignment import _TITLE, Item, load_items

MODEL_FILE = Path(align.__file__).with_name("alignment_model.py")
FOLDS = 5
# Items read as one pair of articles when fitting: long articles, few shared facts.
TOGETHER = 1
# A pair is aligned only when the blend finds it more likely than not to report one fact.
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7)
# L2 penalty of both logistic steps: keeps weights of correlated scorers moderate.
PENALTY = 1.0


@dataclass(frozen=True)
class Example:
    """One item's candidate pairs: every feature matrix and which cells are gold."""

    id: str
    features: dict[str, np.ndarray]
    gold: np.ndarray  # bool, one cell per pair of clauses
    sentences: tuple[list[int], list[int]]  # the sentence of each row and column
    gold_pairs: frozenset[tuple[int, int]]


def examples(items: Sequence[Item], *, together: int = 1) -> list[Example]:
    """Return the candidate pairs of the items, ``together`` items read as one pair of articles.

    Real articles are long and share few facts; the excerpts are short and share most.
    Reading several items as one article (B's excerpts in reverse order) teaches the
    blend how rare a true pair is among many candidates, and that order proves little.
    """
    found = []
    for first in range(0, len(items), together):
        chunk = items[first : first + together]
        a_text = "\n\n".join(item.a for item in chunk)
        b_text = "\n\n".join(item.b for item in reversed(chunk))
        articles = [
            parse_article(_TITLE + a_text, source_id="a", path=f"{chunk[0].id}/a"),
            parse_article(_TITLE + b_text, source_id="b", path=f"{chunk[0].id}/b"),
        ]
        left, right = statements_by_source(articles)
        gold_pairs = frozenset(
            (_holding(left, item.a, a), _holding(right, item.b, b))
            for item in chunk
            for a, b in item.pairs
        )
        rows = [c for s in left for c in clauses(s)]
        columns = [c for s in right for c in clauses(s)]
        features = pair_features(rows, columns, corpus=Corpus.of(rows + columns))
        gold = np.array(
            [[(r.index, c.index) in gold_pairs for c in columns] for r in rows], dtype=bool
        )
        sentences = ([r.index for r in rows], [c.index for c in columns])
        found.append(Example(chunk[0].id, features, gold, sentences, gold_pairs))
    return found


def _holding(statements, excerpt: str, fragment: str) -> int:
    """Return the index of the statement holding ``fragment`` within ``excerpt``'s part."""
    [index] = [s.index for s in statements if fragment in s.text and s.text in excerpt]
    return index


def fit(train: Sequence[Example], threshold: float = 0.3) -> Model:
    """Return the blend fitted on ``train`` (uncalibrated) with ``threshold``."""
    names = [*train[0].features]
    labels = np.concatenate([e.gold.ravel() for e in train]).astype(np.float64)
    evidence_matrix = np.vstack(
        [np.stack([e.features[n].ravel() for n in names], axis=1) for e in train]
    )
    evidence = dict(zip([*names, "bias"], _logistic(evidence_matrix, labels), strict=True))
    first = Model(evidence, {}, threshold, (1.0, 0.0))
    contests = []
    for e in train:
        odds = first.evidence_odds(e.features)
        contest = competition_features(odds, first.evidence["bias"])
        contests.append(
            np.stack(
                [
                    odds.ravel(),
                    *(m.ravel() for m in contest.values()),
                    *(e.features[n].ravel() for n in names),
                ],
                axis=1,
            )
        )
    contest_names = ["evidence", *competition_features(np.zeros((1, 1)), 0.0), *names]
    weights = _logistic(np.vstack(contests), labels)
    competition = dict(zip([*contest_names, "bias"], weights, strict=True))
    return Model(_rounded(evidence), _rounded(competition), threshold, (1.0, 0.0))


def _logistic(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Return L2-penalised logistic regression weights (bias last) by Newton's method."""
    x = np.hstack([x, np.ones((len(x), 1))])
    weights = np.zeros(x.shape[1])
    penalty = np.diag([PENALTY] * (x.shape[1] - 1) + [0.0])
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ weights, -30, 30)))
        gradient = x.T @ (p - y) + penalty @ weights
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    return {name: round(float(w), 4) for name, w in weights.items()}


def chosen(example: Example, model: Model) -> list[tuple[float, bool, tuple[int, int]]]:
    """Return each sentence pair the blend aligns: its best probability and whether it is gold."""
    probability = model.probability(example.features)
    best: dict[tuple[int, int], float] = {}
    rows, columns = example.sentences
    for i, j in chosen_pairs(probability, model):
        pair = (rows[i], columns[j])
        best[pair] = max(best.get(pair, 0.0), float(probability[i, j]))
    return [(p, pair in example.gold_pairs, pair) for pair, p in best.items()]


def score(examples_: Sequence[Example], model: Model) -> tuple[float, float, float]:
    """Return precision, recall and F1 of the sentence pairs ``model`` aligns."""
    right, found, wanted = _counts(examples_, model)
    precision, recall = right / max(found, 1), right / max(wanted, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def cross_validated(examples_: Sequence[Example], threshold: float):
    """Return the figures and the (probability, right) pairs of each fold's held-out items."""
    right_or_wrong = []
    totals = np.zeros(3)
    for fold in range(FOLDS):
        held = examples_[fold::FOLDS]
        train = [e for k, e in enumerate(examples_) if k % FOLDS != fold]
        model = fit(train, threshold)
        for example in held:
            right_or_wrong += [(p, gold) for p, gold, _ in chosen(example, model)]
        totals += _counts(held, model)
    right, found, wanted = totals
    precision, recall = right / found, right / wanted
    return (precision, recall, 2 * precision * recall / (precision + recall)), right_or_wrong


def _counts(examples_: Sequence[Example], model: Model) -> np.ndarray:
    right = found = wanted = 0
    for example in examples_:
        pairs = chosen(example, model)
        found += len(pairs)
        right += sum(gold for _, gold, _ in pairs)
        wanted += len(example.gold_pairs)
    return np.array([right, found, wanted], dtype=np.float64)


def calibration(right_or_wrong: list[tuple[float, bool]]) -> tuple[float, float]:
    """Return (slope, intercept) mapping a pair's logit to the chance it is right."""
    p = np.clip(np.array([p for p, _ in right_or_wrong]), 1e-9, 1 - 1e-9)
    right = np.array([r for _, r in right_or_wrong], dtype=np.float64)
    slope, intercept = _logistic(np.log(p / (1 - p))[:, None], right)
    return round(float(slope), 4), round(float(intercept), 4)


BINS = ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.01))


def calibration_table(confident: list[tuple[float, bool]]) -> list[tuple[str, int, float]]:
    """Return, per band of confidence, how many aligned pairs fall in it and the share right."""
    rows = []
    for low, high in BINS:
        inside = [right for c, right in confident if low <= c < high]
        if inside:
            rows.append((f"{low:.1f}–{min(high, 1.0):.1f}", len(inside), sum(inside) / len(inside)))
    return rows


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
    """Fit, print the cross-validated figures, and write the blend (unless ``--check``)."""
    kind = "semantic" if semantic.available() else "core"
    items = load_items()
    data = examples(items, together=TOGETHER)
    results = {t: cross_validated(data, t) for t in THRESHOLDS}
    threshold = max(THRESHOLDS, key=lambda t: results[t][0][2])
    (precision, recall, f1), right_or_wrong = results[threshold]
    print(
        f"{kind}: threshold {threshold}, cross-validated precision {precision:.3f}, "
        f"recall {recall:.3f}, F1 {f1:.3f}"
    )
    slope, intercept = calibration(right_or_wrong)
    model = fit(data, threshold)
    model = Model(model.evidence, model.competition, threshold, (slope, intercept))
    single = score(examples(items), model)
    print(
        "the fitted blend on single items: precision {:.3f}, recall {:.3f}, F1 {:.3f}".format(
            *single
        )
    )
    confident = [(model.confidence(p), right) for p, right in right_or_wrong]
    print("confidence  pairs  right")
    for band, count, share in calibration_table(confident):
        print(f"{band:10}  {count:5}  {share:.2f}")
    fitted = dict(align.FITTED)
    fitted[kind] = {
        "evidence": model.evidence,
        "competition": model.competition,
        "threshold": threshold,
        "calibration": (slope, intercept),
    }
    text = (
        '"""The fitted alignment blend. Written by ``python -m tests.eval.fit_alignment``; '
        'do not edit."""\n\nFITTED = ' + pprint.pformat(fitted, sort_dicts=False, width=92) + "\n"
    )
    if "--check" in argv:
        current = _close(align.FITTED.get(kind), fitted[kind])
        print("the stored blend is current" if current else "the stored blend is out of date")
        return 0 if current else 1
    MODEL_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL_FILE}; run `ruff format` on it")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
