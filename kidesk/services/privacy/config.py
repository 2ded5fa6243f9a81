"""The configured privacy settings: purposes of consent, validity, retention rules.

Stored as settings with the data (a backup carries them). Defaults are written here once; the
settings only hold what an office changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from kidesk.db import settings
from kidesk.db.database import Database
from kidesk.domain.consent import DEFAULT_PURPOSES
from kidesk.errors import ValidationError
from kidesk.services.volunteers.settings_rules import CONSENT_MAX_AGE_MONTHS_KEY, consent_max_age_months

PURPOSES_KEY = "privacy.purposes"  # list of [code, label]
RETENTION_KEY = "privacy.retention_months"  # {rule code: months}

__all__ = [
    "Purpose",
    "RetentionRule",
    "purposes",
    "retention_rules",
    "set_purposes",
    "set_retention_months",
    "set_validity_months",
    "validity_months",
]


@dataclass(frozen=True)
class Purpose:
    code: str
    label: str


@dataclass(frozen=True)
class RetentionRule:
    code: str
    label: str  # what is reviewed
    category: str  # the data category in the record of processing activities
    months: int
    basis: str  # why it is kept that long (German)


#: code, label, category, default months, reason
_RETENTION_DEFAULTS: tuple[tuple[str, str, str, int, str], ...] = (
    (
        "police_certificate",
        "Daten zum erweiterten Führungszeugnis nach Ende der Tätigkeit",
        "Führungszeugnis (Einsichtnahme, Ausstellungsdatum)",
        3,
        "§ 72a Abs. 5 SGB VIII: spätestens drei Monate nach Ende der Tätigkeit löschen",
    ),
    (
        "inactive_volunteer",
        "Ehrenamtliche, die seit Ende ihrer Tätigkeit inaktiv sind",
        "Ehrenamtsprofil, Stunden, Nachweise",
        36,
        "Nachweise über Engagement (Bescheinigungen) bis drei Jahre nach Ende",
    ),
    (
        "unlinked_contact",
        "Kontakte ohne Organisation, Veranstaltung oder Ehrenamt",
        "Kontaktdaten",
        60,
        "Netzwerkarbeit: Kontakte bleiben, solange sie genutzt werden; fünf Jahre ohne Bezug",
    ),
    (
        "expired_consent",
        "Einwilligungen, die abgelaufen oder widerrufen sind",
        "Einwilligungen",
        36,
        "Nachweis der Einwilligung (Art. 7 Abs. 1 DSGVO) bis zur Verjährung (drei Jahre)",
    ),
    (
        "audit_of_deleted",
        "Verlauf gelöschter Datensätze",
        "Änderungsprotokoll",
        12,
        "Nachvollziehbarkeit von Löschungen (Art. 5 Abs. 2 DSGVO), danach ohne Zweck",
    ),
)


def purposes_in(session: Session) -> list[Purpose]:
    stored = settings.get(session, PURPOSES_KEY)
    pairs = stored if isinstance(stored, list) and stored else DEFAULT_PURPOSES
    return [Purpose(str(code), str(label)) for code, label in pairs]


def purposes(db: Database) -> list[Purpose]:
    """The purposes a consent can be given for (configurable; four by default)."""
    with db.session() as session:
        return purposes_in(session)


def set_purposes(db: Database, pairs: list[tuple[str, str]]) -> None:
    cleaned = []
    for code, label in pairs:
        code, label = code.strip(), label.strip()
        if not code or not label or len(code) > 40 or len(label) > 200:
            raise ValidationError("Jeder Zweck braucht ein Kürzel (bis 40 Zeichen) und eine Bezeichnung.")
        cleaned.append([code, label])
    if len({c for c, _l in cleaned}) != len(cleaned):
        raise ValidationError("Jedes Kürzel eines Zwecks darf nur einmal vorkommen.")
    with db.session() as session:
        settings.put(session, PURPOSES_KEY, cleaned)


def validity_months_in(session: Session) -> int:
    return consent_max_age_months(session)


def validity_months(db: Database) -> int:
    """How long a consent counts (months; the volunteers' renewal setting, default 24)."""
    with db.session() as session:
        return validity_months_in(session)


def set_validity_months(db: Database, months: int) -> None:
    if not 1 <= months <= 240:
        raise ValidationError("Die Gültigkeit einer Einwilligung muss zwischen 1 und 240 Monaten liegen.")
    with db.session() as session:
        settings.put(session, CONSENT_MAX_AGE_MONTHS_KEY, months)


def retention_rules_in(session: Session) -> list[RetentionRule]:
    stored = settings.get(session, RETENTION_KEY) or {}
    rules = []
    for code, label, category, months, basis in _RETENTION_DEFAULTS:
        value = stored.get(code, months) if isinstance(stored, dict) else months
        rules.append(RetentionRule(code, label, category, int(value) if isinstance(value, int) else months, basis))
    return rules


def retention_rules(db: Database) -> list[RetentionRule]:
    with db.session() as session:
        return retention_rules_in(session)


def set_retention_months(db: Database, code: str, months: int) -> None:
    known = {c for c, *_rest in _RETENTION_DEFAULTS}
    if code not in known:
        raise ValidationError(f"Eine Aufbewahrungsregel „{code}“ gibt es nicht. Möglich: {', '.join(sorted(known))}.")
    if not 0 <= months <= 600:
        raise ValidationError("Die Aufbewahrungsfrist muss zwischen 0 und 600 Monaten liegen.")
    with db.session() as session:
        stored = settings.get(session, RETENTION_KEY) or {}
        stored = dict(stored) if isinstance(stored, dict) else {}
        stored[code] = months
        settings.put(session, RETENTION_KEY, stored)
