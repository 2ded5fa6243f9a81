"""The demo data set: complete, fictional-looking, multi-script and deterministic."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest
from sqlalchemy import func, select

from kidesk.db import settings
from kidesk.db.database import open_database
from kidesk.db.models import (
    Contact,
    Event,
    EventHost,
    EventSeries,
    Network,
    Organisation,
    Participation,
    Volunteer,
    VolunteerLanguage,
)
from kidesk.db.search import is_search_table, search
from kidesk.services.demo_data import (
    MODULES,
    POLICE_CERTIFICATE_DUE_SOON_DAYS,
    POLICE_CERTIFICATE_VALID_YEARS,
    SERIES_TITLE,
    THANK_YOU_TITLE,
    DemoDataPresent,
    ensure_demo_database,
    fill_demo_data,
    police_certificate_due,
)

TODAY = dt.date(2026, 3, 11)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """One filled database shared by the read-only checks below (filling takes a second)."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    counts = fill_demo_data(database, today=TODAY)
    database.counts = counts
    yield database
    database.dispose()


def _count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


def test_counts_match_the_issue(demo_db):
    with demo_db.session() as s:
        assert _count(s, Contact) == 200
        assert _count(s, Volunteer) == 100
        assert 8 <= _count(s, Contact, Contact.is_staff.is_(True)) <= 12
        assert _count(s, Organisation) >= 30
        series = s.scalars(select(EventSeries)).one()
        assert series.title == SERIES_TITLE
        assert (series.module_count, series.certificate_min_modules) == (12, 8)
        assert sorted(e.module_number for e in series.events) == list(range(1, 13))
        assert all(e.kind == "qualification_module" for e in series.events)
    assert demo_db.counts["Kontakte"] == 200
    assert demo_db.counts["Ehrenamtliche"] == 100


def test_widunetz_network(demo_db):
    with demo_db.session() as s:
        network = s.scalars(select(Network)).one()
        assert network.short_name == "widunetz"
        assert network.founded_on == dt.date(2008, 2, 27)
        assert network.coordinator.name == "Kreis Herford – Kommunales Integrationszentrum"
        by_name = {m.organisation.name: m for m in network.memberships}
        assert by_name["Caritasverband für die Stadt und den Kreis Herford e.V."].role == "Projektgruppe"
        assert by_name["Caritasverband für die Stadt und den Kreis Herford e.V."].joined_on.year == 2005
        assert by_name["Stadt Vlotho"].joined_on == dt.date(2008, 2, 27)
        assert sum(1 for m in network.memberships if m.left_on is not None) >= 2
        for member in (
            "Agentur für Arbeit Herford",
            "Jobcenter Herford",
            "Gemeinde Rödinghausen",
            "Kreissportbund Herford e.V.",
        ):
            assert member in by_name


def test_public_institutions_and_hierarchy(demo_db):
    with demo_db.session() as s:
        orgs = {o.name: o for o in s.scalars(select(Organisation))}
        drk = orgs["Deutsches Rotes Kreuz KV Herford-Stadt e.V."]
        assert (drk.street, drk.postcode, drk.city, drk.phone, drk.fax) == (
            "Wittekindstraße 21",
            "32051",
            "Herford",
            "05221 / 56784",
            "05221 / 54953",
        )
        assert drk.kind == "welfare"
        kreis = orgs["Kreis Herford"]
        children = {c.name for c in kreis.children}
        assert "Kreis Herford – Kommunales Integrationszentrum" in children
        assert "Kreis Herford – Gleichstellungsstelle" in children
        assert len(children) >= 6
        for town in (
            "Stadt Bünde",
            "Stadt Herford",
            "Stadt Löhne",
            "Stadt Enger",
            "Stadt Spenge",
            "Stadt Vlotho",
            "Gemeinde Hiddenhausen",
            "Gemeinde Kirchlengern",
            "Gemeinde Rödinghausen",
        ):
            assert orgs[town].kind == "municipality"
        assert orgs["Jobcenter Herford"].kind == "job_centre"
        assert any(o.kind == "migrant_org" for o in orgs.values())
        assert any(o.kind == "school" for o in orgs.values())
        assert any("&" in name and "<" in name for name in orgs)  # escaping test material for print products


def test_settings_name_our_ki_and_a_staff_sender(demo_db):
    with demo_db.session() as s:
        own = s.get(Organisation, settings.get(s, settings.OWN_ORGANISATION_ID))
        sender = s.get(Contact, settings.get(s, settings.LETTER_SENDER_CONTACT_ID))
        assert own.name == "Kreis Herford – Kommunales Integrationszentrum"
        assert sender.is_staff and sender.function == "Verwaltungsassistenz" and sender.room == "1.30"
        assert re.fullmatch(r"05221/13-\d{4}", sender.phone)
        assert (sender.first_name, sender.last_name) != ("Gudrun", "Kirchhoff")  # no real person
        assert own.id in {a.organisation_id for a in sender.affiliations}


def test_no_real_addresses_or_seed_people(demo_db):
    with demo_db.session() as s:
        emails = [e for e in s.scalars(select(Contact.email)) if e]
        names = {(c.first_name, c.last_name) for c in s.scalars(select(Contact))}
    assert emails and all(re.search(r"(\.example|@example\.(org|net|com))$", e) for e in emails)
    for real in (("Gudrun", "Kirchhoff"), ("Petra", "Schwenk"), ("Sogol", "Samimi"), ("Jürgen", "Müller")):
        assert real not in names


def test_names_in_all_scripts(demo_db):
    with demo_db.session() as s:
        names = [f"{c.first_name} {c.last_name}" for c in s.scalars(select(Contact))]
    text = "\n".join(names)
    assert len(re.findall(r"[\u0600-\u06FF]", text)) > 0, "Arabic script"
    assert re.search(r"[پچژگ\u06CC\u06A9]", text), "Persian-specific letters"
    assert re.search(r"[\u0400-\u04FF]", text), "Cyrillic"
    assert re.search(r"[şŞğĞıİ]", text), "Turkish letters"
    assert re.search(r"[êîûÊÎÛ]", text), "Kurdish (Kurmancî) letters"
    arabic_script_people = [n for n in names if re.search(r"[\u0600-\u06FF]", n)]
    assert len(arabic_script_people) >= 8


def test_people_have_realistic_details(demo_db):
    with demo_db.session() as s:
        contacts = s.scalars(select(Contact)).all()
        salutations = {c.salutation for c in contacts}
        assert {"mrs", "mr"} <= salutations and salutations & {"diverse", "none"}
        assert any(c.title == "Dr." for c in contacts)
        without_address = [c for c in contacts if not c.street]
        assert 2 <= len(without_address) <= 15
        postcodes = {c.postcode for c in contacts if c.postcode}
        assert {"32257", "32130", "32120", "32278", "32584", "32289", "32139", "32602"} <= postcodes
        assert postcodes & {"32049", "32051", "32052"}
        partner_staff = [
            c for c in contacts if not c.is_staff and c.affiliations and c.function and c.volunteer is None
        ]
        assert len(partner_staff) >= 55
        assert all(sum(a.is_primary for a in c.affiliations) == 1 for c in partner_staff)


def test_active_arabic_speakers_in_loehne(demo_db):
    with demo_db.session() as s:
        found = s.scalars(
            select(Volunteer)
            .join(VolunteerLanguage)
            .where(
                Volunteer.status == "active",
                Volunteer.municipality == "Löhne",
                VolunteerLanguage.language == "Arabisch",
            )
        ).all()
        assert len(found) >= 3
        statuses = dict(s.execute(select(Volunteer.status, func.count()).group_by(Volunteer.status)).all())
        assert statuses["active"] > 60 and statuses["paused"] > 0 and statuses["inactive"] > 0
        towns = {t for (t,) in s.execute(select(Volunteer.municipality).distinct())}
        assert len(towns) == 9
        levels = {lvl for (lvl,) in s.execute(select(VolunteerLanguage.level).distinct())}
        assert {"native", "B1", "C1"} <= levels


def test_police_certificates_due_soon_follow_the_rule(demo_db):
    horizon = TODAY + dt.timedelta(days=POLICE_CERTIFICATE_DUE_SOON_DAYS)
    with demo_db.session() as s:
        volunteers = s.scalars(select(Volunteer).where(Volunteer.police_certificate_inspected_on.is_not(None))).all()
        for v in volunteers:
            assert v.police_certificate_due_on == police_certificate_due(v.police_certificate_inspected_on)
        due_soon = [v for v in volunteers if v.status == "active" and TODAY <= v.police_certificate_due_on <= horizon]
        overdue = [v for v in volunteers if v.police_certificate_due_on < TODAY]
    assert len(due_soon) >= 4
    assert overdue
    assert POLICE_CERTIFICATE_VALID_YEARS == 5
    assert police_certificate_due(dt.date(2020, 2, 29)) == dt.date(2025, 2, 28)


def test_series_certificate_rule_is_met_by_some_and_not_all(demo_db):
    with demo_db.session() as s:
        attended = s.execute(
            select(Participation.contact_id, func.count())
            .join(Event)
            .where(Event.series_id.is_not(None), Participation.status == "attended", Participation.role == "guest")
            .group_by(Participation.contact_id)
        ).all()
        counts = [n for _, n in attended]
        assert any(n >= 8 for n in counts)
        assert any(n < 8 for n in counts)
        events = s.scalars(select(Event).where(Event.series_id.is_not(None))).all()
        upcoming = [e for e in events if e.starts_at.date() > TODAY]
        assert len(upcoming) >= 2
        assert all(e.status != "done" for e in upcoming)
        for e in upcoming:
            assert {p.status for p in e.participations} & {"invited", "registered"}
            assert not any(p.status == "attended" for p in e.participations)
        # Every participation carries its status history, ending in its current status.
        for p in s.scalars(select(Participation)).all():
            assert p.history and p.history[-1].to_status == p.status
            assert p.history[0].to_status == "invited"


def test_module_twelve_fit_fuer_den_konsumalltag(demo_db):
    with demo_db.session() as s:
        event = s.scalars(select(Event).where(Event.module_number == 12)).one()
        assert event.title == MODULES[11][0] == "Fit für den Konsumalltag"
        assert "Verbraucherzentrale NRW" in event.description
        assert (event.venue_name, event.room) == ("Kreishaus Herford", "Ebene 3")
        assert (event.starts_at.time(), event.ends_at.time()) == (dt.time(17), dt.time(19))
        speakers = [p for p in event.participations if p.role == "speaker"]
        assert len(speakers) == 2
        for p in speakers:
            assert any(a.organisation.name == "Verbraucherzentrale NRW e.V." for a in p.contact.affiliations)
        hosts = s.scalars(select(EventHost).where(EventHost.event_id == event.id).order_by(EventHost.position)).all()
        assert [h.role for h in hosts].count("co_host") == 3
        assert [(h.role, h.organisation.name) for h in hosts if h.role == "organiser"] == [
            ("organiser", "Kreis Herford – Kommunales Integrationszentrum")
        ]
        co_hosts = {h.organisation.name for h in hosts if h.role == "co_host"}
        assert {"Kreis Herford – Gleichstellungsstelle", "Deutsches Rotes Kreuz KV Herford-Stadt e.V."} <= co_hosts
        assert _count(s, EventHost, EventHost.role == "funder") > 0


def test_thank_you_event(demo_db):
    with demo_db.session() as s:
        event = s.scalars(select(Event).where(Event.kind == "thank_you")).one()
        assert event.title == THANK_YOU_TITLE
        assert event.venue_name == "Jugendgästehaus Rödinghausen"
        guests = [p for p in event.participations if p.role == "guest"]
        assert sum(p.status == "attended" for p in guests) == 80
        assert any(p.status == "declined" for p in guests)
        assert _count(s, Event, Event.kind == "network_meeting") >= 1


def test_fulltext_search_finds_the_partners(demo_db):
    with demo_db.session() as s:
        assert search(s, "Herford")
        caritas = search(s, "Caritas", kinds=("organisation",))
        assert any(hit.title.startswith("Caritasverband") for hit in caritas)
        arabic = next(
            c for c in s.scalars(select(Contact).order_by(Contact.id)) if re.match(r"[\u0600-\u06FF]", c.last_name)
        )
        assert any(hit.id == arabic.id for hit in search(s, arabic.last_name, kinds=("contact",)))


def _dump(path) -> dict[str, list[tuple]]:
    """Every table's rows in rowid order, without the bookkeeping timestamps."""
    con = sqlite3.connect(path)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        result = {}
        for table in tables:
            if is_search_table(table):
                continue
            skipped = ("created_at", "updated_at", "at")  # "at": when an audit entry was written
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in skipped]
            result[table] = con.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
        return result
    finally:
        con.close()


def test_same_today_gives_identical_data(tmp_path):
    dumps = []
    for name in ("a.sqlite", "b.sqlite"):
        database = open_database(tmp_path / name)
        fill_demo_data(database, today=TODAY)
        database.dispose()
        dumps.append(_dump(tmp_path / name))
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["contacts"]) == 200
    # And dates really follow ``today``: a later day moves the events with it.
    database = open_database(tmp_path / "c.sqlite")
    fill_demo_data(database, today=TODAY + dt.timedelta(days=7))
    database.dispose()
    later = _dump(tmp_path / "c.sqlite")
    assert later["contacts"] == dumps[0]["contacts"]
    assert later["events"] != dumps[0]["events"]


def test_fill_refuses_a_database_with_contacts(db):
    with db.session() as s:
        s.add(Contact(last_name="Yılmaz", first_name="Ayşe"))
    with pytest.raises(DemoDataPresent, match="enthält schon Kontakte"):
        fill_demo_data(db, today=TODAY)
    with db.session() as s:
        assert _count(s, Contact) == 1
        assert _count(s, Organisation) == 0


def test_ensure_demo_database_fills_once_and_touches_nothing_else(tmp_path):
    own = open_database(tmp_path / "own.sqlite")
    with own.session() as s:
        s.add(Contact(last_name="Brinkmann"))
    demo_path = tmp_path / "demo" / "kidesk-demo.sqlite"
    first = ensure_demo_database(demo_path, today=TODAY)
    with first.session() as s:
        assert _count(s, Contact) == 200
    first.dispose()
    second = ensure_demo_database(demo_path, today=TODAY + dt.timedelta(days=30))
    with second.session() as s:
        assert _count(s, Contact) == 200
        assert _count(s, Event) == len(MODULES) + 4
    second.dispose()
    with own.session() as s:
        assert [c.last_name for c in s.scalars(select(Contact))] == ["Brinkmann"]
    own.dispose()
