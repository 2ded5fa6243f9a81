"""A small, hand-made volunteer data set for the volunteer tests (services, CLI, UI).

Dates are relative to ``today`` so the same set works for tests that pass a fixed day to
the services and for UI tests that run on the real calendar. Until the demo data generator
reaches main this is our fixture; it goes through the real services and the real database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kidesk.db.database import Database
from kidesk.db.models import Contact, Event, EventSeries, Participation
from kidesk.db.queries import set_participation_status
from kidesk.services import volunteers as vs


@dataclass
class Sample:
    today: dt.date
    contacts: dict[str, int]  # last name -> contact id
    volunteers: dict[str, int]  # last name -> volunteer id
    series_id: int
    module_event_ids: dict[int, int]
    thank_you_event_id: int
    partner_contact_id: int  # a contact who is no volunteer


def build_sample(db: Database, today: dt.date | None = None) -> Sample:
    today = today or dt.date.today()
    people = [
        # last, first, profile
        (
            "Haddad",
            "Amira",
            vs.VolunteerProfile(
                status="active",
                active_since=vs.add_years(today, -3),
                municipality="Löhne",
                engagement_areas=["Sprachpatenschaft", "Begleitung zu Behörden"],
                languages=[("Arabisch", "native"), ("Englisch", "B2")],
                consent_given_on=today - dt.timedelta(days=100),
                consent_photos=True,
                consent_share_with_partners=True,
                police_certificate_inspected_on=vs.add_years(today, -5) + dt.timedelta(days=20),  # due in 20 days
            ),
        ),
        (
            "Nasser",
            "Karim",
            vs.VolunteerProfile(
                status="inactive",
                active_since=vs.add_years(today, -4),
                municipality="Löhne",
                languages=[("Arabisch", "C1")],
                engagement_areas=["Übersetzung/Dolmetschen"],
                police_certificate_inspected_on=vs.add_years(today, -6),  # overdue, but inactive
            ),
        ),
        (
            "Demir",
            "Yusuf",
            vs.VolunteerProfile(
                status="active",
                active_since=vs.add_years(today, -2),
                municipality="Löhne",
                languages=[("Türkisch", "native")],
                engagement_areas=("Sport",),
                consent_given_on=vs.add_months(today, -30),
                consent_newsletter=True,  # consent older than 24 months
            ),
        ),
        (
            "Schmidt",
            "Lena",
            vs.VolunteerProfile(
                status="active",
                active_since=vs.add_years(today, -1),
                municipality="Herford",
                languages=[("Arabisch", "B1")],
                engagement_areas=["Hausaufgabenhilfe"],
                police_certificate_inspected_on=vs.add_years(today, -3),
                police_certificate_due_on=today + dt.timedelta(weeks=12),  # set by hand: outside 8 weeks
            ),
        ),
        (
            "Petrenko",
            "Olga",
            vs.VolunteerProfile(
                status="paused",
                active_since=vs.add_years(today, -2),
                municipality="Bünde",
                languages=[("Ukrainisch", "native"), ("Russisch", "C2")],
                engagement_areas=["Kinderbetreuung"],
            ),
        ),
        (
            "Berger",
            "Tom",
            vs.VolunteerProfile(
                status="active",
                active_since=vs.add_years(today, -3),
                municipality="Vlotho",
                engagement_areas=("Sport",),  # no hours, no events for years: inactivity candidate
            ),
        ),
    ]
    contacts: dict[str, int] = {}
    volunteers: dict[str, int] = {}
    with db.session() as s:
        for last, first, _profile in people:
            contact = Contact(first_name=first, last_name=last)
            s.add(contact)
            s.flush()
            contacts[last] = contact.id
    for last, _first, profile in people:
        volunteers[last] = vs.create_volunteer(db, contacts[last], profile, today=today).id
    with db.session() as s:
        partner = Contact(first_name="Petra", last_name="Partner")
        s.add(partner)

        series = EventSeries(
            title="Basisqualifikation für Ehrenamtliche in der Flüchtlingshilfe",
            module_count=4,
            certificate_min_modules=3,
        )
        s.add(series)
        s.flush()
        module_ids = {}
        for number in range(1, 5):
            event = Event(
                title=f"Basisqualifikation Modul {number}",
                series_id=series.id,
                module_number=number,
                kind="qualification_module",
                status="done",
                starts_at=dt.datetime.combine(today - dt.timedelta(days=120 - 14 * number), dt.time(18)),
            )
            s.add(event)
            s.flush()
            module_ids[number] = event.id
        attended = {"Haddad": (1, 2, 3), "Schmidt": (1,), "Petrenko": (1, 2, 3, 4)}
        for last, numbers in attended.items():
            for number in numbers:
                p = Participation(event_id=module_ids[number], contact_id=contacts[last])
                s.add(p)
                set_participation_status(p, "registered")
                set_participation_status(p, "attended")
        thank_you = Event(
            title="Dankeschön-Fest für Ehrenamtliche",
            kind="thank_you",
            status="planned",
            starts_at=dt.datetime.combine(today + dt.timedelta(days=40), dt.time(17)),
        )
        s.add(thank_you)
        s.flush()
        # Demir is already invited (and registered): the recognition action must not duplicate him.
        p = Participation(event_id=thank_you.id, contact_id=contacts["Demir"])
        s.add(p)
        set_participation_status(p, "invited")
        set_participation_status(p, "registered")

        ids = dict(series_id=series.id, thank_you_event_id=thank_you.id, partner_contact_id=partner.id)
    this_year = dt.date(today.year, 1, 1)
    vs.add_hours(db, volunteers["Haddad"], this_year, "6", "Sprachcafé", today=today)
    vs.add_hours(db, volunteers["Haddad"], this_year + dt.timedelta(days=1), "6,5", "Behördengang", today=today)
    vs.add_hours(db, volunteers["Demir"], this_year, "2", "Fußballtraining", today=today)
    vs.add_hours(db, volunteers["Schmidt"], vs.add_years(today, -1) - dt.timedelta(days=3), "3", today=today)
    return Sample(today=today, contacts=contacts, volunteers=volunteers, module_event_ids=module_ids, **ids)
