"""Certificates of participation (Teilnahmebescheinigungen) for a series' qualified volunteers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from kidesk.db import queries
from kidesk.db.database import Database
from kidesk.db.models import EventSeries, Volunteer
from kidesk.pdf.certificates import render_certificates
from kidesk.pdf.records import Certificate, CertificateIssuer, CertificateModule, LetterSender
from kidesk.services.printing.loading import NothingToPrint, own_organisation, sender_contact
from kidesk.services.printing.records import letter_sender
from kidesk.services.series_progress import series_progress


def print_certificates(
    db: Database,
    *,
    series_id: int,
    volunteer_ids: Sequence[int] | None = None,
    issued_on: dt.date | None = None,
) -> bytes:
    issued_on = issued_on or dt.date.today()
    with db.session() as session:
        series = queries.get_or_raise(session, EventSeries, series_id, "Die Veranstaltungsreihe")
        progress = [p for p in series_progress(session, series_id, issued_on) if p.meets_rule]
        if volunteer_ids:
            wanted = set(session.scalars(select(Volunteer.contact_id).where(Volunteer.id.in_(list(volunteer_ids)))))
            progress = [p for p in progress if p.contact_id in wanted]
        if not progress:
            raise NothingToPrint(
                f"In der Reihe „{series.title}“ (ID {series.id}) erfüllt niemand die Voraussetzung für eine "
                "Teilnahmebescheinigung. Bitte die Anwesenheit bei den Modulen eintragen."
            )
        # without our own organisation set, the certificate still prints, just without letterhead
        organisation = own_organisation(session, required=False)
        sender = letter_sender(organisation) if organisation is not None else LetterSender(organisation="")
        signer = sender_contact(session)
        issuer = CertificateIssuer(
            sender=sender,
            place=(organisation.city or "") if organisation is not None else "",
            issued_on=issued_on,
            signer_name=signer.full_name if signer else "",
            signer_function=(signer.function or "") if signer else "",
        )
        certificates = [
            Certificate(
                name=p.name,
                series_title=series.title,
                modules=[CertificateModule(m.module_number, m.title, m.date) for m in p.attended],
                module_count=series.module_count,
            )
            for p in progress
        ]
    return render_certificates(issuer, certificates)
