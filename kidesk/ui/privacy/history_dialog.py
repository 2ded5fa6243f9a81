"""The "Verlauf" of a record: who changed which field when, old and new value; exportable as CSV."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.services import privacy
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.tables import read_only_table
from kidesk.ui.common.text import fill


class HistoryDialog(QDialog):
    def __init__(self, db: Database, kind: str, record_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(fill(self.tr("Verlauf – %1"), name))
        self.lines = privacy.record_history(db, kind, record_id)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Wer hat wann welches Feld geändert (neueste zuerst). Zeiten in UTC.")
            if self.lines
            else self.tr("Zu diesem Datensatz ist noch keine Änderung aufgezeichnet.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        headers = [
            self.tr("Zeitpunkt"),
            self.tr("Benutzer"),
            self.tr("Aktion"),
            self.tr("Tabelle"),
            self.tr("Feld"),
            self.tr("alter Wert"),
            self.tr("neuer Wert"),
        ]
        self.table = QTableWidget(len(self.lines), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Änderungen"))
        read_only_table(self.table, single=None)
        for row, line in enumerate(self.lines):
            values = (
                line.at.strftime("%d.%m.%Y %H:%M:%S"),
                line.actor,
                QCoreApplication.translate("vocab", line.action_label),
                line.table,
                line.field,
                line.old,
                line.new,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Als CSV &exportieren …"))
        self.export_button.setAccessibleName(self.tr("Verlauf als CSV-Datei exportieren"))
        self.export_button.setEnabled(bool(self.lines))
        self.export_button.clicked.connect(self.export_csv)
        buttons.addWidget(self.export_button)
        self.status = QLabel()
        buttons.addWidget(self.status, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Schließen"))
        close.setAccessibleName(self.tr("Verlauf schließen"))
        box.rejected.connect(self.reject)
        buttons.addWidget(box)
        layout.addLayout(buttons)
        self.resize(900, 480)

    def export_csv(self, path: str | None = None) -> str | None:
        if path is None:
            path, _f = file_dialogs.get_save_file_name(
                self, self.tr("Verlauf exportieren"), "verlauf.csv", self.tr("CSV-Dateien (*.csv)")
            )
        if not path:
            return None
        try:
            written = privacy.export_history_csv(self.lines, path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Verlauf exportieren"), service_text(exc))
            return None
        self.status.setText(fill(self.tr("Gespeichert: %1"), str(written)))
        return str(written)
