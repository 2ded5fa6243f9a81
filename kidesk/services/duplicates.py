"""Likely duplicate contacts, and merging two contacts without losing anything.

Finding
-------
Two contacts are *likely the same person* when

* they share an e-mail address and the same name (score 100), or
* their names share a comparison form of the one name model (:mod:`kidesk.domain.names`) —
  Müller/Mueller/MULLER, Yılmaz/Yilmaz, Weiß/Weiss, Ёлкин/Елкин, فاطمة/فاطمه, first and last
  name swapped (score 95; 70 when both have different e-mail addresses: namesakes are common), or
* their names are close (typos: "Schmitt"/"Schmidt", "Meyer"/"Meier"): RapidFuzz pre-selects
  candidates on the whole folded name, then :func:`name_similarity` — the weaker of the
  first-name and the last-name ratio — must reach the threshold (default 80).

Names in different scripts are never similar by letters (that is a suggestion for a
transliteration, not a score), and an empty comparison form is unknown, never equal.

Candidates are compared within blocks (first three folded letters of either name), so a
database of ten thousand contacts is searched in well under a second instead of comparing
fifty million pairs. Pairs the user marked "not the same person" are remembered in the
``settings`` table (``duplicates.dismissed``) and not offered again.

A contact that shares only an e-mail address with another but has a different name (a family's
or an office's shared mailbox ``info@…``) is offered too, with the lowest score (50):
the user decides; a shared mailbox never makes the same person.

Merging
-------
:func:`merge_contacts` keeps one contact and moves everything of the other onto it, in one
transaction:

* every field: the kept contact's value, or the other's where the kept one is empty; where both
  differ, the caller's per-field choice decides and the value *not* chosen is appended to the
  notes ("Telefon (aus Zusammenführung): …") — nothing is lost;
* affiliations: re-pointed; for an organisation both are linked to, one affiliation remains with
  the empty fields filled;
* participations: re-pointed; where both took part in the same event, the participation with
  the better status stays (attended > registered > waitlisted > invited > no-show > declined >
  cancelled) and receives the other's status history and note;
* the volunteer profile: moved, or merged when both have one (empty fields filled, engagement
  areas and languages united, all logged hours moved; the consent flags come from the profile
  with the later consent date, and without dates a consent counts only if both gave it).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from kidesk.db import audit, settings, vocab
from kidesk.db.database import Database
from kidesk.db.models import Contact, Volunteer
from kidesk.domain import names
from kidesk.errors import NotFound, UserError
from kidesk.services.name_folding import fold, fold_email, same_text

DISMISSED_SETTING = "duplicates.dismissed"
DEFAULT_THRESHOLD = 80  # name_similarity(): the weaker of first and last name, 0–100
CANDIDATE_CUTOFF = 75  # RapidFuzz pre-selection on whole names, below DEFAULT_THRESHOLD on purpose
MERGE_FIELDS = (
    "salutation",
    "title",
    "first_name",
    "last_name",
    "function",
    "department",
    "phone",
    "mobile",
    "fax",
    "email",
    "room",
    "street",
    "postcode",
    "city",
    "country",
    "languages",
)
FIELD_LABELS = vocab.CONTACT_FIELD_LABELS
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
class DuplicatePair:
    first_id: int
    second_id: int
    first_label: str
    second_label: str
    score: int
    reason: str


@dataclass
class _Person:
    id: int
    first: str
    last: str
    email: str
    label: str
    folded: str
    keys: frozenset[tuple[str, str]]
    blocks: set[str]


def _label(first: str | None, last: str | None, email: str | None) -> str:
    name = f"{last}, {first}" if first else (last or "")
    return f"{name} <{email}>" if email else name


def _people(session: Session) -> list[_Person]:
    rows = session.execute(
        select(Contact.id, Contact.first_name, Contact.last_name, Contact.email).order_by(Contact.id)
    )
    return [_person(i, f, s, e) for i, f, s, e in rows]


def _person(id_: int, first: str | None, last: str | None, email: str | None) -> _Person:
    return _Person(
        id_,
        first or "",
        last or "",
        fold_email(email),
        _label(first, last, email),
        f"{fold(first)} {fold(last)}".strip(),
        names.name_keys(first, last),
        names.blocking_keys(first, last),
    )


def _dismissed(session: Session) -> set[tuple[int, int]]:
    return {tuple(sorted(p)) for p in settings.get(session, DISMISSED_SETTING, []) or []}


def dismiss_pair(db: Database, first_id: int, second_id: int) -> None:
    """Remember that two contacts are *not* the same person."""
    with db.session() as session:
        pairs = settings.get(session, DISMISSED_SETTING, []) or []
        pair = sorted((first_id, second_id))
        if pair not in pairs:
            pairs.append(pair)
        settings.put(session, DISMISSED_SETTING, pairs)


SHORT_PART = 5  # letters: one changed letter in a shorter name part makes another name (Ali/Eli, حسن/حسين)


def _part_ratio(a: str, b: str) -> float:
    """Similarity of two folded name parts. Short parts must be equal; Arabic script writes no
    short vowels, so one letter more or less is another name there (محمد/محمود): the ratio only
    counts from 90 on, which a single-letter edit of a name of under ten letters never reaches."""
    if a == b:
        return 100.0
    if min(len(a), len(b)) < SHORT_PART:
        return 0.0
    ratio = fuzz.ratio(a, b)
    if any("\u0600" <= ch <= "\u06ff" for ch in a + b) and ratio < 90:
        return 0.0
    return ratio


def name_similarity(first_a: str, last_a: str, first_b: str, last_b: str) -> float:
    """The weaker of first-name and last-name similarity (also with the names swapped).

    Comparing the parts separately keeps "Stefan Sieker"/"Stefan Rieke" apart (a shared first
    name does not make a similar person) while "Anna Schmidt"/"Anna Schmitt" and
    "Meyer"/"Meier" are found.
    """
    fa, la, fb, lb = fold(first_a), fold(last_a), fold(first_b), fold(last_b)
    if not (fa and la and fb and lb):
        return 0.0  # an unknown part is never similar (two empty forms are not "100 % equal")
    direct = min(_part_ratio(fa, fb), _part_ratio(la, lb))
    swapped = min(_part_ratio(fa, lb), _part_ratio(la, fb))
    return max(direct, swapped)


def _initial_of(first_a: str, first_b: str) -> bool:
    """One first name is only the other's initial ("A." and "Anna"): compatible, though not equal."""
    fa, fb = fold(first_a), fold(first_b)
    short, long_ = sorted((fa, fb), key=len)
    return len(short) == 1 and len(long_) > 1 and long_.startswith(short)


def _compare(a: _Person, b: _Person, threshold: int) -> tuple[int, str] | None:
    same_email = bool(a.email) and a.email == b.email
    if a.keys & b.keys:
        if same_email:
            return 100, "gleiche E-Mail-Adresse und gleicher Name"
        if a.email and b.email:
            return 70, "gleicher Name"  # both have other addresses: namesakes are common
        if (
            names.same_part(a.first, b.last)
            and names.same_part(a.last, b.first)
            and not names.same_part(a.first, a.last)
        ):
            return 95, "Vor- und Nachname vertauscht"
        if (a.first, a.last) == (b.first, b.last):
            return 95, "gleicher Name"
        return 95, "gleicher Name, anders geschrieben"
    if same_email:
        if names.same_part(a.last, b.last) and _initial_of(a.first, b.first):
            initial_score = 90  # "A." and "Anna" at one address: as untranslated as any "similar name"
            return initial_score, "ähnlicher Name"
        return 50, "gleiche E-Mail-Adresse, anderer Name (gemeinsames Postfach?)"  # a household, too
    if a.first and b.first:
        score = name_similarity(a.first, a.last, b.first, b.last)
        if score >= threshold:
            return int(score), "ähnlicher Name"
    return None


class NameIndex:
    """Similar-name lookup over many people at once (the import asks once per row).

    Blocks by the first three folded letters of either name; RapidFuzz pre-selects within a
    block in C, :func:`name_similarity` decides.
    """

    def __init__(self, people: list[tuple[int, str, str]], threshold: int = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._blocks: dict[str, tuple[list[str], list[tuple[int, str, str]]]] = {}
        for person in people:
            _id, first, last = person
            if not first or not last:
                continue
            folded = f"{fold(first)} {fold(last)}"
            for prefix in names.blocking_keys(first, last):
                block_names, members = self._blocks.setdefault(prefix, ([], []))
                block_names.append(folded)
                members.append(person)

    def similar(self, first: str | None, last: str | None) -> tuple[int, str, str, float] | None:
        """The most similar person ``(id, first, last, score)`` at or above the threshold, or None."""
        if not first or not last:
            return None
        folded = f"{fold(first)} {fold(last)}"
        best = None
        for prefix in names.blocking_keys(first, last):
            block_names, members = self._blocks.get(prefix, ([], []))
            for _name, _score, j in process.extract(
                folded, block_names, scorer=fuzz.token_sort_ratio, score_cutoff=CANDIDATE_CUTOFF, limit=5
            ):
                pid, pfirst, plast = members[j]
                score = name_similarity(first, last, pfirst, plast)
                if score >= self.threshold and (best is None or score > best[3]):
                    best = (pid, pfirst, plast, score)
        return best


def find_duplicates(
    db: Database, *, threshold: int = DEFAULT_THRESHOLD, progress: Callable[[int, int], bool] | None = None
) -> list[DuplicatePair]:
    """All likely duplicate pairs, best first.

    Candidates come from three kinds of blocks: the same e-mail, the same folded name, and the
    same first three letters of either name; within a name-prefix block RapidFuzz scores every
    name against all others in C (``process.extract``), and only pairs above the threshold are
    looked at in Python.
    """
    with db.session() as session:
        people = _people(session)
        dismissed = _dismissed(session)
    candidates: set[tuple[int, int]] = set()
    by_id = {p.id: p for p in people}

    def add_group(members: list[_Person]) -> None:
        for a, b in itertools.combinations(members, 2):
            candidates.add((a.id, b.id) if a.id < b.id else (b.id, a.id))

    by_email: dict[str, list[_Person]] = {}
    by_key: dict[tuple[str, str], list[_Person]] = {}
    by_prefix: dict[str, list[_Person]] = {}
    for person in people:
        if person.email:
            by_email.setdefault(person.email, []).append(person)
        for key in person.keys:
            by_key.setdefault(key, []).append(person)
        if person.first:
            for prefix in person.blocks:
                by_prefix.setdefault(prefix, []).append(person)
    for group in (*by_email.values(), *by_key.values()):
        if len(group) > 1:
            add_group(group)
    total = len(by_prefix)
    for done, members in enumerate(by_prefix.values(), start=1):
        if progress is not None and done % 50 == 0 and progress(done, total) is False:
            break
        if len(members) < 2:
            continue
        names = [m.folded for m in members]
        for i, member in enumerate(members[:-1]):
            for _name, _score, j in process.extract(
                member.folded,
                names[i + 1 :],
                scorer=fuzz.token_sort_ratio,
                score_cutoff=min(threshold, CANDIDATE_CUTOFF),
                limit=None,
            ):
                other = members[i + 1 + j]
                candidates.add((member.id, other.id) if member.id < other.id else (other.id, member.id))
    pairs = []
    for ids in candidates - dismissed:
        first, second = by_id[ids[0]], by_id[ids[1]]
        found = _compare(first, second, threshold)
        if found:
            pairs.append(DuplicatePair(first.id, second.id, first.label, second.label, found[0], found[1]))
    pairs.sort(key=lambda p: (-p.score, p.first_label.casefold(), p.first_id, p.second_id))
    return pairs


def likely_duplicates(
    session: Session,
    first_name: str | None,
    last_name: str | None,
    email: str | None = None,
    *,
    exclude_id: int | None = None,
    threshold: int = DEFAULT_THRESHOLD,
) -> list[DuplicatePair]:
    """Contacts a person being entered might already be (for the contact editor's warning)."""
    probe = _person(0, first_name, last_name, email)
    result = []
    for person in _people(session):
        if person.id == exclude_id:
            continue
        if not (probe.email and probe.email == person.email) and not (person.blocks & probe.blocks):
            continue
        found = _compare(probe, person, threshold)
        if found:
            result.append(DuplicatePair(0, person.id, probe.label, person.label, found[0], found[1]))
    result.sort(key=lambda p: -p.score)
    return result


# --------------------------------------------------------------------------- merging


@dataclass
class FieldChoice:
    field: str
    label: str
    keep_value: object
    other_value: object

    @property
    def conflict(self) -> bool:
        return (
            not _empty(self.field, self.keep_value)
            and not _empty(self.field, self.other_value)
            and not same_text(str(self.keep_value), str(self.other_value))
        )

    @property
    def default(self) -> str:
        return "other" if _empty(self.field, self.keep_value) and not _empty(self.field, self.other_value) else "keep"


def _empty(field_name: str, value: object) -> bool:
    return value in (None, "") or (field_name == "salutation" and value == "none")


def display_value(field_name: str, value: object) -> str:
    if value is None:
        return ""
    if field_name == "salutation":
        return "" if value == "none" else vocab.SALUTATION_LABELS.get(value, str(value))
    return str(value)


def merge_preview(db: Database, keep_id: int, other_id: int) -> list[FieldChoice]:
    with db.session() as session:
        keep, other = _both(session, keep_id, other_id)
        return [FieldChoice(f, FIELD_LABELS[f], getattr(keep, f), getattr(other, f)) for f in MERGE_FIELDS]


def _both(session: Session, keep_id: int, other_id: int) -> tuple[Contact, Contact]:
    if keep_id == other_id:
        raise UserError("Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.")
    keep = session.get(Contact, keep_id)
    other = session.get(Contact, other_id)
    for contact, id_ in ((keep, keep_id), (other, other_id)):
        if contact is None:
            raise NotFound(f"Den Kontakt mit der ID {id_} gibt es nicht (mehr). Bitte die Liste neu laden.")
    return keep, other


@dataclass
class MergeResult:
    kept_id: int
    removed_id: int
    moved_affiliations: int = 0
    moved_participations: int = 0
    merged_participations: int = 0
    moved_hours: int = 0
    notes_added: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"Kontakt {self.removed_id} in Kontakt {self.kept_id} zusammengeführt: "
            f"{self.moved_affiliations} Organisationen, {self.moved_participations + self.merged_participations} Teilnahmen, "
            f"{self.moved_hours} Stundeneinträge übernommen."
        )


def _fill(target, source, names: tuple[str, ...]) -> None:
    for name in names:
        if getattr(target, name) in (None, "") and getattr(source, name) not in (None, ""):
            setattr(target, name, getattr(source, name))


def merge_contacts(db: Database, keep_id: int, other_id: int, choices: dict[str, str] | None = None) -> MergeResult:
    """Merge ``other`` into ``keep`` (see module doc); ``choices`` maps field → "keep"/"other"."""
    choices = choices or {}
    result = MergeResult(keep_id, other_id)
    with db.session() as session:
        audit.mark(session, "merge", f"Kontakt {other_id} in Kontakt {keep_id} zusammengeführt")
        keep, other = _both(session, keep_id, other_id)
        extra_notes = []
        for name in MERGE_FIELDS:
            mine, theirs = getattr(keep, name), getattr(other, name)
            choice = choices.get(name)
            if _empty(name, theirs):
                continue
            if _empty(name, mine):
                setattr(keep, name, theirs)
                continue
            if same_text(str(mine), str(theirs)):
                continue
            if choice == "other":
                setattr(keep, name, theirs)
                lost = mine
            else:
                lost = theirs
            if name != "country" or lost != "DE":
                extra_notes.append(f"{FIELD_LABELS[name]} (aus Zusammenführung): {display_value(name, lost)}")
        notes = [n for n in (keep.notes, other.notes) if n]
        if len(notes) == 2 and (notes[1] in notes[0]):
            notes = notes[:1]
        keep.notes = "\n".join(notes + extra_notes) or None
        keep.is_staff = keep.is_staff or other.is_staff
        result.notes_added = extra_notes

        # Affiliations.
        mine_by_org = {a.organisation_id: a for a in keep.affiliations}
        has_primary = any(a.is_primary for a in keep.affiliations)
        for aff in list(other.affiliations):
            existing = mine_by_org.get(aff.organisation_id)
            if existing is not None:
                _fill(existing, aff, ("role", "department", "valid_from", "valid_to"))
                other.affiliations.remove(aff)
                session.delete(aff)
            else:
                if has_primary:
                    aff.is_primary = False
                has_primary = has_primary or aff.is_primary
                aff.contact = keep
                result.moved_affiliations += 1
        session.flush()

        # Participations.
        mine_by_event = {p.event_id: p for p in keep.participations}
        for part in list(other.participations):
            existing = mine_by_event.get(part.event_id)
            if existing is None:
                part.contact = keep
                result.moved_participations += 1
                continue
            better, worse = (
                (existing, part)
                if STATUS_RANK.get(existing.status, 0) >= STATUS_RANK.get(part.status, 0)
                else (part, existing)
            )
            if better is part:
                # The other's participation is better: carry it over by copying its state onto ours.
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
            result.merged_participations += 1
        session.flush()

        # Volunteer profile.
        if other.volunteer is not None:
            theirs = other.volunteer
            if keep.volunteer is None:
                theirs.contact = keep  # re-point; other.volunteer becomes None through the back-reference
                result.moved_hours = len(theirs.hours)
            else:
                result.moved_hours = _merge_volunteer(session, keep.volunteer, theirs)
                other.volunteer = None
                session.delete(theirs)
        session.flush()
        session.delete(other)
    return result


def _merge_volunteer(session: Session, keep: Volunteer, other: Volunteer) -> int:
    _fill(
        keep,
        other,
        (
            "active_since",
            "municipality",
            "availability",
            "agreement_signed_on",
            "police_certificate_inspected_on",
            "police_certificate_due_on",
            "notes",
        ),
    )
    if keep.status != "active" and other.status == "active":
        keep.status = "active"
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
    have_areas = {e.area for e in keep.engagements}
    for engagement in list(other.engagements):
        if engagement.area not in have_areas:
            engagement.volunteer = keep
    have_languages = {lang.language for lang in keep.languages}
    for language in list(other.languages):
        if language.language not in have_languages:
            language.volunteer = keep
    hours = list(other.hours)
    for entry in hours:
        entry.volunteer = keep
    session.flush()
    return len(hours)


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
