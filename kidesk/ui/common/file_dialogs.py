"""File dialogs that never open, sniff or list kidesk's database files.

Why (docs/DATA-SAFETY.md, sqlite.org "How To Corrupt An SQLite Database File" § 2.2): on
Linux and macOS SQLite's locks belong to the process and are dropped when the process
closes *any* descriptor of the database file. A file dialog that reads the database to find
its type or icon does exactly that; a ``kidesk`` command run next to the window then thinks
it is alone. So every file dialog in kidesk goes through this module, which

* uses Qt's own dialog (``DontUseNativeDialog``): platform dialogs run plug-ins in our
  process that sniff files;
* gives it an icon provider that decides icon and type from the name alone — it never
  reads a file (Qt's default consults the MIME database, which may read the content);
* hides database files and their companions (``*.sqlite``, ``*.sqlite-wal``, ``-shm``,
  ``-journal``, ``*.lock``) through a filter model, so they are not even listed;
* never *starts* in the data folder: a suggested path there is moved to the documents folder;
* refuses to save over a database file.

Use these instead of ``QFileDialog.get…`` (same arguments, same return values)::

    path, _filter = get_save_file_name(self, self.tr("Als PDF speichern"), "brief.pdf", "PDF (*.pdf)")
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QFileInfo,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
)
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QMessageBox, QWidget

from kidesk import paths
from kidesk.db import process_lock
from kidesk.ui.common.text import fill

# Names never listed: databases and everything SQLite and kidesk keep beside them.
HIDDEN_NAME = re.compile(r"\.(sqlite3?|db)(-wal|-shm|-journal|\.lock(\.d)?|\.window\.lock|\.part)?$", re.IGNORECASE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


def is_hidden_name(name: str) -> bool:
    return bool(HIDDEN_NAME.search(name))


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file name alone; never opens a file."""

    def icon(self, what):
        if isinstance(what, QFileInfo):
            if what.isRoot():
                what = QAbstractFileIconProvider.IconType.Drive
            elif what.isDir():
                what = QAbstractFileIconProvider.IconType.Folder
            else:
                what = QAbstractFileIconProvider.IconType.File
        try:
            return super().icon(what)
        except Exception:
            return QIcon()

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return _tr("Ordner")
        suffix = info.suffix()
        return fill(_tr("%1-Datei"), suffix.upper()) if suffix else _tr("Datei")


class HideDatabaseFiles(QSortFilterProxyModel):
    """Drops database files and their companions from the dialog's listing."""

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        name = model.fileName(index) if isinstance(model, QFileSystemModel) else str(index.data())
        return not is_hidden_name(name)


class SafeFileDialog(QFileDialog):
    """Qt's file dialog with the rules above; use the functions below rather than this class."""

    def __init__(self, parent: QWidget | None, caption: str, directory: str, name_filter: str) -> None:
        super().__init__(parent, caption, safe_start(directory), name_filter)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
        self._icons = NameOnlyIconProvider()
        self.setIconProvider(self._icons)
        self._proxy = HideDatabaseFiles(self)
        self.setProxyModel(self._proxy)
        suggested = Path(directory).name if directory and not Path(directory).is_dir() else ""
        if suggested:
            self.selectFile(suggested)

    def listed_names(self) -> list[str]:
        """The names the dialog shows for its current folder (for tests and diagnostics)."""
        proxy = self._proxy
        source = proxy.sourceModel()
        root = proxy.mapFromSource(source.index(self.directory().absolutePath()))
        return sorted(str(proxy.index(row, 0, root).data()) for row in range(proxy.rowCount(root)))

    def accept(self) -> None:
        chosen = self.selectedFiles()
        if self.acceptMode() == QFileDialog.AcceptMode.AcceptSave and any(is_hidden_name(Path(f).name) for f in chosen):
            QMessageBox.warning(
                self,
                _tr("Datei schützen"),
                _tr(
                    "Diese Datei gehört zu einer Datenbank und wird nicht überschrieben. Bitte einen anderen Namen wählen."
                ),
            )
            return
        super().accept()


def data_folders() -> list[Path]:
    """Folders a dialog must not start in: the data folder and the open database's folder."""
    found = [paths.data_dir(), *(file.parent for file in process_lock.files_in_use())]
    found.extend(Path(p) for p in _protected_folders)
    return [f.resolve() for f in found]


_protected_folders: set[str] = set()


def protect_folder(folder: str | Path) -> None:
    """Also keep dialogs from starting in ``folder`` (the main window passes its database's folder)."""
    _protected_folders.add(str(Path(folder).resolve()))


def documents_folder() -> Path:
    """The user's documents folder (home when the system names none): where save dialogs start."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


_documents = documents_folder


def safe_start(directory: str) -> str:
    """``directory`` (a folder or a suggested file path) moved out of a data folder if it is in one.

    A bare file name ("einladungen.pdf") or a relative path starts in the documents folder, never
    in the program's working folder (issue 14, obs. 8).
    """
    if not directory:
        return str(_documents())
    candidate = Path(directory).expanduser()
    if not candidate.is_absolute():
        return str(_documents() / candidate)
    folder = candidate if candidate.is_dir() else candidate.parent
    try:
        resolved = folder.resolve()
    except OSError:
        return str(_documents())
    for data in data_folders():
        if resolved == data or data in resolved.parents:
            name = "" if candidate.is_dir() or is_hidden_name(candidate.name) else candidate.name
            return str(_documents() / name) if name else str(_documents())
    return directory


def make_dialog(
    parent: QWidget | None, caption: str = "", directory: str = "", name_filter: str = "", *, mode: str = "open"
) -> SafeFileDialog:
    """The dialog object (``mode``: ``open``, ``save`` or ``folder``) without running it."""
    dialog = SafeFileDialog(parent, caption, directory, name_filter)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _run(dialog: SafeFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def get_open_file_name(
    parent: QWidget | None = None, caption: str = "", directory: str = "", name_filter: str = ""
) -> tuple[str, str]:
    return _run(make_dialog(parent, caption, directory, name_filter, mode="open"))


def get_save_file_name(
    parent: QWidget | None = None, caption: str = "", directory: str = "", name_filter: str = ""
) -> tuple[str, str]:
    return _run(make_dialog(parent, caption, directory, name_filter, mode="save"))


def get_existing_directory(parent: QWidget | None = None, caption: str = "", directory: str = "") -> str:
    return _run(make_dialog(parent, caption, directory, "", mode="folder"))[0]


__all__ = [
    "get_existing_directory",
    "get_open_file_name",
    "get_save_file_name",
    "is_hidden_name",
    "make_dialog",
    "documents_folder",
    "protect_folder",
]
