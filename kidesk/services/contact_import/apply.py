"""Writing a confirmed plan: one transaction, all of it or none of it.

:func:`would_change` answers "would applying this row change the contact?" with the same rules
:func:`_fill_contact` and :func:`_fill_volunteer` apply (empty fields are filled, nothing is
overwritten); planning uses it to turn an update that brings nothing new into a skip.
Organisation rows (vCard ``KIND:org`` and the like) fill an organisation the same way
(:func:`fill_organisation`).
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from kidesk.db import server
from kidesk.db.database import Database
from kidesk.db.models import Affiliation, Contact, Organisation, Volunteer, VolunteerEngagement, VolunteerLanguage
from kidesk.errors import UserError
from kidesk.services import column_mapping as cm
from kidesk.services.contact_import import kidesk_workbook
from kidesk.services.contact_import.records import (
    CONTACT_FIELDS,
    CREATE,
    FIELD_LABELS,
    SKIP,
    UPDATE,
    ContactRecord,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    PlannedContact,
    Progress,
    check_progress,
)
from kidesk.services.name_folding import same_text


class _BatchFailed(Exception):
    pass


def _fill_contact(contact: Contact, record: ContactRecord) -> bool:
    changed = False
    for key in CONTACT_FIELDS:
        if key == "notes":
            continue
        value = record.fields.get(key)
        if value in (None, ""):
            continue
        current = getattr(contact, key)
        if key == "country":
            if contact.id is None:
                contact.country = value
            continue
        if key == "salutation" and value == "none":
            continue  # "keine Angabe" is no data
        if current in (None, "") or (key == "salutation" and current == "none"):
            setattr(contact, key, value)
            changed = True
    notes = record.notes_text()
    if notes and notes not in (contact.notes or ""):
        contact.notes = f"{contact.notes}\n{notes}" if contact.notes else notes
        changed = True
    return changed


def _fill_volunteer(contact: Contact, values: dict[str, Any]) -> bool:
    volunteer = contact.volunteer
    changed = False
    created = volunteer is None
    if volunteer is None:
        volunteer = Volunteer(engagements=[], languages=[])
        contact.volunteer = volunteer
        changed = True
    for key, value in values.items():
        if key == "status":
            if created:  # an existing profile's status is the office's own, newer knowledge
                volunteer.status = value
            continue
        if key == "languages":
            have = {lang.language.casefold() for lang in volunteer.languages}
            for language, level in value:
                if language.casefold() not in have:
                    volunteer.languages.append(VolunteerLanguage(language=language, level=level))
                    changed = True
            continue
        if key == "engagements":
            have_areas = {e.area for e in volunteer.engagements}
            for area in value:
                if area not in have_areas:
                    volunteer.engagements.append(VolunteerEngagement(area=area))
                    changed = True
            continue
        current = getattr(volunteer, key)
        if isinstance(value, bool):
            if value and not current:
                setattr(volunteer, key, True)
                changed = True
        elif current in (None, ""):
            setattr(volunteer, key, value)
            changed = True
    return changed


def would_change(contact: Contact, item: PlannedContact) -> bool:
    """Whether applying ``item`` to ``contact`` would change anything (without changing it)."""
    record = item.record
    for key in CONTACT_FIELDS:
        value = record.fields.get(key)
        if key in ("notes", "country") or value in (None, ""):
            continue
        if key == "salutation" and value == "none":
            continue
        current = getattr(contact, key)
        if current in (None, "") or (key == "salutation" and current == "none"):
            return True
    notes = record.notes_text()
    if notes and notes not in (contact.notes or ""):
        return True
    if record.organisation and not any(
        same_text(a.organisation.name, record.organisation) for a in contact.affiliations
    ):
        return True
    if record.volunteer is None:
        return False
    return contact.volunteer is None or _volunteer_would_change(contact.volunteer, record.volunteer)


def _volunteer_would_change(volunteer: Volunteer, values: dict[str, Any]) -> bool:
    for key, value in values.items():
        if key == "status":
            continue
        if key == "engagements":
            if set(value) - {e.area for e in volunteer.engagements}:
                return True
        elif key == "languages":
            if {lang.casefold() for lang, _ in value} - {lang.language.casefold() for lang in volunteer.languages}:
                return True
        elif isinstance(value, bool):
            if value and not getattr(volunteer, key):
                return True
        elif getattr(volunteer, key) in (None, ""):
            return True
    return False


def preload_contacts(session: Session, ids: list[int]) -> list[Contact]:
    """Load contacts with their links in a few queries (instead of one lazy load per row).

    The caller must hold on to the returned list: the session's identity map keeps objects only
    as long as someone references them.
    """
    loaded: list[Contact] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        loaded += session.scalars(
            select(Contact)
            .where(Contact.id.in_(chunk))
            .options(
                selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
                selectinload(Contact.volunteer).selectinload(Volunteer.engagements),
            )
        ).all()
    return loaded


ORGANISATION_FIELDS = ("phone", "fax", "email", "street", "postcode", "city")


def organisation_values(record: ContactRecord) -> dict[str, Any]:
    """What an organisation row gives the organisation's own fields; the rest goes into its notes."""
    values = {key: record.fields.get(key) for key in ORGANISATION_FIELDS if record.fields.get(key)}
    if record.website:
        values["website"] = record.website
    return values


def organisation_notes(record: ContactRecord) -> str | None:
    """An organisation's notes: the row's notes and the person fields an organisation has no place for."""
    lines = list(record.notes)
    for key in ("mobile", "function", "department", "room", "title", "languages"):
        value = record.fields.get(key)
        if value:
            lines.append(f"{FIELD_LABELS.get(key, key)}: {value}")
    text = "\n".join(line for line in lines if line)
    return text or None


def fill_organisation(org: Organisation, record: ContactRecord, *, dry: bool = False) -> bool:
    """Fill the organisation's empty fields from ``record`` (nothing is overwritten); True if anything changed."""
    changed = False
    for key, value in organisation_values(record).items():
        if getattr(org, key) in (None, ""):
            if not dry:
                setattr(org, key, value)
            changed = True
    country = record.fields.get("country")
    if org.id is None and country is not None and not dry:
        org.country = country  # "" for a country no list knows: never guessed as DE
    notes = organisation_notes(record)
    if notes and notes not in (org.notes or ""):
        if not dry:
            org.notes = f"{org.notes}\n{notes}" if org.notes else notes
        changed = True
    return changed


class ImportStopped(UserError):
    """An import that stopped after some batches were saved: the message says what is stored."""


def apply_import(
    db: Database, plan: ImportPlan, *, progress: Progress | None = None, remember_mapping: bool = True
) -> ImportResult:
    """Write the plan's create/update items in short transactions (issue 12).

    Rows are written in batches that are committed one after the other — a batch ends after
    :data:`APPLY_BATCH` rows or :data:`BATCH_SECONDS`, so another program waiting for the write lock
    waits about a second, not for the whole import. A row is never split between batches. When a
    batch fails, it is rolled back and written again row by row to name the row; the rows before it
    are kept. A cancel (the progress callback says stop) rolls back the running batch only. The
    error or cancel message says what is stored; importing the same file again completes it
    (what is stored already is skipped).
    """
    if db.path is not None:
        # issue 12: a consistent copy before every import, from the window and the command line alike
        from kidesk.services.backups import backup_before

        backup_before(db, "import")
    result = ImportResult(skipped=plan.count(SKIP) + plan.skipped_rows)
    work = [item for item in plan.items if item.action in (CREATE, UPDATE)]
    done = 0
    while done < len(work):
        start = done
        try:
            done = _apply_batch(db, plan, work, start, result, progress)
        except _BatchFailed:
            done = _apply_row_by_row(db, plan, work, start, result)
        except ImportCancelled:
            if start == 0:
                raise
            raise ImportStopped(
                f"Import abgebrochen – gespeichert sind {_stored(result)} "
                f"(bis {plan.table.row_word} {work[start - 1].row}); ab {plan.table.row_word} {work[start].row} "
                "wurde nichts gespeichert. Derselbe Import ergänzt später den Rest."
            ) from None
    if remember_mapping and plan.table.kind != "vcf":
        with db.session() as session:
            cm.remember_mapping(session, plan.table.headers, plan.mapping)
    return kidesk_workbook.apply_extras(db, plan, result)  # kidesk's own workbook: its tables (issue 11)


APPLY_BATCH = 500
BATCH_SECONDS = 0.5


def _stored(result: ImportResult) -> str:
    parts = [f"{result.created} neue Kontakte", f"{result.updated} ergänzte Datensätze"]
    if result.organisations_created:
        parts.append(f"{result.organisations_created} neue Organisationen")
    return ", ".join(parts)


def _apply_batch(
    db: Database,
    plan: ImportPlan,
    work: list[PlannedContact],
    start: int,
    result: ImportResult,
    progress: Progress | None,
) -> int:
    """Write rows from ``start`` until the batch is full; commit; return the index after the last row written."""
    started = time.monotonic()
    counts = ImportResult()
    index = start
    with db.session() as session:
        writer = _Writer(session, counts)
        writer.preload(work[start : start + APPLY_BATCH])
        while index < len(work):
            if (index + 1) % 25 == 0 or index + 1 == len(work):
                check_progress(progress, index + 1, len(work))
            writer.write(work[index])
            index += 1
            if index - start >= APPLY_BATCH or time.monotonic() - started >= BATCH_SECONDS:
                break
        try:
            session.flush()
        except SQLAlchemyError as exc:
            raise _BatchFailed() from exc
        result.contact_ids += [c.id for c in writer.touched]
    result.add(counts)
    return index


def _apply_row_by_row(
    db: Database, plan: ImportPlan, work: list[PlannedContact], start: int, result: ImportResult
) -> int:
    """The failed batch again, one savepoint per row: the rows before the failing one are kept, then stop."""
    counts = ImportResult()
    failure: tuple[PlannedContact, BaseException] | None = None
    with db.session() as session:
        writer = _Writer(session, counts)
        for item in work[start : start + APPLY_BATCH]:
            savepoint = session.begin_nested()
            writer.result = ImportResult()  # this row's counts: added only when the row is stored
            try:
                writer.write(item)
                session.flush()
            except SQLAlchemyError as exc:
                savepoint.rollback()
                writer.touched = [c for c in writer.touched if c in session]
                failure = (item, exc)
                break
            savepoint.commit()
            counts.add(writer.result)
        result.contact_ids += [c.id for c in writer.touched if c.id is not None]
    result.add(counts)
    if failure is None:
        return start + APPLY_BATCH
    failed, error = failure
    raise ImportStopped(
        f"{plan.table.row_word} {failed.row} ({failed.record.label}) kann nicht gespeichert werden "
        f"({server.error_reason(error)}). Gespeichert sind {_stored(result)}; ab {plan.table.row_word} "
        f"{failed.row} wurde nichts gespeichert, keine Zeile halb."
    ) from error


class _Writer:
    """Writes planned rows into one session (one batch): contacts, organisations, affiliations, volunteers."""

    def __init__(self, session: Session, result: ImportResult) -> None:
        self.session = session
        self.result = result
        self.orgs = {o.name.casefold(): o for o in session.scalars(select(Organisation))}
        self.touched: list[Contact] = []
        self._keep: list[Contact] = []

    def preload(self, items: list[PlannedContact]) -> None:
        ids = [i.existing_id for i in items if i.action == UPDATE and i.existing_id and not i.record.is_organisation]
        self._keep = preload_contacts(self.session, ids)

    def organisation(self, name: str) -> tuple[Organisation, bool]:
        org = self.orgs.get(name.casefold())
        if org is not None:
            return org, False
        org = Organisation(name=name)
        self.session.add(org)
        self.orgs[name.casefold()] = org
        self.result.organisations_created += 1
        return org, True

    def write(self, item: PlannedContact) -> None:
        record = item.record
        if record.is_organisation:
            org, created = self.organisation(record.organisation or "")
            changed = fill_organisation(org, record)
            if not created:
                if changed:
                    self.result.updated += 1
                else:
                    self.result.skipped += 1
            return
        contact = self.session.get(Contact, item.existing_id) if item.action == UPDATE and item.existing_id else None
        is_new = contact is None
        if contact is None:
            contact = Contact(last_name=record.fields["last_name"], affiliations=[])
            self.session.add(contact)
        changed = _fill_contact(contact, record)
        if record.organisation:
            org, _ = self.organisation(record.organisation)
            if not any(a.organisation is org for a in contact.affiliations):
                contact.affiliations.append(Affiliation(organisation=org, is_primary=not contact.affiliations))
                changed = True
        if record.volunteer is not None:
            changed = _fill_volunteer(contact, record.volunteer) or changed
        if is_new:
            self.result.created += 1
        elif changed:
            self.result.updated += 1
        else:
            self.result.skipped += 1
        self.touched.append(contact)
