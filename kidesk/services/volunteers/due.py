"""What needs attention: police certificates due, consents grown old, volunteers gone quiet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from kidesk.db.database import Database
from kidesk.db.models import Contact, Event, Participation, Volunteer, VolunteerHours
from kidesk.domain.dates import format_date
from kidesk.errors import NotFound, ValidationError
from kidesk.services.volunteers.settings_rules import (
    DEFAULT_POLICE_CERTIFICATE_VALID_YEARS,
    add_months,
    add_years,
    consent_max_age_months,
    inactivity_months,
    police_certificate_valid_years,
)

DUE_POLICE_CERTIFICATE = "police_certificate"
DUE_CONSENT = "consent"
DUE_INACTIVE = "inactive"

DUE_KIND_LABELS = {
    DUE_POLICE_CERTIFICATE: "Führungszeugnis",
    DUE_CONSENT: "Einwilligung",
    DUE_INACTIVE: "Ohne Aktivität",
}


@dataclass(frozen=True)
class DueItem:
    """Something about a volunteer that needs attention by ``due_on``.

    ``due_on``: for a police certificate the day it is due again; for a consent the day it
    became (or becomes) older than the configured period; for inactivity the day of the
    last activity (hours or attended event), or the day the volunteer started if none.
    """

    kind: str
    volunteer_id: int
    contact_id: int
    person: str
    due_on: dt.date | None
    detail: str = ""

    @property
    def kind_label(self) -> str:
        return DUE_KIND_LABELS[self.kind]

    @property
    def overdue(self) -> bool:
        """Past its date (certificate, consent); inactivity is never "overdue" here."""
        return self.kind != DUE_INACTIVE and self.is_overdue()

    def is_overdue(self, today: dt.date | None = None) -> bool:
        """Past its date (a certificate due before today, a consent expired); inactivity is
        always "overdue" in the sense that it is already the case."""
        if self.due_on is None:
            return False
        if self.kind == DUE_INACTIVE:
            return True
        return self.due_on < (today or dt.date.today())

    def what(self, today: dt.date | None = None) -> str:
        """What is due, in words that fit before the date ("Führungszeugnis fällig seit")."""
        late = self.is_overdue(today)
        if self.kind == DUE_POLICE_CERTIFICATE:
            return "Führungszeugnis fällig seit" if late else "Führungszeugnis fällig am"
        if self.kind == DUE_CONSENT:
            return "Einwilligung abgelaufen am" if late else "Einwilligung läuft ab am"
        return "Ohne Aktivität seit"


#: every text :meth:`DueItem.what` returns (the UI translates them)
DUE_WHAT_TEXTS = (
    "Führungszeugnis fällig seit",
    "Führungszeugnis fällig am",
    "Einwilligung abgelaufen am",
    "Einwilligung läuft ab am",
    "Ohne Aktivität seit",
)


def police_certificate_seen(db: Database, volunteer_id: int, *, on: dt.date | None = None) -> dt.date:
    """ "Führungszeugnis heute eingesehen": store the inspection date and return the new due date.

    A due date stored by hand belonged to the old certificate and is cleared, so the new one
    follows the configured period (Einstellungen).
    """
    on = on or dt.date.today()
    if on > dt.date.today():
        raise ValidationError("Ein Führungszeugnis kann nicht in der Zukunft eingesehen werden.", field="on")
    with db.session() as session:
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None:
            raise NotFound("Dieses Ehrenamtsprofil gibt es nicht mehr.")
        volunteer.police_certificate_inspected_on = on
        volunteer.police_certificate_due_on = None
        due = police_certificate_due(volunteer, police_certificate_valid_years(session))
        assert due is not None
        return due


def police_certificate_due(volunteer: Any, valid_years: int = DEFAULT_POLICE_CERTIFICATE_VALID_YEARS) -> dt.date | None:
    """When the certificate must be shown again: the stored date, else inspected + ``valid_years``.

    ``volunteer`` is anything with ``police_certificate_due_on`` and
    ``police_certificate_inspected_on`` (a profile or a database row).
    """
    if volunteer.police_certificate_due_on is not None:
        return volunteer.police_certificate_due_on
    if volunteer.police_certificate_inspected_on is not None:
        return add_years(volunteer.police_certificate_inspected_on, valid_years)
    return None


def due_items(db: Database, *, weeks: int = 8, today: dt.date | None = None) -> list[DueItem]:
    """Everything that needs attention within ``weeks`` weeks (overdue items included).

    Sorted by kind (police certificates, consents, inactivity), then by date.

    * police certificates of active/paused volunteers due by today + ``weeks``;
    * consents that are (or by then will be) older than the configured period;
    * active volunteers without hours and without attended events for the configured
      months (those who started within that time are left out).
    """
    if weeks < 0:
        raise ValidationError("Die Anzahl der Wochen darf nicht negativ sein.", field="weeks")
    today = today or dt.date.today()
    horizon = today + dt.timedelta(weeks=weeks)
    last_hours = (
        select(func.max(VolunteerHours.worked_on)).where(VolunteerHours.volunteer_id == Volunteer.id).scalar_subquery()
    )
    last_attended = (
        select(func.max(Event.starts_at))
        .select_from(Participation)
        .join(Event, Event.id == Participation.event_id)
        .where(Participation.contact_id == Volunteer.contact_id, Participation.status == "attended")
        .scalar_subquery()
    )
    items: list[DueItem] = []
    with db.session() as session:
        valid_years = police_certificate_valid_years(session)
        consent_months = consent_max_age_months(session)
        idle_since = add_months(today, -inactivity_months(session))
        rows = session.execute(select(Volunteer, Contact, last_hours, last_attended).join(Volunteer.contact))
        for volunteer, contact, last_h, last_a in rows:
            person = contact.full_name
            if volunteer.status in ("active", "paused"):
                due = police_certificate_due(volunteer, valid_years)
                if due is not None and due <= horizon:
                    notes = []
                    if volunteer.police_certificate_inspected_on:
                        inspected = format_date(volunteer.police_certificate_inspected_on)
                        notes.append(f"eingesehen am {inspected}")  # user text
                    if due < today:
                        notes.append("überfällig")  # user text
                    items.append(
                        DueItem(DUE_POLICE_CERTIFICATE, volunteer.id, contact.id, person, due, ", ".join(notes))
                    )
            if volunteer.consent_given_on is not None:
                expires = add_months(volunteer.consent_given_on, consent_months)
                if expires <= horizon:
                    items.append(
                        DueItem(
                            DUE_CONSENT,
                            volunteer.id,
                            contact.id,
                            person,
                            expires,
                            f"erteilt am {format_date(volunteer.consent_given_on)}",  # user text
                        )
                    )
            if volunteer.status == "active":
                last_dates = [d for d in (last_h, last_a.date() if last_a is not None else None) if d is not None]
                last = max(last_dates) if last_dates else None
                if last is None or last < idle_since:
                    started = volunteer.active_since or (volunteer.created_at.date() if volunteer.created_at else None)
                    if last is None and started is not None and started > idle_since:
                        continue  # new volunteer, nothing to ask yet
                    items.append(
                        DueItem(
                            DUE_INACTIVE,
                            volunteer.id,
                            contact.id,
                            person,
                            last or started,
                            "seit Beginn keine Stunden und keine Teilnahme" if last is None else "letzte Aktivität",
                        )
                    )
    order = {kind: n for n, kind in enumerate(DUE_KIND_LABELS)}  # police certificates first: most urgent
    items.sort(key=lambda i: (order[i.kind], i.due_on or dt.date.min, i.person.casefold()))
    return items
