"""What the demo builder's parts share: the seed, the police-certificate rule, small date
helpers and the state every part draws from (one seeded rng, the objects built so far)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from kidesk.db.models import (
    Contact,
    Event,
    Organisation,
    Participation,
    Volunteer,
    VolunteerHours,
)
from kidesk.services.demo_data.names import NamePicker, Person, ascii_mail_part
from kidesk.services.demo_data.places import AREA_CODES, STREETS
from kidesk.services.volunteers import DEFAULT_POLICE_CERTIFICATE_VALID_YEARS, add_years

SEED = 20080227  # the day the widunetz agreement was signed
# The volunteer rules own the due-date arithmetic; the demo only uses them.
POLICE_CERTIFICATE_VALID_YEARS = DEFAULT_POLICE_CERTIFICATE_VALID_YEARS
POLICE_CERTIFICATE_DUE_SOON_DAYS = 56  # "due soon": within the next eight weeks


def police_certificate_due(inspected_on: dt.date) -> dt.date:
    """The date an inspected police certificate is due again (29 Feb falls back to 28 Feb)."""
    return add_years(inspected_on, POLICE_CERTIFICATE_VALID_YEARS)


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def _weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _expand(mix: dict[str, int]) -> list[str]:
    return [key for key, n in mix.items() for _ in range(n)]


def _years_before(day: dt.date, years: int) -> dt.date:
    return add_years(day, -years)


class BuilderBase:
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
