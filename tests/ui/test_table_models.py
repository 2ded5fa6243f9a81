"""The lazily loaded list models: paging, sorting, filters, and Qt's model rules."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from kidesk.db.models import Contact

from kidesk.services.contacts import ContactListQuery
from kidesk.services.organisations import OrganisationListQuery
from kidesk.ui.common import lazy_table_model
from kidesk.ui.models.contact_table_model import COL_LAST_NAME, ContactTableModel
from kidesk.ui.models.organisation_table_model import OrganisationTableModel
from tests.office_sample_data import fill_office


def test_contact_model_passes_qt_model_rules(qtmodeltester, office):
    db, _ = office
    model = ContactTableModel(db)
    qtmodeltester.check(model)


def test_organisation_model_passes_qt_model_rules(qtmodeltester, office):
    db, _ = office
    qtmodeltester.check(OrganisationTableModel(db))


def test_contact_model_loads_in_pages_not_all_at_once(db, monkeypatch):
    ids = fill_office(db, extra_contacts=60)
    monkeypatch.setattr(lazy_table_model, "BATCH_SIZE", 25)
    model = ContactTableModel(db)
    assert model.total == ids["contacts"]
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 25
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == ids["contacts"]


def test_sorting_happens_in_sql_both_ways(office):
    db, _ = office
    model = ContactTableModel(db)
    model.sort(COL_LAST_NAME, Qt.SortOrder.DescendingOrder)
    model.fetchMore()
    names = [model.index(r, COL_LAST_NAME).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.lower, reverse=True)
    model.sort(COL_LAST_NAME, Qt.SortOrder.AscendingOrder)
    model.fetchMore()
    names = [model.index(r, COL_LAST_NAME).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.lower)


def test_filters_and_search_narrow_the_list(office):
    db, ids = office
    model = ContactTableModel(db, ContactListQuery(staff_only=True))
    model.fetchMore()
    assert [model.record_id(r) for r in range(model.rowCount())] == [ids["staff"]]
    model.set_query(ContactListQuery(volunteers_only=True))
    model.fetchMore()
    assert [model.record_id(r) for r in range(model.rowCount())] == [ids["volunteer_contact"]]
    model.set_query(ContactListQuery(search_text="schrö"))
    model.fetchMore()
    assert ids["caritas_person"] in [model.record_id(r) for r in range(model.rowCount())]
    model.set_query(ContactListQuery(organisation_id=ids["caritas"], city="Herford"))
    model.fetchMore()
    assert ids["caritas_person"] in [model.record_id(r) for r in range(model.rowCount())]
    assert ids["staff"] not in [model.record_id(r) for r in range(model.rowCount())]


def test_row_of_fetches_just_up_to_the_record(db, monkeypatch):
    fill_office(db, extra_contacts=80)
    monkeypatch.setattr(lazy_table_model, "BATCH_SIZE", 10)
    model = ContactTableModel(db)
    with db.session() as s:
        ordered = s.execute(
            select(Contact.id).order_by(func.lower(Contact.last_name), func.lower(Contact.first_name), Contact.id)
        ).scalars().all()
    last_id = ordered[50]
    row = model.row_of(last_id)
    assert row is not None and model.record_id(row) == last_id
    assert row == 50
    assert model.rowCount() == 51 < model.total


def test_organisation_filters(office):
    db, ids = office
    model = OrganisationTableModel(db, OrganisationListQuery(network_id=ids["widunetz"], kind="welfare"))
    model.fetchMore()
    got = {model.record_id(r) for r in range(model.rowCount())}
    assert got == {ids["caritas"], ids["awo"], ids["drk"]}
