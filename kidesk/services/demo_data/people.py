"""The demo's organisations, the widunetz network and its people: own staff, partner staff,
volunteers and guests (drawn in this order from the shared rng)."""

from __future__ import annotations

import datetime as dt

from kidesk.db.models import (
    Affiliation,
    Contact,
    Network,
    NetworkMembership,
    Organisation,
    Volunteer,
    VolunteerEngagement,
    VolunteerLanguage,
)
from kidesk.services.demo_data.base import (
    POLICE_CERTIFICATE_VALID_YEARS,
    BuilderBase,
    _expand,
    _years_before,
    police_certificate_due,
)
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
from kidesk.services.demo_data.logos import demo_logos
from kidesk.services.demo_data.names import NATIVE_LANGUAGE, Person, ascii_mail_part
from kidesk.services.demo_data.places import AREA_CODES, KREISHAUS, MUNICIPALITIES, VOLUNTEER_TOWN_WEIGHTS
from kidesk.services.demo_data.programme import (
    AVAILABILITY,
    ENGAGEMENT_AREAS,
    EXTRA_LANGUAGES,
    LEVELS_FOREIGN,
    LEVELS_GERMAN_NONNATIVE,
    SPEAKERS,
    VOLUNTEER_CULTURES,
    VOLUNTEER_STATUS_MIX,
)


class PeopleBuilder(BuilderBase):
    """Organisations, network and people; the events part builds on what this one made."""

    # -- organisations and network -------------------------------------------------------

    def organisations(self) -> None:
        # drawn logos for the event hosts, so the flyers end with a logo row (issue 15); drawing
        # uses no randomness, the rest of the demo stays as it was
        logos = demo_logos()
        for spec in ORGANISATIONS:
            org = Organisation(
                logo=logos.get(spec.key),
                logo_mime="image/png" if spec.key in logos else None,
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
                activity_ended_on=_ended_on(since, self.today, index) if status == "inactive" else None,  # issue 13
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


def _ended_on(since: dt.date, today: dt.date, index: int) -> dt.date:
    """When an inactive demo volunteer stopped: somewhere between starting and today (no random draw,
    so the other demo rows stay the same)."""
    return since + dt.timedelta(days=(index * 389) % max(1, (today - since).days))
