"""The record of processing activities (Art. 30 DSGVO), generated from what is configured:
the purposes of consent, the data categories and the retention rules of :mod:`.config`.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from kidesk.db import settings
from kidesk.db.database import Database
from kidesk.db.models import Organisation
from kidesk.domain.dates import format_date
from kidesk.pdf.privacy_documents import ProcessingActivity, ProcessingRecord, render_processing_record
from kidesk.services import output_files
from kidesk.services.privacy.config import purposes_in, retention_rules_in, validity_months_in

DEFAULT_CONTROLLER = "Kommunales Integrationszentrum (bitte eigene Organisation in den Einstellungen wählen)"


def controller_name_in(session: Session) -> str:
    own = settings.get(session, settings.OWN_ORGANISATION_ID)
    org = session.get(Organisation, own) if isinstance(own, int) else None
    if org is None:
        return DEFAULT_CONTROLLER
    address = ", ".join(x for x in (org.street, " ".join(y for y in (org.postcode, org.city) if y)) if x)
    return f"{org.name}, {address}" if address else org.name


def processing_record_in(session: Session) -> ProcessingRecord:
    rules = {r.code: r for r in retention_rules_in(session)}
    months = validity_months_in(session)

    def keep(code: str) -> str:
        rule = rules[code]
        return f"{rule.label}: Prüfung nach {rule.months} Monaten – {rule.basis}"

    purposes = "; ".join(p.label for p in purposes_in(session))
    activities = (
        ProcessingActivity(
            "Kontakt- und Netzwerkverwaltung",
            "Kontaktpflege mit Partnerorganisationen, Behörden und Netzwerken; Einladungen und Post",
            "Art. 6 Abs. 1 lit. e DSGVO i. V. m. dem Teilhabe- und Integrationsgesetz NRW",
            "Beschäftigte von Partnerorganisationen, Referierende, Gäste, eigene Beschäftigte",
            "Name, Anrede, Titel, Funktion, Organisation, dienstliche Anschrift, Telefon, E-Mail, Sprachen",
            "intern; Partnerorganisationen nur bei Einwilligung oder dienstlichen Kontaktdaten",
            keep("unlinked_contact"),
        ),
        ProcessingActivity(
            "Veranstaltungen",
            "Einladung, Anmeldung, Anwesenheit, Teilnahmebescheinigungen, Berichte an Fördergeber",
            "Art. 6 Abs. 1 lit. e DSGVO; Fotos und Veröffentlichung nur mit Einwilligung (Art. 6 Abs. 1 lit. a)",
            "Teilnehmende, Referierende, Helfende",
            "Name, Kontaktdaten, Teilnahmestatus mit Verlauf",
            "Fördergeber nur als anonyme Zahlen",
            "mit dem Kontakt; nach Löschung nur anonyme Anwesenheitszahl",
        ),
        ProcessingActivity(
            "Koordination des Ehrenamts",
            "Einsatzplanung, Qualifizierung, Stundennachweis, Ehrenamtskarte",
            "Art. 6 Abs. 1 lit. e DSGVO; § 72a SGB VIII (Führungszeugnis); Einwilligungen für " + purposes,
            "Ehrenamtliche",
            "Kontaktdaten, Status, Engagementbereiche, Sprachen, Stunden, Einwilligungen, Datum der Einsichtnahme "
            "und Ausstellung des erweiterten Führungszeugnisses (nie das Dokument)",
            "Partnerorganisationen nur mit gültiger Einwilligung (Gültigkeit " + f"{months} Monate)",
            keep("inactive_volunteer") + "; " + keep("police_certificate"),
        ),
        ProcessingActivity(
            "Einwilligungen",
            "Nachweis der Einwilligung je Zweck: " + purposes,
            "Art. 7 Abs. 1 DSGVO",
            "alle Kontakte, die eingewilligt haben",
            "Zweck, Datum, Form (schriftlich, mündlich, E-Mail), Widerruf",
            "intern",
            f"Gültigkeit {months} Monate; " + keep("expired_consent"),
        ),
        ProcessingActivity(
            "Änderungsprotokoll und Löschregister",
            "Nachvollziehbarkeit von Änderungen; Nachweis von Löschungen auch nach Wiederherstellung einer Sicherung",
            "Art. 5 Abs. 2, Art. 17 DSGVO",
            "alle Personen, deren Daten geändert wurden; Bearbeitende",
            "Benutzer, Zeitpunkt, geänderte Felder mit altem und neuem Wert; Löschregister ohne personenbezogene Daten",
            "intern",
            keep("audit_of_deleted") + "; Löschregister unbefristet (ohne personenbezogene Daten)",
        ),
    )
    measures = (
        "Daten in einer Datei auf dem Dienstrechner (Rechte 0600, Ordner 0700); gelöschte Inhalte werden "
        "überschrieben (secure_delete, Suchindex neu zusammengeführt, VACUUM); Sicherungen rotieren und "
        "enthalten gelöschte Personen bis zu ihrer Rotation – beim Zurückspielen wird das Löschregister "
        "erneut angewandt; Änderungsprotokoll mit Benutzer; Exporte an Partner filtern nach Einwilligung."
    )
    return ProcessingRecord(controller_name_in(session), format_date(dt.date.today()), activities, measures)


def processing_record(db: Database) -> ProcessingRecord:
    with db.session() as session:
        return processing_record_in(session)


def write_processing_record(db: Database, path: str | os.PathLike[str]) -> Path:
    record = processing_record(db)
    target = Path(path)
    with output_files.atomic_path(target) as partial:
        partial.write_bytes(render_processing_record(record))
    return target
