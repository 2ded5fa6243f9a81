"""Exporting a list: which list, which format, internal or for partners → file → done.

:func:`run_export` is what the main window's *Datei → Exportieren …* calls; the work is done
by :func:`kidesk.services.contact_export.export` in a worker thread behind a progress window
(:func:`kidesk.ui.common.progress.run_with_progress`); *Abbrechen* leaves no file behind.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.services.contact_export import WHAT_LABELS, ExportResult, events_for_export, export
from kidesk.services.progress import Cancelled
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.progress import run_with_progress
from kidesk.ui.common.service_text import service_text

FORMAT_LABELS = {
    "csv": "CSV für Excel (Semikolon, UTF-8)",
    "xlsx": "Excel-Arbeitsmappe (.xlsx)",
    "vcf": "vCard (.vcf) für Outlook, Thunderbird, Smartphone",
}
#: the progress window appears only for an export that takes longer than this
PROGRESS_DELAY_MS = 300
FILE_FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "vcf": "vCard (*.vcf)"}


class ExportDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Exportieren"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.what = QComboBox(self)
        for key, label in WHAT_LABELS.items():
            self.what.addItem(self.tr(label), key)
        form.addRow(self.tr("Liste:"), self.what)
        self.event_choice = QComboBox(self)
        for event in events_for_export(db):
            self.event_choice.addItem(event.label, event.id)
        form.addRow(self.tr("Veranstaltung:"), self.event_choice)
        self.format = QComboBox(self)
        for key, label in FORMAT_LABELS.items():
            self.format.addItem(self.tr(label), key)
        form.addRow(self.tr("Format:"), self.format)
        self.what.setAccessibleName(self.tr("Liste"))
        self.event_choice.setAccessibleName(self.tr("Veranstaltung"))
        self.format.setAccessibleName(self.tr("Format"))
        self.internal = QCheckBox(
            self.tr("Interne Liste: auch Ehrenamtliche ohne Einwilligung zur Weitergabe an Partner"), self
        )
        form.addRow("", self.internal)
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Exportieren …"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.what.currentIndexChanged.connect(self._update_state)
        self.internal.toggled.connect(self._update_state)
        self._update_state()

    def selected(self) -> tuple[str, str, int | None, bool]:
        what = self.what.currentData()
        event_id = self.event_choice.currentData() if what == "participants" else None
        return what, self.format.currentData(), event_id, self.internal.isChecked()

    def _update_state(self) -> None:
        what = self.what.currentData()
        self.event_choice.setEnabled(what == "participants")
        self.internal.setEnabled(what in ("contacts", "volunteers", "participants"))
        ok = what != "participants" or self.event_choice.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if what in ("contacts", "volunteers", "participants") and not self.internal.isChecked():
            self.hint.setText(
                self.tr("Für Partner: Ehrenamtliche ohne Einwilligung zur Weitergabe werden weggelassen.")
            )
        elif what == "participants" and not self.event_choice.count():
            self.hint.setText(self.tr("Es gibt noch keine Veranstaltung."))
        else:
            self.hint.setText("")


def _tr(text: str) -> str:
    return QApplication.translate("ExportDialog", text)


def run_export(parent: QWidget | None, db: Database) -> ExportResult | None:
    dialog = ExportDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    what, fmt, event_id, internal = dialog.selected()
    suggested = f"{WHAT_LABELS[what].lower()}.{fmt}"
    path, _ = file_dialogs.get_save_file_name(parent, _tr("Exportieren nach"), suggested, FILE_FILTERS[fmt])
    if not path:
        return None
    if not path.lower().endswith("." + fmt):
        path += "." + fmt
    try:
        result = run_with_progress(
            parent,
            _tr("Liste wird exportiert …"),
            lambda report: export(db, what, path, fmt, event_id=event_id, internal=internal, progress=report),
            title=_tr("Export"),
            delay_ms=PROGRESS_DELAY_MS,
        )
    except Cancelled:
        return None  # the user asked for it; no file was written
    except UserError as exc:
        QMessageBox.warning(parent, _tr("Export"), service_text(exc))
        return None
    assert result is not None  # only an abandoned job returns None
    QMessageBox.information(parent, _tr("Export"), result.summary(what, cli_hint=False))
    return result
