"""Vocabulary, office settings and calendar arithmetic the volunteer services share.

Rules that an office may want to change live in the ``settings`` table (keys below, typed
access through :mod:`kidesk.db.settings`), with defaults here:

* :data:`EHRENAMTSKARTE_RULE_KEY` — the NRW *Ehrenamtskarte* criteria (see :mod:`.ehrenamtskarte`),
* :data:`CONSENT_MAX_AGE_MONTHS_KEY` — after how many months a consent should be renewed,
* :data:`POLICE_CERTIFICATE_VALID_YEARS_KEY` — when an inspected police certificate is due again,
* :data:`INACTIVITY_MONTHS_KEY` — after how many months without hours or attended events a
  volunteer is listed as a candidate for "still active?".

Dates: "add N years/months" clamps to the end of the month — 29.02.2020 + 5 years is
28.02.2025, 31.08. + 6 months is 28./29.02. (:func:`add_months`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from kidesk.db import settings, vocab
from kidesk.db.database import Database
from kidesk.domain.plurals import format_number
from kidesk.errors import ValidationError

#: The towns of Kreis Herford (the demo's municipalities); the field stays free text.
MUNICIPALITIES = (
    "Bünde",
    "Enger",
    "Herford",
    "Hiddenhausen",
    "Kirchlengern",
    "Löhne",
    "Rödinghausen",
    "Spenge",
    "Vlotho",
)

#: Suggested engagement areas; users may type others (the one list: kidesk.db.vocab).
ENGAGEMENT_AREAS = vocab.ENGAGEMENT_AREAS

#: Suggested languages; users may type others (the one list: kidesk.db.vocab).
LANGUAGES = vocab.LANGUAGES

LANGUAGE_LEVEL_LABELS = {
    "A1": "A1",
    "A2": "A2",
    "B1": "B1",
    "B2": "B2",
    "C1": "C1",
    "C2": "C2",
    "native": "Muttersprache",
}

EHRENAMTSKARTE_RULE_KEY = "volunteers.ehrenamtskarte_rule"  # dict, see EhrenamtskarteRule
CONSENT_MAX_AGE_MONTHS_KEY = "volunteers.consent_max_age_months"  # int, default 24
POLICE_CERTIFICATE_VALID_YEARS_KEY = "volunteers.police_certificate_valid_years"  # int, default 5
INACTIVITY_MONTHS_KEY = "volunteers.inactivity_months"  # int, default 12

DEFAULT_CONSENT_MAX_AGE_MONTHS = 24
DEFAULT_POLICE_CERTIFICATE_VALID_YEARS = 5
DEFAULT_INACTIVITY_MONTHS = 12

MAX_HOURS_PER_DAY = Decimal(24)
EARLIEST_HOURS_DATE = dt.date(2000, 1, 1)


def _int_setting(session: Session, key: str, default: int) -> int:
    value = settings.get(session, key)
    try:
        return int(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def consent_max_age_months(session: Session) -> int:
    return _int_setting(session, CONSENT_MAX_AGE_MONTHS_KEY, DEFAULT_CONSENT_MAX_AGE_MONTHS)


def police_certificate_valid_years(session: Session) -> int:
    return _int_setting(session, POLICE_CERTIFICATE_VALID_YEARS_KEY, DEFAULT_POLICE_CERTIFICATE_VALID_YEARS)


def inactivity_months(session: Session) -> int:
    return _int_setting(session, INACTIVITY_MONTHS_KEY, DEFAULT_INACTIVITY_MONTHS)


@dataclass(frozen=True)
class RulePeriods:
    """The three periods an office sets in the settings dialog (issue 19)."""

    consent_max_age_months: int = DEFAULT_CONSENT_MAX_AGE_MONTHS
    police_certificate_valid_years: int = DEFAULT_POLICE_CERTIFICATE_VALID_YEARS
    inactivity_months: int = DEFAULT_INACTIVITY_MONTHS


PERIOD_LIMITS = {
    "consent_max_age_months": (1, 120),
    "police_certificate_valid_years": (1, 10),
    "inactivity_months": (1, 60),
}


def load_rule_periods(db: Database) -> RulePeriods:
    with db.session() as session:
        return RulePeriods(
            consent_max_age_months(session), police_certificate_valid_years(session), inactivity_months(session)
        )


def save_rule_periods(db: Database, periods: RulePeriods) -> None:
    for name, (low, high) in PERIOD_LIMITS.items():
        value = getattr(periods, name)
        if not low <= value <= high:
            raise ValidationError(f"Die Frist muss zwischen {low} und {high} liegen (eingegeben: {value}).", field=name)
    with db.session() as session:
        for key, value, current in (
            (CONSENT_MAX_AGE_MONTHS_KEY, periods.consent_max_age_months, consent_max_age_months(session)),
            (
                POLICE_CERTIFICATE_VALID_YEARS_KEY,
                periods.police_certificate_valid_years,
                police_certificate_valid_years(session),
            ),
            (INACTIVITY_MONTHS_KEY, periods.inactivity_months, inactivity_months(session)),
        ):
            if value != current:  # a save that changes nothing writes nothing
                settings.put(session, key, value)


# --- calendar arithmetic -----------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the last day of the target month.

    31.01.2025 + 1 month → 28.02.2025; 31.01.2024 + 1 month → 29.02.2024;
    negative ``months`` go back the same way.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    if month == 12:
        last = 31
    else:
        last = (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` plus ``years`` years; 29 February becomes 28 February in a common year."""
    return add_months(day, 12 * years)


# --- small text helpers ------------------------------------------------------------------------


def clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def format_hours(value: Decimal | float | int) -> str:
    """German notation without trailing zeros: 2,5 / 12 / 0,75 (:func:`kidesk.domain.plurals.format_number`)."""
    return format_number(value)


def money(value: object) -> Decimal:
    """A sum from the database as hours with two decimals."""
    return Decimal(str(value)).quantize(Decimal("0.01"))
