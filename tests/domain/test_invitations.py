"""Who gets an invitation letter, on plain data (no database)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kidesk.db import vocab
from kidesk.domain.invitations import LETTER_STATUSES, gets_invitation_letter, gets_invitation_mail, letter_recipients


@dataclass(frozen=True)
class Row:
    name: str
    role: str
    status: str


@pytest.mark.parametrize(
    ("role", "status", "expected"),
    [
        ("guest", "invited", True),
        ("guest", "registered", True),
        ("guest", "waitlisted", True),
        ("guest", "attended", True),  # reprinted after the event as proof for the funder
        ("helper", "invited", True),  # helpers need date, place and programme too
        ("helper", "attended", True),
        ("speaker", "registered", False),  # written to personally
        ("speaker", "invited", False),
        ("guest", "declined", False),
        ("guest", "cancelled", False),
        ("guest", "no_show", False),
        ("helper", "declined", False),
    ],
)
def test_the_rule_by_role_and_status(role, status, expected):
    assert gets_invitation_letter(role, status) is expected


def test_every_known_status_and_role_has_an_answer_and_only_known_statuses_get_letters():
    assert set(LETTER_STATUSES) <= set(vocab.PARTICIPATION_STATUSES)
    answers = {
        (r, s): gets_invitation_letter(r, s) for r in vocab.PARTICIPANT_ROLES for s in vocab.PARTICIPATION_STATUSES
    }
    assert sum(answers.values()) == 2 * len(LETTER_STATUSES)  # guests and helpers, never speakers


def test_recipients_keep_the_given_order_and_drop_the_others():
    rows = [
        Row("Schwenk", "speaker", "registered"),
        Row("Yılmaz", "guest", "registered"),
        Row("Petrova", "guest", "declined"),
        Row("Meyer", "helper", "invited"),
        Row("Müller", "guest", "attended"),
    ]
    assert [r.name for r in letter_recipients(rows)] == ["Yılmaz", "Meyer", "Müller"]
    assert letter_recipients([]) == []


def test_whoever_gets_the_mail_would_get_a_letter_and_attended_people_get_no_mail():
    for role in vocab.PARTICIPANT_ROLES:
        for status in vocab.PARTICIPATION_STATUSES:
            if gets_invitation_mail(role, status):
                assert gets_invitation_letter(role, status)
    assert gets_invitation_mail("helper", "invited") and gets_invitation_mail("guest", "waitlisted")
    assert not gets_invitation_mail("guest", "attended")
    assert not gets_invitation_mail("speaker", "invited")
