"""The invitation letter's text: read, change, check and preview it (issue 14, obs. 15).

The text lives in the setting the print service reads (:data:`INVITATION_BODY_SETTING`); the
placeholder rule is the print service's own (:func:`invitation_values` and :func:`fill_body`,
``string.Template`` syntax, the same as ``kidesk print invitations --body``), so the preview
is what the letter will say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kidesk.db import settings as db_settings
from kidesk.db.database import Database
from kidesk.db.models import Contact
from kidesk.services.printing.letters import (
    DEFAULT_INVITATION_BODY,
    INVITATION_BODY_SETTING,
    fill_body,
    invitation_values,
)
from kidesk.services.printing.loading import load_event
from kidesk.services.printing.records import event_details

#: every placeholder with what it stands for, in the order the editor lists them
PLACEHOLDERS: tuple[tuple[str, str], ...] = (
    ("titel", "Titel der Veranstaltung"),
    ("untertitel", "Untertitel"),
    ("reihe", "Titel der Reihe"),
    ("modul", "„2. Modul“"),
    ("datum", "Datum, ausgeschrieben"),
    ("uhrzeit", "Uhrzeit von–bis"),
    ("termin", "Datum und Uhrzeit"),
    ("ort", "Name des Veranstaltungsorts"),
    ("raum", "Raum"),
    ("adresse", "Straße, PLZ Ort"),
    ("ort_zeile", "Ort, Raum, Adresse in einer Zeile"),
    ("referenten", "Referent/innen"),
    ("mitveranstalter", "Partner"),
    ("anmeldeschluss", "Anmeldeschluss"),
    ("beschreibung", "Beschreibung"),
    ("vorname", "Vorname der Empfängerin / des Empfängers"),
    ("nachname", "Nachname"),
    ("modul_satz", "Satzteil „ – das 2. Modul der Reihe …“ (leer ohne Reihe)"),
    ("referenten_satz", "Satz „Als Referent/innen konnten wir … gewinnen.“"),
    ("mitveranstalter_satz", "Satz zu den Partnern"),
    ("anmeldung_satz", "Satz „Bitte melden Sie sich bis zum … an.“"),
)
_NAMES = frozenset(name for name, _ in PLACEHOLDERS)
_PATTERN = re.compile(r"\$(?:\{(\w+)\}|(\w+))")


@dataclass(frozen=True)
class InvitationText:
    text: str
    is_default: bool


def default_text() -> str:
    return DEFAULT_INVITATION_BODY


def load_invitation_text(db: Database) -> InvitationText:
    with db.session() as session:
        stored = db_settings.get(session, INVITATION_BODY_SETTING)
    return InvitationText(stored, False) if stored else InvitationText(DEFAULT_INVITATION_BODY, True)


def save_invitation_text(db: Database, text: str | None) -> InvitationText:
    """Store the office's text; empty or the built-in text removes the setting (the default applies)."""
    value = (text or "").replace("\r\n", "\n").strip("\n")
    keep = value if value.strip() and value != DEFAULT_INVITATION_BODY else None
    with db.session() as session:
        if keep != db_settings.get(session, INVITATION_BODY_SETTING):
            db_settings.put(session, INVITATION_BODY_SETTING, keep)
    return InvitationText(keep or DEFAULT_INVITATION_BODY, keep is None)


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders in ``text`` that the letter does not know (typos stay in the letter as written)."""
    found = [a or b for a, b in _PATTERN.findall(text.replace("$$", ""))]
    return sorted({name for name in found if name not in _NAMES})


def preview_invitation(db: Database, event_id: int, text: str, contact_id: int | None = None) -> list[str]:
    """The body paragraphs of the letter for ``event_id`` as ``text`` makes them, for one
    recipient (``contact_id``, or a sample person)."""
    with db.session() as session:
        event = load_event(session, event_id)
        details = event_details(session, event)
        contact = session.get(Contact, contact_id) if contact_id is not None else None
        if contact is None:
            contact = Contact(first_name="Erika", last_name="Mustermann")
        return fill_body(text or DEFAULT_INVITATION_BODY, invitation_values(event, details, contact))


__all__ = [
    "PLACEHOLDERS",
    "InvitationText",
    "default_text",
    "load_invitation_text",
    "preview_invitation",
    "save_invitation_text",
    "unknown_placeholders",
]
