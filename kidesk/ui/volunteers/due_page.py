"""The "Fällig" page of the volunteers tab: what needs attention, coloured by urgency.

Overdue rows are red and marked, the column says what is due ("Führungszeugnis fällig seit
…", "Einwilligung abgelaufen am …"); Enter/double-click opens the person on the sub-tab that
belongs to the item; "Führungszeugnis heute eingesehen" records an inspection in one step;
the list prints (through the print preview) and exports as CSV (issue 14, obs. 11).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QModelIndex, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.domain.dates import format_date
from kidesk.errors import UserError
from kidesk.services import due_export
from kidesk.services import volunteers as vs
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.tables import read_only_table
from kidesk.ui.common.text import fill
from kidesk.ui.models.volunteer_table_model import DueItemTableModel
from kidesk.ui.print_preview import show_pdf_preview
from kidesk.ui.volunteers.date_field import combo_with_all


class DuePage(QWidget):
    #: the person to open: (volunteer id, kind of the item)
    open_requested = Signal(int, str)
    status_message = Signal(str)
    #: a volunteer's record changed here (certificate seen): the tab reloads it
    record_changed = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.weeks = QSpinBox()
        self.weeks.setRange(0, 104)
        self.weeks.setValue(8)
        self.weeks.setSuffix(self.tr(" Wochen"))
        self.weeks.setAccessibleName(self.tr("Fällig innerhalb von Wochen"))
        self.model = DueItemTableModel(self)
        self.table = QTableView()
        read_only_table(self.table)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Fällige Punkte"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DueItemTableModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.kind = combo_with_all(
            self.tr("alle Arten"),
            [(QCoreApplication.translate("vocab", label), kind) for kind, label in vs.DUE_KIND_LABELS.items()],
        )
        self.kind.setAccessibleName(self.tr("Art der fälligen Punkte"))
        self.summary = QLabel()
        self.seen_button = QPushButton(self.tr("Führungszeugnis heute ein&gesehen"))
        self.seen_button.setAccessibleName(self.tr("Führungszeugnis der markierten Person heute eingesehen"))
        self.seen_button.setToolTip(
            self.tr("Trägt für die markierte Person das heutige Datum als „eingesehen am“ ein.")
        )
        self.print_button = QPushButton(self.tr("Dr&ucken …"))
        self.print_button.setAccessibleName(self.tr("Fälligkeitsliste drucken"))
        self.export_button = QPushButton(self.tr("Als CSV e&xportieren …"))
        self.export_button.setAccessibleName(self.tr("Fälligkeitsliste als CSV exportieren"))

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        weeks_label = QLabel(self.tr("Fällig in den nächsten"))
        weeks_label.setBuddy(self.weeks)
        top.addWidget(weeks_label)
        top.addWidget(self.weeks)
        top.addSpacing(12)
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        hint = QLabel(self.tr("Doppelklick oder Enter öffnet die Person in der Übersicht."))
        hint.setEnabled(False)
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.seen_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)

        self.weeks.valueChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.seen_button.clicked.connect(self.police_certificate_seen_today)
        self.print_button.clicked.connect(self.print_list)
        self.export_button.clicked.connect(self.export_list)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        QWidget.setTabOrder(self.weeks, self.kind)
        QWidget.setTabOrder(self.kind, self.table)
        QWidget.setTabOrder(self.table, self.seen_button)
        QWidget.setTabOrder(self.seen_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.export_button)
        self._all: list[vs.DueItem] = []
        self._update_buttons()

    # -- the list ------------------------------------------------------------------------------
    def refresh(self, *_args) -> int:
        """Read the list again; returns the number of items (all kinds)."""
        self._all = vs.due_items(self.db, weeks=self.weeks.value())
        kind = self.kind.currentData()
        self.model.set_items([i for i in self._all if kind is None or i.kind == kind])
        counts = {k: sum(1 for i in self._all if i.kind == k) for k in vs.DUE_KIND_LABELS}
        overdue = sum(1 for i in self._all if i.overdue)
        text = " · ".join(
            f"{QCoreApplication.translate('vocab', vs.DUE_KIND_LABELS[k])}: {n}" for k, n in counts.items()
        )
        if overdue:
            text += " · " + fill(self.tr("<b style='color:#b00020'>%1 überfällig</b>"), overdue)
        self.summary.setText(text)
        self._update_buttons()
        return len(self._all)

    def shown_items(self) -> list[vs.DueItem]:
        return [self.model.item(r) for r in range(self.model.rowCount())]

    def current_item(self) -> vs.DueItem | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.seen_button.setEnabled(item is not None and item.kind == vs.DUE_POLICE_CERTIFICATE)
        has_rows = self.model.rowCount() > 0
        self.print_button.setEnabled(has_rows)
        self.export_button.setEnabled(has_rows)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.model.item(index.row())
            self.open_requested.emit(item.volunteer_id, item.kind)

    # -- actions -------------------------------------------------------------------------------
    def police_certificate_seen_today(self) -> dt.date | None:
        item = self.current_item()
        if item is None or item.kind != vs.DUE_POLICE_CERTIFICATE:
            return None
        try:
            due = vs.police_certificate_seen(self.db, item.volunteer_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Führungszeugnis eingesehen"), service_text(exc))
            return None
        self.refresh()
        self.record_changed.emit(item.volunteer_id)
        self.status_message.emit(
            fill(
                self.tr("Führungszeugnis von %1 heute eingesehen; wieder fällig am %2."),
                item.person,
                format_date(due),
            )
        )
        return due

    def list_html(self) -> str:
        """The shown list as an HTML table (every text escaped) for printing."""
        heads = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(self.model.columnCount())]
        rows = []
        for r, item in enumerate(self.shown_items()):
            cells = [self.model.data(self.model.index(r, c)) for c in range(len(heads))]
            style = " style='color:#b00020;font-weight:bold'" if self.model.urgency(item) == "overdue" else ""
            rows.append(f"<tr{style}>" + "".join(f"<td>{html.escape(str(c or ''))}</td>" for c in cells) + "</tr>")
        title = fill(
            self.tr("Fällig in den nächsten %1 Wochen – Stand %2"), self.weeks.value(), format_date(dt.date.today())
        )
        return (
            f"<h2>{html.escape(title)}</h2>"
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            "<tr>"
            + "".join(f"<th align='left'>{html.escape(h)}</th>" for h in heads)
            + "</tr>"
            + "".join(rows)
            + "</table>"
        )

    def list_pdf(self) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(15, 15, 15, 15)
            )
        )
        writer.setTitle(self.tr("Fälligkeitsliste"))
        document = QTextDocument()
        document.setHtml(self.list_html())
        document.print_(writer)
        del writer  # finishes the PDF
        return bytes(buffer.data().data())

    def print_list(self) -> None:
        if not self.model.rowCount():
            return
        show_pdf_preview(self, self.list_pdf(), self.tr("Fälligkeitsliste"), suggested_name="faellig.pdf")

    def export_list(self, path: str | None = None) -> int | None:
        if path is None:
            path, _filter = file_dialogs.get_save_file_name(
                self, self.tr("Fälligkeitsliste exportieren"), "faellig.csv", self.tr("CSV-Dateien (*.csv)")
            )
        if not path:
            return None
        try:
            n = due_export.export_due_list(self.db, path, weeks=self.weeks.value(), kind=self.kind.currentData())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Fälligkeitsliste exportieren"), service_text(exc))
            return None
        self.status_message.emit(fill(self.tr("%1 fällige Punkte nach %2 exportiert."), n, path))
        return n
