"""Check-in at the door: find a person on the list as they are typed, mark them attended, walk-ins.

**Check-in by name** compares through the one name model (:mod:`kidesk.domain.names`): accents,
case, ß/ss, ä/ae, Arabic and Persian letter forms, harakat, ё/е and pasted bidi marks do not matter
(``Yilmaz`` finds ``Yılmaz``, ``Mueller`` Müller, ``رضايي`` رضایی); an exact full name wins over a
prefix match; anything not exactly one person is reported, never guessed. Walk-ins find an
existing contact or organisation the same way (not with SQLite's ASCII-only ``lower()``).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import queries, vocab
from kidesk.db.database import Database
from kidesk.db.models import Affiliation, Contact, Organisation, Participation
from kidesk.domain import names
from kidesk.domain.affiliations import primary_organisation_name
from kidesk.domain.dates import format_date
from kidesk.domain.organisation_names import same_organisation, similar_organisation
from kidesk.errors import NotFound, UserError, ValidationError
from kidesk.services.events.common import CHECKIN_STATUSES, AmbiguousName, clean, fold_name, get_event, now


@dataclass(frozen=True)
class CheckinUndo:
    """What one check-in changed, so :func:`undo_check_in` can put it back exactly.

    For someone on the list: the status, its time stamp and how many history entries there
    were before. For a walk-in: what was created (participation, contact, organisation,
    affiliation) or filled in (e-mail) — undo removes exactly that.
    """

    participation_id: int
    name: str
    previous_status: str | None = None  # None: the participation was created by the walk-in
    previous_attended_at: dt.datetime | None = None
    history_length: int = 0
    created_contact_id: int | None = None
    created_organisation_id: int | None = None
    added_affiliation_id: int | None = None
    filled_email: bool = False


@dataclass(frozen=True)
class CheckinCandidate:
    participation_id: int
    contact_id: int
    name: str  # "Ayşe Yılmaz"
    organisation: str
    status: str
    keywords: str = field(default="", compare=False, repr=False)  # folded organisation name + short name
    #: set by check_in / check_in_walk_in when something changed: how to take it back
    undo: CheckinUndo | None = field(default=None, compare=False, repr=False)


def _candidates(session: Session, event_id: int, statuses: Sequence[str] | None = None) -> list[CheckinCandidate]:
    stmt = (
        select(Participation)
        .where(Participation.event_id == event_id)
        .options(
            selectinload(Participation.contact)
            .selectinload(Contact.affiliations)
            .selectinload(Affiliation.organisation)
        )
    )
    if statuses is not None:
        stmt = stmt.where(Participation.status.in_(statuses))
    parts = sorted(
        session.scalars(stmt), key=lambda p: (fold_name(p.contact.last_name), fold_name(p.contact.first_name), p.id)
    )
    return [
        CheckinCandidate(
            p.id,
            p.contact_id,
            p.contact.full_name,
            primary_organisation_name(p.contact.affiliations),
            p.status,
            _fold(" ".join(f"{a.organisation.name} {a.organisation.short_name or ''}" for a in p.contact.affiliations)),
        )
        for p in parts
    ]


def _fold(text: str) -> str:
    return " ".join(names.words(text))


def _name_words(name: str) -> set[str]:
    """The words of a name in both umlaut forms (Müller: muller, mueller)."""
    return set(names.words(name)) | set(names.words(name, umlauts_as_digraphs=True))


def _query_words(text: str) -> list[list[str]]:
    """Each typed word with the forms it may stand for ("Müller" → muller or mueller)."""
    return [names.search_variants(token) for token in names.words(text.replace(",", " "), umlauts_as_digraphs=False)]


def _matches(query_words: list[list[str]], candidate: CheckinCandidate) -> bool:
    name_words = _name_words(candidate.name)
    org = candidate.keywords or _fold(candidate.organisation)
    return all(
        any(w.startswith(q) for w in name_words for q in forms) or any(len(q) >= 3 and q in org for q in forms)
        for forms in query_words
    )


def filter_candidates(people: Sequence[CheckinCandidate], text: str) -> list[CheckinCandidate]:
    """Those whose name (or organisation, from three letters) fits what was typed; all for ``""``.

    Pure and fast: the check-in view loads the list once and filters on every keystroke.
    """
    # "Abboud, Nour" as the invite list writes it must find Nour Abboud, as the CLI does
    words = _query_words(text)
    if not words:
        return list(people)
    return [c for c in people if _matches(words, c)]


def checkin_candidates(db: Database, event_id: int, text: str = "") -> list[CheckinCandidate]:
    """Everyone on the list (sorted by last name) whose name or organisation fits ``text``."""
    with db.session() as session:
        get_event(session, event_id)
        people = _candidates(session, event_id)
    return filter_candidates(people, text)


def refuse_future_event(event) -> None:
    """Check-in is for the day of the event: an attendance in the future would count for a certificate."""
    if event.starts_at.date() > now().date():
        raise ValidationError(
            f"„{event.title}“ findet erst am {format_date(event.starts_at)} statt. "
            "Einchecken geht ab dem Veranstaltungstag."
        )


def check_in(db: Database, participation_id: int) -> CheckinCandidate:
    """Mark one participant as attended (idempotent: a second check-in changes nothing)."""
    with db.session() as session:
        p = queries.get_or_raise(session, Participation, participation_id, "Eine Teilnahme")
        refuse_future_event(p.event)
        undo = None
        if p.status != "attended":
            undo = CheckinUndo(p.id, p.contact.full_name, p.status, p.attended_at, len(p.history))
            queries.set_participation_status(p, "attended", when=now(), note="Check-in")
        return CheckinCandidate(
            p.id,
            p.contact_id,
            p.contact.full_name,
            primary_organisation_name(p.contact.affiliations),
            p.status,
            undo=undo,
        )


def undo_check_in(db: Database, undo: CheckinUndo) -> str:
    """Take one check-in back (a wrong person at the door); returns the person's name.

    Someone on the list gets the status and history they had before; a walk-in's
    participation is removed, and so are the contact and organisation the walk-in created
    when nothing else refers to them meanwhile.
    """
    with db.session() as session:
        p = session.get(Participation, undo.participation_id)
        if p is None:
            raise NotFound(f"{undo.name} steht nicht mehr auf der Liste; es gibt nichts rückgängig zu machen.")
        if undo.previous_status is not None:
            for change in list(p.history[undo.history_length :]):
                p.history.remove(change)
            p.status = undo.previous_status
            p.attended_at = undo.previous_attended_at
            return undo.name
        contact = p.contact
        session.delete(p)
        session.flush()
        if undo.added_affiliation_id is not None:
            aff = session.get(Affiliation, undo.added_affiliation_id)
            if aff is not None:
                session.delete(aff)
        if undo.filled_email:
            contact.email = None
        session.flush()
        session.expire(contact)
        if undo.created_contact_id is not None and not contact.participations and contact.volunteer is None:
            session.delete(contact)
            session.flush()
        if undo.created_organisation_id is not None:
            org = session.get(Organisation, undo.created_organisation_id)
            if org is not None:
                session.refresh(org)
                if not org.affiliations:
                    session.delete(org)
        return undo.name


def find_by_name(db: Database, event_id: int, name: str) -> CheckinCandidate:
    """The one person on the list the name stands for — or a NotFound/AmbiguousName error.

    Only people invited, registered, waitlisted (or already attended) are considered; an
    exact full name ("Ayşe Yılmaz" or "Yılmaz, Ayşe") wins over a prefix match.
    """
    with db.session() as session:
        event = get_event(session, event_id)
        everyone = _candidates(session, event_id)
        title = event.title
    words = _query_words(name)
    if not words:
        raise NotFound("Ein leerer Name kann nicht eingecheckt werden.")
    wanted = [names.words(name.replace(",", " "), umlauts_as_digraphs=d) for d in (False, True)]

    def exact(candidate: CheckinCandidate) -> bool:
        for digraphs, typed in zip((False, True), wanted, strict=True):
            have = names.words(candidate.name, umlauts_as_digraphs=digraphs)
            if sorted(have) == sorted(typed) or have[-len(typed) :] == typed:
                return True
        return False

    def lookup(people: list[CheckinCandidate]) -> list[CheckinCandidate]:
        return [c for c in people if exact(c)] or [c for c in people if _matches(words, c)]

    hits = lookup([c for c in everyone if c.status in CHECKIN_STATUSES])
    if not hits:
        others = lookup([c for c in everyone if c.status not in CHECKIN_STATUSES])
        if len(others) == 1:
            label = vocab.PARTICIPATION_STATUS_LABELS[others[0].status]
            raise NotFound(
                f"{others[0].name} steht bei „{title}“ mit dem Status „{label}“ auf der Liste und wird nicht "
                "automatisch eingecheckt. Ist die Person doch gekommen, bitte im Programm als teilgenommen markieren."
            )
        raise NotFound(
            f"„{name}“ steht nicht auf der Liste von „{title}“. Bitte die Schreibweise prüfen oder als Gast ohne Anmeldung erfassen."
        )
    if len(hits) > 1:
        listed = ", ".join(c.name for c in hits[:5])
        raise AmbiguousName(f"„{name}“ passt auf mehrere Personen ({listed}). Bitte den vollen Namen angeben.")
    return hits[0]


def check_in_by_name(db: Database, event_id: int, name: str) -> CheckinCandidate:
    candidate = find_by_name(db, event_id, name)
    return check_in(db, candidate.participation_id)


@dataclass(frozen=True)
class WalkInData:
    first_name: str
    last_name: str
    organisation: str | None = None
    email: str | None = None
    #: the existing organisation the person picked (after a suggestion); wins over ``organisation``
    organisation_id: int | None = None
    #: the person confirmed that ``organisation`` is new although similar ones exist
    new_organisation: bool = False


class OrganisationNotCertain(UserError):
    """The organisation typed at check-in is not known exactly, but similar ones are.

    ``candidates`` holds ``(id, name)`` of the near matches, best first; the caller asks the
    person and repeats with ``organisation_id`` (use that one) or ``new_organisation=True``.
    """

    def __init__(self, typed: str, candidates: list[tuple[int, str]]) -> None:
        listed = ", ".join(f"„{n}“" for _i, n in candidates[:3])
        super().__init__(
            f"„{typed}“ gibt es so nicht, aber ähnlich: {listed}. Bitte eine davon wählen oder bestätigen, dass sie neu ist."
        )
        self.typed = typed
        self.candidates = candidates


def _find_organisation(session: Session, typed: str) -> tuple[int | None, list[tuple[int, str]]]:
    """The organisation ``typed`` names exactly (by name or short name, through the comparison
    forms: case, accents, umlaut spellings, legal form) — or the near matches to suggest."""
    rows = session.execute(
        select(Organisation.id, Organisation.name, Organisation.short_name).order_by(Organisation.id)
    ).all()
    for oid, oname, short in rows:
        if same_organisation(typed, oname) or (short and same_organisation(typed, short)):
            return oid, []
    similar = [(oid, oname) for oid, oname, short in rows if similar_organisation(typed, oname)]
    similar.sort(key=lambda c: difflib.SequenceMatcher(None, names.fold(typed), names.fold(c[1])).ratio(), reverse=True)
    return None, similar


def organisation_suggestions(db: Database, typed: str) -> tuple[int | None, list[tuple[int, str]]]:
    """What a typed organisation name stands for: ``(exact id, [])`` or ``(None, near matches)``."""
    text = clean(typed)
    if not text:
        return None, []
    with db.session() as session:
        return _find_organisation(session, text)


def check_in_walk_in(db: Database, event_id: int, data: WalkInData) -> CheckinCandidate:
    """Someone came without invitation: create (or reuse) the contact and mark them attended.

    A contact with the same e-mail address (or, without e-mail, exactly the same name and
    organisation) is reused instead of creating a duplicate. The organisation is matched by
    name or short name through the comparison forms (case, accents, umlaut spellings, "e.V."
    and other legal forms do not matter); when only similar ones exist,
    :class:`OrganisationNotCertain` names them and nothing is written; an unknown one is
    created (kind "Sonstige") so nothing typed is lost.
    """
    last = clean(data.last_name)
    first = clean(data.first_name) or ""
    if not last:
        raise ValidationError("Bitte mindestens den Nachnamen eingeben.", field="last_name")
    email = clean(data.email)
    if email and ("@" not in email or email.startswith("@") or email.endswith("@") or " " in email):
        raise ValidationError(
            f"„{email}“ ist keine gültige E-Mail-Adresse. Bitte prüfen oder leer lassen.", field="email"
        )
    org_name = clean(data.organisation)
    created_org: Organisation | None = None
    created_contact = filled_email = False
    added_aff: Affiliation | None = None
    with db.session() as session:
        event = get_event(session, event_id)
        refuse_future_event(event)
        organisation = None
        if data.organisation_id is not None:
            organisation = queries.get_or_raise(session, Organisation, data.organisation_id, "Eine Organisation")
        elif org_name:
            org_id, similar = _find_organisation(session, org_name)
            if org_id is None and similar and not data.new_organisation:
                raise OrganisationNotCertain(org_name, similar)  # suggest, never a silent near-duplicate
            organisation = session.get(Organisation, org_id) if org_id is not None else None
            if organisation is None:
                organisation = Organisation(
                    name=org_name, kind="other", notes=f"angelegt beim Check-in zu „{event.title}“"
                )
                session.add(organisation)
                created_org = organisation
        contact = None
        if email:
            wanted_email = email.casefold()
            email_id = next(
                (
                    cid
                    for cid, cmail in session.execute(
                        select(Contact.id, Contact.email).where(Contact.email.is_not(None)).order_by(Contact.id)
                    )
                    if (cmail or "").strip().casefold() == wanted_email
                ),
                None,
            )
            contact = session.get(Contact, email_id) if email_id is not None else None
        if contact is None:
            keys = names.name_keys(first, last)
            same_ids = [
                cid
                for cid, cfirst, clast in session.execute(
                    select(Contact.id, Contact.first_name, Contact.last_name).order_by(Contact.id)
                )
                if keys & names.name_keys(cfirst, clast)
            ]
            same_name = [c for cid in same_ids if (c := session.get(Contact, cid)) is not None]
            for c in same_name:
                if (not email or not c.email) and (
                    organisation is None or any(a.organisation is organisation for a in c.affiliations)
                ):
                    contact = c
                    break
        if contact is None:
            contact = Contact(
                first_name=first, last_name=last, email=email, notes=f"Check-in ohne Anmeldung: {event.title}"
            )
            session.add(contact)
            created_contact = True
        elif email and not contact.email:
            contact.email = email
            filled_email = True
        if organisation is not None and not any(a.organisation is organisation for a in contact.affiliations):
            added_aff = Affiliation(organisation=organisation, is_primary=not contact.affiliations)
            contact.affiliations.append(added_aff)
        session.flush()
        p = session.scalars(
            select(Participation).where(Participation.event_id == event.id, Participation.contact_id == contact.id)
        ).first()
        undo: CheckinUndo | None = None
        if p is None:
            p = Participation(event=event, contact=contact, role="guest")
            session.add(p)
            queries.set_participation_status(p, "attended", when=now(), note="ohne Anmeldung erschienen")
        elif p.status != "attended":
            undo = CheckinUndo(p.id, contact.full_name, p.status, p.attended_at, len(p.history))
            queries.set_participation_status(p, "attended", when=now(), note="Check-in")
        session.flush()
        if undo is None:
            undo = CheckinUndo(
                p.id,
                contact.full_name,
                created_contact_id=contact.id if created_contact else None,
                created_organisation_id=created_org.id if created_org is not None else None,
                added_affiliation_id=added_aff.id if added_aff is not None else None,
                filled_email=filled_email,
            )
        return CheckinCandidate(
            p.id, contact.id, contact.full_name, organisation.name if organisation else "", p.status, undo=undo
        )
