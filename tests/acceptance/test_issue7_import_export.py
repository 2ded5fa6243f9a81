"""Issue 7 on the demo database: an office's German Outlook-style CSV (Windows-1252, ``;``),
dry run then apply; a binary file renamed .csv; export to csv/xlsx/vcf and import again
without new records; Mueller/Müller found as duplicates. Through the CLI, and the import
dialog with its modal steps patched (the mapping and the report are accepted as shown).
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from kidesk.cli import main
from kidesk.db.models import Affiliation, Contact, Organisation
from kidesk.services.duplicates import find_duplicates
from kidesk.ui.common import file_dialogs
from kidesk.ui.import_dialog import ColumnMappingDialog, ImportPlanDialog, run_import

HEADER = [
    "Anrede",
    "Vorname",
    "Nachname",
    "Firma",
    "Abteilung",
    "Position",
    "Straße geschäftlich",
    "Ort geschäftlich",
    "Postleitzahl geschäftlich",
    "Telefon geschäftlich",
    "E-Mail-Adresse",
    "Notizen",
]
ROWS = [
    [
        "Frau",
        "Jürgen-Özlem",
        "Größmann",
        "Stadt Bünde",
        "Integrationsbüro",
        "Sachbearbeitung",
        "Eschstraße 2",
        "Bünde",
        "32257",
        "05223/161-0",
        "oe.groessmann@buende.example",
        "erste Zeile\nzweite Zeile",
    ],
    [
        "Herr",
        "Hans",
        "Müller",
        "Tafel Löhne e.V.",
        "",
        "Vorstand",
        "Lübbecker Str. 5",
        "Löhne",
        "32584",
        "05732 12345",
        "h.mueller@tafel-loehne.example",
        "",
    ],
    [
        "Herr",
        "Hans",
        "Mueller",
        "Tafel Löhne e.V.",
        "",
        "Vorstand",
        "Lübbecker Str. 5",
        "Löhne",
        "32584",
        "",
        "hans.mueller@web.example",
        "Privatadresse",
    ],
]


def write_outlook_csv(path) -> None:
    def field(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if any(c in value for c in ';"\n') else value

    lines = [";".join(HEADER)] + [";".join(field(v) for v in row) for row in ROWS]
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")


def counts(db) -> tuple[int, int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Contact)),
            s.scalar(select(func.count()).select_from(Organisation)),
            s.scalar(select(func.count()).select_from(Affiliation)),
        )


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_outlook_csv_dry_run_then_apply(demo_db, tmp_path, capsys):
    path = tmp_path / "adressen-outlook.csv"
    write_outlook_csv(path)
    db_path = demo_db.location
    before = counts(demo_db)
    code, out, err = cli(capsys, "--db", db_path, "import", "contacts", path, "--dry-run")
    assert code == 0, err
    assert "Probelauf" in out and "3 neu" in out, out
    assert counts(demo_db) == before
    code, out, err = cli(capsys, "--db", db_path, "import", "contacts", path)
    assert code == 0, err
    assert "3 Kontakte angelegt" in out, out
    assert counts(demo_db)[0] == before[0] + 3
    with demo_db.session() as s:
        person = s.execute(select(Contact).where(Contact.last_name == "Größmann")).scalar_one()
        assert person.first_name == "Jürgen-Özlem" and person.salutation == "mrs"
        assert person.city == "Bünde" and person.postcode == "32257"
        assert "erste Zeile\nzweite Zeile" in (person.notes or "")
        assert [a.organisation.name for a in person.affiliations] == ["Stadt Bünde"]
    # the same file again: nothing new
    code, out, err = cli(capsys, "--db", db_path, "import", "contacts", path)
    assert counts(demo_db)[0] == before[0] + 3, out


def test_binary_file_renamed_csv_leaves_the_db_unchanged(demo_db, tmp_path, capsys):
    bad = tmp_path / "adressen.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4000) + bytes(range(256)) * 4)
    before = counts(demo_db)
    for extra in ([], ["--dry-run"]):
        code, out, err = cli(capsys, "--db", demo_db.location, "import", "contacts", bad, *extra)
        assert code != 0
        assert err.count("\n") == 1 and "adressen.csv" in err and "Traceback" not in err, err
    assert counts(demo_db) == before


@pytest.mark.parametrize("extension", ["csv", "xlsx", "vcf"])
def test_export_and_import_again_creates_nothing(demo_db, tmp_path, capsys, extension):
    out_file = tmp_path / f"kontakte.{extension}"
    code, out, err = cli(capsys, "--db", demo_db.location, "export", "contacts", out_file)
    assert code == 0, err
    assert out_file.stat().st_size > 1000
    before = counts(demo_db)
    code, out, err = cli(capsys, "--db", demo_db.location, "import", "contacts", out_file, "--dry-run")
    assert code == 0, err
    assert " 0 neu" in " " + out or "Nichts zu tun" in out or "0 neu" in out, out
    code, out, err = cli(capsys, "--db", demo_db.location, "import", "contacts", out_file)
    assert code == 0, err
    assert counts(demo_db) == before, out


def test_mueller_mueller_found_as_duplicates(demo_db, tmp_path, capsys):
    path = tmp_path / "adressen.csv"
    write_outlook_csv(path)
    assert cli(capsys, "--db", demo_db.location, "import", "contacts", path)[0] == 0
    with demo_db.session() as s:
        ids = set(
            s.scalars(
                select(Contact.id).where(Contact.last_name.in_(["Müller", "Mueller"]), Contact.first_name == "Hans")
            )
        )
    assert len(ids) == 2
    pairs = [p for p in find_duplicates(demo_db) if {p.first_id, p.second_id} == ids]
    assert pairs, "Müller/Mueller not offered as a duplicate pair"


def test_import_dialog_whole_conversation(qtbot, demo_db, tmp_path, monkeypatch, dialogs):
    path = tmp_path / "adressen-outlook.csv"
    write_outlook_csv(path)
    seen = {}

    def accept_mapping(dialog):
        seen["mapping"] = dialog.mapping()
        return QDialog.DialogCode.Accepted

    def accept_plan(dialog):
        seen["summary"] = dialog.summary.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", accept_mapping)
    monkeypatch.setattr(ImportPlanDialog, "exec", accept_plan)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", (lambda *a, **k: (str(path), "")))
    before = counts(demo_db)
    result = run_import(None, demo_db)
    assert result is not None and result.created == 3, dialogs.messages
    assert "last_name" in seen["mapping"] and "email" in seen["mapping"]
    assert seen["summary"].startswith("3 neu")
    assert counts(demo_db)[0] == before[0] + 3

    bad = tmp_path / "kaputt.csv"
    bad.write_bytes(b"\x00\x01\x02PK\x03\x04" + os.urandom(2000))
    monkeypatch.setattr(file_dialogs, "get_open_file_name", (lambda *a, **k: (str(bad), "")))
    after = counts(demo_db)
    assert run_import(None, demo_db) is None
    assert counts(demo_db) == after
    kind, _title, text = dialogs.messages[-1]
    assert kind == "warning" and "kaputt.csv" in text


def test_near_duplicates_within_one_file_are_pointed_out_in_the_dry_run(demo_db, tmp_path, capsys):
    """Müller and Mueller (other e-mails) in one file: the dry run said nothing about them."""
    path = tmp_path / "adressen.csv"
    write_outlook_csv(path)
    code, out, _err = cli(capsys, "--db", demo_db.location, "import", "contacts", path, "--dry-run")
    assert code == 0
    hints = [line for line in out.splitlines() if "mögliche Dublette" in line]
    assert len(hints) == 1 and "gleicher Name wie Zeile" in hints[0], out


def test_find_duplicates_view_is_reachable_from_the_main_window(qtbot, demo_db):
    from kidesk.ui.main_window import MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    texts = []
    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None:
            texts += [a.text().replace("&", "") for a in menu_action.menu().actions()]
    for tab in window.tab_by_key.values():
        texts += [a.text().replace("&", "") for a in tab.findChildren(type(window.action_new))]
        texts += [
            b.text().replace("&", "")
            for b in tab.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QAbstractButton)
        ]
    assert any("Doppelte Kontakte" in t for t in texts), texts


def test_contacts_export_respects_volunteers_consent(demo_db, tmp_path, capsys):
    from kidesk.db.models import Volunteer

    with demo_db.session() as s:
        withheld = (
            s.execute(
                select(Contact.email)
                .join(Volunteer)
                .where(~Volunteer.consent_share_with_partners, Contact.email.is_not(None))
            )
            .scalars()
            .all()
        )
    assert withheld
    volunteers_csv = tmp_path / "ehrenamtliche.csv"
    assert cli(capsys, "--db", demo_db.location, "export", "volunteers", volunteers_csv)[0] == 0
    assert not any(email in volunteers_csv.read_text(encoding="utf-8-sig") for email in withheld)
    contacts_csv = tmp_path / "kontakte.csv"
    assert cli(capsys, "--db", demo_db.location, "export", "contacts", contacts_csv)[0] == 0
    leaked = [email for email in withheld if email in contacts_csv.read_text(encoding="utf-8-sig")]
    assert not leaked, f"{len(leaked)} volunteers without consent in the contacts export"
