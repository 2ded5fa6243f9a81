"""Consent of a volunteer: may a photo be taken, may the details go to partner organisations.

The rule, written once: a purpose counts only when its box is ticked **and** the day the
consent was given is recorded — a ticked box without a date is no consent. A contact
without volunteer profile (partner staff, guests) is not restricted by this rule.

The field names below are the ones of :class:`kidesk.db.models.Volunteer` and of the
services' dataclasses; the SQL filter in :mod:`kidesk.services.volunteers.privacy` is built
from these same names, so the Python check and the database query cannot drift apart.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

#: the day the consent was given; without it no purpose counts
CONSENT_DATE_FIELD = "consent_given_on"
#: the purpose "pass my details to partner organisations"
SHARE_WITH_PARTNERS_FIELD = "consent_share_with_partners"
#: the purpose "photos may be taken and published"
PHOTOS_FIELD = "consent_photos"
#: the purpose "newsletter"
NEWSLETTER_FIELD = "consent_newsletter"

PURPOSE_FIELDS = (PHOTOS_FIELD, NEWSLETTER_FIELD, SHARE_WITH_PARTNERS_FIELD)


def has_consent(record: Any, purpose_field: str) -> bool:
    """True when ``record`` (anything with the consent fields) consented to the purpose."""
    return bool(getattr(record, purpose_field)) and getattr(record, CONSENT_DATE_FIELD) is not None


def may_share_with_partners(volunteer: Any | None) -> bool:
    """True when details of this person may be passed to partner organisations.

    ``None`` (a contact without volunteer profile) is not restricted here; a volunteer
    needs the purpose *and* a consent date.
    """
    if volunteer is None:
        return True
    return has_consent(volunteer, SHARE_WITH_PARTNERS_FIELD)


def photo_consent_missing(volunteer: Any) -> bool:
    """True when no photo may be taken or published of this volunteer (shown as a marker)."""
    return not has_consent(volunteer, PHOTOS_FIELD)


def purpose_without_date(profile: Any) -> bool:
    """A purpose is ticked but the consent date is missing (the editor refuses to save that)."""
    return any(getattr(profile, name) for name in PURPOSE_FIELDS) and getattr(profile, CONSENT_DATE_FIELD) is None


# -- consent per purpose (issue 13) ------------------------------------------------------------------------
# Every contact can give or refuse consent per purpose; each consent has a day, a way (written,
# oral, e-mail) and perhaps a withdrawal day, and a new consent is a new record (the history).
# A consent counts when the latest one for the purpose is neither withdrawn nor older than the
# configured validity (default 24 months, the volunteers' renewal setting).


DEFAULT_VALIDITY_MONTHS = 24

#: (code, German label) of the purposes kidesk knows out of the box; the list is a setting
DEFAULT_PURPOSES: tuple[tuple[str, str], ...] = (
    ("photos", "Fotos aufnehmen und veröffentlichen"),
    ("newsletter", "Newsletter per E-Mail"),
    ("partners", "Weitergabe der Kontaktdaten an Partnerorganisationen"),
    ("publish_name", "Namen auf Listen veröffentlichen (z. B. Teilnehmerlisten)"),
)
PARTNERS = "partners"
NEWSLETTER = "newsletter"
PUBLISH_NAME = "publish_name"
PHOTOS = "photos"


@dataclass(frozen=True)
class ConsentRecord:
    purpose: str
    given_on: _dt.date
    method: str = "written"
    withdrawn_on: _dt.date | None = None


@dataclass(frozen=True)
class ConsentDecision:
    allowed: bool
    reason: str  # German, e.g. "widerrufen am 01.02.2026"; empty when allowed without remark


def add_months(day: _dt.date, months: int) -> _dt.date:
    """``day`` plus ``months`` calendar months (the 31st becomes the month's last day)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return _dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


def _de(day: _dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def latest(records: Iterable[ConsentRecord], purpose: str) -> ConsentRecord | None:
    """The consent that counts for ``purpose``: the one given last."""
    found = [r for r in records if r.purpose == purpose]
    return max(found, key=lambda r: r.given_on) if found else None


def decide(
    records: Sequence[ConsentRecord], purpose: str, today: _dt.date, validity_months: int = DEFAULT_VALIDITY_MONTHS
) -> ConsentDecision:
    """Does a consent to ``purpose`` count today? With the reason when it does not."""
    record = latest(records, purpose)
    if record is None:
        return ConsentDecision(False, "keine Einwilligung")
    if record.withdrawn_on is not None and record.withdrawn_on <= today:
        return ConsentDecision(False, f"Einwilligung widerrufen am {_de(record.withdrawn_on)}")
    expires = add_months(record.given_on, validity_months)
    if expires <= today:
        return ConsentDecision(False, f"Einwilligung abgelaufen am {_de(expires)} (erteilt am {_de(record.given_on)})")
    return ConsentDecision(True, "")


def decide_for_list(
    records: Sequence[ConsentRecord],
    purpose: str,
    *,
    consent_required: bool,
    today: _dt.date,
    validity_months: int = DEFAULT_VALIDITY_MONTHS,
) -> ConsentDecision:
    """May a person appear on a list that needs ``purpose``?

    Whoever was asked is judged by their answer: a withdrawn or expired consent leaves them out
    at once. Whoever was never asked is left out only when the list needs consent from everyone
    (``consent_required``: volunteers for partner lists, everybody for a newsletter); partner
    staff's business details go to partners without consent (public task, Art. 6 (1) e DSGVO).
    """
    if latest(records, purpose) is None and not consent_required:
        return ConsentDecision(True, "")
    return decide(records, purpose, today, validity_months)
