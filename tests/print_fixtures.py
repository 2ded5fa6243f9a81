"""Small, hand-built data for the print tests (services and CLI): names in five scripts.

``build_print_data(db)`` fills a fresh database and returns the ids the tests need.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from PIL import Image

from kidesk.db import queries, settings
from kidesk.db.models import Affiliation, Contact, Event, EventHost, EventSeries, Organisation, Participation

NAMES = {
    "turkish": "Ayşe Yılmaz",
    "cyrillic": "Ольга Петрова",
    "arabic": "محمد الأحمد",
    "farsi": "مریم احمدی",
    "german": "Jürgen Größmann",
}


def png_logo(color: str = "#336699", size: tuple[int, int] = (240, 90)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


@dataclass
class PrintData:
    own_org: int
    partner_org: int
    staff: int  # Gudrun Kirchhoff, letter sender
    turkish: int
    cyrillic: int
    arabic: int
    farsi: int
    german: int
    no_address: int
    event: int  # module 12 with participants
    empty_event: int
    series: int
    module_events: list[int]


def build_print_data(db) -> PrintData:
    with db.session() as s:
        parent = Organisation(
            name="Kreis Herford", kind="municipality", street="Amtshausstraße 3", postcode="32051", city="Herford"
        )
        own = Organisation(
            name="Kreis Herford – Kommunales Integrationszentrum",
            kind="authority",
            parent=parent,
            street="Amtshausstraße 3",
            postcode="32051",
            city="Herford",
            phone="05221/13-0",
            email="ki@kreis-herford.de",
            website="www.kreis-herford.de",
            logo=png_logo("#1d5a8c"),
        )
        partner = Organisation(
            name="A & B <GmbH>", kind="company", street="Löhrstraße 9", postcode="32052", city="Herford"
        )
        drk = Organisation(
            name="DRK Kreisverband Herford-Stadt e.V.",
            kind="welfare",
            street="Wittekindstraße 21",
            postcode="32051",
            city="Herford",
            logo=png_logo("#cc2222"),
        )
        funder = Organisation(name="Ministerium für Kinder, Familie, Flüchtlinge und Integration NRW", kind="authority")
        s.add_all([parent, own, partner, drk, funder])
        staff = Contact(
            salutation="mrs",
            first_name="Gudrun",
            last_name="Kirchhoff",
            function="Verwaltungsassistenz",
            department="Kommunales Integrationszentrum (KI)",
            phone="05221/13-1180",
            fax="05221/13-171180",
            email="g.kirchhoff@kreis-herford.de",
            room="1.30",
            is_staff=True,
        )
        staff.affiliations.append(Affiliation(organisation=own, is_primary=True))
        turkish = Contact(salutation="mrs", title="Dr.", first_name="Ayşe", last_name="Yılmaz")
        turkish.affiliations.append(Affiliation(organisation=partner, is_primary=True))
        cyrillic = Contact(
            salutation="diverse",
            first_name="Ольга",
            last_name="Петрова",
            street="Bahnhofstraße 5",
            postcode="32257",
            city="Bünde",
        )
        arabic = Contact(
            salutation="mr",
            first_name="محمد",
            last_name="الأحمد",
            street="Hauptstraße 1",
            postcode="1010",
            city="Wien",
            country="AT",
        )
        farsi = Contact(
            salutation="none",
            first_name="مریم",
            last_name="احمدی",
            street="Lübbecker Straße 12",
            postcode="32278",
            city="Kirchlengern",
        )
        german = Contact(
            salutation="mr",
            first_name="Jürgen",
            last_name="Größmann",
            street="Mühlenweg 3",
            postcode="32130",
            city="Enger",
        )
        german.affiliations.append(Affiliation(organisation=drk, is_primary=True))
        no_address = Contact(salutation="mr", first_name="Otto", last_name="Ohneadresse")
        s.add_all([staff, turkish, cyrillic, arabic, farsi, german, no_address])
        series = EventSeries(
            title="Basisqualifikation für Ehrenamtliche in der Flüchtlingshilfe",
            module_count=3,
            certificate_min_modules=2,
        )
        s.add(series)
        s.flush()
        modules = []
        for number, (title, day) in enumerate(
            [
                ("Asylrecht kompakt", dt.datetime(2017, 3, 7, 17)),
                ("Interkulturelle Kommunikation", dt.datetime(2017, 4, 4, 17)),
                ("Fit für den Konsumalltag", dt.datetime(2017, 6, 6, 17)),
            ],
            start=1,
        ):
            event = Event(
                series=series,
                module_number=number,
                title=title,
                kind="qualification_module",
                starts_at=day,
                ends_at=day + dt.timedelta(hours=2, minutes=30),
                venue_name="Kreishaus Herford",
                venue_street="Amtshausstraße 3",
                venue_postcode="32051",
                venue_city="Herford",
                room="Ebene 3",
                registration_deadline=(day - dt.timedelta(days=5)).date(),
                description="Sich im Konsumalltag in Deutschland zurechtzufinden, stellt für Menschen eine große Aufgabe dar.",
            )
            s.add(event)
            modules.append(event)
        main = modules[2]
        main.hosts.append(EventHost(organisation=own, role="organiser"))
        main.hosts.append(EventHost(organisation=drk, role="co_host", position=1))
        main.hosts.append(EventHost(organisation=funder, role="funder"))
        for contact, status in [
            (turkish, "registered"),
            (cyrillic, "invited"),
            (arabic, "attended"),
            (farsi, "registered"),
            (german, "invited"),
        ]:
            p = Participation(contact=contact, role="guest")
            main.participations.append(p)
            queries.set_participation_status(p, status, when=dt.datetime(2017, 5, 1, 9))
        speaker = Participation(contact=staff, role="speaker")
        main.participations.append(speaker)
        queries.set_participation_status(speaker, "registered", when=dt.datetime(2017, 5, 1, 9))
        declined = Participation(contact=no_address, role="guest")
        main.participations.append(declined)
        queries.set_participation_status(declined, "declined", when=dt.datetime(2017, 5, 1, 9))
        # series attendance: Petrova 3/3, al-Ahmad 2/3 (meets rule of 2), Größmann 1/3 (does not)
        for event, people in [(modules[0], [cyrillic, arabic, german]), (modules[1], [cyrillic])]:
            for contact in people:
                p = Participation(contact=contact, role="guest")
                event.participations.append(p)
                queries.set_participation_status(p, "attended", when=event.starts_at)
        s.flush()
        for p in main.participations:
            if p.contact is cyrillic:
                queries.set_participation_status(p, "attended", when=main.starts_at)
        empty = Event(title="Netzwerktreffen widunetz", kind="network_meeting", starts_at=dt.datetime(2017, 9, 12, 10))
        s.add(empty)
        s.flush()
        settings.put(s, settings.OWN_ORGANISATION_ID, own.id)
        settings.put(s, settings.LETTER_SENDER_CONTACT_ID, staff.id)
        return PrintData(
            own_org=own.id,
            partner_org=partner.id,
            staff=staff.id,
            turkish=turkish.id,
            cyrillic=cyrillic.id,
            arabic=arabic.id,
            farsi=farsi.id,
            german=german.id,
            no_address=no_address.id,
            event=main.id,
            empty_event=empty.id,
            series=series.id,
            module_events=[m.id for m in modules],
        )
