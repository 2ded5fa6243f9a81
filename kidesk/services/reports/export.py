"""Writing the annual report: PDF (kidesk.pdf.annual_report) and XLSX, both through output_files.

The workbook has a sheet "Übersicht" (headline figures and notes), one sheet per table of
the report, and one sheet per detail table with the rows behind the numbers (the rows of an
event list, persons, volunteers, hours, organisations, network members). Text cells are
stored as text, never as formulas (a name like ``=SUM(A1)`` stays a name).
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.pdf.annual_report import ReportChart, ReportDocument, ReportSection, render_annual_report
from kidesk.pdf.records import LetterSender
from kidesk.services import output_files
from kidesk.services.printing.loading import own_organisation
from kidesk.services.printing.records import letter_sender
from kidesk.services.reports.annual import annual_report
from kidesk.services.reports.model import AnnualReport, CellValue, format_value

FORMATS = ("pdf", "xlsx")


def report_format(path: str | os.PathLike[str]) -> str:
    """ "pdf" or "xlsx" from the file name, or one clear line."""
    suffix = Path(os.fspath(path)).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UserError(
            f"Der Bericht wird als .pdf oder .xlsx geschrieben, nicht als „.{suffix}“. Bitte die Endung ändern."
        )
    return suffix


def _sender(db: Database) -> LetterSender:
    with db.session() as session:
        organisation = own_organisation(session, required=False)
        return letter_sender(organisation) if organisation is not None else LetterSender(organisation="")


def report_document(report: AnnualReport, sender: LetterSender, *, today: dt.date | None = None) -> ReportDocument:
    today = today or dt.date.today()
    return ReportDocument(
        title=f"Jahresbericht {report.start.year}" if report.period_label.startswith("Jahr") else "Bericht",
        period=f"Zeitraum {report.start:%d.%m.%Y} – {report.end:%d.%m.%Y}",
        sender=sender,
        headlines=tuple((h.label, h.cell.text) for h in report.headlines),
        charts=tuple(ReportChart(c.kind, c.title, c.labels, c.values) for c in report.charts),
        sections=tuple(
            ReportSection(
                t.title,
                t.columns,
                tuple(tuple(c.text for c in row) for row in t.rows),
                tuple(c.text for c in t.total) if t.total else None,
                t.notes,
            )
            for t in report.tables
        ),
        notes=report.notes,
        created=f"erstellt am {today:%d.%m.%Y}",
    )


def render_pdf(db: Database, report: AnnualReport) -> bytes:
    return render_annual_report(report_document(report, _sender(db)))


def _value(value: CellValue | dt.date) -> object:
    if value is None or isinstance(value, (int, Decimal, dt.date)):
        return value
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def _sheet(workbook: Workbook, title: str, headers: tuple[str, ...], rows: list[tuple]) -> Worksheet:
    sheet = workbook.create_sheet(title[:31])
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in headers]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=_value(value))
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula
            elif isinstance(value, dt.date):
                cell.number_format = "DD.MM.YYYY"
            elif isinstance(value, Decimal):
                cell.number_format = "#,##0.00"
            if c <= len(widths):
                widths[c - 1] = max(widths[c - 1], min(len(format_value(value)), 50))  # type: ignore[arg-type]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(8, width + 2)
    sheet.freeze_panes = "A2"
    return sheet


def render_xlsx(report: AnnualReport, path: Path) -> None:
    workbook = Workbook()
    summary = workbook.active
    summary.title = "Übersicht"
    summary.append([f"Bericht {report.period_label}", f"{report.start:%d.%m.%Y} – {report.end:%d.%m.%Y}"])
    summary["A1"].font = Font(bold=True)
    if report.organisation:
        summary.append([report.organisation])
    summary.append([])
    for headline in report.headlines:
        summary.append([headline.label, _value(headline.cell.value)])
    summary.append([])
    summary.append(["Zählweise"])
    for note in report.notes:
        summary.append([note])
    summary.column_dimensions["A"].width = 40
    for table in report.tables:
        rows = [tuple(c.value for c in row) for row in table.rows]
        if table.total:
            rows.append(tuple(c.value for c in table.total))
        sheet = _sheet(workbook, table.key, table.columns, rows)
        if table.total:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
        for note in table.notes:
            sheet.append([])
            sheet.append([note])
    for detail in report.details:
        _sheet(workbook, f"Zeilen – {detail.key}", detail.columns, list(detail.rows))
    workbook.save(os.fspath(path))


def write_report(db: Database, start: dt.date, end: dt.date, path: str | os.PathLike[str]) -> tuple[Path, AnnualReport]:
    """Compute the report for the period and write it as PDF or XLSX (by the file's ending)."""
    kind = report_format(path)
    output_files.check_target(path)
    report = annual_report(db, start, end)
    if kind == "pdf":
        return output_files.write_bytes(path, render_pdf(db, report)), report
    with output_files.atomic_path(path) as tmp:
        render_xlsx(report, tmp)
    return Path(os.fspath(path)).expanduser(), report
