"""Shared fixtures. Qt runs offscreen; every test gets its own data directory and database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest

from kidesk.db.database import Database, open_database


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may touch the real user's data directory or KIDESK_DB."""
    monkeypatch.setenv("KIDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("KIDESK_DB", raising=False)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kidesk.sqlite"


@pytest.fixture
def db(db_path) -> Database:
    """A fresh, migrated, empty database file."""
    database = open_database(db_path)
    yield database
    database.dispose()
