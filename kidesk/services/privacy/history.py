"""The "Verlauf" of a record: its audit entries, one line per changed field, and a CSV of them."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.db.models import AuditEntry
from kidesk.services import output_files

#: record kinds the UI asks for, and their tables
KINDS = {"contact": "contacts", "organisation": "organisations", "event": "events", "volunteer": "volunteers"}
HEADERS = ("Zeitpunkt (UTC)", "Benutzer", "Aktion", "Tabelle", "Datensatz", "Feld", "alter Wert", "neuer Wert", "Notiz")


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime
    actor: str
    action: str
    action_label: str
    table: str
    record_id: int | None
    field: str
    old: str
    new: str
    note: str


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    return str(value)


def _lines(entry: AuditEntry) -> list[HistoryLine]:
    label = vocab.AUDIT_ACTION_LABELS.get(entry.action, entry.action)
    changes = json.loads(entry.changes) if entry.changes else {}
    base = (entry.at, entry.actor, entry.action, label, entry.table_name, entry.record_id)
    if not changes:
        return [HistoryLine(*base, "", "", "", entry.note or "")]
    return [
        HistoryLine(*base, field, _text(old), _text(new), entry.note or "") for field, (old, new) in changes.items()
    ]


def record_history(db: Database, kind: str, record_id: int) -> list[HistoryLine]:
    """Every change of the record (for a contact also of everything that belongs to the person), newest first."""
    table = KINDS.get(kind, kind)
    with db.session() as session:
        where = (AuditEntry.table_name == table) & (AuditEntry.record_id == record_id)
        if table == "contacts":
            where = or_(where, AuditEntry.contact_id == record_id)
        entries = session.scalars(select(AuditEntry).where(where).order_by(AuditEntry.id.desc())).all()
        return [line for e in entries for line in _lines(e)]


def export_history_csv(lines: list[HistoryLine], path: str | os.PathLike[str]) -> Path:
    """Write the lines as an Excel-ready CSV (the export's format: ``;``, UTF-8 with BOM, formulas defused)."""
    from kidesk.services.contact_export import write_csv

    target = Path(path)
    output_files.check_target(target)
    rows = [
        [
            line.at.strftime("%d.%m.%Y %H:%M:%S"),
            line.actor,
            line.action_label,
            line.table,
            line.record_id,
            line.field,
            line.old,
            line.new,
            line.note,
        ]
        for line in lines
    ]
    with output_files.atomic_path(target) as partial:
        write_csv(partial, HEADERS, rows)
    return target
