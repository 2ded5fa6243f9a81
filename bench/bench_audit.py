"""Does the audit trail slow a 10 000-row import by more than 30 %? (issue 13, item 5)

    .venv/bin/python bench/bench_audit.py [ROWS] [ROUNDS]

Imports the same generated CSV (German, Turkish, Arabic and Cyrillic names, one organisation
link per row) into fresh databases, alternately with the audit trail's session events and
without them, and compares the best time of each ("apply" step only, as the user waits for it).
Prints figures; never part of the test run. Exits 1 when the overhead is above 30 %.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event, func, select

from kidesk.db import audit
from kidesk.db.database import open_database
from kidesk.db.models import AuditEntry
from kidesk.services.contact_import import apply_import, load_table, plan_import

FIRST = ["Ayşe", "Jürgen", "Олена", "Mehmet", "Klaus", "Fatma", "محمد", "Sogol", "Hüseyin", "Gudrun"]
LAST = ["Yılmaz", "Müller", "Schäfer", "Kaya", "Коваленко", "Weiß", "Öztürk", "حداد", "Samimi", "Kirchhoff"]
ORGS = ["AWO Kreisverband Herford e.V.", "Caritasverband Herford", "DRK Herford-Stadt", "Stadt Bünde"]


def _csv(tmp: Path, rows: int) -> Path:
    rng = random.Random(13)
    lines = ["Anrede;Vorname;Nachname;Organisation;E-Mail;Telefon;Straße;PLZ;Ort;Bemerkung"]
    for i in range(rows):
        lines.append(
            f"{rng.choice(['Frau', 'Herr', ''])};{rng.choice(FIRST)};{rng.choice(LAST)}{i};{rng.choice(ORGS)};"
            f"p{i}@example.org;05221 {i:06d};Hauptstraße {i % 200};{32000 + i % 999};Herford;Notiz {i}"
        )
    path = tmp / "gross.csv"
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    return path


def _run(tmp: Path, csv: Path, name: str, with_audit: bool) -> tuple[float, int]:
    db = open_database(tmp / f"{name}.sqlite")
    if not with_audit:
        event.remove(db.session_factory, "before_flush", audit._before_flush)
        event.remove(db.session_factory, "after_flush", audit._after_flush)
    plan = plan_import(db, load_table(csv))
    t0 = time.perf_counter()
    apply_import(db, plan)
    elapsed = time.perf_counter() - t0
    with db.session() as session:
        entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    db.dispose()
    return elapsed, entries


def main(rows: int = 10_000, rounds: int = 3) -> int:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        csv = _csv(tmp, rows)
        without, with_ = [], []
        entries = 0
        for r in range(rounds):
            without.append(_run(tmp, csv, f"plain{r}", False)[0])
            seconds, entries = _run(tmp, csv, f"audit{r}", True)
            with_.append(seconds)
        base, audited = min(without), min(with_)
        overhead = (audited - base) / base * 100
        print(f"{rows} rows, best of {rounds}: without audit {base:.2f}s, with audit {audited:.2f}s")
        print(f"overhead {overhead:+.1f} % ({entries} audit entries); limit +30 %")
        return 0 if overhead <= 30 else 1


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
