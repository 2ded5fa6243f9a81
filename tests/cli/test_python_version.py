"""kidesk on a Python without immortal None/True/False says so in one line, before Qt loads."""

from __future__ import annotations

import glob
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _older_interpreters() -> list[str]:
    """CPython 3.8-3.11 found on this machine (pyenv's versions, Debian's system python3)."""
    candidates = sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.1[01].*/bin/python3")))
    candidates += ["/usr/bin/python3"]
    found = []
    for exe in candidates:
        if not os.access(exe, os.X_OK):
            continue
        probe = subprocess.run(
            [exe, "-c", "import sys; print(sys.version_info >= (3, 12))"], capture_output=True, text=True, check=False
        )
        if probe.returncode == 0 and probe.stdout.strip() == "False":
            found.append(exe)
    return found[:1]


@pytest.mark.parametrize(
    "exe", _older_interpreters() or [pytest.param(None, marks=pytest.mark.skip("no Python < 3.12 here"))]
)
def test_kidesk_on_an_older_python_stops_with_one_german_line(exe):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [exe, "-X", "importtime", "-m", "kidesk", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if not line.startswith("import time:")]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kidesk: braucht Python 3.12 oder neuer")
    # stopped before Qt (or anything beyond the kidesk package itself) was imported
    imported = result.stderr
    assert "PySide6" not in imported and "sqlalchemy" not in imported
