"""The audit trail (issue 13, item 5): every write through a session leaves who, when, what.

One central mechanism instead of a call in every service: :func:`install` hangs two session
events on the :class:`~kidesk.db.database.Database`'s session factory.

* ``before_flush`` keeps derived privacy data in step with what a service changed: the
  volunteer's three consent flags are mirrored into :class:`~kidesk.db.models.Consent` rows
  (ticking a purpose gives a consent, unticking withdraws it today), and a volunteer set to
  "inactive" gets ``activity_ended_on`` (the start of the police-certificate retention period).
* ``after_flush`` writes one :class:`~kidesk.db.models.AuditEntry` per inserted, updated or
  deleted record, with only the changed fields as JSON ``{field: [old, new]}`` — after the flush
  because only then does an inserted record have its id. The rows go in with one
  ``executemany`` per flush, which keeps a 10 000-row import fast (``bench/bench_audit.py``).

Who: :func:`set_actor` (a kidesk user name chosen on a shared PC), else ``KIDESK_USER``, else the
operating-system user. A service can name what a flush means — :func:`mark` with ``"merge"``
or ``"erase"``; an erasure's entries keep no field values at all.
Writes with raw SQL bypass the session and are not recorded; kidesk's services write through
the ORM.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from kidesk.db import collation, models

#: the tables whose records are audited (join tables of people included; settings and logs not)
AUDITED = frozenset(
    {
        "contacts",
        "organisations",
        "affiliations",
        "networks",
        "network_memberships",
        "event_series",
        "events",
        "event_hosts",
        "participations",
        "volunteers",
        "volunteer_engagements",
        "volunteer_languages",
        "volunteer_hours",
        "consents",
    }
)
SKIP_FIELDS = frozenset({"id", "version", "created_at", "updated_at"})
_MARK_KEY = "kidesk_audit_mark"
_actor_override: str | None = None

#: the purpose codes of the old volunteer flags (frozen like in migration 0003)
FLAG_PURPOSES = (
    ("consent_photos", "photos"),
    ("consent_newsletter", "newsletter"),
    ("consent_share_with_partners", "partners"),
)


def set_actor(name: str | None) -> None:
    """The kidesk user name for this process's entries (a shared PC); None: the OS user."""
    global _actor_override
    _actor_override = (name or "").strip()[:120] or None


def current_actor() -> str:
    if _actor_override:
        return _actor_override
    env = os.environ.get("KIDESK_USER", "").strip()
    if env:
        return env[:120]
    try:
        return getpass.getuser()[:120]
    except (OSError, KeyError):
        return "unbekannt"


def mark(session: Session, action: str, note: str | None = None) -> None:
    """Say what the next flushes of ``session`` mean: ``"merge"`` or ``"erase"`` (no values kept)."""
    session.info[_MARK_KEY] = (action, note)


def unmark(session: Session) -> None:
    session.info.pop(_MARK_KEY, None)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} Bytes>"
    return str(value)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    found = _FIELDS.get(cls)
    if found is None:
        mapper: Any = inspect(cls)
        found = tuple(  # stored sort keys are derived from a logged field: not logged themselves
            attr.key
            for attr in mapper.column_attrs
            if attr.key not in SKIP_FIELDS and collation.SORT_KEY_OF not in attr.columns[0].info
        )
        _FIELDS[cls] = found
    return found


# -- before the flush: derived privacy data ---------------------------------------------------------------
def _before_flush(session: Session, _context: object, _instances: object) -> None:
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, models.Volunteer):
            _mirror_volunteer(session, obj, obj in session.new)


def _mirror_volunteer(session: Session, volunteer: models.Volunteer, is_new: bool) -> None:
    state = inspect(volunteer)
    today = dt.date.today()
    status = state.attrs.status.history
    if not is_new and status.has_changes():  # a new record's end is its last logged hours (see retention)
        if volunteer.status == "inactive" and volunteer.activity_ended_on is None:
            volunteer.activity_ended_on = today
        elif volunteer.status == "active":
            volunteer.activity_ended_on = None
    watched = ("consent_given_on",) + tuple(flag for flag, _p in FLAG_PURPOSES)
    if not is_new and not any(state.attrs[name].history.has_changes() for name in watched):
        return
    contact_id = volunteer.contact_id if volunteer.contact_id is not None else getattr(volunteer.contact, "id", None)
    new_contact = volunteer.contact if contact_id is None else None  # created in this same flush
    if contact_id is None and new_contact is None:
        return
    given_on = volunteer.consent_given_on
    current: dict[str, models.Consent] = {}
    if not is_new:
        with session.no_autoflush:
            for found in session.scalars(
                select(models.Consent)
                .where(models.Consent.contact_id == contact_id)
                .order_by(models.Consent.given_on, models.Consent.id)
            ):
                current[found.purpose] = found
    for flag, purpose in FLAG_PURPOSES:
        wanted = bool(getattr(volunteer, flag)) and given_on is not None
        row = current.get(purpose)
        valid = row if row is not None and row.withdrawn_on is None else None
        if wanted and given_on is not None:
            if valid is not None and valid.given_on >= given_on:
                continue  # the same or a newer consent (from the consent dialog) stands
            consent = models.Consent(
                purpose=purpose, given_on=given_on, method="written", note="im Ehrenamtsprofil angekreuzt"
            )
            if new_contact is not None:
                new_contact.consents.append(consent)
            else:
                consent.contact_id = contact_id
                session.add(consent)
            if valid is not None:  # the older one is superseded: it ends where the new one starts
                valid.withdrawn_on = max(valid.given_on, min(today, given_on))
        elif not wanted and valid is not None:
            valid.withdrawn_on = max(valid.given_on, today)


# -- after the flush: the entries ------------------------------------------------------------------------
def _after_flush(session: Session, _context: object) -> None:
    mark_ = session.info.get(_MARK_KEY)
    action_override, note = mark_ if mark_ else (None, None)
    erase = action_override == "erase"
    actor = current_actor()
    now = _utcnow()
    rows: list[dict[str, Any]] = []
    volunteer_contacts: dict[int, int | None] = {}

    def subject(obj: Any, table: str) -> int | None:
        if table == "contacts":
            return obj.id
        contact_id = getattr(obj, "contact_id", None)
        if contact_id is not None:
            return contact_id
        volunteer_id = getattr(obj, "volunteer_id", None)
        if volunteer_id is None:
            return None
        if volunteer_id not in volunteer_contacts:
            loaded = session.identity_map.get(inspect(models.Volunteer).identity_key_from_primary_key((volunteer_id,)))
            if loaded is not None:
                volunteer_contacts[volunteer_id] = loaded.contact_id
            else:
                volunteer_contacts[volunteer_id] = session.connection().scalar(
                    select(models.Volunteer.contact_id).where(models.Volunteer.id == volunteer_id)
                )
        return volunteer_contacts[volunteer_id]

    def add(obj: Any, action: str, changes: dict[str, list[Any]] | None) -> None:
        table = obj.__tablename__
        if action_override == "merge" and action != "insert":
            action = "merge"
        if erase:
            action, changes = "erase", None
        rows.append(
            {
                "at": now,
                "actor": actor,
                "action": action,
                "table_name": table,
                "record_id": getattr(obj, "id", None),
                "contact_id": subject(obj, table),
                "changes": json.dumps(changes, ensure_ascii=False) if changes else None,
                "note": note,
            }
        )

    for obj in session.new:
        if getattr(obj, "__tablename__", None) in AUDITED:
            values = obj.__dict__
            changes = {k: [None, _plain(values[k])] for k in _fields(type(obj)) if values.get(k) is not None}
            add(obj, "insert", changes)
    for obj in session.dirty:
        if getattr(obj, "__tablename__", None) not in AUDITED or not session.is_modified(obj):
            continue
        attrs = inspect(obj).attrs
        changes = {}
        for key in _fields(type(obj)):
            history = attrs[key].history
            if not history.has_changes():
                continue
            old = _plain(history.deleted[0]) if history.deleted else None
            new = _plain(history.added[0]) if history.added else None
            if old != new:
                changes[key] = [old, new]
        if changes:
            add(obj, "update", changes)
    for obj in session.deleted:
        if getattr(obj, "__tablename__", None) in AUDITED:
            values = obj.__dict__
            changes = {k: [_plain(values[k]), None] for k in _fields(type(obj)) if values.get(k) is not None}
            add(obj, "delete", changes)
    if rows:
        session.connection().execute(insert(models.AuditEntry), rows)
