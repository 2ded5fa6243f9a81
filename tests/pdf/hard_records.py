"""The hard names of issue 15 on every product: a 70-character noble name, Arabic, Persian
with ZWNJ, Sorani Kurdish, Cyrillic, Turkish, and markup."""

from __future__ import annotations

import datetime as dt

from kidesk.pdf.qr_codes import compact_vcards
from kidesk.pdf.records import (
    AttendanceRow,
    Badge,
    BusinessCard,
    Certificate,
    CertificateModule,
    PostalAddress,
)

NOBLE = "Maximiliane-Friederike von Hohenzollern-Sigmaringen-Wittelsbach-Ansbach"
ARABIC = "محمد الأحمد"
PERSIAN_ZWNJ = "مریم احمدی‌نژاد"  # with U+200C between ی and ن
SORANI = "هەڵمەت ڕەسووڵ"
CYRILLIC = "Ольга Петрова"
TURKISH = "Çetin Şimşek"
MARKUP = "Ayşe <b>Yılmaz</b> & Co"
HARD_NAMES = (NOBLE, ARABIC, PERSIAN_ZWNJ, SORANI, CYRILLIC, TURKISH, MARKUP)
SCRIPT_NAMES = (ARABIC, PERSIAN_ZWNJ, SORANI, CYRILLIC, TURKISH, MARKUP)  # six scripts/cases, one line each

ORG = "Kreis Herford"
DEPARTMENT = "Kommunales Integrationszentrum"


def vcards(name: str) -> tuple[str, ...]:
    return compact_vcards(
        family=name.split()[-1],
        given=name.split()[0],
        full_name=name,
        organisation=ORG,
        department=DEPARTMENT,
        title="Sachgebietsleitung Integration",
        phone="05221 13-1180",
        mobile="0171 1234567",
        fax="05221 13-171180",
        email="m.mustermann@kreis-herford.de",
        street="Amtshausstraße 3",
        postcode="32051",
        city="Herford",
        url="https://www.kreis-herford.de",
    )


def hard_cards() -> list[BusinessCard]:
    cards = []
    for name in HARD_NAMES:
        payloads = vcards(name)
        cards.append(
            BusinessCard(
                name=name,
                function="Sachgebietsleitung Integration und Teilhabe",
                department=f"{DEPARTMENT} (KI)",
                organisation=ORG,
                street="Amtshausstraße 3",
                postcode_city="32051 Herford",
                phone="05221 13-1180",
                mobile="0171 1234567",
                fax="05221 13-171180",
                email="m.mustermann@kreis-herford.de",
                room="1.30",
                website="www.kreis-herford.de",
                vcard=payloads[0],
                vcard_fallbacks=payloads[1:],
            )
        )
    return cards


def hard_addresses() -> list[PostalAddress]:
    out = []
    for i, name in enumerate(HARD_NAMES):
        business = i % 2 == 0
        out.append(
            PostalAddress(
                name=name,
                salutation_line=("Frau", "Herrn", "")[i % 3],
                organisation="Caritasverband für den Kreis Herford e.V." if business else "",
                department="Migrationsdienst" if business else "",
                street="Lübbecker Straße 12",
                postcode="32278",
                city="Kirchlengern",
                country="AT" if i % 4 == 0 else "DE",
            )
        )
    return out


def hard_badges() -> list[Badge]:
    return [
        Badge(name, "Caritasverband für den Kreis Herford e.V.", "Referentin" if i == 0 else "")
        for i, name in enumerate(HARD_NAMES)
    ]


def hard_rows() -> list[AttendanceRow]:
    return [AttendanceRow(name, "DRK Kreisverband Herford-Stadt e.V.") for name in HARD_NAMES]


def hard_certificates() -> list[Certificate]:
    modules = [
        CertificateModule(
            i, f"Interkulturelle Kompetenz im Ehrenamt, Teil {i}", dt.date(2017, 1, 2) + dt.timedelta(days=14 * i)
        )
        for i in range(1, 13)
    ]
    return [
        Certificate(name, "Basisqualifikation für Ehrenamtliche in der Flüchtlingshilfe", modules, 12)
        for name in HARD_NAMES
    ]
