"""The change check on a PostgreSQL server (issue 20, item 3): the gate must move on every commit.

The gate is read often and must be cheap; it must also move when a transaction that was still
open when a list was loaded commits later. The snapshot's ``xmax`` alone does not: it is one
past the *latest completed* transaction id, so an older transaction committing after a younger
one leaves it where it was — and the list would miss that change until somebody writes again.
"""

from __future__ import annotations

from sqlalchemy import text

from kidesk.db.database import open_database
from kidesk.services import contacts
from kidesk.services.change_stamps import ChangeWatch
from kidesk.services.contacts import ContactData


def test_a_commit_of_a_transaction_that_began_before_the_list_loaded_is_noticed(pg_url):
    here = open_database(pg_url)
    first = open_database(pg_url, role="Arbeitsplatz B")
    second = open_database(pg_url, role="Arbeitsplatz C")
    try:
        stored = contacts.create_contact(here, ContactData(first_name="Олена", last_name="Шевченко"))
        watch = ChangeWatch(here, ["contacts"])
        with first.session() as session:  # B writes (its transaction id is taken) …
            session.execute(
                text("UPDATE contacts SET city = 'Vlotho', version = version + 1 WHERE id = :i"), {"i": stored.id}
            )
            # … C writes later and commits first (the server's "latest completed" id is now C's) …
            contacts.create_contact(second, ContactData(first_name="Ayşe", last_name="Yılmaz"))
            watch.mark_current()  # … A loads its list meanwhile (B's change not visible yet) …
            assert not watch.changed()
        # … and B commits when the session ends: A must notice without anybody writing again
        assert contacts.load_contact(here, stored.id).city == "Vlotho"
        assert watch.changed()
        assert not watch.changed()
    finally:
        second.dispose()
        first.dispose()
        here.dispose()
