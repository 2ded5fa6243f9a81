"""Issue 19, points 4 and 5: one certificate rule for matrix and print list; no module past the count; no
check-in (and no certificate module) in the future."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kidesk.db import queries
from kidesk.db.models import Contact, Event, EventSeries, Participation
from kidesk.errors import ValidationError
from kidesk.pdf.records import Certificate
from kidesk.services import events
from kidesk.services.demo_data import fill_demo_data
from kidesk.services.series_progress import series_progress


@pytest.fixture
def demo(db):
    fill_demo_data(db, today=dt.date.today())
    return db


def _series(db) -> EventSeries:
    with db.session() as s:
        series = s.scalars(select(EventSeries)).first()
        s.expunge(series)
        return series


def _held_modules(db, series_id: int) -> list[int]:
    today = dt.datetime.combine(dt.date.today(), dt.time())
    with db.session() as s:
        return list(
            s.scalars(
                select(Event.id).where(
                    Event.series_id == series_id, Event.starts_at < today, Event.status != "cancelled"
                )
            )
        )


def test_a_staff_helper_at_every_module_gets_no_certificate_in_matrix_or_print_list(demo):
    series = _series(demo)
    held = _held_modules(demo, series.id)
    with demo.session() as s:
        helper = Contact(first_name="Zhyar", last_name="Karim-Ahmadi", is_staff=True)
        s.add(helper)
        s.flush()
        for event_id in held:
            p = Participation(event_id=event_id, contact_id=helper.id, role="helper")
            s.add(p)
            queries.set_participation_status(p, "attended", note="Test")
        helper_id = helper.id
    with demo.session() as s:
        printed = {p.contact_id for p in series_progress(s, series.id) if p.meets_rule}
    matrix = {r.contact_id for r in events.series_matrix(demo, series.id).rows if r.meets_rule}
    assert helper_id not in printed
    assert matrix == printed


def test_next_module_is_refused_when_the_series_is_complete(demo):
    series = _series(demo)
    with demo.session() as s:
        highest = s.execute(select(func.max(Event.module_number)).where(Event.series_id == series.id)).scalar()
        last = s.scalars(select(Event.id).where(Event.series_id == series.id, Event.module_number == highest)).one()
        s.get(EventSeries, series.id).module_count = highest
    with pytest.raises(ValidationError, match="schon geplant"):
        events.plan_duplicate(demo, last)
    with pytest.raises(ValidationError, match="schon geplant"):
        events.duplicate_event(demo, last)
    data = events.load_event(demo, last)
    with pytest.raises(ValidationError, match="Module"):
        events.update_event(demo, data.__class__(**{**data.__dict__, "module_number": highest + 1}))
    with pytest.raises(ValidationError, match=f"schon Modul {highest}"):
        events.save_series(
            demo,
            events.SeriesData(
                series.title, module_count=highest - 1, id=series.id, version=None, certificate_min_modules=1
            ),
        )


def test_check_in_is_refused_for_a_future_event(demo):
    with demo.session() as s:
        future = s.scalars(
            select(Participation)
            .join(Event)
            .where(Event.starts_at > dt.datetime.now() + dt.timedelta(days=1), Participation.status != "attended")
        ).first()
        participation_id, event_id = future.id, future.event_id
    with pytest.raises(ValidationError, match="Einchecken geht ab dem Veranstaltungstag"):
        events.check_in(demo, participation_id)
    with pytest.raises(ValidationError, match="Einchecken"):
        events.check_in_walk_in(demo, event_id, events.WalkInData("Олена", "Шевченко"))


def test_certificates_never_list_modules_after_the_issue_date(demo):
    series = _series(demo)
    with demo.session() as s:
        people = series_progress(s, series.id)
        issued = dt.date.today() - dt.timedelta(days=40)
        earlier = series_progress(s, series.id, issued)
    assert any(p.attended for p in people)
    for person in earlier:
        assert all(m.date <= issued for m in person.attended)
    assert Certificate  # the print list is built from series_progress(…, issued_on)
