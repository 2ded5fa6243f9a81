"""The generator: builds the demo set in memory from one seeded rng, in a fixed order, and
writes it in one transaction (see the package docstring for what it holds)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kidesk.db import settings
from kidesk.db.database import Database, open_database
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
    VolunteerEngagement,
    VolunteerHours,
    VolunteerLanguage,
)
from kidesk.db.queries import set_participation_status
from kidesk.errors import UserError
from kidesk.services.demo_data.institutions import (
    KI_STAFF,
    KI_STAFF_CULTURES,
    MIGRANT_ORG_CULTURE,
    NETWORK_NAME,
    ORGANISATIONS,
    PARTNER_CULTURES,
    PARTNER_STAFF,
    WIDUNETZ_FOUNDED,
    WIDUNETZ_MEMBERS,
)
from kidesk.services.demo_data.names import NATIVE_LANGUAGE, NamePicker, Person, ascii_mail_part
from kidesk.services.demo_data.places import AREA_CODES, KREISHAUS, MUNICIPALITIES, STREETS, VOLUNTEER_TOWN_WEIGHTS
from kidesk.services.demo_data.programme import (
    AVAILABILITY,
    ENGAGEMENT_AREAS,
    EXTRA_LANGUAGES,
    FIT_FUER_DEN_KONSUMALLTAG,
    LEVELS_FOREIGN,
    LEVELS_GERMAN_NONNATIVE,
    MODULES,
    SERIES_TITLE,
    SPEAKERS,
    THANK_YOU_TITLE,
    VOLUNTEER_CULTURES,
    VOLUNTEER_STATUS_MIX,
)
from kidesk.services.volunteers import DEFAULT_POLICE_CERTIFICATE_VALID_YEARS, add_years

SEED = 20080227  # the day the widunetz agreement was signed
# The volunteer rules own the due-date arithmetic; the demo only uses them.
POLICE_CERTIFICATE_VALID_YEARS = DEFAULT_POLICE_CERTIFICATE_VALID_YEARS
POLICE_CERTIFICATE_DUE_SOON_DAYS = 56  # "due soon": within the next eight weeks


class DemoDataPresent(UserError):
    """The target database already holds contacts: the demo set is only for an empty one."""


def police_certificate_due(inspected_on: dt.date) -> dt.date:
    """The date an inspected police certificate is due again (29 Feb falls back to 28 Feb)."""
    return add_years(inspected_on, POLICE_CERTIFICATE_VALID_YEARS)


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def _weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _expand(mix: dict[str, int]) -> list[str]:
    return [key for key, n in mix.items() for _ in range(n)]


class _Builder:
    """Builds all objects in memory, in a fixed order, from one seeded rng."""

    def __init__(self, session: Session, today: dt.date) -> None:
        self.session = session
        self.today = today
        self.rng = random.Random(SEED)
        self.names = NamePicker(self.rng)
        self.orgs: dict[str, Organisation] = {}
        self.contacts: list[Contact] = []
        self.ki_staff: list[Contact] = []
        self.partner_staff: list[tuple[str, Contact]] = []
        self.volunteers: list[Volunteer] = []
        self.guests: list[Contact] = []
        self.speakers: list[Contact] = []
        self.events: list[Event] = []
        self.participations: list[Participation] = []
        self.hours: list[VolunteerHours] = []

    # -- small helpers -----------------------------------------------------------------

    def _private_phone(self, town: str) -> str:
        return f"{AREA_CODES[town]} {self.rng.randint(10000, 99999)}"

    def _mobile(self) -> str:
        prefix = self.rng.choice(("01512", "01520", "0160", "0170", "0171", "0176", "01577"))  # 015x: five-digit prefix
        return f"{prefix} {self.rng.randint(1000000, 9999999)}"

    def _private_mail(self, person: Person) -> str:
        domain = self.rng.choice(("example.org", "example.net", "example.com"))
        local = f"{ascii_mail_part(person.latin_first)}.{ascii_mail_part(person.latin_last)}"
        return f"{local}@{domain}"

    def _extension(self, main_number: str) -> str:
        """A direct line beside an organisation's main number: '05221/13-1400' -> '05221/13-1437'."""
        if "-" not in main_number:
            return main_number
        head, tail = main_number.rsplit("-", 1)
        if tail == "0" or len(tail) < 3:
            return f"{head}-{self.rng.randint(11, 89)}"
        return f"{head}-{tail[:-2]}{self.rng.randint(10, 99)}"

    def _consent_date(self, index: int, since: dt.date) -> dt.date:
        """Offices renew consents: most were given or renewed within the last two years, one in
        twelve is older (so the due list has a few consent reminders, not a wall of them).
        Derived from the index, not the random stream, so the rest of the demo stays as it is."""
        if index % 12 == 5:
            return since
        return max(since, self.today - dt.timedelta(days=20 + (index * 53) % 680))

    def _address(self, town: str) -> tuple[str, str, str]:
        street, postcode = self.rng.choice(STREETS[town])
        return f"{street} {self.rng.randint(1, 120)}", postcode, town

    def _salutation(self, person: Person) -> str:
        roll = self.rng.random()
        if roll < 0.03:
            return "diverse"
        if roll < 0.06:
            return "none"
        return person.salutation

    # -- organisations and network -------------------------------------------------------

    def organisations(self) -> None:
        for spec in ORGANISATIONS:
            org = Organisation(
                name=spec.name,
                short_name=spec.short_name,
                kind=spec.kind,
                street=spec.street,
                postcode=spec.postcode,
                city=spec.city,
                phone=spec.phone,
                fax=spec.fax,
                email=spec.email,
                website=spec.website,
                notes=spec.notes,
            )
            if spec.parent:
                org.parent = self.orgs[spec.parent]
            self.orgs[spec.key] = org
            self.session.add(org)
            self.session.flush()  # ids in the order of ORGANISATIONS (parents first), easy to read

    def network(self) -> Network:
        network = Network(
            name=NETWORK_NAME,
            short_name="widunetz",
            founded_on=WIDUNETZ_FOUNDED,
            coordinator=self.orgs["ki"],
            description=(
                "2005 von AWO, Caritas und Diakonischem Werk als Projekt Migrationsvernetzung gestartet "
                "(Koordination: Kreis Herford). Am 27.02.2008 unterschrieben Wohlfahrtsverbände, Landrätin und "
                "alle Bürgermeister die Vereinbarung. Ziele: Transparenz, Vernetzung und Zusammenhalt."
            ),
        )
        for key, role, joined, left in WIDUNETZ_MEMBERS:
            network.memberships.append(
                NetworkMembership(organisation=self.orgs[key], role=role, joined_on=joined, left_on=left)
            )
        self.session.add(network)
        return network

    # -- people ------------------------------------------------------------------------

    def _contact(self, person: Person, **fields: object) -> Contact:
        contact = Contact(first_name=person.first, last_name=person.last, **fields)
        self.contacts.append(contact)
        self.session.add(contact)
        return contact

    def own_staff(self) -> None:
        ki = self.orgs["ki"]
        for index, ((function, department, room), culture) in enumerate(zip(KI_STAFF, KI_STAFF_CULTURES, strict=True)):
            person = self.names.pick(culture)
            extension = 1180 + index * 3 + (5 if index == 0 else 0)  # fictional extensions near the real pattern
            contact = self._contact(
                person,
                salutation=person.salutation,
                title="Dr." if function == "Leitung" else None,
                function=function,
                department=department,
                phone=f"05221/13-{extension}",
                fax=f"05221/13-17{extension}",
                email=f"{ascii_mail_part(person.latin_first)[0]}.{ascii_mail_part(person.latin_last)}@kreis-herford.example",
                room=room,
                street=KREISHAUS[1],
                postcode=KREISHAUS[2],
                city=KREISHAUS[3],
                languages=", ".join(dict.fromkeys(["Deutsch", NATIVE_LANGUAGE[culture], "Englisch"])),
                is_staff=True,
            )
            contact.affiliations.append(
                Affiliation(
                    organisation=ki,
                    role=function,
                    department=department,
                    is_primary=True,
                    valid_from=dt.date(2014, 1, 1) + dt.timedelta(days=self.rng.randint(0, 3000)),
                )
            )
            self.ki_staff.append(contact)

    def partners(self) -> None:
        serial = 0
        for key, count, roles in PARTNER_STAFF:
            spec = next(s for s in ORGANISATIONS if s.key == key)
            org = self.orgs[key]
            for n in range(count):
                culture = MIGRANT_ORG_CULTURE.get(key) or PARTNER_CULTURES[serial % len(PARTNER_CULTURES)]
                serial += 1
                person = self.names.pick(culture)
                function, department = roles[n % len(roles)]
                base_phone = spec.phone or self._private_phone(spec.city if spec.city in AREA_CODES else "Herford")
                phone = self._extension(base_phone)
                domain = spec.mail_domain or "example.org"
                contact = self._contact(
                    person,
                    salutation=self._salutation(person),
                    title="Dr." if self.rng.random() < 0.07 else None,
                    function=function,
                    department=department,
                    phone=phone,
                    fax=spec.fax,
                    mobile=self._mobile() if self.rng.random() < 0.3 else None,
                    email=f"{ascii_mail_part(person.latin_first)}.{ascii_mail_part(person.latin_last)}@{domain}",
                    room=f"{self.rng.randint(0, 3)}.{self.rng.randint(1, 40):02d}" if self.rng.random() < 0.5 else None,
                    street=spec.street,
                    postcode=spec.postcode,
                    city=spec.city,
                    languages=None if culture == "de" else f"Deutsch, {NATIVE_LANGUAGE[culture]}",
                )
                contact.affiliations.append(
                    Affiliation(
                        organisation=org,
                        role=function,
                        department=department,
                        is_primary=True,
                        valid_from=dt.date(2008, 1, 1) + dt.timedelta(days=self.rng.randint(0, 5000)),
                    )
                )
                self.partner_staff.append((key, contact))
        # A few people have a second, honorary role in a club or migrant organisation.
        second = ("ksb", "begegnung_spenge", "dtkv_loehne", "sv_hiddenhausen", "kalyna")
        for index, (key, contact) in enumerate(self.partner_staff[3:48:9]):
            other = second[index % len(second)]
            if other != key:
                contact.affiliations.append(
                    Affiliation(organisation=self.orgs[other], role="Ehrenamtlich im Vorstand", is_primary=False)
                )
        vz = self.orgs["vz"]
        for person in SPEAKERS:
            contact = self._contact(
                person,
                salutation="mrs",
                function="Referentin",
                department="Projekt Verbraucherschutz für Geflüchtete",
                phone=f"0211/3809-{self.rng.randint(100, 999)}",
                email=f"{ascii_mail_part(person.latin_first)}.{ascii_mail_part(person.latin_last)}@verbraucherzentrale-nrw.example",
                street=vz.street,
                postcode=vz.postcode,
                city=vz.city,
                languages="Deutsch, Farsi, Englisch" if person.culture == "fa" else "Deutsch, Englisch",
            )
            contact.affiliations.append(
                Affiliation(
                    organisation=vz,
                    role="Referentin",
                    department="Projekt Verbraucherschutz für Geflüchtete",
                    is_primary=True,
                )
            )
            self.speakers.append(contact)

    def volunteers_(self) -> None:
        rng = self.rng
        cultures = _expand(VOLUNTEER_CULTURES)
        towns = _expand(VOLUNTEER_TOWN_WEIGHTS)
        statuses = _expand(VOLUNTEER_STATUS_MIX)
        rng.shuffle(cultures)
        rng.shuffle(towns)
        rng.shuffle(statuses)
        # The office's classic request: "active Arabic speakers in Löhne" must find someone.
        arabic = [i for i, c in enumerate(cultures) if c == "ar"]
        for i in arabic[:4]:
            towns[i] = "Löhne"
            statuses[i] = "active"
        own_script_count = {"ar": 0, "fa": 0, "uk": 0}
        own_script_limit = {"ar": 8, "fa": 5, "uk": 5}
        # Police certificates: several due within eight weeks, a few overdue, the rest later.
        due_offsets = [3, 10, 17, 24, 31, 38, 45, 52, -5, -40] + [rng.randint(70, 1800) for _ in range(70)]
        due_offsets += [None] * (100 - len(due_offsets))
        for index in range(100):
            culture = cultures[index]
            own = culture in own_script_count and own_script_count[culture] < own_script_limit[culture]
            if own:
                own_script_count[culture] += 1
            person = self.names.pick(culture, own_script=own)
            town = towns[index]
            status = statuses[index]
            has_address = index not in (17, 58)  # two without postal address: print products must say so
            street, postcode, city = self._address(town) if has_address else (None, None, None)
            languages = self._languages(culture)
            contact = self._contact(
                person,
                salutation=self._salutation(person),
                phone=self._private_phone(town) if rng.random() < 0.6 else None,
                mobile=self._mobile() if rng.random() < 0.8 else None,
                email=self._private_mail(person) if rng.random() < 0.85 else None,
                street=street,
                postcode=postcode,
                city=city,
                languages=", ".join(lang for lang, _ in languages),
                notes="Ehrenamtlich in der Flüchtlingshilfe (Demo).",
            )
            since = self.today - dt.timedelta(days=rng.randint(90, 3400))
            offset = due_offsets[(index * 37) % 100]  # spread the due dates over the list
            inspected = None
            if offset is not None:
                inspected = _years_before(self.today + dt.timedelta(days=offset), POLICE_CERTIFICATE_VALID_YEARS)
            volunteer = Volunteer(
                status=status,
                active_since=since,
                municipality=town,
                availability=rng.choice(AVAILABILITY),
                agreement_signed_on=since + dt.timedelta(days=rng.randint(0, 30)) if rng.random() < 0.85 else None,
                consent_given_on=self._consent_date(index, since),
                consent_photos=rng.random() < 0.6,
                consent_newsletter=rng.random() < 0.7,
                consent_share_with_partners=rng.random() < 0.4,
                police_certificate_inspected_on=inspected,
                police_certificate_due_on=police_certificate_due(inspected) if inspected else None,
                notes={"paused": "Pausiert (Elternzeit/Umzug).", "inactive": "Derzeit nicht aktiv."}.get(status),
            )
            for area in rng.sample(ENGAGEMENT_AREAS, rng.randint(1, 3)):
                volunteer.engagements.append(VolunteerEngagement(area=area))
            if culture != "de" and rng.random() < 0.7:
                if not any(e.area == "Übersetzung/Dolmetschen" for e in volunteer.engagements):
                    volunteer.engagements.append(VolunteerEngagement(area="Übersetzung/Dolmetschen"))
            for language, level in languages:
                volunteer.languages.append(VolunteerLanguage(language=language, level=level))
            contact.volunteer = volunteer
            if culture in ("tr", "ar", "uk", "ku", "fa") and rng.random() < 0.15:
                org_key = {
                    "tr": "dtkv_loehne",
                    "ar": "sdf_herford",
                    "uk": "kalyna",
                    "ku": "mala",
                    "fa": "afghan_vlotho",
                }[culture]
                contact.affiliations.append(
                    Affiliation(organisation=self.orgs[org_key], role="Mitglied", is_primary=True)
                )
            self.volunteers.append(volunteer)

    def _languages(self, culture: str) -> list[tuple[str, str]]:
        rng = self.rng
        if culture == "de":
            result = [("Deutsch", "native")]
        else:
            result = [(NATIVE_LANGUAGE[culture], "native"), ("Deutsch", rng.choice(LEVELS_GERMAN_NONNATIVE))]
            if culture == "uk":
                result.append(("Russisch", rng.choice(("B2", "C1", "C2"))))
            if culture == "ku":
                result.append(("Türkisch" if rng.random() < 0.6 else "Arabisch", rng.choice(("B1", "B2", "C1"))))
            if culture == "fa" and rng.random() < 0.5:
                result.append(("Dari", rng.choice(("C1", "C2"))))
        if culture == "de" and rng.random() < 0.08:
            result.append(("Arabisch", rng.choice(("A2", "B1"))))
        for extra in rng.sample(EXTRA_LANGUAGES, rng.randint(0, 2 if culture == "de" else 1)):
            if all(extra != lang for lang, _ in result):
                result.append((extra, rng.choice(LEVELS_FOREIGN)))
        return result

    def guests_(self, count: int) -> None:
        rng = self.rng
        cultures = ("de", "de", "tr", "ar", "de", "uk", "fa", "ku", "de", "tr")
        for index in range(count):
            culture = cultures[index % len(cultures)]
            person = self.names.pick(culture, own_script=culture in ("ar", "uk") and index % 3 == 0)
            town = MUNICIPALITIES[index % len(MUNICIPALITIES)]
            has_address = index % 7 != 3  # a few without postal address
            street, postcode, city = self._address(town) if has_address else (None, None, None)
            contact = self._contact(
                person,
                salutation="none" if index % 11 == 5 else self._salutation(person),
                email=self._private_mail(person) if rng.random() < 0.7 else None,
                phone=self._private_phone(town) if rng.random() < 0.4 else None,
                street=street,
                postcode=postcode,
                city=city,
                notes="Interessiert an der Basisqualifikation." if index % 4 == 0 else None,
            )
            if index == 6:
                contact.function = "Projektleitung"
                contact.notes = 'Kontakt über Kaya & Becker <Sprachdienste> GmbH; Rechnungen an "A & B <GmbH>" prüfen.'
                contact.affiliations.append(
                    Affiliation(organisation=self.orgs["kaya_becker"], role="Projektleitung", is_primary=True)
                )
            self.guests.append(contact)

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
            elif number in (2, 3, 8, 10):
                host = {2: "caritas", 3: "awo", 8: "jobcenter", 10: "diakonie"}[number]
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

    def build(self) -> dict[str, int]:
        self.organisations()
        self.network()
        self.own_staff()
        self.partners()
        self.volunteers_()
        guests_needed = 200 - len(self.contacts)
        self.guests_(guests_needed)
        self.qualification_series()
        self.thank_you()
        self.network_meetings()
        self.volunteer_hours()
        self.session.flush()
        settings.put(self.session, settings.OWN_ORGANISATION_ID, self.orgs["ki"].id)
        settings.put(self.session, settings.LETTER_SENDER_CONTACT_ID, self.ki_staff[0].id)
        return {
            "Organisationen": len(self.orgs),
            "Kontakte": len(self.contacts),
            "Ehrenamtliche": len(self.volunteers),
            "Netzwerke": 1,
            "Veranstaltungen": len(self.events),
            "Teilnahmen": len(self.participations),
            "Ehrenamtsstunden-Einträge": len(self.hours),
        }


def _years_before(day: dt.date, years: int) -> dt.date:
    return add_years(day, -years)


def fill_demo_data(db: Database, today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty database with the demo set, in one transaction; return counts by German label.

    ``today`` anchors every relative date (due certificates, upcoming modules); the same
    ``today`` always gives the same data. A database that already holds contacts is refused.
    """
    today = today or dt.date.today()
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(Contact)):
            raise DemoDataPresent(
                f"Die Datenbank {db.location} enthält schon Kontakte; Demo-Daten kommen nur in eine leere "
                "Datenbank. Bitte eine neue Datei angeben, z. B. kidesk --db demo.sqlite demo."
            )
        return _Builder(session, today).build()


def ensure_demo_database(path: Path, today: dt.date | None = None) -> Database:
    """Open (or create) the demo database at ``path``; fill it on first use only.

    Only ``path`` is touched — never the user's own database.
    """
    db = open_database(path, create=True)
    with db.session() as session:
        empty = not session.scalar(select(func.count()).select_from(Contact))
    if empty:
        try:
            fill_demo_data(db, today)
        except BaseException:
            db.dispose()
            raise
    return db
