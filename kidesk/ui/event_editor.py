"""The form for one event: all fields, series and module, hosts with roles, speakers.

Built on :class:`~kidesk.ui.common.record_editor.RecordEditor` like the contact and
organisation editors: ``load(data)`` fills the form from an
:class:`~kidesk.services.events.EventData` (``None``: no event chosen, the form is disabled),
``data()`` returns what is on screen; ``is_modified()`` compares the screen with what was
loaded and ``undo()`` steps back one edit. The editor knows nothing of sessions; choice lists
(series, organisations, contacts) are handed in with :meth:`set_choices`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kidesk.db import vocab
from kidesk.services.events import EventData, HostData, SpeakerData
from kidesk.ui.common.record_editor import RecordEditor
from kidesk.ui.models.id_name_list_model import IdNameListModel

DATETIME_FORMAT = "dd.MM.yyyy HH:mm"


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def searchable_combo(parent: QWidget) -> QComboBox:
    """An editable combo box over an :class:`IdNameListModel` that completes on any part of the text.

    The list is filled with one ``model().set_items(pairs)`` call, never item by item
    (see :mod:`kidesk.ui.models.id_name_list_model` for why).
    """
    combo = QComboBox(parent)
    combo.setModel(IdNameListModel(parent=combo))
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setMinimumContentsLength(16)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def vocab_combo(parent: QWidget, codes: tuple[str, ...], labels: dict[str, str]) -> QComboBox:
    combo = QComboBox(parent)
    for code in codes:
        combo.addItem(QCoreApplication.translate("vocab", labels[code]), code)
    return combo


def select_data(combo: QComboBox, value) -> None:
    i = combo.findData(value)
    combo.setCurrentIndex(i if i >= 0 else 0)


def _minute(value: dt.datetime) -> dt.datetime:
    return value.replace(second=0, microsecond=0)


class TabLeavingDateTimeEdit(QDateTimeEdit):
    """Tab goes to the next field, not to the next section (day, month, …) of the date (issue 19)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class TabLeavingDateEdit(QDateEdit):
    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class EventEditor(RecordEditor):
    """All fields of an event. Emits ``modified_changed`` when the form starts or stops
    differing from the loaded event."""

    _has_record = False

    # -- RecordEditor hooks ---------------------------------------------------------------------
    def empty_data(self) -> EventData:
        start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=14), dt.time(17, 0))
        own = getattr(self, "_own_organisation", None)  # our own organisation organises a new event (issue 19)
        hosts = [HostData(own[0], "organiser", own[1])] if own else []
        return EventData(
            title="", starts_at=start, ends_at=start + dt.timedelta(hours=2), kind="qualification_module", hosts=hosts
        )

    def _build(self) -> None:
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("z. B. Fit für den Konsumalltag"))
        self.subtitle = QLineEdit(self)
        self.kind = vocab_combo(self, vocab.EVENT_KINDS, vocab.EVENT_KIND_LABELS)
        self.status = vocab_combo(self, vocab.EVENT_STATUSES, vocab.EVENT_STATUS_LABELS)
        self.series = QComboBox(self)
        self.module = QSpinBox(self)
        self.module.setRange(0, 99)
        self.module.setSpecialValueText(self.tr("–"))
        self.starts_at = TabLeavingDateTimeEdit(self)
        self.ends_at = TabLeavingDateTimeEdit(self)
        for w in (self.starts_at, self.ends_at):
            w.setDisplayFormat(DATETIME_FORMAT)
            w.setCalendarPopup(True)
        self.venue_name = QLineEdit(self)
        self.venue_name.setPlaceholderText(self.tr("z. B. Kreishaus Herford"))
        self.room = QLineEdit(self)
        self.room.setPlaceholderText(self.tr("z. B. Ebene 3"))
        self.venue_street = QLineEdit(self)
        self.venue_postcode = QLineEdit(self)
        self.venue_postcode.setMaximumWidth(90)
        self.venue_city = QLineEdit(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(self.tr("unbegrenzt"))
        self.has_deadline = QCheckBox(self.tr("Anmeldeschluss"), self)
        self.deadline = TabLeavingDateEdit(self)
        self.deadline.setDisplayFormat("dd.MM.yyyy")
        self.deadline.setCalendarPopup(True)
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(
            self.tr("Inhalt, Referent/innen, Hinweise – erscheint in Einladung und Kalender")
        )
        self.description.setTabChangesFocus(True)  # Tab goes on to the next field (issue 14, keyboard)
        self.description.setMinimumHeight(80)
        self.description.setMaximumHeight(140)

        # issue 19: every field has a name a screen reader can say
        for widget, name in (
            (self.title, self.tr("Titel")),
            (self.subtitle, self.tr("Untertitel")),
            (self.kind, self.tr("Art der Veranstaltung")),
            (self.status, self.tr("Status")),
            (self.series, self.tr("Reihe")),
            (self.module, self.tr("Modulnummer in der Reihe")),
            (self.starts_at, self.tr("Beginn")),
            (self.ends_at, self.tr("Ende")),
            (self.venue_name, self.tr("Ort")),
            (self.room, self.tr("Raum")),
            (self.venue_street, self.tr("Straße des Veranstaltungsorts")),
            (self.venue_postcode, self.tr("Postleitzahl des Veranstaltungsorts")),
            (self.venue_city, self.tr("Stadt des Veranstaltungsorts")),
            (self.capacity, self.tr("Plätze")),
            (self.has_deadline, self.tr("Anmeldeschluss festlegen")),
            (self.deadline, self.tr("Anmeldeschluss")),
            (self.description, self.tr("Beschreibung")),
        ):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("&Untertitel"), self.subtitle)
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(QLabel(self.tr("Status"), self))
        row.addWidget(self.status, 1)
        form.addRow(self._buddy(self.tr("&Veranstaltungsart"), self.kind), row)
        row = QHBoxLayout()
        row.addWidget(self.series, 1)
        row.addWidget(QLabel(self.tr("Modul Nr."), self))
        row.addWidget(self.module)
        form.addRow(self._buddy(self.tr("&Reihe"), self.series), row)
        row = QHBoxLayout()
        row.addWidget(self.starts_at)
        row.addWidget(QLabel(self.tr("bis"), self))
        row.addWidget(self.ends_at)
        row.addStretch(1)
        form.addRow(self._buddy(self.tr("Be&ginn"), self.starts_at), row)
        row = QHBoxLayout()
        row.addWidget(self.venue_name, 2)
        row.addWidget(self.room, 1)
        form.addRow(self._buddy(self.tr("&Ort / Raum"), self.venue_name), row)
        form.addRow(self.tr("Straße"), self.venue_street)
        row = QHBoxLayout()
        row.addWidget(self.venue_postcode)
        row.addWidget(self.venue_city, 1)
        form.addRow(self.tr("PLZ / Ort"), row)
        row = QHBoxLayout()
        row.addWidget(self.capacity)
        row.addSpacing(16)
        row.addWidget(self.has_deadline)
        row.addWidget(self.deadline)
        row.addStretch(1)
        form.addRow(self._buddy(self.tr("&Plätze"), self.capacity), row)
        form.addRow(self.tr("Beschreibung"), self.description)

        # hosts
        self.hosts = QListWidget(self)
        self.hosts.setMaximumHeight(110)
        self.host_org = searchable_combo(self)
        self.host_role = vocab_combo(self, vocab.HOST_ROLES, vocab.HOST_ROLE_LABELS)
        self.add_host = QPushButton(self.tr("Hinzufügen"), self)
        self.remove_host = QPushButton(self.tr("Entfernen"), self)
        self.hosts.setAccessibleName(self.tr("Veranstalter, Mitveranstalter, Förderer"))
        self.host_org.setAccessibleName(self.tr("Organisation für die Veranstalterliste"))
        self.host_role.setAccessibleName(self.tr("Rolle der Organisation"))
        self.add_host.setAccessibleName(self.tr("Organisation hinzufügen"))
        self.remove_host.setAccessibleName(self.tr("Ausgewählte Organisation entfernen"))
        hosts_box = QGroupBox(self.tr("Veranstalter, Mitveranstalter, Förderer"), self)
        grid = QGridLayout(hosts_box)
        grid.addWidget(self.hosts, 0, 0, 1, 4)
        grid.addWidget(self.host_org, 1, 0)
        grid.addWidget(self.host_role, 1, 1)
        grid.addWidget(self.add_host, 1, 2)
        grid.addWidget(self.remove_host, 1, 3)
        grid.setColumnStretch(0, 1)

        # speakers
        self.speakers = QListWidget(self)
        self.speakers.setMaximumHeight(90)
        self.speaker_contact = searchable_combo(self)
        self.add_speaker = QPushButton(self.tr("Hinzufügen"), self)
        self.remove_speaker = QPushButton(self.tr("Entfernen"), self)
        self.speakers.setAccessibleName(self.tr("Referent/innen"))
        self.speaker_contact.setAccessibleName(self.tr("Person für die Referent/innen"))
        self.add_speaker.setAccessibleName(self.tr("Referent/in hinzufügen"))
        self.remove_speaker.setAccessibleName(self.tr("Ausgewählte Referent/in entfernen"))
        speakers_box = QGroupBox(self.tr("Referent/innen"), self)
        grid = QGridLayout(speakers_box)
        grid.addWidget(self.speakers, 0, 0, 1, 3)
        grid.addWidget(self.speaker_contact, 1, 0)
        grid.addWidget(self.add_speaker, 1, 1)
        grid.addWidget(self.remove_speaker, 1, 2)
        grid.setColumnStretch(0, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hosts_box)
        layout.addWidget(speakers_box)
        layout.addStretch(1)

        self.add_host.clicked.connect(self._add_host)
        self.remove_host.clicked.connect(lambda: self._remove_current(self.hosts))
        self.add_speaker.clicked.connect(self._add_speaker)
        self.remove_speaker.clicked.connect(lambda: self._remove_current(self.speakers))
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.series.currentIndexChanged.connect(self._series_changed)
        self.starts_at.dateTimeChanged.connect(self._start_changed)
        for name in ("title", "subtitle", "venue_name", "room", "venue_street", "venue_postcode", "venue_city"):
            getattr(self, name).textEdited.connect(lambda _t, n=name: self._changed(n))
        self.description.textChanged.connect(lambda: self._changed("description"))
        for name in ("kind", "status", "series"):
            getattr(self, name).currentIndexChanged.connect(lambda _i, n=name: self._changed(n))
        for name in ("module", "capacity"):
            getattr(self, name).valueChanged.connect(lambda _v, n=name: self._changed(n))
        self.starts_at.dateTimeChanged.connect(lambda _v: self._changed("starts_at"))
        self.ends_at.dateTimeChanged.connect(lambda _v: self._changed("ends_at"))
        self.deadline.dateChanged.connect(lambda _v: self._changed("deadline"))
        self.has_deadline.toggled.connect(lambda _v: self._changed("has_deadline"))

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        """A form label whose &-shortcut focuses ``field`` (QFormLayout only does that for widget rows)."""
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    # -- choices --------------------------------------------------------------------------
    def set_choices(
        self,
        series: list[tuple[int, str]],
        organisations: list[tuple[int, str]],
        contacts: list[tuple[int, str]],
        own_organisation: tuple[int, str] | None = None,
    ) -> None:
        self._own_organisation = own_organisation
        # Refilling the series list must not touch the form: clear() passes through "no series",
        # which used to reset the module number to 0 (issue 14, observation 1) — so the list is
        # refilled with its signals blocked and the module number is put back as it was.
        self._loading = True
        module, module_enabled = self.module.value(), self.module.isEnabled()
        try:
            current = self.series.currentData()
            self.series.blockSignals(True)
            try:
                self.series.clear()
                self.series.addItem(self.tr("– keine Reihe –"), None)
                for id_, title in series:
                    self.series.addItem(title, id_)
                select_data(self.series, current)
            finally:
                self.series.blockSignals(False)
            self.module.setValue(module)
            self.module.setEnabled(module_enabled)
            self.host_org.model().set_items(organisations)
            self.host_org.setCurrentIndex(-1)
            self.speaker_contact.model().set_items(contacts)
            self.speaker_contact.setCurrentIndex(-1)
        finally:
            self._loading = False

    # -- load / state ---------------------------------------------------------------------------
    def load(self, data: EventData | None) -> None:
        """Show ``data``; ``None`` means no event is chosen (the form is empty and disabled)."""
        self._has_record = data is not None
        super().load(data)
        self.setEnabled(self._has_record)

    def has_record(self) -> bool:
        return self._has_record

    def focus_first_field(self) -> None:
        self.title.setFocus()

    def _update_heading(self) -> None:
        """The events tab names the event in its list; the form has no heading of its own."""

    def _field_labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Titel"),
            "subtitle": self.tr("Untertitel"),
            "kind": self.tr("Art"),
            "status": self.tr("Status"),
            "series_id": self.tr("Reihe"),
            "module": self.tr("Modul Nr."),
            "starts_at": self.tr("Beginn"),
            "ends_at": self.tr("bis"),
            "venue_name": self.tr("Ort / Raum"),
            "room": self.tr("Ort / Raum"),
            "venue_street": self.tr("Straße"),
            "venue_postcode": self.tr("PLZ / Ort"),
            "venue_city": self.tr("PLZ / Ort"),
            "capacity": self.tr("Plätze"),
            "has_deadline": self.tr("Anmeldeschluss"),
            "deadline": self.tr("Anmeldeschluss"),
            "description": self.tr("Beschreibung"),
            "hosts": self.tr("Veranstalter, Mitveranstalter, Förderer"),
            "speakers": self.tr("Referent/innen"),
        }

    def problems(self) -> dict[str, str]:
        """Checked by the service on save (its message names the field)."""
        return {}

    def _state_of(self, data: EventData) -> dict[str, Any]:
        starts = _minute(data.starts_at)
        deadline = data.registration_deadline or (data.starts_at.date() - dt.timedelta(days=7))
        return {
            "title": data.title or "",
            "subtitle": data.subtitle or "",
            "kind": data.kind,
            "status": data.status,
            "series_id": data.series_id,
            "module": (data.module_number or 0) if data.series_id is not None else 0,
            "starts_at": starts,
            "ends_at": _minute(data.ends_at) if data.ends_at else starts + dt.timedelta(hours=2),
            "venue_name": data.venue_name or "",
            "room": data.room or "",
            "venue_street": data.venue_street or "",
            "venue_postcode": data.venue_postcode or "",
            "venue_city": data.venue_city or "",
            "capacity": data.capacity or 0,
            "has_deadline": data.registration_deadline is not None,
            "deadline": deadline,
            "description": data.description or "",
            "hosts": tuple((h.organisation_id, h.role, h.name) for h in data.hosts),
            "speakers": tuple((sp.contact_id, sp.name) for sp in data.speakers),
        }

    def _snapshot(self) -> dict[str, Any]:
        deadline = self.deadline.date()
        return {
            "title": self.title.text(),
            "subtitle": self.subtitle.text(),
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "series_id": self.series.currentData(),
            "module": self.module.value(),
            "starts_at": from_qdatetime(self.starts_at.dateTime()),
            "ends_at": from_qdatetime(self.ends_at.dateTime()),
            "venue_name": self.venue_name.text(),
            "room": self.room.text(),
            "venue_street": self.venue_street.text(),
            "venue_postcode": self.venue_postcode.text(),
            "venue_city": self.venue_city.text(),
            "capacity": self.capacity.value(),
            "has_deadline": self.has_deadline.isChecked(),
            "deadline": dt.date(deadline.year(), deadline.month(), deadline.day()),
            "description": self.description.toPlainText(),
            "hosts": tuple(tuple(self.hosts.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.hosts.count())),
            "speakers": tuple(
                tuple(self.speakers.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.speakers.count())
            ),
        }

    def _apply_state(self, state: dict[str, Any]) -> None:
        self._loading = True
        try:
            for name in ("title", "subtitle", "venue_name", "room", "venue_street", "venue_postcode", "venue_city"):
                widget = getattr(self, name)
                if widget.text() != state[name]:
                    widget.setText(state[name])
            select_data(self.kind, state["kind"])
            select_data(self.status, state["status"])
            select_data(self.series, state["series_id"])
            self.module.setValue(state["module"])
            self.module.setEnabled(state["series_id"] is not None)
            self.starts_at.setDateTime(to_qdatetime(state["starts_at"]))
            self.ends_at.setDateTime(to_qdatetime(state["ends_at"]))
            self.capacity.setValue(state["capacity"])
            self.has_deadline.setChecked(state["has_deadline"])
            self.deadline.setEnabled(state["has_deadline"])
            deadline = state["deadline"]
            self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
            if self.description.toPlainText() != state["description"]:
                self.description.setPlainText(state["description"])
            self.hosts.clear()
            for organisation_id, role, name in state["hosts"]:
                self._append_host(HostData(organisation_id, role, name))
            self.speakers.clear()
            for contact_id, name in state["speakers"]:
                self._append_speaker(SpeakerData(contact_id, name))
        finally:
            self._loading = False

    def data(self) -> EventData:
        """The form's content as new EventData (id/version of the loaded event kept)."""
        state = self._snapshot()
        series_id = state["series_id"]

        def text(name: str) -> str | None:
            return state[name].strip() or None

        return EventData(
            title=state["title"].strip(),
            subtitle=text("subtitle"),
            kind=state["kind"],
            status=state["status"],
            series_id=series_id,
            module_number=(state["module"] or None) if series_id is not None else None,
            starts_at=state["starts_at"],
            ends_at=state["ends_at"],
            venue_name=text("venue_name"),
            room=text("room"),
            venue_street=text("venue_street"),
            venue_postcode=text("venue_postcode"),
            venue_city=text("venue_city"),
            capacity=state["capacity"] or None,
            registration_deadline=state["deadline"] if state["has_deadline"] else None,
            description=state["description"].strip() or None,
            hosts=[HostData(*h) for h in state["hosts"]],
            speakers=[SpeakerData(*sp) for sp in state["speakers"]],
            id=self._loaded.id,
            version=self._loaded.version,
        )

    # -- internals --------------------------------------------------------------------------
    def _series_changed(self) -> None:
        if self._loading:  # loading sets series and module together
            return
        has_series = self.series.currentData() is not None
        self.module.setEnabled(has_series)
        if not has_series:
            self.module.setValue(0)

    def _start_changed(self, value: QDateTime) -> None:
        if self._loading:
            return
        if self.ends_at.dateTime() < value:
            self.ends_at.setDateTime(value.addSecs(2 * 3600))

    def _append_host(self, host: HostData) -> None:
        role = QCoreApplication.translate("vocab", vocab.HOST_ROLE_LABELS.get(host.role, host.role))
        item = QListWidgetItem(f"{host.name} — {role}")
        item.setData(Qt.ItemDataRole.UserRole, (host.organisation_id, host.role, host.name))
        self.hosts.addItem(item)

    def _append_speaker(self, speaker: SpeakerData) -> None:
        item = QListWidgetItem(speaker.name)
        item.setData(Qt.ItemDataRole.UserRole, (speaker.contact_id, speaker.name))
        self.speakers.addItem(item)

    def _combo_choice(self, combo: QComboBox) -> tuple[int, str] | None:
        i = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        if i < 0:
            return None
        return combo.itemData(i), combo.itemText(i)

    def _add_host(self) -> None:
        choice = self._combo_choice(self.host_org)
        if choice is None:
            return
        role = self.host_role.currentData()
        existing = [self.hosts.item(i).data(Qt.ItemDataRole.UserRole)[:2] for i in range(self.hosts.count())]
        if (choice[0], role) in existing:
            return
        self._append_host(HostData(choice[0], role, choice[1]))
        self.host_org.setCurrentIndex(-1)
        self._changed("hosts")

    def _add_speaker(self) -> None:
        choice = self._combo_choice(self.speaker_contact)
        if choice is None:
            return
        if choice[0] in [self.speakers.item(i).data(Qt.ItemDataRole.UserRole)[0] for i in range(self.speakers.count())]:
            return
        self._append_speaker(SpeakerData(choice[0], choice[1]))
        self.speaker_contact.setCurrentIndex(-1)
        self._changed("speakers")

    def _remove_current(self, widget: QListWidget) -> None:
        row = widget.currentRow()
        if row >= 0:
            widget.takeItem(row)
            self._changed("hosts" if widget is self.hosts else "speakers")
