"""SIGKILL harness with two processes on one database file (issues 12 and 18).

    .venv/bin/python bench/two_process_sigkill.py [--rounds 50] [--dir DIR] [--seed N]

Each round starts two children on the same file:

* a *window* (the ``gui`` verb's way in: window lock, role "kidesk-Fenster"), which writes
  transactions of two organisations and — the worst case of issue 18 — reads the database
  file with ``open()`` every few writes, dropping its own SQLite locks (sqlite.org "How To
  Corrupt An SQLite Database File" § 2.2);
* a *command* that, like ``kidesk`` runs in a loop, opens the database, writes one such
  transaction and closes again — each time "the last user" as far as SQLite can tell.

Both print the name of each transaction after its commit returned. At random moments the
parent kills them with SIGKILL (either first, or both at once), then checks the file:
``integrity_check`` ok, every reported commit present, no transaction present by half.
Prints ``N Runden: 0 Integritätsfehler, 0 verlorene Commits, 0 halbe Transaktionen`` and
exits non-zero on any finding. A few rounds run in the normal tests
(tests/db/test_two_processes.py); run ≥ 50 here.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _write_pair(db, name: str) -> None:
    from kidesk.db.models import Organisation

    with db.session() as session:
        session.add(Organisation(name=f"{name}-a"))
        session.flush()
        session.add(Organisation(name=f"{name}-b"))


def child(db_file: Path, role: str, tag: str, seed: int) -> None:
    from kidesk.cli.context import CliContext
    from kidesk.db.database import open_database

    rng = random.Random(seed)
    if role == "window":
        ctx = CliContext(db_target=str(db_file), window=True, verb="gui")
        db = ctx.open_db()
        for i in range(100_000):
            name = f"{tag}-{i}"
            _write_pair(db, name)
            print(name, flush=True)
            if i % 3 == 0:
                with open(db_file, "rb") as fh:
                    fh.read(16)
            time.sleep(rng.random() * 0.02)
    else:
        for i in range(100_000):
            db = open_database(db_file, create=False, role="Befehl 'bench'")
            try:
                name = f"{tag}-{i}"
                _write_pair(db, name)
                print(name, flush=True)
            finally:
                db.dispose()


class Child:
    """A child process and the commits it reported, read by a thread as they come."""

    def __init__(self, db_file: Path, role: str, tag: str, seed: int) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "child",
                "--db",
                str(db_file),
                "--role",
                role,
                "--tag",
                tag,
                "--seed",
                str(seed),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.strip():
                self.lines.append(line.strip())

    def wait_until_writing(self, timeout: float = 120.0) -> None:
        end = time.monotonic() + timeout
        while not self.lines and self.proc.poll() is None and time.monotonic() < end:
            time.sleep(0.02)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)

    def finish(self) -> tuple[list[str], str]:
        self.proc.wait(timeout=60)
        self.reader.join(timeout=60)
        assert self.proc.stderr is not None
        return self.lines, self.proc.stderr.read()


def _verify(db_file: Path, reported: list[str]) -> tuple[int, int, int, int]:
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        names = {r[0] for r in con.execute("SELECT name FROM organisations")}
    finally:
        con.close()
    lost = sum(1 for n in reported if f"{n}-a" not in names or f"{n}-b" not in names)
    stems = {n[:-2] for n in names}
    half = sum(1 for s in stems if (f"{s}-a" in names) != (f"{s}-b" in names))
    return (0 if integrity == ["ok"] else 1), lost, half, len(names) // 2


def run(rounds: int, directory: Path, seed: int) -> int:
    from kidesk.db.database import open_database

    rng = random.Random(seed)
    db_file = directory / "kidesk.sqlite"
    open_database(db_file).dispose()
    totals = [0, 0, 0]
    child_failures = 0
    reported_all: list[str] = []
    for r in range(rounds):
        window = Child(db_file, "window", f"r{r}w", rng.randrange(1 << 30))
        command = Child(db_file, "command", f"r{r}c", rng.randrange(1 << 30))
        window.wait_until_writing()
        command.wait_until_writing()
        time.sleep(rng.random() * 1.0)  # both are writing: kill at a random moment
        order = rng.choice(["window-first", "command-first", "both"])
        first, second = (window, command) if order != "command-first" else (command, window)
        first.kill()
        if order != "both":
            time.sleep(rng.random() * 0.5)
        second.kill()
        for child_process in (window, command):
            out_lines, err = child_process.finish()
            reported_all.extend(out_lines)
            if not out_lines or "Traceback" in err:
                print(f"Runde {r}: ein Kindprozess schrieb nichts oder endete mit Fehler:\n{err}", file=sys.stderr)
                child_failures += 1
        bad, lost, half, stored = _verify(db_file, reported_all)
        totals[0] += bad
        totals[1] += lost
        totals[2] += half
        print(
            f"Runde {r + 1}: {order}, {len(reported_all)} gemeldete Commits, {stored} gespeichert, "
            f"integrity {'ok' if not bad else 'FEHLER'}, {lost} verloren, {half} halb",
            flush=True,
        )
    print(
        f"{rounds} Runden: {totals[0]} Integritätsfehler, {totals[1]} verlorene Commits, "
        f"{totals[2]} halbe Transaktionen"
    )
    if child_failures:
        print(f"{child_failures} Kindprozesse schrieben nichts oder endeten mit einem Fehler")
    return 0 if totals == [0, 0, 0] and not child_failures else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode")
    kid = sub.add_parser("child")
    kid.add_argument("--db", type=Path, required=True)
    kid.add_argument("--role", choices=["window", "command"], required=True)
    kid.add_argument("--tag", required=True)
    kid.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args(argv)
    if args.mode == "child":
        child(args.db, args.role, args.tag, args.seed)
        return 0
    print(f"Seed {args.seed}")
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
        return run(args.rounds, args.dir, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        return run(args.rounds, Path(tmp), args.seed)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
