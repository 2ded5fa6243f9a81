"""Erasure (Art. 17) proven on the bytes: database file, WAL, search index, and a restored backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from kidesk.db.models import AuditEntry, Contact, Erasure, Event, Participation, Volunteer
from kidesk.errors import NotFound
from kidesk.services import backups, contacts, privacy
from kidesk.services.search import search_everything
from tests.services.privacy_sample import EMAIL, FIRST, TRACES, add_person


def _files(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal")) if p.exists()]


def _found(path: Path) -> list[str]:
    hits = []
    for file in _files(path):
        raw = file.read_bytes()
        hits += [f"{file.name}: {t}" for t in TRACES if t.encode() in raw or t.lower().encode() in raw]
    return hits


def test_the_person_is_in_the_files_before(db, db_path):
    add_person(db)
    db.dispose()
    found = _found(db_path)  # the grep works: before the erasure it finds the person
    assert {h.split(": ", 1)[1] for h in found} >= {FIRST, "Ahmadi", "نژاد", EMAIL, "987654", "4455667"}


def test_erasure_leaves_no_trace_in_database_wal_and_search_index(db, db_path):
    ids = add_person(db)
    result = privacy.erase_contact(db, ids["person"], reference="DS-2026-001")
    assert result.traces_removed
    assert "1 als anonyme Anwesenheit" in result.summary
    with db.session() as s:
        assert s.get(Contact, ids["person"]) is None
        assert s.scalar(select(func.count()).select_from(Volunteer)) == 0
        assert (
            s.scalar(select(func.count()).select_from(Participation).where(Participation.contact_id == ids["person"]))
            == 0
        )
        assert s.get(Event, ids["attended"]).anonymous_attendance == 1
        assert s.get(Event, ids["invited"]).anonymous_attendance == 0
        assert s.get(Contact, ids["other"]) is not None
        s.execute(text("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search_index, row)"))
        terms = {row[0] for row in s.execute(text("SELECT term FROM temp.v"))}
        register = s.scalars(select(Erasure)).all()
        erase_entries = s.scalars(select(AuditEntry).where(AuditEntry.contact_id == ids["person"])).all()
    assert not {"gulsen", "guelsen", "987654", "4455667", "ahmadi"} & terms
    assert "коваленко" in terms  # the index itself is still there
    assert search_everything(db, FIRST) == []
    assert [(r.record_id, r.request_reference) for r in register] == [(ids["person"], "DS-2026-001")]
    assert all(r.changes is None and r.action == "erase" for r in erase_entries)
    assert _found(db_path) == []  # while the program still runs
    db.dispose()  # the WAL is checkpointed on close as on every day: grep both states
    assert _found(db_path) == []


def test_a_restored_older_backup_does_not_bring_the_person_back(db, db_path):
    ids = add_person(db)
    before = backups.create_backup(db, reason="gestern").path
    assert _found(before)
    privacy.erase_contact(db, ids["person"], reference="DS-2026-002")
    result = backups.restore_backup(db, before)
    assert result.erased_again == 1
    with db.session() as s:
        assert s.get(Contact, ids["person"]) is None
        assert s.get(Event, ids["attended"]).anonymous_attendance == 1
        assert [r.request_reference for r in s.scalars(select(Erasure))] == ["DS-2026-002"]
    db.dispose()
    assert _found(db_path) == []


def test_restore_by_path_reapplies_from_the_register_beside_the_file(db, db_path):
    ids = add_person(db)
    before = backups.create_backup(db, reason="gestern").path
    privacy.erase_contact(db, ids["person"])
    db.dispose()
    result = backups.restore_backup(str(db_path), before)
    assert result.erased_again == 1
    assert _found(db_path) == []


def test_a_new_person_with_the_erased_id_is_not_erased_by_a_restore(db, db_path):
    created = contacts.create_contact(db, contacts.ContactData(first_name="Ayşe", last_name="Yılmaz"))
    before = backups.create_backup(db, reason="alt").path
    privacy.erase_contact(db, created.id)
    again = contacts.create_contact(db, contacts.ContactData(first_name="Mehmet", last_name="Kaya"))
    after = backups.create_backup(db, reason="neu").path
    backups.restore_backup(db, after)
    with db.session() as s:
        assert s.get(Contact, again.id) is not None
    backups.restore_backup(db, before)
    with db.session() as s:
        assert s.get(Contact, created.id) is None


def test_erasing_nobody_says_so(db):
    with pytest.raises(NotFound):
        privacy.erase_contact(db, 999)


def test_register_holds_no_personal_data(db, db_path):
    ids = add_person(db)
    privacy.erase_contact(db, ids["person"], reference="Az. 7")
    sidecar = db_path.with_name(db_path.name + ".erasures.json").read_text(encoding="utf-8")
    assert EMAIL not in sidecar and FIRST not in sidecar and "Az. 7" in sidecar
    assert oct(db_path.with_name(db_path.name + ".erasures.json").stat().st_mode & 0o777) == "0o600"
