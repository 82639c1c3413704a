"""The pipeline's reading of several articles: on several cores where that pays, with the
same statements, errors and interrupts as on one."""

import importlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factdiff import cli
from factdiff.read import read_article

from .conftest import BELARUS, ROOT, THE_WEEK

# The module, not the function the package exports under its name.
pipeline = importlib.import_module("factdiff.compare")
LONG_PAIRS = ROOT / "tests" / "eval" / "alignment_long.jsonl"


def seeds():
    return [read_article(path) for path in (THE_WEEK, BELARUS)]


@pytest.fixture
def in_workers(monkeypatch):
    """Read any articles in worker processes, on any machine."""
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 0)
    monkeypatch.setattr(pipeline, "_cores", lambda: 2)


def test_the_seeds_are_read_on_one_core():
    assert not pipeline._worth_forking(seeds(), [[None] * 30, [None] * 30])


def test_long_articles_are_read_on_several_cores_when_there_are_several(monkeypatch):
    monkeypatch.setattr(pipeline, "_cores", lambda: 2)
    assert pipeline._worth_forking(seeds(), [[None] * 300, [None] * 300])
    monkeypatch.setattr(pipeline, "_cores", lambda: 1)
    assert not pipeline._worth_forking(seeds(), [[None] * 300, [None] * 300])


def test_workers_read_what_one_process_reads(in_workers, monkeypatch):
    articles = seeds()
    assert pipeline._worth_forking(articles, [[None] * 30, [None] * 30])
    in_workers = pipeline.statements_by_source(articles)
    monkeypatch.setattr(pipeline, "_cores", lambda: 1)
    assert in_workers == pipeline.statements_by_source(articles)
    assert sum(len(s.details) for own in in_workers for s in own) > 100


def test_a_worker_killed_mid_task_leaves_the_reading_to_the_main_process(in_workers, monkeypatch):
    expected = pipeline.statements_by_source(seeds())
    main_process, read = os.getpid(), pipeline.extract_details

    def killed_in_a_worker(*args, **kwargs):
        if os.getpid() != main_process:
            os._exit(9)  # as the kernel's out-of-memory killer would
        return read(*args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_details", killed_in_a_worker)
    assert pipeline.statements_by_source(seeds()) == expected


def test_running_out_of_memory_in_a_worker_is_one_line(in_workers, monkeypatch, capsys):
    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(pipeline, "extract_details", exhausted)
    code = cli.main(["compare", str(THE_WEEK), str(BELARUS), "-o", "-"])
    assert code == cli.EXIT_OUT_OF_MEMORY
    assert capsys.readouterr().err == (
        "factdiff: error: out of memory; compare shorter articles or fewer at once\n"
    )


def _children(pid: int) -> list[str]:
    """Return the ids of the processes ``pid`` started (Linux)."""
    return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()


@pytest.mark.parametrize("after", [0.0, 0.2], ids=["as-workers-start", "while-they-read"])
def test_ctrl_c_while_workers_read_is_one_line_from_the_whole_group(tmp_path, after):
    items = [json.loads(line) for line in LONG_PAIRS.read_text("utf-8").splitlines()]
    for side in ("a", "b"):
        text = "\n\n".join(item[side] for item in items)
        (tmp_path / f"{side}.txt").write_text(f"Live blog\n\n{text}\n", encoding="utf-8")
    command = [sys.executable, "-m", "factdiff", "compare", "a.txt", "b.txt", "-o", "r.json"]
    process = subprocess.Popen(
        command, cwd=tmp_path, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    deadline = time.monotonic() + 30
    while not _children(process.pid) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _children(process.pid), "the workers never started"
    time.sleep(after)
    # A terminal sends Ctrl-C to every process of the foreground group, workers too.
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr) == (cli.EXIT_INTERRUPTED, "factdiff: interrupted\n"), stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_editing_an_unrelated_sentence_keeps_every_finding_id(tmp_path):
    before = pipeline.compare([THE_WEEK, BELARUS])
    in_findings = {s.context.key for f in before.findings for s in f.statements}
    [unrelated, *_] = [
        s for s in before.unique if s.source == THE_WEEK.stem and s.context.key not in in_findings
    ]
    edited = tmp_path / THE_WEEK.name
    text = THE_WEEK.read_text(encoding="utf-8")
    assert text.count(unrelated.text) == 1
    edited.write_text(text.replace(unrelated.text, unrelated.text.replace(" ", " indeed ", 1)))
    after = pipeline.compare([edited, BELARUS])
    assert [f.id for f in after.findings] == [f.id for f in before.findings]
    # Only the edited statement's own id changed.
    assert {s.id for s in before.unique} - {s.id for s in after.unique} == {unrelated.id}
    assert len({s.id for s in after.unique} - {s.id for s in before.unique}) == 1


def test_each_statement_in_one_source_has_its_likeliest_counterpart_in_the_other():
    compared = pipeline.compare([THE_WEEK, BELARUS])
    assert [c.statement for c in compared.counterparts] == list(compared.unique)
    for counterpart in compared.counterparts:
        assert counterpart.other.source != counterpart.statement.source
        assert 0 <= counterpart.confidence <= 1
    # Someone reading "The offensive could likely come from the east, south or even from
    # Belarus" is pointed at the other article's warnings of an offensive.
    [offensive] = [
        c for c in compared.counterparts if c.statement.text.startswith("The offensive could")
    ]
    assert "warned" in offensive.other.text
