"""Lists notice changes made elsewhere through a cheap change check (issue 20, item 3)."""

from __future__ import annotations

import dataclasses

from kidesk.db.database import open_database
from kidesk.services import organisations
from kidesk.services.change_stamps import ChangeWatch, change_stamp
from kidesk.services.organisations import OrganisationData


def test_a_second_handle_s_insert_edit_and_delete_are_noticed(db, db_path):
    other = open_database(db_path)  # another workstation on the same file
    try:
        watch = ChangeWatch(db, ["organisations", "affiliations"])
        watch.mark_current()
        assert not watch.changed()
        made = organisations.create_organisation(other, OrganisationData(name="Türkischer Elternverein e.V."))
        assert watch.changed()
        assert not watch.changed()  # seen once
        organisations.create_organisation(other, OrganisationData(name="Caritas"))
        assert watch.changed()
        before = change_stamp(db, ["organisations"])
        stored = organisations.load_organisation(other, made.id)
        organisations.update_organisation(other, dataclasses.replace(stored, name="انجمن والدین‌ها =SUM(A1) <b>"))
        assert change_stamp(db, ["organisations"]) != before  # an edit: same count, same highest id
        assert watch.changed()
        organisations.delete_organisation(other, made.id)
        assert watch.changed()
    finally:
        other.dispose()


def test_a_change_to_other_tables_does_not_count(db, db_path):
    other = open_database(db_path)
    try:
        watch = ChangeWatch(db, ["events"])
        watch.mark_current()
        organisations.create_organisation(other, OrganisationData(name="Caritas"))
        assert watch.changed()  # the first commit after loading counts once (its baseline was unknown)
        organisations.create_organisation(other, OrganisationData(name="AWO"))
        assert not watch.changed()  # now the stamp tells: the events did not change
    finally:
        other.dispose()
