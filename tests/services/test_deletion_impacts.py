"""Every deletion describes everything it removes (issue 19, point 1 and the class).

Each test deletes a real record of the demo database through the service the window calls,
snapshots every table before and after, and compares what really vanished or lost a link with
the description shown in the question.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select, text

from kidesk.db import settings as db_settings
from kidesk.db.models import Base, Contact, EventHost, EventSeries, Network, NetworkMembership, Organisation
from kidesk.errors import ValidationError
from kidesk.services import contacts, events, organisations
from kidesk.services.deletion_impacts import DELETED, NOTE, NOUNS, SETTING, UNLINKED, impact_lines
from kidesk.services.demo_data import fill_demo_data


def _snapshot(db) -> dict[str, dict]:
    tables = {}
    with db.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "contact_name_keys":
                continue  # derived from the contact (an index kept on write), no impact of its own
            key = "key" if table.name == "settings" else "id"
            rows = session.execute(text(f"SELECT * FROM {table.name}")).mappings().all()
            tables[table.name] = {row[key]: dict(row) for row in rows}
    return tables


def _what_changed(before, after, root_table: str, root_id: int):
    """Counter of (table, effect, column) -> rows, the way the description counts them."""
    found: Counter = Counter()
    for name, rows in before.items():
        for key, row in rows.items():
            if name == root_table and key == root_id:
                continue
            if key not in after[name]:
                found[(name, SETTING if name == "settings" else DELETED, key if name == "settings" else "")] += 1
                continue
            for column, value in row.items():
                new = after[name][key][column]
                if value is not None and new is None:
                    found[(name, UNLINKED, column)] += 1
    return found


def _described(lines) -> Counter:
    return Counter({(line.table, line.effect, line.column): line.count for line in lines if line.effect != NOTE})


@pytest.fixture
def demo(db):
    fill_demo_data(db, today=dt.date(2026, 11, 21))
    return db


def _check(db, table: str, record_id: int, delete) -> None:
    with db.session() as session:
        described = impact_lines(session, table, record_id)
    before = _snapshot(db)
    delete()
    after = _snapshot(db)
    assert record_id not in after[table]
    changed = _what_changed(before, after, table, record_id)
    if table == "event_series":  # module numbers go with the series (the CHECK needs a series)
        changed.pop(("events", UNLINKED, "module_number"), None)
    assert _described(described) == changed
    for line in described:  # every line has German words, none falls back to the table name
        key = (line.table, line.effect, line.column if line.effect != DELETED else "")
        assert key in NOUNS, key


def test_organisation_deletion_names_hosted_events_networks_and_children(demo):
    with demo.session() as s:
        own = db_settings.get(s, db_settings.OWN_ORGANISATION_ID)
        # the organisation hosting most events (not our own): hosts, affiliations, memberships, children …
        host_counts = Counter(s.scalars(select(EventHost.organisation_id).where(EventHost.organisation_id != own)))
        org_id = host_counts.most_common(1)[0][0]
        hosted = s.scalars(select(EventHost).where(EventHost.organisation_id == org_id)).first()
        hosted.role = "organiser"  # an event it organises (the demo's organiser is mostly our own)
        coordinated = s.scalars(select(Network).where(Network.coordinator_id.is_not(None))).first()
        if coordinated is not None:
            coordinated.coordinator_id = org_id
        child = s.scalars(select(Organisation).where(Organisation.id != org_id, Organisation.id != own)).first()
        child.parent_id = org_id
    impact = organisations.deletion_impact(demo, org_id)
    text_ = impact.describe()
    assert "Veranstaltung" in text_ and "keinen Veranstalter" in text_
    assert "untergeordnete Organisation verliert" in text_
    assert "(en)" not in text_ and "(n)" not in text_
    _check(demo, "organisations", org_id, lambda: organisations.delete_organisation(demo, org_id))


def test_own_organisation_cannot_be_deleted(demo):
    with demo.session() as s:
        own = db_settings.get(s, db_settings.OWN_ORGANISATION_ID)
    assert own is not None
    with pytest.raises(ValidationError, match="eigene Organisation"):
        organisations.deletion_impact(demo, own)
    with pytest.raises(ValidationError, match="eigene Organisation"):
        organisations.delete_organisation(demo, own)
    with demo.session() as s:
        assert s.get(Organisation, own) is not None


def test_contact_deletion_is_described_completely(demo):
    with demo.session() as s:
        sender = db_settings.get(s, db_settings.LETTER_SENDER_CONTACT_ID)
        volunteer_contact = s.scalars(
            select(Contact.id)
            .where(Contact.volunteer.has(), Contact.id != (sender or -1), Contact.participations.any())
            .order_by(Contact.id)  # the plan (and so the unordered first row) changes with the indexes
        ).first()
    _check(demo, "contacts", volunteer_contact, lambda: contacts.delete_contact(demo, volunteer_contact))


def test_event_deletion_is_described_completely(demo):
    with demo.session() as s:
        event_id = s.scalars(select(EventHost.event_id)).first()
    impact = events.event_deletion_impact(demo, event_id)
    assert impact.count("participations") > 0
    _check(demo, "events", event_id, lambda: events.delete_event(demo, event_id))


def test_series_deletion_keeps_its_events_as_single_events(demo):
    with demo.session() as s:
        series_id = s.scalars(select(EventSeries.id)).first()
    impact = events.series_deletion_impact(demo, series_id)
    assert impact.count("events", UNLINKED) > 0
    _check(demo, "event_series", series_id, lambda: events.delete_series(demo, series_id))


def test_network_deletion_is_described_completely(demo):
    with demo.session() as s:
        network_id = s.scalars(select(NetworkMembership.network_id)).first()
    _check(demo, "networks", network_id, lambda: organisations.delete_network(demo, network_id))


def test_sender_contact_setting_is_named_and_cleared(demo):
    with demo.session() as s:
        contact_id = s.scalars(select(Contact.id).where(Contact.is_staff.is_(True))).first()
        db_settings.put(s, db_settings.LETTER_SENDER_CONTACT_ID, contact_id)
    with demo.session() as s:
        lines = impact_lines(s, "contacts", contact_id)
    assert ("settings", SETTING, db_settings.LETTER_SENDER_CONTACT_ID) in _described(lines)


def test_every_reference_a_deletion_can_follow_has_german_words():
    """Not only what the demo happens to delete: every CASCADE and SET NULL foreign key of the
    schema (except derived rows without an id) is described in German, so no user ever reads
    a table name such as ``consents.contact_id``."""
    from kidesk.db.models import Base

    missing = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            ondelete = (fk.ondelete or "").upper()
            if ondelete == "CASCADE" and "id" in table.c:
                key = (table.name, DELETED, "")
            elif ondelete == "SET NULL":
                key = (table.name, UNLINKED, fk.parent.name)
            else:
                continue
            if key not in NOUNS:
                missing.append(key)
    assert missing == []
