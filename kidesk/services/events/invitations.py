"""The invite list of an event: who is on it, how they got there, who gets a letter.

**No one is invited twice**: adding a contact who is already on the list (in any status) is
skipped and counted as such. Who gets an invitation *letter* is the domain rule
:func:`kidesk.domain.invitations.gets_invitation_letter`; the print service, the CLI and the
paperwork panel all ask it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import queries
from kidesk.db.database import Database
from kidesk.db.models import (
    Affiliation,
    Contact,
    Event,
    Network,
    NetworkMembership,
    Participation,
    ParticipationStatusChange,
    Volunteer,
)
from kidesk.domain.addresses import has_postal_address
from kidesk.domain.affiliations import primary_organisation_name
from kidesk.domain.invitations import gets_invitation_letter
from kidesk.errors import NotFound, ValidationError
from kidesk.services.events.common import fold_name, get_event, now


@dataclass(frozen=True)
class InviteeRow:
    participation_id: int
    contact_id: int
    name: str  # "Yılmaz, Ayşe"
    organisation: str
    email: str | None
    has_postal_address: bool
    role: str
    status: str
    status_changed_at: dt.datetime | None
    #: every status change: (to_status, changed_at, note), oldest first
    history: tuple[tuple[str, dt.datetime, str | None], ...] = ()


@dataclass(frozen=True)
class InviteResult:
    added: int
    already_invited: int
    #: the participations this action created (what :func:`undo_invitation` takes back)
    participation_ids: tuple[int, ...] = field(default=(), compare=False)
    #: True for a count only (``dry_run=True``): nothing was written
    dry_run: bool = field(default=False, compare=False)

    def describe(self) -> str:
        text = f"{self.added} eingeladen"
        if self.already_invited:
            text += f", {self.already_invited} standen schon auf der Liste"
        return text


def _active_volunteer_contact_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Volunteer.contact_id).where(Volunteer.status == "active")))


def _organisation_contact_ids(
    session: Session, organisation_ids: Iterable[int], *, on: dt.date | None = None
) -> list[int]:
    """Contacts currently affiliated with any of the organisations (ended affiliations are left out)."""
    ids = list(organisation_ids)
    if not ids:
        return []
    on = on or dt.date.today()
    stmt = select(Affiliation.contact_id).where(
        Affiliation.organisation_id.in_(ids),
        or_(Affiliation.valid_to.is_(None), Affiliation.valid_to >= on),
    )
    return list(dict.fromkeys(session.scalars(stmt)))


def _network_member_contact_ids(session: Session, network_id: int, *, on: dt.date | None = None) -> list[int]:
    """Contacts of the organisations that are currently members of the network."""
    on = on or dt.date.today()
    org_ids = session.scalars(
        select(NetworkMembership.organisation_id).where(
            NetworkMembership.network_id == network_id,
            or_(NetworkMembership.left_on.is_(None), NetworkMembership.left_on >= on),
        )
    ).all()
    return _organisation_contact_ids(session, org_ids, on=on)


def _earlier_module_attendee_ids(session: Session, event: Event) -> list[int]:
    """Everyone who attended an earlier module of the event's series."""
    if event.series_id is None:
        raise ValidationError(
            f"„{event.title}“ gehört zu keiner Reihe; es gibt keine früheren Module. Bitte zuerst eine Reihe zuordnen."
        )
    earlier = [Event.starts_at < event.starts_at]
    if event.module_number is not None:
        earlier = [or_(Event.module_number < event.module_number, Event.starts_at < event.starts_at)]
    stmt = (
        select(Participation.contact_id)
        .join(Event, Participation.event_id == Event.id)
        .where(Event.series_id == event.series_id, Event.id != event.id, Participation.status == "attended", *earlier)
    )
    return list(dict.fromkeys(session.scalars(stmt)))


def _add_to_list(
    session: Session, event: Event, contact_ids: Iterable[int], note: str | None, *, dry_run: bool = False
) -> InviteResult:
    present = set(session.scalars(select(Participation.contact_id).where(Participation.event_id == event.id)))
    wanted = list(dict.fromkeys(contact_ids))
    known: set[int] = set()
    for start in range(0, len(wanted), 500):  # one query per 500 ids, not one per person
        known.update(session.scalars(select(Contact.id).where(Contact.id.in_(wanted[start : start + 500]))))
    unknown = [cid for cid in wanted if cid not in known]
    if unknown:
        raise NotFound(f"Ein Kontakt mit der ID {unknown[0]} gibt es nicht. Es wurde niemand eingeladen.")
    if dry_run:
        new = [cid for cid in wanted if cid not in present]
        return InviteResult(len(new), len(wanted) - len(new), dry_run=True)
    skipped = 0
    created: list[Participation] = []
    when = now()
    with session.no_autoflush:
        for cid in wanted:
            if cid in present:
                skipped += 1
                continue
            p = Participation(event_id=event.id, contact_id=cid, role="guest")
            session.add(p)
            queries.set_participation_status(p, "invited", when=when, note=note)
            present.add(cid)
            created.append(p)
    session.flush()
    return InviteResult(len(created), skipped, tuple(p.id for p in created))


# Every bulk invitation takes ``dry_run=True`` to count first (the panel asks "81 Personen
# einladen?" before writing) and returns the created participations so it can be undone.


def invite_contacts(
    db: Database, event_id: int, contact_ids: Iterable[int], *, note: str | None = None, dry_run: bool = False
) -> InviteResult:
    """Put contacts on the invite list by hand (duplicates are skipped)."""
    with db.session() as session:
        return _add_to_list(
            session, get_event(session, event_id), contact_ids, note or "von Hand hinzugefügt", dry_run=dry_run
        )


def invite_active_volunteers(db: Database, event_id: int, *, dry_run: bool = False) -> InviteResult:
    with db.session() as session:
        event = get_event(session, event_id)
        return _add_to_list(
            session, event, _active_volunteer_contact_ids(session), "alle aktiven Ehrenamtlichen", dry_run=dry_run
        )


def invite_organisations(
    db: Database, event_id: int, organisation_ids: Sequence[int], *, dry_run: bool = False
) -> InviteResult:
    with db.session() as session:
        event = get_event(session, event_id)
        return _add_to_list(
            session,
            event,
            _organisation_contact_ids(session, organisation_ids),
            "Kontakte der Organisationen",
            dry_run=dry_run,
        )


def invite_network(db: Database, event_id: int, network_id: int, *, dry_run: bool = False) -> InviteResult:
    with db.session() as session:
        event = get_event(session, event_id)
        network = queries.get_or_raise(session, Network, network_id, "Ein Netzwerk")
        return _add_to_list(
            session,
            event,
            _network_member_contact_ids(session, network_id),
            f"Mitglieder von {network.name}",
            dry_run=dry_run,
        )


def invite_earlier_module_attendees(db: Database, event_id: int, *, dry_run: bool = False) -> InviteResult:
    with db.session() as session:
        event = get_event(session, event_id)
        return _add_to_list(
            session,
            event,
            _earlier_module_attendee_ids(session, event),
            "Teilnehmende früherer Module",
            dry_run=dry_run,
        )


def undo_invitation(db: Database, participation_ids: Iterable[int]) -> InviteResult:
    """Take back an invitation action: remove what it added — unless it changed since.

    A person whose status changed after the invitation (registered, declined …) stays on
    the list; ``added`` counts those taken off, ``already_invited`` those kept.
    """
    removed = kept = 0
    with db.session() as session:
        for pid in participation_ids:
            p = session.get(Participation, pid)
            if p is None:
                continue
            if p.status == "invited" and len(p.history) <= 1:
                session.delete(p)
                removed += 1
            else:
                kept += 1
    return InviteResult(removed, kept)


@dataclass(frozen=True)
class RemovedEntry:
    """One person taken off a list, with everything needed to put them back unchanged."""

    event_id: int
    contact_id: int
    name: str
    role: str
    status: str
    stamps: tuple[dt.datetime | None, dt.datetime | None, dt.datetime | None, dt.datetime | None]
    note: str | None
    #: (from_status, to_status, changed_at, note) oldest first
    history: tuple[tuple[str | None, str, dt.datetime, str | None], ...]


def take_off_list(db: Database, participation_ids: Iterable[int]) -> tuple[RemovedEntry, ...]:
    """Take people off the list entirely; returns what :func:`restore_to_list` needs to undo it."""
    removed: list[RemovedEntry] = []
    with db.session() as session:
        for pid in participation_ids:
            p = session.get(Participation, pid)
            if p is None:
                continue
            removed.append(
                RemovedEntry(
                    p.event_id,
                    p.contact_id,
                    p.contact.full_name,
                    p.role,
                    p.status,
                    (p.invited_at, p.registered_at, p.attended_at, p.declined_at),
                    p.note,
                    tuple((h.from_status, h.to_status, h.changed_at, h.note) for h in p.history),
                )
            )
            session.delete(p)
    return tuple(removed)


def remove_from_list(db: Database, participation_ids: Iterable[int]) -> int:
    """Take people off the list entirely (their history goes with them)."""
    return len(take_off_list(db, participation_ids))


def restore_to_list(db: Database, removed: Iterable[RemovedEntry]) -> int:
    """Put people taken off by :func:`take_off_list` back with their status and history.

    Someone who is on the list again meanwhile (invited anew) is left as they are now.
    """
    n = 0
    with db.session() as session:
        for r in removed:
            if session.get(Event, r.event_id) is None or session.get(Contact, r.contact_id) is None:
                continue
            exists = session.scalars(
                select(Participation.id).where(
                    Participation.event_id == r.event_id, Participation.contact_id == r.contact_id
                )
            ).first()
            if exists is not None:
                continue
            p = Participation(event_id=r.event_id, contact_id=r.contact_id, role=r.role, status=r.status, note=r.note)
            p.invited_at, p.registered_at, p.attended_at, p.declined_at = r.stamps
            p.history = [
                ParticipationStatusChange(from_status=f, to_status=t, changed_at=when, note=note)
                for f, t, when, note in r.history
            ]
            session.add(p)
            n += 1
    return n


def invitees(db: Database, event_id: int) -> list[InviteeRow]:
    with db.session() as session:
        get_event(session, event_id)
        parts = session.scalars(
            select(Participation)
            .where(Participation.event_id == event_id)
            .options(
                selectinload(Participation.contact)
                .selectinload(Contact.affiliations)
                .selectinload(Affiliation.organisation),
                selectinload(Participation.history),
            )
        ).all()
        rows = [
            InviteeRow(
                participation_id=p.id,
                contact_id=p.contact_id,
                name=p.contact.sort_name,
                organisation=primary_organisation_name(p.contact.affiliations),
                email=p.contact.email,
                has_postal_address=has_postal_address(p.contact),
                role=p.role,
                status=p.status,
                status_changed_at=p.history[-1].changed_at if p.history else None,
                history=tuple((h.to_status, h.changed_at, h.note) for h in p.history),
            )
            for p in parts
        ]
    rows.sort(key=lambda r: (r.role != "speaker", fold_name(r.name)))
    return rows


def invitation_recipients(db: Database, event_id: int) -> list[InviteeRow]:
    """Everyone on the list who gets an invitation letter (the domain rule), in list order."""
    return [r for r in invitees(db, event_id) if gets_invitation_letter(r.role, r.status)]


def invitees_without_address(db: Database, event_id: int) -> list[InviteeRow]:
    """Those who should get a letter but cannot: no address of their own or of their organisation."""
    return [r for r in invitation_recipients(db, event_id) if not r.has_postal_address]


def default_label_template(db: Database) -> str | None:
    """The label sheet chosen in the settings, for address labels of the invite list."""
    from kidesk.db import settings

    with db.session() as session:
        return settings.get(session, settings.DEFAULT_LABEL_TEMPLATE)
