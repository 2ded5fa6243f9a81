"""Excel files (XLSX, openpyxl): reading an address list, writing an export with typed columns.

Reading takes the first sheet or a named one and turns every cell into text the import
checks like a CSV field: dates become ``TT.MM.JJJJ``, whole numbers lose Excel's ``.0``
(postcodes!), booleans become ``ja``/``nein``. The header row is found by
:func:`kidesk.services.column_mapping.detect_header_row` (title lines above it are skipped).

Writing puts dates into date cells, yes/no into boolean cells and everything else into text
cells — also text that starts with ``=``, which openpyxl would otherwise store as a formula.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from kidesk.domain.control_chars import FORBIDDEN as _CONTROL_CHARS
from kidesk.domain.dates import format_date, format_datetime
from kidesk.services.csv_sniffing import ImportFileError
from kidesk.services.tabular_source import Problem, RawRow


def _open(data: bytes, name: str):
    if not data:
        raise ImportFileError(f"{name} ist leer.")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(f"{name} ist im alten Excel-Format (.xls). Bitte in Excel als .xlsx speichern.")
    if not data.startswith(b"PK"):
        raise ImportFileError(
            f"{name} ist keine Excel-Datei (.xlsx). Ist es eine CSV-Datei mit falscher Endung? Dann bitte als CSV importieren."
        )
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(f"{name} ist beschädigt oder keine Excel-Datei ({exc}).") from exc


def sheet_names(data: bytes, name: str = "Die Datei") -> list[str]:
    workbook = _open(data, name)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.datetime):
        return format_date(value) if value.time() == dt.time(0) else format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    return unescape(str(value))


def read_xlsx_grid(
    data: bytes, name: str = "Die Datei", *, sheet: str | None = None
) -> tuple[list[RawRow], str, list[Problem]]:
    workbook = _open(data, name)
    try:
        if sheet is None:
            worksheet = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            raise ImportFileError(
                f"{name} hat kein Tabellenblatt „{sheet}“. Vorhanden: {', '.join(workbook.sheetnames)}."
            )
        grid = []
        for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), start=1):
            texts = [cell_text(v) for v in values]
            while texts and not texts[-1]:
                texts.pop()
            grid.append(RawRow(number, texts))
        title = worksheet.title
    finally:
        workbook.close()
    problems: list[Problem] = []
    if len(workbook.sheetnames) > 1 and sheet is None:
        problems.append(
            Problem(
                None,
                None,
                f"Die Datei hat {len(workbook.sheetnames)} Tabellenblätter; gelesen wird das erste („{title}“).",
                "info",
            )
        )
    return grid, f"Excel, Tabellenblatt „{title}“", problems


_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _escape(text: str) -> str:
    """A carriage return as Excel writes it (``_x000D_``; XML itself would turn CR LF into LF),
    and a literal ``_xHHHH_`` protected as ``_x005F_xHHHH_`` — the OOXML escaping of ST_Xstring."""
    return _ESCAPED.sub(r"_x005F_x\1_", text).replace("\r", "_x000D_")


def unescape(text: str) -> str:
    """Undo :func:`_escape` (and Excel's own escaping): ``_x000D_`` → CR, ``_x005F_`` → ``_``."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def _cell_value(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, (bool, int, float, Decimal, dt.date, dt.datetime)):
        return value
    # openpyxl refuses C0 controls; C1 controls (a terminal's CSI) go too (issue 12)
    return _escape(_CONTROL_CHARS.sub("", ILLEGAL_CHARACTERS_RE.sub("", str(value))))


@dataclass(frozen=True)
class Sheet:
    """One worksheet to write: title (at most 31 characters), header row, rows of typed values."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]


def write_xlsx(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    sheet_title: str = "Export",
    more_sheets: Sequence[Sheet] = (),
) -> None:
    """The first sheet and ``more_sheets`` after it, each with a bold frozen header with filter,
    typed cells and sensible column widths."""
    workbook = Workbook()
    _fill_sheet(workbook.active, Sheet(sheet_title, headers, rows))
    for sheet in more_sheets:
        _fill_sheet(workbook.create_sheet(), sheet)
    workbook.save(os.fspath(path))


def _fill_sheet(worksheet, sheet: Sheet) -> None:
    headers, rows = sheet.headers, sheet.rows
    worksheet.title = sheet.title[:31]
    worksheet.append(list(headers))
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in headers]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = worksheet.cell(row=r, column=c, value=_cell_value(value))
            if isinstance(value, str):
                cell.data_type = "s"  # "=SUMME(…)" typed by a user stays text, never becomes a formula
            elif isinstance(value, dt.datetime):
                cell.number_format = "DD.MM.YYYY HH:MM"
            elif isinstance(value, dt.date):
                cell.number_format = "DD.MM.YYYY"
            text = cell_text(value)
            widths[c - 1] = max(widths[c - 1], min(len(text.split("\n")[0]), 50))
    for index, width in enumerate(widths, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = max(8, width + 2)
    worksheet.freeze_panes = "A2"
    if headers:
        worksheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"


def read_sheets(data: bytes, name: str = "Die Datei") -> dict[str, list[list[object]]]:
    """Every sheet's rows as typed cell values (dates as dates, numbers as numbers), header included."""
    workbook = _open(data, name)
    try:
        return {
            ws.title: [
                [unescape(v) if isinstance(v, str) else v for v in values] for values in ws.iter_rows(values_only=True)
            ]
            for ws in workbook.worksheets
        }
    finally:
        workbook.close()
