"""The Alembic-free revision check (start-up time) agrees with Alembic itself."""

from __future__ import annotations

import subprocess
import sys

from kidesk.db import migrate, revisions


def test_head_and_known_revisions_match_alembic():
    assert revisions.head_revision() == migrate.head_revision()
    for script in revisions.VERSIONS.glob("*.py"):
        number = script.name.split("_", 1)[0]
        assert revisions.is_known_revision(number) == migrate.is_known_revision(number)
    assert not revisions.is_known_revision("9999") and not migrate.is_known_revision("9999")


def test_opening_a_current_database_does_not_import_alembic(tmp_path):
    path = tmp_path / "kidesk.sqlite"
    code = (
        "import sys; from kidesk.db.database import open_database; "
        f"db = open_database({str(path)!r}); db.dispose(); "
        f"db = open_database({str(path)!r}, create=False); "
        "print('alembic' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "True"  # creating it migrated it: Alembic was needed
    code_again = (
        "import sys; from kidesk.db.database import open_database; "
        f"db = open_database({str(path)!r}, create=False); db.dispose(); print('alembic' in sys.modules)"
    )
    again = subprocess.run([sys.executable, "-c", code_again], capture_output=True, text=True, check=True)
    assert again.stdout.strip() == "False"
