"""The FTS5 index follows every write through its triggers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from kidesk.db import search
from kidesk.db.models import Affiliation, Contact, Event, EventSeries, Organisation


@pytest.fixture
def filled(db):
    with db.session() as s:
        caritas = Organisation(
            name="Caritasverband für die Stadt und den Kreis Herford e.V.",
            short_name="Caritas",
            kind="welfare",
            city="Herford",
        )
        ayse = Contact(title="Dr.", first_name="Ayşe", last_name="Yılmaz", city="Bünde", salutation="mrs")
        ayse.affiliations.append(Affiliation(organisation=caritas, role="Migrationsberatung"))
        s.add_all(
            [
                ayse,
                Contact(first_name="Jörg", last_name="Müller", city="Löhne"),
                Contact(first_name="Олена", last_name="Коваленко", city="Vlotho"),
                Contact(first_name="سارا", last_name="رحیمی", city="Enger"),
                Event(
                    title="Fit für den Konsumalltag",
                    starts_at=dt.datetime(2017, 6, 6, 17),
                    venue_name="Kreishaus Herford",
                    room="Ebene 3",
                    series=EventSeries(title="Basisqualifikation für Ehrenamtliche"),
                    module_number=12,
                ),
            ]
        )
    return db


def _titles(db, query, **kw):
    with db.session() as s:
        return [h.title for h in search.search(s, query, **kw)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("car", "Dr. Ayşe Yılmaz"),  # found through her organisation
        ("yilmaz", "Dr. Ayşe Yılmaz"),  # dotless ı folded
        ("ayse", "Dr. Ayşe Yılmaz"),  # ş without diacritic
        ("muller", "Jörg Müller"),
        ("Коваленко", "Олена Коваленко"),
        ("رحیمی", "سارا رحیمی"),
        ("konsum", "Fit für den Konsumalltag"),
        ("basisquali", "Fit für den Konsumalltag"),  # through the series title
    ],
)
def test_search_finds_people_organisations_and_events(filled, query, expected):
    assert expected in _titles(filled, query)


def test_all_words_must_match(filled):
    assert _titles(filled, "caritas bünde") == ["Dr. Ayşe Yılmaz"]
    assert _titles(filled, "caritas löhne") == []


def test_kinds_filter(filled):
    assert _titles(filled, "herford", kinds=("organisation",)) == [
        "Caritasverband für die Stadt und den Kreis Herford e.V."
    ]


def test_renaming_an_organisation_reindexes_its_people(filled):
    with filled.session() as s:
        s.scalars(select(Organisation)).one().name = "Sozialdienst Nordstadt"
    assert "Dr. Ayşe Yılmaz" in _titles(filled, "nordstadt")
    assert "Dr. Ayşe Yılmaz" not in _titles(filled, "caritasverband")


def test_deleted_and_unlinked_rows_leave_the_index(filled):
    with filled.session() as s:
        s.execute(text("DELETE FROM affiliations"))
        s.execute(text("DELETE FROM contacts WHERE last_name = 'Müller'"))
    assert _titles(filled, "caritas", kinds=("contact",)) == []
    assert _titles(filled, "muller") == []


@pytest.mark.parametrize(
    "nasty", ['"', 'a"b', "AND", "NEAR(", "*", "-", "^x", "(", "OR OR", "'; DROP TABLE contacts; --"]
)
def test_any_typed_text_is_a_safe_query(filled, nasty):
    _titles(filled, nasty)  # must not raise
    with filled.session() as s:
        assert s.scalar(text("SELECT count(*) FROM contacts")) == 4


def test_matching_ids_subquery_filters_a_list(filled):
    with filled.session() as s:
        ids = search.matching_ids("vlotho", "contact")
        names = s.scalars(select(Contact.last_name).where(Contact.id.in_(ids))).all()
    assert names == ["Коваленко"]
    assert search.matching_ids("  !! ", "contact") is None


def test_rebuild_restores_a_cleared_index(filled):
    with filled.session() as s:
        s.execute(text("DELETE FROM search_index"))
        search.rebuild(s)
    assert "Jörg Müller" in _titles(filled, "jörg")


def test_names_people_look_things_up_by_come_first(filled):
    with filled.session() as s:
        s.add(Contact(first_name="Carla", last_name="Hartmann", city="Herford"))
    # "Ca" starts Caritas' name and Carla's first name: the organisation's name wins,
    # as a person's last name would ("Har" finds Hartmann first).
    assert _titles(filled, "ca")[0] == "Caritasverband für die Stadt und den Kreis Herford e.V."
    assert _titles(filled, "har")[0] == "Carla Hartmann"
