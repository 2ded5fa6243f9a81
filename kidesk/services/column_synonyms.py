"""The column names address books write, in German and English, and the field each one fills.

Outlook (DE/EN, outlook.com), Thunderbird (DE/EN), Google Contacts (both CSV generations and
Gmail's "Section" columns), Yahoo, Apple exporters, the Windows Address Book and kidesk's own
export. ``(target, priority)``: the lower priority wins when several columns fill the same field;
priority 0 is the business block, 2 the home block (an address block is taken whole).
"""

from __future__ import annotations

import re

from kidesk.services.column_guessing import IGNORE


def normalise_header(text: str) -> str:
    return re.sub(r"[\W_]+", "", (text or "").casefold())


# (target, priority): lower priority wins when several columns map to the same field;
# the others' values go into the notes if they differ.
SYNONYMS: dict[str, tuple[str, int]] = {}


def _add(target: str, priority: int, *headers: str) -> None:
    for header in headers:
        SYNONYMS[normalise_header(header)] = (target, priority)


_add("salutation", 0, "Anrede", "Salutation", "Title", "Name Prefix", "Prefix", "Anrede Brief")
_add("title", 0, "Titel", "Akademischer Titel", "akad. Titel", "Academic Title", "Grad")
_add("first_name", 0, "Vorname", "First Name", "Firstname", "Given Name", "Vornamen", "Rufname")
_add("middle_name", 0, "Weitere Vornamen", "Middle Name", "Additional Name", "Zweiter Vorname")
_add("last_name", 0, "Nachname", "Last Name", "Lastname", "Family Name", "Surname", "Familienname", "Zuname")
_add("full_name", 0, "Name", "Full Name", "Anzeigename", "Display Name", "Vollständiger Name", "Vor- und Nachname")
_add(
    "function",
    0,
    "Funktion",
    "Position",
    "Job Title",
    "Jobtitle",
    "Organization Title",
    "Organization 1 - Title",
    "Arbeitstitel",
    "Stelle",
    "Dienstbezeichnung",
    "Function",
    "Role",
    "Rolle",
)
_add(
    "department",
    0,
    "Abteilung",
    "Department",
    "Organization Department",
    "Organization 1 - Department",
    "Fachbereich",
    "Amt",
)
_add(
    "organisation",
    0,
    "Organisation",
    "Organization",
    "Organisation/Firma",
    "Firma",
    "Company",
    "Organization Name",
    "Organization 1 - Name",
    "Einrichtung",
    "Institution",
    "Träger",
    "Arbeitgeber",
    "Verband",
    "Behörde",
)
_add(
    "phone",
    0,
    "Telefon",
    "Telefon geschäftlich",
    "Business Phone",
    "Work Phone",
    "Tel. dienstlich",
    "Tel",
    "Tel.",
    "Phone",
    "Telefonnummer",
    "Telephone",
    "Phone Number",
    "Telefon dienstlich",
    "Durchwahl",
)
_add(
    "phone",
    1,
    "Telefon geschäftlich 2",
    "Business Phone 2",
    "Telefon (Firma)",
    "Company Main Phone",
    "Haupttelefon",
    "Primary Phone",
)
_add(
    "phone",
    2,
    "Telefon privat",
    "Home Phone",
    "Tel. privat",
    "Telefon privat 2",
    "Home Phone 2",
    "Weiteres Telefon",
    "Other Phone",
)
_add(
    "mobile",
    0,
    "Mobil",
    "Mobiltelefon",
    "Handy",
    "Mobile",
    "Mobile Phone",
    "Mobil-Tel.-Nr.",
    "Mobile Number",
    "Mobilnummer",
    "Handynummer",
    "Mobilfunk",
)
_add("fax", 0, "Fax", "Fax geschäftlich", "Business Fax", "Fax-Nummer", "Fax Number", "Telefax", "Faxnummer")
_add("fax", 2, "Fax privat", "Home Fax", "Weiteres Fax", "Other Fax")
_add(
    "email",
    0,
    "E-Mail",
    "Email",
    "E-Mail-Adresse",
    "E-mail Address",
    "Email Address",
    "Primäre E-Mail-Adresse",
    "Primary Email",
    "Mail",
    "E-Mail 1 - Value",
    "E-mail 1 - Value",
    "E-Mail-Adresse 1",
    "Emailadresse",
)
_add(
    "email",
    1,
    "E-Mail 2: Adresse",
    "E-mail 2 Address",
    "Sekundäre E-Mail-Adresse",
    "Secondary Email",
    "E-Mail 2 - Value",
    "E-mail 2 - Value",
    "E-Mail 3: Adresse",
    "E-mail 3 Address",
    "E-mail 3 - Value",
)
_add("room", 0, "Raum", "Zimmer", "Room", "Büro", "Office Location", "Büro/Raum", "Raumnummer")
_add(
    "street",
    0,
    "Straße",
    "Strasse",
    "Street",
    "Adresse",
    "Anschrift",
    "Straße und Hausnummer",
    "Straße geschäftlich",
    "Business Street",
    "Work Address",
    "Dienstlich: Adresse",
    "Address 1 - Street",
    "Str.",
)
_add(
    "street",
    2,
    "Straße privat",
    "Home Street",
    "Home Address",
    "Privat: Adresse",
    "Address 2 - Street",
    "Weitere Straße",
    "Other Street",
)
_add(
    "street_extra",
    0,
    "Adresszusatz",
    "Straße geschäftlich 2",
    "Straße geschäftlich 3",
    "Business Street 2",
    "Business Street 3",
    "Work Address 2",
    "Dienstlich: Adresse 2",
    "Address 1 - Extended Address",
    "Address Line 2",
)
_add(
    "street_extra",
    2,
    "Straße privat 2",
    "Straße privat 3",
    "Home Street 2",
    "Home Street 3",
    "Home Address 2",
    "Privat: Adresse 2",
)
_add(
    "postcode",
    0,
    "PLZ",
    "Postleitzahl",
    "Postcode",
    "Post Code",
    "Zip",
    "ZIP Code",
    "Postal Code",
    "Postleitzahl geschäftlich",
    "Business Postal Code",
    "Work ZipCode",
    "Dienstlich: PLZ",
    "Address 1 - Postal Code",
)
_add("postcode", 2, "Postleitzahl privat", "Home Postal Code", "Home ZipCode", "Privat: PLZ", "Address 2 - Postal Code")
_add(
    "city",
    0,
    "Ort",
    "Stadt",
    "Wohnort",
    "City",
    "Town",
    "Ort geschäftlich",
    "Business City",
    "Work City",
    "Dienstlich: Ort",
    "Address 1 - City",
    "Gemeinde/Stadt",
)
_add("city", 2, "Ort privat", "Home City", "Privat: Ort", "Address 2 - City")
_add(
    "country",
    0,
    "Land",
    "Country",
    "Land/Region geschäftlich",
    "Business Country/Region",
    "Business Country",
    "Work Country",
    "Dienstlich: Land",
    "Address 1 - Country",
    "Staat",
)
_add("country", 2, "Land/Region privat", "Home Country/Region", "Home Country", "Privat: Land", "Address 2 - Country")
_add("languages", 0, "Sprachen", "Sprache", "Languages", "Language", "Sprachkenntnisse")
_add(
    "notes",
    0,
    "Notizen",
    "Notes",
    "Notiz",
    "Bemerkung",
    "Bemerkungen",
    "Anmerkungen",
    "Kommentar",
    "Hinweise",
    "Comments",
)
_add("volunteer", 0, "Ehrenamtlich", "Ehrenamt", "Volunteer")
_add("volunteer_status", 0, "Status (Ehrenamt)", "Status Ehrenamt", "Ehrenamtsstatus", "Volunteer status")
_add("volunteer_languages", 0, "Sprachkenntnisse (Ehrenamt)", "Sprachen (Ehrenamt)", "Volunteer languages")
_add(
    "volunteer_active_since",
    0,
    "Aktiv seit",
    "Ehrenamtlich seit",
    "Ehrenamtlich aktiv seit",
    "Volunteer since",
    "Active since",
)
_add("volunteer_municipality", 0, "Kommune", "Kommune (Ehrenamt)", "Municipality", "Wohnkommune")
_add("volunteer_availability", 0, "Verfügbarkeit", "Availability", "Zeiten")
_add("volunteer_engagements", 0, "Engagementbereiche", "Engagement", "Einsatzbereiche", "Engagement areas")
_add("volunteer_consent_given_on", 0, "Einwilligung am", "Einwilligungsdatum", "Consent date", "Consent given on")
_add("volunteer_consent_photos", 0, "Einwilligung Fotos", "Fotos erlaubt", "Consent photos")
_add("volunteer_consent_newsletter", 0, "Einwilligung Newsletter", "Newsletter", "Consent newsletter")
_add(
    "volunteer_consent_share",
    0,
    "Einwilligung Weitergabe an Partner",
    "Weitergabe an Partner",
    "Consent share with partners",
)
_add(
    "volunteer_police_certificate_inspected_on",
    0,
    "Führungszeugnis eingesehen am",
    "Führungszeugnis eingesehen",
    "Police certificate inspected on",
)
# Columns Outlook, Thunderbird and Google fill with bookkeeping that means nothing to the office.
_add(
    IGNORE,
    0,
    "E-Mail-Typ",
    "E-mail Type",
    "E-Mail: angezeigter Name",
    "E-mail Display Name",
    "E-Mail 2: Typ",
    "E-mail 2 Type",
    "E-Mail 2: angezeigter Name",
    "E-mail 2 Display Name",
    "E-Mail 3: Typ",
    "E-mail 3 Type",
    "E-Mail 3: angezeigter Name",
    "E-mail 3 Display Name",
    "Priorität",
    "Priority",
    "Privat",
    "Private",
    "Vertraulichkeit",
    "Sensitivity",
    "E-mail 1 - Label",
    "E-mail 1 - Type",
    "E-mail 2 - Label",
    "E-mail 2 - Type",
    "E-mail 3 - Label",
    "E-mail 3 - Type",
    "Phone 1 - Label",
    "Phone 1 - Type",
    "Phone 2 - Label",
    "Phone 2 - Type",
    "Phone 3 - Label",
    "Phone 3 - Type",
    "Phone 4 - Label",
    "Phone 4 - Type",
    "Address 1 - Label",
    "Address 1 - Type",
    "Address 1 - Formatted",
    "Address 2 - Label",
    "Address 2 - Type",
    "Address 2 - Formatted",
    "Organization 1 - Type",
    "Organization 1 - Label",
    "File As",
    "Speichern unter",
    "Initialen",
    "Initials",
    "Photo",
    "Foto",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Yomi Name",
    "Given Name Yomi",
    "Additional Name Yomi",
    "Family Name Yomi",
)
_add("nickname", 0, "Nickname", "Spitzname", "Rufname (Spitzname)")
_add("website", 0, "Webseite", "Web Page", "Web Page 1", "Webseite 1", "Website", "Homepage", "URL", "Internet")
_add("website", 1, "Business Web Page", "Webseite geschäftlich", "Business Website", "Web Page 2", "Webseite 2")
_add("website", 2, "Personal Web Page", "Personal Website", "Webseite privat")
_add("record_kind", 0, "Art", "Kartentyp", "Kind")
# Yahoo: First/Middle/Last, "Home"/"Work" phones, "Work ZIP"
_add("first_name", 0, "First", "Vorname/Given")
_add("middle_name", 0, "Middle")
_add("last_name", 0, "Last")
_add("phone", 0, "Work", "Work Phone 1", "Business")
_add("phone", 2, "Home", "Home Phone 1", "Other", "Yahoo Phone", "Primary Phone 2")
_add("mobile", 0, "Cell", "Cell Phone", "Mobile Phone 1", "Work Mobile", "Mobil geschäftlich")
_add("mobile", 2, "Home Mobile", "Mobil privat", "Personal Mobile")
_add("email", 1, "Alternate Email 1", "Alternate Email 2", "Other Email", "Home Email", "E-Mail privat")
_add("email", 0, "Work Email", "Business Email", "E-Mail geschäftlich", "E-mail Address 1")
_add("postcode", 0, "Work ZIP", "Work Zip Code", "Work Postal Code", "Business ZIP", "Business Zip Code")
_add("postcode", 2, "Home ZIP", "Home Zip Code", "Home Post Code")
_add("fax", 0, "Work Fax", "Fax Number 1")
_add("fax", 2, "Home Fax Number")
_add("street", 0, "Work Street", "Business Address", "Business Street 1", "Straße (geschäftlich)")
_add("street", 2, "Home Street 1", "Straße (privat)", "Address 2 - Street 1")
_add("city", 0, "Ort (geschäftlich)")
_add("city", 2, "Ort (privat)")
_add("postcode", 0, "Postleitzahl (geschäftlich)")
_add("postcode", 2, "Postleitzahl (privat)")
_add("country", 0, "Land/Region (geschäftlich)", "Work Country/Region")
_add("country", 2, "Land/Region (privat)")
_add("phone", 0, "Telefon (geschäftlich)")
_add("phone", 2, "Telefon (privat)")
_add("fax", 0, "Fax (geschäftlich)")
_add("fax", 2, "Fax (privat)")
_add("mobile", 0, "Mobiltelefon (Handy)")
_add("website", 1, "Webseite (geschäftlich)")
_add("website", 2, "Webseite (privat)")
_add("function", 0, "Position (geschäftlich)", "Beruf", "Occupation")
_add("organisation", 0, "Firma (geschäftlich)", "Company Name")
# Google Contacts (2023 on): "E-mail 1 - Value", "Address 1 - Formatted", "Organization Name"
_add("address_formatted", 0, "Address 1 - Formatted", "Address", "Formatted Address", "Adresse (formatiert)")
_add("address_formatted", 2, "Address 2 - Formatted")
_add("website", 0, "Website 1 - Value")
_add("website", 2, "Website 2 - Value")
_add(IGNORE, 0, "Website 1 - Label", "Website 1 - Type", "Website 2 - Label", "Website 2 - Type")
_add(IGNORE, 0, "Section 1 - Description", "Section 2 - Description", "Section 3 - Description")
# Gmail before 2010: "Section 1 - Email", "Section 1 - Address" …
for _n in (1, 2, 3):
    _prio = 0 if _n == 1 else 2
    _add("email", _prio, f"Section {_n} - Email")
    _add("phone", _prio, f"Section {_n} - Phone")
    _add("mobile", _prio, f"Section {_n} - Mobile")
    _add("fax", _prio, f"Section {_n} - Fax")
    _add("organisation", _prio, f"Section {_n} - Company")
    _add("function", _prio, f"Section {_n} - Title")
    _add("address_formatted", _prio, f"Section {_n} - Address")
