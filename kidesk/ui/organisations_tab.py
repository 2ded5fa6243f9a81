"""The *Partnerorganisationen* tab: list, filters and the organisation editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.services import organisations as organisation_service
from kidesk.services.organisations import OrganisationListQuery
from kidesk.ui.common.plural_text import TranslatedImpact, count_text
from kidesk.ui.common.prompts import confirm_delete
from kidesk.ui.common.record_list_tab import RecordListTab
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill
from kidesk.ui.models.organisation_table_model import OrganisationTableModel, kind_label
from kidesk.ui.organisation_editor import OrganisationEditor
from kidesk.ui.privacy import install_history_menu


class OrganisationsTab(RecordListTab):
    watched_tables = ("organisations", "affiliations")  # refreshed by itself (issue 20)
    open_contact = Signal(int)
    #: enter a new contact affiliated with this organisation: (organisation id, name)
    new_contact_for = Signal(int, str)
    #: organisations were added, renamed or deleted (other tabs refresh their choice lists)
    data_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.make_search_field(self.tr("Name, Kurzname, Ort … (Strg+F)"), self.tr("Organisationen durchsuchen"))
        filters = QHBoxLayout()
        kind_label_widget = QLabel(self.tr("Art:"))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Nach Art filtern"))
        self.kind_filter.addItem(self.tr("alle Arten"), None)
        for code in vocab.ORGANISATION_KINDS:
            self.kind_filter.addItem(kind_label(code), code)
        kind_label_widget.setBuddy(self.kind_filter)
        network_label = QLabel(self.tr("Netzwerk:"))
        self.network_filter = QComboBox()
        self.network_filter.setAccessibleName(self.tr("Nach Netzwerk filtern"))
        self.network_filter.setMinimumContentsLength(10)
        self.network_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        network_label.setBuddy(self.network_filter)
        filters.addWidget(kind_label_widget)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(network_label)
        filters.addWidget(self.network_filter, 1)
        # issue 19: the filter shows current members; former ones (left 2019 …) on request
        self.former_members = QCheckBox(self.tr("auch ehemalige"))
        self.former_members.setAccessibleName(self.tr("Auch ehemalige Netzwerkmitglieder zeigen"))
        self.former_members.setEnabled(False)
        filters.addWidget(self.former_members)
        # issue 19: archived organisations are hidden unless asked for
        self.show_archived = QCheckBox(self.tr("Archi&vierte anzeigen"))
        self.show_archived.setAccessibleName(self.tr("Archivierte Organisationen anzeigen"))
        archive_row = QHBoxLayout()  # a row of its own: the filter row stays narrow enough for 1024 px
        archive_row.addWidget(self.show_archived)
        archive_row.addStretch(1)

        self.new_network_button = QPushButton(self.tr("Netzwerk anle&gen …"))
        self.new_network_button.setAccessibleName(self.tr("Neues Netzwerk anlegen"))
        self.edit_networks_button = QPushButton(self.tr("Net&zwerke bearbeiten …"))
        self.edit_networks_button.setAccessibleName(self.tr("Netzwerke bearbeiten: Name, Koordination, Mitglieder"))
        self.build_layout(
            [filters, archive_row],
            OrganisationTableModel(db, parent=self),
            OrganisationEditor(),
            [self.new_network_button, self.edit_networks_button],
        )
        self.table.setAccessibleName(self.tr("Liste der Partnerorganisationen"))
        install_history_menu(self, "organisation")  # "Verlauf …" on right click (issue 13)
        self.table.horizontalHeader().resizeSection(0, 260)
        self.new_button.setAccessibleName(self.tr("Neue Organisation anlegen"))
        self.save_button.setAccessibleName(self.tr("Organisation speichern"))
        self.delete_button.setAccessibleName(self.tr("Organisation löschen"))

        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.network_filter.currentIndexChanged.connect(self._network_filter_changed)
        self.former_members.toggled.connect(lambda _on: self.apply_filters())
        self.show_archived.toggled.connect(lambda _on: self.apply_filters())
        self.editor.restore_requested.connect(self.restore_current)
        self.edit_networks_button.clicked.connect(self.edit_networks)
        self.editor.contact_activated.connect(self.open_contact)
        self.editor.organisation_activated.connect(self.jump_to)
        self.editor.new_person_requested.connect(self._new_person_here)
        self.new_network_button.clicked.connect(self.create_network)
        QWidget.setTabOrder(self.table, self.editor.fields["name"].widget)
        QWidget.setTabOrder(self.editor.remove_membership_button, self.editor.restore_button)  # shown when archived
        QWidget.setTabOrder(self.editor.restore_button, self.new_button)
        self.refresh_choices()
        self._update_count()
        self.update_buttons()

    def texts(self) -> dict:
        return {
            "save_title": self.tr("Organisation speichern"),
            "delete_title": self.tr("Organisation löschen"),
            "saved": self.tr("Organisation „%s“ gespeichert."),
            "delete_one": self.tr("Die Organisation „%s“ wirklich löschen?"),
            "new_hint": self.tr("Neue Organisation: Felder ausfüllen, dann mit Strg+S speichern."),
            "delete_many": lambda n: fill(self.tr("%1 wirklich löschen?"), self._organisations(n)),
            "deleted": lambda n: fill(self.tr("%1 gelöscht."), self._organisations(n)),
            "count": self._organisations,
        }

    def _organisations(self, n: int) -> str:
        return count_text(n, self.tr("Organisation"), self.tr("Organisationen"))

    def load_record(self, record_id: int):
        return organisation_service.load_organisation(self.db, record_id)

    def create_record(self, data):
        return organisation_service.create_organisation(self.db, data)

    def update_record(self, data):
        return organisation_service.update_organisation(self.db, data)

    def delete_record(self, record_id: int) -> None:
        organisation_service.delete_organisation(self.db, record_id)

    def deletion_impacts(self, ids: list[int]) -> list:
        return [TranslatedImpact(organisation_service.deletion_impact(self.db, i)) for i in ids]

    def record_name(self, data) -> str:
        return data.name or self.tr("Neue Organisation")

    def filter_widgets(self) -> list[QWidget]:
        return [self.search, self.kind_filter, self.network_filter, self.former_members, self.show_archived]

    def reset_filter_widgets(self) -> None:
        self.kind_filter.setCurrentIndex(0)
        self.network_filter.setCurrentIndex(0)
        self.former_members.setChecked(False)
        self.former_members.setEnabled(False)
        self.show_archived.setChecked(False)

    def current_query(self) -> OrganisationListQuery:
        old = self.model.query
        return OrganisationListQuery(
            search_text=self.search.text(),
            kind=self.kind_filter.currentData(),
            network_id=self.network_filter.currentData(),
            include_former_members=self.former_members.isChecked(),
            include_archived=self.show_archived.isChecked(),
            sort_column=old.sort_column,
            descending=old.descending,
        )

    def refresh_choices(self) -> None:
        # the parent box keeps archived organisations, so a stored parent is never lost on save
        organisations = organisation_service.organisation_choices(self.db, include_archived=True)
        networks = organisation_service.network_choices(self.db)
        self.editor.set_choices(organisations, networks)
        current = self.network_filter.currentData()
        self.network_filter.blockSignals(True)
        self.network_filter.clear()
        self.network_filter.addItem(self.tr("alle Netzwerke"), None)
        for net_id, name in networks:
            self.network_filter.addItem(name, net_id)
        self.network_filter.setCurrentIndex(max(0, self.network_filter.findData(current)) if current else 0)
        self.network_filter.blockSignals(False)

    # -- archive instead of delete (issue 19) ---------------------------------------------------------
    def delete_selected(self) -> None:
        """An organisation with links (events it hosts, people, networks) is offered for archiving
        first — the default answer — and only deleted when the user picks "Löschen" explicitly."""
        ids = self.selected_ids() or ([self.editor.loaded_id()] if self.editor.loaded_id() else [])
        if not ids:
            return
        texts = self.texts()
        try:
            impacts = [organisation_service.deletion_impact(self.db, i) for i in ids]
            archived = {i: organisation_service.load_organisation(self.db, i).archived_on for i in ids}
        except UserError as exc:
            QMessageBox.warning(self, texts["delete_title"], service_text(exc))
            self.model.reload()
            return
        archivable = [i for i, impact in zip(ids, impacts, strict=True) if impact.lines and archived[i] is None]
        if not archivable:
            super().delete_selected()
            return
        answer = self._ask_archive_or_delete(impacts, len(archivable))
        if answer == "delete":
            self.delete_confirmed(ids)
        elif answer == "archive":
            self.archive(archivable)

    def _ask_archive_or_delete(self, impacts: list, archivable: int) -> str:
        texts = self.texts()
        question = texts["delete_one"] % impacts[0].name if len(impacts) == 1 else texts["delete_many"](len(impacts))
        consequence = self._consequence(impacts)
        advice = fill(
            self.tr(
                "Archivieren statt löschen (%1): die Organisation verschwindet aus der Liste und aus den "
                "Auswahllisten, bleibt aber bei allen Veranstaltungen, Personen und Netzwerken, auf Ausdrucken, "
                "Bescheinigungen und im Kalender. „Wiederherstellen“ holt sie zurück."
            ),
            self._organisations(archivable),
        )
        answer = ask_archive_or_delete(self, texts["delete_title"], f"{question}\n\n{consequence}\n\n{advice}")
        if answer == "delete" and not confirm_delete(self, texts["delete_title"], question, consequence):
            return "cancel"
        return answer

    def _consequence(self, impacts: list) -> str:
        details = [d for d in (TranslatedImpact(i).describe() for i in impacts) if d]
        return fill(self.tr("Mit gelöscht werden: %1."), "; ".join(details)) if details else ""

    def archive(self, ids: list[int]) -> int:
        """Archive the organisations; returns how many. Undo: :meth:`restore`."""
        if self.editor.loaded_id() in ids and not self.maybe_leave():
            return 0
        done = []
        try:
            for record_id in ids:
                done.append(organisation_service.archive_organisation(self.db, record_id))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Organisation archivieren"), service_text(exc))
        self.refresh()
        self.update_buttons()
        if len(done) == 1:
            self.status_message.emit(
                fill(
                    self.tr("„%1“ archiviert. Zurückholen: „Archivierte anzeigen“, dann „Wiederherstellen“."),
                    done[0].name,
                )
            )
        elif done:
            self.status_message.emit(
                fill(
                    self.tr("%1 archiviert."),
                    self._organisations(len(done)),
                )
            )
        self.after_save()
        return len(done)

    def restore(self, organisation_id: int) -> bool:
        """Take an organisation out of the archive ("Wiederherstellen")."""
        try:
            data = organisation_service.unarchive_organisation(self.db, organisation_id)
        except UserError as exc:
            QMessageBox.warning(
                self,
                self.tr("Organisation wiederherstellen"),
                service_text(exc),
            )
            return False
        self.refresh()
        self.status_message.emit(fill(self.tr("„%1“ wiederhergestellt."), data.name))
        self.after_save()
        return True

    def restore_current(self) -> None:
        organisation_id = self.editor.loaded_id()
        if organisation_id is not None and self.maybe_leave():
            self.restore(organisation_id)

    def _network_filter_changed(self, _index: int) -> None:
        self.former_members.setEnabled(self.network_filter.currentData() is not None)
        self.apply_filters()

    def edit_networks(self) -> None:
        """The network editor (rename, describe, coordinator, member list and its export, delete)."""
        from kidesk.ui.network_editor import NetworkDialog

        dialog = NetworkDialog(self.db, self.network_filter.currentData(), self)
        dialog.exec()
        self.refresh_choices()
        self.model.reload()
        self.data_changed.emit()

    def _new_person_here(self) -> None:
        organisation_id = self.editor.loaded_id()
        if organisation_id is not None and self.maybe_leave():
            self.new_contact_for.emit(organisation_id, self.editor.data().name)

    def print_current(self) -> None:
        self.status_message.emit(
            self.tr(
                "Für Organisationen gibt es keine Druckprodukte; Etiketten und Visitenkarten "
                "druckt der Reiter „Kontakte“."
            )
        )

    def after_save(self) -> None:
        self.data_changed.emit()

    def create_network(self) -> int | None:
        name, ok = QInputDialog.getText(
            self, self.tr("Netzwerk anlegen"), self.tr("&Name des Netzwerks:"), QLineEdit.EchoMode.Normal, ""
        )
        if not ok or not name.strip():
            return None
        try:
            network_id = organisation_service.create_network(self.db, name)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Netzwerk anlegen"), service_text(exc))
            return None
        self.refresh_choices()
        index = self.editor.network_choice.findData(network_id)
        self.editor.network_choice.setCurrentIndex(index)
        self.status_message.emit(fill(self.tr("Netzwerk „%1“ angelegt."), name.strip()))
        return network_id


def ask_archive_or_delete(parent: QWidget, title: str, text: str) -> str:
    """ "archive" (the default: Enter archives), "delete" or "cancel" (Escape)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    archive = box.addButton(
        QCoreApplication.translate("OrganisationsTab", "&Archivieren"), QMessageBox.ButtonRole.AcceptRole
    )
    delete = box.addButton(
        QCoreApplication.translate("OrganisationsTab", "Endgültig &löschen"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("OrganisationsTab", "Abbrechen"), QMessageBox.ButtonRole.RejectRole
    )
    archive.setAccessibleName(QCoreApplication.translate("OrganisationsTab", "Archivieren statt löschen"))
    delete.setAccessibleName(QCoreApplication.translate("OrganisationsTab", "Endgültig löschen, mit allem Genannten"))
    cancel.setAccessibleName(QCoreApplication.translate("OrganisationsTab", "Abbrechen, nichts ändern"))
    box.setDefaultButton(archive)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "archive" if clicked is archive else "delete" if clicked is delete else "cancel"
