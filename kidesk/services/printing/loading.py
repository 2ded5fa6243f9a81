"""What every print product loads: the user errors, who is on which list, and the loaders.

All functions here take an open ``Session``; the public ``print_*`` functions of the package
open it (one unit of work per product) and pass it down.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import audit, settings
from kidesk.db.collation import sort_key
from kidesk.db.models import Affiliation, Contact, Event, EventHost, Organisation, Participation
from kidesk.domain.dates import format_date
from kidesk.errors import NotFound, UserError, ValidationError

# Who appears on lists and badges, who gets letters and labels.
ATTENDING_STATUSES = ("invited", "registered", "attended")
INVITE_LIST_STATUSES = ("invited", "registered", "waitlisted", "attended")
SPEAKER_ROLE = "speaker"


class ContactWithoutAddress(UserError):
    """A label or letter for a contact that has no postal address (own or organisation's)."""


class NothingToPrint(UserError):
    """An event without participants, a series without anyone meeting the rule, no staff…"""


def load_contacts(session: Session, contact_ids: Iterable[int]) -> list[Contact]:
    """The contacts in the given order (duplicates dropped), with affiliations and organisations."""
    ids = list(dict.fromkeys(contact_ids))
    contacts = {
        c.id: c
        for c in session.scalars(
            select(Contact)
            .where(Contact.id.in_(ids))
            .options(selectinload(Contact.affiliations).selectinload(Affiliation.organisation))
        )
    }
    missing = [i for i in ids if i not in contacts]
    if missing:
        raise NotFound(f"Kontakt mit der ID {missing[0]} gibt es nicht.")
    return [contacts[i] for i in ids]


def load_event(session: Session, event_id: int) -> Event:
    event = session.scalars(
        select(Event)
        .where(Event.id == event_id)
        .options(
            selectinload(Event.participations)
            .selectinload(Participation.contact)
            .selectinload(Contact.affiliations)
            .selectinload(Affiliation.organisation),
            selectinload(Event.hosts).selectinload(EventHost.organisation),
            selectinload(Event.series),
        )
    ).one_or_none()
    if event is None:
        raise NotFound(f"Veranstaltung mit der ID {event_id} gibt es nicht.")
    return event


def event_label(event: Event) -> str:
    return f"„{event.title}“ vom {format_date(event.starts_at)} (ID {event.id})"


def participants(event: Event, statuses: Sequence[str], what: str) -> list[Participation]:
    """The event's participations in ``statuses`` in German order (:func:`contact_order`);
    NothingToPrint if there are none."""
    chosen = [p for p in event.participations if p.status in statuses]
    if not chosen:
        raise NothingToPrint(
            f"Die Veranstaltung {event_label(event)} hat keine Teilnehmenden für {what}. "
            "Bitte zuerst Personen einladen oder anmelden."
        )
    return sorted(chosen, key=lambda p: contact_order(p.contact))


def contact_order(contact: Contact) -> tuple[str, str, int]:
    """German dictionary order (DIN 5007-1) of people in every print product — the key the
    app's lists use (:func:`kidesk.db.collation.sort_key`): Çetin with C, Kılıç before Kröger."""
    return (sort_key(contact.last_name) or "", sort_key(contact.first_name) or "", contact.id)


def chosen_contacts(
    session: Session, *, contact_ids: Sequence[int] | None, event_id: int | None, what: str
) -> list[Contact]:
    """Either the given contacts or the event's invite list (exactly one of the two)."""
    if bool(contact_ids) == (event_id is not None):
        raise ValidationError(f"Bitte entweder eine Veranstaltung oder Kontakte für die {what} angeben.")
    if event_id is not None:
        event = load_event(session, event_id)
        return [p.contact for p in participants(event, INVITE_LIST_STATUSES, what)]
    return load_contacts(session, contact_ids or [])


def own_organisation(session: Session, *, required: bool) -> Organisation | None:
    org_id = settings.get(session, settings.OWN_ORGANISATION_ID)
    organisation = session.get(Organisation, org_id) if org_id else None
    if organisation is None and required:
        raise UserError(
            "Die eigene Organisation (Briefkopf) ist nicht festgelegt. "
            "Bitte in den Einstellungen die eigene Organisation auswählen."
        )
    return organisation


def sender_contact(session: Session) -> Contact | None:
    """Who signs letters and certificates: the working user's own choice first (set once in the
    settings), else the office-wide sender; a choice whose contact was deleted falls through."""
    for key in (settings.user_letter_sender_key(audit.current_actor()), settings.LETTER_SENDER_CONTACT_ID):
        contact_id = settings.get(session, key)
        contact = session.get(Contact, contact_id) if contact_id else None
        if contact is not None:
            return contact
    return None
