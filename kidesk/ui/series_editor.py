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
from kidesk.ui.common.plural_text import describe_deletion
from kidesk.ui.common.prompts import (
    ConflictAnswer,
    UnsavedAnswer,
    ask_edit_conflict,
    ask_unsaved_changes,
    confirm_delete,
)
from kidesk.ui.common.service_text import service_text
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

        self._reloading = False
        self._shown_state: tuple | None = None  # what the form showed when loaded (unsaved-changes check)

        self.series_list = QListWidget(self)
        self.series_list.setAccessibleName(self.tr("Liste der Veranstaltungsreihen"))
        series_label = QLabel(self.tr("Re&ihen:"), self)
        series_label.setBuddy(self.series_list)
        self.new_button = QPushButton(self.tr("&Neue Reihe"), self)
        self.new_button.setAccessibleName(self.tr("Neue Reihe anlegen"))

        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Titel der Reihe"))
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(70)
        self.description.setTabChangesFocus(True)  # Tab leaves the field (issue 19)
        self.description.setAccessibleName(self.tr("Beschreibung der Reihe"))
        self.module_count = QSpinBox(self)
        self.module_count.setRange(0, 99)
        self.module_count.setSpecialValueText(self.tr("offen"))
        self.module_count.setAccessibleName(self.tr("Zahl der Module"))
        self.min_modules = QSpinBox(self)
        self.min_modules.setRange(0, 99)
        self.min_modules.setSpecialValueText(self.tr("alle Module"))
        self.min_modules.setAccessibleName(self.tr("Bescheinigung ab so vielen besuchten Modulen"))
        self.save_button = QPushButton(self.tr("Reihe &speichern"), self)
        self.save_button.setAccessibleName(self.tr("Reihe speichern"))
        self.next_module_button = QPushButton(self.tr("Nächstes &Modul planen"), self)
        self.next_module_button.setAccessibleName(self.tr("Nächstes Modul der Reihe planen"))
        self.delete_button = QPushButton(self.tr("Reihe &löschen …"), self)
        self.delete_button.setAccessibleName(self.tr("Reihe löschen"))

        form_box = QGroupBox(self.tr("Reihe"), self)
        form = QFormLayout(form_box)
        title_label = QLabel(self.tr("&Titel:"), self)
        title_label.setBuddy(self.title)
        form.addRow(title_label, self.title)
        description_label = QLabel(self.tr("&Beschreibung:"), self)
        description_label.setBuddy(self.description)
        form.addRow(description_label, self.description)
        row = QHBoxLayout()
        row.addWidget(self.module_count)
        min_label = QLabel(self.tr("Besc&heinigung ab"), self)
        min_label.setBuddy(self.min_modules)
        row.addWidget(min_label)
        row.addWidget(self.min_modules)
        row.addWidget(QLabel(self.tr("besuchten Modulen"), self))
        row.addStretch(1)
        modules_label = QLabel(self.tr("Mo&dule:"), self)
        modules_label.setBuddy(self.module_count)
        form.addRow(modules_label, row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_module_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        self.modules_model = EventTableModel(self)
        self.modules_view = QTableView(self)
        self.modules_view.setModel(self.modules_model)
        self.modules_view.setTabKeyNavigation(False)  # Tab leaves the table (issue 19)
        self.modules_view.setAccessibleName(self.tr("Module der Reihe (Eingabetaste öffnet das Modul)"))
        self.modules_view.verticalHeader().setVisible(False)
        self.modules_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.modules_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.modules_view.horizontalHeader().setStretchLastSection(True)
        for col in (EventTableModel.COL_MODULE, EventTableModel.COL_KIND, EventTableModel.COL_VENUE):
            self.modules_view.hideColumn(col)

        self.matrix_model = SeriesMatrixModel(self)
        self.matrix_view = QTableView(self)
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setTabKeyNavigation(False)
        self.matrix_view.setAccessibleName(self.tr("Teilnahme: Personen × Module"))
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.matrix_summary = QLabel(self)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.addWidget(form_box)
        modules_list_label = QLabel(self.tr("Module der &Reihe:"), self)
        modules_list_label.setBuddy(self.modules_view)
        rl.addWidget(modules_list_label)
        rl.addWidget(self.modules_view, 1)
        matrix_label = QLabel(
            self.tr("Teilnahme: Ehrenamtliche × Module (✓ teilgenommen, – nicht erschienen/abgesagt)"), self
        )
        matrix_label.setBuddy(self.matrix_view)
        rl.addWidget(matrix_label)
        rl.addWidget(self.matrix_view, 2)
        rl.addWidget(self.matrix_summary)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(series_label)
        ll.addWidget(self.series_list, 1)
        ll.addWidget(self.new_button)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # Enter (and double-click) on a module row opens it (issue 19)
        self.modules_view.activated.connect(self._open_module)
        self.modules_view.doubleClicked.connect(self._open_module)
        self.modules_view.setToolTip(self.tr("Eingabetaste oder Doppelklick öffnet das Modul"))
        self.series_list.currentItemChanged.connect(self._series_chosen)
        self.new_button.clicked.connect(self.new_series)
        self.delete_button.clicked.connect(self.delete_series)
        self.save_button.clicked.connect(self.save)
        self.next_module_button.clicked.connect(self._plan_next)
        for a, b in (
            (self.series_list, self.new_button),
            (self.new_button, self.title),
            (self.title, self.description),
            (self.description, self.module_count),
            (self.module_count, self.min_modules),
            (self.min_modules, self.delete_button),
            (self.delete_button, self.next_module_button),
            (self.next_module_button, self.save_button),
            (self.save_button, self.modules_view),
            (self.modules_view, self.matrix_view),
        ):
            QWidget.setTabOrder(a, b)
        self.reload()

    def _open_module(self, index) -> None:
        if index.isValid() and self.maybe_leave():
            self._shown_state = None
            self.open_event.emit(self.modules_model.row_at(index.row()).id)

    def _plan_next(self) -> None:
        if self._current is not None and self._current.id and self.maybe_leave():
            self._shown_state = None
            self.plan_next_module.emit(self._current.id)

    # -- unsaved changes ---------------------------------------------------------------------------
    def _form_state(self) -> tuple:
        return (
            self.title.text().strip(),
            self.description.toPlainText().strip(),
            self.module_count.value(),
            self.min_modules.value(),
        )

    def has_unsaved_changes(self) -> bool:
        return self._shown_state is not None and self._form_state() != self._shown_state

    def maybe_leave(self) -> bool:
        """Ask before the shown series' changes are lost; *Abbrechen* keeps them on screen."""
        if not self.has_unsaved_changes():
            return True
        answer = ask_unsaved_changes(self, self.title.text().strip() or self.tr("Neue Reihe"))
        if answer is UnsavedAnswer.SAVE:
            return self.save() is not None
        return answer is UnsavedAnswer.DISCARD

    def delete_series(self) -> bool:
        """Delete the shown series after a question that names everything it changes."""
        if self._current is None or self._current.id is None:
            return False
        impact = events.series_deletion_impact(self.db, self._current.id)
        details = describe_deletion(impact)
        consequence = fill(self.tr("Dabei ändert sich: %1."), details) if details else ""
        question = fill(self.tr("Die Reihe „%1“ wirklich löschen?"), impact.name)
        if not confirm_delete(self, self.tr("Reihe löschen"), question, consequence):
            return False
        try:
            events.delete_series(self.db, self._current.id, self._current.version)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Reihe löschen"), service_text(exc))
            return False
        self._current = None
        self._shown_state = None
        self.reload()
        self.series_saved.emit(0)
        return True

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
            self._reloading = True
            try:
                self.series_list.setCurrentRow(target)
            finally:
                self._reloading = False
            self._series_chosen(self.series_list.currentItem())
        else:
            self.load(None)

    def _series_chosen(self, item: QListWidgetItem | None, previous=None) -> None:
        if previous is not None and not self._reloading and not self.maybe_leave():
            self.series_list.blockSignals(True)
            self.series_list.setCurrentItem(previous)
            self.series_list.blockSignals(False)
            return
        self.load(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def load(self, data: events.SeriesData | None) -> None:
        self._current = data
        self.title.setText(data.title if data else "")
        self.description.setPlainText((data.description or "") if data else "")
        self.module_count.setValue((data.module_count or 0) if data else 0)
        self.min_modules.setValue((data.certificate_min_modules or 0) if data else 0)
        has_id = bool(data and data.id)
        modules = events.series_modules(self.db, data.id) if has_id else []
        numbered = max((m.module_number or 0 for m in modules), default=0)
        full = bool(data and data.module_count and numbered >= data.module_count)
        self.next_module_button.setEnabled(has_id and not full)
        self.next_module_button.setToolTip(
            self.tr("Alle Module sind geplant; für ein weiteres zuerst die Zahl der Module erhöhen.") if full else ""
        )
        self.delete_button.setEnabled(has_id)
        self.modules_model.set_rows(modules)
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
        self._shown_state = self._form_state() if data is not None else None

    def new_series(self) -> None:
        if not self.maybe_leave():
            return
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
                QMessageBox.warning(self, self.tr("Reihe speichern"), service_text(exc))
                return None
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Reihe speichern"), service_text(exc))
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

    def reject(self) -> None:
        if self.editor.maybe_leave():  # Esc and the window's close button ask about unsaved changes
            super().reject()

    def closeEvent(self, event) -> None:
        if self.editor.maybe_leave():
            event.accept()
        else:
            event.ignore()
