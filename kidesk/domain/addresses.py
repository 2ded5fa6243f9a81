"""Whether and where a letter reaches a person: one rule for letters, labels and invite lists.

A person is reachable by post at their own street and town, or else at those of their primary
organisation (:mod:`kidesk.domain.affiliations`). :func:`postal_address` builds the DIN 5008
address block from that rule; :func:`has_postal_address` is the same rule as a yes/no for lists
(who cannot be invited by letter). The salutation of the address block and of the letter
(:func:`salutation_line`, :func:`letter_salutation`) live here too, so that every letter, label
and export addresses a person the same way.

The functions read attributes only (see the protocols below): ORM rows and plain dataclasses
both work, and nothing here opens a session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from kidesk.domain.affiliations import primary_affiliation

# ISO 3166-1 alpha-2 -> German name, for the last line of a foreign address (DIN 5008: capitals).
COUNTRIES = {
    "DE": "Deutschland",
    "AT": "Österreich",
    "CH": "Schweiz",
    "NL": "Niederlande",
    "BE": "Belgien",
    "LU": "Luxemburg",
    "FR": "Frankreich",
    "DK": "Dänemark",
    "PL": "Polen",
    "CZ": "Tschechien",
    "IT": "Italien",
    "ES": "Spanien",
    "PT": "Portugal",
    "GB": "Vereinigtes Königreich",
    "IE": "Irland",
    "SE": "Schweden",
    "NO": "Norwegen",
    "FI": "Finnland",
    "GR": "Griechenland",
    "TR": "Türkei",
    "RU": "Russland",
    "UA": "Ukraine",
    "SY": "Syrien",
    "IQ": "Irak",
    "IR": "Iran",
    "AF": "Afghanistan",
    "ER": "Eritrea",
    "RO": "Rumänien",
    "BG": "Bulgarien",
    "HR": "Kroatien",
    "RS": "Serbien",
    "XK": "Kosovo",
    "AL": "Albanien",
    "BA": "Bosnien und Herzegowina",
    "MK": "Nordmazedonien",
    "HU": "Ungarn",
    "SK": "Slowakei",
    "SI": "Slowenien",
    "US": "Vereinigte Staaten",
}


def country_line(code: str | None) -> str:
    """The country line of a postal address: empty for Germany, else the name in capitals."""
    code = (code or "DE").upper()
    if code == "DE":
        return ""
    return COUNTRIES.get(code, code).upper()


@dataclass(frozen=True)
class PostalAddress:
    """A DIN 5008 address block: organisation, department, salutation line, name, street, town, country."""

    name: str
    salutation_line: str = ""  # "Frau", "Herrn", or "" for divers/none
    organisation: str = ""
    department: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "DE"

    def lines(self, max_lines: int = 6) -> list[str]:
        """The address block after DIN 5008 (see :func:`address_lines`)."""
        return address_lines(self, max_lines)


MAX_ADDRESS_LINES = 6  # DIN 5008: the address zone of the window holds six lines


def address_lines(address: PostalAddress, max_lines: int = MAX_ADDRESS_LINES) -> list[str]:
    """The lines of a DIN 5008 address block, at most ``max_lines`` (letters and labels alike).

    Business mail (an organisation is given) names the organisation first, then its
    department, then the person: "Kreis Herford / Kommunales Integrationszentrum / Frau /
    Dr. Ayşe Yılmaz / Amtshausstraße 3 / 32051 Herford". Private mail starts with the
    salutation line. The country line ("ÖSTERREICH") only abroad.

    When there are more lines than the zone holds, these rules apply in turn until it fits:

    1. the salutation joins the name ("Frau Dr. Ayşe Yılmaz");
    2. the department folds into the organisation line ("Caritas, Migrationsdienst");
    3. the department is dropped (the organisation and the person still reach the desk).

    Street, town and country are never dropped; the name and organisation never either.
    """
    town = " ".join(p for p in (address.postcode, address.city) if p)
    salutation, name = address.salutation_line, address.name
    organisation, department = address.organisation, address.department
    country = country_line(address.country)

    def build() -> list[str]:
        if organisation:
            candidates = [organisation, department, salutation, name, address.street, town, country]
        else:
            candidates = [salutation, name, department, address.street, town, country]
        return [line for line in candidates if line]

    lines = build()
    if len(lines) > max_lines and salutation:
        salutation, name = "", f"{salutation} {name}".strip()
        lines = build()
    if len(lines) > max_lines and department and organisation:
        organisation, department = f"{organisation}, {department}", ""
        lines = build()
    if len(lines) > max_lines and (department or organisation != address.organisation):
        organisation, department = address.organisation, ""
        lines = build()
    return lines


class OrganisationLike(Protocol):
    """What the rule reads of an organisation."""

    @property
    def name(self) -> str: ...
    @property
    def street(self) -> str | None: ...
    @property
    def postcode(self) -> str | None: ...
    @property
    def city(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...


class AffiliationWithOrganisation(Protocol):
    """An affiliation as :func:`kidesk.domain.affiliations.primary_affiliation` reads it, with its organisation."""

    @property
    def id(self) -> int | None: ...
    @property
    def is_primary(self) -> bool: ...
    @property
    def valid_to(self) -> dt.date | None: ...
    @property
    def department(self) -> str | None: ...
    @property
    def organisation(self) -> OrganisationLike | None: ...


class NamedPerson(Protocol):
    """What the salutations read of a person."""

    @property
    def salutation(self) -> str | None: ...  # "mrs", "mr", "divers", None
    @property
    def title(self) -> str | None: ...
    @property
    def first_name(self) -> str | None: ...
    @property
    def last_name(self) -> str: ...


class ContactLike(NamedPerson, Protocol):
    """What the address rule reads of a contact (``kidesk.db.models.Contact`` or a dataclass)."""

    @property
    def full_name(self) -> str: ...
    @property
    def street(self) -> str | None: ...
    @property
    def postcode(self) -> str | None: ...
    @property
    def city(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...
    @property
    def department(self) -> str | None: ...
    @property
    def affiliations(self) -> Sequence[AffiliationWithOrganisation]: ...


def _filled(value: str | None) -> bool:
    return bool(value and value.strip())


def salutation_line(person: NamedPerson) -> str:
    """The first line of the address block (DIN 5008: "Frau", "Herrn"; nothing for divers/none)."""
    return {"mrs": "Frau", "mr": "Herrn"}.get(person.salutation or "", "")


def letter_salutation(person: NamedPerson) -> str:
    """ "Sehr geehrte Frau Dr. Yılmaz," / "Sehr geehrter Herr …," / "Guten Tag Vorname Nachname,"."""
    title_last = " ".join(p for p in (person.title, person.last_name) if p)
    if person.salutation == "mrs":
        return f"Sehr geehrte Frau {title_last},"
    if person.salutation == "mr":
        return f"Sehr geehrter Herr {title_last},"
    return f"Guten Tag {' '.join(p for p in (person.title, person.first_name, person.last_name) if p)},"


def postal_address(contact: ContactLike, today: dt.date | None = None) -> PostalAddress | None:
    """Where a letter to ``contact`` goes, or ``None`` when it reaches them nowhere.

    Their own street and town first; the organisation's name is then added as a line when the
    person's street and postcode are the organisation's (a work address typed into the person).
    Otherwise the street and town of their primary organisation, with its name and the
    department (the affiliation's, else the person's).
    """
    affiliation = primary_affiliation(contact.affiliations, today)
    organisation = affiliation.organisation if affiliation is not None else None
    if _filled(contact.street) and _filled(contact.city):
        same_as_org = organisation is not None and (contact.street, contact.postcode) == (
            organisation.street,
            organisation.postcode,
        )
        return PostalAddress(
            name=contact.full_name,
            salutation_line=salutation_line(contact),
            organisation=organisation.name if same_as_org and organisation is not None else "",
            street=contact.street or "",
            postcode=contact.postcode or "",
            city=contact.city or "",
            country=contact.country or "DE",
        )
    if (
        affiliation is not None
        and organisation is not None
        and _filled(organisation.street)
        and _filled(organisation.city)
    ):
        return PostalAddress(
            name=contact.full_name,
            salutation_line=salutation_line(contact),
            organisation=organisation.name,
            department=affiliation.department or contact.department or "",
            street=organisation.street or "",
            postcode=organisation.postcode or "",
            city=organisation.city or "",
            country=organisation.country or "DE",
        )
    return None


def has_postal_address(contact: ContactLike, today: dt.date | None = None) -> bool:
    """Whether a letter reaches ``contact`` (see :func:`postal_address`)."""
    return postal_address(contact, today) is not None
