"""Reading kidesk's own XLSX workbook back: the people *and* the tables behind them (issue 11 item 6).

A contacts or volunteers export as XLSX (:func:`kidesk.services.contact_export.record_sheets`) has
the list of people on its first sheet and one sheet per table after it — affiliations, staff,
volunteer profiles, engagement areas, languages, hours — each row naming its person by the row
number on the first sheet, and a sheet "kidesk" that marks the file.

The import reads the first sheet as any address list (matching, dry run, the person's choices);
this module adds three things, through three small hooks in the import:

* :func:`with_extras` (reading): recognises the workbook and keeps its tables with the list;
* :func:`refine_plan` (planning): every row of such a workbook is one person, so rows that look
  alike are *not* merged into each other; a row that is exactly a stored contact (every exported
  value equal) is that contact — so importing the export back into its own database changes
  nothing, also for two stored namesakes with nothing but a name;
* :func:`apply_extras` (applying): writes the tables for the rows' contacts in one transaction.
  A contact created by this import gets the workbook's values exactly; a stored contact only
  gets what it lacks (affiliations at other organisations, empty fields, a missing profile,
  engagement areas, languages, hours not yet logged) — nothing stored is overwritten.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.db.models import (
    Affiliation,
    Contact,
    Organisation,
    Volunteer,
    VolunteerEngagement,
    VolunteerHours,
    VolunteerLanguage,
)
from kidesk.services.contact_import.records import CREATE, SKIP, UPDATE, ImportPlan, ImportResult
from kidesk.services.tabular_source import Problem, RawTable

_PROFILE_FIELDS = (
    "status",
    "active_since",
    "municipality",
    "availability",
    "agreement_signed_on",
    "consent_given_on",
    "consent_photos",
    "consent_newsletter",
    "consent_share_with_partners",
    "police_certificate_inspected_on",
    "police_certificate_due_on",
    "notes",
)
_STATUS_CODES = {label: code for code, label in vocab.VOLUNTEER_STATUS_LABELS.items()}


@dataclass
class WorkbookTables:
    """The tables of a kidesk workbook, by the row number of the person on the first sheet."""

    affiliations: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    staff: set[int] = field(default_factory=set)
    profiles: dict[int, dict[str, Any]] = field(default_factory=dict)
    engagements: dict[int, list[str]] = field(default_factory=dict)
    languages: dict[int, list[tuple[str, str | None]]] = field(default_factory=dict)
    hours: dict[int, list[tuple[dt.date, Decimal, str | None, str | None]]] = field(default_factory=dict)


@dataclass
class KideskTable(RawTable):
    """The first sheet of a kidesk workbook, with the workbook's other tables."""

    tables: WorkbookTables = field(default_factory=WorkbookTables)


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        from kidesk.domain.dates import parse_date_or_none

        return parse_date_or_none(value)
    return None


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("ja", "wahr", "true", "1", "x")
    return bool(value)


def _records(rows: list[list[object]], headers: tuple[str, ...], problems: list[Problem], title: str):
    """``(person row, {header: value})`` for every row of a table sheet; a row without a valid
    person row is reported and left out."""
    if not rows:
        return
    head = [str(h) if h is not None else "" for h in rows[0]]
    positions = {h: head.index(h) for h in headers if h in head}
    for number, values in enumerate(rows[1:], start=2):
        if not any(v not in (None, "") for v in values):
            continue
        record = {h: (values[i] if i < len(values) else None) for h, i in positions.items()}
        person = record.get(headers[0])
        if isinstance(person, float) and person.is_integer():
            person = int(person)
        if not isinstance(person, int) or isinstance(person, bool) or person < 2:
            problems.append(
                Problem(None, None, f"Tabellenblatt „{title}“, Zeile {number}: keine gültige Zeilennummer.")
            )
            continue
        yield person, record


def parse_tables(sheets: dict[str, list[list[object]]], problems: list[Problem]) -> WorkbookTables:
    from kidesk.services import contact_export as ex

    titles = ex.SHEET_TITLES
    tables = WorkbookTables()
    for row, r in _records(sheets.get(titles["affiliations"], []), ex.AFFILIATION_HEADERS, problems, "Zugehörigkeiten"):
        if _text(r.get("Organisation")):
            tables.affiliations.setdefault(row, []).append(
                {
                    "organisation": str(r["Organisation"]).strip(),
                    "role": _text(r.get("Rolle")),
                    "department": _text(r.get("Abteilung")),
                    "valid_from": _date(r.get("von")),
                    "valid_to": _date(r.get("bis")),
                    "is_primary": _bool(r.get("Hauptorganisation")),
                }
            )
    for row, _r in _records(sheets.get(titles["staff"], []), ex.STAFF_HEADERS, problems, "Mitarbeitende"):
        tables.staff.add(row)
    for row, r in _records(sheets.get(titles["profiles"], []), ex.PROFILE_HEADERS, problems, "Ehrenamtsprofile"):
        values = [r.get(h) for h in ex.PROFILE_HEADERS[1:]]
        profile = dict(zip(_PROFILE_FIELDS, values, strict=True))
        status = _text(profile["status"]) or "aktiv"
        profile["status"] = _STATUS_CODES.get(status, status if status in vocab.VOLUNTEER_STATUSES else "active")
        for name in ("active_since", "agreement_signed_on", "consent_given_on"):
            profile[name] = _date(profile[name])
        for name in ("police_certificate_inspected_on", "police_certificate_due_on"):
            profile[name] = _date(profile[name])
        for name in ("consent_photos", "consent_newsletter", "consent_share_with_partners"):
            profile[name] = _bool(profile[name])
        for name in ("municipality", "availability", "notes"):
            profile[name] = _text(profile[name])
        tables.profiles[row] = profile
    for row, r in _records(
        sheets.get(titles["engagements"], []), ex.ENGAGEMENT_HEADERS, problems, "Engagementbereiche"
    ):
        if _text(r.get("Engagementbereich")):
            tables.engagements.setdefault(row, []).append(str(r["Engagementbereich"]).strip())
    for row, r in _records(sheets.get(titles["languages"], []), ex.LANGUAGE_HEADERS, problems, "Sprachen"):
        level = _text(r.get("Niveau"))
        if _text(r.get("Sprache")):
            level = level if level in vocab.LANGUAGE_LEVELS else None
            tables.languages.setdefault(row, []).append((str(r["Sprache"]).strip(), level))
    for row, r in _records(sheets.get(titles["hours"], []), ex.HOURS_HEADERS, problems, "Stunden"):
        day = _date(r.get("Datum"))
        try:
            amount = Decimal(str(r.get("Stunden")).replace(",", ".")).quantize(Decimal("0.01"))
        except InvalidOperation:
            amount = None
        if day is None or amount is None or amount <= 0:
            problems.append(
                Problem(None, None, f"Tabellenblatt „Stunden“: Eintrag für Zeile {row} ohne Datum oder Stunden.")
            )
            continue
        tables.hours.setdefault(row, []).append((day, amount, _text(r.get("Tätigkeit")), _text(r.get("Organisation"))))
    return tables


def with_extras(data: bytes, table: RawTable) -> RawTable:
    """``table`` (the first sheet) as a :class:`KideskTable` when the file is kidesk's own workbook."""
    from kidesk.services import contact_export as ex
    from kidesk.services.xlsx_io import read_sheets

    sheets = read_sheets(data)
    marker, header, value = ex.WORKBOOK_MARKER
    if sheets.get(marker, [[None], [None]])[:2] != [[header], [value]]:
        return table
    problems = [p for p in table.problems if "Tabellenblätter" not in p.message]
    problems.append(
        Problem(
            None,
            None,
            "kidesk-Arbeitsmappe: Zugehörigkeiten, Mitarbeitende, Ehrenamtsprofile, Sprachen und Stunden "
            "werden mit übernommen.",
            "info",
        )
    )
    tables = parse_tables(sheets, problems)
    base = {f.name: getattr(table, f.name) for f in fields(RawTable)}
    base["problems"] = problems
    return KideskTable(**base, tables=tables)


# --------------------------------------------------------------------------- planning


def refine_plan(db: Database, plan: ImportPlan) -> ImportPlan:
    """For a kidesk workbook: a row exactly like a stored contact is that contact (SKIP); rows
    that look alike are still separate people (never "doppelt" or merged with another row)."""
    if not isinstance(plan.table, KideskTable):
        return plan
    from kidesk.services.contact_export import CONTACT_HEADERS, contact_values, csv_text

    width = len(CONTACT_HEADERS)
    with db.session() as session:
        stored: dict[tuple[str, ...], list[int]] = {}
        contacts = session.scalars(
            select(Contact)
            .options(selectinload(Contact.affiliations).selectinload(Affiliation.organisation))
            .order_by(Contact.id)
        )
        for contact in contacts:
            key = tuple(csv_text(v) for v in contact_values(contact))
            stored.setdefault(key, []).append(contact.id)
    values = {raw.number: (raw.values + [""] * width)[:width] for raw in plan.table.rows}
    for item in plan.items:
        key = tuple(values.get(item.row, []))
        same = stored.get(key)
        if same:
            item.action, item.existing_id, item.duplicate_of = SKIP, same.pop(0), None
            item.reason = f"schon vorhanden (Kontakt {item.existing_id})"
        elif item.action == SKIP and item.existing_id is None:
            item.action, item.reason = CREATE, ""  # another row alike in the workbook: still its own person
    return plan


# --------------------------------------------------------------------------- applying


def apply_extras(db: Database, plan: ImportPlan, result: ImportResult) -> ImportResult:
    """Write the workbook's tables for the contacts of its rows (one transaction)."""
    if not isinstance(plan.table, KideskTable):
        return result
    tables = plan.table.tables
    work = [item for item in plan.items if item.action in (CREATE, UPDATE)]
    contact_of: dict[int, int] = {item.row: cid for item, cid in zip(work, result.contact_ids, strict=False)}
    created = {item.row for item in work if item.action == CREATE}
    for item in plan.items:
        if item.action == SKIP and item.existing_id is not None:
            contact_of[item.row] = item.existing_id
    with db.session() as session:
        orgs = {o.name.casefold(): o for o in session.scalars(select(Organisation))}
        for row, contact_id in contact_of.items():
            contact = session.get(Contact, contact_id)
            if contact is None:
                continue
            new = row in created
            _affiliations(session, contact, tables.affiliations.get(row, []), orgs, exact=new)
            if row in tables.staff:
                contact.is_staff = True
            if row in tables.profiles:
                _profile(session, contact, row, tables, orgs, exact=new)
    return result


def _organisation(session: Session, name: str | None, orgs: dict[str, Organisation]) -> Organisation | None:
    if not name:
        return None
    org = orgs.get(name.casefold())
    if org is None:
        org = Organisation(name=name)
        session.add(org)
        orgs[name.casefold()] = org
    return org


def _affiliations(
    session: Session, contact: Contact, rows: list[dict[str, Any]], orgs: dict[str, Organisation], *, exact: bool
) -> None:
    for values in rows:
        org = _organisation(session, values["organisation"], orgs)
        existing = next((a for a in contact.affiliations if a.organisation is org), None)
        fresh = exact or existing is None
        if existing is None:
            existing = Affiliation(organisation=org, is_primary=False)
            contact.affiliations.append(existing)
        for name in ("role", "department", "valid_from", "valid_to"):
            if fresh or getattr(existing, name) in (None, ""):
                setattr(existing, name, values[name])
        if exact:  # a stored contact keeps its main organisation
            existing.is_primary = values["is_primary"]
    session.flush()


def _profile(
    session: Session,
    contact: Contact,
    row: int,
    tables: WorkbookTables,
    orgs: dict[str, Organisation],
    *,
    exact: bool,
) -> None:
    profile = tables.profiles[row]
    volunteer = contact.volunteer
    if volunteer is None:
        volunteer = Volunteer(contact=contact)
        session.add(volunteer)
        exact = True
    for name in _PROFILE_FIELDS:
        current = getattr(volunteer, name)
        if exact or current in (None, ""):  # a stored profile keeps its values (and its consent)
            setattr(volunteer, name, profile[name])
    areas = {e.area for e in volunteer.engagements}
    for area in tables.engagements.get(row, []):
        if area not in areas:
            volunteer.engagements.append(VolunteerEngagement(area=area))
            areas.add(area)
    spoken = {lang.language: lang for lang in volunteer.languages}
    for language, level in tables.languages.get(row, []):
        if language not in spoken:
            spoken[language] = VolunteerLanguage(language=language, level=level)
            volunteer.languages.append(spoken[language])
        elif exact or spoken[language].level is None:
            spoken[language].level = level
    session.flush()
    # the same entry twice (two afternoons of 2.5 h on one day) is two entries: count, don't collapse
    logged = Counter((h.worked_on, h.hours, h.activity, h.organisation_id) for h in volunteer.hours)
    for day, amount, activity, org_name in tables.hours.get(row, []):
        org = _organisation(session, org_name, orgs)
        session.flush()
        key = (day, amount, activity, org.id if org is not None else None)
        if logged[key] > 0:
            logged[key] -= 1
        else:
            volunteer.hours.append(VolunteerHours(worked_on=day, hours=amount, activity=activity, organisation=org))
    session.flush()


__all__ = ["KideskTable", "WorkbookTables", "apply_extras", "parse_tables", "refine_plan", "with_extras"]
