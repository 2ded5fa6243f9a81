"""The start page (Übersicht): next events, what is due, recent changes, this year in numbers.

Everything comes from :func:`kidesk.services.reports.overview.overview` (aggregated in SQL,
a few rows per section). Enter or a double-click on a row emits :attr:`OverviewTab.open_record`
with the record's kind and id; the main window opens it with its usual jump to a record.
The page reloads whenever it becomes the current tab (the main window calls
:meth:`refresh` on every tab switch and after imports and other dialogs), when it is shown,
and every two minutes while it is visible (another workstation may have changed data).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.domain.dates import format_date, format_datetime
from kidesk.services.reports.model import RecordRef
from kidesk.services.reports.overview import Overview, overview
from kidesk.ui.common.change_polling import OVERVIEW_TABLES, ChangePoller
from kidesk.ui.common.service_text import note_text
from kidesk.ui.common.tables import read_only_table
from kidesk.ui.common.text import fill
from kidesk.ui.workspace_tab import WorkspaceTab

REFRESH_MS = 120_000
REF_ROLE = Qt.ItemDataRole.UserRole + 1


def _local(utc: dt.datetime) -> dt.datetime:
    """A stored naive-UTC time as local wall-clock time."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


class RecordTable(QTableWidget):
    """A read-only table whose rows each open a record (Enter or double-click)."""

    record_chosen = Signal(str, int)

    def __init__(self, headers: list[str], accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setAccessibleName(accessible_name)
        read_only_table(self, alternating=True, wrap=False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.itemActivated.connect(self._activated)

    def set_rows(self, rows: list[tuple[RecordRef, list[str]]], urgent: set[int] | None = None) -> None:
        """One row per record; rows in ``urgent`` are shown in red (overdue, deadline passed)."""
        self.setRowCount(len(rows))
        for r, (ref, texts) in enumerate(rows):
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(REF_ROLE, (ref.kind, ref.id))
                if urgent and r in urgent:
                    item.setForeground(QColor("#b00020"))
                self.setItem(r, c, item)
        self.resizeColumnsToContents()

    def ref_at(self, row: int) -> RecordRef | None:
        item = self.item(row, 0)
        if item is None:
            return None
        kind, record_id = item.data(REF_ROLE)
        return RecordRef(kind, record_id)

    def _activated(self, item: QTableWidgetItem) -> None:
        ref = self.ref_at(item.row())
        if ref is not None:
            self.record_chosen.emit(ref.kind, ref.id)


class OverviewTab(WorkspaceTab):
    #: (kind, id): "contact" | "organisation" | "event" | "volunteer"
    open_record = Signal(str, int)
    #: the user asked for the annual report
    open_report = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.data: Overview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)

        top = QHBoxLayout()
        self.year_label = QLabel()
        bold = QFont(self.year_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.year_label.setFont(bold)
        top.addWidget(self.year_label)
        self.figures = QGridLayout()
        self.figure_labels: list[QLabel] = []
        top.addLayout(self.figures, 1)
        self.report_button = QPushButton(self.tr("&Jahresbericht …"))
        self.report_button.setAccessibleName(self.tr("Jahresbericht öffnen"))
        self.report_button.clicked.connect(self.open_report.emit)
        self.refresh_button = QPushButton(self.tr("A&ktualisieren"))
        self.refresh_button.setAccessibleName(self.tr("Übersicht neu laden"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.report_button)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.upcoming = RecordTable(
            [self.tr("Datum"), self.tr("Veranstaltung"), self.tr("Anmeldungen"), self.tr("Anmeldeschluss"),
             self.tr("Status")],
            self.tr("Nächste Veranstaltungen"),
        )  # fmt: skip
        self.due = RecordTable(
            [self.tr("Was"), self.tr("Wer / welche Veranstaltung"), self.tr("fällig am"), self.tr("Hinweis")],
            self.tr("Fällig"),
        )
        self.recent = RecordTable(
            [self.tr("Art"), self.tr("Datensatz"), self.tr("geändert am")], self.tr("Zuletzt geändert")
        )
        grid = QGridLayout()
        self.upcoming_title = self._heading(self.tr("&Nächste Veranstaltungen"), self.upcoming)
        self.due_title = self._heading(self.tr("&Fällig"), self.due)
        self.recent_title = self._heading(self.tr("&Zuletzt geändert"), self.recent)
        grid.addWidget(self.upcoming_title, 0, 0)
        grid.addWidget(self.upcoming, 1, 0)
        grid.addWidget(self.due_title, 0, 1)
        grid.addWidget(self.due, 1, 1, 3, 1)
        grid.addWidget(self.recent_title, 2, 0)
        grid.addWidget(self.recent, 3, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid, 1)
        self.hint = QLabel(self.tr("Enter oder Doppelklick öffnet den Datensatz."))
        self.hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.hint)
        for table in (self.upcoming, self.due, self.recent):
            table.record_chosen.connect(self.open_record.emit)
        self.setTabOrder(self.report_button, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.upcoming)
        self.setTabOrder(self.upcoming, self.recent)
        self.setTabOrder(self.recent, self.due)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh_if_visible)
        self._timer.start()
        self.refresh()
        self.change_poller = ChangePoller(self, db, OVERVIEW_TABLES, self.refresh)  # issue 20: no F5 needed

    def _heading(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setBuddy(buddy)
        return label

    # -- WorkspaceTab -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.data = overview(self.db)
        self._fill(self.data)

    def focus_search(self) -> None:
        self.upcoming.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.data is not None and self.data.today != dt.date.today():
            self.refresh()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    # -- filling ----------------------------------------------------------------------------------
    def _texts(self) -> dict[str, str]:
        """The service's German labels (figures, kinds of due items) as translated UI texts."""
        return {
            "Veranstaltungen": self.tr("Veranstaltungen"),
            "Teilnahmen": self.tr("Teilnahmen"),
            "Erreichte Personen": self.tr("Erreichte Personen"),
            "Geleistete Stunden": self.tr("Geleistete Stunden"),
            "Aktive Ehrenamtliche": self.tr("Aktive Ehrenamtliche"),
            "Führungszeugnis": self.tr("Führungszeugnis"),
            "Einwilligung": self.tr("Einwilligung"),
            "Einladungen": self.tr("Einladungen"),
        }

    def _fill(self, data: Overview) -> None:
        self.year_label.setText(fill(self.tr("%1 bisher:"), str(data.year)))
        for label in self.figure_labels:
            self.figures.removeWidget(label)
            label.deleteLater()
        self.figure_labels = []
        for column, (label, cell) in enumerate(data.figures):
            number = QLabel(cell.text)
            font = QFont(number.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.5)
            number.setFont(font)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(self._texts().get(label, label))
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.figures.addWidget(number, 0, column)
            self.figures.addWidget(caption, 1, column)
            self.figure_labels += [number, caption]

        rows = []
        for e in data.upcoming:
            seats = (
                fill(self.tr("%1 von %2"), str(e.seats_taken), str(e.capacity))
                if e.capacity is not None
                else str(e.seats_taken)
            )
            if e.full:
                seats += " " + self.tr("(ausgebucht)")
            deadline = format_date(e.registration_deadline) or "–"
            if e.deadline_passed(data.today):
                deadline += " " + self.tr("(vorbei)")
            status = QCoreApplication.translate("vocab", vocab.EVENT_STATUS_LABELS.get(e.status, e.status))
            rows.append((e.ref, [format_datetime(e.starts_at), e.title, seats, deadline, status]))
        self.upcoming.set_rows(rows, {i for i, e in enumerate(data.upcoming) if e.full})

        due_rows = []
        for item in data.due:
            detail = item.detail
            if item.kind == "invitation":
                detail = self.tr("noch niemand eingeladen")
            if item.overdue:  # first, so a narrow column still shows it
                detail = ", ".join([self.tr("überfällig"), *(p for p in detail.split(", ") if p and p != "überfällig")])
            due_rows.append(
                (item.ref, [self._texts().get(item.kind_label, item.kind_label), item.subject, format_date(item.due_on) or "–",
                            note_text(detail)])
            )  # fmt: skip
        self.due.set_rows(due_rows, {i for i, item in enumerate(data.due) if item.overdue})
        self.due_title.setText(fill(self.tr("&Fällig (%1)"), str(len(data.due))))

        kinds = {
            "contact": self.tr("Kontakt"),
            "organisation": self.tr("Organisation"),
            "event": self.tr("Veranstaltung"),
            "volunteer": self.tr("Ehrenamt"),
        }
        self.recent.set_rows(
            [(c.ref, [kinds[c.ref.kind], c.label, format_datetime(_local(c.changed_at))]) for c in data.recent]
        )
