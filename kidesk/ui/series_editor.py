"""Series: create and edit a series, its modules and certificate rule; the matrix volunteers × modules."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.services import events
from kidesk.services.edit_conflicts import RecordChangedElsewhere
from kidesk.ui.common.prompts import ConflictAnswer, ask_edit_conflict
from kidesk.ui.common.text import fill
from kidesk.ui.models.event_table_model import EventTableModel
from kidesk.ui.models.series_matrix_model import SeriesMatrixModel


class SeriesEditor(QWidget):
    """List of series on the left; form, modules and matrix of the chosen one on the right."""

    series_saved = Signal(int)
    #: the user wants the next module of this series planned (the events tab does it)
    plan_next_module = Signal(int)
    #: a module was double-clicked: show that event
    open_event = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._current: events.SeriesData | None = None

        self.series_list = QListWidget(self)
        self.new_button = QPushButton(self.tr("Neue Reihe"), self)

        self.title = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(70)
        self.module_count = QSpinBox(self)
        self.module_count.setRange(0, 99)
        self.module_count.setSpecialValueText(self.tr("offen"))
        self.min_modules = QSpinBox(self)
        self.min_modules.setRange(0, 99)
        self.min_modules.setSpecialValueText(self.tr("alle Module"))
        self.save_button = QPushButton(self.tr("Reihe speichern"), self)
        self.next_module_button = QPushButton(self.tr("Nächstes Modul planen"), self)

        form_box = QGroupBox(self.tr("Reihe"), self)
        form = QFormLayout(form_box)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("Beschreibung"), self.description)
        row = QHBoxLayout()
        row.addWidget(self.module_count)
        row.addWidget(QLabel(self.tr("Bescheinigung ab"), self))
        row.addWidget(self.min_modules)
        row.addWidget(QLabel(self.tr("besuchten Modulen"), self))
        row.addStretch(1)
        form.addRow(self.tr("Module"), row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_module_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        self.modules_model = EventTableModel(self)
        self.modules_view = QTableView(self)
        self.modules_view.setModel(self.modules_model)
        self.modules_view.verticalHeader().setVisible(False)
        self.modules_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.modules_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.modules_view.horizontalHeader().setStretchLastSection(True)
        for col in (EventTableModel.COL_MODULE, EventTableModel.COL_KIND, EventTableModel.COL_VENUE):
            self.modules_view.hideColumn(col)

        self.matrix_model = SeriesMatrixModel(self)
        self.matrix_view = QTableView(self)
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.matrix_summary = QLabel(self)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.addWidget(form_box)
        rl.addWidget(QLabel(self.tr("Module der Reihe"), self))
        rl.addWidget(self.modules_view, 1)
        rl.addWidget(
            QLabel(self.tr("Teilnahme: Ehrenamtliche × Module (✓ teilgenommen, – nicht erschienen/abgesagt)"), self)
        )
        rl.addWidget(self.matrix_view, 2)
        rl.addWidget(self.matrix_summary)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.series_list, 1)
        ll.addWidget(self.new_button)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.modules_view.doubleClicked.connect(
            lambda index: self.open_event.emit(self.modules_model.row_at(index.row()).id)
        )
        self.modules_view.setToolTip(self.tr("Doppelklick öffnet das Modul"))
        self.series_list.currentItemChanged.connect(self._series_chosen)
        self.new_button.clicked.connect(self.new_series)
        self.save_button.clicked.connect(self.save)
        self.next_module_button.clicked.connect(
            lambda: self._current and self._current.id and self.plan_next_module.emit(self._current.id)
        )
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        if select_id is None and self._current is not None:
            select_id = self._current.id
        self.series_list.blockSignals(True)
        self.series_list.clear()
        for s in events.list_series(self.db):
            item = QListWidgetItem(s.title)
            item.setData(Qt.ItemDataRole.UserRole, s)
            self.series_list.addItem(item)
        self.series_list.blockSignals(False)
        target = 0
        for i in range(self.series_list.count()):
            if self.series_list.item(i).data(Qt.ItemDataRole.UserRole).id == select_id:
                target = i
        if self.series_list.count():
            self.series_list.setCurrentRow(target)
            self._series_chosen(self.series_list.currentItem())
        else:
            self.load(None)

    def _series_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.load(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def load(self, data: events.SeriesData | None) -> None:
        self._current = data
        self.title.setText(data.title if data else "")
        self.description.setPlainText((data.description or "") if data else "")
        self.module_count.setValue((data.module_count or 0) if data else 0)
        self.min_modules.setValue((data.certificate_min_modules or 0) if data else 0)
        has_id = bool(data and data.id)
        self.next_module_button.setEnabled(has_id)
        self.modules_model.set_rows(events.series_modules(self.db, data.id) if has_id else [])
        matrix = events.series_matrix(self.db, data.id) if has_id else None
        self.matrix_model.set_matrix(matrix)
        if matrix is not None:
            done = sum(1 for r in matrix.rows if r.meets_rule)
            self.matrix_summary.setText(
                fill(
                    self.tr("%1 von %2 Personen erfüllen die Regel (mindestens %3 Module)."),
                    done,
                    len(matrix.rows),
                    matrix.certificate_min_modules,
                )
            )
        else:
            self.matrix_summary.clear()

    def new_series(self) -> None:
        self.series_list.clearSelection()
        self.load(events.SeriesData(title=""))
        self.title.setFocus()

    def save(self) -> int | None:
        base = self._current or events.SeriesData(title="")
        data = events.SeriesData(
            title=self.title.text(),
            description=self.description.toPlainText(),
            module_count=self.module_count.value() or None,
            certificate_min_modules=self.min_modules.value() or None,
            id=base.id,
            version=base.version,
        )
        try:
            series_id = events.save_series(self.db, data)
        except RecordChangedElsewhere:
            answer = ask_edit_conflict(self, base.title or data.title)
            if answer is ConflictAnswer.RELOAD:
                self._current = None
                self.reload(base.id)
                return None
            if answer is not ConflictAnswer.OVERWRITE:
                return None
            try:
                series_id = events.save_series(self.db, dataclasses.replace(data, version=None))
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Reihe speichern"), str(exc))
                return None
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Reihe speichern"), str(exc))
            return None
        self._current = None
        self.reload(series_id)
        self.series_saved.emit(series_id)
        return series_id


class SeriesDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Veranstaltungsreihen"))
        self.editor = SeriesEditor(db, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        self.resize(1100, 720)
