"""A small, realistic event world for the events tests (services, CLI, UI).

Used until the demo data set lands on main; built through the ORM in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kidesk.db import queries
from kidesk.db.database import Database
from kidesk.db.models import (
    Affiliation,
    Contact,
    Event,
    EventHost,
    EventSeries,
    Network,
    NetworkMembership,
    Organisation,
    Participation,
    Volunteer,
)

TODAY = dt.date.today()


@dataclass
class EventWorld:
    ki: int
    drk: int
    caritas: int
    awo: int
    widunetz: int
    series: int
    module1: int  # past, attended by Ayşe and Jonas
    module2: int  # upcoming, the one we plan
    thank_you: int  # past, other kind
    ayse: int  # contact ids
    jonas: int
    maria: int  # volunteer without postal address
    klaus: int  # inactive volunteer
    petra: int  # DRK speaker
    sogol: int  # DRK contact
    hans: int  # Caritas contact
    olga: int  # AWO contact (AWO not in the network)


def build_event_world(db: Database) -> EventWorld:
    with db.session() as s:
        ki = Organisation(
            name="Kreis Herford – Kommunales Integrationszentrum",
            short_name="KI",
            kind="municipality",
            street="Amtshausstraße 3",
            postcode="32051",
            city="Herford",
            email="ki@kreis-herford.de",
        )
        drk = Organisation(
            name="Deutsches Rotes Kreuz KV Herford-Stadt e.V.", short_name="DRK", kind="welfare", city="Herford"
        )
        caritas = Organisation(
            name="Caritasverband für die Stadt und den Kreis Herford e.V.", short_name="Caritas", kind="welfare"
        )
        awo = Organisation(name="AWO Fachdienste für Migration und Integration", short_name="AWO", kind="welfare")
        s.add_all([ki, drk, caritas, awo])
        widunetz = Network(
            name="widunetz – Netzwerk für Integration und Vielfalt im Kreis Herford", short_name="widunetz"
        )
        widunetz.memberships = [
            NetworkMembership(organisation=drk),
            NetworkMembership(organisation=caritas),
            NetworkMembership(organisation=awo, left_on=TODAY - dt.timedelta(days=30)),
        ]
        s.add(widunetz)

        def person(first, last, *, street=True, email=None, org=None, volunteer=None):
            c = Contact(
                first_name=first,
                last_name=last,
                email=email,
                street="Hauptstraße 1" if street else None,
                postcode="32052" if street else None,
                city="Herford" if street else None,
            )
            if org is not None:
                c.affiliations.append(Affiliation(organisation=org, is_primary=True))
            if volunteer is not None:
                c.volunteer = Volunteer(status=volunteer)
            s.add(c)
            return c

        ayse = person("Ayşe", "Yılmaz", email="ayse@example.org", volunteer="active")
        jonas = person("Jonas", "Müller", email="jonas@example.org", volunteer="active")
        maria = person("Maria", "Schulz", street=False, volunteer="active")
        klaus = person("Klaus", "Becker", email="klaus@example.org", volunteer="inactive")
        petra = person("Petra", "Schwenk", email="schwenk@drk.example", org=drk)
        sogol = person("Sogol", "Samimi", email="samimi@drk.example", org=drk)
        hans = person("Hans", "Meyer", email="meyer@caritas.example", org=caritas)
        olga = person("Olga", "Petrova", email="petrova@awo.example", org=awo)

        series = EventSeries(
            title="Basisqualifikation für Ehrenamtliche in der Flüchtlingshilfe",
            module_count=3,
            certificate_min_modules=2,
        )
        s.add(series)
        past = dt.datetime.combine(TODAY - dt.timedelta(days=30), dt.time(17, 0))
        soon = dt.datetime.combine(TODAY + dt.timedelta(days=14), dt.time(17, 0))
        module1 = Event(
            title="Fit für den Konsumalltag",
            series=series,
            module_number=1,
            kind="qualification_module",
            starts_at=past,
            ends_at=past + dt.timedelta(hours=2),
            venue_name="Kreishaus Herford",
            room="Ebene 3",
            venue_street="Amtshausstraße 3",
            venue_postcode="32051",
            venue_city="Herford",
            status="done",
        )
        module2 = Event(
            title="Asylrecht kompakt",
            series=series,
            module_number=2,
            kind="qualification_module",
            starts_at=soon,
            ends_at=soon + dt.timedelta(hours=2, minutes=30),
            venue_name="Kreishaus Herford",
            room="Ebene 3",
            venue_street="Amtshausstraße 3",
            venue_postcode="32051",
            venue_city="Herford",
            description="Grundlagen des Asylverfahrens.",
            capacity=3,
            registration_deadline=TODAY + dt.timedelta(days=7),
            status="confirmed",
        )
        module2.hosts = [
            EventHost(organisation=ki, role="organiser", position=0),
            EventHost(organisation=drk, role="co_host", position=1),
        ]
        thank_you = Event(
            title="#DANKE – Fest für Ehrenamtliche",
            kind="thank_you",
            starts_at=dt.datetime.combine(TODAY - dt.timedelta(days=100), dt.time(14, 0)),
            venue_name="Jugendgästehaus Rödinghausen",
            status="done",
        )
        s.add_all([module1, module2, thank_you])
        s.flush()
        for contact, status in ((ayse, "attended"), (jonas, "attended"), (maria, "no_show")):
            p = Participation(event=module1, contact=contact)
            s.add(p)
            queries.set_participation_status(p, "invited")
            queries.set_participation_status(p, status)
        sp = Participation(event=module2, contact=petra, role="speaker")
        s.add(sp)
        queries.set_participation_status(sp, "registered")
        s.flush()
        return EventWorld(
            ki.id,
            drk.id,
            caritas.id,
            awo.id,
            widunetz.id,
            series.id,
            module1.id,
            module2.id,
            thank_you.id,
            ayse.id,
            jonas.id,
            maria.id,
            klaus.id,
            petra.id,
            sogol.id,
            hans.id,
            olga.id,
        )


def hold_today(db, event_id: int) -> None:
    """Move an event to today (check-in is refused before the day of the event)."""
    from kidesk.db.models import Event

    with db.session() as s:
        event = s.get(Event, event_id)
        event.starts_at = dt.datetime.combine(dt.date.today(), dt.time(0, 1))
        event.ends_at = None
