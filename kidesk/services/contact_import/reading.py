"""Reading an address file (CSV, XLSX, vCard) into a :class:`RawTable` — no database access."""

from __future__ import annotations

import os
from pathlib import Path

from kidesk.domain.os_errors import os_reason
from kidesk.services import column_mapping as cm
from kidesk.services.contact_import import kidesk_workbook
from kidesk.services.csv_sniffing import ImportFileError, read_csv_grid
from kidesk.services.tabular_source import RawTable

FORMATS = ("csv", "xlsx", "vcf")
_EXTENSIONS = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".tab": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".vcf": "vcf",
    ".vcard": "vcf",
}


def guess_format(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.casefold()
    if suffix == ".xls":
        raise ImportFileError(
            f"{Path(path).name}: das alte Excel-Format (.xls) wird nicht gelesen. Bitte in Excel als .xlsx speichern."
        )
    if suffix not in _EXTENSIONS:
        raise ImportFileError(
            f"{Path(path).name}: unbekanntes Dateiformat „{suffix or 'ohne Endung'}“. Bitte csv, xlsx oder vcf angeben (--format)."
        )
    return _EXTENSIONS[suffix]


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFileError(f"Die Datei {path} gibt es nicht. Bitte den Pfad prüfen.") from exc
    except IsADirectoryError as exc:
        raise ImportFileError(f"{path} ist ein Ordner, keine Datei.") from exc
    except OSError as exc:
        raise ImportFileError(f"{path} kann nicht gelesen werden ({os_reason(exc)}).") from exc


def sheet_names(path: str | os.PathLike[str]) -> list[str]:
    """The sheets of an Excel file, in order (the first is read unless another is chosen)."""
    from kidesk.services.xlsx_io import sheet_names as xlsx_sheet_names

    path = Path(path)
    return xlsx_sheet_names(_read_bytes(path), path.name)


def load_table(path: str | os.PathLike[str], fmt: str | None = None, *, sheet: str | None = None) -> RawTable:
    """Read a CSV, XLSX or vCard file into a table (no database access)."""
    path = Path(path)
    fmt = fmt or guess_format(path)
    if fmt not in FORMATS:
        raise ImportFileError(f"Unbekanntes Format „{fmt}“. Möglich sind: {', '.join(FORMATS)}.")
    data = _read_bytes(path)
    name = path.name
    if fmt == "csv":
        grid, description, problems = read_csv_grid(data, name)
        table = cm.build_table(grid, "csv", description, problems)
    elif fmt == "xlsx":
        from kidesk.services.xlsx_io import read_xlsx_grid

        grid, description, problems = read_xlsx_grid(data, name, sheet=sheet)
        table = cm.build_table(grid, "xlsx", description, problems, strict_width=False)
        if sheet is None:  # kidesk's own workbook: the tables behind the list come along (issue 11)
            table = kidesk_workbook.with_extras(data, table)
    else:
        from kidesk.services.contact_import.vcard_reading import read_vcard_table

        table = read_vcard_table(data, name)
    if not table.headers:
        raise ImportFileError(f"{name} enthält keine Daten (nur leere Zeilen).")
    return table
