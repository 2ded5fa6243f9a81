"""Single values as the office's files spell them (kidesk.services.contact_import.values)."""

from __future__ import annotations

import pytest

from kidesk.services.contact_import.values import (
    check_email,
    country_code,
    language_with_level,
    parse_bool,
    phone_kind,
    split_list,
    volunteer_status,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Deutschland", "DE"),
        ("D", "DE"),
        ("Türkiye", "TR"),
        ("tuerkei", "TR"),
        ("Vereinigtes Königreich", "GB"),
        ("ua", "UA"),
        ("Україна", "UA"),  # pycountry's Ukrainian names
        ("Absurdistan", None),
        ("=HYPERLINK(1)", None),
        ("<b>&", None),
    ],
)
def test_country_code(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("text", "value"), [("ja", True), (" X ", True), ("✓", True), ("nein", False), ("-", False), ("vielleicht", None)]
)
def test_parse_bool(text, value):
    assert parse_bool(text) is value


def test_check_email_keeps_the_address_as_written_without_mailto():
    assert check_email(" MAILTO:Ayse.Yilmaz@AWO-Herford.de ") == "Ayse.Yilmaz@AWO-Herford.de"
    assert check_email('=HYPERLINK("mailto:x@y.de")') is None
    assert check_email("<b>&@example.org") is None


@pytest.mark.parametrize(
    ("label", "kind"),
    [("Mobile", "mobile"), ("Handy", "mobile"), ("Fax geschäftlich", "fax"), ("Work", "phone"), ("", "phone")],
)
def test_phone_kind(label, kind):
    assert phone_kind(label) == kind


def test_volunteer_status_by_code_or_german_label():
    assert volunteer_status("aktiv") == "active"
    assert volunteer_status(" Paused ") == "paused"
    assert volunteer_status("im Urlaub") is None


def test_lists_and_language_levels():
    assert split_list("Sprachcafé; Begleitung,\n\n Hausaufgaben ,") == ["Sprachcafé", "Begleitung", "Hausaufgaben"]
    assert language_with_level("Türkisch (c1)") == ("Türkisch", "C1")
    assert language_with_level("فارسی (Muttersprache)") == ("فارسی", "native")
    assert language_with_level("Русский") == ("Русский", None)
    assert language_with_level("Deutsch (gut)") == ("Deutsch (gut)", None)  # no known level: all of it is the language
