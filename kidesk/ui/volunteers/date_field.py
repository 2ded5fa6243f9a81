"""Small widgets of the volunteers area: a date typed as TT.MM.JJJJ, a filter box with "all"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kidesk.domain.dates import DateFormatError, format_date, parse_date, parse_date_or_none
from kidesk.errors import ValidationError


class DateField(QLineEdit):
    """A date typed as ``TT.MM.JJJJ`` (or ``JJJJ-MM-TT``); empty means "no date"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.setMaxLength(10)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 16)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))

    def date(self, label: str = "") -> dt.date | None:
        """The typed date; :class:`ValidationError` (prefixed with ``label``) if unreadable."""
        text = self.text().strip()
        try:
            return parse_date(text)
        except DateFormatError:
            message = f"„{text}“ ist kein gültiges Datum (bitte JJJJ-MM-TT oder TT.MM.JJJJ)."
            raise ValidationError(f"{label}: {message}" if label else message, field="date") from None

    def date_or_none(self) -> dt.date | None:
        """The typed date, or ``None`` when empty or unreadable."""
        return parse_date_or_none(self.text())


def combo_with_all(all_label: str, values: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_label, None)
    for text, data in values:
        combo.addItem(text, data)
    return combo
