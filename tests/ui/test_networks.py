"""Issue 19, points 6 and 10: current members in the filter, leaving and re-joining, the network editor,
its member list export, and new events organised by our own organisation."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from kidesk.db import settings as db_settings
from kidesk.db.models import Network, NetworkMembership
from kidesk.errors import ValidationError
from kidesk.services import events
from kidesk.services import organisations as org_service
from kidesk.ui.common import file_dialogs
from kidesk.ui.events_tab import EventsTab
from kidesk.ui.network_editor import NetworkDialog
from kidesk.ui.organisations_tab import OrganisationsTab


def _leave(db, org_id, network_id, on):
    with db.session() as s:
        m = s.scalars(
            select(NetworkMembership).where(
                NetworkMembership.organisation_id == org_id, NetworkMembership.network_id == network_id
            )
        ).one()
        m.left_on = on


def _shown(tab) -> set[int]:
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    return {tab.model.record_id(r) for r in range(tab.model.rowCount())}


def test_network_filter_shows_current_members_and_former_ones_on_request(qtbot, office):
    db, ids = office
    _leave(db, ids["awo"], ids["widunetz"], dt.date(2019, 6, 30))
    tab = OrganisationsTab(db)
    qtbot.addWidget(tab)
    assert not tab.former_members.isEnabled()
    tab.network_filter.setCurrentIndex(tab.network_filter.findData(ids["widunetz"]))
    shown = _shown(tab)
    assert ids["awo"] not in shown and ids["caritas"] in shown
    assert tab.former_members.isEnabled()
    tab.former_members.setChecked(True)
    shown = _shown(tab)
    assert ids["awo"] in shown


def test_leaving_and_rejoining_is_recorded_and_overlaps_are_refused(office):
    db, ids = office
    data = org_service.load_organisation(db, ids["awo"])
    (first,) = data.memberships
    first.left_on = dt.date(2019, 6, 30)
    data.memberships.append(
        org_service.MembershipData(ids["widunetz"], first.network_name, "Projektgruppe", dt.date(2021, 3, 1))
    )
    saved = org_service.update_organisation(db, data)
    assert [(m.joined_on, m.left_on) for m in saved.memberships] == [
        (dt.date(2008, 2, 27), dt.date(2019, 6, 30)),
        (dt.date(2021, 3, 1), None),
    ]
    again = org_service.update_organisation(db, saved)  # unchanged: same rows
    assert again.memberships == saved.memberships
    overlapping = dataclasses.replace(saved, memberships=[dataclasses.replace(m) for m in saved.memberships])
    overlapping.memberships[1].joined_on = dt.date(2018, 1, 1)
    with pytest.raises(ValidationError, match="überschneiden"):
        org_service.update_organisation(db, overlapping)
    members = org_service.network_members(db, ids["widunetz"])
    assert [m.joined_on for m in members if m.organisation_id == ids["awo"]] == [
        dt.date(2021, 3, 1),
        dt.date(2008, 2, 27),
    ]


def test_network_editor_renames_sets_coordinator_and_exports_members(qtbot, office, tmp_path, monkeypatch):
    db, ids = office
    _leave(db, ids["drk"], ids["widunetz"], dt.date(2021, 12, 31))
    dialog = NetworkDialog(db, ids["widunetz"])
    qtbot.addWidget(dialog)
    assert dialog.name.text().startswith("widunetz")
    assert dialog.founded.text() == "27.02.2008"
    assert dialog.members.rowCount() == 5
    dialog.include_former.setChecked(False)
    assert dialog.members.rowCount() == 4
    qtbot.keyClicks(dialog.name, " <b>&")
    dialog.founded.setText("1.3.2008")
    dialog.coordinator.setCurrentIndex(dialog.coordinator.findData(ids["caritas"]))
    assert dialog.has_unsaved_changes()
    assert dialog.save()
    stored = org_service.load_network(db, ids["widunetz"])
    assert stored.name.endswith("<b>&") and stored.founded_on == dt.date(2008, 3, 1)
    assert stored.coordinator_id == ids["caritas"]
    target = tmp_path / "widunetz.csv"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    assert dialog.export_members() == str(target)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Organisation;Rolle;Beitritt;Austritt;aktuell Mitglied"
    assert any("31.12.2021;nein" in line for line in lines) and len(lines) == 6


def test_network_deletion_says_what_goes_and_keeps_the_organisations(qtbot, office, monkeypatch):
    db, ids = office
    dialog = NetworkDialog(db, ids["widunetz"])
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(
        "kidesk.ui.network_editor.confirm_delete",
        lambda parent, title, question, consequence: asked.append(consequence) or True,
    )
    assert dialog.delete_network()
    assert "5 Netzwerkmitgliedschaften" in asked[0]
    with db.session() as s:
        assert s.get(Network, ids["widunetz"]) is None
    assert org_service.load_organisation(db, ids["awo"]).name


def test_a_new_event_is_organised_by_our_own_organisation(qtbot, office):
    db, ids = office
    with db.session() as s:
        db_settings.put(s, db_settings.OWN_ORGANISATION_ID, ids["ki"])
    tab = EventsTab(db)
    qtbot.addWidget(tab)
    tab.new_record()
    assert [(h.organisation_id, h.role) for h in tab.editor.data().hosts] == [(ids["ki"], "organiser")]
    assert events.event_choices(db).own_organisation[0] == ids["ki"]
