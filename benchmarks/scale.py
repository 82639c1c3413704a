"""Time and memory at scale: long articles, many sources, oversized and adversarial input.

Run with: .venv/bin/python benchmarks/scale.py   (prints a Markdown table for docs/speed.md)

Each case runs the installed ``factdiff`` command in a child process writing JSON, and is
measured by wall time and the child's peak resident memory. The articles are made from
the long team-written pairs in ``tests/eval/alignment_long.jsonl``, cut into sentences and
repeated until long enough.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from factdiff.split import sentence_spans

ROOT = Path(__file__).resolve().parents[1]
LONG = ROOT / "tests" / "eval" / "alignment_long.jsonl"
FACTDIFF = Path(sys.executable).with_name("factdiff")
# Runs of each case, the fastest reported (as timeit does): the machine's cores are
# shared, and one run can take a fifth longer than the next.
RUNS = 3


def sentences_of(side: str) -> list[str]:
    items = [json.loads(line) for line in LONG.read_text(encoding="utf-8").splitlines()]
    return [item[side][a:b] for item in items for a, b in sentence_spans(item[side])]


def article(side: str, sentences: int) -> str:
    """Return an article of ``sentences`` sentences, four to a paragraph."""
    pool = sentences_of(side)
    chosen = [pool[k % len(pool)] for k in range(sentences)]
    paragraphs = [" ".join(chosen[k : k + 4]) for k in range(0, sentences, 4)]
    return "Long article\n\n" + "\n\n".join(paragraphs) + "\n"


def sources(count: int) -> list[str]:
    """Return ``count`` articles of about 30 sentences, each one side of a long pair."""
    items = [json.loads(line) for line in LONG.read_text(encoding="utf-8").splitlines()]
    texts = [
        f"Article {n}\n\n{item[side]}\n"
        for n, (item, side) in enumerate((item, side) for item in items for side in "ab")
    ]
    return [texts[k % len(texts)] for k in range(count)]


def measure(texts: list[str], folder: Path) -> tuple[float, float, int]:
    """Return the wall seconds, peak memory in MB and exit code of comparing ``texts``."""
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"a{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    started = time.perf_counter()
    result = subprocess.run(
        [str(FACTDIFF), "compare", *paths, "-o", str(folder / "out.json"), "-q"],
        capture_output=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    for path in folder.iterdir():
        path.unlink()
    # The child's peak resident memory, in KB on Linux.
    return elapsed, peak / 1024, result.returncode


CASES: list[tuple[str, Callable[[], list[str]]]] = [
    ("2 × 200 sentences", lambda: [article("a", 200), article("b", 200)]),
    ("2 × 500 sentences", lambda: [article("a", 500), article("b", 500)]),
    ("2 × 1,000 sentences (the limit)", lambda: [article("a", 1000), article("b", 1000)]),
    ("5,000 sentences, refused", lambda: [article("a", 5000), article("b", 10)]),
    ("10 sources of ~30 sentences", lambda: sources(10)),
    ("50 sources of ~30 sentences (the limit)", lambda: sources(50)),
    (
        "2 MB: one paragraph of news text",
        # Cut below 2 MB of UTF-8: the whole 40 copies would be refused for their size.
        lambda: [
            ("Long article\n\n" + " ".join(sentences_of("a")) * 40)[:1_900_000],
            article("b", 10),
        ],
    ),
    ('2 MB: 500,000 "Mr."', lambda: ["Mr.\n\n" + "Mr. " * 499_000, article("b", 10)]),
    ("2 MB: one word", lambda: ["Word\n\n" + "w" * 1_990_000, article("b", 10)]),
    (
        "2 MB: long digit runs",
        lambda: ["Digits\n\n" + ("1" * 5000 + " people died. ") * 390, article("b", 10)],
    ),
]


def main() -> None:
    """Print each case's time, peak memory and exit code as a Markdown table.

    Each case runs in a child of its own (``--case N``), so that the peak memory of one
    case's ``factdiff`` is not that of an earlier one.
    """
    if len(sys.argv) == 3 and sys.argv[1] == "--case":
        _, make = CASES[int(sys.argv[2])]
        with tempfile.TemporaryDirectory() as folder:
            texts = [text[:2_000_000] for text in make()]
            print(*measure(texts, Path(folder)))
        return
    print(f"| case | wall time (best of {RUNS}) | peak memory | exit code |")
    print("| --- | ---: | ---: | ---: |")
    for number, (name, _) in enumerate(CASES):
        runs = []
        for _ in range(RUNS):
            out = subprocess.run(
                [sys.executable, __file__, "--case", str(number)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            runs.append((float(out[0]), float(out[1]), int(out[2])))
        elapsed, peak, exit_code = min(runs)
        print(f"| {name} | {elapsed:.1f} s | {peak:.0f} MB | {exit_code} |")


if __name__ == "__main__":
    main()
