"""Issue 12, item 5: the 24-hours-a-day rule holds when two processes add hours at once.

Two worker processes add 13 hours for the same volunteer on the same day, released together
by a barrier, 20 days in a row. Without ``BEGIN IMMEDIATE`` both read "0 hours so far" and
both insert (26 h); with it, the second waits for the first, reads 13 h and is refused.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from decimal import Decimal

from sqlalchemy import func, select

from kidesk.db.database import open_database
from kidesk.db.models import VolunteerHours
from tests.services.volunteer_sample_data import build_sample

ROUNDS = 20
FIRST_DAY = dt.date(2001, 3, 1)  # a month the sample data leaves empty


def _worker(path: str, volunteer_id: int, barrier, results) -> None:
    from kidesk.db.database import open_database
    from kidesk.errors import UserError
    from kidesk.services import volunteers as vs

    db = open_database(path, create=False)
    try:
        for n in range(ROUNDS):
            day = FIRST_DAY + dt.timedelta(days=n)
            barrier.wait(timeout=60)
            try:
                vs.add_hours(db, volunteer_id, day, "13", "Sprachcafé")
                results.put((n, "ok"))
            except UserError as exc:
                results.put((n, type(exc).__name__))
    finally:
        db.dispose()


def test_two_processes_never_store_more_than_24_hours_a_day(db_path):
    db = open_database(db_path)
    volunteer_id = build_sample(db).volunteers["Haddad"]
    db.dispose()
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    workers = [ctx.Process(target=_worker, args=(str(db_path), volunteer_id, barrier, results)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=240)
        assert worker.exitcode == 0
    outcomes = [results.get(timeout=5) for _ in range(2 * ROUNDS)]
    assert sorted(o for o in outcomes if o[1] == "ok") == [(n, "ok") for n in range(ROUNDS)]  # one per day
    assert {o[1] for o in outcomes} == {"ok", "ValidationError"}
    db = open_database(db_path)
    try:
        with db.session() as session:
            per_day = dict(
                session.execute(
                    select(VolunteerHours.worked_on, func.sum(VolunteerHours.hours))
                    .where(
                        VolunteerHours.volunteer_id == volunteer_id,
                        VolunteerHours.worked_on.between(FIRST_DAY, FIRST_DAY + dt.timedelta(days=ROUNDS)),
                    )
                    .group_by(VolunteerHours.worked_on)
                ).all()
            )
    finally:
        db.dispose()
    assert len(per_day) == ROUNDS
    assert all(Decimal(str(total)) <= 24 for total in per_day.values()), per_day
