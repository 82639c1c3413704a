"""Tests of the one writer: all or nothing, errors as ``OutputError``."""

from __future__ import annotations

import os
import stat

import pytest

from factdiff.errors import OutputError
from factdiff.render import FORMATS, RENDERERS, format_for, render, write_report
from factdiff.render.writer import write_atomically


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
    assert FORMATS == ("pdf", "html", "json", "md")
    assert set(RENDERERS) == set(FORMATS)
    assert [format_for(p) for p in ("a.pdf", "b.HTML", "c.htm", "d.json", "e/f.md")] == [
        "pdf", "html", "html", "json", "md",
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
