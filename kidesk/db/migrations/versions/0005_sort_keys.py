"""Stored sort keys and name comparison keys, indexed, so lists and the duplicate warning scale (issue 16).

* ``*_sort`` columns hold the DIN 5007 sort key (:func:`kidesk.db.collation.sort_key`) of each
  column a list sorts by: contacts' last and first name, function, town and e-mail;
  organisations' name, short name and town. Lists order by them through an index instead of
  calling a Python SQL function once per row (and PostgreSQL has no such function).
* ``contact_name_keys`` holds every comparison key of a contact's name and e-mail
  (:mod:`kidesk.db.name_keys`): the duplicate warning in the editor finds its candidates there.

Existing rows are filled in Python, in batches. Plain ``ADD COLUMN``/``CREATE INDEX`` on every
database (no table copy on SQLite: it would drop the search triggers).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kidesk.db.collation import sort_key
from kidesk.db.name_keys import rows_for

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BATCH = 2000
COLUMNS = {
    "contacts": ("last_name", "first_name", "function", "city", "email"),
    "organisations": ("name", "short_name", "city"),
}
INDEXES = {
    "contacts": {
        "ix_contacts_name_sort": ("last_name_sort", "first_name_sort"),
        "ix_contacts_first_name_sort": ("first_name_sort", "last_name_sort"),
        "ix_contacts_function_sort": ("function_sort", "last_name_sort"),
        "ix_contacts_city_sort": ("city_sort", "last_name_sort"),
        "ix_contacts_email_sort": ("email_sort",),
    },
    "organisations": {
        "ix_organisations_name_sort": ("name_sort",),
        "ix_organisations_short_name_sort": ("short_name_sort", "name_sort"),
        "ix_organisations_city_sort": ("city_sort", "name_sort"),
    },
}


def _fill_sort_keys(connection: sa.Connection, table: str, sources: tuple[str, ...]) -> None:
    source_list = ", ".join(sources)
    setters = ", ".join(f"{s}_sort = :{s}_sort" for s in sources)
    update = sa.text(f"UPDATE {table} SET {setters} WHERE id = :id")
    last = 0
    while True:
        rows = connection.execute(
            sa.text(f"SELECT id, {source_list} FROM {table} WHERE id > :last ORDER BY id LIMIT {BATCH}"),
            {"last": last},
        ).all()
        if not rows:
            return
        connection.execute(
            update,
            [{"id": r[0], **{f"{s}_sort": sort_key(v) for s, v in zip(sources, r[1:], strict=True)}} for r in rows],
        )
        last = rows[-1][0]


def _fill_name_keys(connection: sa.Connection) -> None:
    insert = sa.text(
        "INSERT INTO contact_name_keys (contact_id, key, first_fold, last_fold)"
        " VALUES (:contact_id, :key, :first_fold, :last_fold)"
    )
    last = 0
    while True:
        rows = connection.execute(
            sa.text(
                f"SELECT id, first_name, last_name, email FROM contacts WHERE id > :last ORDER BY id LIMIT {BATCH}"
            ),
            {"last": last},
        ).all()
        if not rows:
            return
        keys = [key for r in rows for key in rows_for(r[0], r[1], r[2], r[3])]
        if keys:
            connection.execute(insert, keys)
        last = rows[-1][0]


def upgrade() -> None:
    for table, sources in COLUMNS.items():
        for source in sources:
            op.add_column(table, sa.Column(f"{source}_sort", sa.String(), nullable=True))
    op.create_table(
        "contact_name_keys",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("first_fold", sa.String(), nullable=True),
        sa.Column("last_fold", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_name_keys_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", "key", name=op.f("pk_contact_name_keys")),
    )
    connection = op.get_bind()
    for table, sources in COLUMNS.items():
        _fill_sort_keys(connection, table, sources)
    _fill_name_keys(connection)
    for table, indexes in INDEXES.items():
        for name, columns in indexes.items():
            op.create_index(name, table, list(columns), unique=False)
    op.create_index(
        "ix_contact_name_keys_key", "contact_name_keys", ["key", "first_fold", "last_fold", "contact_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_contact_name_keys_key", table_name="contact_name_keys")
    op.drop_table("contact_name_keys")
    for table, indexes in INDEXES.items():
        for name in indexes:
            op.drop_index(name, table_name=table)
    for table, sources in COLUMNS.items():
        for source in sources:
            op.drop_column(table, f"{source}_sort")  # SQLite ≥ 3.35 drops a column in place
