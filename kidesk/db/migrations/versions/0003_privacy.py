"""Data protection (issue 13): consents per purpose, audit trail, erasure register, anonymous counts.

* ``consents``: one row per consent of a person to one purpose (given on, how, withdrawn on);
  the volunteers' three flags and their shared date are copied in — a ticked purpose *with*
  a date becomes a written consent of that day (a ticked box without a date was never a
  consent, see :mod:`kidesk.domain.consent`). The flags stay on ``volunteers`` and are kept in
  step by :mod:`kidesk.db.audit`, so nothing that reads them changes.
* ``audit_log``: who changed which fields of which record, when.
* ``erasures``: the erasure register (no personal data; a salted hash recognises the record).
* ``events.anonymous_attendance``: attendances of erased people, counted without a name.
* ``volunteers.police_certificate_issued_on`` and ``volunteers.activity_ended_on`` (§ 72a SGB VIII);
  the end of the activity is filled in for volunteers who are inactive already (their last
  logged hours, else the last change of their profile).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# frozen purpose codes of the three old flags
_FLAG_PURPOSES = (
    ("consent_photos", "photos"),
    ("consent_newsletter", "newsletter"),
    ("consent_share_with_partners", "partners"),
)


def upgrade() -> None:
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=10), server_default="written", nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("method IN ('written', 'oral', 'email')", name=op.f("ck_consents_method")),
        sa.CheckConstraint("withdrawn_on IS NULL OR withdrawn_on >= given_on", name=op.f("ck_consents_dates_ordered")),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_consents_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    op.create_index("ix_consents_contact_purpose", "consents", ["contact_id", "purpose"], unique=False)
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.Text(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.CheckConstraint(
            "action IN ('insert', 'update', 'delete', 'merge', 'erase', 'restore')", name=op.f("ck_audit_log_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_record", "audit_log", ["table_name", "record_id"], unique=False)
    op.create_index("ix_audit_log_contact_id", "audit_log", ["contact_id"], unique=False)
    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("erased_by", sa.String(length=120), nullable=False),
        sa.Column("record_table", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("salt", sa.String(length=32), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("request_reference", sa.String(length=120), nullable=True),
        sa.Column("rule", sa.String(length=60), nullable=True),
        sa.Column("summary", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_erasures_key_hash")),
    )
    op.add_column("events", sa.Column("anonymous_attendance", sa.Integer(), server_default="0", nullable=False))
    op.add_column("volunteers", sa.Column("police_certificate_issued_on", sa.Date(), nullable=True))
    op.add_column("volunteers", sa.Column("activity_ended_on", sa.Date(), nullable=True))

    # SQLite stores booleans as 0/1; PostgreSQL has no boolean = integer (the same rows on both)
    ticked = "{flag} = 1" if op.get_bind().dialect.name == "sqlite" else "{flag}"
    for flag, purpose in _FLAG_PURPOSES:
        op.execute(
            "INSERT INTO consents (contact_id, purpose, given_on, method, note) "
            f"SELECT contact_id, '{purpose}', consent_given_on, 'written', 'aus dem Ehrenamtsprofil übernommen' "
            f"FROM volunteers WHERE {ticked.format(flag=flag)} AND consent_given_on IS NOT NULL"
        )
    op.execute(
        "UPDATE volunteers SET activity_ended_on = coalesce("
        "(SELECT max(worked_on) FROM volunteer_hours h WHERE h.volunteer_id = volunteers.id), date(updated_at)) "
        "WHERE status = 'inactive'"
    )


def downgrade() -> None:
    op.drop_column("volunteers", "activity_ended_on")
    op.drop_column("volunteers", "police_certificate_issued_on")
    op.drop_column("events", "anonymous_attendance")
    op.drop_table("erasures")
    op.drop_index("ix_audit_log_contact_id", table_name="audit_log")
    op.drop_index("ix_audit_log_record", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_consents_contact_purpose", table_name="consents")
    op.drop_table("consents")
