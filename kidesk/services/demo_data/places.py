"""Places of the demo set: the nine towns of Kreis Herford, their area codes and streets."""

from __future__ import annotations

# one list for the app and the demo (re-exported)
from kidesk.services.volunteers.settings_rules import MUNICIPALITIES as MUNICIPALITIES

AREA_CODES = {
    "Bünde": "05223",
    "Enger": "05224",
    "Herford": "05221",
    "Hiddenhausen": "05221",
    "Kirchlengern": "05223",
    "Löhne": "05732",
    "Rödinghausen": "05746",
    "Spenge": "05225",
    "Vlotho": "05733",
}
# (street, postcode) per town: where volunteers and guests live.
STREETS = {
    "Bünde": [
        (s, "32257")
        for s in (
            "Eschstraße",
            "Bahnhofstraße",
            "Wasserbreite",
            "Klinkstraße",
            "Holser Straße",
            "Lübbecker Straße",
            "Hangbaumstraße",
            "Ennigloher Straße",
        )
    ],
    "Enger": [
        (s, "32130")
        for s in ("Mühlenstraße", "Bielefelder Straße", "Brandstraße", "Kirchplatz", "Steinstraße", "Spenger Straße")
    ],
    "Herford": [
        ("Bäckerstraße", "32052"),
        ("Höckerstraße", "32052"),
        ("Radewiger Straße", "32052"),
        ("Mindener Straße", "32049"),
        ("Bielefelder Straße", "32051"),
        ("Werrestraße", "32049"),
        ("Ahmser Straße", "32052"),
        ("Stiftbergstraße", "32049"),
        ("Engerstraße", "32051"),
        ("Salzufler Straße", "32052"),
        ("Vlothoer Straße", "32049"),
        ("Goebenstraße", "32052"),
    ],
    "Hiddenhausen": [
        (s, "32120")
        for s in (
            "Löhner Straße",
            "Bünder Straße",
            "Maschstraße",
            "Kirchstraße",
            "Herforder Straße",
            "Eilshauser Straße",
        )
    ],
    "Kirchlengern": [
        (s, "32278") for s in ("Lübbecker Straße", "Hauptstraße", "Stiftstraße", "Südlengerner Straße", "Häverstraße")
    ],
    "Löhne": [
        (s, "32584")
        for s in (
            "Königstraße",
            "Oeynhausener Straße",
            "Bünder Straße",
            "Alter Postweg",
            "Brunnenstraße",
            "Lübbecker Straße",
            "Werster Straße",
        )
    ],
    "Rödinghausen": [
        (s, "32289") for s in ("Heerstraße", "Kirchweg", "Westkilverstraße", "Bieren Dorfstraße", "Bruchstraße")
    ],
    "Spenge": [
        (s, "32139")
        for s in ("Lange Straße", "Poststraße", "Wallenbrücker Straße", "Bielefelder Straße", "Hücker Straße")
    ],
    "Vlotho": [
        (s, "32602")
        for s in (
            "Lange Straße",
            "Weserstraße",
            "Herforder Straße",
            "Mühlenstraße",
            "Bahnhofstraße",
            "Winterbergstraße",
        )
    ],
}
# Weights of the nine towns among the volunteers (sum 100).
VOLUNTEER_TOWN_WEIGHTS = {
    "Herford": 25,
    "Bünde": 15,
    "Löhne": 14,
    "Hiddenhausen": 9,
    "Enger": 8,
    "Vlotho": 8,
    "Kirchlengern": 8,
    "Rödinghausen": 7,
    "Spenge": 6,
}

KREISHAUS = ("Kreishaus Herford", "Amtshausstraße 3", "32051", "Herford")
