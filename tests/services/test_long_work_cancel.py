"""Exports and backups report progress and stop when told, leaving nothing behind (issue 14)."""

from __future__ import annotations

import hashlib

import pytest

from kidesk.db.models import Contact, Organisation
from kidesk.services import backups
from kidesk.services.contact_export import export
from kidesk.services.progress import Cancelled

HARD_NAMES = [
    ("Yılmaz", "Şükrü"),
    ("محمدی", "زهرا"),
    ("رضایی‌نژاد", "می‌ترا"),  # Persian with ZWNJ
    ("ئەحمەد", "هێمن"),  # Sorani
    ("Шевченко", "Олена"),
    ("=SUM(A1)", "<b>&amp;"),
    ("Al-" + "Abdulrahman-" * 5 + "X", "Muhammad-Ali"),  # 70 characters
]


def fill_many(db, count: int) -> None:
    with db.session() as s:
        s.add_all(
            Contact(
                last_name=f"{HARD_NAMES[i % len(HARD_NAMES)][0]} {i}",
                first_name=HARD_NAMES[i % len(HARD_NAMES)][1],
                city="Herford",
                notes="Notiz " * 40,
            )
            for i in range(count)
        )


def db_digest(db) -> str:
    db.checkpoint()
    with db.session() as s:
        names = sorted(f"{c.id}:{c.last_name}:{c.version}" for c in s.query(Contact))
        orgs = sorted(o.name for o in s.query(Organisation))
    return hashlib.sha256(repr((names, orgs)).encode()).hexdigest()


def stopper(after: int):
    """A progress callback that answers *stop* at its ``after``-th report; it records each report."""
    seen: list[tuple[int, int]] = []

    def report(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < after

    return report, seen


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcf"])
def test_a_cancelled_export_leaves_no_file(db, tmp_path, fmt):
    fill_many(db, 1500)
    out = tmp_path / "ausgabe"
    out.mkdir()
    target = out / f"kontakte.{fmt}"
    report, seen = stopper(3)
    with pytest.raises(Cancelled):
        export(db, "contacts", target, fmt, internal=True, progress=report)
    assert len(seen) == 3 and seen[-1][0] > 0 and seen[-1][1] == 1500  # it stopped in the middle
    assert list(out.iterdir()) == []  # neither the file nor its temporary part


def test_an_export_reports_up_to_its_total(db, tmp_path):
    fill_many(db, 700)
    seen = []
    result = export(db, "contacts", tmp_path / "k.csv", progress=lambda d, t: seen.append((d, t)) or True)
    assert result.count == 700 and seen[0] == (0, 700) and seen[-1] == (700, 700)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_cancelled_backup_leaves_no_file_and_the_database_unchanged(db, tmp_path):
    fill_many(db, 3000)  # several megabytes: the copy takes many steps
    before = db_digest(db)
    second = tmp_path / "usb"
    backups.set_second_folder(db, second)
    report, seen = stopper(4)
    with pytest.raises(Cancelled):
        backups.create_backup(db, progress=report)
    assert seen[-1][0] > 0
    assert backups.list_backups(db, extra=second) == []
    assert not list(backups.backup_folder(db).glob("*")) and not (second.exists() and list(second.iterdir()))
    assert db_digest(db) == before
    # and the same when the cancel comes during the copy to the second folder
    total_reports = []
    backups.create_backup(db, progress=lambda d, t: total_reports.append(d) or True)
    assert max(total_reports) == 2000
    for file in [*backups.backup_folder(db).glob("*"), *second.glob("*")]:
        file.unlink()
    late = len(total_reports) - 2  # a report during the second copy
    report, seen = stopper(late)
    with pytest.raises(Cancelled):
        backups.create_backup(db, progress=report)
    assert seen[-1][0] > 1000
    assert not list(backups.backup_folder(db).glob("*")) and not list(second.iterdir())


def test_a_restore_cancelled_before_the_copy_in_changes_nothing(db, tmp_path):
    fill_many(db, 3000)
    taken = backups.create_backup(db).path
    with db.session() as s:
        s.add(Organisation(name="Nach der Sicherung e.V."))
    before = db_digest(db)
    report, seen = stopper(3)
    with pytest.raises(Cancelled):
        backups.restore_backup(db, taken, progress=report)
    assert 0 < seen[-1][0] < 1000
    assert db_digest(db) == before
    assert [b.path for b in backups.list_backups(db)] == [taken]  # no stray copy of the replaced state
