"""The editor for one partner organisation: fields, parent, logo, people, network memberships.

A :class:`~kidesk.ui.common.record_editor.RecordEditor` over
:class:`~kidesk.services.organisations.OrganisationData`, like the contact editor.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kidesk.db import vocab
from kidesk.domain.dates import DateFormatError, format_date, parse_date
from kidesk.domain.os_errors import os_reason
from kidesk.errors import ValidationError
from kidesk.services import validation
from kidesk.services.organisations import MembershipData, OrganisationData, logo_mime_type
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.form_fields import DateField, DeleteKeyRemovesRow, ProblemLabel, new_form
from kidesk.ui.common.record_editor import RecordEditor
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill

TEXT_LIMITS = {
    "name": 250,
    "short_name": 60,
    "street": 200,
    "postcode": 12,
    "city": 120,
    "country": 2,
    "phone": 60,
    "fax": 60,
    "email": 254,
    "website": 300,
}
MEM_COL_NETWORK, MEM_COL_ROLE, MEM_COL_JOINED, MEM_COL_LEFT = range(4)
LOGO_SIZE = 120


class OrganisationEditor(RecordEditor):
    contact_activated = Signal(int)
    organisation_activated = Signal(int)
    #: the user wants to enter a new contact working at this organisation
    new_person_requested = Signal()
    # "Wiederherstellen": take the archived organisation out of the archive (issue 19)
    restore_requested = Signal()
    text_limits = TEXT_LIMITS

    def empty_data(self) -> OrganisationData:
        return OrganisationData()

    # -- construction ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self._logo: bytes | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._make_heading(outer).setWordWrap(True)
        logo_group = QGroupBox(self.tr("Logo"))
        logo_box = QHBoxLayout(logo_group)
        self.logo_view = QLabel()
        self.logo_view.setFixedSize(LOGO_SIZE, LOGO_SIZE * 2 // 3)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setStyleSheet("border: 1px solid palette(mid);")
        self.logo_view.setAccessibleName(self.tr("Logo der Organisation"))
        logo_box.addWidget(self.logo_view)
        logo_buttons = QVBoxLayout()
        self.replace_logo_button = QPushButton(self.tr("Logo w&ählen …"))
        self.replace_logo_button.setAccessibleName(self.tr("Logo wählen oder ersetzen"))
        self.remove_logo_button = QPushButton(self.tr("Logo ent&fernen"))
        self.remove_logo_button.setAccessibleName(self.tr("Logo entfernen"))
        logo_buttons.addWidget(self.replace_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_box.addLayout(logo_buttons)
        self.logo_problem = ProblemLabel()
        logo_box.addWidget(self.logo_problem, 1)

        main = QGroupBox(self.tr("Organisation"))
        form = new_form()
        self._add_text(form, "name", self.tr("&Name:"), self.tr("Name der Organisation (Pflichtfeld)"), validated=True)
        self._add_text(
            form, "short_name", self.tr("&Kurzname:"), self.tr("Kurzname"), placeholder=self.tr("z. B. Caritas")
        )
        self.kind = QComboBox()
        for code in vocab.ORGANISATION_KINDS:
            self.kind.addItem(QCoreApplication.translate("vocab", vocab.ORGANISATION_KIND_LABELS[code]), code)
        self._add(form, "kind", self.tr("Art:"), self.kind, self.tr("Art der Organisation"))
        self.parent_choice = QComboBox()
        self.parent_choice.setEditable(True)
        self.parent_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.parent_choice.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.parent_choice.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.parent_choice.setMinimumContentsLength(20)
        self.parent_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._add(
            form,
            "parent_id",
            self.tr("&Übergeordnet:"),
            self.parent_choice,
            self.tr("Übergeordnete Organisation"),
            validated=True,
        )
        main.setLayout(form)

        contact = QGroupBox(self.tr("Anschrift und Erreichbarkeit"))
        form = new_form()
        self._add_text(form, "street", self.tr("Stra&ße:"), self.tr("Straße und Hausnummer"))
        self._add_text(form, "postcode", self.tr("&PLZ:"), self.tr("Postleitzahl"), validated=True)
        self._add_text(form, "city", self.tr("&Ort:"), self.tr("Ort"))
        self._add_text(form, "country", self.tr("&Land:"), self.tr("Ländercode"), validated=True, placeholder="DE")
        self.fields["country"].widget.setMaximumWidth(60)
        self._add_text(
            form,
            "phone",
            self.tr("T&elefon:"),
            self.tr("Telefon"),
            validated=True,
            placeholder=self.tr("z. B. 05221/13-0"),
        )
        self._add_text(form, "fax", self.tr("Fa&x:"), self.tr("Fax"), validated=True)
        self._add_text(form, "email", self.tr("E-&Mail:"), self.tr("E-Mail-Adresse"), validated=True)
        self._add_text(form, "website", self.tr("Webs&ite:"), self.tr("Website"), placeholder="https://")
        contact.setLayout(form)

        notes_box = QGroupBox(self.tr("Notizen"))
        nv = QVBoxLayout(notes_box)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.notes.setAccessibleName(self.tr("Notizen"))
        nv.addWidget(self.notes)

        people_box = QGroupBox(self.tr("Personen in dieser Organisation"))
        pv = QVBoxLayout(people_box)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Personen in dieser Organisation"))
        self.people.setToolTip(self.tr("Doppelklick oder Eingabetaste öffnet den Kontakt"))
        self.people.itemActivated.connect(lambda item: self.contact_activated.emit(item.data(Qt.ItemDataRole.UserRole)))
        pv.addWidget(self.people)
        self.add_person_button = QPushButton(self.tr("Neue Pe&rson hier …"))
        self.add_person_button.setAccessibleName(self.tr("Neuen Kontakt in dieser Organisation anlegen"))
        self.add_person_button.clicked.connect(lambda: self.new_person_requested.emit())
        pv.addWidget(self.add_person_button)
        self.children_label = QLabel(self.tr("Untergeordnete Organisationen:"))
        pv.addWidget(self.children_label)
        self.children = QListWidget()
        self.children.setAccessibleName(self.tr("Untergeordnete Organisationen"))
        self.children.setMaximumHeight(70)
        self.children.itemActivated.connect(
            lambda item: self.organisation_activated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.children_label.setBuddy(self.children)
        pv.addWidget(self.children)

        networks = QGroupBox(self.tr("Netzwerke"))
        wv = QVBoxLayout(networks)
        self.memberships = QTableWidget(0, 4)
        self.memberships.setHorizontalHeaderLabels(
            [self.tr("Netzwerk"), self.tr("Rolle"), self.tr("Beitritt"), self.tr("Austritt")]
        )
        self.memberships.setAccessibleName(self.tr("Netzwerkmitgliedschaften"))
        self.memberships.verticalHeader().hide()
        self.memberships.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.memberships.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.memberships.setTabKeyNavigation(False)
        self.memberships.setWordWrap(False)
        self.memberships.setMinimumHeight(80)
        header = self.memberships.horizontalHeader()
        header.setSectionResizeMode(MEM_COL_NETWORK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEM_COL_ROLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEM_COL_JOINED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEM_COL_LEFT, QHeaderView.ResizeMode.ResizeToContents)
        self.memberships.itemChanged.connect(lambda _i: self._changed("memberships"))
        wv.addWidget(self.memberships)
        row = QHBoxLayout()
        net_label = QLabel(self.tr("Ne&tzwerk:"))
        self.network_choice = QComboBox()
        self.network_choice.setAccessibleName(self.tr("Netzwerk zum Aufnehmen"))
        self.network_choice.setMinimumContentsLength(12)
        self.network_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        net_label.setBuddy(self.network_choice)
        self.joined_input = DateField(dt.date.today())
        self.joined_input.setAccessibleName(self.tr("Beitrittsdatum"))
        joined_label = QLabel(self.tr("Beitritt:"))
        joined_label.setBuddy(self.joined_input)
        self.membership_role = QLineEdit()
        self.membership_role.setPlaceholderText(self.tr("Rolle, z. B. Projektgruppe"))
        self.membership_role.setAccessibleName(self.tr("Rolle im Netzwerk"))
        self.add_membership_button = QPushButton(self.tr("A&ufnehmen"))
        self.add_membership_button.setAccessibleName(self.tr("In das Netzwerk aufnehmen"))
        self.remove_membership_button = QPushButton(self.tr("Entfernen"))
        self.remove_membership_button.setAccessibleName(self.tr("Ausgewählte Mitgliedschaft entfernen"))
        row.addWidget(net_label)
        row.addWidget(self.network_choice, 3)
        row.addWidget(self.membership_role, 2)
        wv.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(joined_label)
        row2.addWidget(self.joined_input)
        row2.addStretch(1)
        row2.addWidget(self.add_membership_button)
        row2.addWidget(self.remove_membership_button)
        wv.addLayout(row2)
        self.membership_problem = ProblemLabel()
        wv.addWidget(self.membership_problem)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(main)
        left.addWidget(notes_box, 1)
        right = QVBoxLayout()
        right.addWidget(contact)
        right.addWidget(logo_group)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer.addLayout(columns)
        lower = QHBoxLayout()
        lower.addWidget(people_box, 2)
        lower.addWidget(networks, 3)
        outer.addLayout(lower, 1)
        # archived (issue 19): a line under the heading; built last so the fields keep their Tab order
        self.archive_bar = QWidget()
        bar = QHBoxLayout(self.archive_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.archive_note = QLabel()
        self.archive_note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Wie&derherstellen"))
        self.restore_button.setAccessibleName(self.tr("Organisation aus dem Archiv wiederherstellen"))
        self.restore_button.clicked.connect(lambda: self.restore_requested.emit())
        bar.addWidget(self.archive_note, 1)
        bar.addWidget(self.restore_button)
        self.archive_bar.hide()
        outer.insertWidget(1, self.archive_bar)

        order = [
            self.fields["name"].widget,
            self.fields["short_name"].widget,
            self.kind,
            self.parent_choice,
            self.notes,
            *(
                self.fields[n].widget
                for n in ("street", "postcode", "city", "country", "phone", "fax", "email", "website")
            ),
            self.replace_logo_button,
            self.remove_logo_button,
            self.people,
            self.add_person_button,
            self.children,
            self.memberships,
            self.network_choice,
            self.membership_role,
            self.joined_input,
            self.add_membership_button,
            self.remove_membership_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.kind.currentIndexChanged.connect(lambda _i: self._changed("kind"))
        self.parent_choice.currentIndexChanged.connect(lambda _i: self._changed("parent_id"))
        self.parent_choice.editTextChanged.connect(lambda _t: self._changed("parent_id"))
        self.notes.textChanged.connect(lambda: self._changed("notes"))
        self.replace_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.add_membership_button.clicked.connect(self.add_membership)
        self.membership_role.returnPressed.connect(self.add_membership)
        self.remove_membership_button.clicked.connect(self.remove_membership)
        self.remove_membership_button.setToolTip(self.tr("Entf-Taste in der Liste"))
        self._delete_key = DeleteKeyRemovesRow(self.memberships, self.remove_membership)

    # -- choices --------------------------------------------------------------------------------------
    def set_choices(self, organisations: list[tuple[int, str]], networks: list[tuple[int, str]]) -> None:
        self._loading = True
        current = self._selected_parent_id()
        self.parent_choice.clear()
        self.parent_choice.addItem(self.tr("– keine –"), None)
        for org_id, name in organisations:
            self.parent_choice.addItem(name, org_id)
        self.parent_choice.setCurrentIndex(max(0, self.parent_choice.findData(current)))
        self.network_choice.clear()
        for net_id, name in networks:
            self.network_choice.addItem(name, net_id)
        self._loading = False

    # -- load / read -----------------------------------------------------------------------------------
    def _after_load(self) -> None:
        self.people.clear()
        for person in self._loaded.people:
            text = person.name + (f" – {person.role}" if person.role else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.contact_id)
            self.people.addItem(item)
        self.children.clear()
        for child_id, name in self._loaded.children:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, child_id)
            self.children.addItem(item)
        self.add_person_button.setEnabled(self._loaded.id is not None)
        self.children.setVisible(bool(self._loaded.children))
        self.children_label.setVisible(bool(self._loaded.children))
        self.membership_problem.show_problem(None)
        self.logo_problem.show_problem(None)
        archived_on = self._loaded.archived_on
        self.archive_bar.setVisible(archived_on is not None)
        if archived_on is not None:
            self.archive_note.setText(
                fill(
                    self.tr(
                        "Archiviert seit %1: nicht mehr in der Liste und in den Auswahllisten, "
                        "aber bei allen bisherigen Einträgen."
                    ),
                    format_date(archived_on),
                )
            )

    def data(self) -> OrganisationData:
        state = self._snapshot()
        result = self._loaded_with_texts(state)
        result.kind = state["kind"]
        result.parent_id = state["parent_id"]
        result.logo = state["logo"]
        result.memberships = self._membership_rows(strict=False)
        return result

    def problems(self) -> dict[str, str]:
        state = self._snapshot()
        problems = validation.organisation_problems({k: state[k] for k in (*TEXT_LIMITS, "notes")})
        if (
            self.parent_choice.currentText().strip()
            and self.parent_choice.currentText() != self.tr("– keine –")
            and self._selected_parent_id() is None
        ):
            problems["parent_id"] = self.tr("Bitte eine vorhandene Organisation als übergeordnete wählen.")
        elif state["parent_id"] is not None and state["parent_id"] == self._loaded.id:
            problems["parent_id"] = self.tr("Eine Organisation kann nicht sich selbst übergeordnet sein.")
        try:
            self._membership_rows(strict=True)
        except ValueError as exc:
            problems["memberships"] = service_text(exc)
        return problems

    # -- snapshots -------------------------------------------------------------------------------------
    def _state_of(self, data: OrganisationData) -> dict:
        state = self._text_state_of(data)
        state["kind"] = data.kind
        state["parent_id"] = data.parent_id
        state["logo"] = data.logo
        state["memberships"] = [self._membership_key(m) for m in data.memberships]
        return state

    @staticmethod
    def _membership_key(m: MembershipData) -> tuple:
        return (m.network_id, m.network_name, m.role or "", format_date(m.joined_on), format_date(m.left_on))

    def _snapshot(self) -> dict:
        state = self._text_snapshot()
        state["kind"] = self.kind.currentData()
        state["parent_id"] = self._selected_parent_id()
        state["logo"] = self._logo
        state["memberships"] = self._membership_cells()
        return state

    def _apply_state(self, state: dict) -> None:
        self._loading = True
        try:
            self._apply_text_state(state)
            self.kind.setCurrentIndex(max(0, self.kind.findData(state["kind"])))
            index = self.parent_choice.findData(state["parent_id"]) if state["parent_id"] is not None else 0
            self.parent_choice.setCurrentIndex(max(0, index))
            self._set_logo(state["logo"])
            self._fill_memberships(state["memberships"])
        finally:
            self._loading = False

    def _selected_parent_id(self) -> int | None:
        text = self.parent_choice.currentText().strip()
        if not text:
            return None
        index = self.parent_choice.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.parent_choice.itemData(index) if index >= 0 else None

    def _update_heading(self) -> None:
        self.heading.setText(self.fields["name"].widget.text().strip() or self.tr("Neue Organisation"))

    def _show_other_problems(self, problems: dict[str, str]) -> None:
        self.membership_problem.show_problem(problems.get("memberships"))

    # -- logo --------------------------------------------------------------------------------------------
    def _set_logo(self, data: bytes | None) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.logo_view.setPixmap(
                pixmap.scaled(
                    self.logo_view.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(self.tr("kein Logo"))
        self.remove_logo_button.setEnabled(data is not None)

    def choose_logo(self) -> bool:
        path, _filter = file_dialogs.get_open_file_name(
            self, self.tr("Logo wählen"), "", self.tr("Bilder (*.png *.jpg *.jpeg)")
        )
        if not path:
            return False
        return self.set_logo_file(path)

    def set_logo_file(self, path: str) -> bool:
        try:
            with open(path, "rb") as fh:
                data = fh.read(5 * 1024 * 1024)
            logo_mime_type(data)
        except OSError as exc:
            self.logo_problem.show_problem(self.tr("Die Datei lässt sich nicht lesen: %s") % os_reason(exc))
            return False
        except ValidationError as exc:
            self.logo_problem.show_problem(service_text(exc))
            return False
        if QPixmap().loadFromData(QByteArray(data)) is False:
            self.logo_problem.show_problem(self.tr("Das Bild ist beschädigt und lässt sich nicht anzeigen."))
            return False
        self.logo_problem.show_problem(None)
        self._set_logo(data)
        self._changed("logo")
        return True

    def remove_logo(self) -> None:
        self._set_logo(None)
        self._changed("logo")

    # -- memberships -------------------------------------------------------------------------------------
    def _membership_cells(self) -> list[tuple]:
        rows = []
        for r in range(self.memberships.rowCount()):
            item = self.memberships.item(r, MEM_COL_NETWORK)
            texts = [
                self.memberships.item(r, c).text().strip() if self.memberships.item(r, c) else ""
                for c in (MEM_COL_ROLE, MEM_COL_JOINED, MEM_COL_LEFT)
            ]
            rows.append((item.data(Qt.ItemDataRole.UserRole), item.text(), *texts))
        return rows

    def _membership_rows(self, *, strict: bool) -> list[MembershipData]:
        result = []
        for network_id, name, role, joined, left in self._membership_cells():
            dates = []
            for label, text in ((self.tr("Beitritt"), joined), (self.tr("Austritt"), left)):
                try:
                    dates.append(parse_date(text))
                except DateFormatError as exc:
                    if strict:
                        raise ValueError(
                            self.tr("%s bei „%s“ ist kein Datum (Beispiel: 27.02.2008).") % (label, name)
                        ) from exc
                    dates.append(None)
            if strict and dates[0] and dates[1] and dates[1] < dates[0]:
                raise ValueError(self.tr("Beim Netzwerk „%s“ liegt der Austritt vor dem Beitritt.") % name)
            result.append(MembershipData(network_id, name, role or None, dates[0], dates[1]))
        return result

    def _fill_memberships(self, rows: list[tuple]) -> None:
        was = self._loading
        self._loading = True
        self.memberships.setRowCount(0)
        for network_id, name, role, joined, left in rows:
            r = self.memberships.rowCount()
            self.memberships.insertRow(r)
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, network_id)
            self.memberships.setItem(r, MEM_COL_NETWORK, item)
            self.memberships.setItem(r, MEM_COL_ROLE, QTableWidgetItem(role))
            self.memberships.setItem(r, MEM_COL_JOINED, QTableWidgetItem(joined))
            self.memberships.setItem(r, MEM_COL_LEFT, QTableWidgetItem(left))
        self._loading = was

    def add_membership(self) -> bool:
        index = self.network_choice.currentIndex()
        if index < 0:
            self.membership_problem.show_problem(self.tr("Es gibt noch kein Netzwerk. Bitte zuerst eines anlegen."))
            return False
        network_id = self.network_choice.itemData(index)
        name = self.network_choice.itemText(index)
        rows = self._membership_cells()
        if any(r[0] == network_id and not r[4] for r in rows):  # leaving and re-joining is allowed (issue 19)
            self.membership_problem.show_problem(
                fill(
                    self.tr(
                        "„%1“ ist schon eingetragen. Für einen Wiedereintritt bitte zuerst beim bisherigen "
                        "Eintrag das Austrittsdatum eintragen."
                    ),
                    name,
                )
            )
            return False
        try:
            joined = self.joined_input.date()
        except DateFormatError:
            self.membership_problem.show_problem(
                self.tr("%s bei „%s“ ist kein Datum (Beispiel: 27.02.2008).") % (self.tr("Beitritt"), name)
            )
            self.joined_input.setFocus()
            return False
        rows.append((network_id, name, self.membership_role.text().strip(), format_date(joined), ""))
        self._fill_memberships(rows)
        self.membership_role.clear()
        self._changed("memberships")
        return True

    def remove_membership(self) -> bool:
        row = self.memberships.currentRow()
        if row < 0:
            self.membership_problem.show_problem(self.tr("Bitte zuerst eine Mitgliedschaft auswählen."))
            return False
        rows = self._membership_cells()
        del rows[row]
        self._fill_memberships(rows)
        self._changed("memberships")
        return True

    def focus_first_field(self) -> None:
        self.fields["name"].widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
