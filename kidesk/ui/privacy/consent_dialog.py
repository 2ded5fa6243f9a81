"""Consents of one person per purpose: today's state, the history, give and withdraw."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.domain.dates import DateFormatError, format_date, parse_date
from kidesk.errors import UserError
from kidesk.services import privacy
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.tables import read_only_table
from kidesk.ui.common.text import fill


class ConsentDialog(QDialog):
    def __init__(self, db: Database, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.contact_id = contact_id
        layout = QVBoxLayout(self)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Zweck"), self.tr("erteilt am"), self.tr("Form"), self.tr("widerrufen am"), self.tr("Notiz")]
        )
        self.history.setAccessibleName(self.tr("Einwilligungen mit Verlauf"))
        read_only_table(self.history)
        layout.addWidget(self.history, 1)
        self.withdraw_button = QPushButton(self.tr("Ausgewählte &widerrufen"))
        self.withdraw_button.setAccessibleName(self.tr("Ausgewählte Einwilligung heute widerrufen"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        row = QHBoxLayout()
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        layout.addLayout(row)

        group = QGroupBox(self.tr("Neue Einwilligung"))
        form = QFormLayout(group)
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Zweck der Einwilligung"))
        for purpose in privacy.purposes(db):
            self.purpose.addItem(purpose.label, purpose.code)
        self.given_on = QLineEdit()
        self.given_on.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.given_on.setText(format_date(dt.date.today()))
        self.given_on.setAccessibleName(self.tr("Einwilligung erteilt am"))
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Form der Einwilligung"))
        for code in vocab.CONSENT_METHODS:
            self.method.addItem(self.method_labels()[code], code)
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.note.setAccessibleName(self.tr("Notiz zur Einwilligung"))
        for label_text, widget in (
            (self.tr("&Zweck:"), self.purpose),
            (self.tr("Erteilt &am:"), self.given_on),
            (self.tr("&Form:"), self.method),
            (self.tr("&Notiz:"), self.note),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.add_button = QPushButton(self.tr("Einwilligung &eintragen"))
        self.add_button.setAccessibleName(self.tr("Neue Einwilligung eintragen"))
        self.add_button.clicked.connect(self.add_consent)
        form.addRow("", self.add_button)
        layout.addWidget(group)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Schließen"))
        close.setAccessibleName(self.tr("Einwilligungen schließen"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(760, 520)
        self.reload()

    def method_labels(self) -> dict[str, str]:
        return {"written": self.tr("schriftlich"), "oral": self.tr("mündlich"), "email": self.tr("E-Mail")}

    def reload(self) -> None:
        shown = privacy.contact_consents(self.db, self.contact_id)
        self.setWindowTitle(fill(self.tr("Einwilligungen – %1"), shown.name))
        lines = []
        for status in shown.status:
            state = self.tr("gilt") if status.allowed else status.reason
            lines.append(f"{status.label}: {state}")
        self.status_label.setText(self.tr("Stand heute:") + "\n" + "\n".join(lines))
        self.entries = list(reversed(shown.history))
        self.history.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            values = (
                entry.purpose_label,
                format_date(entry.given_on),
                self.method_labels().get(entry.method, entry.method),
                format_date(entry.withdrawn_on),
                entry.note or "",
            )
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()

    def add_consent(self) -> bool:
        try:
            try:
                given = parse_date(self.given_on.text())
            except DateFormatError:
                given = None
            if given is None:
                raise UserError(self.tr("Bitte das Datum der Einwilligung als TT.MM.JJJJ eintragen."))
            privacy.give_consent(
                self.db, self.contact_id, self.purpose.currentData(), given, self.method.currentData(),
                self.note.text().strip() or None,
            )  # fmt: skip
        except UserError as exc:
            self.message.setText(service_text(exc))
            return False
        self.message.setText(self.tr("Einwilligung eingetragen."))
        self.note.clear()
        self.reload()
        return True

    def withdraw_selected(self) -> bool:
        row = self.history.currentRow()
        if row < 0 or row >= len(self.entries):
            self.message.setText(self.tr("Bitte zuerst eine Einwilligung in der Liste auswählen."))
            return False
        entry = self.entries[row]
        if entry.withdrawn_on is not None:
            self.message.setText(self.tr("Diese Einwilligung ist bereits widerrufen."))
            return False
        try:
            privacy.withdraw_consent(self.db, entry.id)
        except UserError as exc:
            self.message.setText(service_text(exc))
            return False
        self.message.setText(self.tr("Einwilligung widerrufen; sie gilt ab sofort nicht mehr."))
        self.reload()
        return True
