"""Field rules shared by the editors, the import and the CLI."""

from __future__ import annotations

import pytest

from kidesk.services.validation import (
    contact_problems,
    email_problem,
    email_warning,
    organisation_problems,
    phone_problem,
    postcode_problem,
)


@pytest.mark.parametrize(
    "number",
    ["05221/13-1180", "05221 131180", "0171 1234567", "+49 5221 13-1180", "(05223) 1234-0", "0049 5221 131180", ""],
)
def test_german_phone_formats_pass(number):
    assert phone_problem(number) is None


@pytest.mark.parametrize(
    "number,fragment",
    [
        ("0522x", "unerlaubte Zeichen"),
        ("12345", "ungültig"),
        ("05221/13-1180 Durchwahl", "unerlaubte Zeichen"),
        ("/-", "keine Telefonnummer"),
    ],
)
def test_bad_phone_numbers_say_why(number, fragment):
    assert fragment in phone_problem(number)


def test_email():
    assert email_problem("p.wagner@kreis-herford.de") is None
    assert email_problem("müller@caritas-herford.de") is None
    assert email_problem(None) is None
    assert "Vor und nach dem @" in email_problem("wagner@")
    assert email_problem("wagner@kreis") is None  # an intranet address is an address …
    assert "Intranet" in email_warning("wagner@kreis")  # … that gets a hint, not a refusal
    for reserved in ("a@b.invalid", "x@host.local", "t@example.test"):
        assert email_problem(reserved) is None and "reservierten Domain" in email_warning(reserved)
    assert "genau ein @" in email_problem("a@@b.de")
    assert "name@kreis-herford.de" in email_problem("wagner")


def test_postcodes_by_country():
    assert postcode_problem("32052") is None
    assert "fünf Ziffern" in postcode_problem("3205")
    assert "fünf Ziffern" in postcode_problem("32O52")
    assert postcode_problem("1010", "AT") is None
    assert postcode_problem("1234 AB", "NL") is None
    assert postcode_problem("SW1A 1AA", "GB") is None  # unknown rule: only the length counts


def test_contact_problems_collects_every_field():
    problems = contact_problems({"last_name": " ", "email": "x@", "phone": "abc", "postcode": "1", "country": "DE"})
    assert set(problems) == {"last_name", "email", "phone", "postcode"}
    assert contact_problems({"last_name": "Yılmaz", "country": "DE"}) == {}


def test_organisation_problems():
    assert set(organisation_problems({"name": "", "fax": "x", "country": "Deutschland"})) == {"name", "fax", "country"}
