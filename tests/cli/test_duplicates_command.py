"""``kidesk duplicates``: one tab-separated line per likely duplicate pair, exit 0."""

from __future__ import annotations

from kidesk.cli import main
from kidesk.db.database import open_database
from kidesk.db.models import Contact


def test_duplicates_prints_score_ids_names_and_reason(db_path, capsys):
    db = open_database(db_path)
    with db.session() as s:
        s.add_all(
            [
                Contact(first_name="Тарас", last_name="Бондаренко", email="taras@example.org"),
                Contact(first_name="Тарас", last_name="Бондаренко"),
                Contact(first_name="Ali", last_name="Yılmaz", email="familie@example.org"),
                Contact(first_name="Ayşe", last_name="Yılmaz", email="familie@example.org"),
                Contact(first_name="Олена", last_name="Ковальчук"),
            ]
        )
    db.dispose()
    assert main(["--db", str(db_path), "duplicates"]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert lines[0] == ["95", "1", "Бондаренко, Тарас", "2", "Бондаренко, Тарас", "gleicher Name"]
    assert lines[1] == ["30", "3", "Yılmaz, Ali", "4", "Yılmaz, Ayşe", "Haushalt (gleiche E-Mail, anderer Vorname)"]
    assert len(lines) == 2
    assert main(["--db", str(db_path), "duplicates", "--min-score", "80"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
