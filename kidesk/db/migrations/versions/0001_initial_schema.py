"""Initial schema: every table of the first data model, and the FTS5 search index with its triggers.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# --- full-text search index -------------------------------------------------------------
# Frozen here on purpose: a migration must keep meaning what it meant when written, so it
# does not import the live kidesk.db.search module. See that module for the design.


def _fold(expr: str) -> str:
    """Fold Turkish dotless ı/İ, which unicode61's remove_diacritics leaves alone."""
    return f"replace(replace({expr}, 'ı', 'i'), 'İ', 'I')"


_CONTACT_LABEL = "trim(coalesce(c.title || ' ', '') || c.first_name || ' ' || c.last_name)"
_CONTACT_BODY = (
    "coalesce(c.function, '') || ' ' || coalesce(c.department, '') || ' ' || coalesce(c.email, '') || ' ' || "
    "coalesce(c.city, '') || ' ' || coalesce(c.phone, '') || ' ' || coalesce(c.languages, '') || ' ' || "
    "coalesce((SELECT group_concat(o.name || ' ' || coalesce(o.short_name, ''), ' ') "
    "FROM affiliations a JOIN organisations o ON o.id = a.organisation_id WHERE a.contact_id = c.id), '')"
)
_ORG_LABEL = "o.name"
_ORG_BODY = (
    "coalesce(o.short_name, '') || ' ' || coalesce(o.city, '') || ' ' || coalesce(o.email, '') || ' ' || "
    "coalesce(o.street, '') || ' ' || coalesce((SELECT p.name FROM organisations p WHERE p.id = o.parent_id), '')"
)
_EVENT_LABEL = "e.title"
_EVENT_BODY = (
    "coalesce(e.subtitle, '') || ' ' || coalesce(e.venue_name, '') || ' ' || coalesce(e.venue_city, '') || ' ' || "
    "coalesce(e.room, '') || ' ' || coalesce((SELECT s.title FROM event_series s WHERE s.id = e.series_id), '')"
)


def _insert(table: str, alias: str, code: int, label: str, body: str, where: str) -> str:
    return (
        f"INSERT INTO search_index(rowid, label, title, body) "
        f"SELECT {alias}.id * 4 + {code}, {label}, {_fold(label)}, {_fold(body)} FROM {table} {alias} WHERE {where};"
    )


def _contact_refresh(id_expr: str) -> str:
    return f"DELETE FROM search_index WHERE rowid = ({id_expr}) * 4;" + _insert(
        "contacts", "c", 0, _CONTACT_LABEL, _CONTACT_BODY, f"c.id = {id_expr}"
    )


def _org_refresh(id_expr: str) -> str:
    return f"DELETE FROM search_index WHERE rowid = ({id_expr}) * 4 + 1;" + _insert(
        "organisations", "o", 1, _ORG_LABEL, _ORG_BODY, f"o.id = {id_expr}"
    )


def _event_refresh(id_expr: str) -> str:
    return f"DELETE FROM search_index WHERE rowid = ({id_expr}) * 4 + 2;" + _insert(
        "events", "e", 2, _EVENT_LABEL, _EVENT_BODY, f"e.id = {id_expr}"
    )


_TRIGGERS = {
    "contacts_search_ai": f"AFTER INSERT ON contacts BEGIN {_contact_refresh('new.id')} END",
    "contacts_search_au": f"AFTER UPDATE ON contacts BEGIN DELETE FROM search_index WHERE rowid = old.id * 4; {_contact_refresh('new.id')} END",
    "contacts_search_ad": "AFTER DELETE ON contacts BEGIN DELETE FROM search_index WHERE rowid = old.id * 4; END",
    "affiliations_search_ai": f"AFTER INSERT ON affiliations BEGIN {_contact_refresh('new.contact_id')} END",
    "affiliations_search_au": (
        f"AFTER UPDATE ON affiliations BEGIN {_contact_refresh('old.contact_id')} {_contact_refresh('new.contact_id')} END"
    ),
    "affiliations_search_ad": f"AFTER DELETE ON affiliations BEGIN {_contact_refresh('old.contact_id')} END",
    "organisations_search_ai": f"AFTER INSERT ON organisations BEGIN {_org_refresh('new.id')} END",
    "organisations_search_au": (
        "AFTER UPDATE ON organisations BEGIN "
        f"DELETE FROM search_index WHERE rowid = old.id * 4 + 1; {_org_refresh('new.id')} "
        # people are found by their organisation's name: refresh those working there
        "DELETE FROM search_index WHERE rowid IN (SELECT contact_id * 4 FROM affiliations WHERE organisation_id = new.id);"
        + _insert(
            "contacts",
            "c",
            0,
            _CONTACT_LABEL,
            _CONTACT_BODY,
            "c.id IN (SELECT contact_id FROM affiliations WHERE organisation_id = new.id)",
        )
        + " END"
    ),
    "organisations_search_ad": "AFTER DELETE ON organisations BEGIN DELETE FROM search_index WHERE rowid = old.id * 4 + 1; END",
    "events_search_ai": f"AFTER INSERT ON events BEGIN {_event_refresh('new.id')} END",
    "events_search_au": f"AFTER UPDATE ON events BEGIN DELETE FROM search_index WHERE rowid = old.id * 4 + 2; {_event_refresh('new.id')} END",
    "events_search_ad": "AFTER DELETE ON events BEGIN DELETE FROM search_index WHERE rowid = old.id * 4 + 2; END",
    "event_series_search_au": (
        "AFTER UPDATE OF title ON event_series BEGIN "
        "DELETE FROM search_index WHERE rowid IN (SELECT id * 4 + 2 FROM events WHERE series_id = new.id);"
        + _insert("events", "e", 2, _EVENT_LABEL, _EVENT_BODY, "e.series_id = new.id")
        + " END"
    ),
}


def _create_search_index() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # FTS5 is SQLite's; another server needs its own full-text migration
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "label UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def _drop_search_index() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # on PostgreSQL the index is migration 0002's, and its downgrade removed it
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_index")


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("salutation", sa.String(length=10), server_default="none", nullable=False),
        sa.Column("title", sa.String(length=60), nullable=True),
        sa.Column("first_name", sa.String(length=120), server_default="", nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=True),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("mobile", sa.String(length=60), nullable=True),
        sa.Column("fax", sa.String(length=60), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("room", sa.String(length=40), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=12), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("country", sa.String(length=2), server_default="DE", nullable=False),
        sa.Column("languages", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("is_staff", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("salutation IN ('mrs', 'mr', 'diverse', 'none')", name=op.f("ck_contacts_salutation")),
        sa.CheckConstraint("length(trim(last_name)) > 0", name=op.f("ck_contacts_last_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_city", ["city"], unique=False)
        batch_op.create_index("ix_contacts_email", ["email"], unique=False)
        batch_op.create_index("ix_contacts_is_staff", ["is_staff"], unique=False)
        batch_op.create_index("ix_contacts_name", ["last_name", "first_name"], unique=False)

    op.create_table(
        "event_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=250), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("module_count", sa.Integer(), nullable=True),
        sa.Column("certificate_min_modules", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "certificate_min_modules IS NULL OR certificate_min_modules > 0",
            name=op.f("ck_event_series_min_modules_positive"),
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_event_series_title_not_blank")),
        sa.CheckConstraint(
            "module_count IS NULL OR module_count > 0", name=op.f("ck_event_series_module_count_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_series")),
        sa.UniqueConstraint("title", name=op.f("uq_event_series_title")),
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=250), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=True),
        sa.Column("kind", sa.String(length=30), server_default="other", nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=12), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("country", sa.String(length=2), server_default="DE", nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("fax", sa.String(length=60), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_mime", sa.String(length=40), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "kind IN ('welfare', 'municipality', 'authority', 'job_centre', 'school', 'education', 'migrant_org', 'club', 'company', 'other')",
            name=op.f("ck_organisations_kind"),
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_organisations_name_not_blank")),
        sa.CheckConstraint("parent_id IS NULL OR parent_id <> id", name=op.f("ck_organisations_not_own_parent")),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["organisations.id"],
            name=op.f("fk_organisations_parent_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("name", name=op.f("uq_organisations_name")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index("ix_organisations_city", ["city"], unique=False)
        batch_op.create_index("ix_organisations_kind", ["kind"], unique=False)
        batch_op.create_index("ix_organisations_parent_id", ["parent_id"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "affiliations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.Column("is_primary", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from",
            name=op.f("ck_affiliations_dates_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_affiliations_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_affiliations_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_affiliations")),
        sa.UniqueConstraint("contact_id", "organisation_id", name="uq_affiliations_contact_organisation"),
    )
    with op.batch_alter_table("affiliations", schema=None) as batch_op:
        batch_op.create_index("ix_affiliations_organisation_id", ["organisation_id"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("module_number", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=250), nullable=False),
        sa.Column("subtitle", sa.String(length=250), nullable=True),
        sa.Column("kind", sa.String(length=30), server_default="other", nullable=False),
        sa.Column("status", sa.String(length=20), server_default="planned", nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("venue_name", sa.String(length=200), nullable=True),
        sa.Column("venue_street", sa.String(length=200), nullable=True),
        sa.Column("venue_postcode", sa.String(length=12), nullable=True),
        sa.Column("venue_city", sa.String(length=120), nullable=True),
        sa.Column("room", sa.String(length=120), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("registration_deadline", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "kind IN ('qualification_module', 'thank_you', 'network_meeting', 'information', 'other')",
            name=op.f("ck_events_kind"),
        ),
        sa.CheckConstraint("status IN ('planned', 'confirmed', 'cancelled', 'done')", name=op.f("ck_events_status")),
        sa.CheckConstraint("capacity IS NULL OR capacity > 0", name=op.f("ck_events_capacity_positive")),
        sa.CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name=op.f("ck_events_ends_after_start")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_events_title_not_blank")),
        sa.CheckConstraint("module_number IS NULL OR module_number > 0", name=op.f("ck_events_module_number_positive")),
        sa.CheckConstraint(
            "module_number IS NULL OR series_id IS NOT NULL", name=op.f("ck_events_module_needs_series")
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["event_series.id"], name=op.f("fk_events_series_id_event_series"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("series_id", "module_number", name="uq_events_series_module"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_series_id", ["series_id"], unique=False)
        batch_op.create_index("ix_events_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "networks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=250), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("coordinator_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_networks_name_not_blank")),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["organisations.id"],
            name=op.f("fk_networks_coordinator_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_networks")),
        sa.UniqueConstraint("name", name=op.f("uq_networks_name")),
    )
    op.create_table(
        "volunteers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("active_since", sa.Date(), nullable=True),
        sa.Column("municipality", sa.String(length=120), nullable=True),
        sa.Column("availability", sa.String(length=300), nullable=True),
        sa.Column("agreement_signed_on", sa.Date(), nullable=True),
        sa.Column("consent_given_on", sa.Date(), nullable=True),
        sa.Column("consent_photos", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("consent_newsletter", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("consent_share_with_partners", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("police_certificate_inspected_on", sa.Date(), nullable=True),
        sa.Column("police_certificate_due_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("status IN ('active', 'paused', 'inactive')", name=op.f("ck_volunteers_status")),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_volunteers_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteers")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_volunteers_contact_id")),
    )
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.create_index("ix_volunteers_police_certificate_due_on", ["police_certificate_due_on"], unique=False)
        batch_op.create_index("ix_volunteers_status_municipality", ["status", "municipality"], unique=False)

    op.create_table(
        "event_hosts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), server_default="co_host", nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.CheckConstraint("role IN ('organiser', 'co_host', 'funder')", name=op.f("ck_event_hosts_role")),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_hosts_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_event_hosts_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_hosts")),
        sa.UniqueConstraint("event_id", "organisation_id", "role", name="uq_event_hosts_event_organisation_role"),
    )
    with op.batch_alter_table("event_hosts", schema=None) as batch_op:
        batch_op.create_index("ix_event_hosts_organisation_id", ["organisation_id"], unique=False)

    op.create_table(
        "network_memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on",
            name=op.f("ck_network_memberships_dates_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["network_id"], ["networks.id"], name=op.f("fk_network_memberships_network_id_networks"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_network_memberships_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_memberships")),
        sa.UniqueConstraint("network_id", "organisation_id", name="uq_network_memberships_network_organisation"),
    )
    with op.batch_alter_table("network_memberships", schema=None) as batch_op:
        batch_op.create_index("ix_network_memberships_organisation_id", ["organisation_id"], unique=False)

    op.create_table(
        "participations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), server_default="guest", nullable=False),
        sa.Column("status", sa.String(length=20), server_default="invited", nullable=False),
        sa.Column("invited_at", sa.DateTime(), nullable=True),
        sa.Column("registered_at", sa.DateTime(), nullable=True),
        sa.Column("attended_at", sa.DateTime(), nullable=True),
        sa.Column("declined_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("role IN ('guest', 'speaker', 'helper')", name=op.f("ck_participations_role")),
        sa.CheckConstraint(
            "status IN ('invited', 'registered', 'waitlisted', 'attended', 'declined', 'cancelled', 'no_show')",
            name=op.f("ck_participations_status"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_participations_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_participations_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participations")),
        sa.UniqueConstraint("event_id", "contact_id", name="uq_participations_event_contact"),
    )
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.create_index("ix_participations_contact_id", ["contact_id"], unique=False)
        batch_op.create_index("ix_participations_event_status", ["event_id", "status"], unique=False)

    op.create_table(
        "volunteer_engagements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_volunteer_engagements_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_engagements")),
        sa.UniqueConstraint("volunteer_id", "area", name="uq_volunteer_engagements_volunteer_area"),
    )
    with op.batch_alter_table("volunteer_engagements", schema=None) as batch_op:
        batch_op.create_index("ix_volunteer_engagements_area", ["area"], unique=False)

    op.create_table(
        "volunteer_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("worked_on", sa.Date(), nullable=False),
        sa.Column("hours", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("activity", sa.String(length=300), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("hours > 0 AND hours <= 24", name=op.f("ck_volunteer_hours_hours_range")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_volunteer_hours_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_volunteer_hours_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_hours")),
    )
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.create_index("ix_volunteer_hours_volunteer_worked_on", ["volunteer_id", "worked_on"], unique=False)

    op.create_table(
        "volunteer_languages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=60), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=True),
        sa.CheckConstraint(
            "level IS NULL OR level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native')",
            name=op.f("ck_volunteer_languages_level"),
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_volunteer_languages_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_languages")),
        sa.UniqueConstraint("volunteer_id", "language", name="uq_volunteer_languages_volunteer_language"),
    )
    with op.batch_alter_table("volunteer_languages", schema=None) as batch_op:
        batch_op.create_index("ix_volunteer_languages_language", ["language"], unique=False)

    op.create_table(
        "participation_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.CheckConstraint(
            "to_status IN ('invited', 'registered', 'waitlisted', 'attended', 'declined', 'cancelled', 'no_show')",
            name=op.f("ck_participation_status_changes_to_status"),
        ),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participations.id"],
            name=op.f("fk_participation_status_changes_participation_id_participations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation_status_changes")),
    )
    with op.batch_alter_table("participation_status_changes", schema=None) as batch_op:
        batch_op.create_index("ix_participation_status_changes_participation_id", ["participation_id"], unique=False)

    # ### end Alembic commands ###
    _create_search_index()


def downgrade() -> None:
    _drop_search_index()
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("participation_status_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_participation_status_changes_participation_id")

    op.drop_table("participation_status_changes")
    with op.batch_alter_table("volunteer_languages", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_languages_language")

    op.drop_table("volunteer_languages")
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_hours_volunteer_worked_on")

    op.drop_table("volunteer_hours")
    with op.batch_alter_table("volunteer_engagements", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_engagements_area")

    op.drop_table("volunteer_engagements")
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.drop_index("ix_participations_event_status")
        batch_op.drop_index("ix_participations_contact_id")

    op.drop_table("participations")
    with op.batch_alter_table("network_memberships", schema=None) as batch_op:
        batch_op.drop_index("ix_network_memberships_organisation_id")

    op.drop_table("network_memberships")
    with op.batch_alter_table("event_hosts", schema=None) as batch_op:
        batch_op.drop_index("ix_event_hosts_organisation_id")

    op.drop_table("event_hosts")
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteers_status_municipality")
        batch_op.drop_index("ix_volunteers_police_certificate_due_on")

    op.drop_table("volunteers")
    op.drop_table("networks")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_starts_at")
        batch_op.drop_index("ix_events_series_id")

    op.drop_table("events")
    with op.batch_alter_table("affiliations", schema=None) as batch_op:
        batch_op.drop_index("ix_affiliations_organisation_id")

    op.drop_table("affiliations")
    op.drop_table("settings")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index("ix_organisations_parent_id")
        batch_op.drop_index("ix_organisations_kind")
        batch_op.drop_index("ix_organisations_city")

    op.drop_table("organisations")
    op.drop_table("event_series")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_name")
        batch_op.drop_index("ix_contacts_is_staff")
        batch_op.drop_index("ix_contacts_email")
        batch_op.drop_index("ix_contacts_city")

    op.drop_table("contacts")
    # ### end Alembic commands ###
