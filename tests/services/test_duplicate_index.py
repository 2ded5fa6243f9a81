"""The editor's duplicate warning served by stored, indexed name keys (issue 16) finds exactly
what the comparison of every stored contact found, and the keys follow every write."""

from __future__ import annotations

from sqlalchemy import select

from kidesk.db.models import Contact, ContactNameKey, Organisation
from kidesk.services.duplicates import likely_duplicates
from kidesk.services.duplicates.finding import DuplicatePair, _compare, _people, _person
from tests.name_fixtures import DIFFERENT, LONG_FIRST, LONG_LAST, SAME

EMAILS = ["a@example.org", "A@Example.org ", None, "—"]


def _scan(session, first, last, email, exclude_id=None, threshold=80) -> list[DuplicatePair]:
    """The warning as it was before the index: every stored contact read and compared."""
    probe = _person(0, first, last, email)
    result = []
    for person in _people(session):
        if person.id == exclude_id:
            continue
        if (
            not (probe.email and probe.email == person.email)
            and not (person.blocks & probe.blocks)
            and not (person.variants & probe.variants)
        ):
            continue
        found = _compare(probe, person, threshold)
        if found:
            result.append(DuplicatePair(0, person.id, probe.label, person.label, found[0], found[1]))
    result.sort(key=lambda p: -p.score)
    return result


def _names() -> list[tuple[str, str]]:
    pairs = [(a, b) for a, b, *_ in SAME + DIFFERENT] + [(c, d) for _a, _b, c, d, *_ in SAME + DIFFERENT]
    extra = [
        ("Anna", "Schmidt"),
        ("Anna", "Schmitt"),
        ("A.", "Schmidt"),
        ("", "Müller"),
        ("Hans", "Mueller"),
        ("Schmidt", "Anna"),
        (LONG_FIRST, LONG_LAST),
        ("<b>Fett</b>", "=SUM(A1)"),
        ("Zeynep", "Yılmaz"),
        ("Zeynep", "Yilmaz"),
    ]
    return pairs + extra


def test_the_indexed_warning_equals_the_full_comparison(db):
    people = _names()
    with db.session() as s:
        for i, (first, last) in enumerate(people):
            s.add(Contact(first_name=first, last_name=last or "x", email=EMAILS[i % len(EMAILS)]))
    with db.session() as s:
        for i, (first, last) in enumerate(people):
            for email in (EMAILS[i % len(EMAILS)], "other@example.org"):
                expected = _scan(s, first, last or "x", email, exclude_id=i + 1)
                got = likely_duplicates(s, first, last or "x", email, exclude_id=i + 1)
                assert got == expected, (first, last, email)
        assert any(likely_duplicates(s, "Anna", "Schmitt"))  # the test is not vacuous


def test_keys_follow_edits_and_deletes(db):
    with db.session() as s:
        c = Contact(first_name="Ayşe", last_name="Yılmaz", email="ayse@example.org")
        s.add(c)
    with db.session() as s:
        assert [p.second_id for p in likely_duplicates(s, "Ayse", "Yilmaz")] == [c.id]
        stored = s.get(Contact, c.id)
        stored.last_name = "Öztürk"
        stored.email = None
    with db.session() as s:
        assert likely_duplicates(s, "Ayse", "Yilmaz") == []
        assert [p.second_id for p in likely_duplicates(s, "Ayşe", "Ozturk")] == [c.id]
        assert s.get(Contact, c.id).last_name_sort == "ozturk"
        s.delete(s.get(Contact, c.id))
    with db.session() as s:
        assert s.scalars(select(ContactNameKey)).all() == []


def test_sort_keys_are_stored_on_insert_and_update(db):
    with db.session() as s:
        s.add(Organisation(name="Çağdaş Derneği", city="Löhne"))
        s.add(Contact(first_name="İnce", last_name="Strauß", city="Bünde"))
    with db.session() as s:
        org = s.scalars(select(Organisation)).one()
        contact = s.scalars(select(Contact)).one()
        assert (org.name_sort, org.city_sort) == ("cagdas dernegi", "lohne")
        assert (contact.last_name_sort, contact.first_name_sort, contact.city_sort) == ("strauss", "ince", "bunde")
        org.name = "Ärzte ohne Grenzen"
        contact.function = "Leitung"
    with db.session() as s:
        assert s.scalars(select(Organisation.name_sort)).one() == "arzte ohne grenzen"
        assert s.scalars(select(Contact.function_sort)).one() == "leitung"


def test_an_import_stores_the_sort_and_name_keys(db, tmp_path):
    from kidesk.services.contact_import import apply_import, load_table, plan_import

    path = tmp_path / "liste.csv"
    path.write_text("Vorname;Nachname;Ort;E-Mail\nAyşe;Yılmaz;Bünde;ayse@example.org\n", encoding="utf-8")
    apply_import(db, plan_import(db, load_table(path)))
    with db.session() as s:
        contact = s.scalars(select(Contact)).one()
        assert (contact.last_name_sort, contact.first_name_sort, contact.city_sort) == ("yilmaz", "ayse", "bunde")
        assert [p.second_id for p in likely_duplicates(s, "Ayse", "Yilmaz")] == [contact.id]
