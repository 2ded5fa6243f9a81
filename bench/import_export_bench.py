"""How long do a 10 000-row import (generated German/Turkish-looking names) (dry run + apply), an export and a duplicate search take?

    .venv/bin/python bench/import_export_bench.py [ROWS]

Prints figures; never part of the test run.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from kidesk.db.database import open_database
from kidesk.services.contact_export import export
from kidesk.services.contact_import import apply_import, load_table, plan_import
from kidesk.services.duplicates import find_duplicates

FIRST = ["Ayşe", "Jürgen", "Anna", "Mehmet", "Olena", "Klaus", "Fatma", "Peter", "Rami", "Sogol", "Gudrun", "Hüseyin"]
LAST = ["Yılmaz", "Müller", "Schäfer", "Kaya", "Kovalenko", "Weiß", "Öztürk", "Haddad", "Samimi", "Kirchhoff", "Berg"]
ORGS = [
    "AWO Kreisverband Herford e.V.",
    "Caritasverband Herford",
    "DRK Herford-Stadt",
    "Stadt Bünde",
    "Jobcenter Herford",
]


def main(rows: int = 10_000) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        lines = ["Anrede;Vorname;Nachname;Organisation;E-Mail;Telefon;Straße;PLZ;Ort;Bemerkung"]
        syllables = [
            "ber",
            "kam",
            "mül",
            "sch",
            "wei",
            "tan",
            "öz",
            "kar",
            "lin",
            "dor",
            "hof",
            "man",
            "ric",
            "sel",
            "yıl",
            "baş",
            "tür",
            "ko",
            "val",
            "en",
            "ha",
            "dad",
            "sam",
            "imi",
            "kirch",
            "stein",
            "feld",
            "ler",
        ]
        for i in range(rows):
            first = rng.choice(FIRST)
            last = "".join(rng.choice(syllables) for _ in range(rng.choice((2, 3)))).capitalize()
            lines.append(
                f"{rng.choice(['Frau', 'Herr', ''])};{first};{last};{rng.choice(ORGS)};p{i}@example.org;"
                f"05221 {i:06d};Hauptstraße {i % 200};{32000 + i % 999};Herford;Notiz {i}"
            )
        path = tmp / "gross.csv"
        path.write_text("\n".join(lines), encoding="utf-8-sig")
        db = open_database(tmp / "bench.sqlite")
        t0 = time.perf_counter()
        table = load_table(path)
        t1 = time.perf_counter()
        plan = plan_import(db, table)
        t2 = time.perf_counter()
        result = apply_import(db, plan)
        t3 = time.perf_counter()
        again = plan_import(db, table)
        t4 = time.perf_counter()
        export(db, "contacts", tmp / "out.xlsx")
        t5 = time.perf_counter()
        export(db, "contacts", tmp / "out.csv")
        t6 = time.perf_counter()
        pairs = find_duplicates(db)
        t7 = time.perf_counter()
        print(
            f"{rows} rows: read {t1 - t0:.2f}s, dry run {t2 - t1:.2f}s, apply {t3 - t2:.2f}s ({result.created} created)"
        )
        print(f"dry run against a full database {t4 - t3:.2f}s ({again.count('skip')} skipped)")
        print(f"export xlsx {t5 - t4:.2f}s, csv {t6 - t5:.2f}s; find duplicates {t7 - t6:.2f}s ({len(pairs)} pairs)")
        db.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
