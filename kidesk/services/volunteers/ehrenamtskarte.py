"""The NRW *Ehrenamtskarte*: the stored criteria and the assessment of one volunteer."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kidesk.db import queries, settings
from kidesk.db.database import Database
from kidesk.db.models import Volunteer, VolunteerHours
from kidesk.errors import ValidationError
from kidesk.services.volunteers.settings_rules import EHRENAMTSKARTE_RULE_KEY, add_years, money

OFFICIAL_SOURCE = "Land NRW, Kriterien der Ehrenamtskarte NRW (Neuregelung 2026)"
OFFICIAL_AS_OF = "2026"
CHANGED_SOURCE = "vom Büro geänderte Regel"


def format_hours_plain(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


@dataclass(frozen=True)
class EhrenamtskarteRule:
    """The criteria for the NRW *Ehrenamtskarte* (volunteer card), as data.

    Default: the rule of the Land NRW as changed in 2026 (:data:`OFFICIAL_SOURCE`,
    :data:`OFFICIAL_AS_OF`; issue 14 observation 16): volunteering **200 hours a year or
    on average 4 hours a week** (before: 250 / 5), engagement for **at least two years**
    (**one year** for people under 20), the card is **valid for two years**; expense
    allowances up to the tax-free allowances no longer exclude anyone (not recorded here;
    staff check that by hand). Participating towns may add their own conditions and the
    Land may change the rule again — so it is stored as data, not code: save a changed
    rule with :func:`save_ehrenamtskarte_rule` (settings key ``EHRENAMTSKARTE_RULE_KEY``)
    and every assessment uses it; a rule changed by the office says so in ``source``.

    A year is met when the hours logged in it reach ``hours_per_year`` **or** their
    average per week reaches ``hours_per_week``. The rule is met when the volunteer has
    been active for ``min_years`` years (``Volunteer.active_since``; ``min_years_under_20``
    when the caller says the person is under 20 — kidesk records no birth dates) and each
    of those last twelve-month periods (ending on the assessment day) is met.
    """

    hours_per_week: Decimal = Decimal("4")
    hours_per_year: Decimal = Decimal("200")
    min_years: int = 2
    min_years_under_20: int = 1
    card_valid_years: int = 2
    source: str = OFFICIAL_SOURCE
    as_of: str = OFFICIAL_AS_OF

    def numbers(self) -> tuple:
        return (
            self.hours_per_week,
            self.hours_per_year,
            self.min_years,
            self.min_years_under_20,
            self.card_valid_years,
        )

    def source_line(self) -> str:
        """Where the rule comes from and since when — shown beside the assessment."""
        return (
            f"Regel: {format_hours_plain(self.hours_per_year)} Std. im Jahr oder durchschnittlich "
            f"{format_hours_plain(self.hours_per_week)} Std. je Woche, engagiert seit mindestens "
            f"{self.min_years} Jahren (unter 20: {self.min_years_under_20} Jahr), Karte gültig "
            f"{self.card_valid_years} Jahre. Quelle: {self.source}, Stand {self.as_of}."
        )

    def to_setting(self) -> dict:
        return {
            "hours_per_week": str(self.hours_per_week),
            "hours_per_year": str(self.hours_per_year),
            "min_years": self.min_years,
            "min_years_under_20": self.min_years_under_20,
            "card_valid_years": self.card_valid_years,
            "source": self.source,
            "as_of": self.as_of,
        }

    @classmethod
    def from_setting(cls, value: dict | None) -> EhrenamtskarteRule:
        if not value:
            return cls()
        default = cls()
        try:
            return cls(
                hours_per_week=Decimal(str(value.get("hours_per_week", default.hours_per_week))),
                hours_per_year=Decimal(str(value.get("hours_per_year", default.hours_per_year))),
                min_years=int(value.get("min_years", default.min_years)),
                min_years_under_20=int(value.get("min_years_under_20", default.min_years_under_20)),
                card_valid_years=int(value.get("card_valid_years", default.card_valid_years)),
                # a rule stored before the source was recorded is the office's own
                source=str(value.get("source", CHANGED_SOURCE)),
                as_of=str(value.get("as_of", "unbekannt")),
            )
        except (InvalidOperation, TypeError, ValueError):
            return default


@dataclass(frozen=True)
class EhrenamtskartePeriod:
    start: dt.date  # inclusive
    end: dt.date  # inclusive
    hours: Decimal
    hours_per_week: Decimal
    met: bool


@dataclass(frozen=True)
class EhrenamtskarteAssessment:
    """The data behind an Ehrenamtskarte application for one volunteer."""

    volunteer_id: int
    rule: EhrenamtskarteRule
    as_of: dt.date
    active_since: dt.date | None
    long_enough: bool
    periods: tuple[EhrenamtskartePeriod, ...]  # newest first
    meets_rule: bool


def rule_in(session: Session) -> EhrenamtskarteRule:
    return EhrenamtskarteRule.from_setting(settings.get(session, EHRENAMTSKARTE_RULE_KEY))


def ehrenamtskarte_rule(db: Database) -> EhrenamtskarteRule:
    with db.session() as session:
        return rule_in(session)


def save_ehrenamtskarte_rule(db: Database, rule: EhrenamtskarteRule) -> None:
    if rule.hours_per_week <= 0 or rule.hours_per_year <= 0 or rule.min_years < 1:
        raise ValidationError("Die Regel für die Ehrenamtskarte braucht positive Stunden und mindestens ein Jahr.")
    if rule.numbers() != EhrenamtskarteRule().numbers() and rule.source == OFFICIAL_SOURCE:
        # the office's own numbers must not be shown as the Land's rule
        rule = dataclasses.replace(rule, source=CHANGED_SOURCE, as_of=dt.date.today().strftime("%d.%m.%Y"))
    if rule.numbers() == EhrenamtskarteRule().numbers():
        rule = dataclasses.replace(rule, source=OFFICIAL_SOURCE, as_of=OFFICIAL_AS_OF)
    with db.session() as session:
        settings.put(session, EHRENAMTSKARTE_RULE_KEY, rule.to_setting())


def assess_ehrenamtskarte(
    db: Database,
    volunteer_id: int,
    *,
    as_of: dt.date | None = None,
    rule: EhrenamtskarteRule | None = None,
    under_20: bool = False,
) -> EhrenamtskarteAssessment:
    with db.session() as session:
        return assess_in(session, volunteer_id, as_of=as_of, rule=rule, under_20=under_20)


def assess_in(
    session: Session,
    volunteer_id: int,
    *,
    as_of: dt.date | None = None,
    rule: EhrenamtskarteRule | None = None,
    under_20: bool = False,
) -> EhrenamtskarteAssessment:
    volunteer = queries.get_or_raise(session, Volunteer, volunteer_id, "Ehrenamtliche/n")
    rule = rule or rule_in(session)
    years = rule.min_years_under_20 if under_20 else rule.min_years
    as_of = as_of or dt.date.today()
    periods = []
    end = as_of
    for _ in range(years):
        start = add_years(end, -1) + dt.timedelta(days=1)
        hours = money(
            session.execute(
                select(func.coalesce(func.sum(VolunteerHours.hours), 0)).where(
                    VolunteerHours.volunteer_id == volunteer_id,
                    VolunteerHours.worked_on >= start,
                    VolunteerHours.worked_on <= end,
                )
            ).scalar_one()
        )
        weeks = Decimal((end - start).days + 1) / Decimal(7)
        per_week = (hours / weeks).quantize(Decimal("0.01"))
        periods.append(
            EhrenamtskartePeriod(
                start, end, hours, per_week, hours >= rule.hours_per_year or per_week >= rule.hours_per_week
            )
        )
        end = start - dt.timedelta(days=1)
    since = volunteer.active_since
    long_enough = since is not None and since <= add_years(as_of, -years)
    return EhrenamtskarteAssessment(
        volunteer_id=volunteer_id,
        rule=rule,
        as_of=as_of,
        active_since=since,
        long_enough=long_enough,
        periods=tuple(periods),
        meets_rule=long_enough and all(p.met for p in periods),
    )
