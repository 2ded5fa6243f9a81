"""*Datei → Sicherung …*: the last backup, the list of backups, back up now, restore, settings.

Everything goes through :mod:`kidesk.services.backups` (SQLite's backup API; a restore
checks the copy first, refuses while another kidesk program has the database open and keeps
the replaced database as a backup). Folder choice uses the non-sniffing file dialog.
Backing up and restoring run in a worker thread behind a progress window with *Abbrechen*
(:func:`kidesk.ui.common.progress.run_with_progress`): a cancelled backup leaves no file; a
restore can be cancelled until the copy-in begins, and then the database is unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.domain.dates import format_datetime
from kidesk.errors import UserError
from kidesk.services import backups
from kidesk.services.progress import Cancelled
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.plural_text import count_text
from kidesk.ui.common.progress import run_with_progress
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.tables import read_only_table
from kidesk.ui.common.text import fill

#: the progress window appears only for a backup that takes longer than this
PROGRESS_DELAY_MS = 300


def _size(num: int) -> str:
    if num >= 1024 * 1024:
        return f"{num / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(num / 1024))} kB"


class BackupDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.restored = False
        self.setWindowTitle(self.tr("Sicherung"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)

        self.last_label = QLabel()
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.last_label)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Größe"), self.tr("Inhalt"), self.tr("Datei")])
        read_only_table(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Vorhandene Sicherungen"))
        layout.addWidget(self.table)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Sicherung &jetzt erstellen"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Ausgewählte &zurückspielen …"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        layout.addLayout(buttons)

        settings = QGroupBox(self.tr("Aufbewahren und zweiter Ordner"))
        form = QFormLayout(settings)
        keep = backups.rotation(db)
        self.daily = self._spin(keep.daily, 1)
        self.weekly = self._spin(keep.weekly, 0)
        self.monthly = self._spin(keep.monthly, 0)
        for spin, name in (
            (self.daily, self.tr("Tägliche Sicherungen")),
            (self.weekly, self.tr("Wöchentliche Sicherungen")),
            (self.monthly, self.tr("Monatliche Sicherungen")),
        ):
            spin.setAccessibleName(name)
        form.addRow(self.tr("Tägliche Sicherungen"), self.daily)
        form.addRow(self.tr("Wöchentliche Sicherungen"), self.weekly)
        form.addRow(self.tr("Monatliche Sicherungen"), self.monthly)
        second = QHBoxLayout()
        self.second_label = QLabel()
        choose = QPushButton(self.tr("Ordner wählen …"))
        choose.clicked.connect(self.choose_second_folder)
        clear = QPushButton(self.tr("Keiner"))
        clear.clicked.connect(lambda: self.set_second_folder(None))
        second.addWidget(self.second_label, 1)
        second.addWidget(choose)
        second.addWidget(clear)
        form.addRow(self.tr("Zweiter Ordner (Netzlaufwerk, USB-Stick)"), second)
        layout.addWidget(settings)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.accept_settings)
        layout.addWidget(box)
        self.reload()

    def _spin(self, value: int, minimum: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(minimum, 1000)
        spin.setValue(value)
        return spin

    # -- state -------------------------------------------------------------------------------------
    def reload(self) -> None:
        last = backups.last_backup(self.db)
        self.last_label.setText(
            fill(self.tr("Letzte Sicherung: %1 — Ordner: %2"), format_datetime(last), backups.backup_folder(self.db))
            if last
            else fill(self.tr("Noch keine Sicherung. Ordner: %1"), backups.backup_folder(self.db))
        )
        folder = backups.second_folder(self.db)
        self.second_label.setText(str(folder) if folder else self.tr("(keiner)"))
        self.found = backups.list_backups(self.db, extra=folder)
        self.table.setRowCount(len(self.found))
        for row, info in enumerate(self.found):
            nouns = {  # "1 contact" / "200 Kontakte" (issue 19: one plural rule, translated)
                "contacts": (self.tr("Kontakt"), self.tr("Kontakte")),
                "organisations": (self.tr("Organisation"), self.tr("Organisationen")),
                "events": (self.tr("Veranstaltung"), self.tr("Veranstaltungen")),
                "volunteers": (self.tr("Ehrenamtliche/r"), self.tr("Ehrenamtliche")),
            }
            content = ", ".join(count_text(info.counts.get(t, 0), *nouns[t]) for t in backups.COUNTED_TABLES)
            if not info.ok:
                content = fill(self.tr("nicht verwendbar: %1"), info.problem)
            for column, text in enumerate((format_datetime(info.taken), _size(info.size), content, info.path.name)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.restore_button.setEnabled(bool(self.found))

    # -- actions -----------------------------------------------------------------------------------
    def backup_now(self) -> bool:
        try:
            result = run_with_progress(
                self,
                self.tr("Sicherung wird geschrieben …"),
                lambda report: backups.create_backup(self.db, progress=report),
                title=self.tr("Sicherung"),
                delay_ms=PROGRESS_DELAY_MS,
            )
        except Cancelled:
            return False  # no backup file was left behind
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Sicherung"), service_text(exc))
            return False
        assert result is not None  # only an abandoned job returns None
        text = fill(self.tr("Sicherung geschrieben: %1"), result.path)
        if result.second_problem:
            QMessageBox.warning(self, self.tr("Sicherung"), text + "\n\n" + result.second_problem)
        self.reload()
        return True

    def restore_selected(self) -> bool:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.found):
            QMessageBox.information(self, self.tr("Zurückspielen"), self.tr("Bitte zuerst eine Sicherung auswählen."))
            return False
        info = self.found[row]
        answer = QMessageBox.question(
            self,
            self.tr("Sicherung zurückspielen"),
            fill(
                self.tr(
                    "Die Datenbank durch die Sicherung vom %1 ersetzen?\n\nDer jetzige Stand wird vorher "
                    "selbst gesichert und kann wieder zurückgespielt werden."
                ),
                format_datetime(info.taken),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            result = run_with_progress(
                self,
                self.tr("Sicherung wird zurückgespielt …"),
                lambda report: backups.restore_backup(self.db, info.path, progress=report),
                title=self.tr("Zurückspielen"),
            )  # the window shows at once: nothing else may touch the database meanwhile
        except Cancelled:
            return False  # cancelled before the copy-in began: the database is unchanged
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Zurückspielen"), service_text(exc))
            return False
        assert result is not None
        self.restored = True
        QMessageBox.information(
            self,
            self.tr("Zurückspielen"),
            fill(
                self.tr("Die Sicherung vom %1 ist zurückgespielt. Der vorige Stand liegt in %2."),
                format_datetime(info.taken),
                result.replaced_kept_as or "-",
            ),
        )
        self.reload()
        return True

    def choose_second_folder(self) -> None:
        folder = file_dialogs.get_existing_directory(self, self.tr("Zweiter Sicherungsordner"))
        if folder:
            self.set_second_folder(folder)

    def set_second_folder(self, folder: str | None) -> bool:
        try:
            backups.set_second_folder(self.db, folder)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Sicherung"), service_text(exc))
            return False
        self.reload()
        return True

    def accept_settings(self) -> None:
        try:
            backups.set_rotation(
                self.db, backups.Rotation(self.daily.value(), self.weekly.value(), self.monthly.value())
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Sicherung"), service_text(exc))
            return
        self.accept()


def run_backup_dialog(parent: QWidget | None, db: Database) -> bool:
    """Show the dialog; True if a backup was restored (the caller reloads its lists)."""
    dialog = BackupDialog(db, parent)
    dialog.exec()
    return dialog.restored
