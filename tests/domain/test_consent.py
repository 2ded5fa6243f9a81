"""The consent rule on plain values (no database)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from kidesk.domain import consent


def volunteer(**fields):
    base = dict(
        consent_given_on=None, consent_photos=False, consent_newsletter=False, consent_share_with_partners=False
    )
    return SimpleNamespace(**{**base, **fields})


DAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    ("fields", "share", "photo_missing"),
    [
        ({}, False, True),
        ({"consent_share_with_partners": True}, False, True),  # a ticked box without a date is no consent
        ({"consent_given_on": DAY}, False, True),  # a date without the purpose neither
        ({"consent_given_on": DAY, "consent_share_with_partners": True}, True, True),
        ({"consent_given_on": DAY, "consent_photos": True}, False, False),
    ],
)
def test_purpose_needs_its_box_and_a_date(fields, share, photo_missing):
    v = volunteer(**fields)
    assert consent.may_share_with_partners(v) is share
    assert consent.photo_consent_missing(v) is photo_missing


def test_contact_without_profile_is_not_restricted():
    assert consent.may_share_with_partners(None)


def test_purpose_without_date_is_what_the_editor_refuses():
    assert consent.purpose_without_date(volunteer(consent_newsletter=True))
    assert not consent.purpose_without_date(volunteer(consent_newsletter=True, consent_given_on=DAY))
    assert not consent.purpose_without_date(volunteer())
