"""Is this row a person we already have? — every rule of the import that answers it, in one place.

The rule prefers a duplicate over a wrong merge (a duplicate costs a merge click, a wrong merge
costs a person's record). Names are compared through the one name model
(:mod:`kidesk.domain.names`), in every script.

* **Against the database** (:class:`ExistingContacts`): a row *updates* a contact only when the
  name matches in a comparison form **and** an identifier agrees — the same e-mail address that
  nobody else (in the database or in the file) uses, or the same phone number, or the same full
  address (street and postcode) — the latter two only when the two do not have different e-mail
  addresses. A shared mailbox or flat alone is a *household*, not the same
  person; a postcode or an organisation alone corroborates nothing; a contact whose first and last
  name both differ is never updated. Everything else is created, naming the possible duplicate.
* **Within the file** (:class:`RowMatcher`): a row identical to an earlier one is skipped; a row
  with the same name and e-mail as an earlier one is merged into it (:func:`merge_record_into`);
  a row with only the same name is created, with a hint. Placeholders ("—", "n/a", "k.A.", "?")
  are dropped from the row before anything else: they are no value and match nothing.

Planning (:mod:`.plan`) only calls :meth:`RowMatcher.decide` per row and
:meth:`ExistingContacts.recognise_repeat` afterwards, so a new matching rule stays in this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kidesk.db.models import Contact
from kidesk.domain import names
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
from kidesk.services.name_folding import fold, fold_email, name_keys, same_text
from kidesk.services.tabular_source import INFO, WARNING, Problem

MIN_PHONE_DIGITS = 6  # shorter numbers ("110", an extension) identify nobody


@dataclass
class _Existing:
    id: int
    first_name: str
    last_name: str
    email: str
    phones: set[str]
    street: str
    postcode: str
    city: str
    keys: frozenset[tuple[str, str]] = frozenset()

    @property
    def label(self) -> str:
        return names.display(self.first_name, self.last_name)


def _digits(text: str | None) -> str:
    if not text or names.is_placeholder(text):
        return ""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("49"):
        digits = "0" + digits[2:]
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def _clean(text: str | None) -> str:
    return "" if not text or names.is_placeholder(text) else fold(text)


def _row_name(record: ContactRecord) -> str:
    return " ".join(p for p in (record.fields.get("first_name"), record.fields.get("last_name")) if p)


def _identifier(record: ContactRecord, existing: _Existing, email_usable: bool) -> str | None:
    """Which personal identifier of the row agrees with ``existing`` ("gleiche E-Mail" …), or None."""
    f = record.fields
    email = fold_email(f.get("email"))
    if email_usable and email == existing.email != "":
        return "gleiche E-Mail"
    if email and existing.email and email != existing.email:
        return None  # each has another address: a namesake at the same phone or flat, not the same person
    phones = {_digits(f.get("phone")), _digits(f.get("mobile"))} - {""}
    if phones & existing.phones:
        return "gleiche Telefonnummer"
    street, postcode, city = _clean(f.get("street")), _clean(f.get("postcode")), _clean(f.get("city"))
    if street and postcode and (street, postcode) == (existing.street, existing.postcode):
        if not (city and existing.city and city != existing.city):
            return "gleiche Anschrift"
    return None


#: how surely an identifier names one person (lower is surer)
_STRENGTH = {"gleiche E-Mail": 0, "gleiche Telefonnummer": 1, "gleiche Anschrift": 2}


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
    """The database's contacts, indexed by folded e-mail, by every name key and by similar name."""

    by_email: dict[str, list[_Existing]]
    by_key: dict[tuple[str, str], list[_Existing]]
    names: NameIndex

    @classmethod
    def load(cls, session: Session) -> ExistingContacts:
        by_email: dict[str, list[_Existing]] = {}
        by_key: dict[tuple[str, str], list[_Existing]] = {}
        people = []
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
                Contact.city,
            ).order_by(Contact.id)
        )
        for cid, first, last, email, phone, mobile, street, postcode, city in rows:
            item = _Existing(
                cid,
                first or "",
                last or "",
                fold_email(email),
                {_digits(phone), _digits(mobile)} - {""},
                _clean(street),
                _clean(postcode),
                _clean(city),
                name_keys(first, last),
            )
            if item.email:
                by_email.setdefault(item.email, []).append(item)
            for key in item.keys:
                by_key.setdefault(key, []).append(item)
            people.append((cid, item.first_name, item.last_name))
        return cls(by_email, by_key, NameIndex(people))

    def same_name(self, keys: frozenset[tuple[str, str]]) -> list[_Existing]:
        """Contacts whose name shares a comparison form with ``keys``, lowest id first."""
        found = {e.id: e for key in keys for e in self.by_key.get(key, [])}
        return [found[i] for i in sorted(found)]

    def email_shared(self, email: str, keys: frozenset[tuple[str, str]]) -> bool:
        """Someone in the database with another name uses this address (a family's or office's mailbox)."""
        return any(not (e.keys & keys) for e in self.by_email.get(email, []))

    def match(self, record: ContactRecord, shared_in_file: frozenset[str] | set[str] = frozenset()) -> PlannedContact:
        """UPDATE a contact the row certainly is, else CREATE (naming a possible duplicate, if any)."""
        email = fold_email(record.fields.get("email"))
        keys = name_keys(record.fields.get("first_name"), record.fields.get("last_name"))
        email_usable = bool(email) and email not in shared_in_file and not self.email_shared(email, keys)
        same_name = self.same_name(keys)
        # Several same-name contacts may share something with the row (two Ali Yılmaz at one address,
        # one of them with the row's phone): the one with the strongest identifier is the row's person
        # (e-mail before phone before address), the namesake with the row's own e-mail first even where
        # that address alone proves nothing; ties go to the lowest id.
        identified = [
            (_STRENGTH[basis], not (email and e.email == email), e.id, basis, e)
            for e in same_name
            if (basis := _identifier(record, e, email_usable))
        ]
        if identified:
            *_, basis, existing = min(identified, key=lambda t: t[:3])
            return PlannedContact(
                record,
                UPDATE,
                existing_id=existing.id,
                reason=f"{basis}, gleicher Name: „{_row_name(record)}“ = Kontakt {existing.id} „{existing.label}“",
            )
        candidates = [(c, "gleicher Name, aber keine gleiche E-Mail, Telefonnummer oder Anschrift") for c in same_name]
        if email:
            candidates += [
                (c, "gleiche E-Mail, anderer Name (Haushalt oder gemeinsames Postfach?)")
                for c in self.by_email.get(email, [])
                if c not in same_name
            ]
        if not candidates:
            similar = self.names.similar(record.fields.get("first_name"), record.fields.get("last_name"))
            if similar:
                sid, sfirst, slast, _score = similar
                candidates = [(_Existing(sid, sfirst, slast, "", set(), "", "", ""), "ähnlicher Name")]
        item = PlannedContact(record, CREATE)
        if candidates:
            c, why = candidates[0]
            item.duplicate_of = c.id
            item.duplicate_label = c.label
            item.duplicate_reason = why
        return item

    def recognise_repeat(self, session: Session, item: PlannedContact) -> None:
        """A row that only repeats a same-name contact (a sparse record exported and imported again)
        is that contact: it is skipped, since it would change nothing."""
        keys = name_keys(item.record.fields.get("first_name"), item.record.fields.get("last_name"))
        for existing in self.same_name(keys):
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


def drop_placeholders(record: ContactRecord, problems: list[Problem]) -> None:
    """Remove "—", "n/a", "k.A.", "?" and the like from the row: no value, never written, never matched.

    Name fields are left as they are (a name of only marks is *unknown* to the name model)."""
    for key, value in list(record.fields.items()):
        if key in ("first_name", "last_name") or not isinstance(value, str) or not names.is_placeholder(value):
            continue
        del record.fields[key]
        label = FIELD_LABELS.get(key, key)
        problems.append(
            Problem(record.row, None, f"{label} „{value.strip()}“ ist keine Angabe – nicht übernommen.", INFO)
        )
    if record.organisation and names.is_placeholder(record.organisation):
        record.organisation = None


@dataclass
class RowMatcher:
    """Decides each row in file order: repeated, same person as an earlier row, or matched against the database.

    An e-mail address that two rows with different names use is a shared mailbox: it identifies
    neither. When a later row reveals that, an earlier row's update that rested on the address
    alone is turned back into a new contact.
    """

    existing: ExistingContacts
    row_word: str = "Zeile"
    seen_identity: dict[tuple[object, ...], int] = field(default_factory=dict)
    seen_by_email: dict[str, list[tuple[frozenset[tuple[str, str]], PlannedContact]]] = field(default_factory=dict)
    seen_name: dict[tuple[str, str], int] = field(default_factory=dict)
    shared_emails: set[str] = field(default_factory=set)

    def decide(self, record: ContactRecord, problems: list[Problem]) -> PlannedContact:
        number, row_word = record.row, self.row_word
        drop_placeholders(record, problems)
        identity = record.identity()
        if identity in self.seen_identity:
            earlier_row = self.seen_identity[identity]
            problems.append(Problem(number, None, f"identisch mit {row_word} {earlier_row} – übersprungen.", INFO))
            return PlannedContact(record, SKIP, reason=f"doppelt (Zeile {earlier_row})")
        self.seen_identity[identity] = number
        email = fold_email(record.fields.get("email"))
        keys = name_keys(record.fields.get("first_name"), record.fields.get("last_name"))
        if email and keys:
            for earlier_keys, earlier in self.seen_by_email.get(email, []):
                if earlier_keys & keys:
                    conflicts = merge_record_into(earlier.record, record)
                    earlier.record.also_rows.append(number)
                    text = f"dieselbe Person wie {row_word} {earlier.row} – zusammengeführt"
                    if conflicts:
                        text += "; abweichend (in die Notizen): " + ", ".join(conflicts)
                    problems.append(Problem(number, None, text + ".", INFO if not conflicts else WARNING))
                    return PlannedContact(record, SKIP, reason=f"mit Zeile {earlier.row} zusammengeführt")
            if self.seen_by_email.get(email):
                self._shared(email)
        item = self.existing.match(record, self.shared_emails)
        if email:
            self.seen_by_email.setdefault(email, []).append((keys, item))
        same_name_row = next((self.seen_name[k] for k in sorted(keys) if k in self.seen_name), None)
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
        else:
            for key in keys:
                self.seen_name.setdefault(key, number)
        return item

    def _shared(self, email: str) -> None:
        """``email`` turned out to be a household's: earlier updates that rested on it are undone."""
        self.shared_emails.add(email)
        for _keys, earlier in self.seen_by_email.get(email, []):
            if earlier.action == UPDATE and earlier.reason.startswith("gleiche E-Mail"):
                again = self.existing.match(earlier.record, self.shared_emails)
                earlier.action, earlier.existing_id, earlier.reason = again.action, again.existing_id, again.reason
                earlier.duplicate_of, earlier.duplicate_label = again.duplicate_of, again.duplicate_label
                earlier.duplicate_reason = again.duplicate_reason
