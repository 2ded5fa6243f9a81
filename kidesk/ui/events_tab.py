"""The events tab: list with filters, editor, invite list, paperwork, check-in, series.

Left: the events list (upcoming first; past ones on demand; filter by series, kind,
status). Right: three pages for the chosen event — *Veranstaltung* (all fields),
*Einladungsliste* (bulk invites, status workflow, counts), *Unterlagen & Versand*
(print products, e-mail). A toolbar row holds the event-wide actions: new, save,
duplicate as next module, delete, check-in, series, calendar export.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.domain.dates import format_date
from kidesk.errors import UserError
from kidesk.services import calendar_export, events
from kidesk.services.edit_conflicts import RecordChangedElsewhere
from kidesk.ui.checkin_view import CheckinDialog
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.prompts import (
    ConflictAnswer,
    UnsavedAnswer,
    ask_edit_conflict,
    ask_unsaved_changes,
    confirm_delete,
    confirm_duplicate,
)
from kidesk.ui.common.text import fill
from kidesk.ui.event_editor import EventEditor, vocab_combo
from kidesk.ui.event_paperwork import EventPaperworkPanel
from kidesk.ui.invite_list_panel import InviteListPanel
from kidesk.ui.models.event_table_model import EventTableModel
from kidesk.ui.series_editor import SeriesDialog
from kidesk.ui.workspace_tab import WorkspaceTab


class EventsTab(WorkspaceTab):
    PAGE_EDITOR, PAGE_INVITES, PAGE_PAPERWORK = range(3)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._creating = False  # a new event is open in the editor, not yet saved
        self._current_id: int | None = None

        # -- toolbar ---------------------------------------------------------------------
        self.new_button = QPushButton(self.tr("Neu"), self)
        self.save_button = QPushButton(self.tr("Speichern"), self)
        self.duplicate_button = QPushButton(self.tr("Duplizieren"), self)
        self.duplicate_button.setToolTip(
            self.tr("Kopie anlegen – in einer Reihe als nächstes Modul im Rhythmus der Reihe")
        )
        self.delete_button = QPushButton(self.tr("Löschen"), self)
        self.checkin_button = QPushButton(self.tr("Check-in …"), self)
        self.series_button = QPushButton(self.tr("Reihen …"), self)
        self.ics_button = QToolButton(self)
        self.ics_button.setText(self.tr("Kalender (.ics)"))
        self.ics_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        ics_menu = QMenu(self.ics_button)
        self.ics_this = ics_menu.addAction(self.tr("Diese Veranstaltung …"), lambda: self.export_calendar())
        ics_menu.addAction(self.tr("Alle kommenden Veranstaltungen …"), lambda: self.export_calendar(all_upcoming=True))
        self.ics_button.setMenu(ics_menu)
        toolbar = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.duplicate_button, self.delete_button):
            toolbar.addWidget(b)
        toolbar.addSpacing(16)
        for b in (self.checkin_button, self.series_button, self.ics_button):
            toolbar.addWidget(b)
        toolbar.addStretch(1)

        # -- filters and list ------------------------------------------------------------
        self.series_filter = QComboBox(self)
        self.kind_filter = vocab_combo(self, vocab.EVENT_KINDS, vocab.EVENT_KIND_LABELS)
        self.kind_filter.insertItem(0, self.tr("alle Arten"), None)
        self.kind_filter.setCurrentIndex(0)
        self.status_filter = vocab_combo(self, vocab.EVENT_STATUSES, vocab.EVENT_STATUS_LABELS)
        self.status_filter.insertItem(0, self.tr("jeder Status"), None)
        self.status_filter.setCurrentIndex(0)
        self.show_past = QCheckBox(self.tr("auch vergangene"), self)
        for combo in (self.kind_filter, self.status_filter):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.series_filter.setMinimumContentsLength(20)
        self.series_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filters = QVBoxLayout()
        filters.addWidget(self.series_filter)
        second = QHBoxLayout()
        second.addWidget(self.kind_filter, 1)
        second.addWidget(self.status_filter, 1)
        second.addWidget(self.show_past)
        filters.addLayout(second)

        self.model = EventTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EventTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        for col in (EventTableModel.COL_KIND, EventTableModel.COL_VENUE):
            self.view.hideColumn(col)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.empty_hint)

        # -- right pages -----------------------------------------------------------------
        self.editor = EventEditor(self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop inside the form (issue 14)
        self.invites = InviteListPanel(db, self)
        self.paperwork = EventPaperworkPanel(db, self)
        self.pages = QTabWidget(self)
        self.pages.addTab(scroll, self.tr("Veranstaltung"))
        self.pages.addTab(self.invites, self.tr("Einladungsliste"))
        self.pages.addTab(self.paperwork, self.tr("Unterlagen && Versand"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([500, 800])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

        # -- wiring ------------------------------------------------------------------------
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save)
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.checkin_button.clicked.connect(self.open_checkin)
        self.series_button.clicked.connect(self.open_series)
        for combo in (self.series_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self._reload_list())
        self.show_past.toggled.connect(lambda _c: self._reload_list())
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.editor.modified_changed.connect(lambda _m: self._update_actions())
        self.invites.list_changed.connect(self._reload_list_keep_selection)
        self.invites.status_message.connect(self.status_message)
        self.paperwork.status_message.connect(self.status_message)

        self.refresh()
        if self.model.rowCount():
            self._select_row(0)  # the next event is what the office works on
        self._update_actions()

    # -- data --------------------------------------------------------------------------------
    def _load_choices(self) -> None:
        choices = events.event_choices(self.db)
        series = choices.series
        current = self.series_filter.currentData()
        self.series_filter.blockSignals(True)
        self.series_filter.clear()
        self.series_filter.addItem(self.tr("alle Reihen"), None)
        for id_, title in series:
            self.series_filter.addItem(title, id_)
        i = self.series_filter.findData(current)
        self.series_filter.setCurrentIndex(max(0, i))
        self.series_filter.blockSignals(False)
        self.editor.set_choices(choices.series, choices.organisations, choices.contacts)

    def refresh(self) -> None:
        """Reload choice lists and the events list (after an import or changes in another tab)."""
        self._load_choices()
        self._reload_list()

    def _reload_list(self) -> None:
        """Reload the list (keeping the chosen event when it is still shown)."""
        keep = self._current_id
        rows = events.list_events(
            self.db,
            include_past=self.show_past.isChecked(),
            series_id=self.series_filter.currentData(),
            kind=self.kind_filter.currentData(),
            status=self.status_filter.currentData(),
        )
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.view.selectionModel().blockSignals(False)
        if not rows:
            self.empty_hint.setText(
                self.tr("Keine kommenden Veranstaltungen. „Neu“ legt eine an; „auch vergangene“ zeigt frühere.")
                if not self.show_past.isChecked()
                else self.tr("Keine Veranstaltungen zu diesem Filter.")
            )
        else:
            self.empty_hint.clear()
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self._select_row(row, load=False)
        elif not self._is_dirty():
            self._show_event(None)

    def _reload_list_keep_selection(self) -> None:
        self._reload_list()

    def _select_row(self, row: int, *, load: bool = True) -> None:
        index = self.model.index(row, 0)
        sm = self.view.selectionModel()
        if not load:
            sm.blockSignals(True)
        sm.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if not load:
            sm.blockSignals(False)
        self.view.scrollTo(index)

    def _row_changed(self, current, _previous) -> None:
        event_id = self.model.row_at(current.row()).id if current.isValid() else None
        if self._is_dirty():
            if not self.maybe_leave():  # stay on the open event
                row = self.model.row_of(self._current_id) if self._current_id is not None else -1
                if row >= 0:
                    self._select_row(row, load=False)
                else:
                    self.view.selectionModel().blockSignals(True)
                    self.view.clearSelection()
                    self.view.selectionModel().blockSignals(False)
                return
            # saving reloads the list: go on by id, not by row
            row = self.model.row_of(event_id) if event_id is not None else -1
            if row >= 0:
                self._select_row(row, load=False)
        self._show_event(event_id)

    def _show_event(self, event_id: int | None) -> None:
        self._current_id = event_id
        self.editor.load(events.load_event(self.db, event_id) if event_id is not None else None)
        self.invites.set_event(event_id)
        self.paperwork.set_event(event_id)
        self._creating = False
        self._update_actions()

    def _is_dirty(self) -> bool:
        """Unsaved input: a new event not yet saved, or edits to the loaded one."""
        return self.editor.has_record() and (self._creating or self.editor.is_modified())

    def _update_actions(self) -> None:
        has = self._current_id is not None
        self.save_button.setEnabled(self._is_dirty())
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.checkin_button.setEnabled(has)
        self.ics_this.setEnabled(has)
        self.pages.setTabEnabled(self.PAGE_INVITES, has)
        self.pages.setTabEnabled(self.PAGE_PAPERWORK, has)

    @property
    def current_event_id(self) -> int | None:
        return self._current_id

    # -- standard actions ----------------------------------------------------------------
    def new_record(self) -> None:
        if not self.maybe_leave():
            return
        self.view.selectionModel().blockSignals(True)
        self.view.clearSelection()
        self.view.selectionModel().blockSignals(False)
        self._current_id = None
        self.invites.set_event(None)
        self.paperwork.set_event(None)
        self.editor.load(self.editor.empty_data())
        self._creating = True
        self._update_actions()
        self.pages.setCurrentIndex(self.PAGE_EDITOR)
        self.editor.title.setFocus()

    def save(self) -> bool:
        if not self._is_dirty():
            return True
        data = self.editor.data()
        try:
            if data.id is None:
                event_id = events.create_event(self.db, data)
            else:
                event_id = self._update(data)
                if event_id is None:
                    return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Veranstaltung speichern"), str(exc))
            return False
        self._creating = False
        self._current_id = event_id
        self.refresh()
        if self.model.row_of(event_id) < 0:  # filtered out: show everything so it is not lost from view
            self.show_past.setChecked(True)
            self.series_filter.setCurrentIndex(0)
            self.kind_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
        self._show_event(event_id)
        row = self.model.row_of(event_id)
        if row >= 0:
            self._select_row(row, load=False)
        self.status_message.emit(fill(self.tr("Veranstaltung „%1“ gespeichert."), data.title))
        return True

    def _update(self, data: events.EventData) -> int | None:
        """Save an edited event; when someone else saved it meanwhile, ask: reload the stored
        event, overwrite it with this input (no version check), or keep editing (None)."""
        try:
            return events.update_event(self.db, data).id
        except RecordChangedElsewhere:
            answer = ask_edit_conflict(self, data.title or self.tr("Veranstaltung"))
        if answer is ConflictAnswer.OVERWRITE:
            return events.update_event(self.db, dataclasses.replace(data, version=None)).id
        if answer is ConflictAnswer.RELOAD:
            self._reload_after_conflict(data.id)
        return None

    def _reload_after_conflict(self, event_id: int) -> None:
        self.refresh()
        try:
            self._show_event(event_id)
        except UserError:  # deleted elsewhere
            self._current_id = None
            self.refresh()
            self._show_event(None)

    def delete_selected(self) -> None:
        if self._current_id is None:
            return
        data = events.load_event(self.db, self._current_id)
        counts = events.status_counts(self.db, self._current_id)
        question = fill(
            self.tr("„%1“ am %2 mit %3 Personen auf der Liste endgültig löschen?"),
            data.title,
            format_date(data.starts_at),
            counts["total"],
        )
        if not confirm_delete(self, self.tr("Veranstaltung löschen"), question):
            return
        events.delete_event(self.db, self._current_id)
        self._current_id = None
        self._creating = False
        self.editor.load(None)
        self.refresh()
        self.status_message.emit(fill(self.tr("Veranstaltung „%1“ gelöscht."), data.title))

    def focus_search(self) -> None:
        self.view.setFocus()

    def print_current(self) -> None:
        if self._current_id is not None:
            self.paperwork.print_invitations()

    def jump_to(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            self.show_past.setChecked(True)
            self.series_filter.setCurrentIndex(0)
            self.kind_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            row = self.model.row_of(record_id)
        if row >= 0:
            self._select_row(row)

    def maybe_leave(self) -> bool:
        if not self._is_dirty():
            return True
        answer = ask_unsaved_changes(
            self, self.editor.data().title or self.tr("Veranstaltung"), changes=self.editor.changed_field_labels()
        )
        if answer is UnsavedAnswer.SAVE:
            return self.save()
        if answer is UnsavedAnswer.DISCARD:
            self._creating = False
            self.editor.revert()
            self._update_actions()
            return True
        return False

    def revert(self) -> None:
        """Throw away the edits of the open event."""
        self.editor.revert()
        self._update_actions()

    def undo(self) -> bool:
        done = self.editor.undo()
        self._update_actions()
        return done

    # -- event actions -------------------------------------------------------------------
    def duplicate_current(self) -> int | None:
        if self._current_id is None or not self.maybe_leave():
            return None
        if not confirm_duplicate(self, events.plan_duplicate(self.db, self._current_id)):  # issue 14: ask first
            return None
        try:
            new_id = events.duplicate_event(self.db, self._current_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Duplizieren"), str(exc))
            return None
        self._current_id = new_id
        self.refresh()
        self.jump_to(new_id)
        self._show_event(new_id)
        data = events.load_event(self.db, new_id)
        what = fill(self.tr("Modul %1"), data.module_number) if data.module_number else self.tr("Kopie")
        text = fill(self.tr("%1 am %2 angelegt – bitte Datum und Inhalt prüfen."), what, format_date(data.starts_at))
        planned = next((s.module_count for s in events.list_series(self.db) if s.id == data.series_id), None)
        if data.module_number and planned and data.module_number > planned:
            text += fill(self.tr(" Die Reihe hat %1 geplante Module – ggf. unter „Reihen …“ anpassen."), planned)
        self.status_message.emit(text)
        self.pages.setCurrentIndex(self.PAGE_EDITOR)
        return new_id

    def open_checkin(self) -> CheckinDialog | None:
        if self._current_id is None:
            return None
        dialog = CheckinDialog(self.db, self._current_id, self)
        dialog.view.checked_in.connect(lambda _pid: self.invites.reload())
        dialog.finished.connect(lambda _r: self._reload_list_keep_selection())
        dialog.setWindowState(dialog.windowState() | Qt.WindowState.WindowMaximized)
        dialog.open()
        return dialog

    def open_series(self) -> SeriesDialog:
        dialog = SeriesDialog(self.db, self)
        dialog.editor.series_saved.connect(lambda _id: self.refresh())
        dialog.editor.plan_next_module.connect(lambda sid: (dialog.accept(), self.plan_next_module(sid)))
        dialog.editor.open_event.connect(lambda eid: (dialog.accept(), self.jump_to(eid)))
        dialog.open()
        return dialog

    def plan_next_module(self, series_id: int) -> int | None:
        """Duplicate the latest module of the series as the next one (or start a first module)."""
        modules = events.series_modules(self.db, series_id)
        if not modules:
            self.new_record()
            i = self.editor.series.findData(series_id)
            self.editor.series.setCurrentIndex(i)
            self.editor.module.setValue(1)
            return None
        self._current_id = modules[-1].id
        return self.duplicate_current()

    def export_calendar(self, *, all_upcoming: bool = False) -> str | None:
        """Save the chosen event (or all upcoming ones) as an .ics file."""
        event_id = None if all_upcoming else self._current_id
        if event_id is None and not all_upcoming:
            return None
        suggested = f"veranstaltung-{event_id}.ics" if event_id is not None else "veranstaltungen.ics"
        path, _filter = file_dialogs.get_save_file_name(
            self, self.tr("Kalenderdatei speichern"), suggested, self.tr("iCalendar (*.ics)")
        )
        if not path:
            return None
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            n = calendar_export.export_calendar(self.db, path, event_id=event_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Kalender exportieren"), str(exc))
            return None
        self.status_message.emit(fill(self.tr("%1 Veranstaltung(en) nach %2 exportiert."), n, path))
        return path
