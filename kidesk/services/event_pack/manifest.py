"""What an event pack says about itself: the manifest in its ``settings`` table, and the office's id.

The manifest (setting :data:`MANIFEST_KEY`, JSON) names the pack (a uuid), the office database it
came from (:data:`DATABASE_ID_KEY`, a uuid the office database gets once, at its first pack), the
event, when and by whom it was packed, and every office row it holds with the version it had —
so a merge knows which rows of the pack are the office's (same ids) and which were made at the door.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from kidesk.db import settings
from kidesk.db.database import Database

MANIFEST_KEY = "event_pack.manifest"
DATABASE_ID_KEY = "database.id"  # uuid of an office database; packs name it, merges check it
MERGED_PREFIX = "event_pack.merged."  # + pack id -> what a merge did, row by row (docs/EVENT-LAPTOP.md)
FORMAT = 1
PACK_SUFFIX = ".kidesk-paket"

#: what a pack holds, in the words the command and docs/EVENT-LAPTOP.md use
CONTENTS = (
    "die Veranstaltung (alle Felder) mit Reihe (Titel, Modulzahl, Regel) und Veranstaltern/Förderern (Name, "
    "Kurzname, Art)",
    "die Personen auf ihrer Liste nur mit Titel, Vor- und Nachname – ohne Anschrift, Telefon, E-Mail, Notizen",
    "je Person die Hauptorganisation (Name, Kurzname) für Namensschild und Suche am Einlass",
    "ihre Teilnahmen (Rolle, Status, Zeitpunkte, letzte Statusänderung) – ohne Notizen",
    "Druckeinstellungen (Vorlagen, Kalibrierung)",
)
NOT_CONTAINED = (
    "keine anderen Personen, Veranstaltungen oder Organisationen, keine Ehrenamtsdaten, Einwilligungen, "
    "Verlauf (Prüfprotokoll), Löschregister, Sicherungen oder Notizen"
)


@dataclass(frozen=True)
class Manifest:
    pack_id: str
    source_database_id: str
    source_location: str
    event_id: int
    event_title: str
    event_starts_at: str
    created_at: str  # ISO, UTC
    created_by: str
    contacts: dict[int, int] = field(default_factory=dict)  # office contact id -> version
    participations: dict[int, dict[str, Any]] = field(default_factory=dict)  # id -> version, status, contact_id
    status_changes: tuple[int, ...] = ()
    organisations: tuple[int, ...] = ()
    affiliations: tuple[int, ...] = ()
    event_hosts: tuple[int, ...] = ()
    series_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "pack_id": self.pack_id,
            "source": {"database_id": self.source_database_id, "location": self.source_location},
            "event": {"id": self.event_id, "title": self.event_title, "starts_at": self.event_starts_at},
            "created_at": self.created_at,
            "created_by": self.created_by,
            "contacts": [[i, v] for i, v in sorted(self.contacts.items())],
            "participations": [{"id": i, **p} for i, p in sorted(self.participations.items())],
            "status_changes": list(self.status_changes),
            "organisations": list(self.organisations),
            "affiliations": list(self.affiliations),
            "event_hosts": list(self.event_hosts),
            "series_id": self.series_id,
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Manifest:
        return cls(
            pack_id=str(value["pack_id"]),
            source_database_id=str(value["source"]["database_id"]),
            source_location=str(value["source"].get("location", "")),
            event_id=int(value["event"]["id"]),
            event_title=str(value["event"]["title"]),
            event_starts_at=str(value["event"]["starts_at"]),
            created_at=str(value["created_at"]),
            created_by=str(value.get("created_by", "")),
            contacts={int(i): int(v) for i, v in value.get("contacts", [])},
            participations={
                int(p["id"]): {k: v for k, v in p.items() if k != "id"} for p in value.get("participations", [])
            },
            status_changes=tuple(int(i) for i in value.get("status_changes", [])),
            organisations=tuple(int(i) for i in value.get("organisations", [])),
            affiliations=tuple(int(i) for i in value.get("affiliations", [])),
            event_hosts=tuple(int(i) for i in value.get("event_hosts", [])),
            series_id=value.get("series_id"),
        )


@dataclass(frozen=True)
class PackInfo:
    """What the window's banner and the merge dialog show about a pack."""

    pack_id: str
    event_id: int
    event_title: str
    event_starts_at: str
    created_at: str
    created_by: str
    people: int


def info_of(manifest: Manifest) -> PackInfo:
    return PackInfo(
        manifest.pack_id,
        manifest.event_id,
        manifest.event_title,
        manifest.event_starts_at,
        manifest.created_at,
        manifest.created_by,
        len(manifest.contacts),
    )


def read_manifest(session: Session) -> Manifest | None:
    value = settings.get(session, MANIFEST_KEY)
    return Manifest.from_json(value) if value else None


def current_pack(db: Database) -> PackInfo | None:
    """The pack this database is (the laptop's file), or None for an office database."""
    with db.session() as session:
        manifest = read_manifest(session)
    return info_of(manifest) if manifest is not None else None


def database_id(session: Session, *, create: bool) -> str | None:
    """The office database's uuid; given once (``create=True``), then kept (copy-to copies it too)."""
    value = settings.get(session, DATABASE_ID_KEY)
    if value is None and create:
        value = str(uuid.uuid4())
        settings.put(session, DATABASE_ID_KEY, value)
    return str(value) if value is not None else None


def utc_now_text() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")
