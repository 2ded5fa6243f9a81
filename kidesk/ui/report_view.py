"""The annual report in the app: the same figures as the PDF/XLSX, charts, and the records behind each number.

:func:`run_report_view` opens :class:`ReportView` (a period: a year or from/to; headline
figures; the charts drawn with QPainter from the same :class:`~kidesk.services.reports.Chart`
data the PDF draws with reportlab; one page per table). Clicking a number (or Enter on it)
opens :class:`RecordsDialog` with exactly the detail rows behind it — the rows the XLSX
sheet "Zeilen – …" holds; a double-click there closes both dialogs and the main window
opens the record. The report's own texts (table titles, notes) are German like the PDF:
it is a document for the funder, not part of the interface.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.services.reports import AnnualReport, Cell, Chart, DetailTable, RecordRef, annual_report, format_value
from kidesk.services.reports.export import write_report
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.tables import read_only_table
from kidesk.ui.common.text import fill
from kidesk.ui.volunteers.date_field import DateField

PALETTE = (
    "#1f4e79",
    "#c55a11",
    "#548235",
    "#7030a0",
    "#bf9000",
    "#2e75b6",
    "#a5a5a5",
    "#843c0c",
    "#375623",
    "#5b9bd5",
    "#ed7d31",
    "#70ad47",
)  # fmt: skip  (the PDF's colours)


class ChartWidget(QWidget):
    """Bars by month or shares of a whole, painted from a report :class:`Chart`."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setMinimumSize(420, 220)
        self.setAccessibleName(chart.title)
        lines = [
            f"{label}: {format_value(int(v) if float(v).is_integer() else v)}"
            for label, v in zip(chart.labels, chart.values, strict=True)
        ]
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft, self.chart.title)
        painter.setFont(self.font())
        area = QRectF(8, 28, self.width() - 16, self.height() - 36)
        if self.chart.kind == "shares":
            self._paint_shares(painter, area)
        else:
            self._paint_bars(painter, area)
        painter.end()

    def _paint_bars(self, painter: QPainter, area: QRectF) -> None:
        values = self.chart.values
        if not values:
            return
        metrics = painter.fontMetrics()
        bottom = area.bottom() - metrics.height() - 4
        top = area.top() + metrics.height() + 2
        highest = max(max(values), 1.0)
        slot = area.width() / len(values)
        bar_w = slot * 0.65
        painter.setPen(QPen(QColor("#808080")))
        painter.drawLine(QPointF(area.left(), bottom), QPointF(area.right(), bottom))
        for i, (label, value) in enumerate(zip(self.chart.labels, values, strict=True)):
            x = area.left() + i * slot + (slot - bar_w) / 2
            h = (bottom - top) * value / highest
            painter.fillRect(QRectF(x, bottom - h, bar_w, h), QColor(PALETTE[0]))
            painter.setPen(self.palette().text().color())
            text_rect = QRectF(area.left() + i * slot, bottom + 2, slot, metrics.height())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, label)
            if value:
                shown = format_value(int(value)) if float(value).is_integer() else format_value(round(value))
                painter.drawText(
                    QRectF(area.left() + i * slot, bottom - h - metrics.height() - 1, slot, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    shown,
                )

    def _paint_shares(self, painter: QPainter, area: QRectF) -> None:
        total = sum(self.chart.values)
        if total <= 0:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("keine Daten im Zeitraum"))
            return
        size = min(area.height(), area.width() * 0.45)
        pie = QRectF(area.left(), area.top() + (area.height() - size) / 2, size, size)
        angle = 90 * 16
        metrics = painter.fontMetrics()
        y = area.top()
        for i, (label, value) in enumerate(zip(self.chart.labels, self.chart.values, strict=True)):
            span = -round(360 * 16 * value / total)
            colour = QColor(PALETTE[i % len(PALETTE)])
            painter.setBrush(QBrush(colour))
            painter.setPen(QPen(QColor("white")))
            painter.drawPie(pie, angle, span)
            angle += span
            painter.fillRect(QRectF(pie.right() + 16, y + 3, 10, 10), colour)
            painter.setPen(self.palette().text().color())
            text = f"{label}: {format_value(int(value))} ({round(100 * value / total)} %)"
            painter.drawText(QPointF(pie.right() + 32, y + metrics.ascent() + 1), text)
            y += metrics.height() + 3


class TraceTable(QTableWidget):
    """A table of report cells; a click or Enter on a number with records behind it emits ``cell_chosen``."""

    cell_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        read_only_table(self, rows=None, single=None, alternating=True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            self.cell_chosen.emit(index.row(), index.column())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentIndex().isValid():
            self.cell_chosen.emit(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)


class RecordsDialog(QDialog):
    """The detail rows behind one number; double-click or Enter (or *Öffnen*) opens a record."""

    def __init__(self, title: str, rows: DetailTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.chosen: RecordRef | None = None
        self.setWindowTitle(title)
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        anonymous = sum(1 for ref in rows.refs if ref is None)
        text = fill(self.tr("%1 Zeilen aus „%2“."), str(len(rows.rows)), rows.key)
        if anonymous:
            text += " " + fill(self.tr("%1 davon anonym (gelöschte Personen, ohne Namen)."), str(anonymous))
        self.summary = QLabel(text)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(rows.rows), len(rows.columns))
        self.table.setAccessibleName(self.tr("Datensätze hinter der Zahl"))
        self.table.setHorizontalHeaderLabels(list(rows.columns))
        read_only_table(self.table)
        for r, row in enumerate(rows.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(format_value(value) if value not in ("", None) else "")  # type: ignore[arg-type]
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.itemActivated.connect(lambda item: self._open(item.row()))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(self.tr("&Öffnen"))
        self.open_button.setAccessibleName(self.tr("Ausgewählten Datensatz öffnen"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.close_button = QPushButton(self.tr("&Schließen"))
        self.close_button.setAccessibleName(self.tr("Liste schließen"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        if rows.rows:
            self.table.selectRow(0)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows.refs) and self.rows.refs[row] is not None:
            self.chosen = self.rows.refs[row]
            self.accept()


class ReportView(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *, year: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.report: AnnualReport | None = None
        self.chosen: RecordRef | None = None
        self.headline_buttons: list[QPushButton] = []
        self.tables: dict[str, TraceTable] = {}
        self.chart_widgets: list[ChartWidget] = []
        self.setWindowTitle(self.tr("Jahresbericht"))
        self.resize(1100, 760)
        layout = QVBoxLayout(self)

        period = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(1900, 2999)
        self.year.setValue(year or dt.date.today().year)
        self.year.setAccessibleName(self.tr("Berichtsjahr"))
        self.start = DateField()
        self.start.setAccessibleName(self.tr("Erster Tag des Zeitraums"))
        self.end = DateField()
        self.end.setAccessibleName(self.tr("Letzter Tag des Zeitraums"))
        for text, widget in (
            (self.tr("&Jahr:"), self.year),
            (self.tr("&Von:"), self.start),
            (self.tr("&Bis:"), self.end),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            period.addWidget(label)
            period.addWidget(widget)
        self.compute_button = QPushButton(self.tr("Be&rechnen"))
        self.compute_button.setAccessibleName(self.tr("Bericht für den Zeitraum berechnen"))
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        period.addWidget(self.compute_button)
        period.addStretch(1)
        layout.addLayout(period)
        self.year.valueChanged.connect(self._year_changed)
        self._year_changed(self.year.value())

        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Teile des Berichts"))
        layout.addWidget(self.pages, 1)

        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.pdf_button.setAccessibleName(self.tr("Bericht als PDF speichern"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.xlsx_button = QPushButton(self.tr("Als E&xcel speichern …"))
        self.xlsx_button.setAccessibleName(self.tr("Bericht als Excel-Arbeitsmappe speichern"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.close_button = QPushButton(self.tr("&Schließen"))
        self.close_button.setAccessibleName(self.tr("Bericht schließen"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.compute()

    # -- period -------------------------------------------------------------------------------------
    def _year_changed(self, year: int) -> None:
        self.start.set_date(dt.date(year, 1, 1))
        self.end.set_date(dt.date(year, 12, 31))

    def period(self) -> tuple[dt.date, dt.date]:
        start = self.start.date(self.tr("Von")) or dt.date(self.year.value(), 1, 1)
        end = self.end.date(self.tr("Bis")) or dt.date(start.year, 12, 31)
        return start, end

    def compute(self) -> None:
        try:
            start, end = self.period()
            report = annual_report(self.db, start, end)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Jahresbericht"), service_text(exc))
            return
        self.report = report
        self._show(report)

    # -- pages --------------------------------------------------------------------------------------
    def _show(self, report: AnnualReport) -> None:
        current = self.pages.currentIndex()
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeTab(0)
            page.deleteLater()
        self.headline_buttons = []
        self.tables = {}
        overview = QWidget()
        grid = QVBoxLayout(overview)
        figures = QGridLayout()
        for i, headline in enumerate(report.headlines):
            button = QPushButton(f"{headline.cell.text}\n{headline.label}")
            button.setAccessibleName(f"{headline.label}: {headline.cell.text}")
            button.setToolTip(self.tr("Klicken: die Datensätze dahinter anzeigen"))
            button.setMinimumHeight(54)
            button.clicked.connect(
                lambda _c=False, cell=headline.cell, label=headline.label: self.show_records(label, cell)
            )
            figures.addWidget(button, i // 4, i % 4)
            self.headline_buttons.append(button)
        grid.addLayout(figures)
        charts = QGridLayout()
        self.chart_widgets = [ChartWidget(chart) for chart in report.charts]
        for i, widget in enumerate(self.chart_widgets):
            charts.addWidget(widget, i // 2, i % 2)
        grid.addLayout(charts, 1)
        notes = QLabel("\n".join(report.notes))
        notes.setWordWrap(True)
        grid.addWidget(notes)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Tabellen des Berichts"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(overview)
        self.pages.addTab(scroll, self.tr("Überblick"))
        for table in report.tables:
            page = QWidget()
            v = QVBoxLayout(page)
            view = TraceTable()
            view.setAccessibleName(table.title)
            rows = list(table.rows) + ([table.total] if table.total else [])
            view.setColumnCount(len(table.columns))
            view.setRowCount(len(rows))
            view.setHorizontalHeaderLabels(list(table.columns))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    item = QTableWidgetItem(cell.text)
                    if c > 0:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if cell.trace is not None:
                        item.setToolTip(self.tr("Klicken: die Datensätze dahinter anzeigen"))
                        link = QFont(item.font())
                        link.setUnderline(True)
                        item.setFont(link)
                    if table.total is not None and r == len(rows) - 1:
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                    view.setItem(r, c, item)
            view.cell_chosen.connect(
                lambda r, c, t=table, rs=rows: self.show_records(
                    f"{t.title}: {rs[r][0].text}, {t.columns[c]}", rs[r][c]
                )
            )
            v.addWidget(view, 1)
            note = QLabel("\n".join(table.notes))
            note.setWordWrap(True)
            v.addWidget(note)
            self.pages.addTab(page, table.key)
            self.tables[table.key] = view
        self.pages.setCurrentIndex(max(0, min(current, self.pages.count() - 1)))
        if hasattr(self, "close_button"):  # reading order: the pages before the buttons under them (issue 19)
            bar = self.pages.tabBar()
            chain = [bar, *_tab_stops(bar), scroll, *_tab_stops(overview), *self.tables.values()]
            chain += [self.pdf_button, self.xlsx_button, self.close_button]
            for first, second in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(first, second)

    def show_records(self, title: str, cell: Cell) -> RecordsDialog | None:
        """List the records behind ``cell`` (nothing for a number without records, e.g. a rate)."""
        if self.report is None or cell.trace is None:
            return None
        dialog = RecordsDialog(title, self.report.rows_behind(cell), self)
        self._records_dialog = dialog
        if dialog.exec() and dialog.chosen is not None:
            self.chosen = dialog.chosen
            self.accept()
        return dialog

    # -- saving -------------------------------------------------------------------------------------
    def save(self, kind: str) -> Path | None:
        try:
            start, end = self.period()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Jahresbericht"), service_text(exc))
            return None
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"Jahresbericht-{start.year}.{kind}" if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) \
            else f"Bericht-{start:%Y-%m-%d}-{end:%Y-%m-%d}.{kind}"  # fmt: skip
        caption = self.tr("Als PDF speichern") if kind == "pdf" else self.tr("Als Excel speichern")
        name_filter = self.tr("PDF-Dateien (*.pdf)") if kind == "pdf" else self.tr("Excel-Arbeitsmappen (*.xlsx)")
        path, _filter = file_dialogs.get_save_file_name(
            self, caption, str(Path(documents or Path.home()) / name), name_filter
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(f"{target.name}.{kind}")
        try:
            written, _report = write_report(self.db, start, end, target)
        except UserError as exc:
            QMessageBox.warning(self, caption, service_text(exc))
            return None
        return written


def run_report_view(parent: QWidget, db: Database) -> RecordRef | None:
    """Show the report; the record the user chose to open from a list behind a number, if any."""
    view = ReportView(db, parent)
    try:
        view.exec()
        return view.chosen
    finally:
        view.deleteLater()


def _tab_stops(parent: QWidget) -> list[QWidget]:
    """The widgets inside ``parent`` that Tab stops at (the tab bar's scroll arrows, the figures)."""
    return [w for w in parent.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
