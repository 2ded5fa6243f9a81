"""The plain data every renderer takes. Services fill these from the database; tests build them by hand.

:class:`PostalAddress` is defined with the address rule in :mod:`kidesk.domain.addresses` and
re-exported here, so renderers take all their records from one module.

Nothing here knows about sessions or Qt. Strings are user text as typed (renderers escape them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kidesk.domain.addresses import PostalAddress
from kidesk.pdf import german_format

__all__ = [
    "AttendanceRow",
    "Badge",
    "BusinessCard",
    "Certificate",
    "CertificateIssuer",
    "CertificateModule",
    "EventDetails",
    "Letter",
    "LetterSender",
    "OrganisationMark",
    "PostalAddress",
]


@dataclass(frozen=True)
class BusinessCard:
    """One person's card. ``vcard`` is the QR code's content (None: no QR code);
    ``vcard_fallbacks`` are shorter payloads for when the full one would be too dense."""

    name: str
    function: str = ""
    department: str = ""
    organisation: str = ""
    street: str = ""
    postcode_city: str = ""
    phone: str = ""
    mobile: str = ""
    fax: str = ""
    email: str = ""
    room: str = ""
    website: str = ""
    logo: bytes | None = None
    logo_owner: str = ""  # named in the error if the logo is unreadable
    vcard: str | None = None
    vcard_fallbacks: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrganisationMark:
    """An organisation as shown on flyers and letterheads: name and optional logo bytes."""

    name: str
    logo: bytes | None = None


@dataclass(frozen=True)
class LetterSender:
    """Our organisation for the letterhead and the return-address line."""

    organisation: str
    unit: str = ""  # e.g. "Kommunales Integrationszentrum"
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    website: str = ""
    logo: bytes | None = None
    logo_owner: str = ""  # the organisation record the logo belongs to, for error messages

    def return_address(self) -> str:
        """The one-line sender above the window: "Kreis Herford · Amtshausstraße 3 · 32051 Herford"."""
        town = " ".join(p for p in (self.postcode, self.city) if p)
        return " · ".join(p for p in (self.organisation, self.street, town) if p)


@dataclass(frozen=True)
class Letter:
    """One letter of a mail merge; ``body`` is a list of paragraphs (plain text)."""

    recipient: PostalAddress
    subject: str
    salutation: str  # "Sehr geehrte Frau Dr. Yılmaz,"
    body: list[str]
    info: list[tuple[str, str]] = field(default_factory=list)  # information block: (label, value)
    closing: str = "Mit freundlichen Grüßen"
    signature: list[str] = field(default_factory=list)  # name, function
    enclosures: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class EventDetails:
    """What flyers, badges, attendance lists and letters say about an event."""

    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    subtitle: str = ""
    series_title: str = ""
    module_number: int | None = None
    venue_name: str = ""
    venue_street: str = ""
    venue_postcode: str = ""
    venue_city: str = ""
    room: str = ""
    description: str = ""
    speakers: tuple[str, ...] = ()
    organisers: tuple[OrganisationMark, ...] = ()
    co_hosts: tuple[OrganisationMark, ...] = ()
    funders: tuple[OrganisationMark, ...] = ()
    contact_lines: tuple[str, ...] = ()  # the organiser's contact person: name, phone, e-mail
    registration_deadline: dt.date | None = None
    qr_text: str = ""  # how to register: a mailto:/tel:/https: link (or a vCard)
    qr_caption: str = ""
    registration_lines: tuple[str, ...] = ()  # "Anmeldung per E-Mail an …", "Telefon …"
    picture: bytes | None = None  # optional picture for the flyer

    @property
    def module_line(self) -> str:
        """ "12. Modul der Basisqualifikation für Ehrenamtliche" or the series title or ""."""
        if self.series_title and self.module_number:
            return f"{self.module_number}. Modul – {self.series_title}"
        return self.series_title

    @property
    def date_line(self) -> str:
        return german_format.date_long(self.starts_at)

    @property
    def time_line(self) -> str:
        return german_format.time_range(self.starts_at, self.ends_at)

    @property
    def venue_line(self) -> str:
        town = " ".join(p for p in (self.venue_postcode, self.venue_city) if p)
        return ", ".join(p for p in (self.venue_name, self.room, self.venue_street, town) if p)


@dataclass(frozen=True)
class Badge:
    name: str
    organisation: str = ""
    role: str = ""  # "Referentin", shown small; empty for guests


@dataclass(frozen=True)
class AttendanceRow:
    name: str  # "Yılmaz, Ayşe"
    organisation: str = ""


@dataclass(frozen=True)
class CertificateModule:
    number: int | None
    title: str
    date: dt.date


@dataclass(frozen=True)
class Certificate:
    """One volunteer's certificate of participation in a series."""

    name: str  # "Dr. Ayşe Yılmaz"
    series_title: str
    modules: list[CertificateModule]
    module_count: int | None = None  # modules in the series, for "7 von 12 Modulen"
    series_description: str = ""


@dataclass(frozen=True)
class CertificateIssuer:
    """Who signs the certificates: our organisation, place and date, the signing person."""

    sender: LetterSender
    place: str
    issued_on: dt.date
    signer_name: str = ""
    signer_function: str = ""
