"""The volunteer profile: load, check, create, save (with the edit-conflict check), delete."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kidesk.db import queries, vocab
from kidesk.db.collation import sortable
from kidesk.db.database import Database
from kidesk.db.models import Contact, Volunteer, VolunteerEngagement, VolunteerLanguage
from kidesk.domain.consent import purpose_without_date
from kidesk.domain.dates import format_date
from kidesk.errors import NotFound, ValidationError
from kidesk.services.edit_conflicts import RecordChangedElsewhere, stale_message
from kidesk.services.volunteers.settings_rules import clean

_PROFILE_COLUMNS = (
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
    "police_certificate_issued_on",
    "notes",
)


@dataclass(frozen=True)
class VolunteerProfile:
    """The editable volunteer fields as plain data (what the editor loads and saves)."""

    status: str = "active"
    active_since: dt.date | None = None
    municipality: str | None = None
    availability: str | None = None
    engagement_areas: tuple[str, ...] = ()
    languages: tuple[tuple[str, str | None], ...] = ()  # (language, level code)
    agreement_signed_on: dt.date | None = None
    consent_given_on: dt.date | None = None
    consent_photos: bool = False
    consent_newsletter: bool = False
    consent_share_with_partners: bool = False
    police_certificate_inspected_on: dt.date | None = None
    police_certificate_due_on: dt.date | None = None
    police_certificate_issued_on: dt.date | None = None  # § 72a SGB VIII (issue 13)
    notes: str | None = None


@dataclass(frozen=True)
class VolunteerRecord:
    """One volunteer as the editor sees it: who, which stored version, and the profile."""

    id: int | None = None
    contact_id: int | None = None
    name: str = ""
    version: int | None = None
    profile: VolunteerProfile = VolunteerProfile()


def profile_of(volunteer: Volunteer) -> VolunteerProfile:
    return VolunteerProfile(
        status=volunteer.status,
        active_since=volunteer.active_since,
        municipality=volunteer.municipality,
        availability=volunteer.availability,
        engagement_areas=tuple(sorted(e.area for e in volunteer.engagements)),
        languages=tuple(sorted(((lang.language, lang.level) for lang in volunteer.languages), key=lambda t: t[0])),
        agreement_signed_on=volunteer.agreement_signed_on,
        consent_given_on=volunteer.consent_given_on,
        consent_photos=volunteer.consent_photos,
        consent_newsletter=volunteer.consent_newsletter,
        consent_share_with_partners=volunteer.consent_share_with_partners,
        police_certificate_inspected_on=volunteer.police_certificate_inspected_on,
        police_certificate_due_on=volunteer.police_certificate_due_on,
        police_certificate_issued_on=volunteer.police_certificate_issued_on,
        notes=volunteer.notes,
    )


def record_of(volunteer: Volunteer) -> VolunteerRecord:
    return VolunteerRecord(
        id=volunteer.id,
        contact_id=volunteer.contact_id,
        name=volunteer.contact.full_name,
        version=volunteer.version,
        profile=profile_of(volunteer),
    )


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
                f"{label} kann nicht am {format_date(value)} (in der Zukunft) vorgelegen haben. Bitte das Datum prüfen.",
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
    if purpose_without_date(profile):
        raise ValidationError(
            "Für eine Einwilligung (Fotos, Newsletter, Weitergabe) bitte auch das Datum der Einwilligung eintragen.",
            field="consent_given_on",
        )
    areas: list[str] = []
    for area in profile.engagement_areas:
        area = clean(area)
        if area and area.casefold() not in {a.casefold() for a in areas}:
            if len(area) > 120:
                raise ValidationError(f"Der Einsatzbereich „{area[:30]}…“ ist zu lang (höchstens 120 Zeichen).")
            areas.append(area)
    languages: list[tuple[str, str | None]] = []
    for language, level in profile.languages:
        language = clean(language)
        if not language:
            continue
        level = clean(level)
        if level is not None and level not in vocab.LANGUAGE_LEVELS:
            raise ValidationError(
                f"Unbekanntes Sprachniveau „{level}“ für {language} (erlaubt: A1–C2 oder Muttersprache).",
                field="languages",
            )
        if language.casefold() in {lang.casefold() for lang, _ in languages}:
            raise ValidationError(f"Die Sprache {language} ist doppelt eingetragen.", field="languages")
        languages.append((language, level))
    return dataclasses.replace(
        profile,
        municipality=clean(profile.municipality),
        availability=clean(profile.availability),
        engagement_areas=tuple(areas),
        languages=tuple(languages),
        consent_photos=bool(profile.consent_photos),
        consent_newsletter=bool(profile.consent_newsletter),
        consent_share_with_partners=bool(profile.consent_share_with_partners),
        notes=clean(profile.notes),
    )


def _apply_profile(volunteer: Volunteer, profile: VolunteerProfile) -> None:
    for name in _PROFILE_COLUMNS:
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


def load_volunteer(db: Database, volunteer_id: int) -> VolunteerRecord:
    """The volunteer with name, version and profile; :class:`NotFound` if gone."""
    with db.session() as session:
        return record_of(queries.get_or_raise(session, Volunteer, volunteer_id, "Ehrenamtliche/n"))


def create_volunteer(
    db: Database, contact_id: int, profile: VolunteerProfile | None = None, *, today: dt.date | None = None
) -> VolunteerRecord:
    """Make the contact a volunteer; :class:`UserError` if it already is one."""
    with db.session() as session:
        return record_of(create_in(session, contact_id, profile, today=today))


def create_in(
    session: Session, contact_id: int, profile: VolunteerProfile | None = None, *, today: dt.date | None = None
) -> Volunteer:
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
    db: Database,
    volunteer_id: int,
    profile: VolunteerProfile,
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> VolunteerRecord:
    """Save the profile; with ``expected_version`` refuse to overwrite someone else's change
    (:class:`RecordChangedElsewhere`; ``None`` overwrites)."""
    profile = validate_profile(profile, today=today)
    name = "Das Profil"
    try:
        with db.session() as session:
            volunteer = queries.get_or_raise(session, Volunteer, volunteer_id, "Ehrenamtliche/n")
            name = f"Das Profil von {volunteer.contact.full_name}"
            if expected_version is not None and volunteer.version != expected_version:
                raise RecordChangedElsewhere(
                    f"{name} wurde inzwischen an einem anderen Platz geändert. "
                    "Bitte neu laden und die Änderung noch einmal eintragen."
                )
            _apply_profile(volunteer, profile)
            # Touch the row even when only engagement areas/languages changed, so the version
            # counter moves and a concurrent editor notices.
            if session.new or session.deleted or any(session.is_modified(o) for o in session.dirty):
                volunteer.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)  # a no-op save stamps nothing
            session.flush()
            return record_of(volunteer)
    except StaleDataError:
        raise RecordChangedElsewhere(stale_message(name)) from None


def delete_volunteer(db: Database, volunteer_id: int) -> str:
    """Remove the volunteer profile with its hours, areas and languages; the contact stays.

    Returns the person's name for the confirmation message.
    """
    with db.session() as session:
        volunteer = queries.get_or_raise(session, Volunteer, volunteer_id, "Ehrenamtliche/n")
        name = volunteer.contact.full_name
        volunteer.contact.volunteer = None  # delete-orphan removes the profile
        session.flush()
        return name


def volunteer_for_contact_in(session: Session, contact_id: int) -> Volunteer:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(f"Einen Kontakt mit der ID {contact_id} gibt es nicht.")
    if contact.volunteer is None:
        raise ValidationError(
            f"{contact.full_name} (ID {contact_id}) ist nicht als Ehrenamtliche/r erfasst. "
            "Bitte zuerst ein Ehrenamtsprofil anlegen."
        )
    return contact.volunteer


def volunteer_for_contact(db: Database, contact_id: int) -> VolunteerRecord:
    """The volunteer profile of a contact, or a clear error (contact missing / not a volunteer)."""
    with db.session() as session:
        return record_of(volunteer_for_contact_in(session, contact_id))


@dataclass(frozen=True)
class ContactChoice:
    """A contact who is no volunteer yet (for "new volunteer")."""

    contact_id: int
    label: str


def contacts_without_profile(db: Database) -> list[ContactChoice]:
    """Contacts one can make a volunteer, by name: ``Nachname, Vorname (ID n)``."""
    with db.session() as session:
        rows = session.execute(
            select(Contact.id, Contact.last_name, Contact.first_name)
            .where(~Contact.volunteer.has())
            .order_by(sortable(Contact.last_name), sortable(Contact.first_name), Contact.id)
        ).all()
    return [
        ContactChoice(cid, f"{last}, {first} (ID {cid})" if first else f"{last} (ID {cid})")
        for cid, last, first in rows
    ]
