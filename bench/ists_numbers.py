"""iSTS-2016 training headline pairs with numbers: does factdiff see when they differ?

``python -m bench.ists_numbers`` prints the figures on the development half with its
misses and false alarms; ``--held-out`` adds the held-out half (computed once, at the
end of a piece of work, never tuned against); ``--docs`` writes docs/ists-numbers.md
with both halves; ``--draft`` prints the mechanical labels as JSON lines, the draft a
reader corrects into ``ists_numbers_labels.jsonl``.

compare_headlines(a, b) -> factdiff's comparison of two headlines, each a one-line article
flag(a, b)          -> the differing numbers factdiff reports between two headlines, or None
score(outcomes)     -> recall and false-alarm rate with 95% bootstrap intervals
run(split)          -> factdiff's outcomes and figures on one half of the labelled pairs
document(results)   -> docs/ists-numbers.md, the counts, figures and dev failures

The pairs, the gold labels and the rules they were labelled by are in bench/ists_gold.py.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass

import factdiff

from . import corpus, ists_gold
from .corpus import SNAPSHOTS, _ists_lines
from .ists_gold import DISCREPANCY, NONE, load_labels, split_of
from .score import RESAMPLES, SEED, Figure

DOCUMENT = ists_gold.BENCH.parent / "docs" / "ists-numbers.md"
SPLITS = ("dev", "held-out")
# The kinds of detail a number discrepancy differs in.
NUMBER_KINDS = frozenset({factdiff.Kind.QUANTITY, factdiff.Kind.DURATION, factdiff.Kind.RANK})
# The target: recall at least this, false alarms at most this.
TARGET_RECALL = 0.85
TARGET_FALSE_ALARMS = 0.05


def compare_headlines(a: str, b: str) -> factdiff.Comparison:
    """Return factdiff's comparison of two headlines, as of a user's two one-line files:
    each an article that is nothing but its title."""
    return factdiff.compare_articles(
        [factdiff.parse_article(a, source_id="a"), factdiff.parse_article(b, source_id="b")]
    )


def flag(a: str, b: str) -> tuple[str | None, str]:
    """Return the differing numbers factdiff reports between two headlines ("5 vs four";
    None when it reports no discrepancy of a quantity, duration or rank), and the sentence
    encoder it scored them with ("" when none ran)."""
    comparison = compare_headlines(a, b)
    found = [
        " vs ".join(m.detail.text for m in difference.mentions)
        for finding in comparison.discrepancies
        for difference in finding.differences
        if difference.kind in NUMBER_KINDS
    ]
    return "; ".join(found) or None, comparison.encoder


# --- scoring ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """One pair scored: its number, gold label and what factdiff flagged (None: nothing)."""

    pair: int
    gold: str
    flagged: str | None


@dataclass(frozen=True)
class Scores:
    """Recall over the gold discrepancies, false alarms over the gold "none" pairs."""

    discrepancies: int
    found: int
    nones: int
    false_alarms: int
    recall: Figure
    false_alarm_rate: Figure


def _rates(outcomes: Sequence[Outcome]) -> tuple[float | None, float | None]:
    """Return the share of gold discrepancies flagged and of gold "none" pairs flagged."""
    rates = []
    for label in (DISCREPANCY, NONE):
        of_label = [o for o in outcomes if o.gold == label]
        rates.append(
            sum(o.flagged is not None for o in of_label) / len(of_label) if of_label else None
        )
    return rates[0], rates[1]


def _interval(value: float | None, drawn: list[float | None]) -> Figure:
    """Return a figure with the 2.5th and 97.5th percentiles of its resampled values."""
    kept = sorted(v for v in drawn if v is not None)
    if not kept:
        return Figure(value, None, None)
    return Figure(value, kept[int(0.025 * (len(kept) - 1))], kept[int(0.975 * (len(kept) - 1))])


def score(outcomes: Sequence[Outcome], resamples: int = RESAMPLES) -> Scores:
    """Return recall and false-alarm rate, each with a 95% interval from resampling the
    pairs (``resamples`` times, with the benchmark's fixed seed).

    >>> s = score([Outcome(1, "discrepancy", "5 vs 4"), Outcome(2, "discrepancy", None),
    ...            Outcome(3, "none", None), Outcome(4, "none", None)], resamples=200)
    >>> (s.found, s.discrepancies, s.recall.value), (s.false_alarms, s.false_alarm_rate.high)
    ((1, 2, 0.5), (0, 0.0))
    """
    rng = random.Random(SEED)
    samples = [_rates([rng.choice(outcomes) for _ in outcomes]) for _ in range(resamples)]
    recall, alarms = _rates(outcomes)
    gold = [o for o in outcomes if o.gold == DISCREPANCY]
    none = [o for o in outcomes if o.gold == NONE]
    return Scores(
        len(gold),
        sum(o.flagged is not None for o in gold),
        len(none),
        sum(o.flagged is not None for o in none),
        _interval(recall, [r for r, _ in samples]),
        _interval(alarms, [a for _, a in samples]),
    )


# --- running ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """One half's outcomes and figures, and the encoders factdiff scored with."""

    split: str
    outcomes: tuple[Outcome, ...]
    scores: Scores
    encoders: frozenset[str]


def run(split: str) -> Result:
    """Return factdiff's outcomes and figures on one half of the labelled pairs."""
    lines = _ists_lines()
    outcomes, encoders = [], set()
    for label in sorted(load_labels().values(), key=lambda label: label.pair):
        if split_of(label.pair) != split:
            continue
        flagged, encoder = flag(*lines[label.pair - 1])
        outcomes.append(Outcome(label.pair, label.gold, flagged))
        encoders.add(encoder)
    return Result(split, tuple(outcomes), score(outcomes), frozenset(encoders))


# --- writing ----------------------------------------------------------------------------

TABLE_HEAD = (
    "| half | pairs | gold discrepancies | flagged | recall (95% interval) | gold none "
    "| flagged | false-alarm rate (95% interval) | target met |\n"
    "|---|---:|---:|---:|---|---:|---:|---|---|"
)


def _figure(figure: Figure) -> str:
    if figure.value is None:
        return "–"
    return f"{figure.value:.2f} ({figure.low:.2f}–{figure.high:.2f})"


def table_row(result: Result) -> str:
    """Return one half's figures as a row of TABLE_HEAD."""
    s = result.scores
    met = (s.recall.value or 0) >= TARGET_RECALL and (
        s.false_alarm_rate.value or 0
    ) <= TARGET_FALSE_ALARMS
    return (
        f"| {result.split} | {len(result.outcomes)} | {s.discrepancies} | {s.found} | "
        f"{_figure(s.recall)} | {s.nones} | {s.false_alarms} | "
        f"{_figure(s.false_alarm_rate)} | {'yes' if met else 'no'} |"
    )


def failures(result: Result) -> list[str]:
    """Return a Markdown line for each miss and each false alarm of one half."""
    lines, labels = _ists_lines(), load_labels()
    rows = []
    for outcome in result.outcomes:
        missed = outcome.gold == DISCREPANCY and outcome.flagged is None
        alarm = outcome.gold == NONE and outcome.flagged is not None
        if not (missed or alarm):
            continue
        a, b = lines[outcome.pair - 1]
        said = f"; factdiff: {outcome.flagged}" if alarm else ""
        rows.append(
            f"- **{'miss' if missed else 'false alarm'}**, pair {outcome.pair}: “{a}” / “{b}” "
            f"— gold: {labels[outcome.pair].reason}{said}"
        )
    return rows


def _encoder_line(results: Sequence[Result]) -> str:
    encoders = sorted({e for r in results for e in r.encoders if e})
    semantic = os.environ.get("FACTDIFF_SEMANTIC", "unset")
    shown = ", ".join(encoders) if encoders else "none (the word scorers alone)"
    return f"FACTDIFF_SEMANTIC={semantic}; sentence encoder: {shown}."


def document(results: Sequence[Result]) -> str:
    """Return docs/ists-numbers.md: the data, the rules, the figures, the dev failures."""
    labels = load_labels()
    pairs = ists_gold.training_pairs()
    repository, commit = SNAPSHOTS["ists"]
    mechanical = sum(label.mechanical == DISCREPANCY for label in labels.values())
    overturned = [label for label in labels.values() if label.mechanical != label.gold]
    down = sum(label.gold == NONE for label in overturned)
    gold = sum(label.gold == DISCREPANCY for label in labels.values())
    dev = next((r for r in results if r.split == "dev"), None)
    benchmark = {int(a.path.split("#")[0]) for a in corpus.articles() if a.corpus == "ists"}
    shared = benchmark & set(labels)
    parts = [
        "# iSTS-2016 headline pairs with numbers\n",
        "<!-- Written by `python -m bench.ists_numbers --docs`; do not edit by hand. -->\n",
        "Does factdiff see when two headlines of one event give a number two values? Measured "
        "on the TRAINING headline pairs of SemEval-2016 task 2 (interpretable STS), "
        f"`{ists_gold.WA}` and its sentence files at {repository}@{commit[:12]}; the task's "
        "test files are reserved for an independent check and were never opened. Target "
        f"(issue): recall ≥ {TARGET_RECALL} at ≤ {TARGET_FALSE_ALARMS:.0%} false alarms.\n",
        f"- {len(pairs)} training pairs; {len(labels)} hold a number in both headlines.",
        f"- Mechanical labels from the annotators' chunk alignments: {mechanical} "
        f"discrepancies, {len(labels) - mechanical} none.",
        f"- Every selected pair was read ({'; '.join(sorted({x.by for x in labels.values()}))}): the "
        f"reading overturned {len(overturned)} of {len(labels)} mechanical labels "
        f"({len(overturned) / len(labels):.0%}): {down} discrepancies to none (mostly two "
        f"headlines of two events), {len(overturned) - down} none to discrepancy. Gold: "
        f"{gold} discrepancies, {len(labels) - gold} none "
        "(`bench/ists_numbers_labels.jsonl`, with each pair's reason).",
        f"- {len(shared)} of the selected pairs are also in the real-news benchmark "
        "(docs/benchmark.md), labelled there by other readers and split by its own hash.\n",
        "## Figures\n",
        TABLE_HEAD,
        *(table_row(r) for r in results),
        "",
        f"{_encoder_line(results)} Intervals: {RESAMPLES} resamples of the pairs, seed "
        f"{SEED}. The held-out half was computed once, after the work on the development "
        "half.\n",
        "## How the pairs were chosen and labelled\n",
        ists_gold.RULES,
    ]
    if dev is not None:
        parts += [
            "## Development misses and false alarms\n",
            *(failures(dev) or ["None."]),
            "",
        ]
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures (and dev failures); write the document or the draft when asked."""
    parser = argparse.ArgumentParser(prog="python -m bench.ists_numbers", description=__doc__)
    parser.add_argument("--held-out", action="store_true", help="add the held-out half")
    parser.add_argument("--docs", action="store_true", help="write docs/ists-numbers.md")
    parser.add_argument("--draft", action="store_true", help="print the mechanical labels")
    args = parser.parse_args(argv)
    if args.draft:
        for row in ists_gold.draft_labels(ists_gold.selected(ists_gold.training_pairs())):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    splits = SPLITS if args.held_out or args.docs else ("dev",)
    results = [run(split) for split in splits]
    print(TABLE_HEAD, *(table_row(r) for r in results), sep="\n")
    print("\n" + _encoder_line(results))
    print("\n".join(["", "Development misses and false alarms:", *failures(results[0])]))
    if args.docs:
        DOCUMENT.write_text(document(results), encoding="utf-8")
        print(f"wrote {DOCUMENT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
