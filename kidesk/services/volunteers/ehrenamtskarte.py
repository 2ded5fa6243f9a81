"""The NRW *Ehrenamtskarte*: the stored criteria and the assessment of one volunteer."""

from __future__ import annotations

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


@dataclass(frozen=True)
class EhrenamtskarteRule:
    """The criteria for the NRW *Ehrenamtskarte* (volunteer card), as data.

    Source: the criteria published by the Land NRW for the Ehrenamtskarte
    (ehrensache.nrw.de, "Ehrenamtskarte NRW"), as we know them: volunteering on average
    at least **5 hours a week or 250 hours a year**, without a flat-rate expense allowance
    beyond reimbursement of costs, and the engagement must have lasted **at least two
    years**. Participating towns may add their own conditions, and the Land may change
    the rule — so it is stored as data, not code: save a changed rule with
    :func:`save_ehrenamtskarte_rule` (settings key ``EHRENAMTSKARTE_RULE_KEY``) and
    every assessment uses it. Whether someone receives an allowance is not recorded
    here; staff check that by hand.

    A year is met when the hours logged in it reach ``hours_per_year`` **or** their
    average per week reaches ``hours_per_week``. The rule is met when the volunteer has
    been active for ``min_years`` years (``Volunteer.active_since``) and each of the last
    ``min_years`` twelve-month periods (ending on the assessment day) is met.
    """

    hours_per_week: Decimal = Decimal("5")
    hours_per_year: Decimal = Decimal("250")
    min_years: int = 2

    def to_setting(self) -> dict:
        return {
            "hours_per_week": str(self.hours_per_week),
            "hours_per_year": str(self.hours_per_year),
            "min_years": self.min_years,
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
    with db.session() as session:
        settings.put(session, EHRENAMTSKARTE_RULE_KEY, rule.to_setting())


def assess_ehrenamtskarte(
    db: Database, volunteer_id: int, *, as_of: dt.date | None = None, rule: EhrenamtskarteRule | None = None
) -> EhrenamtskarteAssessment:
    with db.session() as session:
        return assess_in(session, volunteer_id, as_of=as_of, rule=rule)


def assess_in(
    session: Session, volunteer_id: int, *, as_of: dt.date | None = None, rule: EhrenamtskarteRule | None = None
) -> EhrenamtskarteAssessment:
    volunteer = queries.get_or_raise(session, Volunteer, volunteer_id, "Ehrenamtliche/n")
    rule = rule or rule_in(session)
    as_of = as_of or dt.date.today()
    periods = []
    end = as_of
    for _ in range(rule.min_years):
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
    long_enough = since is not None and since <= add_years(as_of, -rule.min_years)
    return EhrenamtskarteAssessment(
        volunteer_id=volunteer_id,
        rule=rule,
        as_of=as_of,
        active_since=since,
        long_enough=long_enough,
        periods=tuple(periods),
        meets_rule=long_enough and all(p.met for p in periods),
    )
