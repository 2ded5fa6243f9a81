"""Volunteer list pages, filters and the due list over many volunteers; prints figures.

    .venv/bin/python bench/bench_volunteers.py [N_VOLUNTEERS]

Not part of the test run. Targets: one list page (100 rows, with areas, languages and the
year's hours) and the filtered count each well under 100 ms at 5 000 volunteers; the due
list (one pass over all volunteers) under 500 ms.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from timing import median_and_max_ms

from kidesk.db.database import open_database
from kidesk.db.models import Contact, Volunteer, VolunteerEngagement, VolunteerHours, VolunteerLanguage
from kidesk.services import volunteers as vs

LAST = ["Yılmaz", "Müller", "Kovalenko", "Demir", "Schmidt", "Rahimi", "Haddad", "Meier", "Kaya", "Saleh"]
FIRST = ["Ayşe", "Jörg", "Olena", "Mehmet", "Fatma", "Sara", "Ahmad", "Anna", "Lukas", "Rania"]


def main(n: int = 5000) -> None:
    rng = random.Random(11)
    today = dt.date.today()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite", create=True)
        with db.session() as s:
            for i in range(n):
                c = Contact(first_name=rng.choice(FIRST), last_name=f"{rng.choice(LAST)}{i}")
                v = Volunteer(
                    contact=c,
                    status=rng.choice(("active", "active", "active", "paused", "inactive")),
                    municipality=rng.choice(vs.MUNICIPALITIES),
                    active_since=today - dt.timedelta(days=rng.randint(30, 3000)),
                    consent_given_on=today - dt.timedelta(days=rng.randint(1, 1500)),
                    police_certificate_inspected_on=today - dt.timedelta(days=rng.randint(1, 2000)),
                )
                for area in rng.sample(vs.ENGAGEMENT_AREAS, 2):
                    v.engagements.append(VolunteerEngagement(area=area))
                for lang in rng.sample(vs.LANGUAGES, 2):
                    v.languages.append(VolunteerLanguage(language=lang, level=rng.choice(("B1", "native"))))
                for _ in range(rng.randint(0, 6)):
                    v.hours.append(
                        VolunteerHours(
                            worked_on=today - dt.timedelta(days=rng.randint(0, 700)), hours=Decimal(rng.randint(1, 8))
                        )
                    )
                s.add(v)
        flt = vs.VolunteerFilter(status="active", municipality="Löhne", language="Arabisch")
        with db.session() as s:
            print(f"{n} volunteers")
            for label, fn in (
                ("first page, no filter", lambda: vs.volunteer_page(s, None, 0, 100)),
                ("page 10, no filter", lambda: vs.volunteer_page(s, None, 900, 100)),
                ("count, active+Löhne+Arabisch", lambda: vs.volunteer_count(s, flt)),
                ("first page, active+Löhne+Arabisch", lambda: vs.volunteer_page(s, flt, 0, 100)),
                ("due list, 8 weeks", lambda: vs.due_items(s, weeks=8)),
            ):
                median, worst = median_and_max_ms(fn)
                print(f"{label:40s} median {median:7.1f} ms   max {worst:7.1f} ms")
        db.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
