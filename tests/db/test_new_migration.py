"""The developer tool that writes a migration from the models works (on a copy of the package)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import kidesk

PACKAGE_DIR = Path(kidesk.__file__).parent


def test_new_migration_writes_an_empty_script_when_models_and_migrations_agree(tmp_path):
    copy = tmp_path / "kidesk"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    versions = copy / "db" / "migrations" / "versions"
    before = set(versions.glob("*.py"))

    result = subprocess.run(
        [sys.executable, "-m", "kidesk.db.new_migration", "-m", "nothing changed"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr[-2000:]
    (new,) = set(versions.glob("*.py")) - before
    text = new.read_text(encoding="utf-8")
    assert "nothing changed" in text
    body = text.split("def upgrade() -> None:", 1)[1].split("def downgrade", 1)[0]
    assert "op." not in body  # no drift: the scripts already give the models
    assert set((PACKAGE_DIR / "db" / "migrations" / "versions").glob("*.py")) == {
        PACKAGE_DIR / "db" / "migrations" / "versions" / p.name for p in before
    }
