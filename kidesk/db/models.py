"""The data model: typed SQLAlchemy 2 declarative classes (no Qt here).

Conventions
-----------
* Class names say what a thing is (``Contact``, ``Event``); Qt models elsewhere are
  ``ContactTableModel``.
* Enumerations are stored as short English codes (``"mrs"``, ``"co_host"``) guarded by
  CHECK constraints; the German labels live in :mod:`kidesk.db.vocab` and in the UI's
  translations. Codes never change once written, labels may.
* Date-times are naive local wall-clock time (the office is in Europe/Berlin); calendar
  export attaches the zone. ``created_at``/``updated_at`` are naive UTC.
* Every user-edited entity carries ``version`` (SQLAlchemy's ``version_id_col``): a save
  over a row that someone else changed meanwhile raises ``StaleDataError`` instead of
  silently overwriting.
* ON DELETE: links (affiliations, memberships, hosts, participations, hours) go with the
  person/organisation/event they hang on (CASCADE) — deleting a person must erase their
  traces; hierarchical or optional references (parent organisation, series of an event,
  organisation of logged hours) are SET NULL so history survives.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kidesk.db import name_keys, vocab
from kidesk.db.collation import SORT_KEY_OF, key_default

# Named constraints so that Alembic batch migrations on SQLite can address them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _sort_key(source: str) -> Mapped[str | None]:
    """The stored DIN 5007 sort key of ``source`` (:mod:`kidesk.db.collation`), filled on write;
    no length: folding may lengthen a name (ß → ss)."""
    return mapped_column(String(), default=key_default(source), info={SORT_KEY_OF: source})


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampMixin:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow, server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=_utcnow, onupdate=_utcnow, server_default=func.current_timestamp()
    )


class VersionedMixin:
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")


class Contact(TimestampMixin, VersionedMixin, Base):
    """A person: partner staff, our own staff, volunteers, speakers, guests."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    salutation: Mapped[str] = mapped_column(String(10), nullable=False, default="none", server_default="none")
    title: Mapped[str | None] = mapped_column(String(60))  # academic title: "Dr.", "Prof. Dr."
    first_name: Mapped[str] = mapped_column(String(120), nullable=False, default="", server_default="")
    last_name: Mapped[str] = mapped_column(String(120), nullable=False)
    function: Mapped[str | None] = mapped_column(String(200))  # "Verwaltungsassistenz"
    department: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    mobile: Mapped[str | None] = mapped_column(String(60))
    fax: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(254))
    room: Mapped[str | None] = mapped_column(String(40))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(12))
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2), nullable=False, default="DE", server_default="DE")
    languages: Mapped[str | None] = mapped_column(String(300))  # free text: "Deutsch, Türkisch"
    notes: Mapped[str | None] = mapped_column(Text)
    is_staff: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    last_name_sort = _sort_key("last_name")
    first_name_sort = _sort_key("first_name")
    function_sort = _sort_key("function")
    city_sort = _sort_key("city")
    email_sort = _sort_key("email")

    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )
    participations: Mapped[list[Participation]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )
    volunteer: Mapped[Volunteer | None] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )
    consents: Mapped[list[Consent]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="(Consent.given_on, Consent.id)"
    )

    __mapper_args__ = {"version_id_col": VersionedMixin.version}
    __table_args__ = (
        CheckConstraint(_in("salutation", vocab.SALUTATIONS), name="salutation"),
        CheckConstraint("length(trim(last_name)) > 0", name="last_name_not_blank"),
        Index("ix_contacts_name", "last_name", "first_name"),
        Index("ix_contacts_city", "city"),
        Index("ix_contacts_email", "email"),
        Index("ix_contacts_is_staff", "is_staff"),
        Index("ix_contacts_name_sort", "last_name_sort", "first_name_sort"),
        Index("ix_contacts_first_name_sort", "first_name_sort", "last_name_sort"),
        Index("ix_contacts_function_sort", "function_sort", "last_name_sort"),
        Index("ix_contacts_city_sort", "city_sort", "last_name_sort"),
        Index("ix_contacts_email_sort", "email_sort"),
    )

    @property
    def full_name(self) -> str:
        """ "Dr. Ayşe Yılmaz" — title, first and last name, without salutation."""
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)

    @property
    def sort_name(self) -> str:
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name

    def __repr__(self) -> str:
        return f"<Contact {self.id} {self.full_name!r}>"


class ContactNameKey(Base):
    """One comparison key of a contact's name or e-mail (:mod:`kidesk.db.name_keys`, kept on write)."""

    __tablename__ = name_keys.TABLE

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(), primary_key=True)
    first_fold: Mapped[str | None] = mapped_column(String())  # block keys only: the folded parts, so that
    last_fold: Mapped[str | None] = mapped_column(String())  # the similarity pre-check reads the index alone

    __table_args__ = (Index("ix_contact_name_keys_key", "key", "first_fold", "last_fold", "contact_id"),)


class Organisation(TimestampMixin, VersionedMixin, Base):
    """A partner organisation, a town, an authority, our own KI — anything with people in it."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(250), nullable=False, unique=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(30), nullable=False, default="other", server_default="other")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(12))
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2), nullable=False, default="DE", server_default="DE")
    phone: Mapped[str | None] = mapped_column(String(60))
    fax: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(300))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)  # PNG/JPEG bytes, kept in the DB so a backup is one file
    logo_mime: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)
    #: archived instead of deleted (issue 19): hidden from the list and new choices, kept on every record
    archived_on: Mapped[dt.date | None] = mapped_column(Date)
    name_sort = _sort_key("name")
    short_name_sort = _sort_key("short_name")
    city_sort = _sort_key("city")

    parent: Mapped[Organisation | None] = relationship(remote_side="Organisation.id", back_populates="children")
    children: Mapped[list[Organisation]] = relationship(back_populates="parent", passive_deletes=True)
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", passive_deletes=True
    )
    memberships: Mapped[list[NetworkMembership]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": VersionedMixin.version}
    __table_args__ = (
        CheckConstraint(_in("kind", vocab.ORGANISATION_KINDS), name="kind"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        Index("ix_organisations_parent_id", "parent_id"),
        Index("ix_organisations_kind", "kind"),
        Index("ix_organisations_city", "city"),
        Index("ix_organisations_name_sort", "name_sort"),
        Index("ix_organisations_short_name_sort", "short_name_sort", "name_sort"),
        Index("ix_organisations_city_sort", "city_sort", "name_sort"),
    )

    @property
    def display_name(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"<Organisation {self.id} {self.name!r}>"


class Affiliation(Base):
    """A person works at (or for) an organisation."""

    __tablename__ = "affiliations"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False)
    role: Mapped[str | None] = mapped_column(String(200))  # "Leitung", "Integrationsagentur"
    department: Mapped[str | None] = mapped_column(String(200))
    is_primary: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)

    contact: Mapped[Contact] = relationship(back_populates="affiliations")
    organisation: Mapped[Organisation] = relationship(back_populates="affiliations")

    __table_args__ = (
        UniqueConstraint("contact_id", "organisation_id", name="uq_affiliations_contact_organisation"),
        CheckConstraint("valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from", name="dates_ordered"),
        Index("ix_affiliations_organisation_id", "organisation_id"),
    )


class Network(TimestampMixin, Base):
    """A network of organisations, e.g. widunetz."""

    __tablename__ = "networks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(250), nullable=False, unique=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    description: Mapped[str | None] = mapped_column(Text)
    founded_on: Mapped[dt.date | None] = mapped_column(Date)  # e.g. the agreement signed on 27.02.2008
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))

    coordinator: Mapped[Organisation | None] = relationship()
    memberships: Mapped[list[NetworkMembership]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)


class NetworkMembership(Base):
    __tablename__ = "network_memberships"

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"), nullable=False)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False)
    role: Mapped[str | None] = mapped_column(String(200))  # "Projektgruppe"
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)

    network: Mapped[Network] = relationship(back_populates="memberships")
    organisation: Mapped[Organisation] = relationship(back_populates="memberships")

    __table_args__ = (
        # one row per period: leaving and joining again is a second row (migration 0004)
        UniqueConstraint(
            "network_id", "organisation_id", "joined_on", name="uq_network_memberships_network_organisation_joined"
        ),
        CheckConstraint("left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on", name="dates_ordered"),
        Index("ix_network_memberships_organisation_id", "organisation_id"),
    )


class EventSeries(TimestampMixin, VersionedMixin, Base):
    """A series such as the basic qualification for volunteers in refugee aid."""

    __tablename__ = "event_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(250), nullable=False, unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    module_count: Mapped[int | None] = mapped_column(Integer)
    # Certificate rule: attended at least this many modules (NULL: all modules).
    certificate_min_modules: Mapped[int | None] = mapped_column(Integer)

    events: Mapped[list[Event]] = relationship(back_populates="series", passive_deletes=True)

    __mapper_args__ = {"version_id_col": VersionedMixin.version}
    __table_args__ = (
        CheckConstraint("module_count IS NULL OR module_count > 0", name="module_count_positive"),
        CheckConstraint("certificate_min_modules IS NULL OR certificate_min_modules > 0", name="min_modules_positive"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )


class Event(TimestampMixin, VersionedMixin, Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("event_series.id", ondelete="SET NULL"))
    module_number: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(250), nullable=False)
    subtitle: Mapped[str | None] = mapped_column(String(250))
    kind: Mapped[str] = mapped_column(String(30), nullable=False, default="other", server_default="other")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="planned", server_default="planned")
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    venue_name: Mapped[str | None] = mapped_column(String(200))  # "Kreishaus Herford"
    venue_street: Mapped[str | None] = mapped_column(String(200))
    venue_postcode: Mapped[str | None] = mapped_column(String(12))
    venue_city: Mapped[str | None] = mapped_column(String(120))
    room: Mapped[str | None] = mapped_column(String(120))  # "Ebene 3"
    description: Mapped[str | None] = mapped_column(Text)
    capacity: Mapped[int | None] = mapped_column(Integer)
    registration_deadline: Mapped[dt.date | None] = mapped_column(Date)
    # attendances of people erased under Art. 17: counted, no longer linked to anybody
    anonymous_attendance: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")

    series: Mapped[EventSeries | None] = relationship(back_populates="events")
    hosts: Mapped[list[EventHost]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    participations: Mapped[list[Participation]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": VersionedMixin.version}
    __table_args__ = (
        CheckConstraint(_in("kind", vocab.EVENT_KINDS), name="kind"),
        CheckConstraint(_in("status", vocab.EVENT_STATUSES), name="status"),
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="ends_after_start"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
        CheckConstraint("module_number IS NULL OR module_number > 0", name="module_number_positive"),
        CheckConstraint("module_number IS NULL OR series_id IS NOT NULL", name="module_needs_series"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        UniqueConstraint("series_id", "module_number", name="uq_events_series_module"),
        Index("ix_events_starts_at", "starts_at"),
        Index("ix_events_series_id", "series_id"),
    )

    def __repr__(self) -> str:
        return f"<Event {self.id} {self.title!r} {self.starts_at:%Y-%m-%d}>"


class EventHost(Base):
    """An organisation hosting an event: organiser, co-host or funder."""

    __tablename__ = "event_hosts"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), nullable=False)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="co_host", server_default="co_host")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")

    event: Mapped[Event] = relationship(back_populates="hosts")
    organisation: Mapped[Organisation] = relationship()

    __table_args__ = (
        CheckConstraint(_in("role", vocab.HOST_ROLES), name="role"),
        UniqueConstraint("event_id", "organisation_id", "role", name="uq_event_hosts_event_organisation_role"),
        Index("ix_event_hosts_organisation_id", "organisation_id"),
    )


class Participation(TimestampMixin, VersionedMixin, Base):
    """A person at an event: invited, registered, attended — or declined, cancelled, no-show.

    The current status lives here; every change is also written to
    :class:`ParticipationStatusChange` (see :func:`kidesk.db.queries.set_participation_status`).
    """

    __tablename__ = "participations"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), nullable=False)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="guest", server_default="guest")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="invited", server_default="invited")
    invited_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    registered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    attended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    declined_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event] = relationship(back_populates="participations")
    contact: Mapped[Contact] = relationship(back_populates="participations")
    history: Mapped[list[ParticipationStatusChange]] = relationship(
        back_populates="participation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ParticipationStatusChange.id",
    )

    __mapper_args__ = {"version_id_col": VersionedMixin.version}
    __table_args__ = (
        CheckConstraint(_in("role", vocab.PARTICIPANT_ROLES), name="role"),
        CheckConstraint(_in("status", vocab.PARTICIPATION_STATUSES), name="status"),
        UniqueConstraint("event_id", "contact_id", name="uq_participations_event_contact"),
        Index("ix_participations_contact_id", "contact_id"),
        Index("ix_participations_event_status", "event_id", "status"),
    )


class ParticipationStatusChange(Base):
    __tablename__ = "participation_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    participation_id: Mapped[int] = mapped_column(ForeignKey("participations.id", ondelete="CASCADE"), nullable=False)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20), nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    note: Mapped[str | None] = mapped_column(String(300))

    participation: Mapped[Participation] = relationship(back_populates="history")

    __table_args__ = (
        CheckConstraint(_in("to_status", vocab.PARTICIPATION_STATUSES), name="to_status"),
        Index("ix_participation_status_changes_participation_id", "participation_id"),
    )


class Volunteer(TimestampMixin, VersionedMixin, Base):
    """The volunteer profile on top of a contact (one at most per contact).

    Holds only the *date* the extended police certificate (erweitertes Führungszeugnis)
    was inspected and when it is due again — never the document itself.
    """

    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, unique=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="active", server_default="active")
    active_since: Mapped[dt.date | None] = mapped_column(Date)
    municipality: Mapped[str | None] = mapped_column(String(120))
    availability: Mapped[str | None] = mapped_column(String(300))  # "Di/Do nachmittags"
    agreement_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_given_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_photos: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    consent_newsletter: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    consent_share_with_partners: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default="0"
    )
    police_certificate_inspected_on: Mapped[dt.date | None] = mapped_column(Date)
    police_certificate_due_on: Mapped[dt.date | None] = mapped_column(Date)
    # the day the certificate itself was issued (§ 72a SGB VIII: at most three months before the inspection)
    police_certificate_issued_on: Mapped[dt.date | None] = mapped_column(Date)
    # the day the activity ended (status left "active"); police-certificate data goes three months later
    activity_ended_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    contact: Mapped[Contact] = relationship(back_populates="volunteer")
    engagements: Mapped[list[VolunteerEngagement]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan", passive_deletes=True
    )
    languages: Mapped[list[VolunteerLanguage]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan", passive_deletes=True
    )
    hours: Mapped[list[VolunteerHours]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": VersionedMixin.version}
    __table_args__ = (
        CheckConstraint(_in("status", vocab.VOLUNTEER_STATUSES), name="status"),
        Index("ix_volunteers_status_municipality", "status", "municipality"),
        Index("ix_volunteers_police_certificate_due_on", "police_certificate_due_on"),
    )


class VolunteerEngagement(Base):
    """One engagement area of a volunteer ("Sprachpatenschaft", "Begleitung zu Behörden")."""

    __tablename__ = "volunteer_engagements"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), nullable=False)
    area: Mapped[str] = mapped_column(String(120), nullable=False)

    volunteer: Mapped[Volunteer] = relationship(back_populates="engagements")

    __table_args__ = (
        UniqueConstraint("volunteer_id", "area", name="uq_volunteer_engagements_volunteer_area"),
        Index("ix_volunteer_engagements_area", "area"),
    )


class VolunteerLanguage(Base):
    """A language a volunteer speaks, with a level (CEFR A1…C2 or "native")."""

    __tablename__ = "volunteer_languages"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), nullable=False)
    language: Mapped[str] = mapped_column(String(60), nullable=False)  # "Arabisch"
    level: Mapped[str | None] = mapped_column(String(10))

    volunteer: Mapped[Volunteer] = relationship(back_populates="languages")

    __table_args__ = (
        UniqueConstraint("volunteer_id", "language", name="uq_volunteer_languages_volunteer_language"),
        CheckConstraint(f"level IS NULL OR {_in('level', vocab.LANGUAGE_LEVELS)}", name="level"),
        Index("ix_volunteer_languages_language", "language"),
    )


class VolunteerHours(Base):
    __tablename__ = "volunteer_hours"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), nullable=False)
    worked_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    hours: Mapped[Decimal] = mapped_column(Numeric(5, 2, asdecimal=True), nullable=False)
    activity: Mapped[str | None] = mapped_column(String(300))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow, server_default=func.current_timestamp())

    volunteer: Mapped[Volunteer] = relationship(back_populates="hours")
    organisation: Mapped[Organisation | None] = relationship()

    __table_args__ = (
        CheckConstraint("hours > 0 AND hours <= 24", name="hours_range"),
        Index("ix_volunteer_hours_volunteer_worked_on", "volunteer_id", "worked_on"),
    )


class Setting(Base):
    """Key/value settings stored with the data (our organisation, templates, calibration).

    Values are JSON text; :mod:`kidesk.db.settings` gives typed access.
    Per-workstation preferences (window geometry, last tab) belong in QSettings instead.
    """

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=_utcnow, onupdate=_utcnow, server_default=func.current_timestamp()
    )


class Consent(Base):
    """One consent of a person to one purpose (issue 13): given on, how, withdrawn on.

    A new consent for the same purpose is a new row, so the rows of a person are the history.
    The purpose codes are configurable (``privacy.purposes`` setting); see
    :mod:`kidesk.domain.consent` for when a consent counts.
    """

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    purpose: Mapped[str] = mapped_column(String(40), nullable=False)
    given_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    method: Mapped[str] = mapped_column(String(10), nullable=False, default="written", server_default="written")
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow, server_default=func.current_timestamp())

    __table_args__ = (
        CheckConstraint(_in("method", vocab.CONSENT_METHODS), name="method"),
        CheckConstraint("withdrawn_on IS NULL OR withdrawn_on >= given_on", name="dates_ordered"),
        Index("ix_consents_contact_purpose", "contact_id", "purpose"),
    )


class AuditEntry(Base):
    """One change of one record: who, when, what (issue 13). Written by :mod:`kidesk.db.audit`.

    ``changes`` is JSON ``{field: [old, new]}`` with only the fields that changed; an erasure's
    entry has none. ``contact_id`` names the person a record belongs to (no foreign key: the
    entry outlives the record), so a person's "Verlauf" and an erasure find every entry.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    actor: Mapped[str] = mapped_column(String(120), nullable=False)
    action: Mapped[str] = mapped_column(String(10), nullable=False)
    table_name: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[int | None] = mapped_column(Integer)
    contact_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (
        CheckConstraint(_in("action", vocab.AUDIT_ACTIONS), name="action"),
        Index("ix_audit_log_record", "table_name", "record_id"),
        Index("ix_audit_log_contact_id", "contact_id"),
    )


class Erasure(Base):
    """The erasure register (Art. 17): what was erased, when, by whom, why — no personal data.

    ``key_hash`` is a salted SHA-256 of the erased record's key (id, created_at, names) so that a
    restored backup's copy of the person is recognised and erased again, without the register
    holding anything that names the person.
    """

    __tablename__ = "erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    erased_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    erased_by: Mapped[str] = mapped_column(String(120), nullable=False)
    record_table: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    salt: Mapped[str] = mapped_column(String(32), nullable=False)
    key_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    request_reference: Mapped[str | None] = mapped_column(String(120))
    rule: Mapped[str | None] = mapped_column(String(60))
    summary: Mapped[str | None] = mapped_column(String(300))
