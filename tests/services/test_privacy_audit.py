"""Audit trail (issue 13, item 5): insert, update, delete, merge and erase leave entries; only changed fields."""

from __future__ import annotations

import dataclasses
import json

from sqlalchemy import select

from kidesk.db import audit
from kidesk.db.models import AuditEntry, Contact, Volunteer
from kidesk.services import contacts, duplicates, privacy

HARD_NAME = "Ḥasan ʿAbd al-Raḥmān"  # Arabic transliteration with ayn
ARABIC = "حسن"
PERSIAN = "نسرین‌دخت"  # with ZWNJ


def _entries(db, table, record_id):
    with db.session() as s:
        return s.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
            .order_by(AuditEntry.id)
        ).all()


def test_insert_update_delete_record_who_what_and_only_changed_fields(db, monkeypatch):
    monkeypatch.setenv("KIDESK_USER", "m.schulte")
    created = contacts.create_contact(db, contacts.ContactData(first_name=ARABIC, last_name=PERSIAN, city="Herford"))
    changed = dataclasses.replace(created, city="Bünde", email="a@example.org")
    contacts.update_contact(db, changed)
    contacts.delete_contact(db, created.id)

    insert, update, delete = _entries(db, "contacts", created.id)
    assert [insert.action, update.action, delete.action] == ["insert", "update", "delete"]
    assert {e.actor for e in (insert, update, delete)} == {"m.schulte"}
    assert json.loads(insert.changes)["last_name"] == [None, PERSIAN]
    assert json.loads(update.changes) == {"city": ["Herford", "Bünde"], "email": [None, "a@example.org"]}
    assert json.loads(delete.changes)["first_name"] == [ARABIC, None]
    assert all(e.contact_id == created.id for e in (insert, update, delete))


def test_a_kidesk_user_name_on_a_shared_pc_wins_over_the_os_user(db):
    audit.set_actor("Empfang 2")
    try:
        created = contacts.create_contact(db, contacts.ContactData(last_name="Öztürk"))
    finally:
        audit.set_actor(None)
    assert _entries(db, "contacts", created.id)[0].actor == "Empfang 2"


def test_saving_unchanged_data_writes_no_entry(db):
    created = contacts.create_contact(db, contacts.ContactData(last_name="Kaya"))
    contacts.update_contact(db, created)
    assert len(_entries(db, "contacts", created.id)) == 1


def test_merge_is_recorded_as_merge(db):
    keep = contacts.create_contact(db, contacts.ContactData(first_name="Olena", last_name="Kovalenko"))
    other = contacts.create_contact(
        db, contacts.ContactData(first_name="Olena", last_name="Kovalenko", email="olena@example.org")
    )
    duplicates.merge_contacts(db, keep.id, other.id)
    assert _entries(db, "contacts", keep.id)[-1].action == "merge"
    removed = _entries(db, "contacts", other.id)[-1]
    assert removed.action == "merge" and "zusammengeführt" in removed.note


def test_erase_leaves_one_entry_without_personal_data(db):
    created = contacts.create_contact(
        db, contacts.ContactData(first_name=HARD_NAME, last_name="=SUM(A1)", email="hasan@example.org")
    )
    privacy.erase_contact(db, created.id, reference="DS-2026-07", scrub=False)
    with db.session() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.contact_id == created.id)).all()
    assert [(r.action, r.changes, r.note) for r in rows] == [("erase", None, "DS-2026-07")]


def test_history_lines_and_csv(db, tmp_path):
    created = contacts.create_contact(db, contacts.ContactData(last_name="<b>Weiß</b> & Co"))
    contacts.update_contact(db, dataclasses.replace(created, city="=SUM(A1)"))
    lines = privacy.record_history(db, "contact", created.id)
    assert lines[0].field == "city" and lines[0].new == "=SUM(A1)"
    out = privacy.export_history_csv(lines, tmp_path / "verlauf.csv")
    text = out.read_text(encoding="utf-8-sig")
    assert "'=SUM(A1)" in text and "<b>Weiß</b> & Co" in text


def test_volunteer_flags_are_mirrored_into_consents(db):
    import datetime as dt

    created = contacts.create_contact(db, contacts.ContactData(last_name="Haddad"))
    with db.session() as s:
        s.add(Volunteer(contact_id=created.id, consent_given_on=dt.date(2026, 1, 5), consent_photos=True))
    status = {p.purpose: p.allowed for p in privacy.contact_consents(db, created.id, dt.date(2026, 6, 1)).status}
    assert status["photos"] and not status["partners"]
    with db.session() as s:
        v = s.scalar(select(Volunteer).where(Volunteer.contact_id == created.id))
        v.consent_photos = False
        v.status = "inactive"
    result = privacy.contact_consents(db, created.id)
    assert result.history[0].withdrawn_on is not None
    with db.session() as s:
        assert (
            s.scalar(select(Volunteer.activity_ended_on).where(Volunteer.contact_id == created.id)) == dt.date.today()
        )
        assert s.get(Contact, created.id) is not None
