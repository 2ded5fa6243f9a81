"""A small office's worth of data for UI and service tests (until the demo generator lands).

Real rows through the ORM (so the FTS triggers fill the index), a few dozen records —
enough for filters, search and a screenshot, small enough for fast tests.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kidesk.db.database import Database
from kidesk.db.models import (
    Affiliation,
    Contact,
    Event,
    Network,
    NetworkMembership,
    Organisation,
    Participation,
    Volunteer,
    VolunteerHours,
)

FIRST = ["Ayşe", "Jan", "Maria", "Olena", "Mehmet", "Petra", "Thomas", "Fatima", "Sven", "Lena", "Ahmad", "Nadia"]
LAST = [
    "Yılmaz",
    "Schröder",
    "Müller",
    "Kovalenko",
    "Demir",
    "Wagner",
    "Becker",
    "Haddad",
    "Krüger",
    "Hoffmann",
    "Rahimi",
    "Petrović",
]
TOWNS = [("32052", "Herford"), ("32257", "Bünde"), ("32130", "Enger"), ("32584", "Löhne"), ("32139", "Spenge")]


def fill_office(db: Database, *, extra_contacts: int = 0) -> dict[str, int]:
    """Fill ``db``; returns ids of the named records the tests talk about."""
    with db.session() as s:
        kreis = Organisation(
            name="Kreis Herford",
            short_name="Kreis HF",
            kind="municipality",
            street="Amtshausstraße 3",
            postcode="32051",
            city="Herford",
            phone="05221/13-0",
            email="info@kreis-herford.de",
        )
        ki = Organisation(
            name="Kommunales Integrationszentrum Kreis Herford",
            short_name="KI",
            kind="authority",
            street="Amtshausstraße 3",
            postcode="32051",
            city="Herford",
            parent=kreis,
            phone="05221/13-1180",
            email="ki@kreis-herford.de",
        )
        caritas = Organisation(
            name="Caritasverband für den Kreis Herford e. V.",
            short_name="Caritas",
            kind="welfare",
            street="Komturstraße 4",
            postcode="32052",
            city="Herford",
            phone="05221/5998-0",
        )
        awo = Organisation(
            name="AWO Kreisverband Herford e. V.", short_name="AWO", kind="welfare", city="Herford", postcode="32049"
        )
        drk = Organisation(
            name="DRK-Kreisverband Herford-Land e. V.", short_name="DRK", kind="welfare", city="Enger", postcode="32130"
        )
        buende = Organisation(name="Stadt Bünde", kind="municipality", city="Bünde", postcode="32257")
        vhs = Organisation(name="VHS im Kreis Herford", short_name="VHS", kind="education", city="Herford")
        s.add_all([kreis, ki, caritas, awo, drk, buende, vhs])
        s.flush()
        widunetz = Network(
            name="widunetz – Netzwerk für Integration & Vielfalt im Kreis Herford",
            short_name="widunetz",
            founded_on=dt.date(2008, 2, 27),
            coordinator=kreis,
        )
        s.add(widunetz)
        s.flush()
        for org in (kreis, caritas, awo, drk, buende):
            s.add(NetworkMembership(network=widunetz, organisation=org, joined_on=dt.date(2008, 2, 27)))
        staff = Contact(
            salutation="mrs",
            first_name="Petra",
            last_name="Wagner",
            function="Verwaltungsassistenz",
            phone="05221/13-1180",
            email="p.wagner@kreis-herford.de",
            room="3.14",
            is_staff=True,
            street="Amtshausstraße 3",
            postcode="32051",
            city="Herford",
        )
        staff.affiliations.append(Affiliation(organisation=ki, role="Verwaltungsassistenz", is_primary=True))
        s.add(staff)
        caritas_person = Contact(
            salutation="mr",
            first_name="Jan",
            last_name="Schröder",
            function="Migrationsberatung",
            phone="05221/5998-12",
            email="j.schroeder@caritas-herford.de",
            city="Herford",
            postcode="32052",
        )
        caritas_person.affiliations.append(
            Affiliation(organisation=caritas, role="Migrationsberatung", is_primary=True)
        )
        s.add(caritas_person)
        volunteer_contact = Contact(
            salutation="mrs",
            first_name="Olena",
            last_name="Kovalenko",
            city="Bünde",
            postcode="32257",
            languages="Ukrainisch, Russisch, Deutsch",
        )
        s.add(volunteer_contact)
        s.flush()
        volunteer = Volunteer(contact=volunteer_contact, active_since=dt.date(2022, 5, 1), municipality="Bünde")
        volunteer.hours.append(
            VolunteerHours(worked_on=dt.date(2024, 3, 2), hours=Decimal("2.5"), activity="Sprachcafé")
        )
        volunteer.hours.append(VolunteerHours(worked_on=dt.date(2024, 3, 9), hours=Decimal("3"), activity="Begleitung"))
        s.add(volunteer)
        event = Event(
            title="Basisqualifikation Modul 1",
            kind="qualification_module",
            starts_at=dt.datetime(2025, 3, 8, 10, 0),
            venue_name="Kreishaus Herford",
            venue_city="Herford",
        )
        s.add(event)
        s.flush()
        s.add(Participation(event=event, contact=volunteer_contact, status="attended"))
        orgs = [caritas, awo, drk, buende, vhs]
        n = 0
        for i in range(24 + extra_contacts):
            postcode, town = TOWNS[i % len(TOWNS)]
            c = Contact(
                salutation="mrs" if i % 2 else "mr",
                first_name=FIRST[i % len(FIRST)],
                last_name=f"{LAST[(i * 5) % len(LAST)]}" + ("" if i < len(LAST) else f"-{i}"),
                city=town,
                postcode=postcode,
                email=f"person{i}@example.org",
            )
            if i % 3 != 2:
                c.affiliations.append(Affiliation(organisation=orgs[i % len(orgs)], role="Beratung", is_primary=True))
            s.add(c)
            n += 1
        s.flush()
        return {
            "kreis": kreis.id,
            "ki": ki.id,
            "caritas": caritas.id,
            "awo": awo.id,
            "drk": drk.id,
            "buende": buende.id,
            "vhs": vhs.id,
            "widunetz": widunetz.id,
            "staff": staff.id,
            "caritas_person": caritas_person.id,
            "volunteer_contact": volunteer_contact.id,
            "volunteer": volunteer.id,
            "event": event.id,
            "contacts": n + 3,
        }
