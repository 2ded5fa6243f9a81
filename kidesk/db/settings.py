"""Typed access to the ``settings`` table (values stored as JSON).

These settings travel with the data (a second workstation on the same database sees
them). Per-workstation preferences — window geometry, last tab — live in QSettings.

Known keys are the constants below; add new ones here, with their default, so there is one list.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from kidesk.db.models import Setting

OWN_ORGANISATION_ID = "own_organisation_id"  # int: the Organisation row that is "us" (letterhead, logo)
LETTER_SENDER_CONTACT_ID = "letter_sender_contact_id"  # int: staff Contact named as sender/contact person
#: + user name (kidesk's audit user: the OS user or the name set on a shared PC) -> int: that user's own
#: letter sender, used before the office-wide one (issue 14: each colleague signs her own letters)
USER_LETTER_SENDER_PREFIX = "letter_sender_contact_id.user."
DEFAULT_CARD_TEMPLATE = "print.default_card_template"  # "C32011" | "32015" | "a4-cropmarks"
DEFAULT_LABEL_TEMPLATE = "print.default_label_template"  # "3474" | "3475" | "3477"
CALIBRATION_PREFIX = "print.calibration."  # + template id -> {"x_mm": float, "y_mm": float}

DEFAULTS: dict[str, Any] = {
    DEFAULT_CARD_TEMPLATE: "C32011",
    DEFAULT_LABEL_TEMPLATE: "3475",
}


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key, default) if default is None else default
    return json.loads(row.value)


def put(session: Session, key: str, value: Any) -> None:
    """Set (or with ``None`` remove) a setting, inside the caller's transaction."""
    row = session.get(Setting, key)
    if value is None:
        if row is not None:
            session.delete(row)
        return
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def calibration(session: Session, template: str) -> tuple[float, float]:
    """Printer calibration offset (x, y) in millimetres for a sheet template; (0, 0) if unset."""
    value = get(session, CALIBRATION_PREFIX + template) or {}
    return float(value.get("x_mm", 0.0)), float(value.get("y_mm", 0.0))


def set_calibration(session: Session, template: str, x_mm: float, y_mm: float) -> None:
    put(session, CALIBRATION_PREFIX + template, {"x_mm": float(x_mm), "y_mm": float(y_mm)})


def user_letter_sender_key(user: str) -> str:
    return USER_LETTER_SENDER_PREFIX + user.strip().casefold()
