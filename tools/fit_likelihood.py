"""Fit how likely a discrepancy is real, on the real-news development split, and write
``src/factdiff/judge/likelihood.json``.

main(argv)            -> fit, print the cross-validated figures, write the model
discrepant(split)     -> every discrepancy factdiff finds on a split: event, features, right
headline_rows(split)  -> the same on the iSTS headline pairs with numbers
cross_validated(rows) -> each row's probability by a model fitted on the other events

Run ``python -m tools.fit_likelihood`` from the checkout's root after changing the
alignment blend (``tools/fit_alignment.py``) or the judging, once with the sentence
encoder and once with ``FACTDIFF_SEMANTIC=0``: each kind of blend has its own model. It
compares every labelled development pair as a user would, takes each finding whose
details differ (counted or to be checked), and labels it right when it is a discrepancy
the readers found, at its differing words (``bench.score.matches``). The labelled iSTS
headline pairs with numbers (``bench.ists_numbers``) add short, clean statements, which the
long articles have few of. The held-out halves are never read here. With ``--check`` it writes nothing and says whether the stored model
is the one the labels fit.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

import factdiff
from bench import corpus, fitting, ists_gold, ists_numbers, labels, score
from bench.systems import SentencesOf, compare_pair
from factdiff.align import kind_in_use
from factdiff.align.model import sigmoid
from factdiff.judge import likelihood
from factdiff.judge.likelihood import FITTED, LEVEL, features
from tools.fit_alignment import FOLDS, _logistic, event_folds

FITTED_FILE = Path(likelihood.__file__).with_name(FITTED)
CORPORA = fitting.ARTICLE_CORPORA

Row = tuple[str, dict[str, float], bool]  # event, features, right


def discrepant(split: str = "dev") -> list[Row]:
    """Return every finding with differing details on the split's labelled pairs."""
    rows = []
    for pair, facts in fitting.labelled_pairs(split, CORPORA):
        try:
            compared = compare_pair(pair)
        except factdiff.InputError as error:  # a refused pair has no findings
            print(f"  {pair.id}: {error}", file=sys.stderr)
            continue
        at = SentencesOf(pair)
        a, b = corpus.load(pair.a), corpus.load(pair.b)
        gold = [(f, score.gold_word_spans(f, a, b)) for f in facts if f.verdict == "discrepancy"]
        for finding in compared.findings:
            if finding.differences:
                reported = at.reported(finding)
                right = any(score.matches(reported, fact, words) for fact, words in gold)
                rows.append((pair.event, features(finding), right))
    return rows


def headline_rows(split: str = "dev") -> list[Row]:
    """Return every finding with a differing number on the split's labelled iSTS headline
    pairs (``bench.ists_numbers``): right when the readers found the pair's numbers differ.

    A pair the real-news benchmark holds out stays out, whatever its half here.
    """
    held_out = {p.event for p in labels.pairs() if p.split != split}
    lines = corpus._ists_lines()
    rows = []
    for label in ists_gold.load_labels().values():
        event = f"ists-{label.pair:03d}"
        if ists_gold.split_of(label.pair) != split or event in held_out:
            continue
        for finding in ists_numbers.compare_headlines(*lines[label.pair - 1]).findings:
            if any(d.kind in ists_numbers.NUMBER_KINDS for d in finding.differences):
                rows.append((event, features(finding), label.gold == ists_gold.DISCREPANCY))
    return rows


def _matrix(rows: Sequence[Row]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    names = [*rows[0][1]]
    x = np.array([[found[name] for name in names] for _, found, _ in rows])
    return x, np.array([right for _, _, right in rows], dtype=np.float64), names


def cross_validated(rows: Sequence[Row]) -> np.ndarray:
    """Return each row's probability by a model fitted on the other folds' events."""
    x, y, _ = _matrix(rows)
    fold_of = event_folds(event for event, _, _ in rows)
    folds = np.array([fold_of[event] for event, _, _ in rows])
    found = np.zeros(len(rows))
    for fold in range(FOLDS):
        held = folds == fold
        weights = _logistic(x[~held], y[~held])
        found[held] = sigmoid(x[held] @ weights[:-1] + weights[-1])
    return found


def _report(rows: Sequence[Row], probabilities: np.ndarray) -> dict[str, int]:
    right = np.array([r for _, _, r in rows])
    counted = probabilities >= LEVEL
    figures = {
        "discrepant findings": len(rows),
        "right": int(right.sum()),
        "counted": int(counted.sum()),
        "counted right": int((counted & right).sum()),
    }
    for name, value in figures.items():
        print(f"  {name:20} {value}")
    print("  probability  findings  right")
    for low, high in ((0, 0.1), (0.1, 0.2), (0.2, 0.3), (0.3, 0.5), (0.5, 1.01)):
        band = (probabilities >= low) & (probabilities < high)
        share = f"{right[band].mean():.2f}" if band.any() else "-"
        print(f"  {low:.1f}–{min(high, 1):.1f}     {band.sum():8}  {share}")
    return figures


def main(argv: Sequence[str] = ()) -> int:
    """Fit on the development split, print the cross-validated figures, store the model."""
    kind = kind_in_use()
    rows = discrepant("dev") + headline_rows("dev")
    if not rows:
        print("no discrepancy on the development split: nothing to fit", file=sys.stderr)
        return 1
    print(f"{kind}: cross-validated by event on the development split:")
    figures = _report(rows, cross_validated(rows))
    x, y, names = _matrix(rows)
    weights = _logistic(x, y)
    fitted = {
        "weights": {name: round(float(w), 4) for name, w in zip(names, weights, strict=False)},
        "bias": round(float(weights[-1]), 4),
        "cross-validated": figures,
    }
    stored = json.loads(FITTED_FILE.read_text(encoding="utf-8")) if FITTED_FILE.exists() else {}
    if "--check" in argv:
        current = stored.get(kind, {}).get("weights") == fitted["weights"]
        print("the stored model is current" if current else "the stored model is out of date")
        return 0 if current else 1
    stored[kind] = fitted
    FITTED_FILE.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {FITTED_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
