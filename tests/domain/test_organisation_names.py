"""Organisation names compared through the name model, without the legal form."""

from __future__ import annotations

import pytest

from kidesk.domain.organisation_names import organisation_forms, same_organisation, similar_organisation


@pytest.mark.parametrize(
    "a, b",
    [
        ("Frauentreff Bünde e.V.", "frauentreff buende eV"),
        ("Frauentreff Bünde e.V.", "FRAUENTREFF BÜNDE e. V."),
        ("Frauentreff Bünde e.V.", "Frauentreff Bünde"),
        ("Jugendhilfe Herford gGmbH", "Jugendhilfe Herford"),
        ("Türkisch-Islamische Gemeinde", "Turkisch Islamische Gemeinde"),
        ("انجمن\u200cفرهنگی", "انجمن فرهنگی"),
    ],
)
def test_spellings_of_one_organisation_are_the_same(a, b):
    assert same_organisation(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("AWO", "DRK"),
        ("Caritas Herford", "Caritas Bielefeld"),
        ("e.V.", "Frauentreff e.V."),
        ("", ""),
        ("<b>&</b>", "=SUM(A1)"),
    ],
)
def test_different_organisations_are_not_the_same(a, b):
    assert not same_organisation(a, b)


def test_near_matches_are_similar_but_not_the_same():
    assert similar_organisation("Frauentref Bünde", "Frauentreff Bünde e.V.")  # a typo
    assert similar_organisation("Caritasverband", "Caritasverband für die Stadt und den Kreis Herford e.V.")
    assert not similar_organisation("AWO", "Arbeiterwohlfahrt")
    assert organisation_forms("—") == frozenset()
