"""Developer tool: autogenerate a migration script from the models.

    python -m kidesk.db.new_migration -m "add x to contacts"

Upgrades a scratch database to the newest script, compares it with the models and writes
the difference as a new file in ``kidesk/db/migrations/versions`` to read and edit. Kept out
of :mod:`kidesk.db.migrate` so that module needs nothing from :mod:`kidesk.db.database`
(which imports it to migrate every database it opens).
"""

from __future__ import annotations

import argparse
import sys
import tempfile

from alembic import command

from kidesk.db.database import make_engine
from kidesk.db.migrate import alembic_config, upgrade


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m kidesk.db.new_migration")
    parser.add_argument("-m", "--message", required=True, help="what the migration changes")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/scratch.sqlite")
        try:
            upgrade(engine)
            with engine.begin() as connection:
                command.revision(alembic_config(connection), message=args.message, autogenerate=True)
        finally:
            engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
