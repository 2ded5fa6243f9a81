"""Imports commit in short steps (issue 12): another program waiting for the write lock gets it
within about a second, and what an interrupted import stored is whole and reported."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import event, func, select

from kidesk.db.models import Contact
from kidesk.services.contact_import import apply as apply_module
from kidesk.services.contact_import import apply_import, load_table, plan_import
from kidesk.services.contact_import.apply import ImportStopped


def _big_list(tmp_path, rows: int):
    lines = ["Vorname;Nachname;E-Mail;Ort"] + [f"Anna{i};Muster{i};anna{i}@example.org;Herford" for i in range(rows)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_second_writer_gets_the_lock_during_a_long_import(db, tmp_path, monkeypatch):
    monkeypatch.setattr(apply_module, "BATCH_SECONDS", 0.2)
    monkeypatch.setattr(apply_module, "APPLY_BATCH", 100)
    plan = plan_import(db, load_table(_big_list(tmp_path, 1500)))
    started = threading.Event()
    waited: list[float] = []

    def other_program() -> None:
        started.wait(30)
        con = sqlite3.connect(db.path, timeout=5)
        begin = time.monotonic()
        con.execute("BEGIN IMMEDIATE")  # waits for the import's write lock
        waited.append(time.monotonic() - begin)
        con.execute("CREATE TABLE IF NOT EXISTS other_program (x)")
        con.commit()
        con.close()

    def progress(done: int, total: int) -> bool:
        if done >= 200:
            started.set()
        time.sleep(0.002)  # a slow disk: the import takes several seconds
        return True

    commits: list[int] = []

    def count_commit(connection) -> None:
        commits.append(1)

    event.listen(db.engine, "commit", count_commit)
    worker = threading.Thread(target=other_program)
    worker.start()
    try:
        result = apply_import(db, plan, progress=progress)
    finally:
        worker.join(30)
        event.remove(db.engine, "commit", count_commit)
    assert result.created == 1500
    assert len(commits) >= 15  # at most 100 rows per transaction: the write lock is free between them
    assert waited and waited[0] < 2.0  # the other program waited for one batch, not the whole import


def test_a_cancel_after_some_batches_keeps_them_whole_and_says_so(db, tmp_path, monkeypatch):
    monkeypatch.setattr(apply_module, "APPLY_BATCH", 100)
    plan = plan_import(db, load_table(_big_list(tmp_path, 300)))

    def progress(done: int, total: int) -> bool:
        return done < 150

    with pytest.raises(ImportStopped, match=r"gespeichert sind 100 neue Kontakte.*bis Zeile 101.*ab Zeile 102"):
        apply_import(db, plan, progress=progress)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 100
    again = plan_import(db, load_table(_big_list(tmp_path, 300)))  # the same file completes it
    assert apply_import(db, again).created == 200
