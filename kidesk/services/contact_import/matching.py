"""Is this row a person we already have? — every rule of the import that answers it, in one place.

Two questions, both answered here and nowhere else in the import:

* **Within the file** (:class:`RowMatcher`): a row identical to an earlier one is skipped; a row
  with the same name and e-mail as an earlier one is merged into it (:func:`merge_record_into`);
  a row with only the same name is created, with a hint.
* **Against the database** (:class:`ExistingContacts`): same e-mail and a compatible name, or the
  same name and one more matching detail (phone, mobile, organisation, street, postcode) *updates*
  that contact; only a shared name or e-mail, or a merely similar name
  (:class:`~kidesk.services.duplicates.NameIndex`), creates the row and names the possible
  duplicate.

Planning (:mod:`.plan`) only calls :meth:`RowMatcher.decide` per row and
:meth:`ExistingContacts.recognise_repeat` afterwards, so a new matching rule stays in this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kidesk.db.models import Affiliation, Contact, Organisation
from kidesk.services.contact_import.apply import would_change
from kidesk.services.contact_import.records import (
    CONTACT_FIELDS,
    CREATE,
    FIELD_LABELS,
    SKIP,
    UPDATE,
    ContactRecord,
    PlannedContact,
)
from kidesk.services.duplicates import NameIndex
from kidesk.services.name_folding import fold, fold_email, name_key, same_text
from kidesk.services.tabular_source import INFO, WARNING, Problem


@dataclass
class _Existing:
    id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    mobile: str
    street: str
    postcode: str
    organisations: set[str]


def _digits(text: str | None) -> str:
    digits = re.sub(r"\D", "", text or "")
    if digits.startswith("49"):
        digits = "0" + digits[2:]
    return digits


def _corroborated(record: ContactRecord, existing: _Existing) -> bool:
    f = record.fields
    if f.get("email") and fold_email(f["email"]) == existing.email:
        return True
    for value, other in ((f.get("phone"), existing.phone), (f.get("mobile"), existing.mobile)):
        if value and (_digits(value) or fold(value)) == other:
            return True
    if f.get("postcode") and fold(f["postcode"]) == existing.postcode:
        return True
    if record.organisation and record.organisation.casefold() in existing.organisations:
        return True
    return bool(f.get("street") and fold(f["street"]) == existing.street)


def _names_compatible(record: ContactRecord, existing: _Existing) -> bool:
    key = name_key(record.fields.get("first_name"), record.fields.get("last_name"))
    if key == name_key(existing.first_name, existing.last_name):
        return True
    # Same last name, one side without first name (or an initial).
    if fold(record.fields.get("last_name")) == fold(existing.last_name):
        a, b = fold(record.fields.get("first_name")), fold(existing.first_name)
        return not a or not b or a[0] == b[0]
    return False


def _differs(contact: Contact, record: ContactRecord) -> bool:
    for key in CONTACT_FIELDS:
        value = record.fields.get(key)
        current = getattr(contact, key)
        if key in ("notes", "country") or value in (None, "") or current in (None, ""):
            continue
        if key == "salutation" and "none" in (value, current):
            continue
        if not same_text(str(current), str(value)):
            return True
    return False


@dataclass
class ExistingContacts:
    """The database's contacts, indexed by folded e-mail, by name key and by similar name."""

    by_email: dict[str, list[_Existing]]
    by_name: dict[tuple[str, str], list[_Existing]]
    names: NameIndex

    @classmethod
    def load(cls, session: Session) -> ExistingContacts:
        by_email: dict[str, list[_Existing]] = {}
        by_name: dict[tuple[str, str], list[_Existing]] = {}
        orgs: dict[int, set[str]] = {}
        for contact_id, org_name in session.execute(
            select(Affiliation.contact_id, Organisation.name).join(Affiliation.organisation)
        ):
            orgs.setdefault(contact_id, set()).add(org_name.casefold())
        rows = session.execute(
            select(
                Contact.id,
                Contact.first_name,
                Contact.last_name,
                Contact.email,
                Contact.phone,
                Contact.mobile,
                Contact.street,
                Contact.postcode,
            )
        )
        for cid, first, last, email, phone, mobile, street, postcode in rows:
            item = _Existing(
                cid,
                first or "",
                last or "",
                fold_email(email),
                _digits(phone) or fold(phone),
                _digits(mobile) or fold(mobile),
                fold(street),
                fold(postcode),
                orgs.get(cid, set()),
            )
            if item.email:
                by_email.setdefault(item.email, []).append(item)
            by_name.setdefault(name_key(first, last), []).append(item)
        names = NameIndex([(e.id, e.first_name, e.last_name) for group in by_name.values() for e in group])
        return cls(by_email, by_name, names)

    def match(self, record: ContactRecord) -> PlannedContact:
        """UPDATE a contact the row certainly is, else CREATE (naming a possible duplicate, if any)."""
        email = fold_email(record.fields.get("email"))
        key = name_key(record.fields.get("first_name"), record.fields.get("last_name"))
        for existing in self.by_email.get(email, []) if email else []:
            if _names_compatible(record, existing):
                return PlannedContact(
                    record, UPDATE, existing_id=existing.id, reason=f"gleiche E-Mail wie Kontakt {existing.id}"
                )
        for existing in self.by_name.get(key, []):
            if _corroborated(record, existing):
                return PlannedContact(
                    record, UPDATE, existing_id=existing.id, reason=f"gleicher Name wie Kontakt {existing.id}"
                )
        candidates = [(c, "gleicher Name") for c in self.by_name.get(key, [])]
        candidates += [(c, "gleiche E-Mail") for c in self.by_email.get(email, [])] if email else []
        if not candidates:
            similar = self.names.similar(record.fields.get("first_name"), record.fields.get("last_name"))
            if similar:
                sid, sfirst, slast, _score = similar
                candidates = [(_Existing(sid, sfirst, slast, "", "", "", "", "", set()), "ähnlicher Name")]
        item = PlannedContact(record, CREATE)
        if candidates:
            c, why = candidates[0]
            item.duplicate_of = c.id
            item.duplicate_label = f"{c.last_name}, {c.first_name}" if c.first_name else c.last_name
            item.duplicate_reason = why
        return item

    def recognise_repeat(self, session: Session, item: PlannedContact) -> None:
        """A row that only repeats a same-name contact (a sparse record exported and imported again) is that contact."""
        key = name_key(item.record.fields.get("first_name"), item.record.fields.get("last_name"))
        for existing in self.by_name.get(key, []):
            contact = session.get(Contact, existing.id)
            if contact is not None and not would_change(contact, item) and not _differs(contact, item.record):
                item.action, item.existing_id, item.duplicate_of = SKIP, existing.id, None
                item.reason = f"schon vorhanden (Kontakt {existing.id})"
                return


def merge_record_into(target: ContactRecord, other: ContactRecord) -> list[str]:
    """Fill ``target``'s empty values from ``other``; differing values go into target's notes."""
    conflicts = []
    for key, value in other.fields.items():
        if value in (None, ""):
            continue
        current = target.fields.get(key)
        if current in (None, "") or (key == "salutation" and current == "none"):
            target.fields[key] = value
        elif not same_text(str(current), str(value)) and key != "country":
            conflicts.append(FIELD_LABELS.get(key, key))
            target.notes.append(f"{FIELD_LABELS.get(key, key)} (Zeile {other.row}): {value}")
    if other.organisation and not target.organisation:
        target.organisation = other.organisation
    elif other.organisation and not same_text(other.organisation, target.organisation):
        target.notes.append(f"Organisation (Zeile {other.row}): {other.organisation}")
        conflicts.append("Organisation")
    if other.volunteer is not None:
        target.volunteer = {**(other.volunteer or {}), **(target.volunteer or {})}
    for line in other.notes:
        if line not in target.notes:
            target.notes.append(line)
    return conflicts


@dataclass
class RowMatcher:
    """Decides each row in file order: repeated, same person as an earlier row, or matched against the database."""

    existing: ExistingContacts
    row_word: str = "Zeile"
    seen_identity: dict[tuple[object, ...], int] = field(default_factory=dict)
    seen_person: dict[tuple[object, str], PlannedContact] = field(default_factory=dict)
    seen_name: dict[object, int] = field(default_factory=dict)

    def decide(self, record: ContactRecord, problems: list[Problem]) -> PlannedContact:
        number, row_word = record.row, self.row_word
        identity = record.identity()
        if identity in self.seen_identity:
            earlier_row = self.seen_identity[identity]
            problems.append(Problem(number, None, f"identisch mit {row_word} {earlier_row} – übersprungen.", INFO))
            return PlannedContact(record, SKIP, reason=f"doppelt (Zeile {earlier_row})")
        self.seen_identity[identity] = number
        email = fold_email(record.fields.get("email"))
        person = (name_key(record.fields.get("first_name"), record.fields.get("last_name")), email)
        if email and person in self.seen_person:
            earlier = self.seen_person[person]
            conflicts = merge_record_into(earlier.record, record)
            earlier.record.also_rows.append(number)
            text = f"dieselbe Person wie {row_word} {earlier.row} – zusammengeführt"
            if conflicts:
                text += "; abweichend (in die Notizen): " + ", ".join(conflicts)
            problems.append(Problem(number, None, text + ".", INFO if not conflicts else WARNING))
            return PlannedContact(record, SKIP, reason=f"mit Zeile {earlier.row} zusammengeführt")
        item = self.existing.match(record)
        if email:
            self.seen_person[person] = item
        same_name_row = self.seen_name.get(person[0]) if person[0] else None
        if same_name_row is not None and item.action == CREATE and item.duplicate_of is None:
            # Müller in row 2 and Mueller in row 3 with other e-mails: say so before both land,
            # in the problems list and in the row's own note (the report's "Hinweis" column)
            item.reason = f"gleicher Name wie {row_word} {same_name_row} – mögliche Dublette"
            problems.append(
                Problem(
                    number,
                    None,
                    f"gleicher Name wie {row_word} {same_name_row} – mögliche Dublette, wird trotzdem neu angelegt; "
                    "bitte nach dem Import die beiden Kontakte vergleichen.",
                )
            )
        elif person[0]:
            self.seen_name.setdefault(person[0], number)
        return item
