"""The postal-address rule and the salutations on plain dataclasses (no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from kidesk.domain.addresses import (
    PostalAddress,
    country_line,
    has_postal_address,
    letter_salutation,
    postal_address,
    salutation_line,
)

TODAY = dt.date(2026, 12, 3)


@dataclass(frozen=True)
class Org:
    name: str
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Aff:
    id: int
    organisation: Org
    is_primary: bool = False
    valid_to: dt.date | None = None
    department: str | None = None


@dataclass(frozen=True)
class Person:
    last_name: str
    first_name: str | None = None
    title: str | None = None
    salutation: str | None = "none"
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    department: str | None = None
    affiliations: list[Aff] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)


KREIS = Org("Kreis Herford", street="Amtshausstraße 3", postcode="32051", city="Herford")
DRK = Org("DRK Kreisverband Herford-Stadt e.V.", street="Mühlenweg 3", postcode="32130", city="Enger")
NO_ADDRESS_ORG = Org("Initiative ohne Büro")


def address_of(person: Person, today: dt.date = TODAY) -> PostalAddress:
    address = postal_address(person, today)
    assert address is not None, person
    return address


def test_own_address_wins_and_names_no_organisation():
    person = Person(
        "Yılmaz",
        "Ayşe",
        "Dr.",
        "mrs",
        street="Löhrstraße 9",
        postcode="32052",
        city="Herford",
        affiliations=[Aff(1, DRK)],
    )
    assert postal_address(person, TODAY) == PostalAddress(
        name="Dr. Ayşe Yılmaz",
        salutation_line="Frau",
        street="Löhrstraße 9",
        postcode="32052",
        city="Herford",
        country="DE",
    )
    assert has_postal_address(person, TODAY)


def test_own_address_equal_to_the_organisations_adds_its_name():
    person = Person(
        "Kirchhoff",
        "Gudrun",
        salutation="mrs",
        street="Amtshausstraße 3",
        postcode="32051",
        city="Herford",
        affiliations=[Aff(1, KREIS)],
    )
    assert address_of(person).lines() == [  # DIN 5008 business mail: organisation first
        "Kreis Herford",
        "Frau",
        "Gudrun Kirchhoff",
        "Amtshausstraße 3",
        "32051 Herford",
    ]


def test_without_own_address_the_primary_organisations_address_with_department():
    person = Person(
        "Größmann",
        "Jürgen",
        salutation="mr",
        department="Eigene Abteilung",
        affiliations=[Aff(1, KREIS), Aff(2, DRK, is_primary=True, department="Ehrenamt")],
    )
    address = postal_address(person, TODAY)
    assert address == PostalAddress(
        name="Jürgen Größmann",
        salutation_line="Herrn",
        organisation="DRK Kreisverband Herford-Stadt e.V.",
        department="Ehrenamt",
        street="Mühlenweg 3",
        postcode="32130",
        city="Enger",
    )
    # the person's department stands in when the affiliation has none
    person = Person("Größmann", "Jürgen", department="Eigene Abteilung", affiliations=[Aff(1, DRK)])
    assert address_of(person).department == "Eigene Abteilung"


def test_an_ended_primary_affiliation_gives_way_to_a_current_one():
    person = Person(
        "Petrova", "Ольга", affiliations=[Aff(1, KREIS, is_primary=True, valid_to=dt.date(2025, 12, 31)), Aff(2, DRK)]
    )
    assert address_of(person).organisation == DRK.name
    # a year earlier the Kreis was still current and primary
    assert address_of(person, dt.date(2025, 6, 1)).organisation == KREIS.name


@pytest.mark.parametrize(
    "person",
    [
        Person("Ohneadresse", "Otto"),
        Person("Ohneadresse", "Otto", street="Hauptstraße 1"),  # no town
        Person("Ohneadresse", "Otto", street="   ", city="Herford"),  # blank street
        Person("Ohneadresse", "Otto", affiliations=[Aff(1, NO_ADDRESS_ORG)]),
        # the primary organisation has no address: a secondary one's address is not used
        Person("Ohneadresse", "Otto", affiliations=[Aff(1, DRK), Aff(2, NO_ADDRESS_ORG, is_primary=True)]),
    ],
)
def test_no_postal_address(person):
    assert postal_address(person, TODAY) is None
    assert not has_postal_address(person, TODAY)


def test_foreign_country_is_the_last_line_in_capitals():
    person = Person(
        "الأحمد", "محمد", salutation="mr", street="Hauptstraße 1", postcode="1010", city="Wien", country="AT"
    )
    assert address_of(person).lines() == ["Herrn", "محمد الأحمد", "Hauptstraße 1", "1010 Wien", "ÖSTERREICH"]
    assert country_line("de") == "" and country_line(None) == "" and country_line("ZZ") == "ZZ"


@pytest.mark.parametrize(
    ("salutation", "line", "greeting"),
    [
        ("mrs", "Frau", "Sehr geehrte Frau Dr. Yılmaz,"),
        ("mr", "Herrn", "Sehr geehrter Herr Dr. Yılmaz,"),
        ("divers", "", "Guten Tag Dr. Ayşe Yılmaz,"),
        ("none", "", "Guten Tag Dr. Ayşe Yılmaz,"),
        (None, "", "Guten Tag Dr. Ayşe Yılmaz,"),
    ],
)
def test_salutations(salutation, line, greeting):
    person = Person("Yılmaz", "Ayşe", "Dr.", salutation)
    assert salutation_line(person) == line
    assert letter_salutation(person) == greeting


def test_greeting_without_title_or_first_name():
    assert letter_salutation(Person("Ahmadi", salutation="mr")) == "Sehr geehrter Herr Ahmadi,"
    assert letter_salutation(Person("Ahmadi")) == "Guten Tag Ahmadi,"
