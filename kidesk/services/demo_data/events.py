"""The demo's events: the qualification series, the thank-you event, network meetings and the
volunteers' hours, with participations walked through their status history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kidesk.db.models import (
    Contact,
    Event,
    EventHost,
    EventSeries,
    Participation,
    VolunteerHours,
)
from kidesk.db.queries import set_participation_status
from kidesk.services.demo_data.base import (
    BuilderBase,
    _at,
    _weekday_on_or_after,
)
from kidesk.services.demo_data.institutions import WIDUNETZ_MEMBERS
from kidesk.services.demo_data.places import KREISHAUS
from kidesk.services.demo_data.programme import (
    FIT_FUER_DEN_KONSUMALLTAG,
    MODULES,
    SERIES_TITLE,
    THANK_YOU_TITLE,
)


class EventsBuilder(BuilderBase):
    """Events and hours for the people :class:`~kidesk.services.demo_data.people.PeopleBuilder` made."""

    # -- events ------------------------------------------------------------------------

    def _event(self, **fields: object) -> Event:
        event = Event(**fields)
        self.events.append(event)
        self.session.add(event)
        return event

    def _participate(self, event: Event, contact: Contact, final: str, *, role: str = "guest") -> Participation:
        """A participation walked through its status history up to ``final``."""
        p = Participation(contact=contact, role=role)
        start = event.starts_at
        invited = _at((start - dt.timedelta(days=28 + self.rng.randint(0, 7))).date(), 9, 30)
        set_participation_status(p, "invited", when=invited)
        if final in ("registered", "attended", "no_show", "cancelled"):
            registered = invited + dt.timedelta(days=self.rng.randint(1, 14), hours=self.rng.randint(0, 8))
            set_participation_status(p, "registered", when=registered)
        if final == "attended":
            set_participation_status(p, "attended", when=start)
        elif final == "no_show":
            set_participation_status(p, "no_show", when=event.ends_at or start)
        elif final == "declined":
            set_participation_status(p, "declined", when=invited + dt.timedelta(days=self.rng.randint(2, 20)))
        elif final == "cancelled":
            set_participation_status(p, "cancelled", when=start - dt.timedelta(days=2))
        event.participations.append(p)
        self.participations.append(p)
        return p

    def qualification_series(self) -> None:
        rng = self.rng
        series = EventSeries(
            title=SERIES_TITLE,
            module_count=12,
            certificate_min_modules=8,
            description="Zwölf Module für Ehrenamtliche in der Flüchtlingshilfe im Kreis Herford; "
            "ein Zertifikat erhält, wer mindestens acht Module besucht hat.",
        )
        self.session.add(series)
        # Modules every two weeks on Tuesdays: ten behind us, two ahead.
        anchor = _weekday_on_or_after(self.today + dt.timedelta(days=1), 1)  # next Tuesday after today
        modules = []
        for number, (title, room) in enumerate(MODULES, start=1):
            day = anchor + dt.timedelta(days=(number - 11) * 14)
            past = day < self.today
            event = self._event(
                series=series,
                module_number=number,
                title=title,
                subtitle=f"Modul {number} der {SERIES_TITLE}",
                kind="qualification_module",
                status="done" if past else "confirmed",
                starts_at=_at(day, 17),
                ends_at=_at(day, 19),
                venue_name=KREISHAUS[0],
                venue_street=KREISHAUS[1],
                venue_postcode=KREISHAUS[2],
                venue_city=KREISHAUS[3],
                room=room,
                capacity=30,
                registration_deadline=day - dt.timedelta(days=7),
                description=FIT_FUER_DEN_KONSUMALLTAG if number == 12 else None,
            )
            event.hosts.append(EventHost(organisation=self.orgs["ki"], role="organiser", position=0))
            if number <= 6:
                event.hosts.append(EventHost(organisation=self.orgs["ministerium"], role="funder", position=9))
            if number == 12:
                for position, key in enumerate(("kreis_gleichstellung", "drk", "vz"), start=1):
                    event.hosts.append(EventHost(organisation=self.orgs[key], role="co_host", position=position))
                for speaker in self.speakers:
                    self._participate(event, speaker, "registered", role="speaker")
            elif number in (2, 3, 7, 8, 9, 10, 11):
                # every module has a partner, so its flyer ends with a row of logos (issue 15)
                host = {
                    2: "caritas",
                    3: "awo",
                    7: "kreis_schule",
                    8: "jobcenter",
                    9: "kreis_gesundheit",
                    10: "diakonie",
                    11: "dtkv_loehne",
                }[number]
                event.hosts.append(EventHost(organisation=self.orgs[host], role="co_host", position=1))
            modules.append(event)

        # The course group: 28 active volunteers and 4 guests; a diligent core attends nearly always.
        active = [v.contact for v in self.volunteers if v.status == "active"]
        cohort = rng.sample(active, 28) + self.guests[:4]
        for index, contact in enumerate(cohort):
            diligence = 0.93 if index < 12 else 0.55
            for event in modules:
                if event.status == "done":
                    roll = rng.random()
                    if roll < diligence:
                        final = "attended"
                    elif roll < diligence + (1 - diligence) / 2:
                        final = "declined"
                    else:
                        final = "no_show"
                else:
                    final = rng.choice(("invited", "registered", "registered", "declined"))
                self._participate(event, contact, final)
        # One KI staff member helps at every module.
        for event in modules:
            self._participate(
                event, self.ki_staff[4], "attended" if event.status == "done" else "registered", role="helper"
            )

    def thank_you(self) -> None:
        day = _weekday_on_or_after(self.today - dt.timedelta(days=140), 5)  # a Saturday in the past
        jgh = self.orgs["jgh"]
        event = self._event(
            title=THANK_YOU_TITLE,
            subtitle="Ein Nachmittag für ehrenamtliche Flüchtlingshelferinnen und -helfer",
            kind="thank_you",
            status="done",
            starts_at=_at(day, 15),
            ends_at=_at(day, 19),
            venue_name=jgh.name,
            venue_street=jgh.street,
            venue_postcode=jgh.postcode,
            venue_city=jgh.city,
            room="Saal und Garten",
            capacity=120,
            description="Das Kommunale Integrationszentrum dankt allen Ehrenamtlichen für ihr Engagement: "
            "ein geselliger Nachmittag zum Austauschen und Kennenlernen.",
            registration_deadline=day - dt.timedelta(days=14),
        )
        event.hosts.append(EventHost(organisation=self.orgs["ki"], role="organiser", position=0))
        event.hosts.append(EventHost(organisation=self.orgs["ministerium"], role="funder", position=9))
        people = [v.contact for v in self.volunteers]
        self.rng.shuffle(people)
        for index, contact in enumerate(people):
            final = "attended" if index < 80 else ("declined" if index < 92 else "invited")
            self._participate(event, contact, final)
        for contact in self.ki_staff[:3]:
            self._participate(event, contact, "attended", role="helper")

    def network_meetings(self) -> None:
        partners = [c for key, c in self.partner_staff if key in {m[0] for m in WIDUNETZ_MEMBERS if m[3] is None}]
        for offset, season, status in ((-190, "Frühjahr", "done"), (20, "Herbst", "planned")):
            day = _weekday_on_or_after(self.today + dt.timedelta(days=offset), 2)  # Wednesday
            event = self._event(
                title=f"widunetz-Netzwerktreffen {season}",
                kind="network_meeting",
                status=status,
                starts_at=_at(day, 9, 30),
                ends_at=_at(day, 12, 30),
                venue_name=KREISHAUS[0],
                venue_street=KREISHAUS[1],
                venue_postcode=KREISHAUS[2],
                venue_city=KREISHAUS[3],
                room="Sitzungssaal",
                capacity=40,
                description="Austausch der widunetz-Partner: Neuigkeiten, Projekte, Fördermöglichkeiten.",
            )
            event.hosts.append(EventHost(organisation=self.orgs["ki"], role="organiser", position=0))
            # the three welfare associations that started widunetz in 2005 host it with us
            for position, key in enumerate(("awo", "caritas", "diakonie"), start=1):
                event.hosts.append(EventHost(organisation=self.orgs[key], role="co_host", position=position))
            for contact in self.rng.sample(partners, 26):
                if status == "done":
                    final = self.rng.choice(("attended", "attended", "attended", "declined", "no_show"))
                else:
                    final = self.rng.choice(("invited", "registered", "registered"))
                self._participate(event, contact, final)
            for contact in self.ki_staff[:2]:
                self._participate(event, contact, "attended" if status == "done" else "registered", role="helper")
        # An information evening, open to everyone.
        day = _weekday_on_or_after(self.today + dt.timedelta(days=49), 3)
        event = self._event(
            title="Infoabend: Ehrenamt in der Flüchtlingshilfe",
            kind="information",
            status="planned",
            starts_at=_at(day, 18),
            ends_at=_at(day, 20),
            venue_name="Rathaus Löhne",
            venue_street="Oeynhausener Straße 41",
            venue_postcode="32584",
            venue_city="Löhne",
            room="Ratssaal",
        )
        event.hosts.append(EventHost(organisation=self.orgs["ki"], role="organiser", position=0))
        event.hosts.append(EventHost(organisation=self.orgs["stadt_loehne"], role="co_host", position=1))
        for contact in self.guests[4:20]:
            self._participate(event, contact, self.rng.choice(("invited", "registered")))

    def volunteer_hours(self) -> None:
        rng = self.rng
        places = (
            "awo",
            "caritas",
            "drk",
            "diakonie",
            "stadt_herford",
            "stadt_loehne",
            "stadt_buende",
            "begegnung_spenge",
            "ki",
        )
        for volunteer in self.volunteers:
            if volunteer.status == "inactive":
                continue
            entries = rng.randint(1, 8) if volunteer.status == "active" else rng.randint(0, 2)
            areas = [e.area for e in volunteer.engagements]
            for _ in range(entries):
                worked_on = self.today - dt.timedelta(days=rng.randint(1, 730))
                hours = Decimal(rng.randint(2, 12)) / 2
                key = rng.choice(places)
                entry = VolunteerHours(
                    worked_on=worked_on,
                    hours=hours,
                    activity=rng.choice(areas),
                    organisation=self.orgs[key] if rng.random() < 0.8 else None,
                )
                volunteer.hours.append(entry)
                self.hours.append(entry)
