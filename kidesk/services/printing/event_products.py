"""The paperwork of one event: name badges, flyer, attendance list."""

from __future__ import annotations

from kidesk.db.database import Database
from kidesk.domain.affiliations import primary_organisation_name
from kidesk.errors import ValidationError
from kidesk.pdf.attendance_list import render_attendance_list
from kidesk.pdf.event_flyer import render_flyer
from kidesk.pdf.name_badges import render_badges
from kidesk.pdf.records import AttendanceRow, Badge
from kidesk.services.printing.loading import ATTENDING_STATUSES, SPEAKER_ROLE, load_event, participants
from kidesk.services.printing.records import event_details


def print_badges(db: Database, *, event_id: int, layout: str = "a4-4up") -> bytes:
    with db.session() as session:
        event = load_event(session, event_id)
        attending = participants(event, ATTENDING_STATUSES, "Namensschilder")
        badges = [
            Badge(
                p.contact.full_name,
                primary_organisation_name(p.contact.affiliations),
                "Referent/in" if p.role == SPEAKER_ROLE else "",
            )
            for p in attending
        ]
        title = event.title
    return render_badges(title, badges, layout=layout)


def flyer_designs() -> dict[str, str]:
    """The flyer designs to choose from (code → German label) and the sizes, for the window."""
    from kidesk.pdf.event_flyer import FLYER_DESIGNS

    return dict(FLYER_DESIGNS)


def print_flyer(db: Database, *, event_id: int, size: str = "A4", design: str = "klar", bleed: bool = False) -> bytes:
    """``design``: one of :data:`kidesk.pdf.event_flyer.FLYER_DESIGNS`; ``bleed``: a print-shop
    file with 3 mm bleed and crop marks instead of the office printer's safe margin."""
    with db.session() as session:
        event = load_event(session, event_id)
        details = event_details(session, event)
    return render_flyer(details, size=size, design=design, bleed=bleed)


def print_attendance(db: Database, *, event_id: int, blank_rows: int = 5) -> bytes:
    if blank_rows < 0:
        raise ValidationError("Die Zahl der Leerzeilen darf nicht negativ sein.", field="blank_rows")
    with db.session() as session:
        event = load_event(session, event_id)
        attending = participants(event, ATTENDING_STATUSES, "die Teilnehmerliste")
        rows = [
            AttendanceRow(
                p.contact.sort_name if not p.contact.title else f"{p.contact.sort_name}, {p.contact.title}",
                primary_organisation_name(p.contact.affiliations),
            )
            for p in attending
        ]
        details = event_details(session, event)
    return render_attendance_list(details, rows, blank_rows=blank_rows)
