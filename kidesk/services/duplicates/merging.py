"""Merging two contacts without losing anything, and undoing the merge (issue 11 item 4).

:func:`merge_preview` lists, side by side, every value of the two records — the contact, the
volunteer profiles (status, dates, availability, notes, languages with their levels) and the
affiliations at an organisation both are linked to (role, department, dates, main flag). Where
both hold a different value, the caller chooses; the defaults:

* dates such as the police-certificate check or the agreement: the newer one (``active_since``
  and an affiliation's start: the earlier one; an affiliation's end: open, else the later one);
* notes: both kept (choice ``"both"``);
* a language both speak: the higher level;
* everything else: the kept contact's value; a value *not* chosen is written into the notes
  ("Telefon (aus Zusammenführung): …").

:func:`merge_contacts` then, in one transaction, takes a snapshot of both records and all rows
beneath them (affiliations, participations with their history, volunteer profile, engagements,
languages, hours), moves every link to the kept contact and deletes the other. The snapshot comes
back in :class:`MergeResult` ``undo``; :func:`undo_merge` restores both records exactly as they
were, as long as nobody changed the merged record in between.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from kidesk.db import audit, vocab
from kidesk.db.database import Database
from kidesk.db.models import Base, Contact, Volunteer
from kidesk.domain.dates import format_date
from kidesk.errors import NotFound, UserError
from kidesk.services.name_folding import same_text

#: every field of the contact form except the notes (kept from both records), in the form's order
MERGE_FIELDS = tuple(name for name in vocab.CONTACT_FIELD_LABELS if name != "notes")
FIELD_LABELS = vocab.CONTACT_FIELD_LABELS
VOLUNTEER_FIELDS = {
    "status": "Status (Ehrenamt)",
    "active_since": "Aktiv seit",
    "municipality": "Kommune",
    "availability": "Verfügbarkeit",
    "agreement_signed_on": "Vereinbarung unterschrieben am",
    "police_certificate_inspected_on": "Führungszeugnis eingesehen am",
    "police_certificate_due_on": "Führungszeugnis fällig am",
    "notes": "Notizen (Ehrenamt)",
}
AFFILIATION_FIELDS = {
    "role": "Rolle",
    "department": "Abteilung",
    "valid_from": "von",
    "valid_to": "bis",
    "is_primary": "Hauptorganisation",
}
_NEWER = {"agreement_signed_on", "police_certificate_inspected_on", "police_certificate_due_on"}
_LEVEL_RANK = {level: rank for rank, level in enumerate(vocab.LANGUAGE_LEVELS)}
STATUS_RANK = {
    "attended": 6,
    "registered": 5,
    "waitlisted": 4,
    "invited": 3,
    "no_show": 2,
    "declined": 1,
    "cancelled": 0,
}


@dataclass(frozen=True)
class FieldChoice:
    """One value of both records. ``field`` is the key of the choice ("phone",
    "volunteer.notes", "language.Arabisch", "affiliation.7.role"); ``section`` the record part
    ("contact", "volunteer", "affiliation") and ``section_name`` the organisation's name."""

    field: str
    label: str
    keep_value: object
    other_value: object
    section: str = "contact"
    default_choice: str = "keep"
    section_name: str = ""

    @property
    def section_title(self) -> str:
        """German heading of the record part, also used in the notes ("Ehrenamt, Verfügbarkeit …")."""
        return {"contact": "Kontakt", "volunteer": "Ehrenamt"}.get(self.section, f"Organisation {self.section_name}")

    @property
    def conflict(self) -> bool:
        if self.field.startswith("affiliation.") and self.field.endswith((".valid_to", ".is_primary")):
            return self.keep_value != self.other_value  # an open end (None) is a value here
        return (
            not _empty(self.field, self.keep_value)
            and not _empty(self.field, self.other_value)
            and not same_text(str(self.keep_value), str(self.other_value))
        )

    @property
    def both_allowed(self) -> bool:
        return self.field in ("notes", "volunteer.notes")

    @property
    def default(self) -> str:
        if self.conflict:
            return self.default_choice
        return "other" if _empty(self.field, self.keep_value) and not _empty(self.field, self.other_value) else "keep"


def _empty(field_name: str, value: object) -> bool:
    return value in (None, "") or (field_name == "salutation" and value == "none")


def display_value(field_name: str, value: object) -> str:
    if value is None:
        return ""
    name = field_name.rsplit(".", 1)[-1]
    if name == "salutation":
        return "" if value == "none" else vocab.SALUTATION_LABELS.get(str(value), str(value))
    if name == "status":
        return vocab.VOLUNTEER_STATUS_LABELS.get(str(value), str(value))
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def _date_default(name: str, mine: object, theirs: object) -> str:
    if not isinstance(mine, dt.date) or not isinstance(theirs, dt.date):
        return "keep"
    if name in _NEWER:
        return "other" if theirs > mine else "keep"
    return "other" if theirs < mine else "keep"  # active_since, valid_from: the earlier


def _choices(keep: Contact, other: Contact) -> list[FieldChoice]:
    result = [FieldChoice(f, FIELD_LABELS[f], getattr(keep, f), getattr(other, f)) for f in MERGE_FIELDS]
    result.append(FieldChoice("notes", FIELD_LABELS["notes"], keep.notes, other.notes, default_choice="both"))
    mine, theirs = keep.volunteer, other.volunteer
    if mine is not None and theirs is not None:
        for name, label in VOLUNTEER_FIELDS.items():
            a, b = getattr(mine, name), getattr(theirs, name)
            if name == "notes":
                default = "both"
            elif name == "status":
                default = "other" if b == "active" and a != "active" else "keep"
            else:
                default = _date_default(name, a, b)
            result.append(FieldChoice(f"volunteer.{name}", label, a, b, "volunteer", default))
        levels = {lang.language: lang.level for lang in theirs.languages}
        for lang in mine.languages:
            if lang.language in levels:
                b = levels[lang.language]
                higher = _LEVEL_RANK.get(b or "", -1) > _LEVEL_RANK.get(lang.level or "", -1)
                default = "other" if higher else "keep"
                result.append(
                    FieldChoice(f"language.{lang.language}", lang.language, lang.level, b, "volunteer", default)
                )
    theirs_by_org = {a.organisation_id: a for a in other.affiliations}
    for aff in keep.affiliations:
        their = theirs_by_org.get(aff.organisation_id)
        if their is None:
            continue
        for name, label in AFFILIATION_FIELDS.items():
            a, b = getattr(aff, name), getattr(their, name)
            if name == "valid_to":
                default = "keep" if a is None else ("other" if b is None or (a is not None and b > a) else "keep")
            elif name == "is_primary":
                default = "keep" if a else "other"
            else:
                default = _date_default(name, a, b)
            key = f"affiliation.{aff.organisation_id}.{name}"
            result.append(FieldChoice(key, label, a, b, "affiliation", default, aff.organisation.name))
    return result


def merge_preview(db: Database, keep_id: int, other_id: int) -> list[FieldChoice]:
    with db.session() as session:
        keep, other = _both(session, keep_id, other_id)
        return _choices(keep, other)


def _both(session: Session, keep_id: int, other_id: int) -> tuple[Contact, Contact]:
    if keep_id == other_id:
        raise UserError("Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.")
    keep = session.get(Contact, keep_id)
    other = session.get(Contact, other_id)
    for contact, id_ in ((keep, keep_id), (other, other_id)):
        if contact is None:
            raise NotFound(f"Den Kontakt mit der ID {id_} gibt es nicht (mehr). Bitte die Liste neu laden.")
    assert keep is not None and other is not None
    return keep, other


# --------------------------------------------------------------------------- snapshot for undo

Rows = tuple[tuple[str, tuple[tuple[tuple[str, object], ...], ...]], ...]


def _snapshot(session: Session, contact_ids: list[int]) -> Rows:
    """Every row of the contacts and of every table beneath them (found through the foreign keys
    of the schema, so a table added later is covered too), parents first."""
    session.flush()
    ids_of: dict[str, set[object]] = {"contacts": set(contact_ids)}
    result = []
    for table in Base.metadata.sorted_tables:
        rows: list[dict] = []
        if table.name == "contacts":
            rows = [dict(r._mapping) for r in session.execute(select(table).where(table.c.id.in_(contact_ids)))]
        else:
            for fk in table.foreign_keys:
                parent = fk.column.table.name
                if parent in ids_of and fk.column.name == "id" and not fk.parent.nullable:
                    stmt = select(table).where(fk.parent.in_(list(ids_of[parent])))
                    rows += [dict(r._mapping) for r in session.execute(stmt)]
        if not rows:
            continue
        pk = [c.name for c in table.primary_key.columns]
        unique = {tuple(r[c] for c in pk): r for r in rows}
        if pk == ["id"]:
            ids_of[table.name] = {key[0] for key in unique}
        ordered = tuple(tuple(sorted(unique[key].items())) for key in sorted(unique, key=repr))
        result.append((table.name, ordered))
    return tuple(result)


@dataclass(frozen=True)
class MergeUndo:
    """What :func:`undo_merge` needs: both records before, the merged record after."""

    kept_id: int
    removed_id: int
    before: Rows
    after: Rows


def undo_merge(db: Database, undo: MergeUndo) -> None:
    """Restore both contacts exactly as before the merge (one transaction); refused when the
    merged contact or anything beneath it changed since."""
    tables: dict[str, Table] = {t.name: t for t in Base.metadata.sorted_tables}
    with db.session() as session:
        audit.mark(
            session, "merge", f"Zusammenführung von Kontakt {undo.removed_id} in {undo.kept_id} rückgängig gemacht"
        )
        if _snapshot(session, [undo.kept_id, undo.removed_id]) != undo.after:
            raise UserError(
                "Die Zusammenführung kann nicht mehr rückgängig gemacht werden: der Kontakt wurde inzwischen geändert."
            )
        for name, rows in reversed(undo.after):
            table = tables[name]
            pk = list(table.primary_key.columns)
            for row in rows:
                values = dict(row)
                session.execute(delete(table).where(*(c == values[c.name] for c in pk)))
        for name, rows in undo.before:
            if rows:
                session.execute(insert(tables[name]), [dict(row) for row in rows])
        session.expire_all()


# --------------------------------------------------------------------------- merging


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    removed_id: int
    moved_affiliations: int = 0
    moved_participations: int = 0
    merged_participations: int = 0
    moved_hours: int = 0
    notes_added: tuple[str, ...] = ()
    undo: MergeUndo | None = field(default=None, repr=False, compare=False)

    def summary(self) -> str:
        return (
            f"Kontakt {self.removed_id} in Kontakt {self.kept_id} zusammengeführt: "
            f"{self.moved_affiliations} Organisationen, {self.moved_participations + self.merged_participations} Teilnahmen, "
            f"{self.moved_hours} Stundeneinträge übernommen."
        )


class _Merger:
    def __init__(self, choices: dict[str, str]) -> None:
        self.choices = choices
        self.lost: list[str] = []
        self.counts = {"moved_affiliations": 0, "moved_participations": 0, "merged_participations": 0}
        self.counts["moved_hours"] = 0

    def take(self, choice: FieldChoice, target: object, attribute: str, lost_into: list[str]) -> None:
        """Set ``target.attribute`` by the choice; note a value not chosen in ``lost_into``."""
        if choice.both_allowed:
            return
        picked = self.choices.get(choice.field, choice.default)
        if not choice.conflict:
            picked = choice.default
        value, lost = (
            (choice.other_value, choice.keep_value) if picked == "other" else (choice.keep_value, choice.other_value)
        )
        setattr(target, attribute, value)
        if choice.conflict and not (attribute == "country" and lost == "DE") and not isinstance(lost, bool):
            where = "" if choice.section == "contact" else f"{choice.section_title}, "
            lost_into.append(f"{where}{choice.label} (aus Zusammenführung): {display_value(choice.field, lost)}")

    def notes(self, choice: FieldChoice, extra: list[str]) -> str | None:
        picked = self.choices.get(choice.field, choice.default_choice if choice.conflict else "both")
        mine, theirs = (str(v) if v else "" for v in (choice.keep_value, choice.other_value))
        if picked == "keep":
            parts = [mine]
        elif picked == "other":
            parts = [theirs]
        else:
            parts = [mine] if theirs and theirs in mine else [mine, theirs]
        return "\n".join(p for p in parts + extra if p) or None


def merge_contacts(db: Database, keep_id: int, other_id: int, choices: dict[str, str] | None = None) -> MergeResult:
    """Merge ``other`` into ``keep`` (see module doc); ``choices`` maps a :class:`FieldChoice`
    ``field`` to "keep", "other" or (notes) "both". Returns the counts and the undo snapshot."""
    merger = _Merger(choices or {})
    with db.session() as session:
        audit.mark(session, "merge", f"Kontakt {other_id} in Kontakt {keep_id} zusammengeführt")
        keep, other = _both(session, keep_id, other_id)
        before = _snapshot(session, [keep_id, other_id])
        by_key = {c.field: c for c in _choices(keep, other)}
        contact_lost: list[str] = []
        for name in MERGE_FIELDS:
            merger.take(by_key[name], keep, name, contact_lost)
        keep.is_staff = keep.is_staff or other.is_staff
        _merge_affiliations(session, keep, other, by_key, merger, contact_lost)
        keep.notes = merger.notes(by_key["notes"], contact_lost)
        _merge_participations(session, keep, other, merger)
        _merge_volunteer(session, keep, other, by_key, merger)
        with session.no_autoflush:  # each consent is a dated record (issue 13): all are kept
            moving, staying = list(other.consents), keep.consents
            for consent in moving:
                other.consents.remove(consent)
                staying.append(consent)
        session.flush()
        session.delete(other)
        session.flush()
        after = _snapshot(session, [keep_id, other_id])
    return MergeResult(
        keep_id,
        other_id,
        notes_added=tuple(contact_lost),
        undo=MergeUndo(keep_id, other_id, before, after),
        **merger.counts,
    )


def _merge_affiliations(
    session: Session,
    keep: Contact,
    other: Contact,
    by_key: dict[str, FieldChoice],
    merger: _Merger,
    lost: list[str],
) -> None:
    mine_by_org = {a.organisation_id: a for a in keep.affiliations}
    has_primary = any(a.is_primary for a in keep.affiliations)
    for aff in list(other.affiliations):
        existing = mine_by_org.get(aff.organisation_id)
        if existing is None:
            if has_primary:
                aff.is_primary = False
            has_primary = has_primary or aff.is_primary
            aff.contact = keep
            merger.counts["moved_affiliations"] += 1
            continue
        for name in AFFILIATION_FIELDS:
            merger.take(by_key[f"affiliation.{aff.organisation_id}.{name}"], existing, name, lost)
        if existing.valid_from and existing.valid_to and existing.valid_to < existing.valid_from:
            raise UserError(
                f"Bei „{existing.organisation.name}“ läge das Ende vor dem Beginn. Bitte „von“ und „bis“ passend wählen."
            )
        other.affiliations.remove(aff)
        session.delete(aff)
    session.flush()
    primaries = [a for a in keep.affiliations if a.is_primary]
    for extra in primaries[1:]:  # one main organisation (the chosen one from the shared, else the first)
        extra.is_primary = False


def _merge_participations(session: Session, keep: Contact, other: Contact, merger: _Merger) -> None:
    mine_by_event = {p.event_id: p for p in keep.participations}
    for part in list(other.participations):
        existing = mine_by_event.get(part.event_id)
        if existing is None:
            part.contact = keep
            merger.counts["moved_participations"] += 1
            continue
        if STATUS_RANK.get(part.status, 0) > STATUS_RANK.get(existing.status, 0):
            for name in ("role", "status"):
                setattr(existing, name, getattr(part, name))
        for name in ("invited_at", "registered_at", "attended_at", "declined_at"):
            if getattr(existing, name) is None and getattr(part, name) is not None:
                setattr(existing, name, getattr(part, name))
        notes = [n for n in (existing.note, part.note) if n]
        existing.note = "\n".join(dict.fromkeys(notes)) or None
        for change in list(part.history):
            change.participation = existing
        other.participations.remove(part)
        session.delete(part)
        merger.counts["merged_participations"] += 1
    session.flush()


def _merge_volunteer(
    session: Session, keep: Contact, other: Contact, by_key: dict[str, FieldChoice], merger: _Merger
) -> None:
    theirs = other.volunteer
    if theirs is None:
        return
    mine = keep.volunteer
    if mine is None:
        theirs.contact = keep  # re-point; other.volunteer becomes None through the back-reference
        merger.counts["moved_hours"] = len(theirs.hours)
        session.flush()
        return
    lost: list[str] = []
    for name in VOLUNTEER_FIELDS:
        if name != "notes":
            merger.take(by_key[f"volunteer.{name}"], mine, name, lost)
    _merge_consent(mine, theirs)
    have_areas = {e.area for e in mine.engagements}
    for engagement in list(theirs.engagements):
        if engagement.area not in have_areas:
            engagement.volunteer = mine
    have_languages = {lang.language: lang for lang in mine.languages}
    for language in list(theirs.languages):
        existing = have_languages.get(language.language)
        if existing is None:
            language.volunteer = mine
        else:
            merger.take(by_key[f"language.{language.language}"], existing, "level", lost)
    hours = list(theirs.hours)
    for entry in hours:
        entry.volunteer = mine
    mine.notes = merger.notes(by_key["volunteer.notes"], lost)
    merger.counts["moved_hours"] = len(hours)
    session.flush()
    other.volunteer = None
    session.delete(theirs)
    session.flush()


def _merge_consent(keep: Volunteer, other: Volunteer) -> None:
    """The consent flags come from the profile with the later consent date; without dates a
    consent counts only if both gave it (consent is never widened by a merge)."""
    consent = ("consent_given_on", "consent_photos", "consent_newsletter", "consent_share_with_partners")
    if keep.consent_given_on or other.consent_given_on:
        other_is_newer = other.consent_given_on is not None and (
            keep.consent_given_on is None or other.consent_given_on > keep.consent_given_on
        )
        newer = other if other_is_newer else keep
        for name in consent:
            setattr(keep, name, getattr(newer, name))
    else:
        for name in consent[1:]:
            setattr(keep, name, getattr(keep, name) and getattr(other, name))


def link_summary(db: Database, contact_id: int) -> str:
    """ "2 Organisationen, 3 Teilnahmen, 5 Stundeneinträge" — what a merge carries over."""
    with db.session() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            return ""
        hours = len(contact.volunteer.hours) if contact.volunteer else 0
        parts = [f"{len(contact.affiliations)} Organisationen", f"{len(contact.participations)} Teilnahmen"]
        if contact.volunteer:
            parts.append(f"Ehrenamtsprofil mit {hours} Stundeneinträgen")
        return ", ".join(parts)


__all__ = [
    "FIELD_LABELS",
    "MERGE_FIELDS",
    "FieldChoice",
    "MergeResult",
    "MergeUndo",
    "display_value",
    "link_summary",
    "merge_contacts",
    "merge_preview",
    "undo_merge",
]
