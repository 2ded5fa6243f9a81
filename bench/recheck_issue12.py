"""Re-check every observation at the top of issue 12 on this checkout; prints a Markdown table.

    .venv/bin/python bench/recheck_issue12.py     (as root for the /dev/full, tmpfs rows)

Each row runs the command of the observation as a user would (``python -m kidesk``, a fresh
demo database in a temporary folder) and states what happens now. docs/DATA-SAFETY.md keeps
the table of the last run.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS: list[tuple[str, str, bool]] = []


def kidesk(db: Path, *args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kidesk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def one_line(done: subprocess.CompletedProcess[str]) -> bool:
    return done.returncode != 0 and "Traceback" not in done.stderr and done.stderr.count("\n") == 1


def record(observation: str, outcome: str, ok: bool) -> None:
    ROWS.append((observation, outcome.replace("|", "\\|").replace("\n", " ")[:230], ok))
    print(("OK   " if ok else "FAIL ") + observation, "→", outcome[:160], flush=True)


def integrity(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def demo(folder: Path) -> Path:
    db = folder / "a.sqlite"
    done = kidesk(db, "demo")
    assert done.returncode == 0, done.stderr
    return db


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="kidesk-recheck-"))
    try:
        run(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print("| Beobachtung (Issue 12) | jetzt | erfüllt |")
    print("|---|---|---|")
    for observation, outcome, ok in ROWS:
        print(f"| {observation} | {outcome} | {'ja' if ok else 'NEIN'} |")
    return 0 if all(ok for *_, ok in ROWS) else 1


def run(work: Path) -> None:
    db = demo(work)
    before = counts(db)
    contact = sqlite3.connect(db).execute("SELECT contact_id FROM volunteers LIMIT 1").fetchone()[0]

    # 1. outputs over the database
    done = kidesk(db, "print", "calibration", "--template", "C32011", "-o", str(db))
    record("`print calibration -o a.sqlite` überschreibt die Datenbank", f"exit {done.returncode}: {done.stderr.strip()}",
           one_line(done) and counts(db) == before)  # fmt: skip
    done = kidesk(db, "export", "contacts", str(db), "--format", "csv")
    record("`export contacts a.sqlite --format csv` ebenso", f"exit {done.returncode}: {done.stderr.strip()}",
           one_line(done) and counts(db) == before)  # fmt: skip
    if os.geteuid() == 0 and Path("/dev/full").exists():
        done = kidesk(db, "print", "calibration", "--template", "C32011", "-o", "/dev/full")
        record("als root `-o /dev/full` ersetzt das Gerät durch eine Datei",
               f"exit {done.returncode}: {done.stderr.strip()}; /dev/full bleibt Gerät",
               one_line(done) and stat.S_ISCHR(os.stat("/dev/full").st_mode))  # fmt: skip

    # 2. backups
    done = kidesk(db, "backup")
    listed = kidesk(db, "backups")
    backups = sorted((work / "backups").glob("*.sqlite"))
    target = work / "b.sqlite"
    shutil.copy(backups[-1], target) if backups else None
    kidesk(db, "hours", "add", "--contact", str(contact), "--date", "2026-02-02", "--hours", "1")
    restored = kidesk(db, "restore", str(backups[-1])) if backups else done
    same = counts(db) == before and integrity(db) == "ok"
    record("keine Sicherung: `backup`, `backups`, `restore`",
           f"backup exit {done.returncode}, backups: {listed.stdout.strip().splitlines()[-1][:60]!r}, "
           f"restore exit {restored.returncode}; danach integrity ok und Zeilenzahlen gleich: {same}",
           done.returncode == 0 and restored.returncode == 0 and same)  # fmt: skip

    # 3. file modes
    export = work / "kontakte.csv"
    kidesk(db, "export", "contacts", str(export))
    files = [db, Path(f"{db}-wal"), Path(f"{db}-shm"), export, *sorted((work / "backups").glob("*.sqlite"))]
    modes = {p.name: oct(p.stat().st_mode & 0o777) for p in files if p.exists()}
    folder_mode = oct((work / "backups").stat().st_mode & 0o777)
    record("Datenbank, WAL/SHM, Sicherungen, Exporte 0644, Ordner 0755",
           f"Dateien {sorted(set(modes.values()))}, backups/ {folder_mode}",
           set(modes.values()) == {"0o600"} and folder_mode == "0o700")  # fmt: skip

    # 4. corruption
    broken = work / "kaputt.sqlite"
    shutil.copy(db, broken)
    con = sqlite3.connect(broken)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='contacts'").fetchone()[0]
    con.close()
    with open(broken, "r+b") as handle:
        handle.seek((root - 1) * page_size)  # one data page overwritten, as a failing disk would
        handle.write(os.urandom(page_size))
    done = kidesk(broken, "check")
    record("`check` stürzt bei einer überschriebenen Seite mit Traceback ab", f"exit {done.returncode}: "
           f"{(done.stdout + done.stderr).strip().splitlines()[-1] if (done.stdout + done.stderr).strip() else ''}",
           done.returncode != 0 and "Traceback" not in done.stderr)  # fmt: skip
    done = kidesk(broken, "hours", "add", "--contact", str(contact), "--date", "2026-02-03", "--hours", "1")
    record("`hours add` endet auf der beschädigten Datei mit exit 0", f"exit {done.returncode}: {done.stderr.strip()}",
           one_line(done))  # fmt: skip

    # 5. empty and foreign files
    empty = work / "leer.sqlite"
    empty.touch()
    done = kidesk(empty, "list", "contacts")
    record("eine 0-Byte-Datei wird von einem Lese-Befehl zur leeren Datenbank",
           f"exit {done.returncode}: {done.stderr.strip()}; Größe danach {empty.stat().st_size}",
           one_line(done) and empty.stat().st_size == 0)  # fmt: skip
    foreign = work / "fremd.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE rezepte(name TEXT)")
    con.commit()
    con.close()
    size = foreign.stat().st_size
    done = kidesk(foreign, "list", "contacts")
    tables = sqlite3.connect(foreign).execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    record("eine fremde SQLite-Datei bekommt 22 kidesk-Tabellen", f"exit {done.returncode}: {done.stderr.strip()}; "
           f"Tabellen danach {tables}", one_line(done) and tables == 1 and foreign.stat().st_size == size)  # fmt: skip

    # 6. locked database
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('BEGIN IMMEDIATE'); print('x', flush=True); sys.stdin.readline()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    holder.stdout.readline()
    secret = "Treffen bei Familie Özdemir"
    t0 = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "kidesk", "--db", str(db), "--wait", "2", "hours", "add", "--contact", str(contact),
         "--date", "2026-02-04", "--hours", "1", "--activity", secret], capture_output=True, text=True)  # fmt: skip
    waited = time.monotonic() - t0
    holder.stdin.close()
    holder.wait()
    record("gesperrte Datenbank: Traceback mit SQL-Parametern (Personendaten) auf stderr",
           f"exit {done.returncode} nach {waited:.1f} s: {done.stderr.strip()}",
           one_line(done) and secret not in done.stderr and "INSERT" not in done.stderr)  # fmt: skip
    done = kidesk(db, "hours", "add", "--contact", str(contact), "--date", "2026-02-04", "--hours", "1")
    record("… und ohne Sperre geht derselbe Befehl durch", f"exit {done.returncode}", done.returncode == 0)

    # 7. hostile input
    checks = [
        ("23-stellige ID → OverflowError", ["hours", "add", "--contact", "1" * 23, "--date", "2026-02-05", "--hours", "1"]),
        ("einzelnes Surrogat in `--activity`", ["hours", "add", "--contact", str(contact), "--date", "2026-02-05",
                                                 "--hours", "1", "--activity", "a\udcffb"]),
        ("100 000 Zeichen in `--activity`", ["hours", "add", "--contact", str(contact), "--date", "2026-02-05",
                                             "--hours", "1", "--activity", "x" * 100_000]),
        ("ESC in `--activity`", ["hours", "add", "--contact", str(contact), "--date", "2026-02-05", "--hours", "1",
                                 "--activity", "\x1b[2Jweg"]),
        ("`--copies 999999999`", ["print", "cards", "--template", "C32011", "-o", str(work / "k.pdf"), "--copies",
                                  "999999999"]),
        ("Ausgabe unter /proc", ["print", "calibration", "--template", "C32011", "-o", "/proc/self/x.pdf"]),
        ("überlanger Ausgabepfad", ["print", "calibration", "--template", "C32011", "-o", str(work / ("x" * 300))]),
    ]  # fmt: skip
    for label, args in checks:
        t0 = time.monotonic()
        try:
            done = kidesk(db, *args, timeout=60)
            ok = done.returncode != 0 and "Traceback" not in done.stderr and len(done.stderr) < 600
            last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
            outcome = f"exit {done.returncode} in {time.monotonic() - t0:.1f} s: {last[:150]}"
        except subprocess.TimeoutExpired:
            ok, outcome = False, "hängt (> 60 s)"
        record(f"feindliche Eingabe: {label}", outcome, ok)
    done = subprocess.run([sys.executable, "-m", "kidesk", "--db", "ftp://x/y", "list", "contacts"],
                          capture_output=True, text=True)  # fmt: skip
    record("unbekanntes URL-Schema", f"exit {done.returncode}: {done.stderr.strip()}", one_line(done))
    record("Datenbank nach allen Fehlversuchen", f"integrity_check {integrity(db)}", integrity(db) == "ok")


if __name__ == "__main__":
    raise SystemExit(main())
