import datetime as dt
from dataclasses import dataclass

from kidesk.domain.affiliations import primary_affiliation, primary_organisation_name


@dataclass
class Org:
    name: str


@dataclass
class Aff:
    id: int
    organisation: Org
    is_primary: bool = False
    valid_to: dt.date | None = None


TODAY = dt.date(2026, 12, 3)


def test_primary_flag_wins_over_lower_id():
    affs = [Aff(1, Org("Alpha")), Aff(2, Org("Zeta"), is_primary=True)]
    assert primary_organisation_name(affs, TODAY) == "Zeta"


def test_ended_affiliation_gives_way_to_a_current_one():
    affs = [Aff(1, Org("Alt"), is_primary=True, valid_to=dt.date(2020, 1, 1)), Aff(2, Org("Neu"))]
    assert primary_organisation_name(affs, TODAY) == "Neu"


def test_only_ended_affiliations_still_name_one():
    affs = [Aff(3, Org("B"), valid_to=dt.date(2020, 1, 1)), Aff(2, Org("A"), valid_to=dt.date(2019, 1, 1))]
    assert primary_organisation_name(affs, TODAY) == "A"


def test_none():
    assert primary_affiliation([], TODAY) is None
    assert primary_organisation_name([], TODAY) == ""
