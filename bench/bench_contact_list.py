"""How fast the contacts list answers on a big database (prints figures; not a test).

    .venv/bin/python bench/bench_contact_list.py [contacts=20000]

Fills a throwaway database with N contacts (a third affiliated), then times what the UI
does: count + first page, sorting by organisation, search-as-you-type, a filter, and
finding a record's row for a jump from the global search.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from timing import samples_ms

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KIDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="kidesk-bench-")


def main() -> int:
    from sqlalchemy import insert

    from kidesk.db.database import open_database
    from kidesk.db.list_queries import ContactListQuery
    from kidesk.db.models import Affiliation, Contact, Organisation
    from kidesk.ui.app import create_application
    from kidesk.ui.models.contact_table_model import ContactTableModel

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    create_application()
    db = open_database(Path(os.environ["KIDESK_DATA_DIR"]) / "bench.sqlite")
    towns = ["Herford", "Bünde", "Enger", "Löhne", "Spenge", "Vlotho", "Kirchlengern", "Rödinghausen", "Hiddenhausen"]
    start = time.perf_counter()
    with db.session() as s:
        s.execute(insert(Organisation), [{"name": f"Organisation {i:03d}", "kind": "club"} for i in range(200)])
        s.execute(
            insert(Contact),
            [
                {
                    "first_name": f"Vorname{i % 97}",
                    "last_name": f"Nachname{i:06d}",
                    "city": towns[i % len(towns)],
                    "email": f"p{i}@example.org",
                    "is_staff": i % 500 == 0,
                }
                for i in range(n)
            ],
        )
        s.execute(
            insert(Affiliation),
            [{"contact_id": i + 1, "organisation_id": (i % 200) + 1, "is_primary": True} for i in range(0, n, 3)],
        )
    print(f"filled {n} contacts in {time.perf_counter() - start:.1f} s")

    def timed(label, fn, repeat=5):
        print(f"{label:<45} {min(samples_ms(fn, repeat)):8.1f} ms")

    model = ContactTableModel(db)

    def first_page(query=None):
        model.set_query(query or ContactListQuery())
        model.fetchMore()

    timed("count + first page (by last name)", first_page)
    timed("count + first page (by organisation)", lambda: first_page(ContactListQuery(sort_column="organisation")))
    timed(
        "search-as-you-type 'nachname01' + first page", lambda: first_page(ContactListQuery(search_text="nachname01"))
    )
    timed("filter town=Enger + first page", lambda: first_page(ContactListQuery(city="Enger")))
    timed("filter organisation + first page", lambda: first_page(ContactListQuery(organisation_id=7)))
    model.set_query(ContactListQuery())
    timed(
        "row_of(contact in the middle) incl. fetching",
        lambda: (model.set_query(ContactListQuery()), model.row_of(n // 2)),
        repeat=3,
    )
    print(f"rows held after the jump: {model.rowCount()} of {model.total}")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
