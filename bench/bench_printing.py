"""How long the print products take on the demo database (prints figures; not a test).

    .venv/bin/python bench/bench_printing.py [DB]

Without DB a temporary demo database is created.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from kidesk.db.database import open_database
from kidesk.db.models import Contact, Participation
from kidesk.services import printing
from kidesk.services.demo_data import fill_demo_data


def main() -> None:
    if len(sys.argv) > 1:
        db = open_database(sys.argv[1], create=False)
    else:
        db = open_database(Path(tempfile.mkdtemp()) / "bench.sqlite")
        fill_demo_data(db)
    with db.session() as s:
        event_id, n = s.execute(
            select(Participation.event_id, func.count()).group_by(Participation.event_id).order_by(func.count().desc())
        ).first()
        contact_ids = list(s.scalars(select(Contact.id).where(Contact.street.is_not(None)).order_by(Contact.id)))
        staff_ids = list(s.scalars(select(Contact.id).where(Contact.is_staff)))
    runs = [
        (
            f"cards C32011, {len(staff_ids)} staff with QR",
            lambda: printing.print_cards(db, template="C32011", contact_ids=staff_ids, copies=1),
        ),
        (
            f"labels 3475, {len(contact_ids)} contacts",
            lambda: printing.print_labels(db, template="3475", contact_ids=contact_ids),
        ),
        (
            f"invitations, event with {n} participations",
            lambda: printing.print_invitations(db, event_id=event_id, skip_missing=True),
        ),
        (f"attendance list, {n} participations", lambda: printing.print_attendance(db, event_id=event_id)),
        ("badges", lambda: printing.print_badges(db, event_id=event_id)),
        ("flyer A4", lambda: printing.print_flyer(db, event_id=event_id)),
        ("certificates series 1", lambda: printing.print_certificates(db, series_id=1)),
    ]
    for label, run in runs:
        start = time.perf_counter()
        pdf = run()
        print(f"{label:50s} {time.perf_counter() - start:6.2f} s  {len(pdf) / 1024:8.0f} KiB")


if __name__ == "__main__":
    main()
