"""One counting rule everywhere (issue 14, obs. 10): the events list, the invite-list panel
and the check-in view show the same numbers for every demo event."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kidesk.db.database import open_database
from kidesk.services import events as ev
from kidesk.services.demo_data import fill_demo_data
from kidesk.ui.checkin_view import CheckinView
from kidesk.ui.invite_list_panel import InviteListPanel
from kidesk.ui.models.event_table_model import EventTableModel


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path, create=True)
    fill_demo_data(database)
    database.dispose()
    return path


@pytest.fixture
def demo(demo_file):
    database = open_database(demo_file)
    yield database
    database.dispose()


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_list_check_in_and_invite_panel_agree_on_every_demo_event(qtbot, demo):
    model = EventTableModel()
    rows = ev.list_events(demo, include_past=True)
    model.set_rows(rows)
    panel = InviteListPanel(demo)
    qtbot.addWidget(panel)
    assert rows
    seen_contributors = False
    for i, row in enumerate(rows):
        counts = ev.event_counts(demo, row.id)
        cell = model.data(model.index(i, EventTableModel.COL_PEOPLE))
        m = re.fullmatch(r"(\d+)(?:/(\d+))? / (\d+)(?: \+(\d+))?", cell)
        assert m, cell
        registered, capacity, on_list, contributors = (int(g) if g else None for g in m.groups())
        assert (registered, capacity, on_list, contributors or 0) == (
            counts.registered,
            counts.capacity,
            counts.on_list,
            counts.contributors,
        ), row.title
        seen_contributors |= bool(counts.contributors)

        view = CheckinView(demo, row.id)
        qtbot.addWidget(view)
        tally = view.tally.text()
        m = re.match(r"(\d+) anwesend · (\d+) angemeldet · (\d+) auf der Liste", tally)
        assert m, tally
        assert tuple(int(g) for g in m.groups()) == (counts.attended, registered, on_list), row.title
        assert (f"+{counts.contributors} Mitwirkende" in tally) == bool(counts.contributors)
        view.deleteLater()

        panel.set_event(row.id)
        text = _plain(panel.counts.text())
        assert f"{on_list} auf der Liste" in text, text
        if capacity is not None:
            assert f"{registered} von {capacity} Plätzen belegt" in text
        assert (f"+{counts.contributors} Mitwirkende" in text) == bool(counts.contributors)
        # per status the panel counts participants only; the numbers add up to "auf der Liste"
        per_status = [
            int(n)
            for n in re.findall(
                r"(\d+) (?:eingeladen|angemeldet|teilgenommen|abgesagt|storniert|nicht erschienen|Warteliste|auf der Warteliste)",
                text,
            )
        ]
        assert sum(per_status) == on_list, text
    assert seen_contributors  # the demo has speakers, so the rule is exercised


def test_speakers_on_a_new_module_are_named_not_hidden(qtbot, db):
    from tests.event_fixtures import build_event_world

    w = build_event_world(db)  # module 2: speaker Petra registered, no guests
    counts = ev.event_counts(db, w.module2)
    assert (counts.registered, counts.on_list, counts.contributors) == (0, 0, 1)
    panel = InviteListPanel(db)
    qtbot.addWidget(panel)
    panel.set_event(w.module2)
    assert "+1 Mitwirkende" in _plain(panel.counts.text())
    role = panel.model.data(panel.model.index(0, panel.model.COL_ROLE))
    assert role == "Referent/in"
    ev.invite_active_volunteers(db, w.module2)
    panel.reload()
    roles = {panel.model.data(panel.model.index(r, panel.model.COL_ROLE)) for r in range(panel.model.rowCount())}
    assert roles == {"Referent/in", "Teilnehmer/in"}  # volunteers at a training module are no "Gäste"
