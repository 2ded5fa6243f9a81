"""The name comparison forms of every contact, stored and indexed, kept on write (issue 16).

The duplicate warning in the contact editor (:func:`kidesk.services.duplicates.likely_duplicates`)
looks at a stored contact only when it shares something with the name being typed: the e-mail
address, a comparison key of the whole name, a three-letter block of either part, or a variant
key (the consonant skeleton across scripts, the Kölner Phonetik). Those are the keys of
:mod:`kidesk.domain.names`; this module writes them as rows of ``contact_name_keys``
(``contact_id``, ``key``) with an index on ``key``, so the candidates come from one indexed
``IN`` lookup instead of folding 100 000 names per keystroke.

Kept on write by mapper events on every ORM INSERT/UPDATE of a contact (the editor, the
import, a merge, the demo data); deleting a contact deletes its rows (ON DELETE CASCADE).
Migration 0005 filled them for the contacts that existed. A writer that bypasses the ORM (the
benchmark's raw ``sqlite3``, a Core ``insert(Contact)``) must call :func:`rows_for` itself or
its contacts are not found by the warning (the full "find duplicates" run reads every contact
and does not depend on them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import column, delete, event, insert, inspect, table
from sqlalchemy.orm import Mapper

from kidesk.domain import names

TABLE = "contact_name_keys"
_KEYS = table(TABLE, column("contact_id"), column("key"), column("first_fold"), column("last_fold"))
# printable, as no stored text may hold a control character; a "|" typed in a name can only add a
# candidate, which the rules then score
_SEP = "|"
#: the contact fields the keys are made of
SOURCES = ("first_name", "last_name", "email")


def email_form(email: str | None) -> str:
    """E-mail address for comparing (:func:`kidesk.services.name_folding.fold_email`)."""
    if not email or names.is_placeholder(email):
        return ""
    return names.strip_invisible(email).strip().casefold()


def email_key(email: str | None) -> str | None:
    form = email_form(email)
    return f"e{_SEP}{form}" if form else None


def block_keys(first: str | None, last: str | None) -> set[str]:
    return {f"b{_SEP}{b}" for b in names.blocking_keys(first, last)}


def exact_keys(first: str | None, last: str | None, email: str | None) -> set[str]:
    """Keys whose match alone may make a pair: e-mail, whole-name key, script and sound variant."""
    keys = {f"n{_SEP}{a}{_SEP}{b}" for a, b in names.name_keys(first, last)}
    keys |= {f"s{_SEP}{a}{_SEP}{b}" for a, b in names.skeleton_keys(first, last)}
    keys |= {f"p{_SEP}{a}{_SEP}{b}" for a, b in names.phonetic_keys(first, last)}
    e = email_key(email)
    if e:
        keys.add(e)
    return keys


def keys_of(first: str | None, last: str | None, email: str | None) -> set[str]:
    """Every stored key of one contact."""
    return exact_keys(first, last, email) | block_keys(first, last)


def fold(part: str | None) -> str:
    """The compact folded form of one name part (:func:`kidesk.services.name_folding.fold`)."""
    return "".join(names.words(part))


def rows_for(contact_id: int, first: str | None, last: str | None, email: str | None) -> list[dict[str, Any]]:
    """The rows of one contact; block rows carry the folded parts (the similarity pre-check of
    the duplicate warning reads them from the index, not from the contacts)."""
    rows: list[dict[str, Any]] = [
        {"contact_id": contact_id, "key": k, "first_fold": None, "last_fold": None}
        for k in sorted(exact_keys(first, last, email))
    ]
    blocks = sorted(block_keys(first, last))
    if blocks:
        first_fold, last_fold = fold(first), fold(last)
        rows += [{"contact_id": contact_id, "key": k, "first_fold": first_fold, "last_fold": last_fold} for k in blocks]
    return rows


def write(connection: Any, contact_id: int, first: str | None, last: str | None, email: str | None) -> None:
    """Replace the stored keys of one contact."""
    connection.execute(delete(_KEYS).where(_KEYS.c.contact_id == contact_id))
    rows = rows_for(contact_id, first, last, email)
    if rows:
        connection.execute(insert(_KEYS), rows)


def _is_contact(mapper: Mapper) -> bool:
    return getattr(mapper.local_table, "name", None) == "contacts"


@event.listens_for(Mapper, "after_insert")
def _after_insert(mapper: Mapper, connection: Any, target: Any) -> None:
    if _is_contact(mapper):
        rows = rows_for(target.id, target.first_name, target.last_name, target.email)
        if rows:
            connection.execute(insert(_KEYS), rows)


@event.listens_for(Mapper, "after_update")
def _after_update(mapper: Mapper, connection: Any, target: Any) -> None:
    if not _is_contact(mapper):
        return
    state = inspect(target)
    if any(state.attrs[name].history.has_changes() for name in SOURCES):
        write(connection, target.id, target.first_name, target.last_name, target.email)
