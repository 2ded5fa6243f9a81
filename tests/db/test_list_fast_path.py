"""Issue 16: a contacts list without typed text runs as SQLite SQL text on the DB-API cursor.
It must give exactly the rows, order and count of the portable SQLAlchemy path, for every
sort column and direction and filter, with hard names in the data."""

from __future__ import annotations

import pytest

from kidesk.db import list_queries
from kidesk.db.database import open_database
from kidesk.db.list_queries import CONTACT_COLUMNS, ContactListQuery, contact_count, contact_page
from kidesk.db.models import Affiliation, Contact, Organisation
from kidesk.services.demo_data import fill_demo_data

HARD = [
    ("مریم", "رضایی"),
    ("Nilufar", "Mohammadi\u200cpour"),
    ("Şîrîn", "Kurdî"),
    ("Олена", "Шевченко"),
    ("İlkay", "Işık"),
    ("A" * 70, "B" * 70),
    ("<b>Bold</b> & Co", "=SUM(A1)"),
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("fast") / "demo.sqlite")
    fill_demo_data(database)
    with database.session() as s:
        org = Organisation(name="Verein „Ümit“ & Partner", kind="other")
        s.add(org)
        for first, last in HARD:
            s.add(Contact(first_name=first, last_name=last, city="Köln", affiliations=[Affiliation(organisation=org)]))
    yield database
    database.dispose()


def _both(db, query: ContactListQuery, monkeypatch, offset: int = 0, limit: int = 100_000):
    with db.session() as s:
        assert list_queries._fast(s, query) == (not query.search_text and not query.city)
        fast = contact_page(s, query, offset, limit), contact_count(s, query)
    with monkeypatch.context() as m:
        m.setattr(list_queries, "_fast", lambda *_a: False)
        with db.session() as s:
            portable = contact_page(s, query, offset, limit), contact_count(s, query)
    return fast, portable


@pytest.mark.parametrize("column", CONTACT_COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_order_gives_the_portable_rows(demo_db, monkeypatch, column, descending):
    fast, portable = _both(demo_db, ContactListQuery(sort_column=column, descending=descending), monkeypatch)
    assert fast[1] > len(HARD)  # the demo and the hard names are there: the comparison compares something
    assert fast == portable


def test_filters_pages_and_an_empty_page(demo_db, monkeypatch):
    with demo_db.session() as s:
        org_id = s.query(Organisation.id).filter(Organisation.name.like("Verein%")).scalar()
    for query in (
        ContactListQuery(organisation_id=org_id),
        ContactListQuery(staff_only=True),
        ContactListQuery(volunteers_only=True),
        ContactListQuery(city="Köln"),  # typed text: the portable path on both sides
        ContactListQuery(search_text="=SUM"),
    ):
        fast, portable = _both(demo_db, query, monkeypatch)
        assert fast == portable
    fast, portable = _both(demo_db, ContactListQuery(organisation_id=org_id), monkeypatch)
    assert {r.last_name for r in fast[0]} == {last for _first, last in HARD}
    fast, portable = _both(demo_db, ContactListQuery(), monkeypatch, offset=3, limit=5)
    assert fast == portable and len(fast[0]) == 5
    fast, portable = _both(demo_db, ContactListQuery(), monkeypatch, offset=10**6, limit=100)
    assert fast == portable and fast[0] == [] and fast[1] > 0
