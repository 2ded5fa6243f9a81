"""What every import reader hands to the import service: a header and numbered rows of text.

CSV, XLSX and vCard readers all produce a :class:`RawTable`, so mapping, validation, the
dry-run plan and applying it are written once (:mod:`kidesk.services.contact_import`).
Row numbers are the ones a person sees: the line in the CSV file where the record starts,
the row in the Excel sheet, or the number of the card in a vCard file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR = "error"  # the row cannot be imported
WARNING = "warning"  # the row is imported, but something was changed or put into the notes
INFO = "info"


@dataclass(frozen=True)
class Problem:
    """One line of the dry-run report."""

    row: int | None  # None: about the whole file
    column: str | None
    message: str
    severity: str = WARNING

    def describe(self, row_word: str = "Zeile") -> str:
        parts = []
        if self.row is not None:
            parts.append(f"{row_word} {self.row}")
        if self.column:
            parts.append(f"Spalte „{self.column}“")
        prefix = ", ".join(parts)
        kind = {ERROR: "Fehler", WARNING: "Hinweis", INFO: "Info"}[self.severity]
        return f"{kind}: {prefix}: {self.message}" if prefix else f"{kind}: {self.message}"


@dataclass
class RawRow:
    number: int
    values: list[str]


@dataclass
class RawTable:
    headers: list[str]
    rows: list[RawRow]
    kind: str  # "csv" | "xlsx" | "vcf"
    description: str = ""  # "CSV, Trennzeichen „;“, Windows-1252"
    problems: list[Problem] = field(default_factory=list)  # about the file or single rows, found while reading
    row_word: str = "Zeile"  # "Karte" for vCard files
    headerless: bool = False  # the file had no header row; ``headers`` are made up ("Spalte 1" or a known layout's)

    def preview(self, count: int = 5) -> list[list[str]]:
        return [r.values for r in self.rows[:count]]
