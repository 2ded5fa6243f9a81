"""Alembic environment: always runs on a connection handed in by kidesk.db.migrate."""

from __future__ import annotations

from alembic import context

from kidesk.db import search
from kidesk.db.models import Base

target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    # The FTS5 index and its shadow tables are created by hand-written SQL, not the models.
    if type_ == "table" and name and search.is_search_table(name):
        return False
    return True


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("kidesk migrations run through kidesk.db.migrate, which passes a connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
