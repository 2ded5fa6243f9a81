"""Time filling a fresh database with the demo data set; prints figures.

    .venv/bin/python bench/bench_demo_data.py [REPEAT]

Not part of the test run. Target: one fill (about 200 contacts, 570 participations with
1 500 status changes, 370 hours entries) well under two seconds on an office PC.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kidesk.db.database import open_database
from kidesk.services.demo_data import fill_demo_data


def main(repeat: int = 3) -> None:
    times = []
    with tempfile.TemporaryDirectory() as directory:
        for n in range(repeat):
            db = open_database(Path(directory) / f"demo-{n}.sqlite")  # migration is not timed
            start = time.perf_counter()
            counts = fill_demo_data(db, today=dt.date(2026, 3, 11))
            times.append(time.perf_counter() - start)
            db.dispose()
    print("counts:", ", ".join(f"{v} {k}" for k, v in counts.items()))
    print(
        f"fill_demo_data: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms ({repeat} runs)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
