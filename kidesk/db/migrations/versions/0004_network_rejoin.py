"""An organisation can leave a network and join it again: one membership per join (issue 19).

The unique key was (network, organisation), so a second period could not be recorded. It is
now (network, organisation, joined_on); the service refuses overlapping periods.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("network_memberships", schema=None) as batch_op:
        batch_op.drop_constraint("uq_network_memberships_network_organisation", type_="unique")
        batch_op.create_unique_constraint(
            "uq_network_memberships_network_organisation_joined", ["network_id", "organisation_id", "joined_on"]
        )


def downgrade() -> None:
    # keeps the latest period per organisation and network, as the old schema could hold only one
    op.execute(
        "DELETE FROM network_memberships WHERE id NOT IN "
        "(SELECT MAX(id) FROM network_memberships GROUP BY network_id, organisation_id)"
    )
    with op.batch_alter_table("network_memberships", schema=None) as batch_op:
        batch_op.drop_constraint("uq_network_memberships_network_organisation_joined", type_="unique")
        batch_op.create_unique_constraint(
            "uq_network_memberships_network_organisation", ["network_id", "organisation_id"]
        )
