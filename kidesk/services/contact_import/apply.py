"""Writing a confirmed plan: one transaction, all of it or none of it.

:func:`would_change` answers "would applying this row change the contact?" with the same rules
:func:`_fill_contact` and :func:`_fill_volunteer` apply (empty fields are filled, nothing is
overwritten); planning uses it to turn an update that brings nothing new into a skip.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from kidesk.db.database import Database
from kidesk.db.models import Affiliation, Contact, Organisation, Volunteer, VolunteerEngagement, VolunteerLanguage
from kidesk.errors import UserError
from kidesk.services import column_mapping as cm
from kidesk.services.contact_import import kidesk_workbook
from kidesk.services.contact_import.records import (
    CONTACT_FIELDS,
    CREATE,
    SKIP,
    UPDATE,
    ContactRecord,
    ImportPlan,
    ImportResult,
    PlannedContact,
    Progress,
    check_progress,
)
from kidesk.services.name_folding import same_text

APPLY_BATCH = 200


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


def apply_import(
    db: Database, plan: ImportPlan, *, progress: Progress | None = None, remember_mapping: bool = True
) -> ImportResult:
    """Write the plan's create/update items in one transaction; a cancel or an error rolls everything back.

    Rows are flushed in batches (one flush per row would make 10 000 rows take a minute). If a
    batch fails, everything is rolled back and the import is run again row by row up to the
    failure, only to name the exact row in the message — and rolled back again.
    """
    if db.path is not None:
        # issue 12: a consistent copy before every import, from the window and the command line alike
        from kidesk.services.backups import backup_before

        backup_before(db, "import")
    try:
        result = _apply(db, plan, progress, remember_mapping, APPLY_BATCH)
    except _BatchFailed:
        result = _apply(db, plan, None, remember_mapping, 1)
    return kidesk_workbook.apply_extras(db, plan, result)  # kidesk's own workbook: its tables (issue 11)


def _apply(
    db: Database, plan: ImportPlan, progress: Progress | None, remember_mapping: bool, batch: int
) -> ImportResult:
    result = ImportResult(skipped=plan.count(SKIP) + plan.skipped_rows)
    work = [item for item in plan.items if item.action in (CREATE, UPDATE)]
    total = len(work)
    touched: list[Contact] = []
    with db.session() as session:
        orgs = {o.name.casefold(): o for o in session.scalars(select(Organisation))}
        preloaded = preload_contacts(session, [i.existing_id for i in work if i.action == UPDATE and i.existing_id])  # noqa: F841
        pending: list[PlannedContact] = []
        for done, item in enumerate(work, start=1):
            if done % 25 == 0 or done == total:
                check_progress(progress, done, total)
            record = item.record
            contact = session.get(Contact, item.existing_id) if item.action == UPDATE and item.existing_id else None
            is_new = contact is None
            if contact is None:
                contact = Contact(last_name=record.fields["last_name"], affiliations=[])
                session.add(contact)
            changed = _fill_contact(contact, record)
            if record.organisation:
                org = orgs.get(record.organisation.casefold())
                if org is None:
                    org = Organisation(name=record.organisation)
                    session.add(org)
                    orgs[record.organisation.casefold()] = org
                    result.organisations_created += 1
                if not any(a.organisation is org for a in contact.affiliations):
                    contact.affiliations.append(Affiliation(organisation=org, is_primary=not contact.affiliations))
                    changed = True
            if record.volunteer is not None:
                changed = _fill_volunteer(contact, record.volunteer) or changed
            pending.append(item)
            if len(pending) >= batch or done == total:
                try:
                    session.flush()
                except SQLAlchemyError as exc:
                    if batch > 1:
                        raise _BatchFailed() from exc
                    raise UserError(
                        f"{plan.table.row_word} {item.row} ({record.label}) kann nicht gespeichert werden "
                        f"({getattr(exc, 'orig', exc)}). Es wurde nichts importiert."
                    ) from exc
                pending.clear()
            if is_new:
                result.created += 1
            elif changed:
                result.updated += 1
            else:
                result.skipped += 1
            touched.append(contact)
        if remember_mapping and plan.table.kind != "vcf":
            cm.remember_mapping(session, plan.table.headers, plan.mapping)
        session.flush()
        result.contact_ids = [c.id for c in touched]
    return result
