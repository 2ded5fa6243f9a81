"""Institutions of the demo set: the partner organisations (public ones with their general
addresses, fictional migrant organisations, clubs and a company), the network widunetz and its
members, and the jobs of partner staff and of our own KI staff."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

NETWORK_NAME = "widunetz – Netzwerk für Integration und Vielfalt im Kreis Herford"
KI_NAME = "Kreis Herford – Kommunales Integrationszentrum"


@dataclass(frozen=True)
class OrgSpec:
    key: str
    name: str
    kind: str
    short_name: str | None = None
    parent: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    website: str | None = None
    notes: str | None = None
    mail_domain: str | None = None  # for invented staff addresses


ORGANISATIONS: tuple[OrgSpec, ...] = (
    OrgSpec("kreis", "Kreis Herford", "municipality", "Kreis HF", None, "Amtshausstraße 3", "32051", "Herford",
            "05221/13-0", "05221/13-1717", "info@kreis-herford.example", "https://www.kreis-herford.example",
            mail_domain="kreis-herford.example"),
    OrgSpec("ki", KI_NAME, "authority", "KI Kreis Herford", "kreis", "Amtshausstraße 3", "32051", "Herford",
            "05221/13-1100", "05221/13-171100", "ki@kreis-herford.example", "https://www.kreis-herford.example/ki",
            "Kommunales Integrationszentrum, eingerichtet nach Kreistagsbeschluss vom 13.12.2013.",
            mail_domain="kreis-herford.example"),
    OrgSpec("kreis_schule", "Kreis Herford – Amt für Schule, Kultur und Sport", "authority", "Schulamt", "kreis",
            "Amtshausstraße 3", "32051", "Herford", "05221/13-1400", None, "schule@kreis-herford.example",
            mail_domain="kreis-herford.example"),
    OrgSpec("kreis_gesundheit", "Kreis Herford – Gesundheit", "authority", "Gesundheitsamt", "kreis",
            "Amtshausstraße 2", "32051", "Herford", "05221/13-1600", None, "gesundheit@kreis-herford.example",
            mail_domain="kreis-herford.example"),
    OrgSpec("kreis_ordnung", "Kreis Herford – Sicherheit und Ordnung", "authority", "Ausländerbehörde", "kreis",
            "Amtshausstraße 3", "32051", "Herford", "05221/13-1300", None, "ordnung@kreis-herford.example",
            mail_domain="kreis-herford.example"),
    OrgSpec("kreis_soziales", "Kreis Herford – Soziale Dienste", "authority", "Soziale Dienste", "kreis",
            "Amtshausstraße 3", "32051", "Herford", "05221/13-1500", None, "soziales@kreis-herford.example",
            mail_domain="kreis-herford.example"),
    OrgSpec("kreis_gleichstellung", "Kreis Herford – Gleichstellungsstelle", "authority", "Gleichstellungsstelle", "kreis",
            "Amtshausstraße 3", "32051", "Herford", "05221/13-1020", None, "gleichstellung@kreis-herford.example",
            mail_domain="kreis-herford.example"),
    OrgSpec("arbeitsagentur", "Agentur für Arbeit Herford", "job_centre", "Arbeitsagentur", None,
            "Hansastraße 33", "32049", "Herford", "0800 4 5555 00", None, "herford@arbeitsagentur.example",
            mail_domain="arbeitsagentur.example"),
    OrgSpec("jobcenter", "Jobcenter Herford", "job_centre", "Jobcenter", None, "Hansastraße 33", "32049", "Herford",
            "05221/9874-0", "05221/9874-199", "jobcenter-herford@jobcenter.example", mail_domain="jobcenter.example"),
    OrgSpec("awo", "AWO Fachdienste für Migration und Integration", "welfare", "AWO", None,
            "Hansastraße 18", "32049", "Herford", "05221/1893-0", "05221/1893-29", "migration@awo-herford.example",
            mail_domain="awo-herford.example"),
    OrgSpec("caritas", "Caritasverband für die Stadt und den Kreis Herford e.V.", "welfare", "Caritas", None,
            "Kreishausstraße 7", "32051", "Herford", "05221/5992-0", "05221/5992-50", "info@caritas-herford.example",
            mail_domain="caritas-herford.example"),
    OrgSpec("drk", "Deutsches Rotes Kreuz KV Herford-Stadt e.V.", "welfare", "DRK Herford-Stadt", None,
            "Wittekindstraße 21", "32051", "Herford", "05221 / 56784", "05221 / 54953", "info@drk-herford.example",
            notes="Integrationsagentur; Familienzentrum DRK Kita Ottelau.", mail_domain="drk-herford.example"),
    OrgSpec("diakonie", "Diakonisches Werk des Kirchenkreises Herford e.V.", "welfare", "Diakonie", None,
            "Auf der Freiheit 25", "32052", "Herford", "05221/5998-0", "05221/5998-99", "info@diakonie-herford.example",
            mail_domain="diakonie-herford.example"),
    OrgSpec("ksb", "Kreissportbund Herford e.V.", "club", "KSB", None, "Am Kleinbahnhof 5", "32051", "Herford",
            "05221/1375-0", None, "info@ksb-herford.example", mail_domain="ksb-herford.example"),
    OrgSpec("stadt_buende", "Stadt Bünde", "municipality", None, None, "Bahnhofstraße 15", "32257", "Bünde",
            "05223/161-0", None, "stadt@buende.example", mail_domain="buende.example"),
    OrgSpec("stadt_herford", "Stadt Herford", "municipality", None, None, "Rathausplatz 1", "32052", "Herford",
            "05221/189-0", None, "info@herford.example", mail_domain="herford.example"),
    OrgSpec("stadt_loehne", "Stadt Löhne", "municipality", None, None, "Oeynhausener Straße 41", "32584", "Löhne",
            "05732/100-0", None, "stadt@loehne.example", mail_domain="loehne.example"),
    OrgSpec("stadt_enger", "Stadt Enger", "municipality", None, None, "Bahnhofstraße 44", "32130", "Enger",
            "05224/9800-0", None, "stadt@enger.example", mail_domain="enger.example"),
    OrgSpec("stadt_spenge", "Stadt Spenge", "municipality", None, None, "Lange Straße 52", "32139", "Spenge",
            "05225/876-0", None, "stadt@spenge.example", mail_domain="spenge.example"),
    OrgSpec("stadt_vlotho", "Stadt Vlotho", "municipality", None, None, "Lange Straße 60", "32602", "Vlotho",
            "05733/924-0", None, "stadt@vlotho.example", mail_domain="vlotho.example"),
    OrgSpec("gem_hiddenhausen", "Gemeinde Hiddenhausen", "municipality", None, None, "Rathausstraße 1", "32120",
            "Hiddenhausen", "05221/964-0", None, "gemeinde@hiddenhausen.example", mail_domain="hiddenhausen.example"),
    OrgSpec("gem_kirchlengern", "Gemeinde Kirchlengern", "municipality", None, None, "Am Rathaus 2", "32278",
            "Kirchlengern", "05223/7507-0", None, "gemeinde@kirchlengern.example", mail_domain="kirchlengern.example"),
    OrgSpec("gem_roedinghausen", "Gemeinde Rödinghausen", "municipality", None, None, "Heerstraße 2", "32289",
            "Rödinghausen", "05746/948-0", None, "gemeinde@roedinghausen.example", mail_domain="roedinghausen.example"),
    OrgSpec("vz", "Verbraucherzentrale NRW e.V.", "other", "Verbraucherzentrale", None, "Mintropstraße 27", "40215",
            "Düsseldorf", "0211/3809-0", None, "service@verbraucherzentrale-nrw.example",
            notes="Projekt für Geflüchtete in Ostwestfalen: Beratung rund um den Konsumalltag.",
            mail_domain="verbraucherzentrale-nrw.example"),
    OrgSpec("ministerium", "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW",
            "authority", "MKJFGFI NRW", None, None, "40219", "Düsseldorf", None, None, "poststelle@mkjfgfi-nrw.example",
            notes="Förderer der Kommunalen Integrationszentren (Demo-Eintrag)."),
    OrgSpec("jgh", "Jugendgästehaus Rödinghausen", "other", "Jugendgästehaus", None, "Im Wiehengebirge 10", "32289",
            "Rödinghausen", "05746/8051", None, "info@jgh-roedinghausen.example", notes="Veranstaltungsort #DANKE."),
    OrgSpec("vhs", "Volkshochschule im Kreis Herford", "education", "VHS", None, "Münsterkirchplatz 1", "32052",
            "Herford", "05221/5905-0", None, "info@vhs-herford.example", mail_domain="vhs-herford.example"),
    OrgSpec("gs_loehne", "Grundschule Löhne-Ort", "school", None, None, "Schulstraße 12", "32584", "Löhne",
            "05732/3411", None, "sekretariat@gs-loehne-ort.example", mail_domain="gs-loehne-ort.example"),
    OrgSpec("ges_friedenstal", "Gesamtschule Friedenstal Herford", "school", None, None, "Hermannstraße 34", "32049",
            "Herford", "05221/18962-0", None, "sekretariat@ge-friedenstal.example", mail_domain="ge-friedenstal.example"),
    OrgSpec("rs_enger", "Realschule Enger", "school", None, None, "Steinstraße 20", "32130", "Enger",
            "05224/2212", None, "sekretariat@rs-enger.example", mail_domain="rs-enger.example"),
    OrgSpec("bk_buende", "Berufskolleg Bünde", "school", None, None, "Wasserbreite 25", "32257", "Bünde",
            "05223/4923-0", None, "sekretariat@bk-buende.example", mail_domain="bk-buende.example"),
    # Fictional organisations (any likeness to a real association is accidental).
    OrgSpec("dtkv_loehne", "Deutsch-Türkischer Kulturverein Löhne e.V.", "migrant_org", "DTKV Löhne", None,
            "Königstraße 58", "32584", "Löhne", "05732/98765", None, "vorstand@dtkv-loehne.example",
            notes="Fiktiver Verein (Demo).", mail_domain="dtkv-loehne.example"),
    OrgSpec("sdf_herford", "Syrisch-Deutscher Freundeskreis Herford e.V.", "migrant_org", "SDF Herford", None,
            "Radewiger Straße 19", "32052", "Herford", None, None, "kontakt@sdf-herford.example",
            notes="Fiktiver Verein (Demo).", mail_domain="sdf-herford.example"),
    OrgSpec("kalyna", "Ukrainischer Verein Kalyna Bünde e.V.", "migrant_org", "Kalyna", None,
            "Eschstraße 40", "32257", "Bünde", None, None, "info@kalyna-buende.example",
            notes="Fiktiver Verein (Demo).", mail_domain="kalyna-buende.example"),
    OrgSpec("mala", "Kurdisches Kulturhaus Mala Ziman Herford e.V.", "migrant_org", "Mala Ziman", None,
            "Werrestraße 8", "32049", "Herford", None, None, "info@mala-ziman.example",
            notes="Fiktiver Verein (Demo).", mail_domain="mala-ziman.example"),
    OrgSpec("afghan_vlotho", "Afghanischer Elternverein Vlotho e.V.", "migrant_org", None, None,
            "Weserstraße 3", "32602", "Vlotho", None, None, "eltern@afg-vlotho.example",
            notes="Fiktiver Verein (Demo).", mail_domain="afg-vlotho.example"),
    OrgSpec("begegnung_spenge", "Begegnungscafé Spenge e.V.", "club", None, None, "Poststraße 11", "32139", "Spenge",
            None, None, "cafe@begegnung-spenge.example", notes="Fiktiver Verein (Demo).",
            mail_domain="begegnung-spenge.example"),
    OrgSpec("sv_hiddenhausen", "SV Rot-Weiß Hiddenhausen 1921 e.V.", "club", "SV RW Hiddenhausen", None,
            "Sportplatzweg 1", "32120", "Hiddenhausen", None, None, "info@rw-hiddenhausen.example",
            notes="Fiktiver Verein (Demo).", mail_domain="rw-hiddenhausen.example"),
    OrgSpec("kaya_becker", "Kaya & Becker <Sprachdienste> GmbH", "company", "Kaya & Becker", None,
            "Höckerstraße 5", "32052", "Herford", "05221/277-0", None, "buero@kaya-becker.example",
            notes="Fiktive Firma (Demo); der Name prüft die Maskierung von & und <> im Druck.",
            mail_domain="kaya-becker.example"),
)

# Network members: (org key, role, joined_on, left_on). The four welfare associations started
# the project group in 2005; the rest signed the agreement on 27.02.2008.
WIDUNETZ_FOUNDED = dt.date(2008, 2, 27)
_PROJECT_GROUP_START = dt.date(2005, 3, 1)
WIDUNETZ_MEMBERS: tuple[tuple[str, str, dt.date, dt.date | None], ...] = (
    ("awo", "Projektgruppe", _PROJECT_GROUP_START, None),
    ("caritas", "Projektgruppe", _PROJECT_GROUP_START, None),
    ("diakonie", "Projektgruppe", _PROJECT_GROUP_START, None),
    ("drk", "Projektgruppe", _PROJECT_GROUP_START, None),
    ("kreis", "Projektkoordination", _PROJECT_GROUP_START, None),
    ("ki", "Koordination", dt.date(2014, 1, 1), None),
    ("arbeitsagentur", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("jobcenter", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("kreis_schule", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("kreis_gesundheit", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("kreis_ordnung", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("kreis_soziales", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("ksb", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("stadt_buende", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("stadt_herford", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("stadt_loehne", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("stadt_enger", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("stadt_spenge", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("stadt_vlotho", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("gem_kirchlengern", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("gem_roedinghausen", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("gem_hiddenhausen", "Unterzeichner", WIDUNETZ_FOUNDED, None),
    ("vhs", "Mitglied", dt.date(2010, 9, 1), dt.date(2019, 12, 31)),
    ("sdf_herford", "Mitglied", dt.date(2016, 3, 15), dt.date(2021, 6, 30)),
    ("dtkv_loehne", "Mitglied", dt.date(2012, 5, 1), None),
)


# Partner staff: (org key, how many, [(function, department)]).
PARTNER_STAFF: tuple[tuple[str, int, tuple[tuple[str, str | None], ...]], ...] = (
    ("awo", 4, (("Migrationsberatung für erwachsene Zuwanderer (MBE)", "Fachdienst Migration"), ("Integrationsagentur", "Fachdienst Migration"), ("Jugendmigrationsdienst", "Jugendmigrationsdienst"), ("Fachbereichsleitung", "Migration und Integration"))),
    ("caritas", 4, (("Flüchtlingsberatung", "Fachdienst Integration und Migration"), ("Integrationsagentur", "Fachdienst Integration und Migration"), ("Koordination Ehrenamt", "Gemeindecaritas"), ("Abteilungsleitung", "Soziale Dienste"))),
    ("drk", 4, (("Integrationsagentur", "Integrationsagentur"), ("Leitung Familienzentrum", "DRK Kita Ottelau"), ("Koordination Ehrenamt", "Ehrenamt"), ("Kreisgeschäftsführung", None))),
    ("diakonie", 4, (("Flüchtlingsberatung", "Migrationsdienste"), ("Integrationsagentur", "Migrationsdienste"), ("Psychosoziale Beratung", "Beratungsstelle"), ("Bereichsleitung", "Migration"))),
    ("arbeitsagentur", 2, (("Arbeitsvermittlung", "Team Integration"), ("Beauftragte für Chancengleichheit am Arbeitsmarkt", None))),
    ("jobcenter", 3, (("Integrationsfachkraft", "Team Migration"), ("Teamleitung", "Team Migration"), ("Fallmanagement", "Markt und Integration"))),
    ("kreis_schule", 2, (("Schulaufsicht", "Schulamt"), ("Sachbearbeitung Seiteneinstieg", "Schulamt"))),
    ("kreis_gesundheit", 2, (("Ärztlicher Dienst", "Infektionsschutz"), ("Sachbearbeitung", "Gesundheitsförderung"))),
    ("kreis_ordnung", 2, (("Sachbearbeitung Aufenthaltsrecht", "Ausländerbehörde"), ("Sachgebietsleitung", "Ausländerbehörde"))),
    ("kreis_soziales", 2, (("Sachbearbeitung Asylbewerberleistungen", "Soziale Leistungen"), ("Sozialplanung", None))),
    ("kreis_gleichstellung", 2, (("Gleichstellungsbeauftragte", None), ("Sachbearbeitung", None))),
    ("ksb", 2, (("Integration durch Sport", "Sportentwicklung"), ("Geschäftsführung", None))),
    ("stadt_buende", 2, (("Integrationsbeauftragte", "Fachbereich Soziales"), ("Sachbearbeitung Unterbringung", "Fachbereich Soziales"))),
    ("stadt_herford", 3, (("Integrationsbeauftragte", "Fachbereich Bildung, Jugend und Soziales"), ("Sachbearbeitung Flüchtlingsunterbringung", "Abteilung Soziales"), ("Quartiersmanagement", "Stadtentwicklung"))),
    ("stadt_loehne", 2, (("Integrationsbeauftragte", "Fachbereich Familie und Soziales"), ("Koordination Ehrenamt", "Fachbereich Familie und Soziales"))),
    ("stadt_enger", 1, (("Sachbearbeitung Asyl", "Fachbereich Bürgerdienste"),)),
    ("stadt_spenge", 1, (("Sachbearbeitung Soziales", "Fachbereich Soziales"),)),
    ("stadt_vlotho", 2, (("Integrationsbeauftragte", "Fachbereich Soziales"), ("Sachbearbeitung Asyl", "Fachbereich Soziales"))),
    ("gem_hiddenhausen", 1, (("Sachbearbeitung Asyl", "Fachbereich Soziales"),)),
    ("gem_kirchlengern", 1, (("Sachbearbeitung Soziales", "Bürgerbüro"),)),
    ("gem_roedinghausen", 1, (("Sachbearbeitung Soziales", "Ordnung und Soziales"),)),
    ("vhs", 2, (("Programmbereich Deutsch als Fremdsprache", "Sprachen"), ("Kursleitung Integrationskurse", "Sprachen"))),
    ("gs_loehne", 1, (("Schulleitung", None),)),
    ("ges_friedenstal", 2, (("Lehrkraft Internationale Förderklasse", None), ("Schulsozialarbeit", None))),
    ("rs_enger", 1, (("Lehrkraft Deutsch als Zweitsprache", None),)),
    ("bk_buende", 1, (("Schulsozialarbeit", None),)),
    ("dtkv_loehne", 2, (("Vorsitz", "Vorstand"), ("Kassenwart", "Vorstand"))),
    ("sdf_herford", 1, (("Vorsitz", "Vorstand"),)),
    ("kalyna", 1, (("Vorsitz", "Vorstand"),)),
    ("mala", 1, (("Vorsitz", "Vorstand"),)),
    ("afghan_vlotho", 1, (("Vorsitz", "Vorstand"),)),
    ("begegnung_spenge", 1, (("Koordination", None),)),
)
# The culture mix of partner staff, cycled in this order.
PARTNER_CULTURES = ("de", "de", "de", "tr", "de", "de", "ar", "de", "ku", "de", "fa", "de", "de", "uk")
MIGRANT_ORG_CULTURE = {"dtkv_loehne": "tr", "sdf_herford": "ar", "kalyna": "uk", "mala": "ku", "afghan_vlotho": "fa"}

# Our own staff at the KI: (function, department, room); the first one is the letter sender.
KI_STAFF: tuple[tuple[str, str, str], ...] = (
    ("Verwaltungsassistenz", "Kommunales Integrationszentrum", "1.30"),
    ("Leitung", "Kommunales Integrationszentrum", "1.21"),
    ("Stellvertretende Leitung", "Kommunales Integrationszentrum", "1.22"),
    ("Bildungskoordination für Neuzugewanderte", "Integration durch Bildung", "1.24"),
    ("Koordination Ehrenamt in der Flüchtlingshilfe", "Integration als Querschnittsaufgabe", "1.25"),
    ("Koordination Ehrenamt in der Flüchtlingshilfe", "Integration als Querschnittsaufgabe", "1.25"),
    ("Schulische Integration / Seiteneinstieg", "Integration durch Bildung", "1.26"),
    ("Sachbearbeitung Rucksack Kita und Schule", "Integration durch Bildung", "1.27"),
    ("Sachbearbeitung Förderprogramme", "Integration als Querschnittsaufgabe", "1.28"),
    ("Verwaltungsassistenz", "Kommunales Integrationszentrum", "1.31"),
)
KI_STAFF_CULTURES = ("de", "de", "tr", "de", "ar", "de", "ku", "de", "fa", "de")
