"""Check-in at the door: find a person on the list as they are typed, mark them attended, walk-ins.

**Check-in by name** compares through the one name model (:mod:`kidesk.domain.names`): accents,
case, ß/ss, ä/ae, Arabic and Persian letter forms, harakat, ё/е and pasted bidi marks do not matter
(``Yilmaz`` finds ``Yılmaz``, ``Mueller`` Müller, ``رضايي`` رضایی); an exact full name wins over a
prefix match; anything not exactly one person is reported, never guessed. Walk-ins find an
existing contact or organisation the same way (not with SQLite's ASCII-only ``lower()``).
"""

from __future__ import annotations

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
from kidesk.errors import NotFound, ValidationError
from kidesk.services.events.common import CHECKIN_STATUSES, AmbiguousName, clean, fold_name, get_event, now


@dataclass(frozen=True)
class CheckinCandidate:
    participation_id: int
    contact_id: int
    name: str  # "Ayşe Yılmaz"
    organisation: str
    status: str
    keywords: str = field(default="", compare=False, repr=False)  # folded organisation name + short name


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
        if p.status != "attended":
            queries.set_participation_status(p, "attended", when=now(), note="Check-in")
        return CheckinCandidate(
            p.id, p.contact_id, p.contact.full_name, primary_organisation_name(p.contact.affiliations), p.status
        )


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


def check_in_walk_in(db: Database, event_id: int, data: WalkInData) -> CheckinCandidate:
    """Someone came without invitation: create (or reuse) the contact and mark them attended.

    A contact with the same e-mail address (or, without e-mail, exactly the same name and
    organisation) is reused instead of creating a duplicate. The organisation is matched by
    name or short name; an unknown one is created (kind "Sonstige") so nothing typed is lost.
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
    with db.session() as session:
        event = get_event(session, event_id)
        refuse_future_event(event)
        organisation = None
        if org_name:
            wanted_org = names.part_forms(org_name)
            org_id = next(
                (
                    oid
                    for oid, oname, short in session.execute(
                        select(Organisation.id, Organisation.name, Organisation.short_name).order_by(Organisation.id)
                    )
                    if wanted_org & (names.part_forms(oname) | names.part_forms(short))
                ),
                None,
            )
            organisation = session.get(Organisation, org_id) if org_id is not None else None
            if organisation is None:
                organisation = Organisation(
                    name=org_name, kind="other", notes=f"angelegt beim Check-in zu „{event.title}“"
                )
                session.add(organisation)
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
        elif email and not contact.email:
            contact.email = email
        if organisation is not None and not any(a.organisation is organisation for a in contact.affiliations):
            contact.affiliations.append(Affiliation(organisation=organisation, is_primary=not contact.affiliations))
        session.flush()
        p = session.scalars(
            select(Participation).where(Participation.event_id == event.id, Participation.contact_id == contact.id)
        ).first()
        if p is None:
            p = Participation(event=event, contact=contact, role="guest")
            session.add(p)
            queries.set_participation_status(p, "attended", when=now(), note="ohne Anmeldung erschienen")
        elif p.status != "attended":
            queries.set_participation_status(p, "attended", when=now(), note="Check-in")
        session.flush()
        return CheckinCandidate(
            p.id, contact.id, contact.full_name, organisation.name if organisation else "", p.status
        )
