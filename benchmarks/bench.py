"""Time the seed comparison and each renderer; print a Markdown table for docs/speed.md.

Run with: .venv/bin/python benchmarks/bench.py [--repeat N]
"""

import argparse
import statistics
import time
from pathlib import Path

import factdiff
from factdiff import render

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
# The third article about the same visit, written for the tests.
WIRE = ROOT / "tests" / "fixtures" / "wire-putin-minsk.txt"


def timed(function, repeat: int) -> float:
    """Return the median wall time of ``function()`` in milliseconds, after one warm-up call."""
    function()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    """Print the timings of compare() and of every report format on the seeds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per step (default 5)")
    repeat = parser.parse_args().repeat
    comparison = factdiff.compare(SEEDS)
    print("| step | median ms | output size |")
    print("| --- | ---: | ---: |")
    print(
        f"| compare (read, split, extract, align, judge) | {timed(lambda: factdiff.compare(SEEDS), repeat):.0f} | |"
    )
    for fmt in render.FORMATS:
        size = len(render.render(comparison, format=fmt))
        elapsed = timed(lambda fmt=fmt: render.render(comparison, format=fmt), repeat)
        print(f"| render {fmt} | {elapsed:.0f} | {size / 1024:.0f} KB |")
    three = [*SEEDS, WIRE]
    print(f"| compare, 3 sources | {timed(lambda: factdiff.compare(three), repeat):.0f} | |")
    comparison = factdiff.compare(three)
    size = len(render.render(comparison, format="pdf"))
    elapsed = timed(lambda: render.render(comparison, format="pdf"), repeat)
    print(f"| render pdf, 3 sources | {elapsed:.0f} | {size / 1024:.0f} KB |")


if __name__ == "__main__":
    main()
