"""The editor for one contact: every field, the person's organisations, checks as you type.

A :class:`~kidesk.ui.common.record_editor.RecordEditor` over
:class:`~kidesk.services.contacts.ContactData`; the tab saves through
:mod:`kidesk.services.contacts`.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kidesk.db import vocab
from kidesk.services import validation
from kidesk.services.contacts import AffiliationData, ContactData
from kidesk.ui.common.form_fields import DeleteKeyRemovesRow, ProblemLabel, new_form
from kidesk.ui.common.record_editor import RecordEditor

TEXT_FIELD_LIMITS = {
    "title": 60,
    "first_name": 120,
    "last_name": 120,
    "function": 200,
    "department": 200,
    "phone": 60,
    "mobile": 60,
    "fax": 60,
    "email": 254,
    "room": 40,
    "street": 200,
    "postcode": 12,
    "city": 120,
    "country": 2,
    "languages": 300,
}
AFF_COL_ORGANISATION, AFF_COL_ROLE, AFF_COL_PRIMARY = range(3)


class ContactEditor(RecordEditor):
    #: the user asked to see an organisation (double-click on an affiliation)
    organisation_activated = Signal(int)
    text_limits = TEXT_FIELD_LIMITS

    def empty_data(self) -> ContactData:
        return ContactData()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._make_heading(outer).setAccessibleName(self.tr("Name des Kontakts"))

        person = QGroupBox(self.tr("Person"))
        form = new_form()
        self.salutation = QComboBox()
        for code in vocab.SALUTATIONS:
            self.salutation.addItem(QCoreApplication.translate("vocab", vocab.SALUTATION_LABELS[code]), code)
        self._add(form, "salutation", self.tr("Anrede:"), self.salutation, self.tr("Anrede"))
        self._add_text(
            form, "title", self.tr("&Titel:"), self.tr("Akademischer Titel"), placeholder=self.tr("z. B. Dr.")
        )
        self._add_text(form, "first_name", self.tr("&Vorname:"), self.tr("Vorname"))
        self._add_text(form, "last_name", self.tr("&Nachname:"), self.tr("Nachname (Pflichtfeld)"), validated=True)
        self._add_text(form, "function", self.tr("&Funktion:"), self.tr("Funktion"))
        self._add_text(form, "department", self.tr("Abteilung:"), self.tr("Abteilung"))
        self.is_staff = QCheckBox(self.tr("Ei&gene/r Mitarbeiter/in"))
        self.is_staff.setToolTip(self.tr("Für Visitenkarten und als Absender von Briefen"))
        self.is_staff.setAccessibleName(self.tr("Eigene Mitarbeiterin oder eigener Mitarbeiter"))
        form.addRow("", self.is_staff)
        person.setLayout(form)

        reach = QGroupBox(self.tr("Erreichbarkeit"))
        form = new_form()
        example = self.tr("z. B. 05221/13-1180")
        self._add_text(form, "phone", self.tr("T&elefon:"), self.tr("Telefon"), validated=True, placeholder=example)
        self._add_text(
            form,
            "mobile",
            self.tr("&Mobil:"),
            self.tr("Mobiltelefon"),
            validated=True,
            placeholder=self.tr("z. B. 0171 1234567"),
        )
        self._add_text(form, "fax", self.tr("Fa&x:"), self.tr("Fax"), validated=True)
        self._add_text(
            form,
            "email",
            self.tr("E-Ma&il:"),
            self.tr("E-Mail-Adresse"),
            validated=True,
            placeholder=self.tr("name@beispiel.de"),
        )
        self._add_text(form, "room", self.tr("Ra&um:"), self.tr("Raum"))
        reach.setLayout(form)

        address = QGroupBox(self.tr("Anschrift"))
        form = new_form()
        self._add_text(form, "street", self.tr("Stra&ße:"), self.tr("Straße und Hausnummer"))
        self._add_text(form, "postcode", self.tr("&PLZ:"), self.tr("Postleitzahl"), validated=True, placeholder="32052")
        self._add_text(form, "city", self.tr("&Ort:"), self.tr("Ort"))
        self._add_text(form, "country", self.tr("&Land:"), self.tr("Ländercode"), validated=True, placeholder="DE")
        self.fields["country"].widget.setMaximumWidth(60)
        address.setLayout(form)

        other = QGroupBox(self.tr("Sonstiges"))
        form = new_form()
        self._add_text(
            form,
            "languages",
            self.tr("Spra&chen:"),
            self.tr("Sprachen"),
            placeholder=self.tr("z. B. Deutsch, Türkisch"),
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self._add(form, "notes", self.tr("Noti&zen:"), self.notes, self.tr("Notizen"))
        other.setLayout(form)

        orgs = QGroupBox(self.tr("Organisationen"))
        box = QVBoxLayout(orgs)
        self.affiliations = QTableWidget(0, 3)
        self.affiliations.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Rolle"), self.tr("Haupt")])
        self.affiliations.setAccessibleName(self.tr("Zugeordnete Organisationen"))
        self.affiliations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.affiliations.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.affiliations.verticalHeader().hide()
        header = self.affiliations.horizontalHeader()
        header.setSectionResizeMode(AFF_COL_ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AFF_COL_ROLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AFF_COL_PRIMARY, QHeaderView.ResizeMode.ResizeToContents)
        self.affiliations.setMinimumHeight(90)
        self.affiliations.setTabKeyNavigation(False)
        self.affiliations.setWordWrap(False)
        self.affiliations.itemChanged.connect(self._affiliation_item_changed)
        self.affiliations.itemDoubleClicked.connect(self._affiliation_double_clicked)
        box.addWidget(self.affiliations)
        row = QHBoxLayout()
        org_label = QLabel(self.tr("Organi&sation:"))
        self.organisation_choice = QComboBox()
        self.organisation_choice.setEditable(True)
        self.organisation_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation_choice.setAccessibleName(self.tr("Organisation zum Zuordnen"))
        self.organisation_choice.setMinimumContentsLength(18)
        self.organisation_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.organisation_choice.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        org_label.setBuddy(self.organisation_choice)
        role_label = QLabel(self.tr("&Rolle:"))
        self.role_input = QLineEdit()
        self.role_input.setAccessibleName(self.tr("Rolle in der Organisation"))
        self.role_input.setPlaceholderText(self.tr("z. B. Leitung"))
        self.role_input.returnPressed.connect(self.add_affiliation)
        role_label.setBuddy(self.role_input)
        self.add_affiliation_button = QPushButton(self.tr("Zuordnen"))
        self.add_affiliation_button.setAccessibleName(self.tr("Organisation zuordnen"))
        self.add_affiliation_button.clicked.connect(self.add_affiliation)
        self.remove_affiliation_button = QPushButton(self.tr("Entfernen"))
        self.remove_affiliation_button.setAccessibleName(self.tr("Ausgewählte Zuordnung entfernen"))
        self.remove_affiliation_button.clicked.connect(self.remove_affiliation)
        self.remove_affiliation_button.setToolTip(self.tr("Entf-Taste in der Liste"))
        self._delete_key = DeleteKeyRemovesRow(self.affiliations, self.remove_affiliation)
        row.addWidget(org_label)
        row.addWidget(self.organisation_choice, 2)
        row.addWidget(role_label)
        row.addWidget(self.role_input, 1)
        row.addWidget(self.add_affiliation_button)
        box.addLayout(row)
        row.addWidget(self.remove_affiliation_button)
        self.affiliation_problem = ProblemLabel()
        box.addWidget(self.affiliation_problem)

        grid = QGridLayout()
        grid.addWidget(person, 0, 0)
        grid.addWidget(reach, 0, 1)
        grid.addWidget(other, 1, 0)
        grid.addWidget(address, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        outer.addWidget(orgs, 1)

        order = [
            self.salutation,
            *(self.fields[n].widget for n in ("title", "first_name", "last_name", "function", "department")),
            self.is_staff,
            *(
                self.fields[n].widget
                for n in (
                    "phone",
                    "mobile",
                    "fax",
                    "email",
                    "room",
                    "languages",  # reading order: the box under "Person" before the address box (issue 19)
                )
            ),
            self.notes,
            *(self.fields[n].widget for n in ("street", "postcode", "city", "country")),
            self.affiliations,
            self.organisation_choice,
            self.role_input,
            self.add_affiliation_button,
            self.remove_affiliation_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.salutation.currentIndexChanged.connect(lambda _i: self._changed("salutation"))
        self.is_staff.toggled.connect(lambda _b: self._changed("is_staff"))
        self.notes.textChanged.connect(lambda: self._changed("notes"))

    # -- organisations to choose from -------------------------------------------------------------
    def set_organisation_choices(self, choices: list[tuple[int, str]]) -> None:
        self.organisation_choice.blockSignals(True)
        self.organisation_choice.clear()
        for org_id, name in choices:
            self.organisation_choice.addItem(name, org_id)
        self.organisation_choice.setCurrentIndex(-1)
        self.organisation_choice.setEditText("")
        self.organisation_choice.blockSignals(False)

    # -- load / read --------------------------------------------------------------------------------
    def data(self) -> ContactData:
        state = self._snapshot()
        result = self._loaded_with_texts(state)
        result.salutation = state["salutation"]
        result.is_staff = state["is_staff"]
        result.affiliations = copy.deepcopy(state["affiliations"])
        return result

    def problems(self) -> dict[str, str]:
        state = self._snapshot()
        return validation.contact_problems({k: v for k, v in state.items() if k != "affiliations"})

    # -- state snapshots (undo, modified) ------------------------------------------------------------
    def _state_of(self, data: ContactData) -> dict:
        state = self._text_state_of(data)
        state["salutation"] = data.salutation
        state["is_staff"] = bool(data.is_staff)
        state["affiliations"] = copy.deepcopy(data.affiliations)
        return state

    def _snapshot(self) -> dict:
        state = self._text_snapshot()
        state["salutation"] = self.salutation.currentData()
        state["is_staff"] = self.is_staff.isChecked()
        state["affiliations"] = copy.deepcopy(self._affiliation_rows())
        return state

    def _apply_state(self, state: dict) -> None:
        self._loading = True
        try:
            self._apply_text_state(state)
            self.salutation.setCurrentIndex(max(0, self.salutation.findData(state["salutation"])))
            self.is_staff.setChecked(state["is_staff"])
            self._fill_affiliations(state["affiliations"])
        finally:
            self._loading = False

    def _update_heading(self) -> None:
        name = " ".join(
            p
            for p in (
                self.fields["title"].widget.text(),
                self.fields["first_name"].widget.text(),
                self.fields["last_name"].widget.text(),
            )
            if p.strip()
        )
        self.heading.setText(name or self.tr("Neuer Kontakt"))

    # -- validation ---------------------------------------------------------------------------------
    def _validate_changed(self, field: str) -> None:
        if field in ("country",):
            for name in ("postcode", "phone", "mobile", "fax", "country"):
                self._show_problem(name)
        elif field in self.fields and self.fields[field].problem is not None:
            self._show_problem(field)

    def _show_problem(self, name: str) -> None:
        self.fields[name].set_problem(self.problems().get(name))

    # -- affiliations -------------------------------------------------------------------------------
    def _affiliation_rows(self) -> list[AffiliationData]:
        rows = []
        for r in range(self.affiliations.rowCount()):
            item = self.affiliations.item(r, AFF_COL_ORGANISATION)
            data: AffiliationData = copy.copy(item.data(Qt.ItemDataRole.UserRole))
            role_item = self.affiliations.item(r, AFF_COL_ROLE)
            data.role = role_item.text().strip() or None if role_item else None
            primary = self.affiliations.item(r, AFF_COL_PRIMARY)
            data.is_primary = primary is not None and primary.checkState() == Qt.CheckState.Checked
            rows.append(data)
        return rows

    def _fill_affiliations(self, rows: list[AffiliationData]) -> None:
        was = self._loading
        self._loading = True
        self.affiliations.setRowCount(0)
        for data in rows:
            r = self.affiliations.rowCount()
            self.affiliations.insertRow(r)
            org = QTableWidgetItem(data.organisation_name)
            org.setFlags(org.flags() & ~Qt.ItemFlag.ItemIsEditable)
            org.setData(Qt.ItemDataRole.UserRole, copy.copy(data))
            org.setToolTip(self.tr("Doppelklick öffnet die Organisation"))
            self.affiliations.setItem(r, AFF_COL_ORGANISATION, org)
            self.affiliations.setItem(r, AFF_COL_ROLE, QTableWidgetItem(data.role or ""))
            primary = QTableWidgetItem()
            primary.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            primary.setCheckState(Qt.CheckState.Checked if data.is_primary else Qt.CheckState.Unchecked)
            self.affiliations.setItem(r, AFF_COL_PRIMARY, primary)
        self._loading = was

    def _affiliation_item_changed(self, _item: QTableWidgetItem) -> None:
        self._changed("affiliations")

    def _affiliation_double_clicked(self, item: QTableWidgetItem) -> None:
        if item.column() == AFF_COL_ORGANISATION:
            self.organisation_activated.emit(item.data(Qt.ItemDataRole.UserRole).organisation_id)

    def _chosen_organisation(self) -> tuple[int, str] | None:
        text = self.organisation_choice.currentText().strip()
        if not text:
            return None
        index = self.organisation_choice.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.organisation_choice.findText(text, Qt.MatchFlag.MatchContains)
        if index < 0:
            return None
        return self.organisation_choice.itemData(index), self.organisation_choice.itemText(index)

    def add_affiliation(self) -> bool:
        chosen = self._chosen_organisation()
        if chosen is None:
            self.affiliation_problem.show_problem(
                self.tr("Bitte eine vorhandene Organisation wählen (Namen tippen und aus der Liste übernehmen).")
            )
            self.organisation_choice.setFocus()
            return False
        org_id, name = chosen
        rows = self._affiliation_rows()
        if any(a.organisation_id == org_id for a in rows):
            self.affiliation_problem.show_problem(self.tr("„%s“ ist schon zugeordnet.") % name)
            return False
        self.affiliation_problem.show_problem(None)
        rows.append(
            AffiliationData(
                organisation_id=org_id,
                organisation_name=name,
                role=self.role_input.text().strip() or None,
                is_primary=not rows,
            )
        )
        self._fill_affiliations(rows)
        self.role_input.clear()
        self.organisation_choice.setCurrentIndex(-1)
        self.organisation_choice.setEditText("")
        self._changed("affiliations")
        self.organisation_choice.setFocus()
        return True

    def remove_affiliation(self) -> bool:
        row = self.affiliations.currentRow()
        if row < 0:
            self.affiliation_problem.show_problem(self.tr("Bitte zuerst eine Zuordnung in der Liste auswählen."))
            return False
        self.affiliation_problem.show_problem(None)
        rows = self._affiliation_rows()
        del rows[row]
        self._fill_affiliations(rows)
        self._changed("affiliations")
        return True

    def preset_affiliation(self, organisation_id: int, organisation_name: str) -> None:
        """Start a new contact already affiliated (counts as an edit: the record is then modified)."""
        rows = self._affiliation_rows()
        if not any(a.organisation_id == organisation_id for a in rows):
            rows.append(
                AffiliationData(
                    organisation_id=organisation_id, organisation_name=organisation_name, is_primary=not rows
                )
            )
            self._fill_affiliations(rows)
            self._changed("affiliations")

    def focus_first_field(self) -> None:
        self.fields["first_name"].widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
