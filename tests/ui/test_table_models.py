"""The lazily loaded list models: paging, sorting, filters, and Qt's model rules."""

from __future__ import annotations

from dataclasses import dataclass

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
        ordered = (
            s.execute(
                select(Contact.id).order_by(func.lower(Contact.last_name), func.lower(Contact.first_name), Contact.id)
            )
            .scalars()
            .all()
        )
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


# -- the common base with any page source (how the volunteers list uses it) ------------------------------
@dataclass(frozen=True)
class _Row:
    id: int
    name: str


@dataclass(frozen=True)
class _Filter:
    prefix: str = ""
    sort_column: str = "name"
    descending: bool = False


class _NameModel(lazy_table_model.LazyTableModel):
    columns = ("name",)


def _list_source(rows: list[_Row], calls: list[tuple]) -> lazy_table_model.PageSource:
    def matching(flt: _Filter) -> list[_Row]:
        found = [r for r in rows if r.name.startswith(flt.prefix)]
        return sorted(found, key=lambda r: (r.name, r.id), reverse=flt.descending)

    def page(flt: _Filter, offset: int, limit: int) -> list[_Row]:
        calls.append(("page", offset, limit))
        return matching(flt)[offset : offset + limit]

    def count(flt: _Filter) -> int:
        calls.append(("count",))
        return len(matching(flt))

    return lazy_table_model.PageSource(page, count)  # no position function


def test_lazy_model_pages_any_source_and_finds_rows_without_a_position_function(qtmodeltester):
    rows = [_Row(i, f"Name {i:03d}") for i in range(1, 251)]
    calls: list[tuple] = []
    model = _NameModel(_list_source(rows, calls), _Filter(), first_page=True, batch_size=40)
    assert model.rowCount() == 40 and model.total == 250  # the first page came with the reset
    qtmodeltester.check(model)
    assert model.row_of(130) == 129
    assert model.rowCount() == 160  # fetched page by page up to the record, not everything
    assert model.row_at(129) == _Row(130, "Name 130")
    assert model.index(129, 0).data(Qt.ItemDataRole.UserRole) == 130
    assert model.row_of(999) is None and model.rowCount() == 250
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query == _Filter(descending=True)
    assert model.index(0, 0).data() == "Name 250"
    model.set_query(_Filter(prefix="Name 00"))
    model.fetch_all()
    assert [model.record_id(r) for r in range(model.rowCount())] == list(range(1, 10))
    assert ("page", 0, 40) in calls and all(c[0] in ("page", "count") for c in calls)


def test_lazy_model_refuses_to_fetch_while_a_reset_is_announced(qtbot):
    rows = [_Row(i, f"N{i}") for i in range(1, 30)]
    model = _NameModel(_list_source(rows, []), _Filter(), batch_size=10)
    during_reset = []
    model.modelAboutToBeReset.connect(lambda: during_reset.append(model.canFetchMore()))
    model.modelReset.connect(lambda: during_reset.append(model.canFetchMore()))
    model.reload()
    assert during_reset == [False, False]
    assert model.canFetchMore()
