"""The plain, frozen shape of a report: tables of cells, each number traceable to the rows behind it.

Every figure of the annual report is a :class:`Cell`. A cell that counts something carries a
:class:`Trace`: the name of a detail table (``Teilnahmen``, ``Personen``, ``Stunden`` …) and
the indexes of the rows in it that make the number. The app lists exactly those rows when a
number is clicked, the XLSX workbook has every detail table as a sheet, and the tests check
that a count equals the number of rows behind it — one source for all three.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

#: What a detail row can open in the app (the main window's tab keys).
RECORD_KINDS = ("contact", "organisation", "event", "volunteer")

CellValue = int | Decimal | str | None


@dataclass(frozen=True)
class RecordRef:
    """A record a detail row stands for: ``kind`` in :data:`RECORD_KINDS`, its id. None for anonymous rows."""

    kind: str
    id: int


@dataclass(frozen=True)
class Trace:
    """The rows of detail table ``detail`` (by index) that make a number."""

    detail: str
    rows: tuple[int, ...]


@dataclass(frozen=True)
class Cell:
    value: CellValue
    trace: Trace | None = None

    @property
    def text(self) -> str:
        return format_value(self.value)


@dataclass(frozen=True)
class ReportTable:
    """One table of the report (one sheet in the workbook, one section in the PDF)."""

    key: str  # short, unique, a valid sheet name ("Veranstaltungen nach Art")
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[str, ...] = ()
    total: tuple[Cell, ...] | None = None  # the sum line, if the rows add up

    def column(self, name: str) -> int:
        return self.columns.index(name)

    def row_by_label(self, label: str) -> tuple[Cell, ...]:
        for row in self.rows:
            if row[0].value == label:
                return row
        raise KeyError(label)


@dataclass(frozen=True)
class DetailTable:
    """The underlying rows: one per attendance, person, hours entry … with the record each row opens."""

    key: str
    columns: tuple[str, ...]
    rows: tuple[tuple[CellValue, ...], ...]
    refs: tuple[RecordRef | None, ...]  # per row: what a double-click opens (None: an anonymous count)


@dataclass(frozen=True)
class Chart:
    """A chart of one table column: ``kind`` "bars" (by month) or "shares" (parts of a whole)."""

    kind: str
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]


@dataclass(frozen=True)
class Headline:
    label: str
    cell: Cell


@dataclass(frozen=True)
class AnnualReport:
    start: dt.date
    end: dt.date
    organisation: str
    headlines: tuple[Headline, ...]
    tables: tuple[ReportTable, ...]
    details: tuple[DetailTable, ...]
    charts: tuple[Chart, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def period_label(self) -> str:
        if self.start == dt.date(self.start.year, 1, 1) and self.end == dt.date(self.start.year, 12, 31):
            return f"Jahr {self.start.year}"
        return f"{self.start:%d.%m.%Y} – {self.end:%d.%m.%Y}"

    def table(self, key: str) -> ReportTable:
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)

    def detail(self, key: str) -> DetailTable:
        for detail in self.details:
            if detail.key == key:
                return detail
        raise KeyError(key)

    def rows_behind(self, cell: Cell) -> DetailTable:
        """The detail rows behind ``cell`` (an empty table for a number without trace)."""
        if cell.trace is None:
            return DetailTable("", (), (), ())
        detail = self.detail(cell.trace.detail)
        return DetailTable(
            detail.key,
            detail.columns,
            tuple(detail.rows[i] for i in cell.trace.rows),
            tuple(detail.refs[i] for i in cell.trace.rows),
        )


def format_value(value: CellValue) -> str:
    """German display: 1.234 / 12,5 / "–" for nothing."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, Decimal):
        text = f"{value.quantize(Decimal('0.01')):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
        return text[:-3] if text.endswith(",00") else text
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def percent(part: int, whole: int) -> str | None:
    """ "83 %" (rounded), or None when there is nothing to divide by."""
    if whole <= 0:
        return None
    return f"{round(100 * part / whole)} %"
