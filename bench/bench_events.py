"""Event work at scale: bulk invites, the invite list, check-in keystrokes, the series matrix.

    .venv/bin/python bench/bench_events.py [N_VOLUNTEERS]

Not part of the test run. Targets (a laptop at the door): one check-in keystroke (filter
the list) well under 50 ms and one check-in under 50 ms with 1 000 people on the list;
inviting all volunteers and reloading the invite list each under a second.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select
from timing import median_and_max_ms

from kidesk.db.database import open_database
from kidesk.db.models import Contact, Event, EventSeries, Volunteer
from kidesk.services import events

FIRST = ["Ayşe", "Jörg", "Olena", "Mehmet", "Fatma", "Sara", "Ahmad", "Anna", "Lukas", "Zeynep", "Leyla", "Hêvî"]
LAST = [
    "Yılmaz",
    "Müller",
    "Kovalenko",
    "Demir",
    "Schmidt",
    "Rahimi",
    "Haddad",
    "Meier",
    "Kaya",
    "Amedî",
    "Meyer zu Bexten",
]


def main(n: int = 1000) -> None:
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        with db.session() as s:
            s.execute(
                insert(Contact),
                [
                    {
                        "first_name": rng.choice(FIRST),
                        "last_name": f"{rng.choice(LAST)}{i % 97 or ''}",
                        "city": "Herford",
                        "street": "Hauptstraße 1",
                        "email": f"p{i}@example.org",
                    }
                    for i in range(n)
                ],
            )
            ids = s.scalars(select(Contact.id)).all()
            s.execute(insert(Volunteer), [{"contact_id": i, "status": "active"} for i in ids])
            series = EventSeries(title="Basisqualifikation", module_count=12, certificate_min_modules=8)
            s.add(series)
            s.flush()
            start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(17))
            event = Event(
                title="Modul 1", series_id=series.id, module_number=1, starts_at=start, kind="qualification_module"
            )
            s.add(event)
            s.flush()
            event_id, series_id = event.id, series.id

        t = time.perf_counter()
        result = events.invite_active_volunteers(db, event_id)
        print(f"invite all {n} active volunteers: {(time.perf_counter() - t) * 1000:.0f} ms ({result.describe()})")
        med, mx = median_and_max_ms(lambda: (events.invitees(db, event_id), events.status_counts(db, event_id)), 5)
        print(f"invite list reload (invitees + counts): median {med:.1f} ms, max {mx:.1f} ms")
        med, mx = median_and_max_ms(lambda: events.checkin_candidates(db, event_id), 5)
        print(f"check-in list load (once, and after each check-in): median {med:.1f} ms, max {mx:.1f} ms")
        cached = events.checkin_candidates(db, event_id)
        med, mx = median_and_max_ms(lambda: events.filter_candidates(cached, "yil"))
        print(f"check-in keystroke 'yil' (filter the loaded list): median {med:.2f} ms, max {mx:.2f} ms")
        people = events.checkin_candidates(db, event_id)
        sample = iter(rng.sample(people, 20))
        med, mx = median_and_max_ms(lambda: events.check_in(db, next(sample).participation_id))
        print(f"one check-in: median {med:.1f} ms, max {mx:.1f} ms")
        med, mx = median_and_max_ms(lambda: events.series_matrix(db, series_id), 5)
        print(f"series matrix: median {med:.1f} ms, max {mx:.1f} ms")
        db.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
