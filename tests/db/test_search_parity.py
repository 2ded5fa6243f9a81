"""The same search gives the same hits on SQLite (FTS5) and PostgreSQL (tsvector) (issue 20, item 2).

Every name form of tests/name_fixtures.py (docs/NAMES.md) is stored on both backends, then looked
up by each written form, by its first three letters, in capitals, with pasted marks and with
markup: the hit sets must be equal, query by query.
"""

from __future__ import annotations

import pytest

from kidesk.db import search
from kidesk.db.database import open_database
from kidesk.db.models import Contact, Organisation
from tests.name_fixtures import DIFFERENT_PEOPLE, SAME

PEOPLE = sorted(
    {(a, b) for a, b, *_ in SAME + DIFFERENT_PEOPLE} | {(c, d) for _, _, c, d, _ in SAME + DIFFERENT_PEOPLE}
)
ORGANISATIONS = ["Caritas Herford <b>&</b>", "=SUM(A1) e.V.", "Diakonie Löhne-Bünde", "مرکز فرهنگی افغان‌ها"]


def _queries() -> list[str]:
    found: list[str] = []
    for first, last in PEOPLE:
        for word in (first, last, f"{first} {last}", last.upper()):
            if word.strip():
                found.append(word)
        found.append(last[:3])
    found += ["car her", "sum", "loehne", "LÖHNE", "bunde", "فرهنگ", "افغان", "<b>", "&", "Müller", "Mueller", "weiss"]
    return list(dict.fromkeys(found))


def _fill(db) -> None:
    with db.session() as session:
        session.add_all(Organisation(name=name) for name in ORGANISATIONS)
        session.add_all(Contact(first_name=first, last_name=last or "?") for first, last in PEOPLE)


def _hits(db, query: str) -> list[tuple[str, str]]:
    with db.session() as session:
        return sorted((hit.kind, hit.title) for hit in search.search(session, query, limit=500))


def test_every_name_form_finds_the_same_records_on_both_backends(tmp_path, pg_url):
    lite = open_database(tmp_path / "kidesk.sqlite")
    server = open_database(pg_url)
    try:
        _fill(lite)
        _fill(server)
        differ = {}
        total = 0
        for query in _queries():
            expected = _hits(lite, query)
            total += len(expected)
            got = _hits(server, query)
            if got != expected:
                differ[query] = (expected, got)
        assert differ == {}
        assert total > len(PEOPLE)  # the queries do find people (the comparison is not of empty lists)
    finally:
        lite.dispose()
        server.dispose()


@pytest.mark.parametrize("query", ["Mueller", "Müller", "muller", "MÜLLER"])
def test_umlaut_forms_find_mueller_and_mueller_on_the_server(pg_url, query):
    db = open_database(pg_url)
    try:
        with db.session() as session:
            session.add_all(
                [Contact(first_name="Jürgen", last_name="Müller"), Contact(first_name="Jan", last_name="Mueller")]
            )
        found = {title for _, title in _hits(db, query)}
        assert "Jürgen Müller" in found
        if query.lower() != "muller":
            assert "Jan Mueller" in found
    finally:
        db.dispose()


def test_the_server_folds_typed_text_with_the_rules_the_sqlite_query_uses():
    """search_pg takes SEARCH_FOLD and the digraphs from migration 0002; the live ones must equal them."""
    from kidesk.db import search_pg

    assert search_pg.search_fold("İbrahim Öztürk Weiß مُحَمَّد Ёлкин") == search.search_fold(
        "İbrahim Öztürk Weiß مُحَمَّد Ёлкин"
    )
    frozen = {ord(a): b for a, b in search_pg._frozen().DIGRAPHS}
    assert frozen == search._DIGRAPHS
