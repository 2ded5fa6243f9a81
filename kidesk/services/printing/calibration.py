"""The calibration sheet: where a printer puts a card or label template, to measure the offset."""

from __future__ import annotations

from kidesk.db import settings
from kidesk.db.database import Database
from kidesk.pdf.sheets import render_calibration_sheet, template_by_id


def print_calibration_sheet(db: Database, *, template: str, offset: tuple[float, float] | None = None) -> bytes:
    """The sheet with the stored offset, or with ``offset`` (not yet stored: the settings dialog's try-out)."""
    sheet = template_by_id(template)
    if offset is None:
        with db.session() as session:
            offset = settings.calibration(session, sheet.id)
    return render_calibration_sheet(sheet, offset)
