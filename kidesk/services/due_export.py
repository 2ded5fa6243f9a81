"""The volunteers' due list as a CSV file (issue 14, obs. 11).

Outside :mod:`kidesk.services.volunteers` because it uses the export's formula guard, and
the contact export itself imports the volunteers package.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from kidesk.db.database import Database
from kidesk.domain.dates import format_date
from kidesk.services import output_files
from kidesk.services.contact_export import neutralise_formula
from kidesk.services.volunteers.due import DueItem, due_items


def due_list_csv(items: list[DueItem], today: dt.date | None = None) -> bytes:
    """The due list as CSV for a spreadsheet (semicolons, UTF-8 with BOM, formulas neutralised)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Art", "Person", "Was ist fällig", "Datum", "Überfällig", "Hinweis"])
    for item in items:
        writer.writerow(
            [
                item.kind_label,
                neutralise_formula(item.person),
                item.what(today),
                format_date(item.due_on),
                "ja" if item.overdue else "",
                neutralise_formula(item.detail),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export_due_list(
    db: Database, path: str, *, weeks: int = 8, kind: str | None = None, today: dt.date | None = None
) -> int:
    """Write the due list (as :func:`due_items` finds it, optionally one kind) to a CSV file
    through the safe output path; returns the number of rows."""
    items = [i for i in due_items(db, weeks=weeks, today=today) if kind is None or i.kind == kind]
    output_files.write_bytes(path, due_list_csv(items, today))
    return len(items)
