"""An organisation can be archived instead of deleted (issue 19).

``organisations.archived_on`` (a date, NULL = in use). Archived organisations are hidden from
the list and from the choices for new links, and stay on every existing record. A plain added
column (plain ALTER TABLE ADD/DROP COLUMN): works the same on SQLite and PostgreSQL.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both databases: a batch copy of "organisations" would break the
    # search triggers that name the table on SQLite
    op.add_column("organisations", sa.Column("archived_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("organisations", "archived_on")
