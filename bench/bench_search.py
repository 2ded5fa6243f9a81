"""Search-as-you-type and list paging over a large contact table; prints figures.

    .venv/bin/python bench/bench_search.py [N_CONTACTS]

Not part of the test run: speed targets live here, never in unit tests.
Targets: a keystroke's FTS query and one list page each well under 50 ms at 20 000 contacts.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select
from timing import median_and_max_ms

from kidesk.db import search
from kidesk.db.database import open_database
from kidesk.db.models import Affiliation, Contact, Organisation
from kidesk.db.queries import page

FIRST = ["Ayşe", "Jörg", "Olena", "Mehmet", "Fatma", "Sara", "Ahmad", "Anna", "Lukas", "Zeynep", "Дмитро", "سارا"]
LAST = ["Yılmaz", "Müller", "Kovalenko", "Demir", "Schmidt", "Rahimi", "Haddad", "Meier", "Kaya", "Шевченко", "رحیمی"]
TOWNS = ["Herford", "Bünde", "Löhne", "Enger", "Spenge", "Vlotho", "Hiddenhausen", "Kirchlengern", "Rödinghausen"]


def main(n: int = 20_000) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        t0 = time.perf_counter()
        db = open_database(path)
        print(f"create + migrate: {(time.perf_counter() - t0) * 1000:.0f} ms")
        with db.session() as s:
            orgs = [Organisation(name=f"Organisation {i}", kind="other", city=rng.choice(TOWNS)) for i in range(200)]
            s.add_all(orgs)
            s.flush()
            t0 = time.perf_counter()
            rows = [
                {
                    "first_name": rng.choice(FIRST),
                    "last_name": f"{rng.choice(LAST)}{i}",
                    "city": rng.choice(TOWNS),
                    "email": f"p{i}@example.org",
                }
                for i in range(n)
            ]
            s.execute(insert(Contact), rows)
            ids = s.scalars(select(Contact.id)).all()
            s.execute(insert(Affiliation), [{"contact_id": cid, "organisation_id": rng.choice(orgs).id} for cid in ids])
        print(f"insert {n} contacts with affiliations (index kept by triggers): {(time.perf_counter() - t0):.1f} s")
        with db.session() as s:
            for typed in ("y", "yi", "yil", "yilm", "müller herford", "organisation 17"):
                med, worst = median_and_max_ms(lambda typed=typed: search.search(s, typed, limit=50), 30)
                print(f"search {typed!r:>18}: median {med:6.2f} ms, max {worst:6.2f} ms")
            stmt = select(Contact.id, Contact.last_name, Contact.first_name, Contact.city).order_by(
                Contact.last_name, Contact.first_name, Contact.id
            )
            for offset in (0, n // 2, n - 100):
                med, worst = median_and_max_ms(lambda offset=offset: page(s, stmt, offset, 100), 30)
                print(f"page of 100 at offset {offset:>6}: median {med:6.2f} ms, max {worst:6.2f} ms")
            ids_sub = search.matching_ids("herford", "contact")
            filtered = stmt.where(Contact.id.in_(ids_sub))
            med, worst = median_and_max_ms(lambda: page(s, filtered, 0, 100), 30)
            print(f"filtered page (FTS 'herford'): median {med:6.2f} ms, max {worst:6.2f} ms")
        db.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
