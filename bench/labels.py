"""Gold labels: the article pairs, the readers' task folders, and the labels they wrote.

A pair is two articles of one event; each event of three articles gives three pairs. A reader
sees a task folder holding the labelling guide and each pair's two articles as numbered
sentences, nothing else, and writes one JSON file per pair (see ``LABELLING.md``).

``python -m bench.labels tasks OUT --reader r1 --pairs ...`` writes a task folder;
``check`` validates the labels under ``bench/labels/``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from . import corpus

LABELS = corpus.BENCH / "labels"
GUIDE = corpus.BENCH / "LABELLING.md"
# Each reader's own files: r1 labelled every pair, r2 a share of them independently, and r3
# settled the pairs where those two disagreed, and reviewed r1's discrepancies elsewhere
# against the guide as sharpened after the first readings (see docs/benchmark.md).
READERS = LABELS / "readers"
FIRST, SECOND, THIRD = "r1", "r2", "r3"
VERDICTS = ("agreement", "discrepancy")


class LabelError(Exception):
    """A label file does not follow the guide."""


@dataclass(frozen=True)
class Pair:
    """Two articles of one event, as labelled."""

    id: str
    event: str
    corpus: str
    split: str
    a: corpus.BenchArticle
    b: corpus.BenchArticle


@dataclass(frozen=True)
class Fact:
    """A fact both articles of a pair report: its sentences on each side and verdict."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    verdict: str
    what: str
    differing: tuple[tuple[str, str], ...]
    note: str = ""


def pairs() -> list[Pair]:
    """Return every article pair of the benchmark, event by event."""
    manifest = corpus.load_manifest()
    by_id = {a.id: a for a in corpus.articles()}
    result = []
    for event, info in manifest["events"].items():
        for a, b in itertools.combinations(info["articles"], 2):
            result.append(
                Pair(f"{a}~{b}", event, info["corpus"], info["split"], by_id[a], by_id[b])
            )
    return result


def _numbered(article: corpus.BenchArticle, letter: str) -> str:
    built = corpus.load(article)
    lines = [
        f"Article {letter}: {article.outlet}" + (f", {article.date}" if article.date else ""),
        "",
    ]
    previous_end = None
    for number, (start, end) in enumerate(built.spans):
        if previous_end is not None and "\n\n" in built.text[previous_end:start]:
            lines.append("")
        lines.append(f"[{letter}{number}] {built.text[start:end]}")
        previous_end = end
    return "\n".join(lines) + "\n"


def write_tasks(out: Path, reader: str, pair_ids: list[str]) -> None:
    """Write a reader's task folder: the guide, and each pair's articles numbered."""
    by_id = {p.id: p for p in pairs()}
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(GUIDE, out / "LABELLING.md")
    (out / "labels").mkdir(exist_ok=True)
    listing = []
    for pair_id in pair_ids:
        pair = by_id[pair_id]
        folder = out / "pairs" / pair.id
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "A.txt").write_text(_numbered(pair.a, "A"))
        (folder / "B.txt").write_text(_numbered(pair.b, "B"))
        listing.append(f"{pair.id}\tpairs/{pair.id}/A.txt\tpairs/{pair.id}/B.txt")
    (out / "PAIRS.tsv").write_text("\n".join(listing) + "\n")
    (out / "READER").write_text(reader + "\n")


def _settled(facts: tuple[Fact, ...]) -> tuple[set, set]:
    """Return what two readings must share to agree: the sentence pairs and discrepancies."""
    pairs = {(a, b) for fact in facts for a in fact.a for b in fact.b}
    differing = {
        (fact.a, fact.b, fact.differing) for fact in facts if fact.verdict == "discrepancy"
    }
    return pairs, differing


def write_adjudication(out: Path, first: str, second: str, corpora: list[str]) -> list[str]:
    """Write a task folder for a third reader: each pair of the given corpora that the two
    readers labelled differently, with both readings; return those pairs' ids."""
    one, two = reader(first), reader(second)
    disputed = [
        p
        for p in pairs()
        if p.corpus in corpora
        and p.id in one
        and p.id in two
        and _settled(one[p.id]) != _settled(two[p.id])
    ]
    write_tasks(out, THIRD, [p.id for p in disputed])
    for pair in disputed:
        folder = out / "pairs" / pair.id
        for number, name in enumerate((first, second), 1):
            raw = json.loads((READERS / name / f"{pair.id}.json").read_text())
            (folder / f"reading-{number}.json").write_text(
                json.dumps({"facts": raw["facts"]}, indent=1, ensure_ascii=False) + "\n"
            )
    return [p.id for p in disputed]


def parse_facts(data: dict, pair: Pair) -> tuple[Fact, ...]:
    """Return the facts of one label file, checked against the guide and the articles."""
    texts = {"a": corpus.load(pair.a), "b": corpus.load(pair.b)}
    facts = []
    for number, raw in enumerate(data.get("facts", []), 1):
        where = f"{pair.id}: fact {number}"
        for side in ("a", "b"):
            sentences = raw.get(side)
            if not sentences or not all(
                isinstance(i, int) and 0 <= i < len(texts[side].spans) for i in sentences
            ):
                raise LabelError(f"{where}: {side} must list sentence numbers, got {sentences!r}")
        if raw.get("verdict") not in VERDICTS:
            raise LabelError(
                f"{where}: verdict must be one of {VERDICTS}, got {raw.get('verdict')!r}"
            )
        differing = []
        for words in raw.get("differing") or []:
            for side in ("a", "b"):
                built = texts[side]
                inside = [built.text[s:e] for s, e in (built.spans[i] for i in raw[side])]
                if not words.get(side) or not any(words[side] in t for t in inside):
                    raise LabelError(f"{where}: {words.get(side)!r} is not in {side}'s sentences")
            differing.append((words["a"], words["b"]))
        if raw["verdict"] == "discrepancy" and not differing:
            raise LabelError(f"{where}: a discrepancy needs its differing words")
        facts.append(
            Fact(
                a=tuple(sorted(set(raw["a"]))),
                b=tuple(sorted(set(raw["b"]))),
                verdict=raw["verdict"],
                what=raw.get("what", ""),
                differing=tuple(differing) if raw["verdict"] == "discrepancy" else (),
                note=raw.get("note", ""),
            )
        )
    return tuple(facts)


def read_labels(folder: Path) -> dict[str, tuple[Fact, ...]]:
    """Return the labels in a folder, keyed by pair id, each checked."""
    by_id = {p.id: p for p in pairs()}
    labels = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text())
        if data.get("pair") not in by_id:
            raise LabelError(f"{path.name}: unknown pair {data.get('pair')!r}")
        labels[data["pair"]] = parse_facts(data, by_id[data["pair"]])
    return labels


def reader(name: str) -> dict[str, tuple[Fact, ...]]:
    """Return one reader's labels, keyed by pair id."""
    return read_labels(READERS / name)


def gold() -> dict[str, tuple[Fact, ...]]:
    """Return the settled labels of every pair: the third reading where there was one,
    else the first reader's."""
    return reader(FIRST) | reader(THIRD)


def label_files() -> list[Path]:
    """Return every reader's label files, in a fixed order."""
    return sorted(READERS.glob("*/*.json"))


def main(argv: list[str] | None = None) -> int:
    """Write a reader's task folder, or check the labels."""
    parser = argparse.ArgumentParser(prog="python -m bench.labels", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    tasks = sub.add_parser("tasks")
    tasks.add_argument("out", type=Path)
    tasks.add_argument("--reader", required=True)
    tasks.add_argument("--pairs", nargs="+", required=True)
    sub.add_parser("check")
    settle = sub.add_parser("adjudication")
    settle.add_argument("out", type=Path)
    settle.add_argument("--corpus", nargs="+", default=list(corpus.SNAPSHOTS))
    args = parser.parse_args(argv)
    try:
        if args.command == "tasks":
            write_tasks(args.out, args.reader, args.pairs)
        elif args.command == "adjudication":
            disputed = write_adjudication(args.out, FIRST, SECOND, args.corpus)
            print(f"{len(disputed)} pairs to settle", file=sys.stderr)
        else:
            for folder in sorted(READERS.glob("*")):
                print(f"{folder.relative_to(corpus.BENCH)}: {len(read_labels(folder))} pairs")
    except (LabelError, corpus.CorpusError) as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
