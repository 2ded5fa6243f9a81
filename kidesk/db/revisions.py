"""Which schema revisions this program knows, without importing Alembic (start-up time, issue 16).

Alembic takes ~0.3 s to import; opening a database that is already at the head revision
only needs to compare one string. The migration scripts' ``revision``/``down_revision``
lines are read as text; the head is the revision no other script names as its parent. When
the scripts cannot be read that way (or name more than one head) the answer comes from
Alembic itself (:mod:`kidesk.db.migrate`), which also runs every actual upgrade.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

VERSIONS = Path(__file__).with_name("migrations") / "versions"
_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*['\"]?([\w]+)['\"]?", re.MULTILINE)


@functools.cache
def _parsed() -> tuple[frozenset[str], str] | None:
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in VERSIONS.glob("*.py"):
        if script.name.startswith("_"):
            continue
        found = dict(_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        if found.get("down_revision") not in (None, "None"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    if len(heads) != 1:
        return None
    return frozenset(revisions), heads.pop()


def head_revision() -> str:
    parsed = _parsed()
    if parsed is None:
        from kidesk.db import migrate

        return migrate.head_revision()
    return parsed[1]


def is_known_revision(revision: str) -> bool:
    parsed = _parsed()
    if parsed is None:
        from kidesk.db import migrate

        return migrate.is_known_revision(revision)
    return revision in parsed[0]


def needs_upgrade(current: str | None) -> bool:
    return current != head_revision()


def current_revision(connection: Any) -> str | None:
    """The revision stored in ``alembic_version`` (None for a database without one)."""
    if connection.dialect.name != "sqlite":  # sqlite_master exists only there
        from kidesk.db import migrate

        return migrate.current_revision(connection)
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])
