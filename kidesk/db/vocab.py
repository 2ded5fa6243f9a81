"""Stored codes of every enumeration, with their German labels.

The codes are what the database stores and CHECK constraints allow; never rename one
without a migration. Labels are the German default wording; the UI passes them through
Qt's translator (they are marked with ``QT_TRANSLATE_NOOP``-style context "vocab" there).
"""

from __future__ import annotations

SALUTATIONS = ("mrs", "mr", "diverse", "none")
SALUTATION_LABELS = {"mrs": "Frau", "mr": "Herr", "diverse": "divers", "none": "keine Angabe"}

#: German labels of a contact's fields, for import reports and the merge view.
CONTACT_FIELD_LABELS = {
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "function": "Funktion",
    "department": "Abteilung",
    "phone": "Telefon",
    "mobile": "Mobil",
    "fax": "Fax",
    "email": "E-Mail",
    "room": "Raum",
    "street": "Straße",
    "postcode": "PLZ",
    "city": "Ort",
    "country": "Land",
    "languages": "Sprachen",
    "notes": "Notizen",
}

ORGANISATION_KINDS = (
    "welfare",  # Wohlfahrtsverband
    "municipality",  # Stadt / Gemeinde / Kreis
    "authority",  # Behörde, Amt
    "job_centre",  # Jobcenter, Agentur für Arbeit
    "school",
    "education",  # Bildungsträger
    "migrant_org",  # Migrantenorganisation
    "club",  # Verein
    "company",
    "other",
)
ORGANISATION_KIND_LABELS = {
    "welfare": "Wohlfahrtsverband",
    "municipality": "Kommune",
    "authority": "Behörde",
    "job_centre": "Jobcenter / Arbeitsagentur",
    "school": "Schule",
    "education": "Bildungsträger",
    "migrant_org": "Migrantenorganisation",
    "club": "Verein",
    "company": "Unternehmen",
    "other": "Sonstige",
}

EVENT_KINDS = ("qualification_module", "thank_you", "network_meeting", "information", "other")
EVENT_KIND_LABELS = {
    "qualification_module": "Qualifizierungsmodul",
    "thank_you": "Dankeschön-Veranstaltung",
    "network_meeting": "Netzwerktreffen",
    "information": "Informationsveranstaltung",
    "other": "Sonstige",
}

EVENT_STATUSES = ("planned", "confirmed", "cancelled", "done")
EVENT_STATUS_LABELS = {
    "planned": "in Planung",
    "confirmed": "bestätigt",
    "cancelled": "abgesagt",
    "done": "durchgeführt",
}

HOST_ROLES = ("organiser", "co_host", "funder")
HOST_ROLE_LABELS = {"organiser": "Veranstalter", "co_host": "Mitveranstalter", "funder": "Förderer"}

PARTICIPANT_ROLES = ("guest", "speaker", "helper")
PARTICIPANT_ROLE_LABELS = {"guest": "Gast", "speaker": "Referent/in", "helper": "Helfer/in"}

PARTICIPATION_STATUSES = ("invited", "registered", "waitlisted", "attended", "declined", "cancelled", "no_show")
PARTICIPATION_STATUS_LABELS = {
    "invited": "eingeladen",
    "registered": "angemeldet",
    "waitlisted": "Warteliste",
    "attended": "teilgenommen",
    "declined": "abgesagt",
    "cancelled": "storniert",
    "no_show": "nicht erschienen",
}

VOLUNTEER_STATUSES = ("active", "paused", "inactive")
VOLUNTEER_STATUS_LABELS = {"active": "aktiv", "paused": "pausiert", "inactive": "inaktiv"}

LANGUAGE_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2", "native")

# Data protection (issue 13)
CONSENT_METHODS = ("written", "oral", "email")
CONSENT_METHOD_LABELS = {"written": "schriftlich", "oral": "mündlich", "email": "E-Mail"}
AUDIT_ACTIONS = ("insert", "update", "delete", "merge", "erase", "restore")
AUDIT_ACTION_LABELS = {
    "insert": "angelegt",
    "update": "geändert",
    "delete": "gelöscht",
    "merge": "zusammengeführt",
    "erase": "gelöscht (Art. 17)",
    "restore": "nach Wiederherstellung erneut gelöscht",
}

# Free-text vocabulary the office types in (issue 19, item 8): stored as German text, offered as
# suggestions, shown translated by the UI (context "vocab"); a text typed by a user stays as it is.
ENGAGEMENT_AREAS = (
    "Sprachpatenschaft",
    "Begleitung zu Behörden",
    "Hausaufgabenhilfe",
    "Sport",
    "Übersetzung/Dolmetschen",
    "Fahrdienste",
    "Kleiderkammer",
    "Begegnungscafé",
    "Wohnungssuche",
    "Kinderbetreuung",
)
LANGUAGES = (
    "Albanisch",
    "Arabisch",
    "Dari",
    "Deutsch",
    "Englisch",
    "Farsi",
    "Französisch",
    "Italienisch",
    "Kurdisch",
    "Paschtu",
    "Polnisch",
    "Rumänisch",
    "Russisch",
    "Somali",
    "Spanisch",
    "Tigrinya",
    "Türkisch",
    "Ukrainisch",
)
