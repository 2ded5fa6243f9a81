"""Importing an address list: file → column mapping → dry-run report → confirm → progress.

:func:`run_import` is what the main window's *Datei → Importieren …* calls. Every step uses
:mod:`kidesk.services.contact_import`; nothing here reads files or touches the database itself.
The import is written in one transaction; *Abbrechen* in the progress dialog rolls it back.

Checking and writing a long list takes a while (10 000 rows: several seconds each), so both run
in a worker thread (:func:`run_with_progress`) while the window-modal progress dialog stays
responsive; the worker waits for each progress report to be shown, so *Abbrechen* takes effect
at the next report (every 25–50 rows), and the database is left unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.services import column_mapping as cm
from kidesk.services.contact_import import (
    ACTION_LABELS,
    ImportPlan,
    ImportResult,
    Progress,
    apply_import,
    guess_format,
    load_table,
    mapping_for_table,
    plan_import,
    sheet_names,
)
from kidesk.services.tabular_source import RawTable
from kidesk.ui.common import file_dialogs
from kidesk.ui.common import progress as progress_window
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill

T = TypeVar("T")

PREVIEW_ROWS = 8


class ColumnMappingDialog(QDialog):
    """One line per column of the file: its header, sample values and the field it goes into."""

    COL_HEADER, COL_SAMPLES, COL_TARGET = range(3)

    def __init__(
        self, table: RawTable, mapping: list[str], *, remembered: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.setWindowTitle(self.tr("Spalten zuordnen"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        intro = fill(
            self.tr(
                "Datei: %1. Bitte für jede Spalte wählen, wohin sie gehört. "
                "Spalten ohne passendes Feld kommen in die Notizen."
            ),
            table.description,
        )
        if remembered:
            intro += " " + self.tr("Die Zuordnung vom letzten Import einer Datei dieses Aufbaus wurde übernommen.")
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.mapping_table = QTableWidget(len(table.headers), 3, self)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Spalte in der Datei"), self.tr("Beispielwerte"), self.tr("Übernehmen als")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.horizontalHeader().setSectionResizeMode(self.COL_SAMPLES, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        choices = [(cm.NOTES_COLUMN, self.tr("→ in die Notizen")), (cm.IGNORE, self.tr("nicht übernehmen"))]
        choices += [(t.key, QApplication.translate("vocab", t.label)) for t in cm.TARGETS]
        for index, header in enumerate(table.headers):
            self.mapping_table.setItem(index, self.COL_HEADER, QTableWidgetItem(header or self.tr("(ohne Namen)")))
            samples = [
                r.values[index] for r in table.rows[:PREVIEW_ROWS] if index < len(r.values) and r.values[index].strip()
            ]
            self.mapping_table.setItem(
                index, self.COL_SAMPLES, QTableWidgetItem(" | ".join(s.replace("\n", " ⏎ ") for s in samples[:3]))
            )
            combo = QComboBox(self.mapping_table)
            for key, text in choices:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(mapping[index] if index < len(mapping) else cm.NOTES_COLUMN)))
            combo.currentIndexChanged.connect(self._update_state)
            self.mapping_table.setCellWidget(index, self.COL_TARGET, combo)
            self.combos.append(combo)
        self.mapping_table.resizeColumnToContents(self.COL_HEADER)
        self.mapping_table.setColumnWidth(self.COL_TARGET, 260)
        splitter.addWidget(self.mapping_table)

        self.preview = QTableWidget(min(PREVIEW_ROWS, len(table.rows)), len(table.headers), self)
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels([str(r.number) for r in table.rows[:PREVIEW_ROWS]])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, row in enumerate(table.rows[:PREVIEW_ROWS]):
            for c, value in enumerate(row.values[: len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        splitter.addWidget(self.preview)
        layout.addWidget(splitter, 1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Weiter zur Prüfung"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_state()

    def mapping(self) -> list[str]:
        return [combo.currentData() for combo in self.combos]

    def set_target(self, column: int, key: str) -> None:
        self.combos[column].setCurrentIndex(self.combos[column].findData(key))

    def _update_state(self) -> None:
        usable = cm.mapping_is_usable(self.mapping())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(usable)
        if usable:
            self.status.setText("")
        else:
            self.status.setText(
                self.tr("Bitte mindestens einer Spalte „Nachname“ oder „Name (Vor- und Nachname)“ zuordnen.")
            )


class ActionDelegate(QStyledItemDelegate):
    """A combo box to change a row's action (create / complete / skip) — an editor only while editing,
    so a plan of 10 000 rows does not create 10 000 widgets."""

    def __init__(self, dialog: ImportPlanDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for action in self.dialog.allowed_actions(index.row()):
            combo.addItem(self.dialog.action_label(action), action)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor, model, index):
        self.dialog.set_action(index.row(), editor.currentData())


class ImportPlanDialog(QDialog):
    """The dry-run report: what will be created, completed and skipped, and every problem row.

    The action of a row is changed by double-clicking it (e.g. "ergänzen" instead of
    "neu anlegen" for a possible duplicate).
    """

    COL_ROW, COL_NAME, COL_ACTION, COL_NOTE = range(4)

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import prüfen"))
        self.resize(900, 650)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        hint = QLabel(
            self.tr(
                "Doppelklick auf die Aktion ändert sie, z. B. bei möglichen Dubletten „ergänzen“ oder „überspringen“."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.items_table = QTableWidget(len(plan.items), 4, self)
        self.items_table.setHorizontalHeaderLabels(
            [plan.table.row_word, self.tr("Name"), self.tr("Aktion"), self.tr("Hinweis")]
        )
        self.items_table.verticalHeader().setVisible(False)
        self.items_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.items_table.horizontalHeader().setSectionResizeMode(self.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.items_table.setItemDelegateForColumn(self.COL_ACTION, ActionDelegate(self))
        read_only = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        for index, item in enumerate(plan.items):
            note = item.reason
            if item.duplicate_of:
                note = fill(self.tr("mögliche Dublette von %1"), item.duplicate_label)
            for column, text in (
                (self.COL_ROW, str(item.row)),
                (self.COL_NAME, item.record.label),
                (self.COL_NOTE, note),
            ):
                cell = QTableWidgetItem(text)
                cell.setFlags(read_only)
                self.items_table.setItem(index, column, cell)
            action = QTableWidgetItem()
            action.setFlags(
                read_only | Qt.ItemFlag.ItemIsEditable if len(self.allowed_actions(index)) > 1 else read_only
            )
            self.items_table.setItem(index, self.COL_ACTION, action)
            self._show_action(index)
        self.items_table.resizeColumnToContents(self.COL_ROW)
        self.items_table.setColumnWidth(self.COL_NAME, 240)
        self.items_table.setColumnWidth(self.COL_ACTION, 140)
        layout.addWidget(self.items_table, 2)

        layout.addWidget(QLabel(self.tr("Probleme (eine Zeile je Problem):")))
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setPlainText("\n".join(plan.problem_lines()) or self.tr("Keine."))
        layout.addWidget(self.problems, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Importieren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_summary()

    def allowed_actions(self, row: int) -> list[str]:
        return self.plan.items[row].allowed_actions()

    def action_label(self, action: str) -> str:
        return QApplication.translate("ImportPlanDialog", ACTION_LABELS[action])

    def set_action(self, row: int, action: str) -> None:
        self.plan.set_action(row, action)
        self._show_action(row)
        self._update_summary()

    def _show_action(self, row: int) -> None:
        cell = self.items_table.item(row, self.COL_ACTION)
        assert cell is not None  # every row gets its action cell in __init__
        action = self.plan.items[row].action
        cell.setText(self.action_label(action))
        cell.setData(Qt.ItemDataRole.UserRole, action)

    def _update_summary(self) -> None:
        self.summary.setText(self.plan.summary())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.plan.importable > 0)


def run_with_progress[T](parent: QWidget | None, text: str, job: Callable[[Progress], T]) -> T:
    """Run ``job`` in a worker thread behind a progress dialog shown at once; return its result or
    raise its error (a cancel makes the job raise ``ImportCancelled``). The one helper behind it:
    :func:`kidesk.ui.common.progress.run_with_progress`."""
    return progress_window.run_with_progress(parent, text, job)  # type: ignore[return-value]


def _tr(text: str) -> str:
    return QApplication.translate("ImportDialog", text)


def choose_table(parent: QWidget | None, path: str) -> RawTable | None:
    fmt = guess_format(path)
    sheet = None
    if fmt == "xlsx":
        names = sheet_names(path)
        if len(names) > 1:
            sheet, ok = QInputDialog.getItem(
                parent, _tr("Tabellenblatt wählen"), _tr("Welches Tabellenblatt?"), names, 0, False
            )
            if not ok:
                return None
    return load_table(path, fmt, sheet=sheet)


def run_import(parent: QWidget | None, db: Database, path: str | None = None) -> ImportResult | None:
    """The whole import conversation; returns the result, or None when nothing was imported."""
    if path is None:
        path, _ = file_dialogs.get_open_file_name(
            parent,
            _tr("Adressliste importieren"),
            "",
            _tr("Adresslisten (*.csv *.txt *.xlsx *.vcf);;Alle Dateien (*)"),
        )
        if not path:
            return None
    try:
        table = choose_table(parent, path)
        if table is None:
            return None
        mapping = None
        if table.kind != "vcf":
            suggested, remembered = mapping_for_table(db, table)
            dialog = ColumnMappingDialog(table, suggested, remembered=remembered, parent=parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            mapping = dialog.mapping()
        plan = run_with_progress(
            parent, _tr("Datei wird geprüft …"), lambda report: plan_import(db, table, mapping, progress=report)
        )
        if ImportPlanDialog(plan, parent).exec() != QDialog.DialogCode.Accepted:
            return None
        result = run_with_progress(
            parent, _tr("Kontakte werden importiert …"), lambda report: apply_import(db, plan, progress=report)
        )
    except UserError as exc:
        QMessageBox.warning(parent, _tr("Import"), service_text(exc))
        return None
    QMessageBox.information(parent, _tr("Import"), result.summary())
    return result
