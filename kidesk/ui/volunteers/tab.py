"""The volunteers tab: list with filters, profile editor, hours, qualification progress,
due dates and the thank-you invitation.

Layout: an inner tab bar with *Übersicht* (the list-tab base of contacts and organisations:
search and filters above the lazy volunteer list on the left; on the right the selected
volunteer in three pages *Profil*, *Stunden*, *Qualifizierung*) and *Fällig* (what needs
attention within N weeks). All data goes through :mod:`kidesk.services.volunteers`; every
save is one transaction there.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from kidesk.db import vocab
from kidesk.errors import UserError
from kidesk.services import volunteers as vs
from kidesk.services.edit_conflicts import RecordChangedElsewhere
from kidesk.ui.common.prompts import ConflictAnswer, ask_edit_conflict
from kidesk.ui.common.record_list_tab import RecordListTab
from kidesk.ui.common.service_text import service_text, vocab_text
from kidesk.ui.common.table_headers import fit_header_texts
from kidesk.ui.common.text import fill
from kidesk.ui.models.volunteer_table_model import VolunteerTableModel, status_label
from kidesk.ui.privacy import install_history_menu
from kidesk.ui.volunteers.date_field import combo_with_all
from kidesk.ui.volunteers.due_page import DuePage
from kidesk.ui.volunteers.hours_panel import HoursPanel
from kidesk.ui.volunteers.profile_editor import VolunteerEditor
from kidesk.ui.volunteers.progress_panel import ProgressPanel
from kidesk.ui.volunteers.recognition_dialog import RecognitionDialog


class _Template(str):
    """A translated ``%1`` text the list-tab base formats with ``%``: filled by :func:`fill`."""

    def __mod__(self, value: object) -> str:  # type: ignore[override]
        return fill(self, value)


class _ProfileDeletion:
    """What the base's delete question needs: the name (hours go with it, the text says so)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return ""


class VolunteersTab(RecordListTab):
    """Volunteer records: find, edit, log hours, follow qualification, due dates, recognition."""

    watched_tables = ("volunteers", "contacts", "volunteer_hours")  # refreshed by itself (issue 20)

    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._deleted_name = ""
        choices = vs.filter_choices(db)
        series = [(s.title, s.id) for s in vs.series_choices(db)]

        # -- filters ---------------------------------------------------------------------------
        self.make_search_field(self.tr("Name suchen…"), self.tr("Name suchen"))
        self.search.setToolTip(self.tr("Name suchen"))
        self.status_filter = combo_with_all(
            self.tr("alle Status"), [(status_label(c), c) for c in vocab.VOLUNTEER_STATUSES]
        )
        self.municipality_filter = combo_with_all(self.tr("alle Kommunen"), [(m, m) for m in choices.municipalities])
        self.area_filter = combo_with_all(
            self.tr("alle Einsatzbereiche"), [(vocab_text(a), a) for a in choices.engagement_areas]
        )
        self.language_filter = combo_with_all(
            self.tr("alle Sprachen"), [(vocab_text(lang), lang) for lang in choices.languages]
        )
        self.series_filter = combo_with_all(self.tr("jede Qualifizierung"), series)
        self.progress_filter = QComboBox()
        self.progress_filter.addItem(self.tr("begonnen"), vs.PROGRESS_STARTED)
        self.progress_filter.addItem(self.tr("abgeschlossen"), vs.PROGRESS_COMPLETE)
        self.progress_filter.addItem(self.tr("noch unvollständig"), vs.PROGRESS_INCOMPLETE)
        self.progress_filter.setEnabled(False)
        for widget, name in (
            (self.status_filter, self.tr("Filter Status")),
            (self.municipality_filter, self.tr("Filter Kommune")),
            (self.area_filter, self.tr("Filter Einsatzbereich")),
            (self.language_filter, self.tr("Filter Sprache")),
            (self.series_filter, self.tr("Filter Qualifizierungsreihe")),
            (self.progress_filter, self.tr("Filter Fortschritt in der Reihe")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(name)
        for combo in (self.municipality_filter, self.area_filter, self.language_filter, self.series_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        filter_grid = QGridLayout()
        filter_grid.addWidget(self.status_filter, 0, 0)
        filter_grid.addWidget(self.municipality_filter, 0, 1)
        filter_grid.addWidget(self.area_filter, 0, 2)
        filter_grid.addWidget(self.language_filter, 1, 0)
        filter_grid.addWidget(self.series_filter, 1, 1)
        filter_grid.addWidget(self.progress_filter, 1, 2)

        # -- list and editor (the base lays them out) ----------------------------------------------
        self.invite_button = QPushButton(self.tr("Zum Dankeschön-&Fest einladen…"))
        self.build_layout(
            [filter_grid], VolunteerTableModel(db, parent=self), VolunteerEditor(choices), [self.invite_button]
        )
        self.editor_message = self.editor.message
        self.table.setAccessibleName(self.tr("Liste der Ehrenamtlichen"))
        install_history_menu(self, "volunteer")  # "Verlauf …", "Einwilligungen …" on right click (issue 13)
        self.table.setSortingEnabled(False)  # always by name
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in ((0, 170), (1, 70), (2, 100), (3, 180), (4, 170), (5, 90), (6, 120), (7, 110)):
            self.table.setColumnWidth(col, width)
        fit_header_texts(self.table)  # "Führungszeugnis fällig" was cut to "rungszeugnis fä"
        self.new_button.setText(self.tr("&Neu…"))
        self.new_button.setToolTip(self.tr("Einen vorhandenen Kontakt als Ehrenamtliche/n erfassen (Strg+N)"))
        self.save_button.setText(self.tr("&Speichern"))
        self.revert_button.setText(self.tr("&Verwerfen"))

        # -- the volunteer's pages replace the editor's place on the right ----------------------------
        editor_scroll = self.editor.parentWidget()
        while not isinstance(editor_scroll, QScrollArea):
            editor_scroll = editor_scroll.parentWidget()
        right_layout = editor_scroll.parentWidget().layout()
        place = right_layout.indexOf(editor_scroll)
        right_layout.removeWidget(editor_scroll)
        self.hours_panel = HoursPanel(db)
        self.progress_panel = ProgressPanel(db)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(editor_scroll, self.tr("&Profil"))
        self.detail_tabs.addTab(self.hours_panel, self.tr("S&tunden"))
        self.detail_tabs.addTab(self.progress_panel, self.tr("&Qualifizierung"))
        right_layout.insertWidget(place, self.detail_tabs, 1)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 580])

        # -- the two pages of the tab -------------------------------------------------------------------
        outer = self.layout()
        outer.removeWidget(self.splitter)
        outer.setContentsMargins(4, 4, 4, 4)
        self.pages = QTabWidget()
        self.pages.addTab(self.splitter, self.tr("Übersicht"))
        self.pages.addTab(self._build_due_page(), self.tr("Fällig"))
        outer.addWidget(self.pages)

        # -- wiring ----------------------------------------------------------------------------------
        for combo in (
            self.status_filter,
            self.municipality_filter,
            self.area_filter,
            self.language_filter,
            self.series_filter,
            self.progress_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.editor.record_loaded.connect(self._show_pages_of_loaded)
        self.invite_button.clicked.connect(self.open_recognition_dialog)
        self.hours_panel.saved.connect(self._hours_saved)
        self.progress_panel.status_message.connect(self.status_message)
        self.weeks.valueChanged.connect(self._due_count_changed)
        self.due_kind.currentIndexChanged.connect(self._due_count_changed)
        self.due_page.open_requested.connect(self.open_due_item)
        self.due_page.status_message.connect(self.status_message)
        self.due_page.record_changed.connect(self._due_record_changed)
        self.pages.currentChanged.connect(lambda i: self.refresh_due() if i == 1 else None)
        QWidget.setTabOrder(self.table, self.detail_tabs)  # reading order: the buttons under the form last
        QWidget.setTabOrder(self.delete_button, self.invite_button)

        self._show_pages_of_loaded()
        self._update_count()
        self.update_buttons()
        self.refresh_due()

    def _build_due_page(self) -> QWidget:
        self.due_page = DuePage(self.db)
        # the names tests and the walk use
        self.weeks, self.due_kind, self.due_model = self.due_page.weeks, self.due_page.kind, self.due_page.model
        self.due_table, self.due_summary = self.due_page.table, self.due_page.summary
        return self.due_page

    # -- hooks of the list-tab base -------------------------------------------------------------------
    def texts(self) -> dict:
        return {
            "save_title": self.tr("Ehrenamtsprofil speichern"),
            "delete_title": self.tr("Ehrenamtsprofil löschen"),
            "saved": _Template(self.tr("Ehrenamtsprofil gespeichert.")),
            "delete_one": _Template(
                self.tr(
                    "Das Ehrenamtsprofil von %1 mit allen erfassten Stunden löschen? "
                    "Der Kontakt selbst bleibt erhalten."
                )
            ),
            "new_hint": "",
            "delete_many": lambda n: fill(self.tr("%1 Ehrenamtsprofile löschen?"), n),
            "deleted": lambda n: fill(self.tr("Ehrenamtsprofil von %1 gelöscht."), self._deleted_name),
            "count": lambda n: fill(self.tr("%1 Ehrenamtliche"), n),
        }

    def load_record(self, record_id: int) -> vs.VolunteerRecord:
        return vs.load_volunteer(self.db, record_id)

    def update_record(self, data: vs.VolunteerRecord) -> vs.VolunteerRecord:
        return vs.update_volunteer(self.db, data.id, data.profile, expected_version=data.version)

    def delete_record(self, record_id: int) -> None:
        self._deleted_name = vs.delete_volunteer(self.db, record_id)

    def deletion_impacts(self, ids: list[int]) -> list[_ProfileDeletion]:
        return [_ProfileDeletion(vs.load_volunteer(self.db, i).name) for i in ids]

    def record_name(self, data: vs.VolunteerRecord) -> str:
        return data.name

    def filter_widgets(self) -> list[QWidget]:
        return [
            self.search,
            self.status_filter,
            self.municipality_filter,
            self.area_filter,
            self.language_filter,
            self.series_filter,
            self.progress_filter,
        ]

    def reset_filter_widgets(self) -> None:
        for combo in (
            self.status_filter,
            self.municipality_filter,
            self.area_filter,
            self.language_filter,
            self.series_filter,
            self.progress_filter,
        ):
            combo.setCurrentIndex(0)
        self.progress_filter.setEnabled(False)

    def current_query(self) -> vs.VolunteerFilter:
        series_id = self.series_filter.currentData()
        return vs.VolunteerFilter(
            status=self.status_filter.currentData(),
            municipality=self.municipality_filter.currentData(),
            engagement_area=self.area_filter.currentData(),
            language=self.language_filter.currentData(),
            series_id=series_id,
            progress=self.progress_filter.currentData() if series_id is not None else None,
            text=self.search.text().strip() or None,
        )

    def after_save(self) -> None:
        self._show_pages_of_loaded()
        self.refresh_due()

    # -- the open volunteer ---------------------------------------------------------------------------
    @property
    def current_volunteer_id(self) -> int | None:
        return self.editor.loaded_id()

    @property
    def current_contact_id(self) -> int | None:
        return self.editor.data().contact_id

    def _show_pages_of_loaded(self) -> None:
        """Hours and progress follow the profile the editor shows (nobody: disabled)."""
        volunteer_id = self.editor.loaded_id()
        self.detail_tabs.setEnabled(volunteer_id is not None)
        if self.hours_panel.volunteer_id != volunteer_id or volunteer_id is None:
            self.hours_panel.set_volunteer(volunteer_id)
        contact_id = self.editor.data().contact_id
        if (self.progress_panel.volunteer_id, self.progress_panel.contact_id) != (volunteer_id, contact_id):
            self.progress_panel.set_volunteer(volunteer_id, contact_id)

    # -- filters ---------------------------------------------------------------------------------------
    def apply_filters(self) -> None:
        """Ask about unsaved edits first: a cancelled question puts the filter boxes back."""
        if not self.maybe_leave():
            self._show_filter(self.model.query)  # stay with the list the edited person is in
            return
        self.progress_filter.setEnabled(self.series_filter.currentData() is not None)
        super().apply_filters()

    def _show_filter(self, flt: vs.VolunteerFilter) -> None:
        """Put the filter widgets back to ``flt`` without triggering a reload."""
        pairs = (
            (self.status_filter, flt.status),
            (self.municipality_filter, flt.municipality),
            (self.area_filter, flt.engagement_area),
            (self.language_filter, flt.language),
            (self.series_filter, flt.series_id),
            (self.progress_filter, flt.progress or vs.PROGRESS_STARTED),
        )
        for combo, value in pairs:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(flt.text or "")
        self.search.blockSignals(False)
        self.progress_filter.setEnabled(flt.series_id is not None)

    # -- saving --------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the profile; problems are shown under the form, a change made elsewhere is asked about."""
        if not self.editor.is_modified():
            return True
        problems = self.editor.problems()
        if problems:
            field, message = next(iter(problems.items()))
            self.editor.show_message(message, error=True)
            widget = self.editor.field_widgets.get(field)
            if widget is not None:
                widget.setFocus()
            return False
        data = self.editor.data()
        try:
            try:
                saved = self.update_record(data)
            except RecordChangedElsewhere:
                answer = ask_edit_conflict(self, data.name)
                if answer is ConflictAnswer.CANCEL:
                    return False
                if answer is ConflictAnswer.RELOAD:
                    return self._reload_after_conflict(data.id)
                saved = vs.update_volunteer(self.db, data.id, data.profile, expected_version=None)
        except UserError as exc:
            self.editor.show_message(service_text(exc), error=True)
            return False
        self._show_saved(saved)
        self.editor.show_message(self.tr("Gespeichert."))
        self.status_message.emit(self.tr("Ehrenamtsprofil gespeichert."))
        return True

    def _reload_after_conflict(self, volunteer_id: int) -> bool:
        try:
            stored = vs.load_volunteer(self.db, volunteer_id)
        except UserError as exc:  # deleted elsewhere
            self.editor.show_message(service_text(exc), error=True)
            return False
        self._show_saved(stored)
        return True

    def _show_saved(self, record: vs.VolunteerRecord) -> None:
        self.editor.load(record)
        self._current_id = record.id
        self.model.reload()
        self._reselect_current()
        self.update_buttons()
        self.after_save()

    # -- WorkspaceTab actions ---------------------------------------------------------------------------
    def jump_to(self, record_id: int) -> None:
        """Select a volunteer by volunteer id (filters are cleared when needed)."""
        self.pages.setCurrentIndex(0)
        super().jump_to(record_id)

    def focus_search(self) -> None:
        self.pages.setCurrentIndex(0)
        super().focus_search()

    def refresh(self) -> None:
        super().refresh()
        self.hours_panel.load_organisations()
        self._show_pages_of_loaded()
        self.refresh_due()

    def print_current(self) -> None:
        if self.current_volunteer_id is None:
            return
        self.detail_tabs.setCurrentWidget(self.progress_panel)
        printable = [sid for sid, b in self.progress_panel.print_buttons.items() if b.isEnabled()]
        if len(printable) == 1:
            self.progress_panel.print_buttons[printable[0]].click()

    def new_record(self) -> None:
        """Make an existing contact a volunteer (the contact itself is created in the contacts tab)."""
        if not self.maybe_leave():
            return
        candidates = vs.contacts_without_profile(self.db)
        if not candidates:
            QMessageBox.information(
                self,
                self.tr("Neue/r Ehrenamtliche/r"),
                self.tr(
                    "Alle Kontakte sind bereits als Ehrenamtliche erfasst. Bitte zuerst im Reiter Kontakte die Person anlegen."
                ),
            )
            return
        labels = [c.label for c in candidates]
        label, ok = QInputDialog.getItem(self, self.tr("Neue/r Ehrenamtliche/r"), self.tr("Kontakt:"), labels, 0, False)
        if not ok:
            return
        self.create_volunteer_for(candidates[labels.index(label)].contact_id)

    def create_volunteer_for(self, contact_id: int) -> int | None:
        try:
            record = vs.create_volunteer(self.db, contact_id, vs.VolunteerProfile(active_since=dt.date.today()))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Neue/r Ehrenamtliche/r"), service_text(exc))
            return None
        self.jump_to(record.id)
        self.status_message.emit(self.tr("Ehrenamtsprofil angelegt."))
        return record.id

    def _hours_saved(self, text: str) -> None:
        self.status_message.emit(text)
        if not self.editor.is_modified():  # refresh the year's hours in the list without losing edits
            self.model.reload()
            self._reselect_current()
        self.refresh_due()

    # -- due view -----------------------------------------------------------------------------------
    def refresh_due(self, *_args) -> None:
        self._due_count_changed(self.due_page.refresh())

    def _due_count_changed(self, *_args) -> None:
        self.pages.setTabText(1, fill(self.tr("Fällig (%1)"), len(self.due_page._all)))

    def _due_record_changed(self, volunteer_id: int) -> None:
        self._due_count_changed()
        if self.current_volunteer_id == volunteer_id and not self.editor.is_modified():
            self.editor.load(self.load_record(volunteer_id))  # show the new inspection date

    #: the sub-tab an item of the due list belongs to (profile fields or the hours)
    def open_due_item(self, volunteer_id: int, kind: str = vs.DUE_POLICE_CERTIFICATE) -> None:
        self.jump_to(volunteer_id)
        if self.current_volunteer_id != volunteer_id:
            return  # the person stayed with unsaved changes elsewhere
        self.pages.setCurrentIndex(0)
        if kind == vs.DUE_INACTIVE:
            self.detail_tabs.setCurrentWidget(self.hours_panel)
            return
        self.detail_tabs.setCurrentIndex(0)
        field = self.editor.police_inspected_on if kind == vs.DUE_POLICE_CERTIFICATE else self.editor.consent_given_on
        field.setFocus()

    def _open_due_item(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.due_model.item(index.row())
            self.open_due_item(item.volunteer_id, item.kind)

    # -- recognition --------------------------------------------------------------------------------
    def open_recognition_dialog(self) -> None:
        dialog = RecognitionDialog(vs.thank_you_events(self.db), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.event_id() is None:
            return
        self.invite_to_thank_you_event(dialog.event_id(), dialog.min_hours_value())

    def invite_to_thank_you_event(self, event_id: int, min_hours: Decimal | None) -> vs.RecognitionResult | None:
        try:
            result = vs.invite_volunteers_to_thank_you_event(self.db, event_id, min_hours=min_hours)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Zum Dankeschön-Fest einladen"), service_text(exc))
            return None
        text = fill(
            self.tr("%1 Ehrenamtliche eingeladen; %2 standen schon auf der Liste."),
            result.added,
            result.already_on_list,
        )
        if result.below_min_hours:
            text += " " + fill(self.tr("%1 hatten weniger Stunden als verlangt."), result.below_min_hours)
        QMessageBox.information(self, self.tr("Zum Dankeschön-Fest einladen"), text)
        self.status_message.emit(text)
        return result
