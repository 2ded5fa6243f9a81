"""What the demo office does: volunteering vocabulary (engagement areas, availability,
language levels), the culture and status mix of the volunteers, and the modules and speakers
of the qualification series."""

from __future__ import annotations

from kidesk.services.demo_data.names import Person

# one list for the app and the demo (re-exported)
from kidesk.services.volunteers.settings_rules import ENGAGEMENT_AREAS as ENGAGEMENT_AREAS

SERIES_TITLE = "Basisqualifikation für Ehrenamtliche in der Flüchtlingshilfe"
THANK_YOU_TITLE = "#DANKE – Dankeschön für Ehrenamtliche"

AVAILABILITY = (
    "Mo/Mi vormittags",
    "Di/Do nachmittags",
    "abends ab 18 Uhr",
    "am Wochenende",
    "flexibel nach Absprache",
    None,
)
LEVELS_FOREIGN = ("A2", "B1", "B1", "B2", "B2", "C1")
LEVELS_GERMAN_NONNATIVE = ("B1", "B2", "B2", "C1", "C1", "C2")
EXTRA_LANGUAGES = ("Englisch", "Englisch", "Englisch", "Französisch", "Russisch", "Spanisch", "Polnisch")

# 100 volunteers: the culture mix, and which of them write their name in their own script.
VOLUNTEER_CULTURES = {"de": 44, "tr": 15, "ar": 15, "fa": 8, "uk": 9, "ku": 9}
VOLUNTEER_STATUS_MIX = {"active": 80, "paused": 12, "inactive": 8}

MODULES: tuple[tuple[str, str], ...] = (
    ("Auftaktveranstaltung: Ehrenamt in der Flüchtlingshilfe", "Sitzungssaal"),
    ("Asyl- und Aufenthaltsrecht – die Grundlagen", "Ebene 3"),
    ("Interkulturelle Kommunikation", "Raum 2.14"),
    ("Geflüchtete mit Traumaerfahrungen begleiten", "Raum 2.14"),
    ("Nähe und Distanz: die eigene Rolle im Ehrenamt", "Ebene 3"),
    ("Sprachpatenschaften: Deutsch im Alltag vermitteln", "Raum 2.14"),
    ("Schule und Kita in Deutschland", "Ebene 3"),
    ("Zugang zu Ausbildung und Arbeit", "Ebene 3"),
    ("Gesundheitsversorgung für Geflüchtete", "Raum 2.14"),
    ("Begleitung zu Behörden: Jobcenter, Ausländerbehörde, Sozialamt", "Sitzungssaal"),
    ("Rassismus erkennen und ihm begegnen", "Ebene 3"),
    ("Fit für den Konsumalltag", "Ebene 3"),
)
FIT_FUER_DEN_KONSUMALLTAG = (
    "Sich im Konsumalltag in Deutschland zurechtzufinden, ist für neu zugewanderte Menschen eine große "
    "Aufgabe. Die Verbraucherzentrale berät und unterstützt bei vielen Fragen rund um den Konsum: Handy- "
    "und Internetverträge, an der Haustür abgeschlossene Stromverträge oder Gewährleistungsrechte bei "
    "fehlerhaften Produkten sind nur einige Beispiele. Vorgestellt wird ein neues Projekt der "
    "Verbraucherzentrale NRW speziell für Geflüchtete in Ostwestfalen. Es laden ein: das Kommunale "
    "Integrationszentrum Kreis Herford, die Gleichstellungsstelle Kreis Herford, das DRK Kreisverband "
    "Herford-Stadt e.V. und die Verbraucherzentrale NRW e.V."
)
# The two (fictional) speakers of module 12, from the Verbraucherzentrale.
SPEAKERS = (
    Person("Annette", "Vogelsang", "Annette", "Vogelsang", "f", "de"),
    Person("Niloufar", "Rahimi-Sadr", "Niloufar", "Rahimi-Sadr", "f", "fa"),
)
