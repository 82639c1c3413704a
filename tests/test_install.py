"""Installed software: the wheel, installed outside the checkout, writes every format."""

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from factdiff import __version__

from .conftest import BELARUS, ROOT, THE_WEEK


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Return a wheel of factdiff built from this checkout, offline."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("factdiff-*.whl")
    return built


def test_the_wheel_carries_templates_data_and_licence(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("report.html.j2", "report.md.j2", "report.css"):
        assert f"factdiff/templates/{needed}" in names
    assert "factdiff/paraphrases.txt" in names and "factdiff/word_vectors.npz" in names
    assert any(n.endswith("licenses/LICENSE") for n in names)
    metadata = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert f"Version: {__version__}" in text and "License-Expression: MIT" in text


def test_an_installed_factdiff_writes_every_format_from_another_folder(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            str(wheel),
        ],
        check=True,
    )
    # The dependencies come from the test environment's own folder, listed by path so
    # that nothing of the checkout (its editable install) comes with them.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    located = subprocess.run(
        [str(python), "-c", "import factdiff; print(factdiff.__file__)"],
        cwd=elsewhere,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert located.startswith(str(venv)), located
    result = subprocess.run(
        [
            str(venv / "bin" / "factdiff"),
            "compare",
            str(THE_WEEK),
            str(BELARUS),
            "-o",
            "out/report.pdf",
            "-f",
            "pdf",
            "-f",
            "html",
            "-f",
            "json",
            "-f",
            "md",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    out = elsewhere / "out"
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF-")
    assert "three and a half years" in (out / "report.html").read_text()
    assert json.loads((out / "report.json").read_text())["generator"] == f"factdiff {__version__}"
    assert "# " in (out / "report.md").read_text()
    version = subprocess.run(
        [str(venv / "bin" / "factdiff"), "--version"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == f"factdiff {__version__}"
