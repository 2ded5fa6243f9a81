"""The event laptop (issue 20, item 5): pack, check in offline, merge back — twice.

Real SQLite files, the real CLI (``kidesk.cli.main``) for packing and merging, and on the laptop
the very services the check-in view calls (``find_by_name``/``check_in``/``check_in_walk_in``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kidesk.cli import main
from kidesk.db.database import open_database
from kidesk.db.models import Base, Consent, Contact, Participation, Volunteer
from kidesk.services import event_pack
from kidesk.services import events as ev
from kidesk.services.event_pack.packing import CONTACT_COLUMNS
from tests.event_fixtures import build_event_world, hold_today
from tests.name_fixtures import ZWNJ

SECRET = "GEHEIM-7f3a"  # in every field the pack must not carry
BOOKKEEPING = {"audit_log"}  # who-did-what rows; compared apart
ARABIC = ("ليلى", "الحسيني")
PERSIAN = ("زهرا", "رضایی" + ZWNJ + "نژاد")
CYRILLIC = ("Тарас", "Бондаренко")
TURKISH = ("Şükrü", "Yıldırımoğlu")
WALK_IN = ("نسرین", "کاظمی" + ZWNJ + "پور")  # Persian with ZWNJ


def _snapshot(path: Path) -> dict[str, dict[tuple, tuple]]:
    """Every row of every kidesk table, by primary key (read with plain sqlite3)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = {}
        for table in Base.metadata.sorted_tables:
            pk = [c.name for c in table.primary_key.columns]
            cursor = con.execute(f"SELECT * FROM {table.name}")
            names = [d[0] for d in cursor.description]
            rows = {}
            for row in cursor:
                values = dict(zip(names, row, strict=True))
                rows[tuple(values[k] for k in pk)] = tuple(sorted(values.items()))
            found[table.name] = rows
        return found
    finally:
        con.close()


def _diff(before, after):
    """{table: (added keys, changed keys, removed keys)} for the tables that differ."""
    out = {}
    for table in before:
        b, a = before[table], after[table]
        added = sorted(set(a) - set(b))
        removed = sorted(set(b) - set(a))
        changed = sorted(k for k in set(a) & set(b) if a[k] != b[k])
        if added or removed or changed:
            out[table] = (added, changed, removed)
    return out


def fill_office(db):
    """The event world plus four volunteers in hard scripts on module 2's list, secrets everywhere."""
    world = build_event_world(db)
    hold_today(db, world.module2)
    with db.session() as s:
        people = {}
        for key, (first, last) in {
            "arabic": ARABIC,
            "persian": PERSIAN,
            "cyrillic": CYRILLIC,
            "turkish": TURKISH,
        }.items():
            c = Contact(
                first_name=first,
                last_name=last,
                email=f"{key}-{SECRET}@example.org",
                street=f"Hauptstraße 1 {SECRET}",
                postcode="32052",
                city="Herford",
                phone="05221 12345",
                notes=f"<b>vertraulich</b> & =SUM(A1) {SECRET}",
            )
            c.volunteer = Volunteer(status="active", notes=SECRET, consent_given_on=dt.date(2024, 1, 1))
            c.consents.append(Consent(purpose="photos", given_on=dt.date(2024, 1, 1), note=SECRET))
            s.add(c)
            people[key] = c
        # someone who is NOT on the list and must never travel
        s.add(Contact(first_name="Olga", last_name="Außenstehend", notes=SECRET, email=f"x{SECRET}@example.org"))
        s.flush()
        ids = {k: c.id for k, c in people.items()}
    ev.invite_contacts(db, world.module2, [world.ayse, world.hans, *ids.values()])
    with db.session() as s:  # a note on a participation stays in the office
        for p in s.query(Participation).filter_by(event_id=world.module2):
            p.note = f"Allergie {SECRET}"
    return world, ids


@pytest.fixture
def office(db, db_path):
    return fill_office(db)


def _pack(db_path, event_id, out, capsys):
    assert main(["--db", str(db_path), "event-pack", "--event", str(event_id), "-o", str(out)]) == 0
    return capsys.readouterr().out


def test_pack_check_ins_and_a_walk_in_merged_twice_leave_exactly_those_changes(office, db, db_path, tmp_path, capsys):
    world, ids = office
    pack_file = tmp_path / "einlass.kidesk-paket"
    out = _pack(db_path, world.module2, pack_file, capsys)
    assert "Enthalten:" in out and "Nicht enthalten:" in out and "Asylrecht kompakt" in out
    assert pack_file.stat().st_mode & 0o777 == 0o600
    db.dispose()
    before = _snapshot(db_path)

    laptop = open_database(pack_file)
    try:
        for name in (" ".join(ARABIC), "Бондаренко, Тарас", "Sukru Yildirimoglu"):
            ev.check_in(laptop, ev.find_by_name(laptop, world.module2, name).participation_id)
        walk = ev.check_in_walk_in(laptop, world.module2, ev.WalkInData(WALK_IN[0], WALK_IN[1]))
        assert walk.status == "attended"
    finally:
        laptop.dispose()

    assert main(["--db", str(db_path), "event-merge", str(pack_file)]) == 0
    report = capsys.readouterr().out
    assert "3 Statusänderungen" not in report  # the walk-in's new participation counts too
    assert "4 Statusänderungen" in report and "1 Gast ohne Anmeldung" in report
    for first, last in (ARABIC, CYRILLIC, TURKISH, WALK_IN):
        assert f"{first} {last}" in report
    assert "Sicherung vorher" in report
    after = _snapshot(db_path)
    changes = _diff(before, after)
    audit = changes.pop("audit_log")
    assert audit[1] == [] and audit[2] == [] and audit[0]  # the merge is audited, nothing else touched
    settings_added, settings_changed, _ = changes.pop("settings")
    assert [k[0] for k in settings_added] == [f"{event_pack.MERGED_PREFIX}{_pack_id(pack_file)}"]
    assert settings_changed == []
    contacts_added, contacts_changed, contacts_removed = changes.pop("contacts")
    assert len(contacts_added) == 1 and contacts_changed == [] and contacts_removed == []
    new_contact = dict(after["contacts"][contacts_added[0]])
    assert (new_contact["first_name"], new_contact["last_name"]) == WALK_IN
    parts_added, parts_changed, parts_removed = changes.pop("participations")
    assert parts_removed == [] and len(parts_added) == 1
    checked = {dict(after["participations"][k])["contact_id"] for k in parts_changed}
    assert checked == {ids["arabic"], ids["cyrillic"], ids["turkish"]}
    for key in parts_changed + parts_added:
        row = dict(after["participations"][key])
        assert row["status"] == "attended" and row["attended_at"] is not None
    for key in parts_changed:  # the office's note on the participation survives
        assert SECRET in dict(after["participations"][key])["note"]
    history_added, history_changed, _ = changes.pop("participation_status_changes")
    assert len(history_added) == 4 and history_changed == []
    keys_added, keys_changed, keys_removed = changes.pop("contact_name_keys")  # derived, kept on write
    assert {k[0] for k in keys_added} == {contacts_added[0][0]} and keys_changed == keys_removed == []
    assert changes == {}, changes  # nothing else changed anywhere

    assert main(["--db", str(db_path), "event-merge", str(pack_file)]) == 0
    assert "nichts Neues" in capsys.readouterr().out
    assert _snapshot(db_path) == after  # audit and settings included: the second merge wrote nothing


def _pack_id(pack_file: Path) -> str:
    import json

    con = sqlite3.connect(f"file:{pack_file}?mode=ro", uri=True)
    try:
        (value,) = con.execute("SELECT value FROM settings WHERE key = ?", (event_pack.MANIFEST_KEY,)).fetchone()
    finally:
        con.close()
    return json.loads(value)["pack_id"]


def test_the_pack_holds_nothing_outside_its_list(office, db, db_path, tmp_path, capsys):
    world, ids = office
    pack_file = tmp_path / "p.kidesk-paket"
    _pack(db_path, world.module2, pack_file, capsys)
    assert SECRET.encode() not in pack_file.read_bytes()
    assert SECRET.encode("utf-16-le") not in pack_file.read_bytes()
    rows = _snapshot(pack_file)
    on_list = {ids[k] for k in ids} | {world.ayse, world.hans, world.petra}
    assert {k[0] for k in rows["contacts"]} == on_list
    for row in rows["contacts"].values():
        values = dict(row)
        extra = {
            k: v
            for k, v in values.items()
            if k not in CONTACT_COLUMNS and not k.endswith("_sort") and v not in (None, "", 0, "none", "DE")
        }
        assert extra == {}, extra
    assert {k[0] for k in rows["contact_name_keys"]} == on_list  # the walk-in warning at the door finds them
    assert {k[0] for k in rows["events"]} == {world.module2}
    assert {k[0] for k in rows["event_series"]} == {world.series}
    for empty in (
        "volunteers",
        "consents",
        "audit_log",
        "erasures",
        "networks",
        "network_memberships",
        "volunteer_hours",
    ):
        assert rows[empty] == {}, empty
    assert {dict(r)["event_id"] for r in rows["participations"].values()} == {world.module2}
    assert all(dict(r)["note"] is None for r in rows["participations"].values())
    assert all(dict(r)["note"] is None for r in rows["participation_status_changes"].values())
    assert {k[0] for k in rows["organisations"]} == {world.ki, world.drk, world.caritas}  # hosts + Hans's
    assert all(dict(r)["logo"] is None and dict(r)["notes"] is None for r in rows["organisations"].values())
    assert {k[0] for k in rows["settings"]} == {event_pack.MANIFEST_KEY}
    # badges and the check-in list work on the pack offline
    laptop = open_database(pack_file)
    try:
        assert event_pack.current_pack(laptop).event_title == "Asylrecht kompakt"
        names = {c.name for c in ev.checkin_candidates(laptop, world.module2)}
        assert "Hans Meyer" in names and " ".join(PERSIAN) in names
        from kidesk.services.printing import print_badges

        assert print_badges(laptop, event_id=world.module2).startswith(b"%PDF")
    finally:
        laptop.dispose()


def test_a_walk_in_who_matches_an_office_contact_is_suggested_never_merged(office, db, db_path, tmp_path, capsys):
    world, _ids = office
    pack_file = tmp_path / "p.kidesk-paket"
    _pack(db_path, world.module2, pack_file, capsys)
    laptop = open_database(pack_file)
    try:  # Olga Petrova is in the office (AWO) but not on the list, so not in the pack
        ev.check_in_walk_in(laptop, world.module2, ev.WalkInData("Olga", "Petrova", email="petrova@awo.example"))
        walk_in_id = next(
            c.contact_id for c in ev.checkin_candidates(laptop, world.module2) if c.name == "Olga Petrova"
        )
    finally:
        laptop.dispose()
    assert main(["--db", str(db_path), "event-merge", str(pack_file), "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert "Vielleicht dieselbe Person" in dry and f"--link {walk_in_id}={world.olga}" in dry
    result = event_pack.merge_pack(db, pack_file)
    (walk,) = result.new_walk_ins
    assert not walk.linked and walk.office_id != world.olga
    assert [s.office_id for s in walk.suggestions][:1] == [world.olga] and walk.suggestions[0].score >= 80
    with db.session() as s:
        olga = s.get(Contact, world.olga)
        assert olga.participations == [] and olga.version == 1  # untouched: no silent merge
        assert s.get(Contact, walk.office_id).last_name == "Petrova"


def test_a_walk_in_in_another_script_is_suggested(office, db, db_path, tmp_path, capsys):
    world, _ids = office
    with db.session() as s:
        s.add(Contact(first_name="Mohammad", last_name="Rahimi"))
    pack_file = tmp_path / "p.kidesk-paket"
    _pack(db_path, world.module2, pack_file, capsys)
    laptop = open_database(pack_file)
    try:
        ev.check_in_walk_in(laptop, world.module2, ev.WalkInData("محمد", "رحیمی", organisation="DRK"))
    finally:
        laptop.dispose()
    result = event_pack.merge_pack(db, pack_file)
    (walk,) = result.new_walk_ins
    assert walk.organisation.startswith("Deutsches Rotes Kreuz") and not walk.linked  # found by short name
    assert any(s.reason.startswith("gleicher Name in anderer Schrift") for s in walk.suggestions)


def test_link_makes_a_walk_in_the_office_contact(office, db, db_path, tmp_path, capsys):
    world, _ids = office
    pack_file = tmp_path / "p.kidesk-paket"
    _pack(db_path, world.module2, pack_file, capsys)
    laptop = open_database(pack_file)
    try:
        ev.check_in_walk_in(laptop, world.module2, ev.WalkInData("Olga", "Petrova"))
        walk_in_id = next(
            c.contact_id for c in ev.checkin_candidates(laptop, world.module2) if c.name == "Olga Petrova"
        )
    finally:
        laptop.dispose()
    db.dispose()
    code = main(["--db", str(db_path), "event-merge", str(pack_file), "--link", f"{walk_in_id}={world.olga}"])
    assert code == 0
    assert f"als Kontakt ID {world.olga}" in capsys.readouterr().out
    office_db = open_database(db_path)
    try:
        statuses = {r.contact_id: r.status for r in ev.invitees(office_db, world.module2)}
        assert statuses[world.olga] == "attended"
        with office_db.session() as s:
            assert s.query(Contact).filter_by(last_name="Petrova").count() == 1
    finally:
        office_db.dispose()


def test_a_status_changed_in_both_places_the_newer_wins_and_is_reported(office, db, db_path, tmp_path, capsys):
    world, ids = office
    pack_file = tmp_path / "p.kidesk-paket"
    _pack(db_path, world.module2, pack_file, capsys)
    laptop = open_database(pack_file)
    try:  # checked in at the door …
        ev.check_in(laptop, ev.find_by_name(laptop, world.module2, " ".join(TURKISH)).participation_id)
    finally:
        laptop.dispose()
    # … and, later the same day, declined in the office (a late e-mail): the office is newer
    pid = next(r.participation_id for r in ev.invitees(db, world.module2) if r.contact_id == ids["turkish"])
    with db.session() as s:
        from kidesk.db import queries

        queries.set_participation_status(
            s.get(Participation, pid), "declined", when=dt.datetime.now() + dt.timedelta(minutes=5)
        )
    result = event_pack.merge_pack(db, pack_file)
    assert any("Büro bleibt" in c for c in result.conflicts)
    assert {r.contact_id: r.status for r in ev.invitees(db, world.module2)}[ids["turkish"]] == "declined"


def test_a_pack_from_another_database_and_a_database_name_are_refused(office, db, db_path, tmp_path, capsys):
    world, _ids = office
    assert (
        main(["--db", str(db_path), "event-pack", "--event", str(world.module2), "-o", str(tmp_path / "x.sqlite")]) == 1
    )
    assert ".kidesk-paket" in capsys.readouterr().err
    pack_file = tmp_path / "p.kidesk-paket"
    _pack(db_path, world.module2, pack_file, capsys)
    other = open_database(tmp_path / "other.sqlite")
    try:
        with pytest.raises(event_pack.NotAPack, match="anderen Datenbank"):
            event_pack.merge_pack(other, pack_file)
    finally:
        other.dispose()
    with pytest.raises(event_pack.NotAPack, match="kein Veranstaltungspaket"):
        event_pack.merge_pack(db, tmp_path / "other.sqlite")


def test_a_pack_merged_used_again_and_merged_again_brings_only_what_is_new(office, db, db_path, tmp_path, capsys):
    world, ids = office
    pack_file = tmp_path / "p.kidesk-paket"
    _pack(db_path, world.module2, pack_file, capsys)

    def door(name):
        laptop = open_database(pack_file)
        try:
            ev.check_in(laptop, ev.find_by_name(laptop, world.module2, name).participation_id)
        finally:
            laptop.dispose()

    door(" ".join(ARABIC))
    first = event_pack.merge_pack(db, pack_file)
    assert [u.name for u in first.status_updates] == [" ".join(ARABIC)]
    door(" ".join(PERSIAN))  # the laptop goes on after the first merge
    second = event_pack.merge_pack(db, pack_file)
    assert second.merged_before and [u.name for u in second.status_updates] == [" ".join(PERSIAN)]
    assert not event_pack.merge_pack(db, pack_file).changed
    statuses = {r.contact_id: r.status for r in ev.invitees(db, world.module2)}
    assert statuses[ids["arabic"]] == statuses[ids["persian"]] == "attended"
    assert statuses[ids["cyrillic"]] == "invited"
    with db.session() as s:  # each check-in once in the office's history
        p = s.query(Participation).filter_by(event_id=world.module2, contact_id=ids["arabic"]).one()
        assert [h.to_status for h in p.history].count("attended") == 1


def test_at_a_terminal_event_merge_asks_about_a_suggested_walk_in(office, db, db_path, tmp_path, capsys, monkeypatch):
    import io

    world, _ids = office
    pack_file = tmp_path / "p.kidesk-paket"
    _pack(db_path, world.module2, pack_file, capsys)
    laptop = open_database(pack_file)
    try:
        ev.check_in_walk_in(laptop, world.module2, ev.WalkInData("Olga", "Petrova"))
        ev.check_in_walk_in(laptop, world.module2, ev.WalkInData("Hans", "Meyer-Neu"))  # no suggestion: not asked
    finally:
        laptop.dispose()

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Terminal("7\n1\n"))  # a wrong answer first, then the first suggestion
    db.dispose()
    assert main(["--db", str(db_path), "event-merge", str(pack_file)]) == 0
    out = capsys.readouterr().out
    assert out.count("vielleicht schon im Büro") == 1 and "Bitte eine Zahl von 1 bis" in out
    assert f"als Kontakt ID {world.olga} aus dem Büro übernommen" in out
    office_db = open_database(db_path)
    try:
        assert {r.contact_id: r.status for r in ev.invitees(office_db, world.module2)}[world.olga] == "attended"
    finally:
        office_db.dispose()
