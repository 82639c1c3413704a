"""Measure how well factdiff finds discrepancies on labelled pairs of statements.

Two sets: ``details.jsonl`` (the development set, which extraction and judging were
improved against) and ``holdout.jsonl`` (written apart and never tuned against: the
honest estimate of how factdiff does on new text).

load_pairs(path)     -> the labelled pairs
predict(pair)        -> what factdiff says of one pair: verdict and differing details
evaluate(pairs)      -> precision and recall of ``discrepancy``, overall and per kind
table(scores)        -> the scores as a Markdown table (docs/regression-sets.md's)

Each pair is judged as one aligned group (alignment has its own evaluation): the two
statements' details are read (relative dates against the pair's dates), speakers
resolved, and the finding judged. A discrepancy of kind K counts as found only when
factdiff reports a ``different`` detail of kind K whose mentions overlap the labelled
differing words on both sides. Run ``python -m tests.eval.evaluate`` to print the table.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factdiff.extract import extract_details, resolve_people, resolve_speakers
from factdiff.judge import judge
from factdiff.models import Finding, Group, Kind, Statement, Verdict

HERE = Path(__file__).parent
SETS = {"details": HERE / "details.jsonl", "holdout": HERE / "holdout.jsonl"}
FLOORS = HERE / "floors.json"
# The kinds a discrepancy is counted under; a weekday set against a weekday is a date.
KINDS = ("quantity", "duration", "date", "rank", "quote", "attribution", "negation")
_KIND_OF = {Kind.WEEKDAY: "date"}


@dataclass(frozen=True)
class Pair:
    """Two statements about one fact, labelled with the verdict a fact-checker gives."""

    id: str
    a: str
    b: str
    verdict: str
    kinds: tuple[str, ...]
    differing: tuple[tuple[str, str], ...]
    date_a: str | None = None
    date_b: str | None = None


@dataclass(frozen=True)
class Prediction:
    """What factdiff says of a pair: the finding and the kinds it found different."""

    finding: Finding
    found: frozenset[str]  # kinds of labelled differences found where they were labelled
    extra: frozenset[str]  # kinds reported different where no difference was labelled

    @property
    def verdict(self) -> str:
        """Return the finding's verdict as text."""
        return self.finding.verdict.value


@dataclass(frozen=True)
class Score:
    """Counts of what was found, wrongly found and missed, and the scores they give."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    labelled: int = 0

    @property
    def precision(self) -> float:
        """Return the share of reported discrepancies that are real (1 when none reported)."""
        reported = self.true_positives + self.false_positives
        return self.true_positives / reported if reported else 1.0

    @property
    def recall(self) -> float:
        """Return the share of labelled discrepancies that are reported (1 when none labelled)."""
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def load_pairs(path: Path = SETS["details"]) -> list[Pair]:
    """Return the labelled pairs of a JSON-lines file."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            pairs.append(
                Pair(
                    id=data["id"],
                    a=data["a"],
                    b=data["b"],
                    verdict=data["verdict"],
                    kinds=tuple(data["kinds"]),
                    differing=tuple(tuple(d) for d in data.get("differing", ())),
                    date_a=data.get("date_a"),
                    date_b=data.get("date_b"),
                )
            )
    return pairs


def statement(source: str, text: str, date: str | None) -> Statement:
    """Return one side of a pair as a statement with its details."""
    reference = dt.date.fromisoformat(date) if date else None
    return Statement(source, 0, 0, len(text), text, extract_details(text, reference=reference))


def predict(pair: Pair) -> Prediction:
    """Return what factdiff says of one pair."""
    statements = resolve_speakers(
        resolve_people([statement("a", pair.a, pair.date_a), statement("b", pair.b, pair.date_b)])
    )
    (finding,) = judge([Group(tuple(statements), similarity=1.0, confidence=1.0)])
    found, extra = set(), set()
    for comparison in finding.differences:
        kind = _KIND_OF.get(comparison.kind, comparison.kind.value)
        if pair.verdict == "discrepancy" and kind in pair.kinds and _at(comparison, pair):
            found.add(kind)
        else:
            extra.add(kind)
    return Prediction(finding, frozenset(found), frozenset(extra - found))


def _at(comparison, pair: Pair) -> bool:
    """Return whether a reported difference overlaps labelled differing words on both sides."""
    for words_a, words_b in pair.differing:
        wanted = {"a": _span(pair.a, words_a), "b": _span(pair.b, words_b)}
        if all(
            any(
                _overlap((m.detail.start, m.detail.end), wanted[source])
                for m in comparison.mentions
                if m.source == source
            )
            for source in ("a", "b")
        ):
            return True
    return False


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.find(words)
    return (start, start + len(words)) if start >= 0 else (-1, -1)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(pairs: Iterable[Pair]) -> dict[str, Score]:
    """Return the score of ``discrepancy`` overall and per kind."""
    counts = {name: [0, 0, 0, 0] for name in ("discrepancy", *KINDS)}
    for pair in pairs:
        prediction = predict(pair)
        labelled = pair.verdict == "discrepancy"
        reported = prediction.verdict == Verdict.DISCREPANCY.value
        overall = counts["discrepancy"]
        overall[0] += labelled and reported
        overall[1] += reported and not labelled
        overall[2] += labelled and not reported
        overall[3] += labelled
        for kind in KINDS:
            expected = labelled and kind in pair.kinds
            counts[kind][0] += kind in prediction.found
            counts[kind][1] += kind in prediction.extra
            counts[kind][2] += expected and kind not in prediction.found
            counts[kind][3] += expected
    return {name: Score(*numbers) for name, numbers in counts.items()}


def misses(pairs: Iterable[Pair]) -> list[str]:
    """Return a line for each pair factdiff gets wrong, to see what to fix."""
    lines = []
    for pair in pairs:
        prediction = predict(pair)
        wrong_verdict = prediction.verdict != pair.verdict
        missing = set(pair.kinds) - prediction.found if pair.verdict == "discrepancy" else set()
        if wrong_verdict or prediction.extra or missing:
            notes = [f"{d.kind.value}: {d.note}" for d in prediction.finding.differences]
            lines.append(
                f"{pair.id}: labelled {pair.verdict} {list(pair.kinds)}, got "
                f"{prediction.verdict}; missing {sorted(missing)} extra "
                f"{sorted(prediction.extra)} {notes}\n  a: {pair.a}\n  b: {pair.b}"
            )
    return lines


def table(scores: dict[str, Score]) -> str:
    """Return the scores as a Markdown table."""
    lines = [
        "| kind | labelled discrepancies | found | false alarms | precision | recall |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, score in scores.items():
        label = f"**{name}** (all pairs)" if name == "discrepancy" else name
        lines.append(
            f"| {label} | {score.labelled} | {score.true_positives} | {score.false_positives} "
            f"| {score.precision:.3f} | {score.recall:.3f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] = ()) -> int:
    """Print each set's table, and with ``--misses`` every pair judged wrongly."""
    for name, path in SETS.items():
        pairs = load_pairs(path)
        print(f"{name} ({len(pairs)} pairs):\n\n{table(evaluate(pairs))}\n")
        if "--misses" in argv:
            print("\n".join(misses(pairs)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
