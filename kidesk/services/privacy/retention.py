"""Retention rules (issue 13, item 4): what is due for deletion, listed for review, deleted on confirmation.

:func:`review` lists what each rule of :mod:`.config` finds today; nothing is changed. :func:`apply`
carries out the chosen items — erasing a person (:func:`.erasure.erase_contact`), clearing the
police-certificate dates of a volunteer, deleting an old consent record, purging the "Verlauf"
of a deleted record — and every erasure goes into the register with the rule's code, so a restored
backup loses it again.

Police certificate (§ 72a SGB VIII): the certificate must not be older than three months when it
is inspected (:func:`certificate_age_warning`), and its data go at the latest three months after
the activity ended — at once when the activity was never taken up (no hours ever logged).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from kidesk.db.database import Database
from kidesk.db.models import (
    Affiliation,
    AuditEntry,
    Consent,
    Contact,
    Participation,
    Volunteer,
    VolunteerHours,
)
from kidesk.domain.consent import add_months
from kidesk.domain.dates import format_date
from kidesk.errors import ValidationError
from kidesk.services.privacy import erasure
from kidesk.services.privacy.config import purposes_in, retention_rules_in, validity_months_in

CERTIFICATE_MAX_AGE_MONTHS = 3

ACTIONS = {
    "erase": "Person löschen (Art. 17)",
    "clear_police_certificate": "Führungszeugnis-Daten löschen",
    "delete_consent": "Einwilligungsnachweis löschen",
    "purge_audit": "Verlauf löschen",
}


@dataclass(frozen=True)
class ReviewItem:
    rule: str
    rule_label: str
    action: str
    action_label: str
    target_id: int  # contact, volunteer, consent id, or the deleted record's id
    target_table: str
    name: str
    detail: str
    due_since: dt.date


def certificate_age_problem(issued_on: dt.date | None, inspected_on: dt.date | None) -> str | None:
    """``"too_old"`` when the certificate was more than three months old at the inspection,
    ``"after_inspection"`` when it is dated after it, else None."""
    if issued_on is None or inspected_on is None:
        return None
    if issued_on > inspected_on:
        return "after_inspection"
    if add_months(issued_on, CERTIFICATE_MAX_AGE_MONTHS) < inspected_on:
        return "too_old"
    return None


def certificate_age_warning(issued_on: dt.date | None, inspected_on: dt.date | None) -> str | None:
    """The warning of :func:`certificate_age_problem` as one German line (CLI, services), else None."""
    problem = certificate_age_problem(issued_on, inspected_on)
    if problem == "after_inspection":
        return "Das Führungszeugnis kann nicht nach der Einsichtnahme ausgestellt worden sein."
    if problem == "too_old":
        return (
            f"Das Führungszeugnis war bei der Einsichtnahme ({format_date(inspected_on)}) älter als drei Monate "
            f"(ausgestellt am {format_date(issued_on)}). § 72a SGB VIII verlangt ein aktuelles Zeugnis."
        )
    return None


def _name(contact: Contact) -> str:
    return " ".join(p for p in (contact.first_name, contact.last_name) if p)


def review_in(session: Session, today: dt.date) -> list[ReviewItem]:
    rules = {r.code: r for r in retention_rules_in(session)}
    items: list[ReviewItem] = []

    def item(code: str, action: str, target_id: int, table: str, name: str, detail: str, since: dt.date) -> None:
        items.append(
            ReviewItem(code, rules[code].label, action, ACTIONS[action], target_id, table, name, detail, since)
        )

    # volunteers whose activity ended: the day recorded, else their last logged hours
    last_hours = (
        select(func.max(VolunteerHours.worked_on)).where(VolunteerHours.volunteer_id == Volunteer.id).scalar_subquery()
    )
    ended_rows = session.execute(
        select(Volunteer, Contact, last_hours)
        .join(Contact, Contact.id == Volunteer.contact_id)
        .where((Volunteer.status == "inactive") | Volunteer.activity_ended_on.is_not(None))
    ).all()
    pc_months = rules["police_certificate"].months
    idle_months = rules["inactive_volunteer"].months
    for volunteer, contact, last in ended_rows:
        ended = volunteer.activity_ended_on or last
        has_certificate = (
            volunteer.police_certificate_inspected_on
            or volunteer.police_certificate_issued_on
            or volunteer.police_certificate_due_on
        )
        if has_certificate:
            # § 72a SGB VIII: three months after the activity ended; at once if it was never taken up
            taken_up = ended is not None and (
                last is not None or (volunteer.active_since is not None and volunteer.active_since < ended)
            )
            due = add_months(ended, pc_months) if taken_up and ended is not None else today
            if due <= today:
                why = f"Tätigkeit beendet am {format_date(ended)}" if taken_up else "Tätigkeit nie aufgenommen"
                item(
                    "police_certificate",
                    "clear_police_certificate",
                    volunteer.id,
                    "volunteers",
                    _name(contact),
                    why,
                    due,
                )
        if volunteer.status == "inactive":
            since = ended or volunteer.updated_at.date()
            due = add_months(since, idle_months)
            if due <= today:
                detail = f"inaktiv, letzte Tätigkeit {format_date(since)}"
                item("inactive_volunteer", "erase", contact.id, "contacts", _name(contact), detail, due)

    # contacts without any link, untouched for years
    months = rules["unlinked_contact"].months
    lonely = session.scalars(
        select(Contact).where(
            Contact.is_staff.is_(False),
            ~exists().where(Affiliation.contact_id == Contact.id),
            ~exists().where(Participation.contact_id == Contact.id),
            ~exists().where(Volunteer.contact_id == Contact.id),
        )
    ).all()
    for contact in lonely:
        touched = (contact.updated_at or contact.created_at).date()
        due = add_months(touched, months)
        if due <= today:
            detail = f"ohne Organisation, Veranstaltung oder Ehrenamt; zuletzt geändert {format_date(touched)}"
            item("unlinked_contact", "erase", contact.id, "contacts", _name(contact), detail, due)

    # consent records that stopped counting long ago
    months = rules["expired_consent"].months
    validity = validity_months_in(session)
    labels = {p.code: p.label for p in purposes_in(session)}
    for consent, contact in session.execute(
        select(Consent, Contact).join(Contact, Contact.id == Consent.contact_id).order_by(Consent.id)
    ).all():
        ended = consent.withdrawn_on or add_months(consent.given_on, validity)
        later = [c for c in contact.consents if c.purpose == consent.purpose and c.given_on > consent.given_on]
        if later and not consent.withdrawn_on:
            ended = min(ended, min(c.given_on for c in later))
        due = add_months(ended, months)
        if due <= today:
            label = labels.get(consent.purpose, consent.purpose)
            detail = f"{label}: erteilt {format_date(consent.given_on)}, endete {format_date(ended)}"
            item("expired_consent", "delete_consent", consent.id, "consents", _name(contact), detail, due)

    # the "Verlauf" of deleted records
    months = rules["audit_of_deleted"].months
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.action == "delete").order_by(AuditEntry.id)):
        due = add_months(entry.at.date(), months)
        if due <= today:
            detail = f"{entry.table_name} {entry.record_id}, gelöscht am {format_date(entry.at.date())}"
            item("audit_of_deleted", "purge_audit", entry.record_id or 0, entry.table_name, "", detail, due)
    items.sort(key=lambda i: (i.rule, i.due_since, i.name))
    return items


def review(db: Database, today: dt.date | None = None) -> list[ReviewItem]:
    """What the retention rules find today (nothing is changed)."""
    with db.session() as session:
        return review_in(session, today or dt.date.today())


def apply(db: Database, items: list[ReviewItem], *, reference: str | None = None) -> int:
    """Carry out the reviewed ``items`` (the caller asked for confirmation); returns how many were done."""
    done = 0
    erased_people = []
    # erasing a person last: their police-certificate or consent items are carried out (and registered) first
    for it in sorted(items, key=lambda i: i.action == "erase"):
        if it.action not in ACTIONS:
            raise ValidationError(f"Unbekannte Aktion „{it.action}“.")
        if it.action == "erase":
            erasure.erase_contact(db, it.target_id, reference=reference, rule=it.rule, scrub=False)
            erased_people.append(it.target_id)
            done += 1
            continue
        with db.session() as session:
            if it.action == "clear_police_certificate":
                done += erasure.clear_police_certificate_in(session, it.target_id, reference=reference, rule=it.rule)
            elif it.action == "delete_consent":
                done += erasure.delete_consent_in(session, it.target_id, reference=reference, rule=it.rule)
            else:
                result = session.execute(
                    delete(AuditEntry).where(
                        AuditEntry.table_name == it.target_table, AuditEntry.record_id == it.target_id
                    )
                )
                done += 1 if getattr(result, "rowcount", 0) else 0
    erasure.write_register_file(db)
    if done:
        erasure.scrub_files(db)
    return done
