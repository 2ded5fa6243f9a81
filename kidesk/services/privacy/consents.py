"""Consent per purpose for every contact (issue 13, item 3): record, withdraw, decide, filter lists.

The rule lives in :mod:`kidesk.domain.consent` (``decide``, ``decide_for_list``); here it meets
the database. Every list that needs a purpose asks :func:`list_filter` (or, inside an open
session, :func:`rule_in`) and gets who stays, who is left out, and why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.db.models import Consent, Contact, Volunteer
from kidesk.domain.consent import PARTNERS, ConsentDecision, ConsentRecord, decide, decide_for_list
from kidesk.errors import NotFound, ValidationError
from kidesk.services.privacy.config import purposes_in, validity_months_in


@dataclass(frozen=True)
class ConsentEntry:
    id: int
    purpose: str
    purpose_label: str
    given_on: dt.date
    method: str
    method_label: str
    withdrawn_on: dt.date | None
    note: str | None


@dataclass(frozen=True)
class PurposeStatus:
    purpose: str
    label: str
    allowed: bool
    reason: str


@dataclass(frozen=True)
class ContactConsents:
    contact_id: int
    name: str
    history: list[ConsentEntry]  # oldest first
    status: list[PurposeStatus]  # one per configured purpose


@dataclass(frozen=True)
class LeftOut:
    contact_id: int
    name: str
    reason: str


@dataclass(frozen=True)
class FilterResult:
    kept: list[int]
    left_out: list[LeftOut] = field(default_factory=list)


def _records(rows: Iterable[Consent]) -> list[ConsentRecord]:
    return [ConsentRecord(r.purpose, r.given_on, r.method, r.withdrawn_on) for r in rows]


def _name(contact: Contact) -> str:
    return " ".join(p for p in (contact.first_name, contact.last_name) if p)


def contact_consents(db: Database, contact_id: int, today: dt.date | None = None) -> ContactConsents:
    today = today or dt.date.today()
    with db.session() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(f"Einen Kontakt mit der ID {contact_id} gibt es nicht.")
        labels = {p.code: p.label for p in purposes_in(session)}
        months = validity_months_in(session)
        rows = list(contact.consents)
        history = [
            ConsentEntry(
                r.id,
                r.purpose,
                labels.get(r.purpose, r.purpose),
                r.given_on,
                r.method,
                vocab.CONSENT_METHOD_LABELS.get(r.method, r.method),
                r.withdrawn_on,
                r.note,
            )
            for r in sorted(rows, key=lambda r: (r.given_on, r.id))
        ]
        records = _records(rows)
        status = []
        for code, label in labels.items():
            decision = decide(records, code, today, months)
            status.append(PurposeStatus(code, label, decision.allowed, decision.reason))
        return ContactConsents(contact.id, _name(contact), history, status)


def give_consent(
    db: Database, contact_id: int, purpose: str, given_on: dt.date, method: str, note: str | None = None
) -> int:
    """Record a consent (a new history row); returns its id."""
    if method not in vocab.CONSENT_METHODS:
        raise ValidationError(f"Unbekannte Form der Einwilligung „{method}“ (schriftlich, mündlich oder E-Mail).")
    if given_on > dt.date.today():
        raise ValidationError("Eine Einwilligung kann nicht in der Zukunft erteilt sein.")
    with db.session() as session:
        if purpose not in {p.code for p in purposes_in(session)}:
            raise ValidationError(f"Einen Zweck „{purpose}“ gibt es nicht.")
        if session.get(Contact, contact_id) is None:
            raise NotFound(f"Einen Kontakt mit der ID {contact_id} gibt es nicht.")
        row = Consent(contact_id=contact_id, purpose=purpose, given_on=given_on, method=method, note=note)
        session.add(row)
        session.flush()
        return row.id


def withdraw_consent(db: Database, consent_id: int, withdrawn_on: dt.date | None = None) -> None:
    """Mark a consent withdrawn (kept as history; it stops counting at once)."""
    day = withdrawn_on or dt.date.today()
    with db.session() as session:
        row = session.get(Consent, consent_id)
        if row is None:
            raise NotFound(f"Eine Einwilligung mit der ID {consent_id} gibt es nicht.")
        if day < row.given_on:
            raise ValidationError("Der Widerruf kann nicht vor der Erteilung liegen.")
        row.withdrawn_on = day
        if row.purpose in {"photos", "newsletter", "partners"}:  # keep the volunteer flags in step
            volunteer = session.scalar(select(Volunteer).where(Volunteer.contact_id == row.contact_id))
            flag = {
                "photos": "consent_photos",
                "newsletter": "consent_newsletter",
                "partners": "consent_share_with_partners",
            }
            if volunteer is not None and getattr(volunteer, flag[row.purpose]):
                setattr(volunteer, flag[row.purpose], False)


class ListRule:
    """Within one session: may a contact be on a list that needs ``purpose``? Remembers who was left out."""

    def __init__(self, session: Session, purpose: str, *, everyone_needs_consent: bool, today: dt.date | None = None):
        self.session = session
        self.purpose = purpose
        self.everyone = everyone_needs_consent
        self.today = today or dt.date.today()
        self.months = validity_months_in(session)
        self.left_out: list[LeftOut] = []

    def decision(self, contact: Contact) -> ConsentDecision:
        required = self.everyone or contact.volunteer is not None
        return decide_for_list(
            _records(contact.consents),
            self.purpose,
            consent_required=required,
            today=self.today,
            validity_months=self.months,
        )

    def __call__(self, contact: Contact) -> bool:
        result = self.decision(contact)
        if not result.allowed:
            self.left_out.append(LeftOut(contact.id, _name(contact), result.reason))
        return result.allowed


def rule_in(session: Session, purpose: str = PARTNERS, *, everyone_needs_consent: bool = False) -> ListRule:
    """The list rule for an open session (exports call this; see contact_export)."""
    return ListRule(session, purpose, everyone_needs_consent=everyone_needs_consent)


def partner_rule(session: Session) -> Callable[[Contact], bool]:
    """May this contact's details go to partners? Volunteers need a valid consent; anyone who
    withdrew it or let it expire is left out at once."""
    return rule_in(session, PARTNERS)


def list_filter(
    db: Database, contact_ids: Iterable[int], purpose: str, *, everyone_needs_consent: bool = False
) -> FilterResult:
    """``contact_ids`` (order kept) split into those who may be on a list needing ``purpose`` and
    those left out, with the reason."""
    ids = list(dict.fromkeys(contact_ids))
    with db.session() as session:
        rule = rule_in(session, purpose, everyone_needs_consent=everyone_needs_consent)
        contacts = {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(ids)))} if ids else {}
        kept = [i for i in ids if i in contacts and rule(contacts[i])]
        return FilterResult(kept, rule.left_out)


def left_out_everywhere(db: Database, purpose: str, *, everyone_needs_consent: bool = False) -> list[LeftOut]:
    """Everyone a list needing ``purpose`` leaves out today, with the reason (UI page, CLI)."""
    with db.session() as session:
        rule = rule_in(session, purpose, everyone_needs_consent=everyone_needs_consent)
        for contact in session.scalars(select(Contact).order_by(Contact.last_name, Contact.first_name, Contact.id)):
            rule(contact)
        return rule.left_out
