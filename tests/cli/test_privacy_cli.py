"""``kidesk privacy …`` run in-process on a real database file."""

from __future__ import annotations

import json

from sqlalchemy import select

from kidesk.cli import main
from kidesk.db.models import Contact
from tests.services.privacy_sample import EMAIL, TRACES, add_person


def test_export_writes_pdf_and_json(db, db_path, tmp_path, capsys):
    ids = add_person(db)
    out = tmp_path / "auskunft"
    out.mkdir()
    assert main(["--db", str(db_path), "privacy", "export", "--contact", str(ids["person"]), "-o", str(out)]) == 0
    files = sorted(p.suffix for p in out.iterdir())
    assert files == [".json", ".pdf"]
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert data["contact"]["email"] == EMAIL
    assert "Auskunft geschrieben" in capsys.readouterr().out


def test_erase_needs_yes_and_then_leaves_no_trace(db, db_path, capsys):
    ids = add_person(db)
    db.dispose()
    argv = ["--db", str(db_path), "privacy", "erase", "--contact", str(ids["person"])]
    assert main(argv) != 0
    assert "--yes" in capsys.readouterr().err
    assert main([*argv, "--yes", "--reference", "DS-1"]) == 0
    assert "gelöscht" in capsys.readouterr().out
    for file in (db_path, db_path.with_name(db_path.name + "-wal")):
        if file.exists():
            raw = file.read_bytes()
            assert not [t for t in TRACES if t.encode() in raw]


def test_review_lists_and_applies_only_with_yes(db, db_path, capsys):
    ids = add_person(db)  # inactive volunteer with police-certificate dates and hours in 2024
    db.dispose()
    assert main(["--db", str(db_path), "privacy", "review"]) == 0
    out = capsys.readouterr().out
    assert "Führungszeugnis" in out and "--apply --yes" in out
    assert main(["--db", str(db_path), "privacy", "review", "--rule", "police_certificate", "--apply"]) != 0
    assert main(["--db", str(db_path), "privacy", "review", "--rule", "police_certificate", "--apply", "--yes"]) == 0
    assert "ausgeführt" in capsys.readouterr().out
    from kidesk.db.database import open_database

    again = open_database(db_path)
    with again.session() as s:
        assert s.scalar(select(Contact).where(Contact.id == ids["person"])) is not None
    again.dispose()


def test_consents_left_out_history_and_record(db, db_path, tmp_path, capsys):
    ids = add_person(db)
    db.dispose()
    base = ["--db", str(db_path), "privacy"]
    assert main([*base, "consents", "--contact", str(ids["person"])]) == 0
    assert "Newsletter" in capsys.readouterr().out
    assert main([*base, "left-out", "--purpose", "partners"]) == 0
    out = capsys.readouterr().out
    assert "abgelaufen" in out  # consent of 01.02.2024 is older than 24 months
    assert main([*base, "left-out", "--purpose", "nonsense"]) != 0
    capsys.readouterr()
    assert main([*base, "history", "--contact", str(ids["person"]), "-o", str(tmp_path / "v.csv")]) == 0
    assert "angelegt" in (tmp_path / "v.csv").read_text(encoding="utf-8-sig")
    assert main([*base, "record", "-o", str(tmp_path / "vvt.pdf")]) == 0
    assert (tmp_path / "vvt.pdf").read_bytes().startswith(b"%PDF")
