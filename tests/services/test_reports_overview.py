"""The start page's content: next events with seats and deadline, what is due, recent changes, the year."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

from sqlalchemy import insert, update

from kidesk.db.models import Contact, Event, Participation, Volunteer
from kidesk.db.queries import set_participation_status
from kidesk.services.reports.model import RecordRef
from kidesk.services.reports.overview import RECENT_LIMIT, UPCOMING_LIMIT, overview

NOW = dt.datetime(2026, 3, 2, 9, 0)


def _office(db):
    with db.session() as s:
        people = [Contact(first_name=f, last_name=lname, city="Herford") for f, lname in
                  (("Ayşe", "Yılmaz"), ("Олена", "Коваленко"), ("نرگس", "محمدی‌نژاد"), ("", "<b>&=SUM(A1)"))]  # fmt: skip
        s.add_all(people)
        s.flush()
        soon = Event(title="Modul 4", starts_at=NOW + dt.timedelta(days=3), kind="qualification_module",
                     capacity=2, registration_deadline=NOW.date() - dt.timedelta(days=1), status="confirmed")  # fmt: skip
        empty = Event(title="Infoabend ohne Liste", starts_at=NOW + dt.timedelta(days=20), kind="information")
        later = Event(title="Sommerfest", starts_at=NOW + dt.timedelta(days=60), kind="thank_you")
        gone = Event(title="Abgesagt", starts_at=NOW + dt.timedelta(days=5), kind="other", status="cancelled")
        past = Event(title="Januar-Treffen", starts_at=dt.datetime(2026, 1, 20, 18), kind="network_meeting",
                     status="done")  # fmt: skip
        s.add_all([soon, empty, later, gone, past])
        s.flush()
        for contact, status in zip(people, ("registered", "attended", "invited", "declined"), strict=True):
            p = Participation(event_id=soon.id, contact_id=contact.id)
            s.add(p)
            set_participation_status(p, status, when=NOW)
        for contact in people[:3]:
            p = Participation(event_id=past.id, contact_id=contact.id)
            s.add(p)
            set_participation_status(p, "attended", when=past.starts_at)
        p = Participation(event_id=later.id, contact_id=people[0].id)
        s.add(p)
        set_participation_status(p, "invited", when=NOW)
        overdue = Volunteer(contact_id=people[0].id, status="active", active_since=dt.date(2020, 1, 1),
                            police_certificate_due_on=NOW.date() - dt.timedelta(days=3))  # fmt: skip
        consent = Volunteer(contact_id=people[1].id, status="active", active_since=dt.date(2025, 1, 1),
                            consent_given_on=dt.date(2024, 3, 20))  # fmt: skip
        s.add_all([overdue, consent])
        s.flush()
        return {"soon": soon.id, "empty": empty.id, "later": later.id, "gone": gone.id, "overdue": overdue.id,
                "consent": consent.id, "people": [c.id for c in people]}  # fmt: skip


def test_upcoming_events_with_seats_and_deadline(db):
    ids = _office(db)
    data = overview(db, now=NOW)
    assert [e.title for e in data.upcoming] == ["Modul 4", "Infoabend ohne Liste", "Sommerfest"]  # not the cancelled
    soon = data.upcoming[0]
    assert soon.ref == RecordRef("event", ids["soon"])
    assert (soon.seats_taken, soon.capacity, soon.on_list) == (2, 2, 4)  # registered + attended take seats
    assert soon.full and soon.deadline_passed(NOW.date())
    assert not data.upcoming[2].deadline_passed(NOW.date())


def test_what_is_due(db):
    ids = _office(db)
    due = overview(db, now=NOW).due
    kinds = [(d.kind, d.ref) for d in due]
    assert ("police_certificate", RecordRef("volunteer", ids["overdue"])) in kinds
    assert ("consent", RecordRef("volunteer", ids["consent"])) in kinds  # given 20.03.2024: 24 months end in March
    assert ("invitation", RecordRef("event", ids["empty"])) in kinds  # nobody on the list, within four weeks
    assert ("invitation", RecordRef("event", ids["later"])) not in kinds  # beyond four weeks
    police = next(d for d in due if d.kind == "police_certificate")
    assert police.overdue and police.subject == "Ayşe Yılmaz"
    assert all(d.kind != "inactive" for d in due)


def test_recent_changes_newest_first_and_year_figures(db):
    ids = _office(db)
    with db.session() as s:
        s.execute(update(Contact).where(Contact.id == ids["people"][3]).values(updated_at=dt.datetime(2030, 1, 1)))
    data = overview(db, now=NOW)
    assert data.recent[0].ref == RecordRef("contact", ids["people"][3])
    assert data.recent[0].label == "<b>&=SUM(A1)"
    assert len(data.recent) <= RECENT_LIMIT
    assert data.year == 2026
    assert {label: cell.value for label, cell in data.figures} == {
        "Veranstaltungen": 4,  # the past one and the three coming (not the cancelled)
        "Teilnahmen": 4,  # three at the January meeting, one already "attended" at Modul 4
        "Erreichte Personen": 3,
        "Geleistete Stunden": Decimal("0.00"),
        "Aktive Ehrenamtliche": 2,
    }


def test_fast_on_twenty_thousand_contacts(db):
    """Aggregated in SQL: the page must not load every row (issue 17)."""
    _office(db)
    with db.session() as s:
        s.execute(insert(Contact), [{"first_name": f"Vor{i}", "last_name": f"Name{i}", "city": "Bünde"}
                                    for i in range(20_000)])  # fmt: skip
        first = s.query(Contact.id).order_by(Contact.id.desc()).first()[0] - 19_999
        s.execute(insert(Event), [{"title": f"Termin {i}", "starts_at": NOW + dt.timedelta(days=i - 150),
                                   "kind": "information", "status": "done" if i < 150 else "planned"}
                                  for i in range(300)])  # fmt: skip
        events = [e for (e,) in s.query(Event.id).filter(Event.title.like("Termin %"))]
        s.execute(insert(Participation), [{"event_id": events[i % 300], "contact_id": first + i,
                                           "status": "attended" if i % 300 < 150 else "registered"}
                                          for i in range(20_000)])  # fmt: skip
        s.execute(insert(Volunteer), [{"contact_id": first + i, "status": "active",
                                       "police_certificate_inspected_on": dt.date(2021, 1, 1) + dt.timedelta(days=i)}
                                      for i in range(2_000)])  # fmt: skip
    overview(db, now=NOW)  # warm the connection pool
    started = time.perf_counter()
    data = overview(db, now=NOW)
    elapsed = time.perf_counter() - started
    assert len(data.upcoming) == UPCOMING_LIMIT
    assert elapsed < 2.0, f"overview took {elapsed:.2f} s"


def test_year_figures_are_the_annual_reports(db):
    """The start page and the annual report count alike (hand-made year in tests/report_sample_data.py)."""
    from kidesk.services.reports import annual_report, year_period
    from tests.report_sample_data import build_report_sample

    build_report_sample(db)
    figures = dict(overview(db, now=dt.datetime(2025, 12, 31, 12)).figures)
    headlines = {h.label: h.cell for h in annual_report(db, *year_period(2025)).headlines}
    for label in ("Veranstaltungen", "Teilnahmen", "Erreichte Personen", "Geleistete Stunden", "Aktive Ehrenamtliche"):
        assert figures[label].value == headlines[label].value, label
    assert figures["Teilnahmen"].value == 10 and figures["Aktive Ehrenamtliche"].value == 2
