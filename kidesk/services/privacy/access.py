"""Access (Art. 15) and portability (Art. 20): everything kidesk holds about one person.

:func:`person_data` collects it as plain data (one dict, the JSON of Art. 20); :func:`write_access`
writes ``auskunft-<id>-<JJJJ-MM-TT>.pdf`` (German, each category with purpose and retention rule,
:mod:`kidesk.pdf.privacy_documents`) and the same name as ``.json`` into a folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.db.models import (
    Affiliation,
    AuditEntry,
    Contact,
    NetworkMembership,
    Organisation,
    Participation,
    Volunteer,
)
from kidesk.domain.consent import ConsentRecord, decide
from kidesk.domain.dates import format_date, format_datetime
from kidesk.errors import NotFound
from kidesk.pdf.privacy_documents import AccessReport, ReportSection, render_access_report
from kidesk.services import output_files
from kidesk.services.privacy.config import purposes_in, retention_rules_in, validity_months_in
from kidesk.services.privacy.processing import controller_name_in

SCHEMA = "kidesk-auskunft/1"

CONTACT_FIELDS = (
    ("salutation", "Anrede"),
    ("title", "Titel"),
    ("first_name", "Vorname"),
    ("last_name", "Nachname"),
    ("function", "Funktion"),
    ("department", "Abteilung"),
    ("phone", "Telefon"),
    ("mobile", "Mobil"),
    ("fax", "Fax"),
    ("email", "E-Mail"),
    ("room", "Raum"),
    ("street", "Straße"),
    ("postcode", "PLZ"),
    ("city", "Ort"),
    ("country", "Land"),
    ("languages", "Sprachen"),
    ("notes", "Bemerkung"),
    ("is_staff", "eigene Mitarbeiterin / eigener Mitarbeiter"),
)
VOLUNTEER_FIELDS = (
    ("status", "Status"),
    ("active_since", "aktiv seit"),
    ("activity_ended_on", "Tätigkeit beendet am"),
    ("municipality", "Kommune"),
    ("availability", "Verfügbarkeit"),
    ("agreement_signed_on", "Vereinbarung unterschrieben am"),
    ("police_certificate_issued_on", "Führungszeugnis ausgestellt am"),
    ("police_certificate_inspected_on", "Führungszeugnis eingesehen am"),
    ("police_certificate_due_on", "Führungszeugnis wieder fällig am"),
    ("notes", "Bemerkung"),
)


@dataclass(frozen=True)
class AccessFiles:
    pdf: Path
    json: Path


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def _rule_text(session: Session, code: str) -> str:
    for rule in retention_rules_in(session):
        if rule.code == code:
            return f"{rule.label}: Prüfung nach {rule.months} Monaten ({rule.basis})"
    return code


def person_data(db: Database, contact_id: int) -> dict[str, Any]:
    """Everything about the person, as JSON-ready data (schema ``kidesk-auskunft/1``)."""
    with db.session() as session:
        return _collect(session, contact_id)


def _collect(session: Session, contact_id: int) -> dict[str, Any]:
    contact = session.scalar(
        select(Contact)
        .where(Contact.id == contact_id)
        .options(
            selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
            selectinload(Contact.participations).selectinload(Participation.event),
            selectinload(Contact.participations).selectinload(Participation.history),
            selectinload(Contact.volunteer).selectinload(Volunteer.hours),
            selectinload(Contact.consents),
        )
    )
    if contact is None:
        raise NotFound(f"Einen Kontakt mit der ID {contact_id} gibt es nicht.")
    purposes = {p.code: p.label for p in purposes_in(session)}
    org_ids = [a.organisation_id for a in contact.affiliations]
    memberships = (
        session.scalars(
            select(NetworkMembership)
            .where(NetworkMembership.organisation_id.in_(org_ids))
            .options(selectinload(NetworkMembership.network), selectinload(NetworkMembership.organisation))
        ).all()
        if org_ids
        else []
    )
    volunteer = contact.volunteer
    audit = session.scalars(
        select(AuditEntry)
        .where(
            (AuditEntry.contact_id == contact_id)
            | ((AuditEntry.table_name == "contacts") & (AuditEntry.record_id == contact_id))
        )
        .order_by(AuditEntry.id)
    ).all()
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "created_at": dt.datetime.now().isoformat(timespec="seconds"),
        "controller": controller_name_in(session),
        "contact": {"id": contact.id, **{k: _plain(getattr(contact, k)) for k, _l in CONTACT_FIELDS}},
        "affiliations": [
            {
                "organisation": a.organisation.name,
                "role": a.role,
                "department": a.department,
                "is_primary": a.is_primary,
                "valid_from": _plain(a.valid_from),
                "valid_to": _plain(a.valid_to),
            }
            for a in contact.affiliations
        ],
        "network_roles": [
            {"network": m.network.name, "organisation": m.organisation.name, "role": m.role} for m in memberships
        ],
        "volunteer": None,
        "consents": [
            {
                "purpose": c.purpose,
                "purpose_label": purposes.get(c.purpose, c.purpose),
                "given_on": _plain(c.given_on),
                "method": vocab.CONSENT_METHOD_LABELS.get(c.method, c.method),
                "withdrawn_on": _plain(c.withdrawn_on),
                "note": c.note,
            }
            for c in contact.consents
        ],
        "participations": [
            {
                "event": p.event.title,
                "starts_at": _plain(p.event.starts_at),
                "role": vocab.PARTICIPANT_ROLE_LABELS.get(p.role, p.role),
                "status": vocab.PARTICIPATION_STATUS_LABELS.get(p.status, p.status),
                "note": p.note,
                "status_history": [
                    {
                        "from": h.from_status and vocab.PARTICIPATION_STATUS_LABELS.get(h.from_status, h.from_status),
                        "to": vocab.PARTICIPATION_STATUS_LABELS.get(h.to_status, h.to_status),
                        "changed_at": _plain(h.changed_at),
                        "note": h.note,
                    }
                    for h in p.history
                ],
            }
            for p in sorted(contact.participations, key=lambda p: p.event.starts_at)
        ],
        "hours": [],
        "certificates": "Teilnahmebescheinigungen werden nicht gespeichert; sie werden bei Bedarf aus den Teilnahmen erzeugt.",
        "audit": [
            {
                "at": _plain(e.at),
                "actor": e.actor,
                "action": vocab.AUDIT_ACTION_LABELS.get(e.action, e.action),
                "table": e.table_name,
                "record_id": e.record_id,
                "changes": json.loads(e.changes) if e.changes else None,
            }
            for e in audit
        ],
    }
    if volunteer is not None:
        data["volunteer"] = {k: _plain(getattr(volunteer, k)) for k, _l in VOLUNTEER_FIELDS}
        data["volunteer"]["engagements"] = [e.area for e in volunteer.engagements]
        data["volunteer"]["languages"] = [
            {"language": lang.language, "level": lang.level} for lang in volunteer.languages
        ]
        organisations = {
            o.id: o.name
            for o in session.scalars(
                select(Organisation).where(
                    Organisation.id.in_({h.organisation_id for h in volunteer.hours if h.organisation_id})
                )
            )
        }
        data["hours"] = [
            {
                "worked_on": _plain(h.worked_on),
                "hours": str(h.hours),
                "activity": h.activity,
                "organisation": organisations.get(h.organisation_id) if h.organisation_id else None,
            }
            for h in sorted(volunteer.hours, key=lambda h: h.worked_on)
        ]
    records = [ConsentRecord(c.purpose, c.given_on, c.method, c.withdrawn_on) for c in contact.consents]
    months = validity_months_in(session)
    today = dt.date.today()
    data["consent_status"] = []
    for code, label in purposes.items():
        decision = decide(records, code, today, months)
        data["consent_status"].append(
            {"purpose": code, "purpose_label": label, "valid": decision.allowed, "reason": decision.reason}
        )
    data["categories"] = _categories(session)
    return data


def _categories(session: Session) -> dict[str, dict[str, str]]:
    months = validity_months_in(session)
    return {
        "contact": {
            "title": "Kontaktdaten",
            "purpose": "Kontaktpflege und Netzwerkarbeit des Kommunalen Integrationszentrums, Einladungen, Post",
            "retention": _rule_text(session, "unlinked_contact"),
        },
        "affiliations": {
            "title": "Organisationen und Netzwerkrollen",
            "purpose": "Zuordnung zu Partnerorganisationen und Netzwerken (Anschrift, Ansprechpersonen)",
            "retention": "solange die Zuordnung besteht; mit dem Kontakt gelöscht",
        },
        "volunteer": {
            "title": "Ehrenamt",
            "purpose": "Koordination des Ehrenamts, Nachweise, Ehrenamtskarte; Führungszeugnis nach § 72a SGB VIII",
            "retention": _rule_text(session, "inactive_volunteer")
            + "; Führungszeugnis: "
            + _rule_text(session, "police_certificate"),
        },
        "consents": {
            "title": "Einwilligungen",
            "purpose": "Nachweis, wofür eingewilligt wurde (Art. 7 Abs. 1 DSGVO)",
            "retention": f"eine Einwilligung gilt {months} Monate; " + _rule_text(session, "expired_consent"),
        },
        "participations": {
            "title": "Teilnahmen an Veranstaltungen",
            "purpose": "Einladungen, Anwesenheit, Teilnahmebescheinigungen, Berichte an Fördergeber",
            "retention": "mit dem Kontakt gelöscht; danach nur als anonyme Zahl",
        },
        "hours": {
            "title": "Geleistete Stunden",
            "purpose": "Nachweis des Engagements (Ehrenamtskarte, Bescheinigungen)",
            "retention": _rule_text(session, "inactive_volunteer"),
        },
        "audit": {
            "title": "Änderungsprotokoll (Verlauf)",
            "purpose": "Nachvollziehbarkeit, wer was wann geändert hat (Art. 5 Abs. 2 DSGVO)",
            "retention": "mit dem Datensatz; bei Löschung: " + _rule_text(session, "audit_of_deleted"),
        },
    }


def _sections(data: dict[str, Any]) -> tuple[ReportSection, ...]:
    cats = data["categories"]

    def section(key: str, rows: list[tuple[str, str]]) -> ReportSection:
        cat = cats[key]
        return ReportSection(cat["title"], cat["purpose"], cat["retention"], tuple(rows))

    contact = data["contact"]
    labels = dict(CONTACT_FIELDS)
    contact_rows = [
        (labels[k], vocab.SALUTATION_LABELS.get(v, v) if k == "salutation" else _shown(v))
        for k, v in contact.items()
        if k in labels and v not in (None, "")
    ]
    aff_rows = [
        (
            a["organisation"],
            ", ".join(
                x
                for x in (
                    a["role"],
                    a["department"],
                    "Hauptorganisation" if a["is_primary"] else None,
                    f"seit {format_date(dt.date.fromisoformat(a['valid_from']))}" if a["valid_from"] else None,
                    f"bis {format_date(dt.date.fromisoformat(a['valid_to']))}" if a["valid_to"] else None,
                )
                if x
            )
            or "–",
        )
        for a in data["affiliations"]
    ] + [(f"Netzwerk {m['network']}", f"{m['organisation']}: {m['role'] or 'Mitglied'}") for m in data["network_roles"]]
    vol_rows: list[tuple[str, str]] = []
    if data["volunteer"]:
        vlabels = dict(VOLUNTEER_FIELDS)
        for k, v in data["volunteer"].items():
            if k in vlabels and v not in (None, ""):
                shown = vocab.VOLUNTEER_STATUS_LABELS.get(v, v) if k == "status" else _date_or(v)
                vol_rows.append((vlabels[k], shown))
        if data["volunteer"]["engagements"]:
            vol_rows.append(("Engagement", ", ".join(data["volunteer"]["engagements"])))
        if data["volunteer"]["languages"]:
            vol_rows.append(
                (
                    "Sprachen",
                    ", ".join(
                        f"{x['language']} ({x['level']})" if x["level"] else x["language"]
                        for x in data["volunteer"]["languages"]
                    ),
                )
            )
    consent_rows = [
        (
            c["purpose_label"],
            f"erteilt am {_date_or(c['given_on'])} ({c['method']})"
            + (f", widerrufen am {_date_or(c['withdrawn_on'])}" if c["withdrawn_on"] else ""),
        )
        for c in data["consents"]
    ] + [(f"Stand heute: {c['purpose_label']}", "gilt" if c["valid"] else c["reason"]) for c in data["consent_status"]]
    part_rows = [
        (
            _date_or(p["starts_at"][:10]),
            f"{p['event']} – {p['role']}, {p['status']}"
            + "".join(f"; {_date_or(h['changed_at'][:10])}: {h['to']}" for h in p["status_history"]),
        )
        for p in data["participations"]
    ]
    hour_rows = [
        (
            _date_or(h["worked_on"]),
            f"{h['hours'].replace('.', ',')} Std. {h['activity'] or ''} {h['organisation'] or ''}".strip(),
        )
        for h in data["hours"]
    ]
    audit_rows = [
        (
            _shown(dt.datetime.fromisoformat(e["at"])) + f" {e['actor']}",
            f"{e['action']} ({e['table']} {e['record_id']}): "
            + ", ".join(f"{k}: {_shown(old)} → {_shown(new)}" for k, (old, new) in (e["changes"] or {}).items()),
        )
        for e in data["audit"]
    ]
    return (
        section("contact", contact_rows),
        section("affiliations", aff_rows),
        section("volunteer", vol_rows),
        section("consents", consent_rows),
        section("participations", part_rows),
        section("hours", hour_rows),
        ReportSection(
            "Teilnahmebescheinigungen", "Nachweis der Teilnahme", "nicht gespeichert", (), data["certificates"]
        ),
        section("audit", audit_rows),
    )


def _date_or(value: Any) -> str:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return _shown(value)


def access_report(data: dict[str, Any]) -> AccessReport:
    contact = data["contact"]
    person = " ".join(x for x in (contact["title"], contact["first_name"], contact["last_name"]) if x)
    return AccessReport(person, data["controller"], format_date(dt.date.today()), _sections(data))


def write_access(db: Database, contact_id: int, folder: str | os.PathLike[str]) -> AccessFiles:
    """Write the PDF and the JSON for ``contact_id`` into ``folder`` (files 0600, complete or absent)."""
    data = person_data(db, contact_id)
    target = Path(folder)
    if not target.is_dir():
        raise NotFound(f"Den Ordner {target} gibt es nicht. Bitte einen vorhandenen Ordner angeben.")
    stem = f"auskunft-{contact_id}-{dt.date.today().isoformat()}"
    pdf, js = target / f"{stem}.pdf", target / f"{stem}.json"
    output_files.check_target(pdf)
    output_files.check_target(js)
    with output_files.atomic_path(js) as partial:
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    with output_files.atomic_path(pdf) as partial:
        partial.write_bytes(render_access_report(access_report(data)))
    return AccessFiles(pdf, js)
