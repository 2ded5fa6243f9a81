"""What the list tabs share (contacts, organisations, volunteers, events): a lazily loaded
list beside an editor.

The subclass builds its filter widgets, the list model and the editor, and names the
service functions; this class does the rest the same way for every record kind:
search-as-you-type, keeping the open record selected, asking before an unsaved record is
left, saving through the service (one transaction; a record changed elsewhere meanwhile is
answered by the one edit-conflict question), delete with a question that says
what goes with the record, jumping to a record from the global search.

A tab with more than an editor on the right (the events: editor, invite list, paperwork)
wraps the editor in :meth:`RecordListTab.build_detail`; one without a search box (the
events) simply does not call :meth:`RecordListTab.make_search_field`; a tab whose new
record counts as unsaved before anything is typed (an event) says so in
:meth:`RecordListTab.has_unsaved_input`; :meth:`RecordListTab.record_opened` tells it which
record the editor shows.

A tab names the tables its list is built from in :attr:`RecordListTab.watched_tables`; a
:class:`~kidesk.ui.common.change_polling.ChangePoller` then reloads the list when another
workstation changed them — keeping the selected record, the scroll position and the filters,
and never while the editor holds unsaved input (issue 20, item 3).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.ui.common.change_polling import ChangePoller
from kidesk.ui.common.lazy_table_model import LazyTableModel
from kidesk.ui.common.prompts import UnsavedAnswer, ask_unsaved_changes, confirm_delete, show_save_problems
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.tables import read_only_table
from kidesk.ui.workspace_tab import WorkspaceTab

SEARCH_DELAY_MS = 200


def _layout_widgets(layouts: list) -> list[QWidget]:
    """The widgets of ``layouts`` (rows of a form) that Tab stops at, row by row, left to right."""
    found: list[QWidget] = []
    for layout in layouts:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item.widget() is not None:
                if item.widget().focusPolicy() & Qt.FocusPolicy.TabFocus:
                    found.append(item.widget())
            elif item.layout() is not None:
                found += _layout_widgets([item.layout()])
    return found


class RecordListTab(WorkspaceTab):
    #: the tables the list shows; a change to them elsewhere reloads the list by itself
    watched_tables: tuple[str, ...] = ()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._reverting_selection = False
        self._current_id: int | None = None
        self.search: QLineEdit | None = None

    # -- hooks for subclasses --------------------------------------------------------------------------
    def load_record(self, record_id: int) -> Any:
        raise NotImplementedError

    def create_record(self, data: Any) -> Any:
        raise NotImplementedError

    def update_record(self, data: Any) -> Any:
        raise NotImplementedError

    def delete_record(self, record_id: int) -> None:
        raise NotImplementedError

    def deletion_impacts(self, ids: list[int]) -> list[Any]:
        raise NotImplementedError

    def record_name(self, data: Any) -> str:
        raise NotImplementedError

    def current_query(self) -> Any:
        raise NotImplementedError

    def reset_filter_widgets(self) -> None:
        """Put every filter widget back to "all" (signals are blocked by the caller)."""

    def filter_widgets(self) -> list[QWidget]:
        return [self.search] if self.search is not None else []

    def refresh_choices(self) -> None:
        """Reload choice lists (organisations, towns, networks)."""

    def confirm_new_record(self, data: Any) -> bool:
        """Last word before a new record is created (e.g. a warning about a likely duplicate)."""
        return True

    def build_detail(self, editor: QWidget) -> QWidget:
        """The right side: the editor in a scroll area (a subclass may add pages around it)."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop inside the form (issue 14)
        return scroll

    def blank_record(self) -> Any:
        """What "New" loads into the editor (None: the editor's empty record)."""
        return None

    def has_unsaved_input(self) -> bool:
        """Whether leaving would lose input (the save button follows it)."""
        return self.editor.is_modified()

    def discard_input(self) -> None:
        """The user chose to leave without saving."""
        self.editor.revert()

    def record_opened(self, record_id: int | None) -> None:
        """The editor now shows ``record_id`` (None: a new or no record)."""

    def texts(self) -> dict[str, str]:
        """Translated texts: save_title, delete_title, saved (%s), delete_one (%s), new_hint;
        callables taking a number: deleted, delete_many, count."""
        raise NotImplementedError

    # -- building blocks -----------------------------------------------------------------------------------
    def build_layout(
        self,
        filter_rows: list,
        model: LazyTableModel,
        editor: QWidget,
        extra_buttons: list,
        *,
        buttons_on_top: bool = False,
    ) -> None:
        """``buttons_on_top``: the button row above list and editor (a toolbar), else under the editor."""
        self.model = model
        self.editor = editor
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        if self.search is not None:
            search_row = QHBoxLayout()
            search_label = QLabel(self.tr("Suchen:"))
            search_label.setBuddy(self.search)
            search_row.addWidget(search_label)
            search_row.addWidget(self.search, 1)
            lv.addLayout(search_row)
        for row in filter_rows:
            lv.addLayout(row)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl gefundener Einträge"))

        self.table = QTableView()
        self.table.setModel(model)
        read_only_table(self.table, single=False, alternating=True, wrap=False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count_label)
        splitter.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.build_detail(editor), 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Neu"))
        self.new_button.setAccessibleName(self.tr("Neuen Eintrag anlegen"))
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setAccessibleName(self.tr("Speichern"))
        self.revert_button = QPushButton(self.tr("Ver&werfen"))
        self.revert_button.setAccessibleName(self.tr("Änderungen verwerfen"))
        self.delete_button = QPushButton(self.tr("Löschen …"))
        self.delete_button.setAccessibleName(self.tr("Löschen"))
        for button in (self.new_button, self.save_button, self.revert_button, self.delete_button):
            buttons.addWidget(button)
        if buttons_on_top:
            buttons.addSpacing(16)
            for button in extra_buttons:
                buttons.addWidget(button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        else:
            buttons.addStretch(1)
            for button in extra_buttons:
                buttons.addWidget(button)
            rv.addLayout(buttons)
        layout.addWidget(splitter, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([540, 700])
        if buttons_on_top:  # reading order: the toolbar first, then search, filters and list (issue 19, item 7)
            row = [self.new_button, self.save_button, self.revert_button, self.delete_button, *extra_buttons]
            left_side = _layout_widgets([lv])  # search, filters, list
            for first, second in zip(row, [*row[1:], *left_side], strict=False):
                QWidget.setTabOrder(first, second)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        if self.search is not None:
            self.search.textChanged.connect(lambda _t: self._search_timer.start())
            self.search.returnPressed.connect(self._search_return)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(lambda *_: self._update_count())
        editor.modified_changed.connect(lambda _m: self.update_buttons())
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete_selected)

        chain = [*self.filter_widgets(), self.table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.change_poller = ChangePoller(
            self, self.db, self.watched_tables, self.refresh_from_elsewhere, busy=self.has_unsaved_input
        )

    def make_search_field(self, placeholder: str, accessible: str) -> QLineEdit:
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setAccessibleName(accessible)
        self.search.setClearButtonEnabled(True)
        return self.search

    def restore_record(self, record_id: int) -> bool:
        """Open a record remembered from the last session, silently skipping one deleted since."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def showEvent(self, event) -> None:
        """On first show, open the first record instead of an empty form."""
        super().showEvent(event)
        if not getattr(self, "_opened_first", False):
            self._opened_first = True
            if self._current_id is None and self.editor.is_new() and not self.has_unsaved_input():
                if self.model.rowCount() == 0 and self.model.canFetchMore():
                    self.model.fetchMore()
                if self.model.rowCount():
                    self._select_row(0)

    # -- filters and list ------------------------------------------------------------------------------------
    def apply_filters(self) -> None:
        """Rerun the list query with what the search box and filters say; keep the open record."""
        self._search_timer.stop()
        self.model.set_query(self.current_query())
        self._reselect_current()
        # the open record left the filtered list: the form shows nobody rather than a person the
        # list no longer has (issue 14, obs. 14) — unless it holds unsaved input
        if (
            self._current_id is not None
            and not self.has_unsaved_input()
            and not self.editor.is_new()
            and self.model.row_of(self._current_id) is None
        ):
            self._current_id = None
            self.editor.load(None)
            self.record_opened(None)
            self.update_buttons()

    def clear_filters(self) -> None:
        widgets = self.filter_widgets()
        for widget in widgets:
            widget.blockSignals(True)
        if self.search is not None:
            self.search.clear()
        self.reset_filter_widgets()
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()

    def _search_return(self) -> None:
        self.apply_filters()
        if self.model.rowCount() == 0 and self.model.canFetchMore():
            self.model.fetchMore()
        if self.model.rowCount():
            if self.maybe_leave():
                self._select_row(0)
            self.table.setFocus()

    def _update_count(self) -> None:
        self.count_label.setText(self.texts()["count"](self.model.total))

    def _reselect_current(self) -> None:
        """Select the open record's row again after the list was reloaded (the editor keeps
        what it shows, unsaved input included)."""
        if self._current_id is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.record_id(row) == self._current_id:
                self._select_row(row, open_record=False)
                return

    def _select_row(self, row: int, *, open_record: bool = True) -> None:
        self._reverting_selection = True
        try:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        finally:
            self._reverting_selection = False
        if open_record:
            self._open(self.model.record_id(row))

    # -- switching records -----------------------------------------------------------------------------------
    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reverting_selection:
            return
        new_id = self.model.record_id(current.row()) if current.isValid() else None
        if new_id is None or (new_id == self._current_id and not self.editor.is_new()):
            return
        if not self.maybe_leave():
            self._reverting_selection = True
            try:
                self.table.selectionModel().setCurrentIndex(
                    previous, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
            finally:
                self._reverting_selection = False
            return
        self._open(new_id)

    def _open(self, record_id: int | None) -> None:
        if record_id is None:
            return
        if record_id == self._current_id and not self.has_unsaved_input() and not self.editor.is_new():
            return
        try:
            data = self.load_record(record_id)
        except UserError as exc:
            QMessageBox.warning(self, self.texts()["save_title"], service_text(exc))
            self.model.reload()
            return
        self._current_id = record_id
        self.editor.load(data)
        self.record_opened(record_id)
        self.update_buttons()

    def current_record_id(self) -> int | None:
        return self.editor.loaded_id()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.record_id(r) for r in rows) if i is not None]

    def update_buttons(self) -> None:
        modified = self.has_unsaved_input()
        self.save_button.setEnabled(modified)
        self.revert_button.setEnabled(modified)
        self.delete_button.setEnabled(bool(self.selected_ids()) or not self.editor.is_new())

    # -- WorkspaceTab actions --------------------------------------------------------------------------------
    def new_record(self) -> None:
        if not self.maybe_leave():
            return
        self._current_id = None
        self._reverting_selection = True
        self.table.selectionModel().clearSelection()
        self.table.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        self._reverting_selection = False
        self.editor.load(self.blank_record())
        self.record_opened(None)
        self.update_buttons()
        self.editor.focus_first_field()
        self.status_message.emit(self.texts()["new_hint"])

    def save(self) -> bool:
        if not self.has_unsaved_input():
            return True
        title = self.texts()["save_title"]
        problems = self.editor.problems()
        if problems:
            show_save_problems(self, title, list(problems.values()))
            field = next(iter(problems))
            if field in self.editor.fields:
                self.editor.fields[field].widget.setFocus()
            return False
        data = self.editor.data()
        if data.id is None and not self.confirm_new_record(data):
            return False
        try:
            if data.id is None:
                saved = self.create_record(data)
                self.editor.load(saved)
            else:
                saved = self.editor.save_resolving_conflict(
                    self.update_record, self.load_record, self.record_name(data)
                )
        except UserError as exc:
            QMessageBox.warning(self, title, service_text(exc))
            return False
        if saved is None:  # the user reloaded the stored record or kept the input: nothing written
            self.model.reload()
            self._reselect_current()
            self.update_buttons()
            return False
        self._current_id = saved.id
        self.record_opened(saved.id)
        self.refresh_choices()
        self.model.reload()
        self._show_record(saved.id, clear_filters_if_hidden=self.show_saved_through_filters)
        self.status_message.emit(self.texts()["saved"] % self.record_name(saved))
        self.after_save()
        return True

    #: after saving a record the filters hide, clear them (else the editor keeps it, unlisted)
    show_saved_through_filters = False

    def after_save(self) -> None:
        pass

    def revert(self) -> None:
        self.editor.revert()
        self.update_buttons()
        self.status_message.emit(self.tr("Änderungen verworfen."))

    def undo(self) -> bool:
        done = self.editor.undo()
        if done:
            self.status_message.emit(self.tr("Letzte Änderung rückgängig gemacht."))
        return done

    def delete_selected(self) -> None:
        ids = self.selected_ids() or ([self.editor.loaded_id()] if self.editor.loaded_id() else [])
        if not ids:
            return
        texts = self.texts()
        try:
            impacts = self.deletion_impacts(ids)
        except UserError as exc:
            QMessageBox.warning(self, texts["delete_title"], service_text(exc))
            self.model.reload()
            return
        question = texts["delete_one"] % impacts[0].name if len(impacts) == 1 else texts["delete_many"](len(impacts))
        details = [d for d in (i.describe() for i in impacts) if d]
        consequence = self.tr("Mit gelöscht werden: %s.") % "; ".join(details) if details else ""
        if not confirm_delete(self, texts["delete_title"], question, consequence):
            return
        self.delete_confirmed(ids)

    def delete_confirmed(self, ids: list[int]) -> None:
        """Delete ``ids`` (the user has said yes); stop at the first refusal and say why."""
        texts = self.texts()
        deleted = 0
        try:
            for record_id in ids:
                self.delete_record(record_id)
                deleted += 1
        except UserError as exc:
            QMessageBox.warning(self, texts["delete_title"], service_text(exc))
        if self.editor.loaded_id() in ids:
            self._current_id = None
            self.editor.load(None)
            self.record_opened(None)
        self.refresh_choices()
        self.model.reload()
        self.update_buttons()
        self.status_message.emit(texts["deleted"](deleted))
        self.after_save()

    def focus_search(self) -> None:
        if self.search is None:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def jump_to(self, record_id: int) -> None:
        if not self.maybe_leave():
            return
        self._show_record(record_id, clear_filters_if_hidden=True)

    def _show_record(self, record_id: int, *, clear_filters_if_hidden: bool = False) -> None:
        row = self.model.row_of(record_id)
        if row is None and clear_filters_if_hidden:
            self.clear_filters()
            row = self.model.row_of(record_id)
        if row is not None:
            self._select_row(row)
        else:
            self._open(record_id)

    def refresh(self) -> None:
        self.refresh_choices()
        self.model.reload()
        self._reselect_current()
        self._reload_open_record()

    def refresh_from_elsewhere(self) -> None:
        """Another workstation changed the list's data: reload like F5, but the list stays where
        the user left it — same record selected, same rows loaded, same scroll position, same
        filters (the query is rerun as it is)."""
        scroll = self.table.verticalScrollBar().value()
        loaded = self.model.rowCount()
        self.refresh()
        while self.model.rowCount() < loaded and self.model.canFetchMore():
            self.model.fetchMore()
        self._reselect_current()  # its row may lie beyond the first page reloaded
        self.table.verticalScrollBar().setValue(scroll)

    def _reload_open_record(self) -> None:
        """Show what changed elsewhere (a person added to this organisation from the contacts tab);
        an editor with unsaved input is left alone."""
        if self._current_id is None or self.has_unsaved_input() or self.editor.is_new():
            return
        try:
            data = self.load_record(self._current_id)
        except UserError:
            return
        self.editor.load(data)
        self.record_opened(self._current_id)
        self.update_buttons()

    def maybe_leave(self) -> bool:
        if not self.has_unsaved_input():
            return True
        answer = ask_unsaved_changes(
            self, self.record_name(self.editor.data()), changes=self.editor.changed_field_labels()
        )
        if answer is UnsavedAnswer.SAVE:
            return self.save()
        if answer is UnsavedAnswer.DISCARD:
            self.discard_input()
            self.update_buttons()
            return True
        return False
