"""The office's shared settings as the UI reads and writes them (no Qt).

What travels with the data — our own organisation, the letter sender (office-wide, and each
user's own choice under her kidesk user name), the default sheet
templates, the printer calibration per template — is stored in the ``settings`` table
(:mod:`kidesk.db.settings` knows the keys and their defaults). These functions own the
transaction; per-workstation preferences (language, window geometry) stay in QSettings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kidesk.db import audit
from kidesk.db import settings as db_settings
from kidesk.db.database import Database


@dataclass(frozen=True)
class OfficeSettings:
    own_organisation_id: int | None = None
    letter_sender_contact_id: int | None = None
    #: the working user's own letter sender (None: the office-wide one); see ``user``
    my_letter_sender_contact_id: int | None = None
    #: whose ``my_letter_sender_contact_id`` it is: kidesk's user name (OS user or the name set on a shared PC)
    user: str = ""
    default_card_template: str = db_settings.DEFAULTS[db_settings.DEFAULT_CARD_TEMPLATE]
    default_label_template: str = db_settings.DEFAULTS[db_settings.DEFAULT_LABEL_TEMPLATE]
    #: printer offset (x, y) in millimetres by sheet template id
    calibration: Mapping[str, tuple[float, float]] = field(default_factory=dict)


def load_settings(db: Database, templates: Iterable[str] = ()) -> OfficeSettings:
    """The stored settings, with the calibration of each of ``templates`` ((0, 0) if unset)."""
    user = audit.current_actor()
    with db.session() as session:
        return OfficeSettings(
            own_organisation_id=db_settings.get(session, db_settings.OWN_ORGANISATION_ID),
            letter_sender_contact_id=db_settings.get(session, db_settings.LETTER_SENDER_CONTACT_ID),
            my_letter_sender_contact_id=db_settings.get(session, db_settings.user_letter_sender_key(user)),
            user=user,
            default_card_template=db_settings.get(session, db_settings.DEFAULT_CARD_TEMPLATE),
            default_label_template=db_settings.get(session, db_settings.DEFAULT_LABEL_TEMPLATE),
            calibration={code: db_settings.calibration(session, code) for code in templates},
        )


def save_settings(db: Database, settings: OfficeSettings) -> None:
    """Write every setting in one transaction; a calibration is written only where it changed."""
    with db.session() as session:
        for key, value in (
            (db_settings.OWN_ORGANISATION_ID, settings.own_organisation_id),
            (db_settings.LETTER_SENDER_CONTACT_ID, settings.letter_sender_contact_id),
            (
                db_settings.user_letter_sender_key(settings.user or audit.current_actor()),
                settings.my_letter_sender_contact_id,
            ),
            (db_settings.DEFAULT_CARD_TEMPLATE, settings.default_card_template),
            (db_settings.DEFAULT_LABEL_TEMPLATE, settings.default_label_template),
        ):
            if value != db_settings.get(session, key):  # a save that changes nothing writes nothing
                db_settings.put(session, key, value)
        for code, (x, y) in settings.calibration.items():
            if (x, y) != db_settings.calibration(session, code):
                db_settings.set_calibration(session, code, x, y)


def set_calibration(db: Database, template: str, x_mm: float, y_mm: float) -> None:
    with db.session() as session:
        db_settings.set_calibration(session, template, x_mm, y_mm)


def default_card_template(db: Database) -> str:
    with db.session() as session:
        return db_settings.get(session, db_settings.DEFAULT_CARD_TEMPLATE)


def default_label_template(db: Database) -> str:
    with db.session() as session:
        return db_settings.get(session, db_settings.DEFAULT_LABEL_TEMPLATE)


def cards_per_sheet(db: Database, template: str | None = None) -> int:
    """How many business cards the (default) card sheet holds: the GUI's start-position range."""
    from kidesk.pdf.sheets import template_by_id

    return template_by_id(template or default_card_template(db), "card").per_page
