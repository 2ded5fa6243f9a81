"""What a deletion takes with it, read from the schema itself (issue 19).

Deleting an organisation used to warn about three kinds of rows while the database cascade
removed five more (it hosted 16 events, coordinated a network, was our own organisation …).
Here the answer comes from the foreign keys: every table that refers to the deleted row with
``ON DELETE CASCADE`` loses rows (followed further down), every ``SET NULL`` reference loses
its link, and the settings that name the row are listed too. A new table with a foreign key
is therefore described without anyone remembering to add it; ``NOUNS`` gives it its German
words (a missing entry falls back to the table name, and a test fails on it).

``tests/services/test_deletion_impacts.py`` deletes real records of the demo database and
compares the rows that really vanished or lost a link with this description.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from kidesk.db import settings as db_settings
from kidesk.db.database import Database
from kidesk.db.models import Base
from kidesk.domain.plurals import count_of

DELETED = "deleted"
UNLINKED = "unlinked"
SETTING = "setting"
NOTE = "note"  # a consequence beyond rows, e.g. events left without an organiser

#: (table, effect, column) -> German singular, plural.  ``column`` only for UNLINKED lines.
NOUNS: dict[tuple[str, str, str], tuple[str, str]] = {
    ("affiliations", DELETED, ""): (
        "Zuordnung einer Person (die Person bleibt)",
        "Zuordnungen von Personen (die Personen bleiben)",
    ),
    ("network_memberships", DELETED, ""): ("Netzwerkmitgliedschaft", "Netzwerkmitgliedschaften"),
    ("event_hosts", DELETED, ""): (
        "Eintrag als Veranstalter, Mitveranstalter oder Förderer einer Veranstaltung (die Veranstaltung bleibt)",
        "Einträge als Veranstalter, Mitveranstalter oder Förderer von Veranstaltungen (die Veranstaltungen bleiben)",
    ),
    ("participations", DELETED, ""): ("Veranstaltungsteilnahme", "Veranstaltungsteilnahmen"),
    ("participation_status_changes", DELETED, ""): (
        "Eintrag im Verlauf der Anmeldungen",
        "Einträge im Verlauf der Anmeldungen",
    ),
    ("consents", DELETED, ""): ("Einwilligung mit ihrem Verlauf", "Einwilligungen mit ihrem Verlauf"),
    ("volunteers", DELETED, ""): ("Ehrenamtsprofil", "Ehrenamtsprofile"),
    ("volunteer_engagements", DELETED, ""): ("Einsatzbereich", "Einsatzbereiche"),
    ("volunteer_languages", DELETED, ""): ("Spracheintrag", "Spracheinträge"),
    ("volunteer_hours", DELETED, ""): ("Stundeneintrag", "Stundeneinträge"),
    ("organisations", UNLINKED, "parent_id"): (
        "untergeordnete Organisation verliert ihre Zuordnung (bleibt erhalten)",
        "untergeordnete Organisationen verlieren ihre Zuordnung (bleiben erhalten)",
    ),
    ("networks", UNLINKED, "coordinator_id"): (
        "Netzwerk verliert seine koordinierende Organisation",
        "Netzwerke verlieren ihre koordinierende Organisation",
    ),
    ("volunteer_hours", UNLINKED, "organisation_id"): (
        "Stundeneintrag verliert die Organisation (die Stunden bleiben)",
        "Stundeneinträge verlieren die Organisation (die Stunden bleiben)",
    ),
    ("events", UNLINKED, "series_id"): (
        "Veranstaltung verliert Reihe und Modulnummer (bleibt als Einzelveranstaltung)",
        "Veranstaltungen verlieren Reihe und Modulnummer (bleiben als Einzelveranstaltungen)",
    ),
    ("event_hosts", NOTE, "organiser"): (
        "Veranstaltung hat danach keinen Veranstalter mehr (Einladungen, Bescheinigungen, Kalender)",
        "Veranstaltungen haben danach keinen Veranstalter mehr (Einladungen, Bescheinigungen, Kalender)",
    ),
    ("settings", SETTING, db_settings.OWN_ORGANISATION_ID): (
        "Einstellung „eigene Organisation“ (Briefkopf, Logo) wird geleert",
        "Einstellungen „eigene Organisation“ werden geleert",
    ),
    ("settings", SETTING, db_settings.LETTER_SENDER_CONTACT_ID): (
        "Einstellung „Absender der Briefe“ wird geleert",
        "Einstellungen „Absender der Briefe“ werden geleert",
    ),
}

#: settings that hold the id of a row: key -> table
ID_SETTINGS: dict[str, str] = {
    db_settings.OWN_ORGANISATION_ID: "organisations",
    db_settings.LETTER_SENDER_CONTACT_ID: "contacts",
}


@dataclass(frozen=True)
class ImpactLine:
    table: str
    effect: str  # DELETED | UNLINKED | SETTING | NOTE
    column: str  # the SET NULL column, the settings key, the NOTE's topic; "" for DELETED
    count: int

    def nouns(self) -> tuple[str, str]:
        key = (self.table, self.effect, self.column if self.effect != DELETED else "")
        return NOUNS.get(key, (f"{self.table}.{self.column}", f"{self.table}.{self.column}"))

    def describe(self) -> str:
        return count_of(self.count, *self.nouns())


@dataclass(frozen=True)
class RecordDeletionImpact:
    """Everything a deletion removes or unlinks besides the record itself."""

    name: str
    lines: tuple[ImpactLine, ...]

    def describe(self) -> str:
        return "; ".join(line.describe() for line in self.lines)

    def count(self, table: str, effect: str = DELETED, column: str = "") -> int:
        return sum(
            line.count
            for line in self.lines
            if line.table == table and line.effect == effect and (not column or line.column == column)
        )


def _references(table: Table) -> list[tuple[Table, str, str]]:
    """(referring table, column, ondelete) for every foreign key pointing at ``table``."""
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                found.append((other, fk.parent.name, (fk.ondelete or "").upper()))
    return found


def impact_lines(session: Session, table_name: str, record_id: int) -> tuple[ImpactLine, ...]:
    """What deleting row ``record_id`` of ``table_name`` removes (cascade) and unlinks (SET NULL)."""
    tables = Base.metadata.tables
    deleted: dict[str, set[int]] = {table_name: {record_id}}
    queue = [(tables[table_name], {record_id})]
    cascade_rows: dict[str, set[int]] = {}
    set_null_refs: list[tuple[Table, str, set[int]]] = []
    while queue:
        table, ids = queue.pop()
        for other, column, ondelete in _references(table):
            if ondelete == "CASCADE" and "id" in other.c:  # rows without an id are derived (contact_name_keys)
                pk = other.c.id
                rows = set(session.scalars(select(pk).where(other.c[column].in_(ids))))
                new = rows - deleted.setdefault(other.name, set())
                if new:
                    deleted[other.name] |= new
                    cascade_rows.setdefault(other.name, set()).update(new)
                    queue.append((other, new))
            elif ondelete == "SET NULL":
                set_null_refs.append((other, column, set(ids)))
    lines = [ImpactLine(name, DELETED, "", len(rows)) for name, rows in cascade_rows.items()]
    for other, column, ids in set_null_refs:
        rows = set(session.scalars(select(other.c.id).where(other.c[column].in_(ids))))
        rows -= deleted.get(other.name, set())
        if rows:
            lines.append(ImpactLine(other.name, UNLINKED, column, len(rows)))
    for key, target in ID_SETTINGS.items():
        if target in deleted and db_settings.get(session, key) in deleted[target]:
            lines.append(ImpactLine("settings", SETTING, key, 1))
    return tuple(sorted(lines, key=lambda line: (line.effect != DELETED, line.table, line.column)))


def clear_settings_naming(session: Session, table_name: str, record_id: int) -> None:
    """Empty the settings that name the row about to be deleted (no id left dangling)."""
    for key, target in ID_SETTINGS.items():
        if target == table_name and db_settings.get(session, key) == record_id:
            db_settings.put(session, key, None)


def deletion_impact_of(db: Database, table_name: str, record_id: int, name: str) -> RecordDeletionImpact:
    """The generic description for a record whose service keeps its own impact class (contacts)."""
    with db.session() as session:
        return RecordDeletionImpact(name, impact_lines(session, table_name, record_id))
