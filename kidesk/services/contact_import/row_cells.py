"""The cells of one row by target field, and the working state of converting that row.

:func:`collect_cells` gathers the row's non-empty values per target (best column first; control
characters removed with a named warning; Google's own groups dropped); :class:`RowConversion`
holds them with the record being filled and the problems found.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kidesk.services import column_mapping as cm
from kidesk.services.contact_import.records import ContactRecord
from kidesk.services.contact_import.values import (
    EMPTY_MARKERS,
    phone_kind,
    strip_controls,
)
from kidesk.services.name_folding import same_text
from kidesk.services.tabular_source import Problem, RawRow

SYSTEM_GROUPS = {"* mycontacts", "system group: my contacts", "* other contacts", "* starred", "* friends"}


@dataclass(frozen=True)
class Cell:
    """One non-empty value of the row and the column it came from."""

    priority: int  # of the column's header for its target: 0 is the best ("Telefon geschäftlich" before "Telefon 2")
    index: int
    header: str
    value: str


def collect_cells(
    headers: list[str], mapping: list[str], row: RawRow, notes: list[str], problems: list[Problem] | None = None
) -> dict[str, list[Cell]]:
    """The row's non-empty values per target, best column first; "→ Notizen" columns go to ``notes``.

    Control characters other than tab and line break (ESC, NUL, …) are removed with a warning
    that names them: they are never stored, and never echoed raw to a terminal.
    """
    cells: dict[str, list[Cell]] = {}
    for index, (target, value) in enumerate(zip(mapping, row.values, strict=False)):
        value = value.strip().replace("\r\n", "\n").replace("\r", "\n")
        header = strip_controls(headers[index])[0] or f"Spalte {index + 1}"
        value, removed = strip_controls(value)
        if removed and problems is not None:
            problems.append(Problem(row.number, header, f"Steuerzeichen entfernt: {removed}."))
        value = value.strip()
        if cm.normalise_header(header) in ("labels", "groupmembership"):
            # Google's own groups ("* myContacts") say nothing about the person
            value = " ::: ".join(p for p in value.split(" ::: ") if p.strip().casefold() not in SYSTEM_GROUPS)
        if not value or value in EMPTY_MARKERS:
            continue
        if value.count("?") >= 2 and not value.replace("?", "").strip(" ,.-") and problems is not None:
            problems.append(
                Problem(
                    row.number,
                    header,
                    f"„{value}“ besteht nur aus Fragezeichen – die Buchstaben gingen beim Speichern der Datei "
                    "verloren (z. B. arabische Schrift in einer Windows-1252-Datei); nicht übernommen.",
                )
            )
            continue
        if target == cm.IGNORE:
            continue
        if target == cm.NOTES_COLUMN:
            notes.append(f"{header}: {value}")
            continue
        if target == "phone_any":
            label_index = cm.phone_label_column(headers, index)
            label = row.values[label_index] if label_index is not None and label_index < len(row.values) else ""
            target = phone_kind(label)
        cells.setdefault(target, []).append(Cell(cm.column_priority(header), index, header, value))
    for values in cells.values():
        values.sort(key=lambda c: (c.priority, c.index))
    return cells


@dataclass
class RowConversion:
    """Converting one row: its cells by target, the record being filled, the problems found so far."""

    record: ContactRecord
    cells: dict[str, list[Cell]]
    problems: list[Problem]

    @classmethod
    def start(cls, headers: list[str], mapping: list[str], row: RawRow, problems: list[Problem]) -> RowConversion:
        record = ContactRecord(row=row.number)
        return cls(record, collect_cells(headers, mapping, row, record.notes, problems), problems)

    @property
    def number(self) -> int:
        return self.record.row

    def note(self, header: str, value: str) -> None:
        self.record.notes.append(f"{header}: {value}")

    def warn(self, header: str | None, message: str) -> None:
        self.problems.append(Problem(self.number, header, message))

    def all(self, target: str) -> list[Cell]:
        return self.cells.get(target, [])

    def take(self, target: str) -> Cell | None:
        """The best value for ``target``; other differing values of the same target go into the notes."""
        values = self.cells.get(target)
        if not values:
            return None
        best = values[0]
        for other in values[1:]:
            if not same_text(other.value, best.value):
                self.note(other.header, other.value)
        # Google puts several values into one cell: "a@x.de ::: b@y.de"
        if " ::: " in best.value and cm.normalise_header(best.header).endswith("value"):
            value, *rest = best.value.split(" ::: ")
            for extra in rest:
                self.note(best.header, extra)
            best = replace(best, value=value)
        return best

    def clip(self, header: str, value: str, limit: int | None) -> str:
        """``value`` cut to ``limit`` characters; the full text goes into the notes, with a warning."""
        if limit and len(value) > limit:
            self.warn(header, f"{len(value)} Zeichen, gekürzt auf {limit}; der volle Text steht in den Notizen.")
            self.note(f"{header} (vollständig)", value)
            value = value[:limit].rstrip()
        return value

    def put_text(self, key: str, header: str, value: str) -> None:
        self.record.fields[key] = self.clip(header, value, cm.TARGET_BY_KEY[key].max_length)

    def take_text(self, target: str) -> None:
        cell = self.take(target)
        if cell:
            self.put_text(target, cell.header, cell.value)
