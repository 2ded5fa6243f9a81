"""Access (Art. 15/20): the PDF read back and the JSON checked for a person with every kind of link."""

from __future__ import annotations

import json
import os

from pypdf import PdfReader

from kidesk.services.privacy import access, processing
from tests.services.privacy_sample import EMAIL, FIRST, PHONE, add_person


def test_access_writes_pdf_and_json_with_everything(db, tmp_path):
    ids = add_person(db)
    files = access.write_access(db, ids["person"], tmp_path)
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert data["schema"] == "kidesk-auskunft/1"
    assert set(data) >= {
        "contact", "affiliations", "network_roles", "volunteer", "consents", "consent_status",
        "participations", "hours", "certificates", "audit", "categories",
    }  # fmt: skip
    assert data["contact"]["email"] == EMAIL and data["contact"]["phone"] == PHONE
    assert data["affiliations"][0]["organisation"] == "Caritas Herford <b>&</b>"
    assert data["network_roles"] == [
        {"network": "widunetz", "organisation": "Caritas Herford <b>&</b>", "role": "Projektgruppe"}
    ]
    assert data["volunteer"]["police_certificate_issued_on"] == "2024-01-20"
    assert {c["purpose"] for c in data["consents"]} == {"photos", "partners", "newsletter"}
    attended = next(p for p in data["participations"] if p["event"] == "Basisqualifizierung Modul 1")
    assert attended["status"] == "teilgenommen" and attended["status_history"][0]["to"] == "teilgenommen"
    assert data["hours"] == [
        {"worked_on": "2024-06-01", "hours": "2.50", "activity": "Begleitung", "organisation": None}
    ]
    assert data["audit"] and all(e["action"] == "angelegt" for e in data["audit"])
    for category in data["categories"].values():
        assert category["purpose"] and category["retention"]
    assert oct(os.stat(files.pdf).st_mode & 0o777) == "0o600"

    text = "".join(page.extract_text() for page in PdfReader(files.pdf).pages)
    for expected in (
        "Auskunft nach Art. 15 DSGVO",
        FIRST,
        EMAIL,
        "Sprachmittlerin",
        "Netzwerk widunetz",
        "Basisqualifizierung Modul 1",
        "Begleitung",
        "Speicherdauer",
        "§ 72a",
        "Änderungsprotokoll",
        "Stand heute",
    ):
        assert expected in text, expected


def test_processing_record_names_the_configured_rules(db, tmp_path):
    from kidesk.services import privacy

    privacy.set_retention_months(db, "inactive_volunteer", 48)
    privacy.set_purposes(db, [("photos", "Fotos"), ("choir", "Chor-Rundbrief")])
    path = processing.write_processing_record(db, tmp_path / "vvt.pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Verzeichnis von Verarbeitungstätigkeiten" in text
    assert "48 Monaten" in text and "Chor-Rundbrief" in text and "§ 72a" in text
