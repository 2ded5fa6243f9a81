"""`kidesk import` and `kidesk export`, run in-process."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from kidesk.cli import main
from kidesk.db.database import open_database
from kidesk.db.models import Contact

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


def contact_count(path) -> int:
    db = open_database(path)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(Contact))
    finally:
        db.dispose()


def test_import_dry_run_prints_plan_and_writes_nothing(db_path, capsys):
    assert main(["--db", str(db_path), "import", "contacts", str(FIXTURES / "outlook_de.csv"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 neu, 0 ergänzt, 0 übersprungen" in out
    assert "Probelauf: nichts gespeichert." in out
    assert contact_count(db_path) == 0


def test_import_then_again_is_nothing_to_do(db_path, capsys):
    assert main(["--db", str(db_path), "import", "contacts", str(FIXTURES / "excel_de.csv")]) == 0
    assert "2 Kontakte angelegt" in capsys.readouterr().out
    assert main(["--db", str(db_path), "import", "contacts", str(FIXTURES / "excel_de.csv")]) == 0
    assert "Nichts zu tun" in capsys.readouterr().out
    assert contact_count(db_path) == 2


def test_import_prints_problem_rows_and_fails_when_nothing_importable(db_path, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("Vorname;Nachname;E-Mail;Ort\n;;x@;\n;;;Herford\n", encoding="utf-8")  # no name at all
    assert main(["--db", str(db_path), "import", "contacts", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "Fehler: Zeile 2: kein Name" in out and "Fehler: Zeile 3: kein Name" in out
    assert "Keine Zeile konnte importiert werden" in out


def test_import_format_option_and_vcard(db_path, tmp_path, capsys):
    renamed = tmp_path / "karten.txt"
    renamed.write_bytes((FIXTURES / "outlook_21.vcf").read_bytes())
    assert main(["--db", str(db_path), "import", "contacts", str(renamed), "--format", "vcf"]) == 0
    assert contact_count(db_path) == 2


def test_import_bad_file_is_one_clear_line(db_path, tmp_path, capsys):
    binary = tmp_path / "liste.csv"
    binary.write_bytes(b"\x00\x01\x02binary" * 100)
    assert main(["--db", str(db_path), "import", "contacts", str(binary)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kidesk: ") and "Binärdaten" in err and err.count("\n") == 1
    assert main(["--db", str(db_path), "import", "contacts", str(tmp_path / "fehlt.csv")]) == 1
    assert "gibt es nicht" in capsys.readouterr().err


def test_export_each_format(db_path, tmp_path, capsys):
    main(["--db", str(db_path), "import", "contacts", str(FIXTURES / "outlook_de.csv")])
    capsys.readouterr()
    for what in ("contacts", "organisations", "volunteers"):
        for ext in ("csv", "xlsx", "vcf"):
            out = tmp_path / f"{what}.{ext}"
            assert main(["--db", str(db_path), "export", what, str(out)]) == 0
            assert out.exists()
    text = capsys.readouterr().out
    assert "2 Kontakte nach" in text and "2 Organisationen nach" in text


def test_export_participants_needs_an_existing_event(db_path, tmp_path, capsys):
    main(["--db", str(db_path), "import", "contacts", str(FIXTURES / "excel_de.csv")])
    assert main(["--db", str(db_path), "export", "participants", "--event", "7", str(tmp_path / "p.csv")]) == 1
    assert "ID 7 gibt es nicht" in capsys.readouterr().err


def test_export_unknown_extension(db_path, tmp_path, capsys):
    main(["--db", str(db_path), "import", "contacts", str(FIXTURES / "excel_de.csv")])
    assert main(["--db", str(db_path), "export", "contacts", str(tmp_path / "x.doc")]) == 1
    assert ".csv, .xlsx oder .vcf" in capsys.readouterr().err
