"""Taking an event out: a small kidesk database with the event, its list and nothing else.

The pack is built as a normal kidesk database (created and migrated by
:func:`kidesk.db.database.open_database` in a private temporary folder), filled with plain
inserts that keep the office's ids, and copied with SQLite's backup API into the output file,
which :mod:`kidesk.services.output_files` writes (0600, temporary file + rename, never over a
database). What it holds is :data:`~kidesk.services.event_pack.manifest.CONTENTS`; the manifest
lists every office row in it with its version.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import audit, backup_files, name_keys, queries
from kidesk.db.database import Database, open_database
from kidesk.db.models import (
    Affiliation,
    Base,
    Contact,
    Event,
    EventHost,
    EventSeries,
    Organisation,
    Participation,
    ParticipationStatusChange,
    Setting,
)
from kidesk.domain.affiliations import primary_affiliation
from kidesk.errors import UserError
from kidesk.services import output_files
from kidesk.services.event_pack.manifest import (
    CONTENTS,
    MANIFEST_KEY,
    PACK_SUFFIX,
    Manifest,
    database_id,
    read_manifest,
    utc_now_text,
)

#: the columns a pack keeps per table (the rest stays empty or at its default)
CONTACT_COLUMNS = ("id", "title", "first_name", "last_name", "version", "created_at", "updated_at")
ORGANISATION_COLUMNS = ("id", "name", "short_name", "kind", "version", "created_at", "updated_at")
AFFILIATION_COLUMNS = ("id", "contact_id", "organisation_id", "is_primary", "valid_from", "valid_to")
SERIES_COLUMNS = (
    "id",
    "title",
    "description",
    "module_count",
    "certificate_min_modules",
    "version",
    "created_at",
    "updated_at",
)
SETTING_PREFIXES = ("print.",)  # sheet templates and printer calibration: no personal data


class PackRefused(UserError):
    """The event cannot be packed (a pack of a pack, a database file name …)."""


@dataclass(frozen=True)
class PackResult:
    path: Path
    pack_id: str
    event_id: int
    event_title: str
    people: int
    participations: int
    organisations: int
    contents: tuple[str, ...] = CONTENTS


def _row(obj: Any, columns: tuple[str, ...] | None = None) -> dict[str, Any]:
    values = {attr.columns[0].name: getattr(obj, attr.key) for attr in inspect(type(obj)).column_attrs}
    return values if columns is None else {k: values[k] for k in columns}


def _collect(session: Session, event_id: int) -> tuple[dict[type[Base], list[dict[str, Any]]], Event]:
    event = queries.get_or_raise(session, Event, event_id, "Eine Veranstaltung")
    parts = list(
        session.scalars(
            select(Participation)
            .where(Participation.event_id == event_id)
            .order_by(Participation.id)
            .options(
                selectinload(Participation.contact)
                .selectinload(Contact.affiliations)
                .selectinload(Affiliation.organisation),
                selectinload(Participation.history),
            )
        )
    )
    hosts = list(
        session.scalars(
            select(EventHost)
            .where(EventHost.event_id == event_id)
            .order_by(EventHost.id)
            .options(selectinload(EventHost.organisation))
        )
    )
    organisations: dict[int, Organisation] = {h.organisation_id: h.organisation for h in hosts}
    affiliations = []
    for p in parts:
        chosen = primary_affiliation(p.contact.affiliations)
        if chosen is not None:
            affiliations.append(chosen)
            organisations[chosen.organisation_id] = chosen.organisation
    history = [p.history[-1] for p in parts if p.history]
    rows: dict[type[Base], list[dict[str, Any]]] = {
        EventSeries: [_row(event.series, SERIES_COLUMNS)] if event.series is not None else [],
        Organisation: [_row(organisations[i], ORGANISATION_COLUMNS) for i in sorted(organisations)],
        Event: [_row(event)],
        EventHost: [_row(h) for h in hosts],
        Contact: [_row(p.contact, CONTACT_COLUMNS) for p in parts],
        Affiliation: [_row(a, AFFILIATION_COLUMNS) for a in sorted(affiliations, key=lambda a: a.id)],
        Participation: [{**_row(p), "note": None} for p in parts],
        ParticipationStatusChange: [{**_row(h), "note": None} for h in history],
    }
    print_settings = session.scalars(select(Setting).order_by(Setting.key)).all()
    rows[Setting] = [
        {"key": s.key, "value": s.value, "updated_at": s.updated_at}
        for s in print_settings
        if s.key.startswith(SETTING_PREFIXES)
    ]
    return rows, event


def _check_output(out: str | Path) -> Path:
    name = Path(out).name
    if output_files.DATABASE_NAME.search(name):
        raise PackRefused(
            f"„{name}“ ist der Name einer Datenbankdatei; ein Veranstaltungspaket bekommt die Endung "
            f"{PACK_SUFFIX} (z. B. veranstaltung{PACK_SUFFIX}), damit es nie eine Datenbank überschreibt."
        )
    return output_files.check_target(out)


def create_pack(db: Database, event_id: int, out: str | Path) -> PackResult:
    """Write the pack of event ``event_id`` to ``out``; the office database only gets its uuid (once)."""
    target = _check_output(out)
    with db.session() as session:
        if read_manifest(session) is not None:
            raise PackRefused(
                "Diese Datenbank ist selbst ein Veranstaltungspaket. Pakete werden nur aus der Büro-Datenbank erstellt."
            )
        rows, event = _collect(session, event_id)
        source_id = database_id(session, create=True)
        assert source_id is not None
        manifest = Manifest(
            pack_id=str(uuid.uuid4()),
            source_database_id=source_id,
            source_location=db.location,
            event_id=event.id,
            event_title=event.title,
            event_starts_at=event.starts_at.isoformat(sep=" ", timespec="minutes"),
            created_at=utc_now_text(),
            created_by=audit.current_actor(),
            contacts={r["id"]: r["version"] for r in rows[Contact]},
            participations={
                r["id"]: {"version": r["version"], "status": r["status"], "contact_id": r["contact_id"]}
                for r in rows[Participation]
            },
            status_changes=tuple(r["id"] for r in rows[ParticipationStatusChange]),
            organisations=tuple(r["id"] for r in rows[Organisation]),
            affiliations=tuple(r["id"] for r in rows[Affiliation]),
            event_hosts=tuple(r["id"] for r in rows[EventHost]),
            series_id=event.series_id,
        )
    manifest_text = json.dumps(manifest.to_json(), ensure_ascii=False, sort_keys=True)
    rows[Setting].append(
        {"key": MANIFEST_KEY, "value": manifest_text, "updated_at": dt.datetime.now(dt.UTC).replace(tzinfo=None)}
    )
    with tempfile.TemporaryDirectory(prefix="kidesk-pack-") as folder:
        build = Path(folder) / "pack.sqlite"
        pack = open_database(build, create=True, role="Befehl 'event-pack'")
        try:
            with pack.engine.begin() as connection:
                for table in Base.metadata.sorted_tables:
                    for model, model_rows in rows.items():
                        if model.__table__ is table and model_rows:
                            connection.execute(table.insert(), model_rows)
                # a Core insert passes the ORM's key upkeep: the walk-in warning at the door needs them
                for row in rows[Contact]:
                    name_keys.write(connection, row["id"], row["first_name"], row["last_name"], row.get("email"))
        finally:
            pack.dispose()
        with output_files.atomic_path(target) as tmp:
            backup_files.copy_database(build, tmp)  # one self-contained file, no WAL beside it
    return PackResult(
        path=target,
        pack_id=manifest.pack_id,
        event_id=manifest.event_id,
        event_title=manifest.event_title,
        people=len(rows[Contact]),
        participations=len(rows[Participation]),
        organisations=len(rows[Organisation]),
    )
