"""The form for one event: all fields, series and module, hosts with roles, speakers.

Picard's habit: ``load(data)`` fills the form from an :class:`~kidesk.services.events.EventData`,
``save()`` returns a new one; the editor knows nothing of the session. Choice lists
(series, organisations, contacts) are handed in with :meth:`set_choices`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, Qt, Signal
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


class EventEditor(QWidget):
    """All fields of an event. Emits :attr:`changed` on every edit by the user."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: EventData | None = None
        self._loading = False

        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("z. B. Fit für den Konsumalltag"))
        self.subtitle = QLineEdit(self)
        self.kind = vocab_combo(self, vocab.EVENT_KINDS, vocab.EVENT_KIND_LABELS)
        self.status = vocab_combo(self, vocab.EVENT_STATUSES, vocab.EVENT_STATUS_LABELS)
        self.series = QComboBox(self)
        self.module = QSpinBox(self)
        self.module.setRange(0, 99)
        self.module.setSpecialValueText(self.tr("–"))
        self.starts_at = QDateTimeEdit(self)
        self.ends_at = QDateTimeEdit(self)
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
        self.deadline = QDateEdit(self)
        self.deadline.setDisplayFormat("dd.MM.yyyy")
        self.deadline.setCalendarPopup(True)
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("Inhalt, Referent/innen, Hinweise – erscheint in Einladung und Kalender"))
        self.description.setMinimumHeight(80)
        self.description.setMaximumHeight(140)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("&Untertitel"), self.subtitle)
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(QLabel(self.tr("Status"), self))
        row.addWidget(self.status, 1)
        form.addRow(self._buddy(self.tr("&Art"), self.kind), row)
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
        form.addRow(self._buddy(self.tr("&Beginn"), self.starts_at), row)
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
        for w in (self.title, self.subtitle, self.venue_name, self.room, self.venue_street, self.venue_postcode, self.venue_city):
            w.textEdited.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        for w in (self.kind, self.status, self.series):
            w.currentIndexChanged.connect(self._edited)
        for w in (self.module, self.capacity):
            w.valueChanged.connect(self._edited)
        self.starts_at.dateTimeChanged.connect(self._edited)
        self.ends_at.dateTimeChanged.connect(self._edited)
        self.deadline.dateChanged.connect(self._edited)
        self.has_deadline.toggled.connect(self._edited)
        self.setEnabled(False)

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
    ) -> None:
        self._loading = True
        try:
            current = self.series.currentData()
            self.series.clear()
            self.series.addItem(self.tr("– keine Reihe –"), None)
            for id_, title in series:
                self.series.addItem(title, id_)
            select_data(self.series, current)
            self.host_org.model().set_items(organisations)
            self.host_org.setCurrentIndex(-1)
            self.speaker_contact.model().set_items(contacts)
            self.speaker_contact.setCurrentIndex(-1)
        finally:
            self._loading = False

    # -- load / save ------------------------------------------------------------------------
    def load(self, data: EventData | None) -> None:
        self._loading = True
        try:
            self._data = data
            self.setEnabled(data is not None)
            if data is None:
                return
            self.title.setText(data.title)
            self.subtitle.setText(data.subtitle or "")
            select_data(self.kind, data.kind)
            select_data(self.status, data.status)
            select_data(self.series, data.series_id)
            self.module.setValue(data.module_number or 0)
            self.starts_at.setDateTime(to_qdatetime(data.starts_at))
            self.ends_at.setDateTime(to_qdatetime(data.ends_at or data.starts_at + dt.timedelta(hours=2)))
            self.venue_name.setText(data.venue_name or "")
            self.room.setText(data.room or "")
            self.venue_street.setText(data.venue_street or "")
            self.venue_postcode.setText(data.venue_postcode or "")
            self.venue_city.setText(data.venue_city or "")
            self.capacity.setValue(data.capacity or 0)
            self.has_deadline.setChecked(data.registration_deadline is not None)
            self.deadline.setEnabled(data.registration_deadline is not None)
            deadline = data.registration_deadline or (data.starts_at.date() - dt.timedelta(days=7))
            self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
            self.description.setPlainText(data.description or "")
            self.hosts.clear()
            for h in data.hosts:
                self._append_host(h)
            self.speakers.clear()
            for s in data.speakers:
                self._append_speaker(s)
            self.module.setEnabled(data.series_id is not None)
        finally:
            self._loading = False

    def save(self) -> EventData:
        """The form's content as new EventData (id/version of the loaded event kept)."""
        base = self._data
        deadline = self.deadline.date()
        hosts = [self.hosts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.hosts.count())]
        speakers = [self.speakers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.speakers.count())]
        series_id = self.series.currentData()
        return EventData(
            title=self.title.text().strip(),
            subtitle=self.subtitle.text().strip() or None,
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            series_id=series_id,
            module_number=(self.module.value() or None) if series_id is not None else None,
            starts_at=from_qdatetime(self.starts_at.dateTime()),
            ends_at=from_qdatetime(self.ends_at.dateTime()),
            venue_name=self.venue_name.text().strip() or None,
            room=self.room.text().strip() or None,
            venue_street=self.venue_street.text().strip() or None,
            venue_postcode=self.venue_postcode.text().strip() or None,
            venue_city=self.venue_city.text().strip() or None,
            capacity=self.capacity.value() or None,
            registration_deadline=dt.date(deadline.year(), deadline.month(), deadline.day()) if self.has_deadline.isChecked() else None,
            description=self.description.toPlainText().strip() or None,
            hosts=[HostData(h[0], h[1], h[2]) for h in hosts],
            speakers=[SpeakerData(s[0], s[1]) for s in speakers],
            id=base.id if base else None,
            version=base.version if base else None,
        )

    # -- internals --------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _series_changed(self) -> None:
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
        self.changed.emit()

    def _add_speaker(self) -> None:
        choice = self._combo_choice(self.speaker_contact)
        if choice is None:
            return
        if choice[0] in [self.speakers.item(i).data(Qt.ItemDataRole.UserRole)[0] for i in range(self.speakers.count())]:
            return
        self._append_speaker(SpeakerData(choice[0], choice[1]))
        self.speaker_contact.setCurrentIndex(-1)
        self.changed.emit()

    def _remove_current(self, widget: QListWidget) -> None:
        row = widget.currentRow()
        if row >= 0:
            widget.takeItem(row)
            self.changed.emit()
