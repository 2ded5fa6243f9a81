"""Volunteer records: profiles, hours, qualification progress, due dates, recognition, privacy.

Everything here works on a SQLAlchemy :class:`~sqlalchemy.orm.Session` handed in by the
caller (``with db.session() as s:``), so one user action is one transaction; nothing here
imports Qt. The UI (``kidesk/ui/volunteers_tab.py``) and the CLI
(``kidesk/cli/volunteer_commands.py``) call the same functions.

Rules that an office may want to change live in the ``settings`` table (keys below, typed
access through :mod:`kidesk.db.settings`), with defaults in this module:

* :data:`EHRENAMTSKARTE_RULE_KEY` — the NRW *Ehrenamtskarte* criteria (:class:`EhrenamtskarteRule`),
* :data:`CONSENT_MAX_AGE_MONTHS_KEY` — after how many months a consent should be renewed,
* :data:`POLICE_CERTIFICATE_VALID_YEARS_KEY` — when an inspected police certificate is due again,
* :data:`INACTIVITY_MONTHS_KEY` — after how many months without hours or attended events a
  volunteer is listed as a candidate for "still active?".

Dates: "add N years/months" clamps to the end of the month — 29.02.2020 + 5 years is
28.02.2025, 31.08. + 6 months is 28./29.02. (:func:`add_months`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import Select, and_, distinct, exists, extract, func, or_, select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import queries, settings, vocab
from kidesk.db.collation import sortable
from kidesk.db.models import (
    Contact,
    Event,
    EventSeries,
    Organisation,
    Participation,
    Volunteer,
    VolunteerEngagement,
    VolunteerHours,
    VolunteerLanguage,
)
from kidesk.errors import NotFound, ValidationError
from kidesk.services.series_progress import modules_required

# --- vocabulary ------------------------------------------------------------------------------

#: The towns of Kreis Herford (the demo's municipalities); the field stays free text.
MUNICIPALITIES = (
    "Bünde",
    "Enger",
    "Herford",
    "Hiddenhausen",
    "Kirchlengern",
    "Löhne",
    "Rödinghausen",
    "Spenge",
    "Vlotho",
)

#: Suggested engagement areas; users may type others.
ENGAGEMENT_AREAS = (
    "Sprachpatenschaft",
    "Begleitung zu Behörden",
    "Hausaufgabenhilfe",
    "Sport",
    "Übersetzung/Dolmetschen",
    "Fahrdienste",
    "Kleiderkammer",
    "Begegnungscafé",
    "Wohnungssuche",
    "Kinderbetreuung",
)

#: Suggested languages; users may type others.
LANGUAGES = (
    "Arabisch",
    "Dari",
    "Deutsch",
    "Englisch",
    "Farsi",
    "Französisch",
    "Kurdisch",
    "Paschtu",
    "Russisch",
    "Tigrinya",
    "Türkisch",
    "Ukrainisch",
)

LANGUAGE_LEVEL_LABELS = {
    "A1": "A1",
    "A2": "A2",
    "B1": "B1",
    "B2": "B2",
    "C1": "C1",
    "C2": "C2",
    "native": "Muttersprache",
}

# --- settings --------------------------------------------------------------------------------

EHRENAMTSKARTE_RULE_KEY = "volunteers.ehrenamtskarte_rule"  # dict, see EhrenamtskarteRule
CONSENT_MAX_AGE_MONTHS_KEY = "volunteers.consent_max_age_months"  # int, default 24
POLICE_CERTIFICATE_VALID_YEARS_KEY = "volunteers.police_certificate_valid_years"  # int, default 5
INACTIVITY_MONTHS_KEY = "volunteers.inactivity_months"  # int, default 12

DEFAULT_CONSENT_MAX_AGE_MONTHS = 24
DEFAULT_POLICE_CERTIFICATE_VALID_YEARS = 5
DEFAULT_INACTIVITY_MONTHS = 12

MAX_HOURS_PER_DAY = Decimal(24)
EARLIEST_HOURS_DATE = dt.date(2000, 1, 1)


def _int_setting(session: Session, key: str, default: int) -> int:
    value = settings.get(session, key)
    try:
        return int(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def consent_max_age_months(session: Session) -> int:
    return _int_setting(session, CONSENT_MAX_AGE_MONTHS_KEY, DEFAULT_CONSENT_MAX_AGE_MONTHS)


def police_certificate_valid_years(session: Session) -> int:
    return _int_setting(session, POLICE_CERTIFICATE_VALID_YEARS_KEY, DEFAULT_POLICE_CERTIFICATE_VALID_YEARS)


def inactivity_months(session: Session) -> int:
    return _int_setting(session, INACTIVITY_MONTHS_KEY, DEFAULT_INACTIVITY_MONTHS)


# --- calendar arithmetic -----------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the last day of the target month.

    31.01.2025 + 1 month → 28.02.2025; 31.01.2024 + 1 month → 29.02.2024;
    negative ``months`` go back the same way.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    if month == 12:
        last = 31
    else:
        last = (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` plus ``years`` years; 29 February becomes 28 February in a common year."""
    return add_months(day, 12 * years)


# --- Ehrenamtskarte NRW ------------------------------------------------------------------------


@dataclass(frozen=True)
class EhrenamtskarteRule:
    """The criteria for the NRW *Ehrenamtskarte* (volunteer card), as data.

    Source: the criteria published by the Land NRW for the Ehrenamtskarte
    (ehrensache.nrw.de, "Ehrenamtskarte NRW"), as we know them: volunteering on average
    at least **5 hours a week or 250 hours a year**, without a flat-rate expense allowance
    beyond reimbursement of costs, and the engagement must have lasted **at least two
    years**. Participating towns may add their own conditions, and the Land may change
    the rule — so it is stored as data, not code: save a changed rule with
    :func:`save_ehrenamtskarte_rule` (settings key :data:`EHRENAMTSKARTE_RULE_KEY`) and
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


def ehrenamtskarte_rule(session: Session) -> EhrenamtskarteRule:
    return EhrenamtskarteRule.from_setting(settings.get(session, EHRENAMTSKARTE_RULE_KEY))


def save_ehrenamtskarte_rule(session: Session, rule: EhrenamtskarteRule) -> None:
    if rule.hours_per_week <= 0 or rule.hours_per_year <= 0 or rule.min_years < 1:
        raise ValidationError("Die Regel für die Ehrenamtskarte braucht positive Stunden und mindestens ein Jahr.")
    settings.put(session, EHRENAMTSKARTE_RULE_KEY, rule.to_setting())


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


def assess_ehrenamtskarte(
    session: Session, volunteer_id: int, *, as_of: dt.date | None = None, rule: EhrenamtskarteRule | None = None
) -> EhrenamtskarteAssessment:
    volunteer = queries.get_or_raise(session, Volunteer, volunteer_id, "Ehrenamtliche/n")
    rule = rule or ehrenamtskarte_rule(session)
    as_of = as_of or dt.date.today()
    periods = []
    end = as_of
    for _ in range(rule.min_years):
        start = add_years(end, -1) + dt.timedelta(days=1)
        hours = session.execute(
            select(func.coalesce(func.sum(VolunteerHours.hours), 0)).where(
                VolunteerHours.volunteer_id == volunteer_id,
                VolunteerHours.worked_on >= start,
                VolunteerHours.worked_on <= end,
            )
        ).scalar_one()
        hours = Decimal(str(hours)).quantize(Decimal("0.01"))
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


# --- profiles --------------------------------------------------------------------------------


@dataclass
class VolunteerProfile:
    """The editable volunteer fields as plain data (what the editor loads and saves)."""

    status: str = "active"
    active_since: dt.date | None = None
    municipality: str | None = None
    availability: str | None = None
    engagement_areas: list[str] = field(default_factory=list)
    languages: list[tuple[str, str | None]] = field(default_factory=list)  # (language, level code)
    agreement_signed_on: dt.date | None = None
    consent_given_on: dt.date | None = None
    consent_photos: bool = False
    consent_newsletter: bool = False
    consent_share_with_partners: bool = False
    police_certificate_inspected_on: dt.date | None = None
    police_certificate_due_on: dt.date | None = None
    notes: str | None = None


def load_profile(volunteer: Volunteer) -> VolunteerProfile:
    return VolunteerProfile(
        status=volunteer.status,
        active_since=volunteer.active_since,
        municipality=volunteer.municipality,
        availability=volunteer.availability,
        engagement_areas=sorted(e.area for e in volunteer.engagements),
        languages=sorted(((lang.language, lang.level) for lang in volunteer.languages), key=lambda t: t[0]),
        agreement_signed_on=volunteer.agreement_signed_on,
        consent_given_on=volunteer.consent_given_on,
        consent_photos=volunteer.consent_photos,
        consent_newsletter=volunteer.consent_newsletter,
        consent_share_with_partners=volunteer.consent_share_with_partners,
        police_certificate_inspected_on=volunteer.police_certificate_inspected_on,
        police_certificate_due_on=volunteer.police_certificate_due_on,
        notes=volunteer.notes,
    )


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def validate_profile(profile: VolunteerProfile, *, today: dt.date | None = None) -> VolunteerProfile:
    """A cleaned copy of ``profile``, or :class:`ValidationError` naming the field."""
    today = today or dt.date.today()
    if profile.status not in vocab.VOLUNTEER_STATUSES:
        raise ValidationError(f"Unbekannter Status „{profile.status}“.", field="status")
    tomorrow = today + dt.timedelta(days=1)
    for name, label in (
        ("agreement_signed_on", "Die Vereinbarung"),
        ("consent_given_on", "Die Einwilligung"),
        ("police_certificate_inspected_on", "Das Führungszeugnis"),
    ):
        value = getattr(profile, name)
        if value is not None and value > tomorrow:
            raise ValidationError(
                f"{label} kann nicht am {value:%d.%m.%Y} (in der Zukunft) vorgelegen haben. Bitte das Datum prüfen.",
                field=name,
            )
    if (
        profile.police_certificate_due_on is not None
        and profile.police_certificate_inspected_on is not None
        and profile.police_certificate_due_on < profile.police_certificate_inspected_on
    ):
        raise ValidationError(
            "Das Führungszeugnis kann nicht vor der Einsichtnahme wieder fällig sein. Bitte die Daten prüfen.",
            field="police_certificate_due_on",
        )
    if (
        profile.consent_photos or profile.consent_newsletter or profile.consent_share_with_partners
    ) and profile.consent_given_on is None:
        raise ValidationError(
            "Für eine Einwilligung (Fotos, Newsletter, Weitergabe) bitte auch das Datum der Einwilligung eintragen.",
            field="consent_given_on",
        )
    areas: list[str] = []
    for area in profile.engagement_areas:
        area = _clean(area)
        if area and area.casefold() not in {a.casefold() for a in areas}:
            if len(area) > 120:
                raise ValidationError(f"Der Einsatzbereich „{area[:30]}…“ ist zu lang (höchstens 120 Zeichen).")
            areas.append(area)
    languages: list[tuple[str, str | None]] = []
    for language, level in profile.languages:
        language = _clean(language)
        if not language:
            continue
        level = _clean(level)
        if level is not None and level not in vocab.LANGUAGE_LEVELS:
            raise ValidationError(
                f"Unbekanntes Sprachniveau „{level}“ für {language} (erlaubt: A1–C2 oder Muttersprache).",
                field="languages",
            )
        if language.casefold() in {lang.casefold() for lang, _ in languages}:
            raise ValidationError(f"Die Sprache {language} ist doppelt eingetragen.", field="languages")
        languages.append((language, level))
    return VolunteerProfile(
        status=profile.status,
        active_since=profile.active_since,
        municipality=_clean(profile.municipality),
        availability=_clean(profile.availability),
        engagement_areas=areas,
        languages=languages,
        agreement_signed_on=profile.agreement_signed_on,
        consent_given_on=profile.consent_given_on,
        consent_photos=bool(profile.consent_photos),
        consent_newsletter=bool(profile.consent_newsletter),
        consent_share_with_partners=bool(profile.consent_share_with_partners),
        police_certificate_inspected_on=profile.police_certificate_inspected_on,
        police_certificate_due_on=profile.police_certificate_due_on,
        notes=_clean(profile.notes),
    )


def _apply_profile(volunteer: Volunteer, profile: VolunteerProfile) -> None:
    for name in (
        "status",
        "active_since",
        "municipality",
        "availability",
        "agreement_signed_on",
        "consent_given_on",
        "consent_photos",
        "consent_newsletter",
        "consent_share_with_partners",
        "police_certificate_inspected_on",
        "police_certificate_due_on",
        "notes",
    ):
        setattr(volunteer, name, getattr(profile, name))
    wanted_areas = set(profile.engagement_areas)
    for engagement in list(volunteer.engagements):
        if engagement.area not in wanted_areas:
            volunteer.engagements.remove(engagement)
    present = {e.area for e in volunteer.engagements}
    for area in profile.engagement_areas:
        if area not in present:
            volunteer.engagements.append(VolunteerEngagement(area=area))
    wanted_languages = dict(profile.languages)
    for language in list(volunteer.languages):
        if language.language not in wanted_languages:
            volunteer.languages.remove(language)
        else:
            language.level = wanted_languages[language.language]
    present_languages = {lang.language for lang in volunteer.languages}
    for language, level in profile.languages:
        if language not in present_languages:
            volunteer.languages.append(VolunteerLanguage(language=language, level=level))


def create_volunteer(
    session: Session, contact_id: int, profile: VolunteerProfile | None = None, *, today: dt.date | None = None
) -> Volunteer:
    """Make the contact a volunteer; :class:`UserError` if it already is one."""
    contact = queries.get_or_raise(session, Contact, contact_id, "Einen Kontakt")
    if contact.volunteer is not None:
        raise ValidationError(f"{contact.full_name} ist bereits als Ehrenamtliche/r erfasst.")
    profile = validate_profile(profile or VolunteerProfile(), today=today)
    volunteer = Volunteer(contact=contact)
    _apply_profile(volunteer, profile)
    session.add(volunteer)
    session.flush()
    return volunteer


def update_volunteer(
    session: Session,
    volunteer_id: int,
    profile: VolunteerProfile,
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> Volunteer:
    """Save the profile; with ``expected_version`` refuse to overwrite someone else's change."""
    volunteer = queries.get_or_raise(session, Volunteer, volunteer_id, "Ehrenamtliche/n")
    if expected_version is not None and volunteer.version != expected_version:
        raise ValidationError(
            f"Das Profil von {volunteer.contact.full_name} wurde inzwischen an einem anderen Platz geändert. "
            "Bitte neu laden und die Änderung noch einmal eintragen."
        )
    profile = validate_profile(profile, today=today)
    _apply_profile(volunteer, profile)
    # Touch the row even when only engagement areas/languages changed, so the version
    # counter moves and a concurrent editor notices.
    volunteer.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    session.flush()
    return volunteer


def delete_volunteer(session: Session, volunteer_id: int) -> str:
    """Remove the volunteer profile with its hours, areas and languages; the contact stays.

    Returns the person's name for the confirmation message.
    """
    volunteer = queries.get_or_raise(session, Volunteer, volunteer_id, "Ehrenamtliche/n")
    name = volunteer.contact.full_name
    volunteer.contact.volunteer = None  # delete-orphan removes the profile
    session.flush()
    return name


def volunteer_for_contact(session: Session, contact_id: int) -> Volunteer:
    """The volunteer profile of a contact, or a clear error (contact missing / not a volunteer)."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(f"Einen Kontakt mit der ID {contact_id} gibt es nicht.")
    if contact.volunteer is None:
        raise ValidationError(
            f"{contact.full_name} (ID {contact_id}) ist nicht als Ehrenamtliche/r erfasst. "
            "Bitte zuerst ein Ehrenamtsprofil anlegen."
        )
    return contact.volunteer


# --- privacy ---------------------------------------------------------------------------------


def may_share_with_partners(volunteer: Volunteer | None) -> bool:
    """True when details of this person may be passed to partner organisations.

    ``None`` (a contact without volunteer profile, e.g. partner staff) is not restricted
    here; a volunteer needs the consent purpose *and* a consent date.
    """
    if volunteer is None:
        return True
    return bool(volunteer.consent_share_with_partners and volunteer.consent_given_on is not None)


def photo_consent_missing(volunteer: Volunteer) -> bool:
    """True when no photo may be taken/published of this volunteer (shown as a marker)."""
    return not (volunteer.consent_photos and volunteer.consent_given_on is not None)


PHOTO_CONSENT_MISSING_MARKER = "ohne Foto-Einwilligung"


def shareable_contact_ids(session: Session, contact_ids: Iterable[int]) -> list[int]:
    """``contact_ids`` without volunteers who did not consent to passing on their details.

    Exports to partner organisations call this before writing anything; order is kept.
    """
    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        return []
    blocked = set(
        session.scalars(
            select(Volunteer.contact_id).where(
                Volunteer.contact_id.in_(ids),
                or_(Volunteer.consent_share_with_partners.is_(False), Volunteer.consent_given_on.is_(None)),
            )
        )
    )
    return [i for i in ids if i not in blocked]


# --- hours -----------------------------------------------------------------------------------


def parse_hours(value: str | int | float | Decimal) -> Decimal:
    """Hours from user input; German decimal comma accepted ("2,5"), also "2:30".

    Raises :class:`ValidationError` for text that is no number or outside 0 < h ≤ 24.
    """
    if isinstance(value, Decimal):
        hours = value
    elif isinstance(value, (int, float)):
        hours = Decimal(str(value))
    else:
        text = str(value).strip().replace(" ", "")
        if ":" in text:
            hh, _, mm = text.partition(":")
            if not (hh.isdigit() and mm.isdigit() and len(mm) == 2 and int(mm) < 60):
                raise ValidationError(f"„{value}“ ist keine Stundenzahl (Beispiele: 2,5 oder 2:30).", field="hours")
            hours = Decimal(int(hh)) + Decimal(int(mm)) / Decimal(60)
            hours = hours.quantize(Decimal("0.01"))
        else:
            if text.count(",") + text.count(".") > 1:
                raise ValidationError(f"„{value}“ ist keine Stundenzahl (Beispiele: 2,5 oder 2:30).", field="hours")
            try:
                hours = Decimal(text.replace(",", "."))
            except InvalidOperation:
                raise ValidationError(
                    f"„{value}“ ist keine Stundenzahl (Beispiele: 2,5 oder 2:30).", field="hours"
                ) from None
    if not hours.is_finite():
        raise ValidationError(f"„{value}“ ist keine Stundenzahl.", field="hours")
    if hours <= 0 or hours > MAX_HOURS_PER_DAY:
        raise ValidationError(
            f"{_format_decimal(hours)} Stunden geht nicht: bitte mehr als 0 und höchstens 24 Stunden eintragen.",
            field="hours",
        )
    if hours != hours.quantize(Decimal("0.01")):
        raise ValidationError("Bitte Stunden mit höchstens zwei Nachkommastellen eintragen.", field="hours")
    return hours.quantize(Decimal("0.01"))


def parse_date(value: str) -> dt.date:
    """A date from ``YYYY-MM-DD`` or German ``TT.MM.JJJJ``; :class:`ValidationError` otherwise."""
    text = (value or "").strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError(f"„{value}“ ist kein gültiges Datum (bitte JJJJ-MM-TT oder TT.MM.JJJJ).", field="date")


def _format_decimal(value: Decimal) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def format_hours(value: Decimal | float | int) -> str:
    """German notation without trailing zeros: 2,5 / 12 / 0,75."""
    return _format_decimal(Decimal(str(value)))


def add_hours(
    session: Session,
    volunteer_id: int,
    worked_on: dt.date,
    hours: str | int | float | Decimal,
    activity: str | None = None,
    organisation_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> VolunteerHours:
    """Log hours for a volunteer after checking them.

    Rules: 0 < hours ≤ 24; the date at most one day in the future (late evening entries
    across midnight) and not before 2000; all entries of one day together at most 24 hours;
    the organisation, when given, must exist.
    """
    today = today or dt.date.today()
    volunteer = queries.get_or_raise(session, Volunteer, volunteer_id, "Ehrenamtliche/n")
    amount = parse_hours(hours)
    if worked_on > today + dt.timedelta(days=1):
        raise ValidationError(
            f"Der {worked_on:%d.%m.%Y} liegt in der Zukunft: Stunden bitte erst nach dem Einsatz eintragen.",
            field="date",
        )
    if worked_on < EARLIEST_HOURS_DATE:
        raise ValidationError(f"Der {worked_on:%d.%m.%Y} liegt zu weit zurück. Bitte das Datum prüfen.", field="date")
    if organisation_id is not None and session.get(Organisation, organisation_id) is None:
        raise NotFound(f"Eine Organisation mit der ID {organisation_id} gibt es nicht.")
    same_day = session.execute(
        select(func.coalesce(func.sum(VolunteerHours.hours), 0)).where(
            VolunteerHours.volunteer_id == volunteer_id, VolunteerHours.worked_on == worked_on
        )
    ).scalar_one()
    same_day = Decimal(str(same_day))
    if same_day + amount > MAX_HOURS_PER_DAY:
        raise ValidationError(
            f"Für {volunteer.contact.full_name} sind am {worked_on:%d.%m.%Y} schon {format_hours(same_day)} Stunden "
            f"eingetragen; mit {format_hours(amount)} weiteren wären es mehr als 24.",
            field="hours",
        )
    entry = VolunteerHours(
        volunteer_id=volunteer_id,
        worked_on=worked_on,
        hours=amount,
        activity=_clean(activity),
        organisation_id=organisation_id,
    )
    session.add(entry)
    session.flush()
    return entry


def delete_hours(session: Session, hours_id: int) -> None:
    entry = queries.get_or_raise(session, VolunteerHours, hours_id, "Einen Stundeneintrag")
    session.delete(entry)
    session.flush()


@dataclass(frozen=True)
class HoursEntry:
    id: int
    worked_on: dt.date
    hours: Decimal
    activity: str | None
    organisation: str | None


def hours_entries(session: Session, volunteer_id: int, *, year: int | None = None, limit: int = 200) -> list[HoursEntry]:
    """The newest entries first (for the hours panel)."""
    stmt = (
        select(VolunteerHours, Organisation.name)
        .outerjoin(Organisation, Organisation.id == VolunteerHours.organisation_id)
        .where(VolunteerHours.volunteer_id == volunteer_id)
        .order_by(VolunteerHours.worked_on.desc(), VolunteerHours.id.desc())
        .limit(limit)
    )
    if year is not None:
        stmt = stmt.where(VolunteerHours.worked_on >= dt.date(year, 1, 1), VolunteerHours.worked_on <= dt.date(year, 12, 31))
    return [
        HoursEntry(h.id, h.worked_on, Decimal(str(h.hours)), h.activity, org_name)
        for h, org_name in session.execute(stmt)
    ]


def hours_per_year(session: Session, volunteer_id: int) -> dict[int, Decimal]:
    """Total hours by calendar year, newest year first."""
    rows = session.execute(
        select(extract("year", VolunteerHours.worked_on).label("y"), func.sum(VolunteerHours.hours))
        .where(VolunteerHours.volunteer_id == volunteer_id)
        .group_by("y")
        .order_by(extract("year", VolunteerHours.worked_on).desc())
    )
    return {int(y): Decimal(str(total)).quantize(Decimal("0.01")) for y, total in rows}


def hours_total(session: Session, volunteer_id: int) -> Decimal:
    total = session.execute(
        select(func.coalesce(func.sum(VolunteerHours.hours), 0)).where(VolunteerHours.volunteer_id == volunteer_id)
    ).scalar_one()
    return Decimal(str(total)).quantize(Decimal("0.01"))


def hours_in_year_by_volunteer(session: Session, year: int) -> dict[int, Decimal]:
    """``volunteer_id -> hours`` in one calendar year (volunteers without hours are absent)."""
    rows = session.execute(
        select(VolunteerHours.volunteer_id, func.sum(VolunteerHours.hours))
        .where(VolunteerHours.worked_on >= dt.date(year, 1, 1), VolunteerHours.worked_on <= dt.date(year, 12, 31))
        .group_by(VolunteerHours.volunteer_id)
    )
    return {vid: Decimal(str(total)).quantize(Decimal("0.01")) for vid, total in rows}


# --- qualification progress ------------------------------------------------------------------
# NOTE: the print work brings ``kidesk.services.series_progress.series_progress(session, series_id)``
# (per contact, for one series). This is the per-volunteer view across all series; both count
# a module as attended when a participation in the module's event has status "attended".


@dataclass(frozen=True)
class SeriesProgress:
    series_id: int
    title: str
    modules: tuple[int, ...]  # all module numbers of the series
    attended: tuple[int, ...]
    missing: tuple[int, ...]
    required: int  # modules needed for the certificate
    meets_rule: bool


def _series_modules(session: Session, series: EventSeries) -> tuple[int, ...]:
    numbers = set(
        session.scalars(
            select(Event.module_number).where(Event.series_id == series.id, Event.module_number.is_not(None))
        )
    )
    if series.module_count:
        numbers |= set(range(1, series.module_count + 1))
    return tuple(sorted(numbers))


def required_modules(series: EventSeries, modules: Sequence[int]) -> int:
    """Modules needed for the certificate (the rule is written once, in series_progress)."""
    return modules_required(series, tuple(modules))


def _attended_modules_stmt(series_id: int | None = None) -> Select:
    stmt = (
        select(Participation.contact_id, Event.series_id, Event.module_number)
        .join(Event, Event.id == Participation.event_id)
        .where(Participation.status == "attended", Event.module_number.is_not(None), Event.status != "cancelled")
    )
    if series_id is not None:
        stmt = stmt.where(Event.series_id == series_id)
    return stmt


def qualification_progress(session: Session, contact_id: int) -> list[SeriesProgress]:
    """Per series the contact took part in (attended at least one module): attended, missing, rule met."""
    attended: dict[int, set[int]] = {}
    for _cid, series_id, number in session.execute(
        _attended_modules_stmt().where(Participation.contact_id == contact_id)
    ):
        attended.setdefault(series_id, set()).add(number)
    result = []
    for series in session.scalars(
        select(EventSeries).where(EventSeries.id.in_(attended)).order_by(EventSeries.title)
    ):
        modules = _series_modules(session, series)
        done = attended[series.id]
        required = required_modules(series, modules)
        result.append(
            SeriesProgress(
                series_id=series.id,
                title=series.title,
                modules=modules,
                attended=tuple(sorted(done)),
                missing=tuple(m for m in modules if m not in done),
                required=required,
                meets_rule=len(done) >= required,
            )
        )
    return result


# --- list with filters -----------------------------------------------------------------------

PROGRESS_STARTED = "started"  # attended at least one module of the series
PROGRESS_COMPLETE = "complete"  # certificate rule met
PROGRESS_INCOMPLETE = "incomplete"  # started, rule not yet met


@dataclass(frozen=True)
class VolunteerFilter:
    status: str | None = None  # a VOLUNTEER_STATUSES code, or None for all
    municipality: str | None = None
    engagement_area: str | None = None
    language: str | None = None
    series_id: int | None = None
    progress: str | None = None  # PROGRESS_* (with series_id)
    text: str | None = None  # part of the name


def _attended_count_subquery(series_id: int):
    return (
        select(func.count(distinct(Event.module_number)))
        .select_from(Participation)
        .join(Event, Event.id == Participation.event_id)
        .where(
            Participation.contact_id == Volunteer.contact_id,
            Participation.status == "attended",
            Event.series_id == series_id,
            Event.module_number.is_not(None),
            Event.status != "cancelled",
        )
        .scalar_subquery()
    )


def volunteer_statement(session: Session, flt: VolunteerFilter | None = None) -> Select:
    """``select(Volunteer)`` joined to its contact, filtered and ordered by name (for paging)."""
    flt = flt or VolunteerFilter()
    stmt = select(Volunteer).join(Volunteer.contact)
    if flt.status:
        stmt = stmt.where(Volunteer.status == flt.status)
    if flt.municipality:
        stmt = stmt.where(Volunteer.municipality == flt.municipality)
    if flt.engagement_area:
        stmt = stmt.where(
            exists().where(
                VolunteerEngagement.volunteer_id == Volunteer.id, VolunteerEngagement.area == flt.engagement_area
            )
        )
    if flt.language:
        stmt = stmt.where(
            exists().where(VolunteerLanguage.volunteer_id == Volunteer.id, VolunteerLanguage.language == flt.language)
        )
    if flt.text and flt.text.strip():
        pattern = f"%{flt.text.strip()}%"
        stmt = stmt.where(or_(Contact.last_name.ilike(pattern), Contact.first_name.ilike(pattern)))
    if flt.series_id is not None:
        series = queries.get_or_raise(session, EventSeries, flt.series_id, "Eine Veranstaltungsreihe")
        required = required_modules(series, _series_modules(session, series))
        attended = _attended_count_subquery(series.id)
        progress = flt.progress or PROGRESS_STARTED
        if progress == PROGRESS_COMPLETE:
            stmt = stmt.where(attended >= required)
        elif progress == PROGRESS_INCOMPLETE:
            stmt = stmt.where(and_(attended >= 1, attended < required))
        else:
            stmt = stmt.where(attended >= 1)
    return stmt.order_by(sortable(Contact.last_name), sortable(Contact.first_name), Volunteer.id)


@dataclass(frozen=True)
class VolunteerRow:
    """One line of the volunteers list (plain data for the table model)."""

    id: int
    contact_id: int
    name: str
    status: str
    municipality: str | None
    engagement_areas: tuple[str, ...]
    languages: tuple[tuple[str, str | None], ...]
    hours_this_year: Decimal
    photo_consent_missing: bool
    may_share_with_partners: bool
    police_certificate_due_on: dt.date | None


def police_certificate_due(volunteer: Volunteer, valid_years: int = DEFAULT_POLICE_CERTIFICATE_VALID_YEARS) -> dt.date | None:
    """When the certificate must be shown again: the stored date, else inspected + ``valid_years``."""
    if volunteer.police_certificate_due_on is not None:
        return volunteer.police_certificate_due_on
    if volunteer.police_certificate_inspected_on is not None:
        return add_years(volunteer.police_certificate_inspected_on, valid_years)
    return None


def volunteer_page(
    session: Session, flt: VolunteerFilter | None, offset: int, limit: int, *, today: dt.date | None = None
) -> list[VolunteerRow]:
    today = today or dt.date.today()
    stmt = volunteer_statement(session, flt).options(
        selectinload(Volunteer.contact), selectinload(Volunteer.engagements), selectinload(Volunteer.languages)
    )
    volunteers = list(session.scalars(stmt.offset(offset).limit(limit)))
    ids = [v.id for v in volunteers]
    year_hours: dict[int, Decimal] = {}
    if ids:
        for vid, total in session.execute(
            select(VolunteerHours.volunteer_id, func.sum(VolunteerHours.hours))
            .where(
                VolunteerHours.volunteer_id.in_(ids),
                VolunteerHours.worked_on >= dt.date(today.year, 1, 1),
                VolunteerHours.worked_on <= dt.date(today.year, 12, 31),
            )
            .group_by(VolunteerHours.volunteer_id)
        ):
            year_hours[vid] = Decimal(str(total)).quantize(Decimal("0.01"))
    valid_years = police_certificate_valid_years(session)
    return [
        VolunteerRow(
            id=v.id,
            contact_id=v.contact_id,
            name=v.contact.sort_name,
            status=v.status,
            municipality=v.municipality,
            engagement_areas=tuple(sorted(e.area for e in v.engagements)),
            languages=tuple(sorted(((lang.language, lang.level) for lang in v.languages), key=lambda t: t[0])),
            hours_this_year=year_hours.get(v.id, Decimal("0.00")),
            photo_consent_missing=photo_consent_missing(v),
            may_share_with_partners=may_share_with_partners(v),
            police_certificate_due_on=police_certificate_due(v, valid_years),
        )
        for v in volunteers
    ]


def volunteer_count(session: Session, flt: VolunteerFilter | None = None) -> int:
    return queries.count(session, volunteer_statement(session, flt))


def filter_choices(session: Session) -> dict[str, list[str]]:
    """Values for the filter boxes: the defaults plus whatever the data holds."""
    municipalities = set(MUNICIPALITIES) | {
        m for m in session.scalars(select(Volunteer.municipality).distinct()) if m
    }
    areas = set(ENGAGEMENT_AREAS) | set(session.scalars(select(VolunteerEngagement.area).distinct()))
    languages = set(LANGUAGES) | set(session.scalars(select(VolunteerLanguage.language).distinct()))
    return {
        "municipalities": sorted(municipalities, key=str.casefold),
        "engagement_areas": sorted(areas, key=str.casefold),
        "languages": sorted(languages, key=str.casefold),
    }


# --- due dates -------------------------------------------------------------------------------

DUE_POLICE_CERTIFICATE = "police_certificate"
DUE_CONSENT = "consent"
DUE_INACTIVE = "inactive"

DUE_KIND_LABELS = {
    DUE_POLICE_CERTIFICATE: "Führungszeugnis",
    DUE_CONSENT: "Einwilligung",
    DUE_INACTIVE: "Ohne Aktivität",
}


@dataclass(frozen=True)
class DueItem:
    """Something about a volunteer that needs attention by ``due_on``.

    ``due_on``: for a police certificate the day it is due again; for a consent the day it
    became (or becomes) older than the configured period; for inactivity the day of the
    last activity (hours or attended event), or the day the volunteer started if none.
    """

    kind: str
    volunteer_id: int
    contact_id: int
    person: str
    due_on: dt.date | None
    detail: str = ""

    @property
    def kind_label(self) -> str:
        return DUE_KIND_LABELS[self.kind]

    @property
    def overdue(self) -> bool:
        return self.due_on is not None and self.kind != DUE_INACTIVE and self.due_on < dt.date.today()


def due_items(session: Session, *, weeks: int = 8, today: dt.date | None = None) -> list[DueItem]:
    """Everything that needs attention within ``weeks`` weeks (overdue items included).

    Sorted by kind (police certificates, consents, inactivity), then by date.

    * police certificates of active/paused volunteers due by today + ``weeks``;
    * consents that are (or by then will be) older than the configured period;
    * active volunteers without hours and without attended events for the configured
      months (those who started within that time are left out).
    """
    if weeks < 0:
        raise ValidationError("Die Anzahl der Wochen darf nicht negativ sein.", field="weeks")
    today = today or dt.date.today()
    horizon = today + dt.timedelta(weeks=weeks)
    valid_years = police_certificate_valid_years(session)
    consent_months = consent_max_age_months(session)
    idle_months = inactivity_months(session)
    idle_since = add_months(today, -idle_months)

    last_hours = (
        select(func.max(VolunteerHours.worked_on))
        .where(VolunteerHours.volunteer_id == Volunteer.id)
        .scalar_subquery()
    )
    last_attended = (
        select(func.max(Event.starts_at))
        .select_from(Participation)
        .join(Event, Event.id == Participation.event_id)
        .where(Participation.contact_id == Volunteer.contact_id, Participation.status == "attended")
        .scalar_subquery()
    )
    items: list[DueItem] = []
    rows = session.execute(
        select(Volunteer, Contact, last_hours, last_attended).join(Volunteer.contact)
    )
    for volunteer, contact, last_h, last_a in rows:
        person = contact.full_name
        if volunteer.status in ("active", "paused"):
            due = police_certificate_due(volunteer, valid_years)
            if due is not None and due <= horizon:
                notes = []
                if volunteer.police_certificate_inspected_on:
                    notes.append(f"eingesehen am {volunteer.police_certificate_inspected_on:%d.%m.%Y}")
                if due < today:
                    notes.append("überfällig")
                items.append(DueItem(DUE_POLICE_CERTIFICATE, volunteer.id, contact.id, person, due, ", ".join(notes)))
        if volunteer.consent_given_on is not None:
            expires = add_months(volunteer.consent_given_on, consent_months)
            if expires <= horizon:
                items.append(
                    DueItem(DUE_CONSENT, volunteer.id, contact.id, person, expires,
                            f"erteilt am {volunteer.consent_given_on:%d.%m.%Y}")
                )
        if volunteer.status == "active":
            last_dates = [d for d in (last_h, last_a.date() if last_a is not None else None) if d is not None]
            last = max(last_dates) if last_dates else None
            if last is None or last < idle_since:
                started = volunteer.active_since or (volunteer.created_at.date() if volunteer.created_at else None)
                if last is None and started is not None and started > idle_since:
                    continue  # new volunteer, nothing to ask yet
                items.append(
                    DueItem(DUE_INACTIVE, volunteer.id, contact.id, person, last or started,
                            "seit Beginn keine Stunden und keine Teilnahme" if last is None else "letzte Aktivität")
                )
    order = {kind: n for n, kind in enumerate(DUE_KIND_LABELS)}  # police certificates first: most urgent
    items.sort(key=lambda i: (order[i.kind], i.due_on or dt.date.min, i.person.casefold()))
    return items


# --- recognition -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RecognitionResult:
    event_id: int
    added: int
    already_on_list: int
    below_min_hours: int


def recognition_candidates(
    session: Session, *, min_hours: Decimal | int | float | None = None, year: int | None = None
) -> tuple[list[int], int]:
    """Contact ids of active volunteers (with ≥ ``min_hours`` in ``year`` if given), and how many fell short."""
    year = year or dt.date.today().year
    volunteers = session.execute(
        select(Volunteer.id, Volunteer.contact_id)
        .join(Volunteer.contact)
        .where(Volunteer.status == "active")
        .order_by(sortable(Contact.last_name), sortable(Contact.first_name), Volunteer.id)
    ).all()
    if not min_hours:
        return [cid for _vid, cid in volunteers], 0
    threshold = Decimal(str(min_hours))
    totals = hours_in_year_by_volunteer(session, year)
    chosen = [cid for vid, cid in volunteers if totals.get(vid, Decimal(0)) >= threshold]
    return chosen, len(volunteers) - len(chosen)


def invite_volunteers_to_thank_you_event(
    session: Session,
    event_id: int,
    *,
    min_hours: Decimal | int | float | None = None,
    year: int | None = None,
) -> RecognitionResult:
    """Put all active volunteers (optionally ≥ ``min_hours`` this year) on the event's invite list.

    People already on the list (in any status) are left as they are; the new ones get a
    participation with status "invited" (and its history entry).
    """
    event = queries.get_or_raise(session, Event, event_id, "Eine Veranstaltung")
    if event.status in ("cancelled", "done"):
        label = vocab.EVENT_STATUS_LABELS[event.status]
        raise ValidationError(f"„{event.title}“ ist {label}: dazu lädt niemand mehr ein.")
    if min_hours is not None:
        try:
            min_hours = Decimal(str(min_hours).strip().replace(",", "."))
        except InvalidOperation:
            raise ValidationError(f"„{min_hours}“ ist keine Stundenzahl.", field="min_hours") from None
        if not min_hours.is_finite() or min_hours < 0:
            raise ValidationError("Die Mindeststunden dürfen nicht negativ sein.", field="min_hours")
        min_hours = min_hours or None
    candidates, below = recognition_candidates(session, min_hours=min_hours, year=year)
    present = set(session.scalars(select(Participation.contact_id).where(Participation.event_id == event_id)))
    added = 0
    for contact_id in candidates:
        if contact_id in present:
            continue
        participation = Participation(event_id=event_id, contact_id=contact_id, role="guest")
        session.add(participation)
        queries.set_participation_status(participation, "invited")
        added += 1
    session.flush()
    return RecognitionResult(event_id, added, len(candidates) - added, below)


def thank_you_events(session: Session, *, today: dt.date | None = None) -> list[tuple[int, str]]:
    """``(id, label)`` of events one can invite to, thank-you events first, then by date."""
    today = today or dt.date.today()
    rows = session.execute(
        select(Event.id, Event.title, Event.starts_at, Event.kind)
        .where(Event.status.not_in(("cancelled", "done")), Event.starts_at >= dt.datetime.combine(today, dt.time()))
        .order_by((Event.kind != "thank_you"), Event.starts_at, Event.id)
    )
    return [(i, f"{title} ({starts:%d.%m.%Y})") for i, title, starts, _kind in rows]

