"""Archiving an organisation instead of deleting it (issue 19, item 1).

Archiving hides the organisation from the list and from the choices for new affiliations, hosts
and network memberships; every row that names it — events it hosts, the network it coordinates,
people's affiliations, memberships, its children — stays exactly as it was, so invitations,
certificates and the .ics keep it. Unarchiving undoes it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select, text

from kidesk.db import list_queries, queries
from kidesk.db import settings as db_settings
from kidesk.db.models import AuditEntry, Base, EventHost, Network, Organisation
from kidesk.errors import ValidationError
from kidesk.services import organisations
from kidesk.services.demo_data import fill_demo_data
from kidesk.services.events import event_choices
from kidesk.services.organisations import OrganisationData, OrganisationListQuery

ARCHIVE_COLUMNS = {"archived_on", "version", "updated_at"}  # what archiving may change, on the organisation only


@pytest.fixture
def demo(db):
    fill_demo_data(db, today=dt.date(2026, 11, 21))
    return db


def _snapshot(db) -> dict[str, dict]:
    tables = {}
    with db.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in ("audit_log", "audit_entries"):
                continue
            pk = [c.name for c in table.primary_key.columns]
            rows = session.execute(text(f"SELECT * FROM {table.name}")).mappings().all()
            tables[table.name] = {tuple(row[k] for k in pk): dict(row) for row in rows}
    return tables


def _busiest_host(db) -> int:
    """The organisation (not our own) hosting most events, made a network's coordinator and a parent."""
    with db.session() as s:
        own = db_settings.get(s, db_settings.OWN_ORGANISATION_ID)
        counts = Counter(s.scalars(select(EventHost.organisation_id).where(EventHost.organisation_id != own)))
        org_id = counts.most_common(1)[0][0]
        s.scalars(select(Network)).first().coordinator_id = org_id
        child = s.scalars(select(Organisation).where(Organisation.id.not_in((org_id, own)))).first()
        child.parent_id = org_id
    return org_id


def test_archive_keeps_every_row_that_names_the_organisation(demo):
    org_id = _busiest_host(demo)
    before = _snapshot(demo)
    archived = organisations.archive_organisation(demo, org_id, on=dt.date(2026, 12, 3))
    after = _snapshot(demo)
    assert archived.archived_on == dt.date(2026, 12, 3)
    for name, rows in before.items():
        assert rows.keys() == after[name].keys(), name
        for key, row in rows.items():
            changed = {c for c, v in row.items() if after[name][key][c] != v}
            if name == "organisations" and key == (org_id,):
                assert changed <= ARCHIVE_COLUMNS and "archived_on" in changed
            else:
                assert changed == set(), (name, key, changed)
    hosted = [h for h in after["event_hosts"].values() if h["organisation_id"] == org_id]
    assert len(hosted) >= 2
    assert any(n["coordinator_id"] == org_id for n in after["networks"].values())


def test_archived_organisation_hidden_from_list_unless_asked(demo):
    org_id = _busiest_host(demo)
    name = organisations.load_organisation(demo, org_id).name
    everyone = organisations.organisation_count(demo, OrganisationListQuery())
    organisations.archive_organisation(demo, org_id)
    assert organisations.organisation_count(demo, OrganisationListQuery()) == everyone - 1
    assert organisations.organisation_position(demo, OrganisationListQuery(), org_id) is None
    shown = OrganisationListQuery(include_archived=True)
    assert organisations.organisation_count(demo, shown) == everyone
    rows = organisations.organisation_page(demo, shown, 0, everyone)
    assert [r.archived for r in rows if r.id == org_id] == [True]
    assert not any(r.archived for r in rows if r.id != org_id)
    assert name in [r.name for r in rows]


def test_archived_organisation_not_offered_for_new_links(demo):
    org_id = _busiest_host(demo)
    organisations.archive_organisation(demo, org_id)
    assert org_id not in dict(organisations.organisation_choices(demo))  # affiliations (contacts tab)
    assert org_id not in dict(event_choices(demo).organisations)  # hosts of an event
    with demo.session() as s:
        assert org_id not in dict(queries.id_name_list(s, "organisations"))  # check-in, invitation lists
        assert org_id not in dict(list_queries.organisation_choices(s))  # volunteer hours
    # the parent box and the network coordinator keep it, so a stored link is never lost on save
    assert org_id in dict(organisations.organisation_choices(demo, include_archived=True))


def test_unarchive_undoes_it_and_is_audited(demo):
    org_id = _busiest_host(demo)
    before = _snapshot(demo)
    organisations.archive_organisation(demo, org_id)
    restored = organisations.unarchive_organisation(demo, org_id)
    assert restored.archived_on is None
    assert org_id in dict(organisations.organisation_choices(demo))
    after = _snapshot(demo)
    row_before, row_after = before["organisations"][(org_id,)], after["organisations"][(org_id,)]
    assert {c for c, v in row_before.items() if row_after[c] != v} <= {"version", "updated_at"}
    with demo.session() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "organisations", AuditEntry.record_id == org_id)
        ).all()
    assert sum("archived_on" in (e.changes or "") for e in entries) == 2


def test_saving_the_editor_keeps_the_archive_date(demo):
    org_id = _busiest_host(demo)
    organisations.archive_organisation(demo, org_id, on=dt.date(2026, 1, 2))
    data = organisations.load_organisation(demo, org_id)
    data.notes = "<b>&</b> =SUM(A1) ملاحظة"
    data.archived_on = None  # the editor cannot unarchive by saving
    organisations.update_organisation(demo, data)
    assert organisations.load_organisation(demo, org_id).archived_on == dt.date(2026, 1, 2)


def test_own_organisation_cannot_be_archived(demo):
    with demo.session() as s:
        own = db_settings.get(s, db_settings.OWN_ORGANISATION_ID)
    with pytest.raises(ValidationError, match="eigene Organisation"):
        organisations.archive_organisation(demo, own)
    assert organisations.load_organisation(demo, own).archived_on is None


def test_new_organisation_with_an_archived_name_points_to_the_archive(demo):
    org_id = _busiest_host(demo)
    name = organisations.load_organisation(demo, org_id).name
    organisations.archive_organisation(demo, org_id)
    with pytest.raises(ValidationError, match="im Archiv"):
        organisations.create_organisation(demo, OrganisationData(name=name.upper()))
