"""Compare outputs with gold files, after scrubbing what may change from run to run."""

import re
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"
ACTUAL = Path(__file__).resolve().parent / "actual"
ROOT = Path(__file__).resolve().parents[1]


def scrub(text: str) -> str:
    """Return ``text`` with the version, the time of generation and this checkout's location
    replaced by placeholders."""
    text = re.sub(r"factdiff \d+\.\d+(?:\.\d+)?[\w.+-]*", "factdiff VERSION", text)
    text = re.sub(r"\b\d{4}-\d\d-\d\d \d\d:\d\d UTC\b", "GENERATED", text)
    return text.replace(str(ROOT) + "/", "ROOT/")


def compare_gold(name: str, actual: str) -> None:
    """Assert that ``actual`` equals the gold file ``name``; save it under tests/actual/ if not."""
    actual = scrub(actual)
    gold = GOLD / name
    expected = gold.read_text(encoding="utf-8") if gold.exists() else None
    if actual != expected:
        ACTUAL.mkdir(exist_ok=True)
        (ACTUAL / name).write_text(actual, encoding="utf-8")
        raise AssertionError(
            f"{name} differs from its gold file; the actual output is in tests/actual/{name} "
            "(see tests/gold/README.md to refresh the gold file once the change is right)"
        )
