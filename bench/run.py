"""Run the real-news benchmark: every system on every labelled pair, scored against the gold.

``python -m bench.run`` prints the table (development and held-out parts, per corpus and
overall, factdiff beside the naive peer); ``--docs`` also writes ``docs/benchmark.md``;
``--floors`` stores factdiff's development figures as the gate's floors (refusing to lower
one without ``--lower``). ``make bench-real`` runs the first two.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from . import corpus, labels
from .score import FIGURES, Counts, Figure, score_pair, summarise
from .systems import SYSTEMS

FLOORS = corpus.BENCH / "floors.json"
SPLITS = ("dev", "held-out")
ALL = "all"


@dataclass(frozen=True)
class Result:
    """The figures of one system on one part of the benchmark."""

    system: str
    split: str
    corpus: str
    pairs: int
    events: int
    refused: int
    figures: dict[str, Figure]


def labelled_fingerprint() -> str:
    """Return a fingerprint of the manifest and the gold labels, which the floors hold."""
    digest = hashlib.sha256(corpus.MANIFEST.read_bytes())
    for path in labels.label_files():
        digest.update(f"{path.parent.name}/{path.name}".encode() + path.read_bytes())
    return digest.hexdigest()


def run(systems: Iterable[str] = tuple(SYSTEMS), splits: Iterable[str] = SPLITS) -> list[Result]:
    """Return every system's figures on each split, per corpus and overall."""
    gold = labels.gold()
    chosen = [p for p in labels.pairs() if p.split in splits and p.id in gold]
    results = []
    for system in systems:
        counts: dict[tuple[str, str], dict[str, Counts]] = defaultdict(lambda: defaultdict(Counts))
        for pair in chosen:
            pair_counts = score_pair(
                gold[pair.id], SYSTEMS[system](pair), corpus.load(pair.a), corpus.load(pair.b)
            )
            for group in (pair.corpus, ALL):
                counts[(pair.split, group)][pair.event] += pair_counts
        for (split, group), by_event in sorted(counts.items()):
            total = sum(by_event.values(), Counts())
            results.append(
                Result(
                    system,
                    split,
                    group,
                    total.pairs,
                    len(by_event),
                    total.refused,
                    summarise(by_event),
                )
            )
    return results


def _cell(figure: Figure) -> str:
    if figure.value is None:
        return "–"
    return f"{figure.value:.2f} ({figure.low:.2f}–{figure.high:.2f})"


def table(results: list[Result], split: str) -> str:
    """Return one split's figures as a Markdown table."""
    head = ["corpus", "system", "pairs", *FIGURES]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    order = {name: i for i, name in enumerate([*corpus.SNAPSHOTS, ALL])}
    for r in sorted(
        (r for r in results if r.split == split), key=lambda r: (order[r.corpus], r.system)
    ):
        pairs = f"{r.pairs}" + (f" ({r.refused} refused)" if r.refused else "")
        lines.append(
            "| "
            + " | ".join([r.corpus, r.system, pairs, *(_cell(r.figures[f]) for f in FIGURES)])
            + " |"
        )
    return "\n".join(lines)


def check_floors(results: list[Result]) -> list[str]:
    """Return each factdiff development figure that fell below its floor."""
    stored = json.loads(FLOORS.read_text())
    if stored["fingerprint"] != labelled_fingerprint():
        return [
            "the labels or the manifest changed since the floors were set: "
            "run `python -m bench.run --floors` and say why in the commit"
        ]
    fallen = []
    for r in results:
        if r.system != "factdiff" or r.split != "dev":
            continue
        for name, floor in stored["floors"].get(r.corpus, {}).items():
            value = r.figures[name].value
            if floor is not None and (value is None or value < floor - 1e-9):
                fallen.append(f"{r.corpus} {name}: {value} < floor {floor}")
    return fallen


def write_floors(results: list[Result], *, lower: bool) -> None:
    """Store factdiff's development figures, rounded down, as the gate's floors."""
    floors = {
        r.corpus: {
            name: (math.floor(f.value * 1000) / 1000 if f.value is not None else None)
            for name, f in r.figures.items()
        }
        for r in results
        if r.system == "factdiff" and r.split == "dev"
    }
    if FLOORS.exists() and not lower:
        old = json.loads(FLOORS.read_text())["floors"]
        dropped = [
            f"{group} {name}: {old[group][name]} -> {value}"
            for group, figures in floors.items()
            for name, value in figures.items()
            if old.get(group, {}).get(name) is not None
            and (value is None or value < old[group][name])
        ]
        if dropped:
            raise SystemExit(
                "bench: would lower floors (pass --lower and say why): " + "; ".join(dropped)
            )
    FLOORS.write_text(
        json.dumps({"fingerprint": labelled_fingerprint(), "floors": floors}, indent=1) + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark's table; write the document or the floors when asked."""
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--split", choices=SPLITS, action="append")
    parser.add_argument("--docs", action="store_true", help="write docs/benchmark.md")
    parser.add_argument("--floors", action="store_true", help="store the gate's floors")
    parser.add_argument("--lower", action="store_true", help="allow --floors to lower one")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        results = run(splits=args.split or SPLITS)
    except (corpus.CorpusError, labels.LabelError) as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1
    for split in args.split or SPLITS:
        print(f"\n## {split}\n\n{table(results, split)}")
    print(f"\n{time.perf_counter() - started:.0f} s", file=sys.stderr)
    if args.docs:
        from .document import write_document

        write_document(results)
    if args.floors:
        write_floors(results, lower=args.lower)
    return 0


if __name__ == "__main__":
    sys.exit(main())
