"""Erasure (Art. 17) that leaves no trace, and the erasure register that survives a restore.

:func:`erase_contact` deletes a person with every personal link in one unit of work:
affiliations, participations with their status history, the volunteer profile with areas,
languages and hours, consents (all by the foreign keys' CASCADE) and the person's audit
entries; what the person attended stays as a count (``events.anonymous_attendance``). The
audit trail keeps one "erase" entry without any value, the register one row without personal
data: when, by whom, under which request or rule, and a salted SHA-256 of the record's key
(id, created_at, names) so that a copy of the person in an older backup is recognised.

Afterwards the bytes go too (:func:`scrub_files`): ``secure_delete`` (set on every connection)
zeroes freed cells; the FTS5 index is merged (``optimize``), which rewrites its segments without
the person's tokens; ``wal_checkpoint(TRUNCATE)`` empties the WAL; ``VACUUM`` rebuilds the file
so no freed page keeps an old copy; a second checkpoint empties the WAL VACUUM wrote.

The register is also written beside the database (``<name>.erasures.json``, 0600), so that a
restore of a backup — which replaces the database and with it the register inside it — puts
every erasure back: :func:`register_of` reads both before the restore, :func:`reapply` erases
again afterwards (:func:`kidesk.services.backups.restore_backup` calls both).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import secrets
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import delete, or_, select, text, update
from sqlalchemy.orm import Session

from kidesk.db import audit, server, sqlite_files
from kidesk.db.database import Database
from kidesk.db.models import AuditEntry, Consent, Contact, Erasure, Event, Participation, Volunteer, VolunteerHours
from kidesk.db.search import SEARCH_TABLE
from kidesk.errors import NotFound, ValidationError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErasureResult:
    contact_id: int
    register_id: int
    summary: str
    traces_removed: bool  # checkpoint and VACUUM went through (False: another program kept the file busy)


@dataclass(frozen=True)
class RegisterEntry:
    erased_at: str
    erased_by: str
    record_table: str
    record_id: int
    salt: str
    key_hash: str
    request_reference: str | None
    rule: str | None
    summary: str | None


def contact_key_hash(contact: Contact, salt: str) -> str:
    created = contact.created_at.isoformat(sep=" ", timespec="seconds") if contact.created_at else ""
    key = "|".join((str(contact.id), created, contact.last_name.strip(), (contact.first_name or "").strip()))
    return hashlib.sha256((salt + key).encode("utf-8")).hexdigest()


def volunteer_key_hash(volunteer: Volunteer, salt: str) -> str:
    created = volunteer.created_at.isoformat(sep=" ", timespec="seconds") if volunteer.created_at else ""
    key = f"police_certificate|{volunteer.id}|{volunteer.contact_id}|{created}"
    return hashlib.sha256((salt + key).encode("utf-8")).hexdigest()


def consent_key_hash(consent: Consent, salt: str) -> str:
    key = f"consent|{consent.id}|{consent.contact_id}|{consent.purpose}|{consent.given_on.isoformat()}"
    return hashlib.sha256((salt + key).encode("utf-8")).hexdigest()


def _register_row(
    table: str, record_id: int, salt: str, key_hash: str, reference: str | None, rule: str | None, summary: str
) -> Erasure:
    return Erasure(
        erased_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        erased_by=audit.current_actor(),
        record_table=table,
        record_id=record_id,
        salt=salt,
        key_hash=key_hash,
        request_reference=reference,
        rule=rule,
        summary=summary,
    )


def clear_police_certificate_in(
    session: Session, volunteer_id: int, *, reference: str | None, rule: str | None, salt: str | None = None
) -> int:
    """Delete the police-certificate dates of a volunteer (§ 72a SGB VIII); 1 if there were any."""
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None or not (
        volunteer.police_certificate_inspected_on
        or volunteer.police_certificate_issued_on
        or volunteer.police_certificate_due_on
    ):
        return 0
    salt = salt or secrets.token_hex(16)
    key_hash = volunteer_key_hash(volunteer, salt)
    audit.mark(session, "erase", reference)
    volunteer.police_certificate_inspected_on = None
    volunteer.police_certificate_issued_on = None
    volunteer.police_certificate_due_on = None
    session.flush()
    audit.unmark(session)
    if session.scalar(select(Erasure.id).where(Erasure.key_hash == key_hash)) is None:
        session.add(
            _register_row(
                "volunteers", volunteer_id, salt, key_hash, reference, rule, "Daten zum Führungszeugnis gelöscht"
            )
        )
    return 1


def delete_consent_in(
    session: Session, consent_id: int, *, reference: str | None, rule: str | None, salt: str | None = None
) -> int:
    consent = session.get(Consent, consent_id)
    if consent is None:
        return 0
    salt = salt or secrets.token_hex(16)
    key_hash = consent_key_hash(consent, salt)
    audit.mark(session, "erase", reference)
    session.delete(consent)
    session.flush()
    audit.unmark(session)
    if session.scalar(select(Erasure.id).where(Erasure.key_hash == key_hash)) is None:
        session.add(
            _register_row("consents", consent_id, salt, key_hash, reference, rule, "Einwilligungsnachweis gelöscht")
        )
    return 1


def _erase_in(
    session: Session, contact: Contact, *, reference: str | None, rule: str | None, salt: str | None = None
) -> Erasure:
    cid = contact.id
    attended = (
        session.execute(
            select(Participation.event_id).where(Participation.contact_id == cid, Participation.status == "attended")
        )
        .scalars()
        .all()
    )
    participations = session.scalar(
        select(text("count(*)")).select_from(Participation).where(Participation.contact_id == cid)
    )
    volunteer = session.scalar(select(Volunteer).where(Volunteer.contact_id == cid))
    hours = 0
    if volunteer is not None:
        hours = (
            session.scalar(
                select(text("count(*)")).select_from(VolunteerHours).where(VolunteerHours.volunteer_id == volunteer.id)
            )
            or 0
        )
    for event_id in attended:
        session.execute(
            update(Event).where(Event.id == event_id).values(anonymous_attendance=Event.anonymous_attendance + 1)
        )
    parts = [f"{participations or 0} Teilnahmen ({len(attended)} als anonyme Anwesenheit gezählt)"]
    if volunteer is not None:
        parts.append(f"Ehrenamtsprofil mit {hours} Stundeneinträgen")
    summary = "Kontakt gelöscht; " + ", ".join(parts)
    salt = salt or secrets.token_hex(16)
    entry = Erasure(
        erased_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        erased_by=audit.current_actor(),
        record_table="contacts",
        record_id=cid,
        salt=salt,
        key_hash=contact_key_hash(contact, salt),
        request_reference=reference,
        rule=rule,
        summary=summary,
    )
    # the person's earlier audit entries hold their data: they go; the erase entry below holds none
    session.execute(
        delete(AuditEntry).where(
            or_(AuditEntry.contact_id == cid, (AuditEntry.table_name == "contacts") & (AuditEntry.record_id == cid))
        )
    )
    audit.mark(session, "erase", reference)
    session.delete(contact)
    session.flush()
    audit.unmark(session)
    if session.scalar(select(Erasure.id).where(Erasure.key_hash == entry.key_hash)) is None:
        session.add(entry)
        session.flush()
    return entry


def erase_contact(
    db: Database, contact_id: int, *, reference: str | None = None, rule: str | None = None, scrub: bool = True
) -> ErasureResult:
    """Erase the person ``contact_id`` completely (see module doc); the register remembers it."""
    if reference is not None and len(reference) > 120:
        raise ValidationError("Das Aktenzeichen der Anfrage darf höchstens 120 Zeichen lang sein.")
    with db.session() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(f"Einen Kontakt mit der ID {contact_id} gibt es nicht.")
        entry = _erase_in(session, contact, reference=reference, rule=rule)
        register_id, summary = entry.id, entry.summary or ""
    write_register_file(db)
    removed = scrub_files(db) if scrub else False
    return ErasureResult(contact_id, register_id, summary, removed)


def scrub_files(db: Database) -> bool:
    """Remove freed data from the file: FTS merge, checkpoint, VACUUM, checkpoint (see module doc)."""
    if db.path is None:  # a server: VACUUM removes the dead rows and index entries now (README, VACUUM)
        return server.vacuum(db.engine) if server.is_server(db.url) else True
    with db.engine.connect() as connection:
        connection.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES('optimize')")
        connection.commit()
    ok = db.checkpoint(wait_ms=2000)
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("VACUUM")
    except Exception as exc:
        log.warning("VACUUM after erasure failed: %s", exc)
        ok = False
    return db.checkpoint(wait_ms=2000) and ok


# -- the register, inside and beside the database ------------------------------------------------------
def sidecar_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".erasures.json")


def _entry(row: Erasure) -> RegisterEntry:
    return RegisterEntry(
        row.erased_at.isoformat(sep=" ", timespec="seconds"),
        row.erased_by,
        row.record_table,
        row.record_id,
        row.salt,
        row.key_hash,
        row.request_reference,
        row.rule,
        row.summary,
    )


def register(db: Database) -> list[RegisterEntry]:
    """The erasure register, oldest first."""
    with db.session() as session:
        return [_entry(r) for r in session.scalars(select(Erasure).order_by(Erasure.id))]


def write_register_file(db: Database) -> None:
    """Write the register beside the database (``<name>.erasures.json``, 0600): it outlives a restore."""
    if db.path is None:
        return
    entries = {e.key_hash: e for e in _read_sidecar(db.path)}
    entries.update({e.key_hash: e for e in register(db)})
    target = sidecar_path(db.path)
    partial = target.with_name(target.name + ".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump([asdict(e) for e in entries.values()], handle, ensure_ascii=False, indent=1)
    os.replace(partial, target)


def _read_sidecar(db_path: Path) -> list[RegisterEntry]:
    try:
        with open(sidecar_path(db_path), encoding="utf-8") as handle:
            data = json.load(handle)
        return [RegisterEntry(**item) for item in data]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, TypeError) as exc:
        log.warning("erasure register beside %s unreadable: %s", db_path, exc)
        return []


def register_of(db_path: Path) -> list[RegisterEntry]:
    """The register of the database at ``db_path`` (its table and the file beside it), read
    before a restore replaces it. Only SQLite opens the database file."""
    found = {e.key_hash: e for e in _read_sidecar(db_path)}
    if db_path.exists():
        with contextlib.suppress(sqlite3.Error):
            connection = sqlite_files.connect_raw(db_path, readonly=True)
            try:
                rows = connection.execute(
                    "SELECT erased_at, erased_by, record_table, record_id, salt, key_hash, request_reference, rule, summary "
                    "FROM erasures"
                ).fetchall()
            finally:
                connection.close()
            for row in rows:
                found[row[5]] = RegisterEntry(str(row[0]), *row[1:])
    return list(found.values())


def reapply(db: Database, entries: list[RegisterEntry]) -> int:
    """Erase again, in a restored database, everyone the register names; returns how many were found.

    Register rows missing from the restored copy are added back, so the register stays whole.
    """
    erased = 0
    with db.session() as session:
        known = set(session.scalars(select(Erasure.key_hash)))
        for entry in entries:  # the register first, as it was (the erasures below find their row)
            if entry.key_hash not in known:
                session.add(
                    Erasure(
                        erased_at=dt.datetime.fromisoformat(entry.erased_at),
                        erased_by=entry.erased_by,
                        record_table=entry.record_table,
                        record_id=entry.record_id,
                        salt=entry.salt,
                        key_hash=entry.key_hash,
                        request_reference=entry.request_reference,
                        rule=entry.rule,
                        summary=entry.summary,
                    )
                )
                known.add(entry.key_hash)
        session.flush()
        for entry in entries:
            reference = entry.request_reference
            if entry.record_table == "contacts":
                contact = session.get(Contact, entry.record_id)
                if contact is not None and contact_key_hash(contact, entry.salt) == entry.key_hash:
                    _erase_in(session, contact, reference=reference, rule=entry.rule, salt=entry.salt)
                    erased += 1
            elif entry.record_table == "volunteers":
                volunteer = session.get(Volunteer, entry.record_id)
                if volunteer is not None and volunteer_key_hash(volunteer, entry.salt) == entry.key_hash:
                    erased += clear_police_certificate_in(
                        session, volunteer.id, reference=reference, rule=entry.rule, salt=entry.salt
                    )
            elif entry.record_table == "consents":
                consent = session.get(Consent, entry.record_id)
                if consent is not None and consent_key_hash(consent, entry.salt) == entry.key_hash:
                    erased += delete_consent_in(
                        session, consent.id, reference=reference, rule=entry.rule, salt=entry.salt
                    )
    if entries:
        write_register_file(db)
    if erased:
        scrub_files(db)
    return erased


def reapply_at(db: Database | Path, entries: list[RegisterEntry]) -> int:
    """:func:`reapply` on the running program's database, or on the file ``db`` (opened and closed here)."""
    if not entries:
        return 0
    if isinstance(db, Database):
        return reapply(db, entries)
    from kidesk.db.database import open_database

    opened = open_database(db, create=False, role="Wiederherstellung")
    try:
        return reapply(opened, entries)
    finally:
        opened.dispose()
