"""Lists sort as a German office expects (DIN 5007-1), not by bytes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kidesk.db.collation import sort_key, sortable
from kidesk.db.list_queries import ContactListQuery, contact_statement
from kidesk.db.models import Contact
from kidesk.db.queries import id_name_list

NAMES = [
    "Zimmermann",
    "Özdemir",
    "Oberg",
    "Çelik",
    "Ceylan",
    "İnce",
    "Ibrahim",
    "Jansen",
    "Strauß",
    "Straub",
    "Mîran",
    "Moradi",
]
EXPECTED = [
    "Çelik",
    "Ceylan",
    "Ibrahim",
    "İnce",
    "Jansen",
    "Mîran",
    "Moradi",
    "Oberg",
    "Özdemir",
    "Straub",
    "Strauß",
    "Zimmermann",
]


@pytest.mark.parametrize(
    ("a", "b"), [("Özdemir", "ozdemir"), ("Strauß", "strauss"), ("Yılmaz", "yilmaz"), ("Hêvî", "hevi")]
)
def test_sort_key_folds_case_and_diacritics(a, b):
    assert sort_key(a) == b


def test_contact_list_and_cli_list_sort_in_dictionary_order(db):
    with db.session() as s:
        s.add_all(Contact(first_name="A", last_name=name) for name in NAMES)
    with db.session() as s:
        listed = [row.last_name for row in s.execute(contact_statement(ContactListQuery()))]
        cli = [name.split(",")[0] for _id, name in id_name_list(s, "contacts")]
        in_sql = list(s.scalars(select(Contact.last_name).order_by(sortable(Contact.last_name))))
    assert listed == cli == in_sql == EXPECTED
