"""Demo data set (placeholder until the full generator lands)."""

from __future__ import annotations

from pathlib import Path

from kidesk.db.database import Database, open_database


def fill_demo_data(db: Database) -> dict[str, int]:
    raise NotImplementedError


def ensure_demo_database(path: Path) -> Database:
    db = open_database(path, create=True)
    return db
