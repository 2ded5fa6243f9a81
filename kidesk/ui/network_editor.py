"""The network editor: name, description, founding date, coordinating organisation, the member list
with dates, its export, and deleting a network (issue 19, point 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.domain.dates import DateFormatError, format_date
from kidesk.errors import UserError
from kidesk.services import organisations as organisation_service
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.form_fields import DateField
from kidesk.ui.common.plural_text import count_text, describe_deletion
from kidesk.ui.common.prompts import UnsavedAnswer, ask_unsaved_changes, confirm_delete
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.tables import read_only_table
from kidesk.ui.common.text import fill


class NetworkDialog(QDialog):
    """One network at a time, chosen at the top; changes are saved with *Speichern*."""

    def __init__(self, db: Database, network_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Netzwerke"))
        self._loaded: organisation_service.NetworkData | None = None
        self._changed = False

        self.network_choice = QComboBox()
        self.network_choice.setAccessibleName(self.tr("Netzwerk wählen"))
        choice_label = QLabel(self.tr("&Netzwerk:"))
        choice_label.setBuddy(self.network_choice)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name des Netzwerks"))
        self.short_name = QLineEdit()
        self.short_name.setAccessibleName(self.tr("Kurzname des Netzwerks"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(80)
        self.description.setAccessibleName(self.tr("Beschreibung des Netzwerks"))
        self.founded = DateField()
        self.founded.setAccessibleName(self.tr("Gründungsdatum"))
        self.coordinator = QComboBox()
        self.coordinator.setAccessibleName(self.tr("Koordinierende Organisation"))
        self.coordinator.setMinimumContentsLength(30)

        form = QFormLayout()
        for text, widget in (
            (self.tr("Na&me:"), self.name),
            (self.tr("&Kurzname:"), self.short_name),
            (self.tr("&Beschreibung:"), self.description),
            (self.tr("&Gegründet am:"), self.founded),
            (self.tr("Koo&rdination:"), self.coordinator),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.members = QTableWidget(0, 4)
        self.members.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Rolle"), self.tr("Beitritt"), self.tr("Austritt")]
        )
        self.members.setAccessibleName(self.tr("Mitglieder des Netzwerks"))
        read_only_table(self.members, rows=None, single=None)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the organisation's name gets the room
        self.include_former = QCheckBox(self.tr("auch &ehemalige Mitglieder zeigen"))
        self.include_former.setAccessibleName(self.tr("Ehemalige Mitglieder zeigen"))
        self.include_former.setChecked(True)
        self.member_count = QLabel()

        self.export_button = QPushButton(self.tr("Mitgliederliste e&xportieren …"))
        self.export_button.setAccessibleName(self.tr("Mitgliederliste mit Daten als CSV exportieren"))
        self.delete_button = QPushButton(self.tr("Netzwerk &löschen …"))
        self.delete_button.setAccessibleName(self.tr("Netzwerk löschen"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Speichern"))
        self.save_button.setAccessibleName(self.tr("Netzwerk speichern"))
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Schl&ießen"))
        self.close_button.setAccessibleName(self.tr("Fenster schließen"))

        top = QHBoxLayout()
        top.addWidget(choice_label)
        top.addWidget(self.network_choice, 1)
        member_row = QHBoxLayout()
        member_row.addWidget(self.include_former)
        member_row.addStretch(1)
        member_row.addWidget(self.member_count)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Mitglieder (mit Beitritt und Austritt):")))
        layout.addWidget(self.members, 1)
        layout.addLayout(member_row)
        layout.addLayout(actions)
        self.resize(760, 560)

        for a, b in (
            (self.network_choice, self.name),
            (self.name, self.short_name),
            (self.short_name, self.description),
            (self.description, self.founded),
            (self.founded, self.coordinator),
            (self.coordinator, self.members),
            (self.members, self.include_former),
            (self.include_former, self.export_button),
            (self.export_button, self.delete_button),
            (self.delete_button, self.save_button),
            (self.save_button, self.close_button),
        ):
            QWidget.setTabOrder(a, b)

        for widget in (self.name, self.short_name, self.founded):
            widget.textEdited.connect(self._mark_changed)
        self.description.textChanged.connect(self._mark_changed)
        self.coordinator.currentIndexChanged.connect(self._mark_changed)
        self.network_choice.currentIndexChanged.connect(self._network_chosen)
        self.include_former.toggled.connect(lambda _on: self._fill_members())
        self.export_button.clicked.connect(self.export_members)
        self.delete_button.clicked.connect(self.delete_network)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self._fill_choices(network_id)

    # -- loading -----------------------------------------------------------------------------------------
    def _fill_choices(self, select_id: int | None) -> None:
        self.network_choice.blockSignals(True)
        self.network_choice.clear()
        for network_id, name in organisation_service.network_choices(self.db):
            self.network_choice.addItem(name, network_id)
        self.coordinator.blockSignals(True)
        self.coordinator.clear()
        self.coordinator.addItem(self.tr("– keine –"), None)
        for org_id, name in organisation_service.organisation_choices(self.db, include_archived=True):
            self.coordinator.addItem(name, org_id)
        self.coordinator.blockSignals(False)
        index = self.network_choice.findData(select_id) if select_id is not None else 0
        self.network_choice.setCurrentIndex(max(0, index))
        self.network_choice.blockSignals(False)
        self._load(self.network_choice.currentData())

    def _network_chosen(self, _index: int) -> None:
        wanted = self.network_choice.currentData()
        if self._loaded is not None and wanted == self._loaded.id:
            return
        if not self.maybe_leave():
            self.network_choice.blockSignals(True)
            self.network_choice.setCurrentIndex(max(0, self.network_choice.findData(self._loaded.id)))
            self.network_choice.blockSignals(False)
            return
        self._load(wanted)

    def _load(self, network_id: int | None) -> None:
        data = organisation_service.load_network(self.db, network_id) if network_id is not None else None
        self._loaded = data
        for widget in (self.name, self.short_name, self.description, self.founded, self.coordinator):
            widget.blockSignals(True)
        self.name.setText(data.name if data else "")
        self.short_name.setText((data.short_name or "") if data else "")
        self.description.setPlainText((data.description or "") if data else "")
        self.founded.set_date(data.founded_on if data else None)
        coordinator = data.coordinator_id if data else None
        self.coordinator.setCurrentIndex(max(0, self.coordinator.findData(coordinator)) if coordinator else 0)
        for widget in (self.name, self.short_name, self.description, self.founded, self.coordinator):
            widget.blockSignals(False)
        for widget in (self.export_button, self.delete_button, self.save_button, self.name):
            widget.setEnabled(data is not None)
        self._changed = False
        self._fill_members()

    def _fill_members(self) -> None:
        self.members.setRowCount(0)
        if self._loaded is None or self._loaded.id is None:
            self.member_count.clear()
            return
        rows = organisation_service.network_members(
            self.db, self._loaded.id, include_former=self.include_former.isChecked()
        )
        self.members.setRowCount(len(rows))
        for r, member in enumerate(rows):
            texts = [member.organisation, member.role or "", format_date(member.joined_on), format_date(member.left_on)]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if not member.is_current():
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.members.setItem(r, c, item)
        current = sum(1 for m in rows if m.is_current())
        self.member_count.setText(
            fill(self.tr("%1 aktuell"), count_text(current, self.tr("Mitglied"), self.tr("Mitglieder")))
        )

    # -- saving, leaving -----------------------------------------------------------------------------------
    def _mark_changed(self, *_args) -> None:
        self._changed = True

    def has_unsaved_changes(self) -> bool:
        return self._changed and self._loaded is not None

    def maybe_leave(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        answer = ask_unsaved_changes(self, self.name.text() or self.tr("Netzwerk"))
        if answer is UnsavedAnswer.SAVE:
            return self.save()
        return answer is UnsavedAnswer.DISCARD

    def save(self) -> bool:
        if self._loaded is None:
            return False
        try:
            founded = self.founded.date()
        except DateFormatError:
            QMessageBox.warning(
                self, self.tr("Netzwerk speichern"), self.tr("„Gegründet am“ ist kein Datum (Beispiel: 27.02.2008).")
            )
            self.founded.setFocus()
            return False
        data = organisation_service.NetworkData(
            self._loaded.id,
            self.name.text(),
            self.short_name.text(),
            self.description.toPlainText(),
            founded,
            self.coordinator.currentData(),
        )
        try:
            network_id = organisation_service.save_network(self.db, data)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Netzwerk speichern"), service_text(exc))
            return False
        self._changed = False
        self._fill_choices(network_id)
        return True

    def reject(self) -> None:
        if self.maybe_leave():
            super().reject()

    # -- export, delete -------------------------------------------------------------------------------------
    def export_members(self) -> str | None:
        if self._loaded is None or self._loaded.id is None:
            return None
        path, _filter = file_dialogs.get_save_file_name(
            self,
            self.tr("Mitgliederliste exportieren"),
            f"{self._loaded.name}.csv",
            self.tr("CSV für Excel (*.csv)"),
        )
        if not path:
            return None
        try:
            count = organisation_service.export_network_members(self.db, self._loaded.id, path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Mitgliederliste exportieren"), service_text(exc))
            return None
        QMessageBox.information(
            self,
            self.tr("Mitgliederliste exportieren"),
            fill(self.tr("%1 gespeichert: %2"), count_text(count, self.tr("Zeile"), self.tr("Zeilen")), path),
        )
        return path

    def delete_network(self) -> bool:
        if self._loaded is None or self._loaded.id is None:
            return False
        impact = organisation_service.network_deletion_impact(self.db, self._loaded.id)
        details = describe_deletion(impact)
        consequence = fill(self.tr("Mit gelöscht werden: %1."), details) if details else ""
        question = fill(self.tr("Das Netzwerk „%1“ wirklich löschen? Die Organisationen bleiben."), impact.name)
        if not confirm_delete(self, self.tr("Netzwerk löschen"), question, consequence):
            return False
        organisation_service.delete_network(self.db, self._loaded.id)
        self._loaded = None
        self._fill_choices(None)
        return True
