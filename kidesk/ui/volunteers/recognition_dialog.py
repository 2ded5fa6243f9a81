"""Choose the thank-you event and an optional minimum of hours this year."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kidesk.services import volunteers as vs
from kidesk.ui.common.text import fill


class RecognitionDialog(QDialog):
    """Pick the thank-you event and an optional minimum of hours this year."""

    def __init__(self, events: list[vs.EventChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zum Dankeschön-Fest einladen"))
        self.event = QComboBox()
        for event in events:
            self.event.addItem(event.label, event.id)
        self.event.setAccessibleName(self.tr("Veranstaltung"))
        self.use_min_hours = QCheckBox(self.tr("nur mit mindestens"))
        self.min_hours = QDoubleSpinBox()
        self.min_hours.setRange(0.25, 10000)
        self.min_hours.setDecimals(2)
        self.min_hours.setValue(20)
        self.min_hours.setSuffix(fill(self.tr(" Std. in %1"), dt.date.today().year))
        self.min_hours.setEnabled(False)
        self.min_hours.setAccessibleName(self.tr("Mindeststunden in diesem Jahr"))
        self.use_min_hours.toggled.connect(self.min_hours.setEnabled)
        explanation = QLabel(
            self.tr(
                "Alle aktiven Ehrenamtlichen kommen auf die Einladungsliste. Wer schon darauf steht, "
                "bleibt unverändert."
            )
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Einladen"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(events))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Veranstaltung:"), self.event)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.use_min_hours)
        hours_row.addWidget(self.min_hours)
        hours_row.addStretch(1)
        form.addRow("", hours_row)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        if not events:
            layout.addWidget(QLabel(self.tr("Es gibt keine geplante Veranstaltung, zu der eingeladen werden kann.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def event_id(self) -> int | None:
        return self.event.currentData()

    def min_hours_value(self) -> Decimal | None:
        if not self.use_min_hours.isChecked():
            return None
        return Decimal(str(round(self.min_hours.value(), 2)))
