"""Likely duplicate contacts: who may be the same person, with a score and a reason a person can judge.

Scores (see docs/NAMES.md): from ``MERGE_LEVEL`` (80) on a pair is offered as the same person;
below it a pair is a *suggestion* or a *warning*, never a merge proposal.

* 100 same name (a comparison form of :mod:`kidesk.domain.names`) and the same e-mail address;
* 95 same name, written the same or differently (Müller/Mueller, Ёлкин/Елкин, فاطمة/فاطمه), or
  first and last name swapped;
* 90 same e-mail, same last name, one first name only the other's initial;
* 80–99 similar name (typos: Schmitt/Schmidt), the weaker of first- and last-name similarity;
* 60 (75 with the same e-mail) "gleicher Name in anderer Schrift" — Mohammad Rahimi / محمد رحیمی
  by the transliterated consonant skeleton — or "ähnlich klingender Name" — Mohammad / Muhammad
  Rahimi by Kölner Phonetik: suggestions only;
* 40 "Namensvetter": same name, but different e-mail addresses or different addresses;
* 30 "Haushalt": same e-mail, same last name, another first name; "gemeinsames Postfach":
  same e-mail, another name. A shared mailbox never makes the same person.

Candidates are compared within blocks (same e-mail, same name key, same variant key, first three
letters of either name with RapidFuzz pre-selection), so ten thousand contacts take well under a
second. Pairs the user marked "not the same person" are remembered in the ``settings`` table
(``duplicates.dismissed``) and not offered again.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from kidesk.db import name_keys, settings
from kidesk.db.database import Database
from kidesk.db.models import Contact, ContactNameKey
from kidesk.domain import names
from kidesk.services.name_folding import fold, fold_email

DISMISSED_SETTING = "duplicates.dismissed"
DEFAULT_THRESHOLD = 80  # name_similarity(): the weaker of first and last name, 0–100
CANDIDATE_CUTOFF = 75  # RapidFuzz pre-selection on whole names, below DEFAULT_THRESHOLD on purpose
MERGE_LEVEL = 80  # from this score on a pair is offered as the same person; below: suggestion or warning

SAME_EMAIL_AND_NAME = "gleiche E-Mail-Adresse und gleicher Name"
SWAPPED = "Vor- und Nachname vertauscht"
SAME_NAME = "gleicher Name"
SAME_NAME_SPELT = "gleicher Name, anders geschrieben"
SIMILAR = "ähnlicher Name"
OTHER_SCRIPT = "gleicher Name in anderer Schrift"
OTHER_SCRIPT_SAME_EMAIL = "gleicher Name in anderer Schrift, gleiche E-Mail-Adresse"
SOUNDS_ALIKE = "ähnlich klingender Name (andere Schreibweise)"
NAMESAKE_EMAIL = "Namensvetter (gleicher Name, andere E-Mail-Adresse)"
NAMESAKE_ADDRESS = "Namensvetter (gleicher Name, andere Adresse)"
HOUSEHOLD = "Haushalt (gleiche E-Mail, anderer Vorname)"
SHARED_MAILBOX = "gemeinsames Postfach (gleiche E-Mail, anderer Name)"
#: every reason text, for the translations (the view translates them in context DuplicatesView)
REASONS = (
    SAME_EMAIL_AND_NAME,
    SWAPPED,
    SAME_NAME,
    SAME_NAME_SPELT,
    SIMILAR,
    OTHER_SCRIPT,
    OTHER_SCRIPT_SAME_EMAIL,
    SOUNDS_ALIKE,
    NAMESAKE_EMAIL,
    NAMESAKE_ADDRESS,
    HOUSEHOLD,
    SHARED_MAILBOX,
)


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
    address: str = ""  # folded street and postcode, "" when incomplete
    variants: frozenset[tuple[str, str, str]] = frozenset()  # ("script"|"sound", a, b)
    scripts: frozenset[str] = frozenset()


def _label(first: str | None, last: str | None, email: str | None) -> str:
    name = f"{last}, {first}" if first else (last or "")
    return f"{name} <{email}>" if email else name


def _people(session: Session) -> list[_Person]:
    rows = session.execute(
        select(
            Contact.id, Contact.first_name, Contact.last_name, Contact.email, Contact.street, Contact.postcode
        ).order_by(Contact.id)
    )
    return [_person(i, f, s, e, st, pc) for i, f, s, e, st, pc in rows]


def _address(street: str | None, postcode: str | None) -> str:
    if not street or not postcode or names.is_placeholder(street) or names.is_placeholder(postcode):
        return ""
    return f"{fold(street).replace('strasse', 'str')}|{postcode.strip()}"


def _person(
    id_: int,
    first: str | None,
    last: str | None,
    email: str | None,
    street: str | None = None,
    postcode: str | None = None,
) -> _Person:
    variants = {("script", a, b) for a, b in names.skeleton_keys(first, last)}
    variants |= {("sound", a, b) for a, b in names.phonetic_keys(first, last)}
    return _Person(
        id_,
        first or "",
        last or "",
        fold_email(email),
        _label(first, last, email),
        f"{fold(first)} {fold(last)}".strip(),
        names.name_keys(first, last),
        names.blocking_keys(first, last),
        _address(street, postcode),
        frozenset(variants),
        names.scripts(f"{first or ''} {last or ''}"),
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
    return _folded_similarity(fold(first_a), fold(last_a), fold(first_b), fold(last_b))


def _folded_similarity(fa: str, la: str, fb: str, lb: str) -> float:
    """:func:`name_similarity` of parts already folded."""
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
            return 100, SAME_EMAIL_AND_NAME
        if a.email and b.email:
            return 40, NAMESAKE_EMAIL  # both have other addresses: namesakes are common
        if a.address and b.address and a.address != b.address:
            return 40, NAMESAKE_ADDRESS
        if (
            names.same_part(a.first, b.last)
            and names.same_part(a.last, b.first)
            and not names.same_part(a.first, a.last)
        ):
            return 95, SWAPPED
        if (a.first, a.last) == (b.first, b.last):
            return 95, SAME_NAME
        return 95, SAME_NAME_SPELT
    if same_email and names.same_part(a.last, b.last) and _initial_of(a.first, b.first):
        return 90, SIMILAR  # "A." and "Anna" at one address
    if a.first and b.first:
        score = name_similarity(a.first, a.last, b.first, b.last)
        if score >= threshold:
            return int(score), SIMILAR
    kind = _variant_kind(a, b)
    if kind is not None:  # suggestions: not the letters are compared, only a transliteration or a sound
        if same_email:
            return 75, OTHER_SCRIPT_SAME_EMAIL if kind == "script" else SOUNDS_ALIKE
        return 60, OTHER_SCRIPT if kind == "script" else SOUNDS_ALIKE
    if same_email:
        return 30, HOUSEHOLD if names.same_part(a.last, b.last) else SHARED_MAILBOX
    return None


def _variant_kind(a: _Person, b: _Person) -> str | None:
    """:func:`kidesk.domain.names.variant_kind` on the keys computed once per person."""
    shared = {kind for kind, _x, _y in a.variants & b.variants}
    if a.scripts and b.scripts and a.scripts != b.scripts:
        return "script" if "script" in shared else None
    return "sound" if "sound" in shared else None


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
    by_variant: dict[tuple[str, str, str], list[_Person]] = {}
    for person in people:
        for variant in person.variants:
            by_variant.setdefault(variant, []).append(person)
        if person.email:
            by_email.setdefault(person.email, []).append(person)
        for key in person.keys:
            by_key.setdefault(key, []).append(person)
        if person.first:
            for prefix in person.blocks:
                by_prefix.setdefault(prefix, []).append(person)
    for group in (*by_email.values(), *by_key.values(), *by_variant.values()):
        if len(group) > 1:
            add_group(group)
    total = len(by_prefix)
    for done, members in enumerate(by_prefix.values(), start=1):
        if progress is not None and done % 50 == 0 and progress(done, total) is False:
            break
        if len(members) < 2:
            continue
        folded_names = [m.folded for m in members]
        for i, member in enumerate(members[:-1]):
            for _name, _score, j in process.extract(
                member.folded,
                folded_names[i + 1 :],
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
    """Contacts a person being entered might already be (for the contact editor's warning).

    A stored contact is compared when it shares the e-mail address, a name key, a variant key
    or a three-letter block with the name typed. Those keys are stored and indexed
    (:mod:`kidesk.db.name_keys`), so the candidates come from the index, not from a scan. A
    contact that shares only a block can only be a similar name (the other reasons need a
    shared key): :func:`name_similarity` runs once per distinct folded name of the blocks (read
    from the index alone), and only the contacts of the names at the threshold get the full
    comparison; the result is the one the full comparison of every contact gave.
    """
    probe = _person(0, first_name, last_name, email)
    strong = set(
        session.scalars(
            select(ContactNameKey.contact_id).where(
                ContactNameKey.key.in_(sorted(name_keys.exact_keys(first_name, last_name, email)))
            )
        )
    )
    chosen = set(strong)
    fa, la = fold(first_name), fold(last_name)
    blocks = sorted(name_keys.block_keys(first_name, last_name))
    if probe.first and fa and la and blocks:
        in_block = ContactNameKey.key.in_(blocks)
        names_in_block = session.execute(
            select(ContactNameKey.first_fold, ContactNameKey.last_fold).where(in_block).distinct()
        ).all()
        similar = [(fb, lb) for fb, lb in names_in_block if _folded_similarity(fa, la, fb or "", lb or "") >= threshold]
        if similar:
            chosen.update(
                session.scalars(
                    select(ContactNameKey.contact_id).where(
                        in_block, tuple_(ContactNameKey.first_fold, ContactNameKey.last_fold).in_(similar)
                    )
                )
            )
    chosen.discard(exclude_id)  # type: ignore[arg-type]
    if not chosen:
        return []
    rows = session.execute(
        select(
            Contact.id, Contact.first_name, Contact.last_name, Contact.email, Contact.street, Contact.postcode
        ).where(Contact.id.in_(sorted(chosen)))
        .order_by(Contact.id)
    )  # fmt: skip
    result = []
    for person in (_person(i, f, s, e, st, pc) for i, f, s, e, st, pc in rows):
        found = _compare(probe, person, threshold)
        if found:
            result.append(DuplicatePair(0, person.id, probe.label, person.label, found[0], found[1]))
    result.sort(key=lambda p: -p.score)
    return result
