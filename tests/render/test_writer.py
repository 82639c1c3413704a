"""Tests of the one writer: all or nothing, errors as ``OutputError``."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factdiff.errors import OutputError
from factdiff.render import FORMATS, RENDERERS, format_for, render, write_report, writer
from factdiff.render.writer import write_all, write_atomically


def _fail():
    raise RuntimeError("renderer broke")


def _interrupt():
    raise KeyboardInterrupt


def test_writes_and_creates_the_folder(tmp_path):
    path = tmp_path / "a" / "b" / "report.txt"
    assert write_atomically(path, lambda: b"hello") == path
    assert path.read_bytes() == b"hello"
    assert os.listdir(path.parent) == ["report.txt"]


def test_replaces_an_existing_report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomically(path, lambda: b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.parametrize("produce", [_fail, _interrupt])
def test_failing_producer_leaves_no_file(tmp_path, produce):
    path = tmp_path / "report.txt"
    with pytest.raises((RuntimeError, KeyboardInterrupt)):
        write_atomically(path, produce)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("produce", [_fail, _interrupt])
def test_failing_producer_keeps_the_existing_report(tmp_path, produce):
    path = tmp_path / "report.txt"
    path.write_bytes(b"old report")
    with pytest.raises((RuntimeError, KeyboardInterrupt)):
        write_atomically(path, produce)
    assert path.read_bytes() == b"old report"
    assert os.listdir(tmp_path) == ["report.txt"]


def test_interrupt_while_writing_removes_the_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "report.txt"
    path.write_bytes(b"old report")

    def interrupted_fsync(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted_fsync)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(path, lambda: b"new report")
    assert path.read_bytes() == b"old report"
    assert os.listdir(tmp_path) == ["report.txt"]


def test_failing_rename_is_an_output_error(tmp_path, monkeypatch):
    path = tmp_path / "report.txt"

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OutputError, match=r"cannot write report .*report.txt: No space left"):
        write_atomically(path, lambda: b"x")
    assert os.listdir(tmp_path) == []


def test_a_folder_in_the_way_is_an_output_error(tmp_path):
    # Even root cannot replace a non-empty folder with a file.
    folder = tmp_path / "report.txt"
    folder.mkdir()
    (folder / "keep").write_text("kept")
    with pytest.raises(OutputError, match=r"report\.txt"):
        write_atomically(folder, lambda: b"x")
    assert (folder / "keep").read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


def test_folder_under_a_file_is_an_output_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError) as caught:
        write_atomically(tmp_path / "file" / "report.txt", lambda: b"x")
    message = str(caught.value)
    assert "file" in message and "\n" not in message


def test_path_that_is_a_folder_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="is a folder"):
        write_atomically(tmp_path, lambda: b"x")


def test_write_report_in_every_format(tmp_path, comparison, generated):
    for fmt, suffix in (("html", ".html"), ("json", ".json"), ("md", ".md")):
        path = write_report(comparison, tmp_path / f"out{suffix}", format=fmt, generated=generated)
        assert path.read_bytes() == render(comparison, format=fmt, generated=generated)
    path = write_report(comparison, tmp_path / "guess.md", generated=generated)
    assert path.read_text(encoding="utf-8").startswith("# ")


def test_formats_and_suffixes():
    assert FORMATS == ("pdf", "html", "json", "md", "csv", "xlsx")
    assert set(RENDERERS) == set(FORMATS)
    paths = ("a.pdf", "b.HTML", "c.htm", "d.json", "e/f.md", "g.csv", "h.XLSX")
    assert [format_for(p) for p in paths] == [
        "pdf", "html", "html", "json", "md", "csv", "xlsx",
    ]  # fmt: skip


@pytest.mark.parametrize("path", ["report.docx", "report", "report.pdf.bak"])
def test_unknown_suffix_is_named(path):
    with pytest.raises(OutputError, match="report"):
        format_for(path)


def test_unknown_suffix_message_names_the_suffix():
    with pytest.raises(OutputError, match=r"'\.docx'"):
        format_for("out/report.docx")


def test_unknown_format_is_named(comparison):
    with pytest.raises(OutputError, match="'docx'"):
        render(comparison, format="docx")


# --- paths that are not regular files, links, several reports at once -------------------


def test_a_device_is_written_to_never_replaced(tmp_path):
    assert write_all([("/dev/null", b"report")]) == [Path("/dev/null")]
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_dev_stdout_stays_a_link_and_gets_the_report():
    # As root the old writer replaced /dev/stdout by a regular file.
    code = (
        "from factdiff.render.writer import write_all; write_all([('/dev/stdout', b'the report')])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    assert result.stdout == b"the report"
    assert os.path.islink("/dev/stdout")


def test_a_fifo_is_written_to_never_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    write_all([(fifo, b"through the pipe")])
    assert reader.communicate(timeout=10)[0] == b"through the pipe"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_link_keeps_its_link_and_its_target_gets_the_report(tmp_path):
    target = tmp_path / "real.json"
    target.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_all([(link, b"new")])
    assert link.is_symlink() and target.read_bytes() == b"new"


def test_several_reports_are_written_all_or_none(tmp_path):
    first, second = tmp_path / "r.json", tmp_path / "r.md"
    first.write_bytes(b"old json")
    second.mkdir()  # the second report cannot be written
    with pytest.raises(OutputError, match="it is a folder"):
        write_all([(first, b"new json"), (second, b"new md")])
    assert first.read_bytes() == b"old json"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json", "r.md"]


def test_an_interrupt_between_reports_leaves_every_old_report(tmp_path, monkeypatch):
    first, second = tmp_path / "r.json", tmp_path / "r.md"
    first.write_bytes(b"old json")
    second.write_bytes(b"old md")
    real = writer._write_temporary
    calls = []

    def interrupted_second(target, data):
        calls.append(target)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(target, data)

    monkeypatch.setattr(writer, "_write_temporary", interrupted_second)
    with pytest.raises(KeyboardInterrupt):
        write_all([(first, b"new json"), (second, b"new md")])
    assert (first.read_bytes(), second.read_bytes()) == (b"old json", b"old md")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json", "r.md"]


def test_a_temporary_file_left_by_a_killed_run_is_removed_by_the_next(tmp_path):
    stale = tmp_path / ".r.json.k1ll3d.tmp"
    stale.write_bytes(b"half a report")
    old = time.time() - writer.STALE_SECONDS - 1
    os.utime(stale, (old, old))
    fresh = tmp_path / ".r.json.running.tmp"  # another run's, still at work
    fresh.write_bytes(b"")
    write_all([(tmp_path / "r.json", b"{}")])
    assert sorted(p.name for p in tmp_path.iterdir()) == [".r.json.running.tmp", "r.json"]
