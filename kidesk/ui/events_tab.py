"""The events tab: list with filters, editor, invite list, paperwork, check-in, series.

Left: the events list (upcoming first; past ones on demand; filter by series, kind,
status). Right: three pages for the chosen event — *Veranstaltung* (all fields),
*Einladungsliste* (bulk invites, status workflow, counts), *Unterlagen & Versand*
(print products, e-mail). A toolbar row holds the event-wide actions: new, save,
duplicate as next module, delete, check-in, series, calendar export.

Built on the list-tab base :class:`~kidesk.ui.common.record_list_tab.RecordListTab` like the
other tabs (selection, leaving an unsaved event, saving with the one edit-conflict answer,
jumping); the list is a :class:`~kidesk.ui.models.event_list_model.EventListModel` over the
service's whole, ready-ordered list; the three pages come in through ``build_detail``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.domain.dates import format_date
from kidesk.errors import UserError
from kidesk.services import calendar_export, events
from kidesk.ui import event_pack_dialog
from kidesk.ui.checkin_view import CheckinDialog
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.plural_text import count_text
from kidesk.ui.common.prompts import confirm_delete, confirm_duplicate
from kidesk.ui.common.record_list_tab import RecordListTab
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill
from kidesk.ui.event_editor import EventEditor, vocab_combo
from kidesk.ui.event_paperwork import EventPaperworkPanel
from kidesk.ui.invite_list_panel import InviteListPanel
from kidesk.ui.models.event_list_model import EventListModel, EventListQuery
from kidesk.ui.privacy import install_history_menu
from kidesk.ui.series_editor import SeriesDialog


class EventsTab(RecordListTab):
    watched_tables = ("events", "event_series", "participations")  # refreshed by itself (issue 20)
    PAGE_EDITOR, PAGE_INVITES, PAGE_PAPERWORK = range(3)
    show_saved_through_filters = True  # a saved event the filters hide: show all, do not lose it

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._creating = False  # a new event is open in the editor, not yet saved

        # -- toolbar (beside the base's new / save / discard / delete) ------------------------
        self.duplicate_button = QPushButton(self.tr("Duplizieren"), self)
        self.duplicate_button.setToolTip(
            self.tr("Kopie anlegen – in einer Reihe als nächstes Modul im Rhythmus der Reihe")
        )
        self.checkin_button = QPushButton(self.tr("Check-in …"), self)
        self.series_button = QPushButton(self.tr("Reihen …"), self)
        self.ics_button = QToolButton(self)
        self.ics_button.setText(self.tr("Kalender (.ics)"))
        self.ics_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        ics_menu = QMenu(self.ics_button)
        self.ics_this = ics_menu.addAction(self.tr("Diese Veranstaltung …"), lambda: self.export_calendar())
        ics_menu.addAction(self.tr("Alle kommenden Veranstaltungen …"), lambda: self.export_calendar(all_upcoming=True))
        self.ics_button.setMenu(ics_menu)
        self.laptop_button = QToolButton(self)  # issue 20: the event laptop
        self.laptop_button.setText(self.tr("Laptop"))
        self.laptop_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        laptop_menu = QMenu(self.laptop_button)
        self.pack_action = laptop_menu.addAction(self.tr("Für Laptop mitnehmen …"), lambda: self.pack_for_laptop())
        laptop_menu.addAction(self.tr("Vom Laptop übernehmen …"), lambda: self.merge_from_laptop())
        self.laptop_button.setMenu(laptop_menu)

        # -- filters --------------------------------------------------------------------------
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
        first = QHBoxLayout()
        first.addWidget(self.series_filter, 1)
        second = QHBoxLayout()
        second.addWidget(self.kind_filter, 1)
        second.addWidget(self.status_filter, 1)
        second.addWidget(self.show_past)

        # -- list, pages, layout through the base ----------------------------------------------
        self.invites = InviteListPanel(db, self)
        self.paperwork = EventPaperworkPanel(db, self)
        self.build_layout(
            [first, second],
            EventListModel(db, self),
            EventEditor(self),
            [self.duplicate_button, self.checkin_button, self.series_button, self.ics_button, self.laptop_button],
            buttons_on_top=True,
        )
        self.view = self.table
        install_history_menu(self, "event")  # "Verlauf …" on right click (issue 13)
        for widget, name in (  # issue 19: names for the keyboard walk and screen readers
            (self.series_filter, self.tr("Nach Reihe filtern")),
            (self.kind_filter, self.tr("Nach Art filtern")),
            (self.status_filter, self.tr("Nach Status filtern")),
            (self.table, self.tr("Liste der Veranstaltungen")),
        ):
            widget.setAccessibleName(name)
        self.revert_button.setText(self.tr("Verwerfen"))  # no mnemonic: the editor's labels take them
        self.delete_button.setText(self.tr("Löschen"))
        self.table.setSortingEnabled(False)  # the service orders the list: upcoming first, past last
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EventListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        for col in (EventListModel.COL_KIND, EventListModel.COL_VENUE):
            self.table.hideColumn(col)
        self.empty_hint = self.count_label  # the line under the list says why it is empty
        self.empty_hint.setWordWrap(True)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([500, 800])
        self.splitter.setChildrenCollapsible(False)

        # -- wiring ---------------------------------------------------------------------------
        self.duplicate_button.clicked.connect(lambda _checked=False: self.duplicate_current())
        self.checkin_button.clicked.connect(self.open_checkin)
        self.series_button.clicked.connect(self.open_series)
        for combo in (self.series_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.show_past.toggled.connect(lambda _c: self.apply_filters())
        self.invites.list_changed.connect(self._reload_list_keep_selection)
        self.invites.status_message.connect(self.status_message)
        self.paperwork.status_message.connect(self.status_message)

        self.refresh_choices()
        self.apply_filters()
        if self.model.rowCount():
            self._select_row(0)  # the next event is what the office works on
        self.update_buttons()

    # -- the base's hooks ----------------------------------------------------------------------
    def build_detail(self, editor: QWidget) -> QWidget:
        self.pages = QTabWidget(self)
        self.pages.addTab(super().build_detail(editor), self.tr("Veranstaltung"))
        self.pages.addTab(self.invites, self.tr("Einladungsliste"))
        self.pages.addTab(self.paperwork, self.tr("Unterlagen && Versand"))
        return self.pages

    def load_record(self, record_id: int) -> events.EventData:
        return events.load_event(self.db, record_id)

    def create_record(self, data: events.EventData) -> events.EventData:
        return events.load_event(self.db, events.create_event(self.db, data))

    def update_record(self, data: events.EventData) -> events.EventData:
        return events.update_event(self.db, data)

    def record_name(self, data: events.EventData) -> str:
        return data.title or self.tr("Veranstaltung")

    def current_query(self) -> EventListQuery:
        return EventListQuery(
            include_past=self.show_past.isChecked(),
            series_id=self.series_filter.currentData(),
            kind=self.kind_filter.currentData(),
            status=self.status_filter.currentData(),
        )

    def filter_widgets(self) -> list[QWidget]:
        return [self.series_filter, self.kind_filter, self.status_filter, self.show_past]

    def reset_filter_widgets(self) -> None:
        self.show_past.setChecked(True)
        for combo in (self.series_filter, self.kind_filter, self.status_filter):
            combo.setCurrentIndex(0)

    def refresh_choices(self) -> None:
        choices = events.event_choices(self.db)
        current = self.series_filter.currentData()
        self.series_filter.blockSignals(True)
        self.series_filter.clear()
        self.series_filter.addItem(self.tr("alle Reihen"), None)
        for id_, title in choices.series:
            self.series_filter.addItem(title, id_)
        self.series_filter.setCurrentIndex(max(0, self.series_filter.findData(current)))
        self.series_filter.blockSignals(False)
        self.editor.set_choices(choices.series, choices.organisations, choices.contacts, choices.own_organisation)

    def blank_record(self) -> events.EventData:
        return self.editor.empty_data()

    def has_unsaved_input(self) -> bool:
        """A new event not yet saved, or edits to the loaded one."""
        return self.editor.has_record() and (self._creating or self.editor.is_modified())

    def discard_input(self) -> None:
        self._creating = False
        self.editor.revert()

    def record_opened(self, record_id: int | None) -> None:
        self._creating = record_id is None and self.editor.has_record()
        self.invites.set_event(record_id)
        self.paperwork.set_event(record_id)
        if self._creating:
            self.pages.setCurrentIndex(self.PAGE_EDITOR)

    def texts(self) -> dict[str, Any]:
        return {
            "save_title": self.tr("Veranstaltung speichern"),
            "delete_title": self.tr("Veranstaltung löschen"),
            "saved": self.tr("Veranstaltung „%s“ gespeichert."),
            "new_hint": self.tr("Neue Veranstaltung: Titel und Termin eintragen, dann speichern."),
            "count": lambda n: self._empty_hint(n),
        }

    def _empty_hint(self, total: int) -> str:
        if total:
            return ""
        if not self.show_past.isChecked():
            return self.tr("Keine kommenden Veranstaltungen. „Neu“ legt eine an; „auch vergangene“ zeigt frühere.")
        return self.tr("Keine Veranstaltungen zu diesem Filter.")

    def update_buttons(self) -> None:
        super().update_buttons()
        has = self._current_id is not None and not self._creating
        self.delete_button.setEnabled(has)
        self.duplicate_button.setEnabled(has)
        self.checkin_button.setEnabled(has)
        self.ics_this.setEnabled(has)
        self.pack_action.setEnabled(has)
        self.pages.setTabEnabled(self.PAGE_INVITES, has)
        self.pages.setTabEnabled(self.PAGE_PAPERWORK, has)

    @property
    def current_event_id(self) -> int | None:
        return None if self._creating else self._current_id

    def _reload_list_keep_selection(self) -> None:
        """Counts changed (invite list, check-in): reload the list, keep the open event."""
        self.model.reload()
        self._reselect_current()

    # -- actions with their own question ---------------------------------------------------------
    def delete_selected(self) -> None:
        event_id = self.current_event_id
        if event_id is None:
            return
        data = events.load_event(self.db, event_id)
        counts = events.status_counts(self.db, event_id)
        question = fill(
            self.tr("„%1“ am %2 mit %3 Personen auf der Liste endgültig löschen?"),
            data.title,
            format_date(data.starts_at),
            counts["total"],
        )
        if not confirm_delete(self, self.tr("Veranstaltung löschen"), question):
            return
        events.delete_event(self.db, event_id)
        self._current_id = None
        self.editor.load(None)
        self.record_opened(None)
        self.refresh()
        self.update_buttons()
        self.status_message.emit(fill(self.tr("Veranstaltung „%1“ gelöscht."), data.title))

    def print_current(self) -> None:
        if self.current_event_id is not None:
            self.paperwork.print_invitations()

    # -- event actions -------------------------------------------------------------------
    def duplicate_current(self, source_id: int | None = None) -> int | None:
        """Copy the open event (or ``source_id``); in a series as the next module."""
        source_id = source_id if source_id is not None else self.current_event_id
        if source_id is None or not self.maybe_leave():
            return None
        try:
            plan = events.plan_duplicate(self.db, source_id)
        except UserError as exc:  # e.g. every module of the series is planned (issue 19)
            QMessageBox.warning(self, self.tr("Nächstes Modul planen"), service_text(exc))
            return None
        if not confirm_duplicate(self, plan):  # issue 14: ask first
            return None
        try:
            new_id = events.duplicate_event(self.db, source_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Duplizieren"), service_text(exc))
            return None
        self.refresh()
        self._show_record(new_id, clear_filters_if_hidden=True)
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
        if self.current_event_id is None:
            return None
        dialog = CheckinDialog(self.db, self.current_event_id, self)
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
        return self.duplicate_current(modules[-1].id)

    def pack_for_laptop(self) -> str | None:
        """Take the open event along to the door (a small kidesk file)."""
        if self.current_event_id is None or not self.maybe_leave():
            return None
        text = event_pack_dialog.pack_for_laptop(self, self.db, self.current_event_id)
        if text:
            self.status_message.emit(text)
        return text

    def merge_from_laptop(self, path: str | None = None) -> Any:
        """Bring check-ins and walk-ins of a pack back into this database."""
        if not self.maybe_leave():
            return None
        result = event_pack_dialog.merge_from_laptop(self, self.db, path)
        if result is not None and result.changed and not result.dry_run:
            self.refresh()
            self.invites.reload()
            self.status_message.emit(event_pack_dialog.merge_summary(result))
        return result

    def export_calendar(self, *, all_upcoming: bool = False) -> str | None:
        """Save the chosen event (or all upcoming ones) as an .ics file."""
        event_id = None if all_upcoming else self.current_event_id
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
            QMessageBox.warning(self, self.tr("Kalender exportieren"), service_text(exc))
            return None
        self.status_message.emit(
            fill(
                self.tr("%1 nach %2 exportiert."),
                count_text(n, self.tr("Veranstaltung"), self.tr("Veranstaltungen")),
                path,
            )
        )
        return path
