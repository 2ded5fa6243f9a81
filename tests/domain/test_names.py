"""The one name model (kidesk.domain.names) on the labelled fixture pairs."""

from __future__ import annotations

import pytest

from kidesk.domain import names
from tests.name_fixtures import DIFFERENT, SAME


@pytest.mark.parametrize("first_a,last_a,first_b,last_b,why", SAME, ids=[p[4] for p in SAME])
def test_one_person_written_two_ways_matches(first_a, last_a, first_b, last_b, why):
    assert names.same_name(first_a, last_a, first_b, last_b), why


@pytest.mark.parametrize("first_a,last_a,first_b,last_b,why", DIFFERENT, ids=[p[4] for p in DIFFERENT])
def test_two_people_never_match(first_a, last_a, first_b, last_b, why):
    assert not names.same_name(first_a, last_a, first_b, last_b), why


def test_every_script_keeps_its_letters():
    assert names.fold("Тарас Бондаренко") == "тарас бондаренко"
    assert names.fold("فاطمة العلي") == "فاطمه العلی"
    assert names.fold("Weiß-Öztürk") == "weiss ozturk"
    assert names.words("Müller", umlauts_as_digraphs=True) == ["mueller"]


def test_an_empty_comparison_form_is_unknown_never_equal():
    assert names.name_keys("\u200f", "\u200e") == frozenset()
    assert names.name_keys("Anna", "\u200c") == frozenset()  # a written part of only marks: unknown
    assert not names.same_part("", "")
    assert not names.same_name(None, None, None, None)


def test_particles_give_a_key_without_them_and_keep_one_with_them():
    assert names.part_forms("von Bülow") >= {"vonbulow", "bulow"}
    assert names.part_forms("Ben") == {"ben"}  # a name that is only a particle stays itself


def test_invisible_marks_are_stripped_for_comparing_only():
    assert names.strip_invisible("\u200fعلی\u200c") == "علی"


@pytest.mark.parametrize("text", ["—", "-", "n/a", "k.A.", "?", " – ", "K. A."])
def test_placeholders(text):
    assert names.is_placeholder(text)


@pytest.mark.parametrize("text", ["Anna", "0", "?ükrü", "A."])
def test_not_placeholders(text):
    assert not names.is_placeholder(text)
