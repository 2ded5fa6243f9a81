"""Fixtures for the acceptance tests: the installed ``kidesk`` command and a demo database."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# A fixed "today" so the demo data (upcoming modules, due certificates) does not move with the calendar.
DEMO_TODAY = dt.date(2026, 6, 15)


def kidesk_command() -> list[str]:
    """The console script next to this interpreter (the venv's), else ``python -m kidesk``."""
    beside = Path(sys.executable).parent / "kidesk"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("kidesk")
    return [found] if found else [sys.executable, "-m", "kidesk"]


@pytest.fixture
def run_kidesk(tmp_path):
    """Run ``kidesk ARGS`` as a real subprocess in ``tmp_path``; returns the CompletedProcess."""

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        environment = dict(os.environ)
        environment.pop("KIDESK_DB", None)
        environment.pop("DISPLAY", None)
        environment.setdefault("KIDESK_DATA_DIR", str(tmp_path / "data"))
        environment.update(env or {})
        return subprocess.run(
            [*kidesk_command(), *map(str, args)],
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            timeout=240,
        )

    return run


@pytest.fixture(scope="module")
def demo_db_file(tmp_path_factory) -> Path:
    """A demo database file filled once per module with a fixed ``today``."""
    from kidesk.db.database import open_database
    from kidesk.services.demo_data import fill_demo_data

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path, create=True)
    fill_demo_data(db, today=DEMO_TODAY)
    db.dispose()
    return path


@pytest.fixture
def demo_db(tmp_path, demo_db_file):
    """A private copy of the demo database (tests may write to it), opened."""
    from kidesk.db.database import open_database

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, path)
    db = open_database(path)
    yield db
    db.dispose()


# Message boxes never block: recorded, questions answered from a queue (see tests/ui/conftest.py).
from tests.ui.conftest import dialogs  # noqa: E402,F401
