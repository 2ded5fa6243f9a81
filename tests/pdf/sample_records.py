"""Hand-built records for renderer tests (no database)."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from kidesk.pdf.records import (
    AttendanceRow,
    Badge,
    BusinessCard,
    Certificate,
    CertificateIssuer,
    CertificateModule,
    EventDetails,
    Letter,
    LetterSender,
    OrganisationMark,
    PostalAddress,
)

TURKISH = "Ayşe Yılmaz"
CYRILLIC = "Ольга Петрова"
ARABIC = "محمد الأحمد"
FARSI = "مریم احمدی"
GERMAN = "Jürgen Größmann"
ALL_NAMES = (TURKISH, CYRILLIC, ARABIC, FARSI, GERMAN)
ESCAPE_ME = "A & B <GmbH>"


def png(color: str = "#1d5a8c") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (240, 90), color).save(buffer, "PNG")
    return buffer.getvalue()


def cards() -> list[BusinessCard]:
    base = dict(
        function="Verwaltungsassistenz",
        department="Kommunales Integrationszentrum (KI)",
        organisation="Kreis Herford",
        street="Amtshausstraße 3",
        postcode_city="32051 Herford",
        phone="05221/13-1180",
        fax="05221/13-171180",
        email="g.kirchhoff@kreis-herford.de",
        room="1.30",
    )
    return [BusinessCard(name=name, **base) for name in ALL_NAMES] + [
        BusinessCard(
            name="Gudrun Kirchhoff",
            organisation=ESCAPE_ME,
            logo=png(),
            logo_owner=ESCAPE_ME,
            vcard="BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gudrun Kirchhoff\r\nEND:VCARD\r\n",
            **{k: v for k, v in base.items() if k != "organisation"},
        ),
    ]


def addresses() -> list[PostalAddress]:
    return [
        PostalAddress(
            name=f"Dr. {TURKISH}",
            salutation_line="Frau",
            organisation=ESCAPE_ME,
            street="Löhrstraße 9",
            postcode="32052",
            city="Herford",
        ),
        PostalAddress(name=CYRILLIC, street="Bahnhofstraße 5", postcode="32257", city="Bünde"),
        PostalAddress(
            name=ARABIC, salutation_line="Herrn", street="Hauptstraße 1", postcode="1010", city="Wien", country="AT"
        ),
        PostalAddress(name=FARSI, street="Lübbecker Straße 12", postcode="32278", city="Kirchlengern"),
        PostalAddress(
            name=GERMAN,
            salutation_line="Herrn",
            organisation="DRK Kreisverband Herford-Stadt e.V.",
            street="Mühlenweg 3",
            postcode="32130",
            city="Enger",
        ),
    ]


def sender(logo: bytes | None = None) -> LetterSender:
    return LetterSender(
        "Kreis Herford",
        "Kommunales Integrationszentrum (KI)",
        "Amtshausstraße 3",
        "32051",
        "Herford",
        "05221/13-1180",
        "05221/13-171180",
        "ki@kreis-herford.de",
        "www.kreis-herford.de",
        logo=logo,
    )


def letter(address: PostalAddress, paragraphs: int = 2) -> Letter:
    body = [
        "Hiermit laden das Kommunale Integrationszentrum Kreis Herford, die Gleichstellungsstelle Kreis Herford und "
        "das Deutsche Rote Kreuz (DRK) Kreisverband Herford-Stadt e.V. Sie ganz herzlich zu dem 12. Modul der "
        "Basisqualifikation für Ehrenamtliche ein.",
        "Die Veranstaltung findet am Dienstag, 6. Juni 2017, um 17.00 Uhr im Kreishaus Herford – Ebene 3 statt.",
    ]
    return Letter(
        recipient=address,
        subject="Einladung: Fit für den Konsumalltag",
        salutation=f"Guten Tag {address.name},",
        body=(body * paragraphs)[: max(2, paragraphs)],
        info=[
            ("Ihre Ansprechpartnerin", "Gudrun Kirchhoff"),
            ("Telefon", "05221/13-1180"),
            ("E-Mail", "g.kirchhoff@kreis-herford.de"),
            ("Raum", "1.30"),
            ("Datum", "10.05.2017"),
        ],
        signature=["Gudrun Kirchhoff", "Verwaltungsassistenz"],
    )


def event() -> EventDetails:
    return EventDetails(
        title="Fit für den Konsumalltag",
        starts_at=dt.datetime(2017, 6, 6, 17, 0),
        ends_at=dt.datetime(2017, 6, 6, 19, 30),
        subtitle="Ein Projekt der Verbraucherzentrale NRW",
        series_title="Basisqualifikation für Ehrenamtliche in der Flüchtlingshilfe",
        module_number=12,
        venue_name="Kreishaus Herford",
        venue_street="Amtshausstraße 3",
        venue_postcode="32051",
        venue_city="Herford",
        room="Ebene 3",
        description="Sich im Konsumalltag in Deutschland zurechtzufinden, stellt für Menschen eine große Aufgabe dar.",
        speakers=("Petra Schwenk", "Sogol Samimi"),
        organisers=(OrganisationMark("Kreis Herford", png()),),
        co_hosts=(OrganisationMark(ESCAPE_ME), OrganisationMark("DRK Kreisverband Herford-Stadt e.V.", png("#cc2222"))),
        funders=(OrganisationMark("Ministerium für Kinder, Familie, Flüchtlinge und Integration NRW"),),
        contact_lines=("Gudrun Kirchhoff", "Telefon 05221/13-1180"),
        registration_deadline=dt.date(2017, 6, 1),
        qr_text="mailto:ki@kreis-herford.de",
        qr_caption="E-Mail an das KI",
    )


def attendance_rows(n: int = 5) -> list[AttendanceRow]:
    rows = [AttendanceRow(name, ESCAPE_ME if i == 0 else "DRK") for i, name in enumerate(ALL_NAMES)]
    return (rows * (n // len(rows) + 1))[:n]


def badges() -> list[Badge]:
    return [Badge(name, ESCAPE_ME) for name in ALL_NAMES]


def issuer(logo: bytes | None = None) -> CertificateIssuer:
    return CertificateIssuer(sender(logo), "Herford", dt.date(2017, 7, 1), "Gudrun Kirchhoff", "Verwaltungsassistenz")


def certificate(name: str) -> Certificate:
    return Certificate(
        name=name,
        series_title="Basisqualifikation für Ehrenamtliche in der Flüchtlingshilfe",
        module_count=12,
        modules=[
            CertificateModule(3, "Asylrecht kompakt", dt.date(2017, 3, 7)),
            CertificateModule(12, "Fit für den Konsumalltag", dt.date(2017, 6, 6)),
        ],
    )
