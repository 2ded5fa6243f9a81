"""The due list (issue 14, obs. 11): what is due, coloured, opened on the right sub-tab,
printed and exported, and a certificate marked as seen today in one step."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from kidesk.db.models import Volunteer
from kidesk.services import volunteers as vs
from kidesk.ui.volunteers import VolunteersTab
from kidesk.ui.volunteers import due_page as due_page_module
from tests.services.volunteer_sample_data import build_sample


@pytest.fixture
def sample(db):
    return build_sample(db)


@pytest.fixture
def tab(qtbot, db, sample):
    widget = VolunteersTab(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.pages.setCurrentIndex(1)
    return widget


def _row(tab, person: str, kind: str | None = None) -> int:
    return next(
        r
        for r in range(tab.due_model.rowCount())
        if tab.due_model.item(r).person == person and (kind is None or tab.due_model.item(r).kind == kind)
    )


def _overdue_consent(db, sample):
    """Yusuf's consent is 30 months old: expired (the sample's period is shorter)."""
    with db.session() as s:
        v = s.get(Volunteer, sample.volunteers["Demir"])
        v.consent_given_on = vs.add_months(dt.date.today(), -40)


def test_the_column_says_what_is_due_and_overdue_rows_are_marked(tab, db, sample):
    _overdue_consent(db, sample)
    tab.refresh_due()
    assert tab.due_model.headerData(2, Qt.Orientation.Horizontal) == "Was ist fällig"
    consent = _row(tab, "Yusuf Demir", vs.DUE_CONSENT)
    text = tab.due_model.data(tab.due_model.index(consent, 2))
    assert text.startswith("⚠ Einwilligung abgelaufen am ")
    assert (
        tab.due_model.data(tab.due_model.index(consent, 1), Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    )
    assert tab.due_model.data(tab.due_model.index(consent, 0), Qt.ItemDataRole.FontRole).bold()
    police = _row(tab, "Amira Haddad", vs.DUE_POLICE_CERTIFICATE)  # due in 20 days: amber, not marked
    text = tab.due_model.data(tab.due_model.index(police, 2))
    assert text.startswith("Führungszeugnis fällig am ")
    assert (
        tab.due_model.data(tab.due_model.index(police, 1), Qt.ItemDataRole.ForegroundRole).color().name() == "#8a4b00"
    )
    assert "überfällig" in tab.due_summary.text()


def test_a_certificate_overdue_says_since(db, sample):
    item = vs.DueItem(vs.DUE_POLICE_CERTIFICATE, 1, 1, "X", dt.date.today() - dt.timedelta(days=3))
    assert item.what() == "Führungszeugnis fällig seit" and item.overdue


def test_double_click_opens_the_person_on_the_sub_tab_of_the_item(qtbot, tab, sample):
    tab.detail_tabs.setCurrentWidget(tab.hours_panel)  # last used: hours
    row = _row(tab, "Amira Haddad", vs.DUE_POLICE_CERTIFICATE)
    tab.due_table.doubleClicked.emit(tab.due_model.index(row, 0))
    assert tab.pages.currentIndex() == 0 and tab.detail_tabs.currentIndex() == 0
    assert tab.editor.police_inspected_on.hasFocus() or tab.focusWidget() is not None
    tab.pages.setCurrentIndex(1)
    inactive = [r for r in range(tab.due_model.rowCount()) if tab.due_model.item(r).kind == vs.DUE_INACTIVE]
    assert inactive
    item = tab.due_model.item(inactive[0])
    tab.due_table.doubleClicked.emit(tab.due_model.index(inactive[0], 0))
    assert tab.current_volunteer_id == item.volunteer_id
    assert tab.detail_tabs.currentWidget() is tab.hours_panel


def test_police_certificate_seen_today_in_one_step(qtbot, tab, db, sample):
    row = _row(tab, "Amira Haddad", vs.DUE_POLICE_CERTIFICATE)
    tab.due_table.selectRow(row)
    assert tab.due_page.seen_button.isEnabled()
    due = tab.due_page.police_certificate_seen_today()
    with db.session() as s:
        v = s.get(Volunteer, sample.volunteers["Haddad"])
        assert v.police_certificate_inspected_on == dt.date.today() and v.police_certificate_due_on is None
    assert due is not None and due > dt.date.today() + dt.timedelta(days=365)
    assert "Amira Haddad" not in {i.person for i in tab.due_page.shown_items() if i.kind == vs.DUE_POLICE_CERTIFICATE}
    tab.due_table.selectRow(_row(tab, "Yusuf Demir"))
    assert not tab.due_page.seen_button.isEnabled() or tab.due_page.current_item().kind == vs.DUE_POLICE_CERTIFICATE


def test_export_writes_csv_with_formulas_neutralised(tab, db, sample, tmp_path):
    with db.session() as s:
        v = s.get(Volunteer, sample.volunteers["Demir"])
        v.contact.first_name = "=SUM(A1)"
    tab.refresh_due()
    path = tmp_path / "faellig.csv"
    n = tab.due_page.export_list(str(path))
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Art", "Person", "Was ist fällig"] and len(rows) == n + 1
    assert any(r[1].startswith("'=SUM(A1)") for r in rows[1:])


def test_print_goes_through_the_preview_with_every_row(qtbot, tab, db, sample, monkeypatch):
    with db.session() as s:
        v = s.get(Volunteer, sample.volunteers["Demir"])
        v.contact.last_name = "<b>Demir & Söhne</b>"
    tab.refresh_due()
    shown = []
    monkeypatch.setattr(due_page_module, "show_pdf_preview", lambda parent, pdf, title, **k: shown.append((pdf, title)))
    qtbot.mouseClick(tab.due_page.print_button, Qt.MouseButton.LeftButton)
    pdf, title = shown[0]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert title == "Fälligkeitsliste"
    assert "<b>Demir & Söhne</b>" in text and "Amira Haddad" in text
