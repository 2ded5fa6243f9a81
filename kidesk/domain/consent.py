"""Consent of a volunteer: may a photo be taken, may the details go to partner organisations.

The rule, written once: a purpose counts only when its box is ticked **and** the day the
consent was given is recorded — a ticked box without a date is no consent. A contact
without volunteer profile (partner staff, guests) is not restricted by this rule.

The field names below are the ones of :class:`kidesk.db.models.Volunteer` and of the
services' dataclasses; the SQL filter in :mod:`kidesk.services.volunteers.privacy` is built
from these same names, so the Python check and the database query cannot drift apart.
"""

from __future__ import annotations

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
