"""The layout a maintainer can read: data flows one way, no module grows too long, no
function too tangled, and word lists live in data files (docs/design.md)."""

import re
import subprocess
import sys
from pathlib import Path

from radon.complexity import cc_visit

from tools.layout import DOCUMENT as LAYOUT
from tools.layout import document

from .conftest import ROOT

SOURCE = ROOT / "src" / "factdiff"
# The longest module: past it, a module holds more than one job.
MOST_LINES = 520
# Radon's rank E starts here: a function this tangled cannot be read in one go.
MOST_COMPLEXITY = 30


def modules():
    return sorted(SOURCE.rglob("*.py"))


def test_imports_follow_the_flow_and_go_round_no_circle():
    # The contracts are in pyproject.toml: layers from cli down to text, and no circle.
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_no_module_is_over_the_length_of_one_job():
    long = {
        str(path.relative_to(SOURCE)): lines
        for path in modules()
        if (lines := len(path.read_text("utf-8").splitlines())) > MOST_LINES
    }
    assert long == {}


def test_no_function_is_too_tangled_unless_its_docstring_says_why():
    tangled = []
    for path in modules():
        for block in cc_visit(path.read_text("utf-8")):
            functions = [block, *getattr(block, "methods", [])]
            for function in functions:
                if function.complexity > MOST_COMPLEXITY and not _explained(path, function):
                    tangled.append(f"{path.relative_to(SOURCE)}:{function.lineno} {function.name}")
    assert tangled == []


def _explained(path: Path, function) -> bool:
    """Return whether the function's docstring says why it is complex ("Complexity: ...")."""
    lines = path.read_text("utf-8").splitlines()[function.lineno - 1 : function.endline]
    return any("Complexity:" in line for line in lines[:40])


def test_word_lists_live_in_data_files():
    # A set or table of words written in the code; sets of Kinds or signals are not words.
    word_list = re.compile(r"""^_?[A-Z_]* = (?:frozenset|set)\(\s*["'{(]\s*["'][a-z]|word_set\(""")
    found = [
        f"{path.relative_to(SOURCE)}:{number}"
        for path in modules()
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if word_list.search(line) and "text/" not in str(path.relative_to(SOURCE))
    ]
    assert found == []


def test_the_layout_document_is_current():
    assert LAYOUT.read_text("utf-8") == document(), "run: python -m tools.layout"
