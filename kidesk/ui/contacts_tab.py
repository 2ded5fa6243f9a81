"""The *Kontakte* tab: a searchable, filterable list beside the editor of one contact."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QMenu, QMessageBox, QToolButton, QWidget

from kidesk.db.database import Database
from kidesk.services import contacts as contact_service
from kidesk.services import organisations as organisation_service
from kidesk.services import printing
from kidesk.services import settings as settings_service
from kidesk.services.contacts import ContactListQuery
from kidesk.services.deletion_impacts import deletion_impact_of
from kidesk.ui.common.plural_text import TranslatedImpact, count_text
from kidesk.ui.common.prompts import DuplicateAnswer, ask_possible_duplicate
from kidesk.ui.common.record_list_tab import RecordListTab
from kidesk.ui.common.table_headers import fit_header_texts
from kidesk.ui.common.text import fill
from kidesk.ui.contact_editor import ContactEditor
from kidesk.ui.models.contact_table_model import (
    COL_EMAIL,
    COL_FIRST_NAME,
    COL_LAST_NAME,
    COL_ORGANISATION,
    ContactTableModel,
)
from kidesk.ui.print_products import CardLayoutDialog, run_print_product
from kidesk.ui.privacy import install_contact_menu


class ContactsTab(RecordListTab):
    watched_tables = ("contacts", "affiliations", "organisations")  # refreshed by itself (issue 20)
    #: the user wants to see an organisation (double-click on an affiliation)
    open_organisation = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.make_search_field(self.tr("Name, Organisation, E-Mail, Ort … (Strg+F)"), self.tr("Kontakte durchsuchen"))
        filters = QHBoxLayout()
        org_label = QLabel(self.tr("Organisation:"))
        self.organisation_filter = QComboBox()
        self.organisation_filter.setAccessibleName(self.tr("Nach Organisation filtern"))
        self.organisation_filter.setMinimumContentsLength(14)
        self.organisation_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        org_label.setBuddy(self.organisation_filter)
        town_label = QLabel(self.tr("Ort:"))
        self.city_filter = QComboBox()
        self.city_filter.setAccessibleName(self.tr("Nach Ort filtern"))
        self.city_filter.setMinimumContentsLength(8)
        self.city_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        town_label.setBuddy(self.city_filter)
        filters.addWidget(org_label)
        filters.addWidget(self.organisation_filter, 2)
        filters.addWidget(town_label)
        filters.addWidget(self.city_filter, 1)
        checks = QHBoxLayout()
        self.staff_only = QCheckBox(self.tr("nur Mitarbeitende"))
        self.staff_only.setAccessibleName(self.tr("Nur eigene Mitarbeitende zeigen"))
        self.volunteers_only = QCheckBox(self.tr("nur Ehrenamtliche"))
        self.volunteers_only.setAccessibleName(self.tr("Nur Ehrenamtliche zeigen"))
        checks.addWidget(self.staff_only)
        checks.addWidget(self.volunteers_only)
        checks.addStretch(1)

        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Druc&ken"))
        self.print_button.setAccessibleName(self.tr("Druckprodukte für den Kontakt oder die Auswahl"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self.print_button)
        self.cards_action = self.print_menu.addAction(self.tr("&Visitenkarten …"))
        self.labels_action = self.print_menu.addAction(self.tr("&Adressetiketten für die Auswahl …"))
        self.print_button.setMenu(self.print_menu)

        self.build_layout([filters, checks], ContactTableModel(db, parent=self), ContactEditor(), [self.print_button])
        self.table.setAccessibleName(self.tr("Kontaktliste"))
        self.table.sortByColumn(COL_LAST_NAME, self.table.horizontalHeader().sortIndicatorOrder())
        header = self.table.horizontalHeader()
        for column, width in ((COL_LAST_NAME, 130), (COL_FIRST_NAME, 100), (COL_ORGANISATION, 220), (COL_EMAIL, 200)):
            header.resizeSection(column, width)
        fit_header_texts(self.table)
        self.new_button.setAccessibleName(self.tr("Neuen Kontakt anlegen"))
        self.save_button.setAccessibleName(self.tr("Kontakt speichern"))
        self.delete_button.setAccessibleName(self.tr("Kontakt löschen"))

        self.organisation_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.city_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.staff_only.toggled.connect(lambda _b: self.apply_filters())
        self.volunteers_only.toggled.connect(lambda _b: self.apply_filters())
        self.editor.organisation_activated.connect(self.open_organisation)
        self.cards_action.triggered.connect(self.print_business_cards)
        self.labels_action.triggered.connect(self.print_address_labels)
        QWidget.setTabOrder(self.table, self.editor.salutation)
        QWidget.setTabOrder(self.editor.remove_affiliation_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.revert_button)
        QWidget.setTabOrder(self.revert_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.print_button)

        install_contact_menu(self)  # Verlauf, Einwilligungen, Auskunft, Löschen nach Art. 17 (issue 13)
        self.refresh_choices()
        self._update_count()
        self.update_buttons()

    # -- hooks ---------------------------------------------------------------------------------------------
    def texts(self) -> dict:
        return {
            "save_title": self.tr("Kontakt speichern"),
            "delete_title": self.tr("Kontakt löschen"),
            "saved": self.tr("Kontakt „%s“ gespeichert."),
            "delete_one": self.tr("Den Kontakt „%s“ wirklich löschen?"),
            "new_hint": self.tr("Neuer Kontakt: Felder ausfüllen, dann mit Strg+S speichern."),
            "delete_many": lambda n: fill(self.tr("%1 wirklich löschen?"), self._contacts(n)),
            "deleted": lambda n: fill(self.tr("%1 gelöscht."), self._contacts(n)),
            "count": self._contacts,
        }

    def load_record(self, record_id: int):
        return contact_service.load_contact(self.db, record_id)

    def create_record(self, data):
        return contact_service.create_contact(self.db, data)

    def update_record(self, data):
        return contact_service.update_contact(self.db, data)

    def confirm_new_record(self, data) -> bool:
        """Warn before entering a person who is probably stored already; offer to open that record."""
        hits = contact_service.possible_duplicates(self.db, data)
        if not hits:
            return True
        answer = ask_possible_duplicate(
            self, self.texts()["save_title"], [f"{h.second_label} ({h.reason})" for h in hits]
        )
        if answer is DuplicateAnswer.CREATE:
            return True
        if answer is DuplicateAnswer.OPEN_EXISTING:
            self.editor.revert()
            self.update_buttons()
            self.jump_to(hits[0].second_id)
            self.status_message.emit(self.tr("Der vorhandene Kontakt ist geöffnet; es wurde kein neuer angelegt."))
        return False

    def delete_record(self, record_id: int) -> None:
        contact_service.delete_contact(self.db, record_id)

    def deletion_impacts(self, ids: list[int]) -> list:
        return [  # everything the cascade removes, in the window's language (issue 19)
            TranslatedImpact(
                deletion_impact_of(self.db, "contacts", i, contact_service.deletion_impact(self.db, i).name)
            )
            for i in ids
        ]

    def _contacts(self, n: int) -> str:
        return count_text(n, self.tr("Kontakt"), self.tr("Kontakte"))

    def record_name(self, data) -> str:
        return data.display_name

    def filter_widgets(self) -> list[QWidget]:
        return [self.search, self.organisation_filter, self.city_filter, self.staff_only, self.volunteers_only]

    def reset_filter_widgets(self) -> None:
        self.organisation_filter.setCurrentIndex(0)
        self.city_filter.setCurrentIndex(0)
        self.staff_only.setChecked(False)
        self.volunteers_only.setChecked(False)

    def current_query(self) -> ContactListQuery:
        old = self.model.query
        return ContactListQuery(
            search_text=self.search.text(),
            organisation_id=self.organisation_filter.currentData(),
            city=self.city_filter.currentData(),
            staff_only=self.staff_only.isChecked(),
            volunteers_only=self.volunteers_only.isChecked(),
            sort_column=old.sort_column,
            descending=old.descending,
        )

    def refresh_choices(self) -> None:
        organisations = organisation_service.organisation_choices(self.db)
        cities = contact_service.contact_cities(self.db)
        self.editor.set_organisation_choices(organisations)
        for combo, all_label, items in (
            (self.organisation_filter, self.tr("alle Organisationen"), organisations),
            (self.city_filter, self.tr("alle Orte"), [(c, c) for c in cities]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_label, None)
            for value, text in items:
                combo.addItem(text, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def update_buttons(self) -> None:
        super().update_buttons()
        if not hasattr(self, "cards_action"):
            return
        self.cards_action.setEnabled(not self.editor.is_new() and self.editor.data().is_staff)
        self.labels_action.setEnabled(bool(self.selected_ids()) or not self.editor.is_new())

    # -- printing ----------------------------------------------------------------------------------------------
    def print_current(self) -> None:
        self.update_buttons()
        self.print_menu.popup(self.print_button.mapToGlobal(self.print_button.rect().bottomLeft()))

    def print_business_cards(self):
        data = self.editor.data()
        if data.id is None or not data.is_staff:
            QMessageBox.information(
                self,
                self.tr("Visitenkarten"),
                self.tr(
                    "Visitenkarten gibt es für eigene Mitarbeitende. Bitte einen gespeicherten Kontakt mit "
                    "dem Haken „Eigene/r Mitarbeiter/in“ öffnen."
                ),
            )
            return None
        if not self.save():
            return None
        template = settings_service.default_card_template(self.db)
        layout = CardLayoutDialog.ask(
            self, settings_service.cards_per_sheet(self.db, template)
        )  # partly used sheet, copies
        if layout is None:
            return None
        return run_print_product(
            self,
            printing.print_cards,
            self.tr("Visitenkarten – %s") % data.display_name,
            f"visitenkarten-{data.last_name}.pdf",
            template=template,
            contact_ids=[data.id],
            start=layout[0],
            copies=layout[1],
        )

    def print_address_labels(self):
        ids = self.selected_ids() or ([self.editor.loaded_id()] if self.editor.loaded_id() else [])
        if not ids:
            QMessageBox.information(
                self, self.tr("Adressetiketten"), self.tr("Bitte zuerst Kontakte in der Liste auswählen.")
            )
            return None
        template = settings_service.default_label_template(self.db)
        return run_print_product(
            self,
            printing.print_labels,
            fill(self.tr("Adressetiketten (%1)"), self._contacts(len(ids))),
            "adressetiketten.pdf",
            template=template,
            contact_ids=ids,
        )

    def new_record_at(self, organisation_id: int, organisation_name: str) -> None:
        """A new contact, already affiliated with the organisation (from the organisations tab)."""
        self.new_record()
        if not self.editor.is_new() or self.editor.is_modified():
            return
        self.editor.preset_affiliation(organisation_id, organisation_name)
        self.editor.focus_first_field()

    def current_contact_id(self) -> int | None:
        return self.current_record_id()
