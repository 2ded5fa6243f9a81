"""The synthetic office database of the benchmark, built fast with ``executemany``.

Sizes at full scale: 100 000 contacts, 5 000 organisations, 2 000 events, 100 000
participations, 10 000 volunteers (``scale`` 0.1 for ``--quick``). Names come from every
script of the demo (German, Turkish, Arabic in Latin and Arabic script, Farsi/Persian with
ZWNJ, Ukrainian Cyrillic, Kurdish), some 70 characters long, some with markup/formula text.
The schema is made by ``open_database`` (migrations, FTS triggers); rows go in through raw
``sqlite3`` — the triggers keep the search index as they would for any writer.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kidesk.db.collation import sort_key
from kidesk.db.database import open_database
from kidesk.db.name_keys import rows_for
from kidesk.services.demo_data import names as demo_names

FULL = {"contacts": 100_000, "organisations": 5_000, "events": 2_000, "participations": 100_000, "volunteers": 10_000}
TOWNS = ["Herford", "Bünde", "Löhne", "Enger", "Spenge", "Vlotho", "Hiddenhausen", "Kirchlengern", "Rödinghausen"]


def _pool(*names: str) -> list[str]:
    out: list[str] = []
    for name in names:
        for item in getattr(demo_names, name):
            out.append(item[0] if isinstance(item, tuple) else item)
    return out


FIRST = _pool(
    "_GERMAN_F", "_GERMAN_M", "_TURKISH_F", "_TURKISH_M", "_ARABIC_F", "_ARABIC_M", "_ARABIC_SCRIPT_F",
    "_ARABIC_SCRIPT_M", "_FARSI_F", "_FARSI_M", "_PERSIAN_SCRIPT_F", "_PERSIAN_SCRIPT_M", "_UKR_F", "_UKR_M",
    "_KURD_F", "_KURD_M",
)  # fmt: skip
LAST = _pool(
    "_GERMAN_LAST", "_TURKISH_LAST", "_ARABIC_LAST", "_ARABIC_SCRIPT_LAST", "_FARSI_LAST", "_PERSIAN_SCRIPT_LAST",
    "_UKR_LAST", "_KURD_LAST",
)  # fmt: skip
ODD = [
    "Wolfeschlegelsteinhausenbergerdorff-Müller-Lüdenscheidt von und zu Ostwestfalen-Lippe",
    "<b>Fett</b> & Co",
    "=SUM(A1)",
]


@dataclass(frozen=True)
class Sizes:
    contacts: int
    organisations: int
    events: int
    participations: int
    volunteers: int

    @classmethod
    def scaled(cls, scale: float) -> Sizes:
        return cls(**{k: max(10, int(v * scale)) for k, v in FULL.items()})


def contact_rows(n: int, seed: int = 7, start: int = 0) -> list[tuple]:
    rng = random.Random(seed)
    rows = []
    for i in range(start, start + n):
        last = rng.choice(LAST)
        if i % 997 == 0:
            last = ODD[i % len(ODD)][:120]
        first = rng.choice(FIRST)
        rows.append(
            (
                first,
                f"{last}",
                rng.choice(TOWNS),
                f"{i}@bench.example",
                f"0522{i % 10}/{i:06d}",
                "Herforder Str. 1",
                "32052",
            )
        )
    return rows


def build(path: Path, sizes: Sizes, seed: int = 7) -> dict[str, float]:
    """Create the database at ``path``; returns seconds per step."""
    import time

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    db = open_database(path)
    db.dispose()
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    now = dt.datetime(2026, 1, 1).isoformat(sep=" ")
    with con:
        organisations = [
            (f"{rng.choice(['Verein', 'Initiative', 'جمعية', 'Товариство', 'Dernek'])} {i}", rng.choice(TOWNS))
            for i in range(sizes.organisations)
        ]
        con.executemany(
            "INSERT INTO organisations(name, kind, city, country, version, name_sort, city_sort)"
            " VALUES (?, 'other', ?, 'DE', 1, ?, ?)",
            [(name, town, sort_key(name), sort_key(town)) for name, town in organisations],
        )
        t1 = time.perf_counter()
        contacts = contact_rows(sizes.contacts, seed)
        # raw sqlite3 bypasses the ORM: the stored sort and name keys are filled here, as the
        # ORM events would (kidesk.db.collation, kidesk.db.name_keys)
        con.executemany(
            "INSERT INTO contacts(first_name, last_name, city, email, phone, street, postcode, salutation, country,"
            " is_staff, version, last_name_sort, first_name_sort, city_sort, email_sort)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'none', 'DE', 0, 1, ?, ?, ?, ?)",
            [(*row, sort_key(row[1]), sort_key(row[0]), sort_key(row[2]), sort_key(row[3])) for row in contacts],
        )
        con.executemany(
            "INSERT INTO contact_name_keys(contact_id, key, first_fold, last_fold)"
            " VALUES (:contact_id, :key, :first_fold, :last_fold)",
            (key for i, row in enumerate(contacts, start=1) for key in rows_for(i, row[0], row[1], row[3])),
        )
        timings["contacts"] = time.perf_counter() - t1
        con.executemany(
            "INSERT INTO affiliations(contact_id, organisation_id, is_primary) VALUES (?, ?, 1)",
            [(c, rng.randint(1, sizes.organisations)) for c in range(1, sizes.contacts + 1)],
        )
        con.executemany(
            "INSERT INTO events(title, kind, status, starts_at, venue_city, version) VALUES (?, 'other', 'planned', ?, ?, 1)",
            [(f"Sprachcafé {i} – مقهى اللغة", (dt.datetime(2024, 1, 1) + dt.timedelta(days=i % 900, hours=18)).isoformat(sep=" "),
              rng.choice(TOWNS)) for i in range(sizes.events)],
        )  # fmt: skip
        pairs = set()
        while len(pairs) < sizes.participations:
            pairs.add((rng.randint(1, sizes.events), rng.randint(1, sizes.contacts)))
        con.executemany(
            "INSERT INTO participations(event_id, contact_id, role, status, invited_at) VALUES (?, ?, 'guest', 'invited', ?)",
            [(e, c, now) for e, c in sorted(pairs)],
        )
        con.executemany(
            "INSERT INTO volunteers(contact_id, status, version) VALUES (?, 'active', 1)",
            [(c,) for c in rng.sample(range(1, sizes.contacts + 1), sizes.volunteers)],
        )
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("ANALYZE")
    con.close()
    timings["total"] = time.perf_counter() - t0
    return timings
