"""The dry run: check every row and decide create / update / skip — writing nothing."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kidesk.db.database import Database
from kidesk.db.models import Contact, Organisation
from kidesk.services import column_mapping as cm
from kidesk.services.contact_import import kidesk_workbook
from kidesk.services.contact_import.apply import fill_organisation, preload_contacts, would_change
from kidesk.services.contact_import.matching import ExistingContacts, RowMatcher, merge_record_into
from kidesk.services.contact_import.records import (
    CONTACT_FIELDS,
    CREATE,
    FIELD_LABELS,
    SKIP,
    UPDATE,
    ContactRecord,
    ImportPlan,
    PlannedContact,
    Progress,
    check_progress,
)
from kidesk.services.contact_import.row_conversion import convert_row
from kidesk.services.contact_import.values import strip_controls
from kidesk.services.csv_sniffing import ImportFileError
from kidesk.services.name_folding import same_text
from kidesk.services.tabular_source import ERROR, INFO, Problem, RawTable


def mapping_for_table(db: Database, table: RawTable) -> tuple[list[str], bool]:
    """``(mapping, remembered)``: the mapping last used for a file of this layout, else a suggestion.

    vCard files have fixed fields and never remember a mapping.
    """
    if table.kind == "vcf":
        return cm.suggest_mapping(table.headers), False
    if table.headerless:
        if table.headers[: len(cm.THUNDERBIRD_COLUMNS)] == cm.THUNDERBIRD_COLUMNS:
            return cm.suggest_mapping(table.headers), False
        return cm.suggest_mapping_from_content(table), False
    with db.session() as session:
        return cm.mapping_for(session, table.headers)


def _check_mapping(table: RawTable, mapping: list[str]) -> None:
    if len(mapping) != len(table.headers):
        raise ValueError("mapping and header differ in length")
    if not cm.mapping_is_usable(mapping):
        shown = ", ".join(f"„{h}“" for h in table.headers[:12]) + (" …" if len(table.headers) > 12 else "")
        raise ImportFileError(
            f"In der Kopfzeile ist keine bekannte Namensspalte (gefunden: {shown}). "
            "Bitte im Zuordnungsdialog eine Spalte „Nachname“ oder „Name“ zuordnen oder die Kopfzeile anpassen."
        )
    if not table.rows:
        reasons = [p.describe(table.row_word) for p in table.problems if p.severity == ERROR]
        if reasons:  # the real reason, not "only a header"
            raise ImportFileError("Keine Adresse der Datei ist lesbar. " + " ".join(reasons[:3]))
        if table.kind == "vcf":
            raise ImportFileError("Die Datei enthält keine vCard-Karte mit Angaben.")
        raise ImportFileError("Die Datei enthält nur eine Kopfzeile und keine Adressen.")


def plan_import(
    db: Database, table: RawTable, mapping: list[str] | None = None, *, progress: Progress | None = None
) -> ImportPlan:
    """Check every row and decide create/update/skip. Writes nothing."""
    if mapping is None:
        mapping, _ = mapping_for_table(db, table)
    _check_mapping(table, mapping)
    with db.session() as session:
        existing = ExistingContacts.load(session)
        known_orgs = {name.casefold() for name in session.scalars(select(Organisation.name))}
        problems = list(table.problems)
        error_rows = {p.row for p in problems if p.severity == ERROR and p.row is not None}
        matcher = RowMatcher(existing, table.row_word)
        planned_orgs: dict[str, PlannedContact] = {}
        person_orgs: set[str] = set()
        incomplete = {
            p.row: p.message.split(" – ")[0]
            for p in problems
            if p.row is not None and p.message.startswith("END:VCARD fehlt")
        }
        problems += _unmapped_columns(table, mapping)
        items: list[PlannedContact] = []
        total = len(table.rows)
        for done, raw in enumerate(table.rows, start=1):
            if done % 50 == 0 or done == total:
                check_progress(progress, done, total)
            record = convert_row(table.headers, mapping, raw, problems)
            if record is None:
                error_rows.add(raw.number)
                continue
            record.incomplete = incomplete.get(raw.number, "")
            if record.is_organisation:
                item = _decide_organisation(session, record, planned_orgs, problems, table.row_word)
                if item.action == CREATE and (record.organisation or "").casefold() in person_orgs:
                    # an earlier person's row creates it; this row fills it
                    item.action, item.reason = UPDATE, "ergänzt die Organisation, die eine Zeile davor anlegt"
                items.append(item)
            else:
                items.append(matcher.decide(record, problems))
                if record.organisation and items[-1].action != SKIP:
                    person_orgs.add(record.organisation.casefold())
            if record.incomplete:
                item = items[-1]
                if item.action != SKIP:
                    item.action, item.reason = SKIP, record.incomplete + " – erst nach Bestätigung importieren"
                    item.confirmable = True
        for item in items:
            if item.action == CREATE and item.duplicate_of is not None:
                existing.recognise_repeat(session, item)
            if item.action == CREATE and item.duplicate_of is not None:
                problems.append(
                    Problem(
                        item.row,
                        None,
                        f"mögliche Dublette von Kontakt {item.duplicate_of} ({item.duplicate_label}, {item.duplicate_reason}) "
                        "– wird neu angelegt; im Import-Dialog kann stattdessen „ergänzen“ oder „überspringen“ gewählt werden.",
                    )
                )
        updates = [item for item in items if item.action == UPDATE and not item.record.is_organisation]
        preloaded = preload_contacts(session, sorted({item.existing_id for item in updates if item.existing_id}))  # noqa: F841 (kept alive)
        for item in updates:
            _check_update(session, item, problems)
        new_orgs: dict[str, str] = {}
        for item in items:
            if (
                item.record.organisation
                and item.action != SKIP
                and (item.action == CREATE or not item.record.is_organisation)
            ):
                key = item.record.organisation.casefold()
                if key not in known_orgs and key not in new_orgs:
                    new_orgs[key] = item.record.organisation
    plan = ImportPlan(
        table=table,
        mapping=list(mapping),
        items=items,
        problems=problems,
        skipped_rows=len(error_rows),
        new_organisations=list(new_orgs.values()),
    )
    return kidesk_workbook.refine_plan(db, plan)  # kidesk's own workbook: one row, one person (issue 11)


def _check_update(session: Session, item: PlannedContact, problems: list[Problem]) -> None:
    """Turn an update that brings nothing new into a skip; report values that differ."""
    contact = session.get(Contact, item.existing_id) if item.existing_id is not None else None
    if contact is None:
        item.action, item.existing_id = CREATE, None
        return
    differing = []
    for key in CONTACT_FIELDS:
        value = item.record.fields.get(key)
        current = getattr(contact, key)
        if key in ("notes", "country") or value in (None, "") or current in (None, ""):
            continue
        if key == "salutation" and (current == "none" or value == "none"):
            continue
        if not same_text(str(current), str(value)):
            differing.append(f"{FIELD_LABELS.get(key, key)} „{value}“ (gespeichert: „{current}“)")
    if not would_change(contact, item):
        item.action = SKIP
        item.reason = f"schon vorhanden (Kontakt {contact.id})"
    else:
        # every row attached to an existing contact is listed with both names side by side
        written = " ".join(p for p in (item.record.fields.get("first_name"), item.record.fields.get("last_name")) if p)
        problems.append(
            Problem(
                item.row,
                None,
                f"ergänzt Kontakt {contact.id}: „{written}“ (Datei) = „{contact.sort_name}“ (gespeichert) – "
                f"{item.reason.split(',')[0]}.",
                INFO,
            )
        )
    if differing:
        problems.append(
            Problem(
                item.row,
                None,
                f"Kontakt {contact.id} ({contact.sort_name}) hat andere Angaben; nicht überschrieben: "
                + "; ".join(differing)
                + ".",
                INFO,
            )
        )


def _decide_organisation(
    session: Session, record: ContactRecord, planned: dict[str, PlannedContact], problems: list[Problem], row_word: str
) -> PlannedContact:
    """An organisation row: create it, fill an existing one's empty fields, or skip it when it brings nothing new."""
    name = record.organisation or ""
    key = name.casefold()
    earlier = planned.get(key)
    if earlier is not None:
        conflicts = merge_record_into(earlier.record, record)
        text = f"dieselbe Organisation wie {row_word} {earlier.row} – zusammengeführt"
        if conflicts:
            text += "; abweichend (in die Notizen): " + ", ".join(conflicts)
        problems.append(Problem(record.row, None, text + ".", INFO))
        return PlannedContact(record, SKIP, reason=f"mit {row_word} {earlier.row} zusammengeführt")
    org = session.scalars(select(Organisation).where(func.lower(Organisation.name) == name.lower())).first()
    if org is None:
        org = next((o for o in session.scalars(select(Organisation)) if same_text(o.name, name)), None)
    if org is None:
        item = PlannedContact(record, CREATE, reason="neue Organisation")
    elif fill_organisation(org, record, dry=True):
        item = PlannedContact(record, UPDATE, existing_id=org.id, reason=f"ergänzt Organisation {org.id}")
        problems.append(Problem(record.row, None, f"ergänzt Organisation {org.id} „{org.name}“ (leere Felder).", INFO))
    else:
        item = PlannedContact(record, SKIP, existing_id=org.id, reason=f"schon vorhanden (Organisation {org.id})")
    planned[key] = item
    return item


def _unmapped_columns(table: RawTable, mapping: list[str]) -> list[Problem]:
    """Name, once per file, the columns that have no field of their own and what happens to them."""
    used = set()
    for index in range(len(mapping)):
        if any(index < len(r.values) and r.values[index].strip() for r in table.rows):
            used.add(index)
    shown = [strip_controls(h)[0] or f"Spalte {i + 1}" for i, h in enumerate(table.headers)]
    to_notes = [shown[i] for i in sorted(used) if mapping[i] == cm.NOTES_COLUMN]
    ignored = [shown[i] for i in sorted(used) if mapping[i] == cm.IGNORE]
    found = []
    if to_notes:
        what = "Angaben" if table.kind == "vcf" else "Spalten"
        found.append(
            Problem(None, None, f"{what} ohne eigenes Feld, mit ihrem Namen in die Notizen: {_quoted(to_notes)}.", INFO)
        )
    if ignored:
        found.append(
            Problem(None, None, "nicht übernommen (Verwaltungsangaben des Programms): " + _quoted(ignored) + ".", INFO)
        )
    return found


def _quoted(headers: list[str]) -> str:
    shown = ", ".join(f"„{h}“" for h in headers[:30])
    return shown + (f" und {len(headers) - 30} weitere" if len(headers) > 30 else "")
