"""Bringing a pack back: attendance and walk-ins into the office database, once.

What comes back (docs/EVENT-LAPTOP.md):

* **status changes** of the people on the list (check-ins, also "nicht erschienen" …) with their
  times and history entries;
* **walk-ins**: contacts made at the door, their participation and (new) organisation. Each is
  compared with the office's contacts by the duplicate rules
  (:func:`kidesk.services.duplicates.likely_duplicates`, docs/NAMES.md); a match or a suggestion is
  *asked*: the person is created new unless ``links`` says "pack contact X is office contact Y";
* an e-mail address typed at the door for someone whose office record has none.

Nothing else of the pack is read (edits of names or of the event on the laptop stay there).

**Conflicts.** A status changed in the office after packing *and* at the door: the newer change
wins (the last history entry's time on each side); the older side's value is named in the report.

**Once.** Every pack row a merge handled is remembered in the office's ``settings`` table under
``event_pack.merged.<pack id>`` (row keys ``id@created_at`` → office id), so merging the same file
again changes nothing, and a file merged after more check-ins brings only what is new.
Writes happen in one transaction after a backup; a dry run (``dry_run=True``) rolls back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from kidesk.db import audit, settings, vocab
from kidesk.db.database import Database, begin_write, open_database
from kidesk.db.models import (
    Affiliation,
    Contact,
    Event,
    Organisation,
    Participation,
    ParticipationStatusChange,
)
from kidesk.domain.organisation_names import same_organisation
from kidesk.errors import NotFound, UserError
from kidesk.services.duplicates import likely_duplicates
from kidesk.services.edit_conflicts import RecordChangedElsewhere, StaleDataError, stale_message
from kidesk.services.event_pack.manifest import (
    MERGED_PREFIX,
    Manifest,
    PackInfo,
    database_id,
    info_of,
    read_manifest,
    utc_now_text,
)

_STAMP = {"invited": "invited_at", "registered": "registered_at", "attended": "attended_at", "declined": "declined_at"}
_CONTACT_SKIP = frozenset({"id", "version", "created_at", "updated_at"})


class NotAPack(UserError):
    """The file is no event pack, or not one of this database."""


@dataclass(frozen=True)
class Suggestion:
    office_id: int
    label: str
    score: int
    reason: str


@dataclass(frozen=True)
class WalkIn:
    pack_id: int  # the contact's id in the pack
    name: str
    organisation: str
    suggestions: tuple[Suggestion, ...] = ()
    office_id: int | None = None  # the office contact it became (created or linked)
    linked: bool = False  # True: the same person as an office contact (chosen), False: created new
    merged_before: bool = False


@dataclass(frozen=True)
class StatusUpdate:
    participation_id: int  # office id
    name: str
    old_status: str | None
    new_status: str
    changed_at: dt.datetime | None


@dataclass(frozen=True)
class MergeResult:
    pack: PackInfo
    walk_ins: tuple[WalkIn, ...] = ()
    status_updates: tuple[StatusUpdate, ...] = ()
    conflicts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    organisations_created: tuple[str, ...] = ()
    backup: Path | None = None
    dry_run: bool = False
    merged_before: bool = False  # this pack was merged into this database before
    changed: bool = False  # something was (or, in a dry run, would be) written

    @property
    def new_walk_ins(self) -> tuple[WalkIn, ...]:
        return tuple(w for w in self.walk_ins if not w.merged_before)


@dataclass
class _PackData:
    manifest: Manifest
    contacts: dict[int, dict[str, Any]]
    organisations: dict[int, dict[str, Any]]
    affiliations: list[dict[str, Any]]
    participations: list[dict[str, Any]]
    history: dict[int, list[dict[str, Any]]]


@dataclass
class _Work:
    record: dict[str, Any]
    dirty: bool = False
    walk_ins: list[WalkIn] = field(default_factory=list)
    updates: list[StatusUpdate] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    contact_map: dict[int, int] = field(default_factory=dict)  # pack contact id -> office id


def _plain(obj: Any) -> dict[str, Any]:
    return {attr.key: getattr(obj, attr.key) for attr in inspect(type(obj)).column_attrs}


def _key(row: Mapping[str, Any], stamp: str = "created_at") -> str:
    when = row.get(stamp)
    return f"{row['id']}@{when.isoformat() if isinstance(when, dt.datetime | dt.date) else when}"


def _name(row: Mapping[str, Any]) -> str:
    return " ".join(p for p in (row.get("title"), row.get("first_name"), row.get("last_name")) if p)


def _read_pack(pack_file: str | Path) -> _PackData:
    """The pack's rows as plain values (the pack is opened like any kidesk file, then closed)."""
    path = Path(pack_file).expanduser()
    pack = open_database(path, create=False, role="Befehl 'event-merge'")
    try:
        with pack.session() as session:
            manifest = read_manifest(session)
            if manifest is None:
                raise NotAPack(f"{path} ist kein Veranstaltungspaket (es fehlt die Paketbeschreibung).")
            parts = session.scalars(
                select(Participation).where(Participation.event_id == manifest.event_id).order_by(Participation.id)
            ).all()
            history: dict[int, list[dict[str, Any]]] = {}
            for change in session.scalars(
                select(ParticipationStatusChange)
                .where(ParticipationStatusChange.participation_id.in_([p.id for p in parts]))
                .order_by(ParticipationStatusChange.id)
            ):
                history.setdefault(change.participation_id, []).append(_plain(change))
            return _PackData(
                manifest=manifest,
                contacts={c.id: _plain(c) for c in session.scalars(select(Contact))},
                organisations={o.id: _plain(o) for o in session.scalars(select(Organisation))},
                affiliations=[_plain(a) for a in session.scalars(select(Affiliation).order_by(Affiliation.id))],
                participations=[_plain(p) for p in parts],
                history=history,
            )
    finally:
        pack.dispose()


def pack_info(pack_file: str | Path) -> PackInfo:
    return info_of(_read_pack(pack_file).manifest)


# -- the merge ------------------------------------------------------------------------------------
def _check_origin(session: Session, manifest: Manifest) -> Event:
    if read_manifest(session) is not None:
        raise NotAPack("Diese Datenbank ist selbst ein Veranstaltungspaket; übernommen wird in die Büro-Datenbank.")
    own = database_id(session, create=False)
    if own != manifest.source_database_id:
        raise NotAPack(
            f"Das Paket „{manifest.event_title}“ stammt aus einer anderen Datenbank ({manifest.source_location}). "
            "Bitte in die Datenbank übernehmen, aus der es erstellt wurde."
        )
    event = session.get(Event, manifest.event_id)
    if event is None:
        raise NotFound(
            f"Die Veranstaltung „{manifest.event_title}“ (ID {manifest.event_id}) gibt es im Büro nicht mehr; "
            "das Paket kann nicht übernommen werden."
        )
    return event


def _office_organisation(session: Session, pack: _PackData, work: _Work, org_id: int) -> int | None:
    if org_id in pack.manifest.organisations:
        return org_id if session.get(Organisation, org_id) is not None else None
    row = pack.organisations.get(org_id)
    if row is None:
        return None
    key = _key(row)
    known = work.record["organisations"].get(key)
    if known is not None and session.get(Organisation, known) is not None:
        return int(known)
    for oid, oname, short in session.execute(select(Organisation.id, Organisation.name, Organisation.short_name)):
        if same_organisation(row["name"], oname) or (short and same_organisation(row["name"], short)):
            work.record["organisations"][key] = oid
            work.dirty = True
            return int(oid)
    created = Organisation(
        name=row["name"], short_name=row.get("short_name"), kind=row.get("kind") or "other", notes=row.get("notes")
    )
    session.add(created)
    session.flush()
    work.record["organisations"][key] = created.id
    work.organisations.append(row["name"])
    work.dirty = True
    return created.id


def _fill_email(session: Session, work: _Work, office_id: int, email: str | None, name: str) -> None:
    if not email:
        return
    contact = session.get(Contact, office_id)
    if contact is None:
        return
    if not contact.email:
        contact.email = email
        work.notes.append(f"E-Mail-Adresse von {name} ergänzt: {email}")
        work.dirty = True
    elif contact.email.strip().casefold() != email.strip().casefold():
        work.notes.append(
            f"Am Einlass wurde für {name} die E-Mail-Adresse {email} erfasst; im Büro steht {contact.email} "
            "(nicht geändert)."
        )


def _contacts(session: Session, pack: _PackData, work: _Work, links: Mapping[int, int]) -> None:
    manifest = pack.manifest
    on_list = {row["contact_id"] for row in pack.participations}
    new_ids = sorted(i for i in pack.contacts if i not in manifest.contacts and i in on_list)
    for i in sorted(set(pack.contacts) - set(manifest.contacts) - on_list):
        work.notes.append(
            f"{_name(pack.contacts[i])} wurde im Paket angelegt, steht aber nicht auf der Liste – nicht übernommen."
        )
    unknown = sorted(set(links) - set(new_ids))
    if unknown:
        raise UserError(
            f"Im Paket gibt es keinen neu erfassten Gast mit der ID {unknown[0]}; --link gilt nur für Gäste ohne Anmeldung."
        )
    for cid in manifest.contacts:
        if cid in pack.contacts:
            work.contact_map[cid] = cid
            if session.get(Contact, cid) is not None:
                _fill_email(session, work, cid, pack.contacts[cid].get("email"), _name(pack.contacts[cid]))
    org_of = {}
    for aff in pack.affiliations:
        org = pack.organisations.get(aff["organisation_id"])
        if org is not None and (aff["contact_id"] not in org_of or aff.get("is_primary")):
            org_of[aff["contact_id"]] = org["name"]
    suggestions: dict[int, tuple[Suggestion, ...]] = {}
    for cid in new_ids:  # all before anything is created: two walk-ins never suggest each other
        row = pack.contacts[cid]
        if _key(row) in work.record["contacts"]:
            continue
        found = likely_duplicates(session, row.get("first_name"), row.get("last_name"), row.get("email"))
        suggestions[cid] = tuple(Suggestion(p.second_id, p.second_label, p.score, p.reason) for p in found)
    for cid in new_ids:
        row = pack.contacts[cid]
        key = _key(row)
        name = _name(row)
        organisation = org_of.get(cid, "")
        known = work.record["contacts"].get(key)
        if known is not None:
            if cid in links and links[cid] != known:
                work.notes.append(
                    f"{name} wurde schon als Kontakt ID {known} übernommen; --link {cid}=… gilt nicht mehr."
                )
            work.contact_map[cid] = int(known)
            work.walk_ins.append(WalkIn(cid, name, organisation, (), int(known), False, merged_before=True))
            continue
        target = links.get(cid)
        if target is not None:
            if session.get(Contact, target) is None:
                raise NotFound(f"Einen Kontakt mit der ID {target} gibt es im Büro nicht (--link {cid}={target}).")
            office_id = target
            _fill_email(session, work, office_id, row.get("email"), name)
        else:
            values = {k: v for k, v in row.items() if k not in _CONTACT_SKIP}
            created = Contact(**values)
            session.add(created)
            session.flush()
            office_id = created.id
        work.contact_map[cid] = office_id
        work.record["contacts"][key] = office_id
        work.dirty = True
        work.walk_ins.append(WalkIn(cid, name, organisation, suggestions.get(cid, ()), office_id, target is not None))


def _affiliations(session: Session, pack: _PackData, work: _Work) -> None:
    done = set(work.record["affiliations"])
    for aff in pack.affiliations:
        key = f"{aff['id']}@{aff['contact_id']}:{aff['organisation_id']}"
        if aff["id"] in pack.manifest.affiliations or key in done:
            continue
        contact_id = work.contact_map.get(aff["contact_id"])
        org_id = _office_organisation(session, pack, work, aff["organisation_id"])
        work.record["affiliations"].append(key)
        work.dirty = True
        if contact_id is None or org_id is None:
            continue
        contact = session.get(Contact, contact_id)
        if contact is None or any(a.organisation_id == org_id for a in contact.affiliations):
            continue
        contact.affiliations.append(Affiliation(organisation_id=org_id, is_primary=not contact.affiliations))


def _describe(status: str | None) -> str:
    return vocab.PARTICIPATION_STATUS_LABELS.get(status or "", status or "–")


def _participations(session: Session, pack: _PackData, work: _Work, event: Event) -> None:
    manifest = pack.manifest
    applied = set(work.record["status_changes"])
    for row in pack.participations:
        name = _name(pack.contacts.get(row["contact_id"], {})) or f"ID {row['contact_id']}"
        changes = [
            h
            for h in pack.history.get(row["id"], [])
            if h["id"] not in manifest.status_changes and _key(h, "changed_at") not in applied
        ]
        packed = manifest.participations.get(row["id"])
        office: Participation | None
        packed_status: str | None = None
        if packed is not None:
            office = session.get(Participation, row["id"])
            packed_status = packed["status"]
            if office is None:
                if changes:
                    work.conflicts.append(
                        f"{name}: im Büro nicht mehr auf der Liste; „{_describe(row['status'])}“ vom Einlass nicht übernommen."
                    )
                    work.record["status_changes"] += [_key(h, "changed_at") for h in changes]
                    work.dirty = True
                continue
        else:
            contact_id = work.contact_map.get(row["contact_id"])
            if contact_id is None:
                continue
            pkey = _key(row)
            known = work.record["participations"].get(pkey)
            office = session.get(Participation, known) if known is not None else None
            if office is None:
                office = session.scalars(
                    select(Participation).where(
                        Participation.event_id == event.id, Participation.contact_id == contact_id
                    )
                ).first()
            if office is None:
                office = Participation(
                    event_id=event.id,
                    contact_id=contact_id,
                    role=row["role"],
                    status=row["status"],
                    **{stamp: row.get(stamp) for stamp in _STAMP.values()},
                )
                for h in pack.history.get(row["id"], []):
                    office.history.append(
                        ParticipationStatusChange(
                            from_status=h["from_status"],
                            to_status=h["to_status"],
                            changed_at=h["changed_at"],
                            note=h["note"],
                        )
                    )
                session.add(office)
                session.flush()
                work.updates.append(
                    StatusUpdate(office.id, name, None, row["status"], row.get(_STAMP.get(row["status"], "")))
                )
                work.record["participations"][pkey] = office.id
                work.record["status_changes"] += [_key(h, "changed_at") for h in changes]
                work.dirty = True
                continue
            if work.record["participations"].get(pkey) != office.id:
                work.record["participations"][pkey] = office.id
                work.dirty = True
        if not changes:
            continue
        work.record["status_changes"] += [_key(h, "changed_at") for h in changes]
        work.dirty = True
        if office.status == row["status"]:
            continue
        last_pack = changes[-1]["changed_at"]
        if packed_status is None or office.status != packed_status:  # changed in the office as well
            office_last = max((h.changed_at for h in office.history), default=None)
            if office_last is not None and office_last >= last_pack:
                work.conflicts.append(
                    f"{name}: im Büro „{_describe(office.status)}“ ({office_last:%d.%m.%Y %H:%M}), am Einlass "
                    f"„{_describe(row['status'])}“ ({last_pack:%d.%m.%Y %H:%M}) – die neuere Angabe aus dem Büro bleibt."
                )
                continue
            work.conflicts.append(
                f"{name}: im Büro „{_describe(office.status)}“"
                + (f" ({office_last:%d.%m.%Y %H:%M})" if office_last else "")
                + f", am Einlass „{_describe(row['status'])}“ ({last_pack:%d.%m.%Y %H:%M}) – die neuere Angabe vom Einlass gilt."
            )
        old = office.status
        office.status = row["status"]
        stamp = _STAMP.get(row["status"])
        if stamp:
            setattr(office, stamp, row.get(stamp))
        for i, h in enumerate(changes):
            office.history.append(
                ParticipationStatusChange(
                    from_status=old if i == 0 else h["from_status"],
                    to_status=h["to_status"],
                    changed_at=h["changed_at"],
                    note=h["note"],
                )
            )
        work.updates.append(StatusUpdate(office.id, name, old, row["status"], last_pack))


def _run(session: Session, pack: _PackData, links: Mapping[int, int]) -> _Work:
    manifest = pack.manifest
    event = _check_origin(session, manifest)
    key = MERGED_PREFIX + manifest.pack_id
    record = settings.get(session, key) or {}
    record = {
        "pack_id": manifest.pack_id,
        "event_id": manifest.event_id,
        "merged_at": list(record.get("merged_at", [])),
        "contacts": dict(record.get("contacts", {})),
        "organisations": dict(record.get("organisations", {})),
        "affiliations": list(record.get("affiliations", [])),
        "participations": dict(record.get("participations", {})),
        "status_changes": list(record.get("status_changes", [])),
    }
    work = _Work(record)
    audit.mark(session, "event-merge", f"Veranstaltungspaket {manifest.pack_id}")
    _contacts(session, pack, work, links)
    _affiliations(session, pack, work)
    _participations(session, pack, work, event)
    if work.dirty:
        record["merged_at"].append(utc_now_text())
        settings.put(session, key, record)
    return work


def merge_pack(
    db: Database, pack_file: str | Path, links: Mapping[int, int] | None = None, *, dry_run: bool = False
) -> MergeResult:
    """Bring the pack's attendance and walk-ins into ``db`` (see the module text); ``links`` maps a
    walk-in's pack contact id to the office contact that is the same person."""
    pack = _read_pack(pack_file)
    links = dict(links or {})
    with db.session() as session:
        merged_before = settings.get(session, MERGED_PREFIX + pack.manifest.pack_id) is not None
    preview = db.session_factory()
    try:
        work = _run(preview, pack, links)
    finally:
        preview.rollback()
        preview.close()
    backup = None
    if work.dirty and not dry_run:
        if db.path is not None:
            from kidesk.services.backups import backup_before

            backup = backup_before(db, "event-merge").path
        try:
            with db.session() as session:
                begin_write(session)
                work = _run(session, pack, links)
        except StaleDataError as exc:  # another workstation changed a participation at this moment
            raise RecordChangedElsewhere(
                stale_message("Eine Teilnahme") + " Es wurde nichts übernommen; bitte noch einmal übernehmen."
            ) from exc
    return MergeResult(
        pack=info_of(pack.manifest),
        walk_ins=tuple(work.walk_ins),
        status_updates=tuple(work.updates),
        conflicts=tuple(work.conflicts),
        notes=tuple(work.notes),
        organisations_created=tuple(work.organisations),
        backup=backup,
        dry_run=dry_run,
        merged_before=merged_before,
        changed=work.dirty,
    )
