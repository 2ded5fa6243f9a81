"""The file-dialog helper never lists, opens or sniffs database files (issue 18, item 1).

The proof is the kernel's list of POSIX locks: SQLite's lock on the database file belongs to
this process and disappears the moment anything in the process closes a descriptor of that
file (sqlite.org "How To Corrupt An SQLite Database File" § 2.2). It must still be there after
the dialog showed the database's folder in detail view, with icons and types fetched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QLineEdit

from kidesk import paths
from kidesk.services import organisations
from kidesk.services.organisations import OrganisationData
from kidesk.ui.common import file_dialogs
from tests.db.test_two_processes import posix_locks_held, sniff

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/locks")


def _show(qtbot, folder: Path, mode: str = "open") -> file_dialogs.SafeFileDialog:
    (folder / "brief.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = file_dialogs.make_dialog(None, "Test", str(folder), "", mode=mode)
    dialog.setDirectory(str(folder))
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitUntil(lambda: "brief.pdf" in dialog.listed_names(), timeout=5000)
    qtbot.wait(300)  # the icon/type gatherer runs in a thread
    return dialog


@linux_only
def test_the_dialog_on_the_database_folder_keeps_sqlites_locks(qtbot, db, db_path):
    organisations.create_organisation(db, OrganisationData(name="Vor dem Dialog"))
    assert posix_locks_held(db_path), "precondition: SQLite holds its lock"
    dialog = _show(qtbot, db_path.parent)
    names = dialog.listed_names()
    dialog.close()
    assert "brief.pdf" in names
    assert not [n for n in names if n.startswith("kidesk.sqlite")], names
    assert posix_locks_held(db_path), "the dialog closed a descriptor of the database file"
    # the same check notices a sniff: this is what the dialog must never do
    sniff(db_path)
    assert not posix_locks_held(db_path)


def test_database_files_and_companions_are_hidden():
    for name in (
        "kidesk.sqlite",
        "kidesk.sqlite-wal",
        "kidesk.sqlite-shm",
        "kidesk.sqlite-journal",
        "kidesk.sqlite.lock",
        "kidesk.sqlite.window.lock",
        "demo.db",
        "x.SQLITE3",
        "a.sqlite.part",
    ):
        assert file_dialogs.is_hidden_name(name), name
    for name in ("brief.pdf", "kontakte.csv", "sqlite-anleitung.txt", "logo.png"):
        assert not file_dialogs.is_hidden_name(name), name


def test_icons_and_types_come_from_the_name_alone(tmp_path):
    provider = file_dialogs.NameOnlyIconProvider()
    unreadable = tmp_path / "geheim.pdf"
    unreadable.write_bytes(b"%PDF")
    unreadable.chmod(0)
    assert provider.type(QFileInfo(str(unreadable))) == "PDF-Datei"
    assert provider.type(QFileInfo(str(tmp_path))) == "Ordner"
    assert isinstance(provider.icon(QFileInfo(str(unreadable))), QIcon)  # whatever icon, never an error


def test_a_dialog_never_starts_in_the_data_folder(tmp_path):
    data = paths.data_dir()
    data.mkdir(parents=True, exist_ok=True)
    start = file_dialogs.safe_start(str(data / "export.csv"))
    assert Path(start).name == "export.csv"
    assert Path(start).parent != data
    assert file_dialogs.safe_start(str(data)) != str(data)
    assert file_dialogs.safe_start(str(tmp_path / "brief.pdf")) == str(tmp_path / "brief.pdf")


def test_the_folder_of_an_open_database_counts_as_data_folder(db, db_path):
    start = file_dialogs.safe_start(str(db_path.parent / "liste.csv"))
    assert Path(start).parent != db_path.parent


def test_saving_over_a_database_file_is_refused(qtbot, tmp_path, dialogs):
    (tmp_path / "kidesk.sqlite").write_bytes(b"")
    dialog = _show(qtbot, tmp_path, mode="save")
    dialog.findChild(QLineEdit, "fileNameEdit").setText("kidesk.sqlite")  # the user types the name
    assert dialog.selectedFiles() == [str(tmp_path / "kidesk.sqlite")]
    dialog.accept()
    assert dialog.result() != QFileDialog.DialogCode.Accepted
    assert any("nicht überschrieben" in t for t in dialogs.texts("warning"))
    dialog.close()
