"""Invitations by e-mail through the user's own mail program: ``mailto:`` links and address lists.

We do not send mail ourselves (no server settings, no password in kidesk): the default
mail program opens with the addresses in **BCC** (invitees must not see each other's
addresses — data protection) and the invitation text filled in.

Long lists are split: Outlook and several browsers/OS handlers cut ``mailto:`` URLs at
roughly 2000 characters, so :func:`mailto_urls` packs addresses into several URLs that each
stay under :data:`MAX_MAILTO_LENGTH`; every URL carries the same subject and text.
Addresses are separated by commas (RFC 6068) inside the URL; the plain list for the
clipboard uses ``"; "`` (what Outlook expects when pasted; Thunderbird accepts it too).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote

from kidesk.db import queries
from kidesk.db.database import Database
from kidesk.db.models import Event
from kidesk.domain.dates import format_date
from kidesk.domain.invitations import gets_invitation_mail

MAX_MAILTO_LENGTH = 2000
CLIPBOARD_SEPARATOR = "; "


def _quote(text: str) -> str:
    # RFC 6068: line breaks as %0D%0A, everything reserved percent-encoded
    return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")


def _quote_address(address: str) -> str:
    return quote(address, safe="@.+-_")


def unique_addresses(addresses: Iterable[str | None]) -> list[str]:
    """Trimmed, non-empty addresses, each once (case-insensitive), in the given order."""
    seen: set[str] = set()
    result = []
    for a in addresses:
        a = (a or "").strip()
        if a and "@" in a and a.lower() not in seen:
            seen.add(a.lower())
            result.append(a)
    return result


def mailto_urls(
    addresses: Iterable[str | None], subject: str = "", body: str = "", *, max_length: int = MAX_MAILTO_LENGTH
) -> list[str]:
    """``mailto:`` URLs with the addresses in BCC, each at most ``max_length`` characters.

    The text is shortened (ending in "[…]") only if even one address would not fit beside
    it. No addresses → no URLs.
    """
    addrs = unique_addresses(addresses)
    if not addrs:
        return []
    params = []
    if subject:
        params.append("subject=" + _quote(subject))
    body_param = "body=" + _quote(body) if body else ""
    longest = max(len(_quote_address(a)) for a in addrs)
    base_len = len("mailto:?bcc=") + sum(len(p) + 1 for p in params) + (len(body_param) + 1 if body_param else 0)
    if base_len + longest > max_length and body:
        # shorten the text until the longest address fits
        room = max_length - (base_len - len(body_param)) - longest - len("body=") - 1
        text = body
        while text and len(_quote(text + " […]")) > room:
            text = text[: max(0, len(text) - max(1, len(text) // 10))]
        body_param = "body=" + _quote(text + " […]") if text else ""
    tail = "&".join([*params, body_param] if body_param else params)
    tail = "&" + tail if tail else ""
    urls: list[str] = []
    chunk: list[str] = []
    for a in addrs:
        candidate = [*chunk, _quote_address(a)]
        url = "mailto:?bcc=" + ",".join(candidate) + tail
        if chunk and len(url) > max_length:
            urls.append("mailto:?bcc=" + ",".join(chunk) + tail)
            chunk = [_quote_address(a)]
        else:
            chunk = candidate
    if chunk:
        urls.append("mailto:?bcc=" + ",".join(chunk) + tail)
    return urls


def address_list_text(addresses: Iterable[str | None], separator: str = CLIPBOARD_SEPARATOR) -> str:
    """All addresses in one line for the clipboard ("a@x.de; b@y.de")."""
    return separator.join(unique_addresses(addresses))


@dataclass
class InvitationMail:
    subject: str
    body: str
    addresses: list[str]
    without_email: list[str] = field(default_factory=list)  # names of invitees who need a letter instead

    def mailto_urls(self, max_length: int = MAX_MAILTO_LENGTH) -> list[str]:
        return mailto_urls(self.addresses, self.subject, self.body, max_length=max_length)

    def clipboard_text(self) -> str:
        return address_list_text(self.addresses)


def invitation_text(event: Event) -> tuple[str, str]:
    """Subject and body of the invitation mail (plain text, German)."""
    day = format_date(event.starts_at)
    when = f"{day} um {event.starts_at:%H.%M} Uhr"
    if event.ends_at and event.ends_at.date() == event.starts_at.date():
        when = f"{day} von {event.starts_at:%H.%M} bis {event.ends_at:%H.%M} Uhr"
    module = ""
    if event.series is not None:
        module = (
            f"zum {event.module_number}. Modul der Reihe „{event.series.title}“: "
            if event.module_number
            else f"im Rahmen der Reihe „{event.series.title}“ zu: "
        )
    place = ", ".join(
        x
        for x in (
            event.venue_name,
            event.room,
            event.venue_street,
            " ".join(y for y in (event.venue_postcode, event.venue_city) if y),
        )
        if x
    )
    hosts = [h.organisation.name for h in sorted(event.hosts, key=lambda h: h.position)]
    lines = ["Guten Tag,", ""]
    lines.append(f"hiermit laden wir Sie herzlich {module or 'zu '}„{event.title}“ ein.")
    if event.subtitle:
        lines.append(event.subtitle)
    lines += ["", f"Termin: {when}"]
    if place:
        lines.append(f"Ort: {place}")
    if event.description:
        lines += ["", event.description]
    if event.registration_deadline:
        lines += ["", f"Bitte melden Sie sich bis zum {format_date(event.registration_deadline)} an."]
    if hosts:
        lines += ["", "Veranstalter: " + ", ".join(hosts)]
    lines += ["", "Mit freundlichen Grüßen"]
    return f"Einladung: {event.title} am {day}", "\n".join(lines)


def invitation_mail(db: Database, event_id: int) -> InvitationMail:
    """Subject, text and the addresses of everyone the invitation mail goes to
    (:func:`kidesk.domain.invitations.gets_invitation_mail`)."""
    with db.session() as session:
        event = queries.get_or_raise(session, Event, event_id, "Eine Veranstaltung")
        subject, body = invitation_text(event)
        parts = sorted(
            (p for p in event.participations if gets_invitation_mail(p.role, p.status)),
            key=lambda p: (p.contact.last_name.casefold(), p.contact.first_name.casefold()),
        )
        addresses = unique_addresses(p.contact.email for p in parts)
        without = [p.contact.full_name for p in parts if not (p.contact.email or "").strip()]
    return InvitationMail(subject, body, addresses, without)
