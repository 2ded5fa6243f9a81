"""The binding's lost references to None must not be able to crash the app."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

LOOP = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    calls = sys.getrefcount(None) + 20000  # more calls than None has references
    {prelude}
    from PySide6.QtWidgets import QApplication, QLineEdit
    app = QApplication([])
    line = QLineEdit()
    for _ in range(calls):
        line.setText("Yılmaz")
    print("survived")
    """
)


def _run(prelude: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LOOP.format(prelude=prelude)], capture_output=True, text=True, timeout=120, check=False
    )


def test_many_widget_calls_do_not_abort_the_interpreter():
    result = _run("import kidesk.ui")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"


def test_the_workaround_is_still_needed_or_can_go():
    """Fails when a fixed binding is installed, as a reminder to drop the workaround."""
    if sys.version_info >= (3, 12):
        pytest.skip("None is immortal on this Python; the workaround is inactive")
    result = _run("")
    assert result.returncode != 0 and "none_dealloc" in result.stderr, (
        "PySide6 no longer leaks references to None: remove kidesk/ui/pyside_workarounds.py"
    )
