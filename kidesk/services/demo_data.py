"""The demo data set: a Kommunales Integrationszentrum (KI) in Kreis Herford, as it could be.

What it holds
-------------
* The public institutions named in widunetz's "Mitwirkende" list (towns, welfare
  associations, Kreis offices, Jobcenter …) with their general addresses, plus a venue,
  schools, a funder, and a few **fictional** migrant organisations, clubs and a company.
* The network "widunetz" (agreement signed 27.02.2008; project group since 2005).
* About 200 **fictional** people: partner staff, our own KI staff, about 100 volunteers
  and some guests. Their names are German, Turkish, Arabic, Farsi, Ukrainian and Kurdish,
  several written in Arabic, Persian or Cyrillic script, as people write them themselves.
* The qualification series "Basisqualifikation für Ehrenamtliche in der Flüchtlingshilfe"
  (12 modules, certificate from 8 attended), the thank-you event "#DANKE" with 80
  attendees, widunetz network meetings, volunteer hours over two years.

No real person appears: every name, phone extension and e-mail address of a person is
invented; e-mail domains end in ``.example`` or are ``example.org``/``.net``/``.com``.

Determinism
-----------
Everything is drawn from ``random.Random(SEED)`` in a fixed order, and every date is
computed from ``today`` (an argument; by default the real date) so that the demo always
has police certificates due soon and upcoming modules. The same ``today`` gives the same
rows, byte for byte, except the ``created_at``/``updated_at`` bookkeeping columns.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kidesk.db import settings
from kidesk.db.database import Database, open_database
from kidesk.db.models import (
    Affiliation,
    Contact,
    Event,
    EventHost,
    EventSeries,
    Network,
    NetworkMembership,
    Organisation,
    Participation,
    Volunteer,
    VolunteerEngagement,
    VolunteerHours,
    VolunteerLanguage,
)
from kidesk.db.queries import set_participation_status
from kidesk.errors import UserError
from kidesk.services.volunteers import DEFAULT_POLICE_CERTIFICATE_VALID_YEARS, add_years

SEED = 20080227  # the day the widunetz agreement was signed
# The volunteer rules own the due-date arithmetic; the demo only uses them.
POLICE_CERTIFICATE_VALID_YEARS = DEFAULT_POLICE_CERTIFICATE_VALID_YEARS
POLICE_CERTIFICATE_DUE_SOON_DAYS = 56  # "due soon": within the next eight weeks

SERIES_TITLE = "Basisqualifikation für Ehrenamtliche in der Flüchtlingshilfe"
THANK_YOU_TITLE = "#DANKE – Dankeschön für Ehrenamtliche"
NETWORK_NAME = "widunetz – Netzwerk für Integration und Vielfalt im Kreis Herford"
KI_NAME = "Kreis Herford – Kommunales Integrationszentrum"


class DemoDataPresent(UserError):
    """The target database already holds contacts: the demo set is only for an empty one."""


def police_certificate_due(inspected_on: dt.date) -> dt.date:
    """The date an inspected police certificate is due again (29 Feb falls back to 28 Feb)."""
    return add_years(inspected_on, POLICE_CERTIFICATE_VALID_YEARS)


# ---------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------

MUNICIPALITIES = ("Bünde", "Enger", "Herford", "Hiddenhausen", "Kirchlengern", "Löhne", "Rödinghausen", "Spenge", "Vlotho")
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
    "Bünde": [(s, "32257") for s in ("Eschstraße", "Bahnhofstraße", "Wasserbreite", "Klinkstraße", "Holser Straße", "Lübbecker Straße", "Hangbaumstraße", "Ennigloher Straße")],
    "Enger": [(s, "32130") for s in ("Mühlenstraße", "Bielefelder Straße", "Brandstraße", "Kirchplatz", "Steinstraße", "Spenger Straße")],
    "Herford": [
        ("Bäckerstraße", "32052"), ("Höckerstraße", "32052"), ("Radewiger Straße", "32052"), ("Mindener Straße", "32049"),
        ("Bielefelder Straße", "32051"), ("Werrestraße", "32049"), ("Ahmser Straße", "32052"), ("Stiftbergstraße", "32049"),
        ("Engerstraße", "32051"), ("Salzufler Straße", "32052"), ("Vlothoer Straße", "32049"), ("Goebenstraße", "32052"),
    ],
    "Hiddenhausen": [(s, "32120") for s in ("Löhner Straße", "Bünder Straße", "Maschstraße", "Kirchstraße", "Herforder Straße", "Eilshauser Straße")],
    "Kirchlengern": [(s, "32278") for s in ("Lübbecker Straße", "Hauptstraße", "Stiftstraße", "Südlengerner Straße", "Häverstraße")],
    "Löhne": [(s, "32584") for s in ("Königstraße", "Oeynhausener Straße", "Bünder Straße", "Alter Postweg", "Brunnenstraße", "Lübbecker Straße", "Werster Straße")],
    "Rödinghausen": [(s, "32289") for s in ("Heerstraße", "Kirchweg", "Westkilverstraße", "Bieren Dorfstraße", "Bruchstraße")],
    "Spenge": [(s, "32139") for s in ("Lange Straße", "Poststraße", "Wallenbrücker Straße", "Bielefelder Straße", "Hücker Straße")],
    "Vlotho": [(s, "32602") for s in ("Lange Straße", "Weserstraße", "Herforder Straße", "Mühlenstraße", "Bahnhofstraße", "Winterbergstraße")],
}
# Weights of the nine towns among the volunteers (sum 100).
VOLUNTEER_TOWN_WEIGHTS = {
    "Herford": 25, "Bünde": 15, "Löhne": 14, "Hiddenhausen": 9, "Enger": 8, "Vlotho": 8,
    "Kirchlengern": 8, "Rödinghausen": 7, "Spenge": 6,
}

KREISHAUS = ("Kreishaus Herford", "Amtshausstraße 3", "32051", "Herford")


# ---------------------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------------------


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

# ---------------------------------------------------------------------------------------
# Names (all invented combinations). Tuples are (as written, Latin transliteration, sex).
# ---------------------------------------------------------------------------------------

_GERMAN_F = "Anna Sabine Claudia Birgit Monika Katrin Julia Lena Sandra Heike Ute Andrea Martina Nicole Stefanie Ursula Marion Gabriele Jana Sophie Laura Ines Silke Anke Dagmar Renate Elke Friederike Hanna Carla".split()
_GERMAN_M = "Thomas Michael Andreas Frank Stefan Markus Klaus Uwe Dirk Holger Matthias Jan Tobias Sebastian Bernd Wolfgang Rainer Carsten Jens Lukas Felix Hendrik Volker Detlef Henning Ole".split()
_GERMAN_LAST = ("Brinkmann Niemeyer Kleine Oberschelp Wehmeier Tiemann Husemann Steinkamp Depping Hartmann Kröger Böke "
                "Strunk Vahle Pohlmann Budde Höner Kuhlmann Sieker Wittenbrink Oevermann Landwehr Nolting Rieke Tölke "
                "Hagedorn Obermeier Becker Schäfer Krüger Wagner Koch Richter Klein Wolf Neumann Zimmermann Braun "
                "Hofmann Lange Vogt Fuchs Meyer Schröder Große-Wöstmann Bußmann Dreier Heitmann Stüker Eikmeier").split()
_GERMAN_LAST += ["Meyer zu Bexten", "Meier zu Evenhausen"]
_TURKISH_F = "Ayşe Fatma Elif Zeynep Şule Gülşen Özlem Derya Hatice Emine Sevgi Büşra Dilek Gökçe Yağmur İpek".split()
_TURKISH_M = "Mehmet Mustafa Ahmet Hüseyin İbrahim Gökhan Serkan Ümit Oğuz Çağrı Murat Kadir Barış Tolga Yusuf Cem".split()
_TURKISH_LAST = "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç Özkan Şimşek Polat Güneş Erdem Aktaş Korkmaz".split()
_ARABIC_F = "Amira Fatima Layla Nour Rania Samira Hala Dana Yasmin Reem".split()
_ARABIC_M = "Ahmad Mohammed Khaled Omar Yousef Ali Hassan Mahmoud Bilal Tarek Samer Fadi".split()
_ARABIC_LAST = "Al-Hassan Haddad Khalil Nasser Saleh Mansour Darwish Haidar Suleiman Hamdan Al-Masri Abboud Kanaan".split()
_ARABIC_SCRIPT_F = [("ليلى", "Layla"), ("فاطمة", "Fatima"), ("نور", "Nour"), ("سلمى", "Salma"), ("رنا", "Rana"), ("هبة", "Hiba"), ("مريم", "Maryam")]
_ARABIC_SCRIPT_M = [("أحمد", "Ahmad"), ("محمد", "Mohammed"), ("خالد", "Khaled"), ("عمر", "Omar"), ("يوسف", "Yousef"), ("سامر", "Samer"), ("طارق", "Tarek"), ("حسن", "Hassan")]
_ARABIC_SCRIPT_LAST = [("الحسن", "Al-Hassan"), ("حداد", "Haddad"), ("خليل", "Khalil"), ("ناصر", "Nasser"), ("صالح", "Saleh"), ("منصور", "Mansour"), ("درويش", "Darwish"), ("العلي", "Al-Ali"), ("الخطيب", "Al-Khatib"), ("حمدان", "Hamdan")]
_FARSI_F = "Maryam Zahra Parisa Shirin Fereshteh Leila Mahsa Roya Azadeh".split()
_FARSI_M = "Reza Hossein Mehdi Amir Dariush Babak Kaveh Farhad Saeed Arash".split()
_FARSI_LAST = "Rahimi Hosseini Mohammadi Karimi Ahmadi Rezaei Jafari Sadeghi Moradi Azizi Tehrani Kazemi".split()
_PERSIAN_SCRIPT_F = [("زهرا", "Zahra"), ("پریسا", "Parisa"), ("شیرین", "Shirin"), ("ژیلا", "Zhila"), ("مهسا", "Mahsa"), ("رویا", "Roya")]
_PERSIAN_SCRIPT_M = [("رضا", "Reza"), ("مهدی", "Mehdi"), ("کاوه", "Kaveh"), ("بابک", "Babak"), ("فرهاد", "Farhad"), ("پویا", "Pouya")]
_PERSIAN_SCRIPT_LAST = [("رضایی", "Rezaei"), ("کریمی", "Karimi"), ("پورمحمدی", "Pourmohammadi"), ("چمنی", "Chamani"), ("موسوی", "Mousavi"), ("گلستانی", "Golestani"), ("ژیان", "Zhian")]
_UKR_F = "Олена Наталія Оксана Ірина Юлія Тетяна Світлана Марія".split()
_UKR_M = "Андрій Олександр Тарас Дмитро Сергій Богдан Василь Іван".split()
_UKR_LAST = "Коваленко Шевчук Бондаренко Ткаченко Кравченко Мельник Бойко Лисенко Савчук Поліщук Гончаренко Руденко".split()
_KURD_F = "Rojîn Hêvî Berfîn Nûjîn Zozan Dilan Viyan Jînda Rûken".split()
_KURD_M = "Azad Şêrko Rêber Dilovan Serhat Welat Cûdî Zana Hejar".split()
_KURD_LAST = "Zêbarî Çiya Şêx Amedî Botan Xelîl Dêrsimî Hesen Mîran Goyî Serhedî Baran".split()

_UKR_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
}

# The native languages by culture, as the office writes them.
NATIVE_LANGUAGE = {"de": "Deutsch", "tr": "Türkisch", "ar": "Arabisch", "fa": "Farsi", "uk": "Ukrainisch", "ku": "Kurdisch"}


def ukrainian_latin(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in _UKR_TRANSLIT:
            latin = _UKR_TRANSLIT[low]
            out.append(latin.capitalize() if ch != low else latin)
        else:
            out.append(ch)
    return "".join(out)


def ascii_mail_part(text: str) -> str:
    """'Ayşe' -> 'ayse', 'Große-Wöstmann' -> 'grosse-woestmann': the local part of an invented address."""
    text = text.lower().replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(c if c.isascii() and (c.isalnum() or c == "-") else "" for c in text.replace(" ", "-"))


@dataclass
class Person:
    first: str
    last: str
    latin_first: str
    latin_last: str
    sex: str  # "f" | "m"
    culture: str  # de, tr, ar, fa, uk, ku

    @property
    def salutation(self) -> str:
        return "mrs" if self.sex == "f" else "mr"


@dataclass
class NamePicker:
    """Draws unique invented names; the same rng state gives the same sequence."""

    rng: random.Random
    used: set[tuple[str, str]] = field(default_factory=set)
    # Banned: the real person named in the seed texts.
    banned_last: frozenset[str] = frozenset({"Kirchhoff", "Schwenk", "Samimi", "Müller"})

    def pick(self, culture: str, *, own_script: bool = False) -> Person:
        for _ in range(200):
            person = self._draw(culture, own_script)
            key = (person.first, person.last)
            if key not in self.used and person.latin_last not in self.banned_last:
                self.used.add(key)
                return person
        raise RuntimeError(f"name pool exhausted for {culture}")  # a programming error, not a user's

    def _draw(self, culture: str, own_script: bool) -> Person:
        rng = self.rng
        sex = rng.choice("fm")
        if culture == "de":
            first = rng.choice(_GERMAN_F if sex == "f" else _GERMAN_M)
            last = rng.choice(_GERMAN_LAST)
            return Person(first, last, first, last, sex, culture)
        if culture == "tr":
            first = rng.choice(_TURKISH_F if sex == "f" else _TURKISH_M)
            last = rng.choice(_TURKISH_LAST)
            return Person(first, last, first, last, sex, culture)
        if culture == "ar":
            if own_script:
                first, lfirst = rng.choice(_ARABIC_SCRIPT_F if sex == "f" else _ARABIC_SCRIPT_M)
                last, llast = rng.choice(_ARABIC_SCRIPT_LAST)
                return Person(first, last, lfirst, llast, sex, culture)
            first = rng.choice(_ARABIC_F if sex == "f" else _ARABIC_M)
            last = rng.choice(_ARABIC_LAST)
            return Person(first, last, first, last, sex, culture)
        if culture == "fa":
            if own_script:
                first, lfirst = rng.choice(_PERSIAN_SCRIPT_F if sex == "f" else _PERSIAN_SCRIPT_M)
                last, llast = rng.choice(_PERSIAN_SCRIPT_LAST)
                return Person(first, last, lfirst, llast, sex, culture)
            first = rng.choice(_FARSI_F if sex == "f" else _FARSI_M)
            last = rng.choice(_FARSI_LAST)
            return Person(first, last, first, last, sex, culture)
        if culture == "uk":
            first = rng.choice(_UKR_F if sex == "f" else _UKR_M)
            last = rng.choice(_UKR_LAST)
            lfirst, llast = ukrainian_latin(first), ukrainian_latin(last)
            if own_script:
                return Person(first, last, lfirst, llast, sex, culture)
            return Person(lfirst, llast, lfirst, llast, sex, culture)
        if culture == "ku":
            first = rng.choice(_KURD_F if sex == "f" else _KURD_M)
            last = rng.choice(_KURD_LAST)
            return Person(first, last, first, last, sex, culture)
        raise ValueError(culture)


# ---------------------------------------------------------------------------------------
# Roles and vocabulary of the office
# ---------------------------------------------------------------------------------------

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
_PARTNER_CULTURES = ("de", "de", "de", "tr", "de", "de", "ar", "de", "ku", "de", "fa", "de", "de", "uk")
_MIGRANT_ORG_CULTURE = {"dtkv_loehne": "tr", "sdf_herford": "ar", "kalyna": "uk", "mala": "ku", "afghan_vlotho": "fa"}

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

ENGAGEMENT_AREAS = (
    "Sprachpatenschaft", "Begleitung zu Behörden", "Hausaufgabenhilfe", "Sport", "Übersetzung/Dolmetschen",
    "Fahrdienste", "Kleiderkammer", "Begegnungscafé", "Wohnungssuche", "Kinderbetreuung",
)
AVAILABILITY = ("Mo/Mi vormittags", "Di/Do nachmittags", "abends ab 18 Uhr", "am Wochenende", "flexibel nach Absprache", None)
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


# ---------------------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------------------


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def _weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _expand(mix: dict[str, int]) -> list[str]:
    return [key for key, n in mix.items() for _ in range(n)]


class _Builder:
    """Builds all objects in memory, in a fixed order, from one seeded rng."""

    def __init__(self, session: Session, today: dt.date) -> None:
        self.session = session
        self.today = today
        self.rng = random.Random(SEED)
        self.names = NamePicker(self.rng)
        self.orgs: dict[str, Organisation] = {}
        self.contacts: list[Contact] = []
        self.ki_staff: list[Contact] = []
        self.partner_staff: list[tuple[str, Contact]] = []
        self.volunteers: list[Volunteer] = []
        self.guests: list[Contact] = []
        self.speakers: list[Contact] = []
        self.events: list[Event] = []
        self.participations: list[Participation] = []
        self.hours: list[VolunteerHours] = []

    # -- small helpers -----------------------------------------------------------------

    def _private_phone(self, town: str) -> str:
        return f"{AREA_CODES[town]} {self.rng.randint(10000, 99999)}"

    def _mobile(self) -> str:
        prefix = self.rng.choice(("0151", "0152", "0160", "0170", "0171", "0176", "0157"))
        return f"{prefix} {self.rng.randint(1000000, 9999999)}"

    def _private_mail(self, person: Person) -> str:
        domain = self.rng.choice(("example.org", "example.net", "example.com"))
        local = f"{ascii_mail_part(person.latin_first)}.{ascii_mail_part(person.latin_last)}"
        return f"{local}@{domain}"

    def _extension(self, main_number: str) -> str:
        """A direct line beside an organisation's main number: '05221/13-1400' -> '05221/13-1437'."""
        if "-" not in main_number:
            return main_number
        head, tail = main_number.rsplit("-", 1)
        if tail == "0" or len(tail) < 3:
            return f"{head}-{self.rng.randint(11, 89)}"
        return f"{head}-{tail[:-2]}{self.rng.randint(10, 99)}"

    def _consent_date(self, index: int, since: dt.date) -> dt.date:
        """Offices renew consents: most were given or renewed within the last two years, one in
        twelve is older (so the due list has a few consent reminders, not a wall of them).
        Derived from the index, not the random stream, so the rest of the demo stays as it is."""
        if index % 12 == 5:
            return since
        return max(since, self.today - dt.timedelta(days=20 + (index * 53) % 680))

    def _address(self, town: str) -> tuple[str, str, str]:
        street, postcode = self.rng.choice(STREETS[town])
        return f"{street} {self.rng.randint(1, 120)}", postcode, town

    def _salutation(self, person: Person) -> str:
        roll = self.rng.random()
        if roll < 0.03:
            return "diverse"
        if roll < 0.06:
            return "none"
        return person.salutation

    # -- organisations and network -------------------------------------------------------

    def organisations(self) -> None:
        for spec in ORGANISATIONS:
            org = Organisation(
                name=spec.name, short_name=spec.short_name, kind=spec.kind, street=spec.street,
                postcode=spec.postcode, city=spec.city, phone=spec.phone, fax=spec.fax, email=spec.email,
                website=spec.website, notes=spec.notes,
            )
            if spec.parent:
                org.parent = self.orgs[spec.parent]
            self.orgs[spec.key] = org
            self.session.add(org)
            self.session.flush()  # ids in the order of ORGANISATIONS (parents first), easy to read

    def network(self) -> Network:
        network = Network(
            name=NETWORK_NAME, short_name="widunetz", founded_on=WIDUNETZ_FOUNDED, coordinator=self.orgs["ki"],
            description=(
                "2005 von AWO, Caritas und Diakonischem Werk als Projekt Migrationsvernetzung gestartet "
                "(Koordination: Kreis Herford). Am 27.02.2008 unterschrieben Wohlfahrtsverbände, Landrätin und "
                "alle Bürgermeister die Vereinbarung. Ziele: Transparenz, Vernetzung und Zusammenhalt."
            ),
        )
        for key, role, joined, left in WIDUNETZ_MEMBERS:
            network.memberships.append(
                NetworkMembership(organisation=self.orgs[key], role=role, joined_on=joined, left_on=left)
            )
        self.session.add(network)
        return network

    # -- people ------------------------------------------------------------------------

    def _contact(self, person: Person, **fields: object) -> Contact:
        contact = Contact(first_name=person.first, last_name=person.last, **fields)
        self.contacts.append(contact)
        self.session.add(contact)
        return contact

    def own_staff(self) -> None:
        ki = self.orgs["ki"]
        for index, ((function, department, room), culture) in enumerate(zip(KI_STAFF, KI_STAFF_CULTURES, strict=True)):
            person = self.names.pick(culture)
            extension = 1180 + index * 3 + (5 if index == 0 else 0)  # fictional extensions near the real pattern
            contact = self._contact(
                person,
                salutation=person.salutation,
                title="Dr." if function == "Leitung" else None,
                function=function,
                department=department,
                phone=f"05221/13-{extension}",
                fax=f"05221/13-17{extension}",
                email=f"{ascii_mail_part(person.latin_first)[0]}.{ascii_mail_part(person.latin_last)}@kreis-herford.example",
                room=room,
                street=KREISHAUS[1], postcode=KREISHAUS[2], city=KREISHAUS[3],
                languages=", ".join(dict.fromkeys(["Deutsch", NATIVE_LANGUAGE[culture], "Englisch"])),
                is_staff=True,
            )
            contact.affiliations.append(
                Affiliation(organisation=ki, role=function, department=department, is_primary=True,
                            valid_from=dt.date(2014, 1, 1) + dt.timedelta(days=self.rng.randint(0, 3000)))
            )
            self.ki_staff.append(contact)

    def partners(self) -> None:
        serial = 0
        for key, count, roles in PARTNER_STAFF:
            spec = next(s for s in ORGANISATIONS if s.key == key)
            org = self.orgs[key]
            for n in range(count):
                culture = _MIGRANT_ORG_CULTURE.get(key) or _PARTNER_CULTURES[serial % len(_PARTNER_CULTURES)]
                serial += 1
                person = self.names.pick(culture)
                function, department = roles[n % len(roles)]
                base_phone = spec.phone or self._private_phone(spec.city if spec.city in AREA_CODES else "Herford")
                phone = self._extension(base_phone)
                domain = spec.mail_domain or "example.org"
                contact = self._contact(
                    person,
                    salutation=self._salutation(person),
                    title="Dr." if self.rng.random() < 0.07 else None,
                    function=function,
                    department=department,
                    phone=phone,
                    fax=spec.fax,
                    mobile=self._mobile() if self.rng.random() < 0.3 else None,
                    email=f"{ascii_mail_part(person.latin_first)}.{ascii_mail_part(person.latin_last)}@{domain}",
                    room=f"{self.rng.randint(0, 3)}.{self.rng.randint(1, 40):02d}" if self.rng.random() < 0.5 else None,
                    street=spec.street, postcode=spec.postcode, city=spec.city,
                    languages=None if culture == "de" else f"Deutsch, {NATIVE_LANGUAGE[culture]}",
                )
                contact.affiliations.append(
                    Affiliation(organisation=org, role=function, department=department, is_primary=True,
                                valid_from=dt.date(2008, 1, 1) + dt.timedelta(days=self.rng.randint(0, 5000)))
                )
                self.partner_staff.append((key, contact))
        # A few people have a second, honorary role in a club or migrant organisation.
        second = ("ksb", "begegnung_spenge", "dtkv_loehne", "sv_hiddenhausen", "kalyna")
        for index, (key, contact) in enumerate(self.partner_staff[3:48:9]):
            other = second[index % len(second)]
            if other != key:
                contact.affiliations.append(
                    Affiliation(organisation=self.orgs[other], role="Ehrenamtlich im Vorstand", is_primary=False)
                )
        vz = self.orgs["vz"]
        for person in SPEAKERS:
            contact = self._contact(
                person, salutation="mrs", function="Referentin", department="Projekt Verbraucherschutz für Geflüchtete",
                phone=f"0211/3809-{self.rng.randint(100, 999)}",
                email=f"{ascii_mail_part(person.latin_first)}.{ascii_mail_part(person.latin_last)}@verbraucherzentrale-nrw.example",
                street=vz.street, postcode=vz.postcode, city=vz.city,
                languages="Deutsch, Farsi, Englisch" if person.culture == "fa" else "Deutsch, Englisch",
            )
            contact.affiliations.append(
                Affiliation(organisation=vz, role="Referentin", department="Projekt Verbraucherschutz für Geflüchtete",
                            is_primary=True)
            )
            self.speakers.append(contact)

    def volunteers_(self) -> None:
        rng = self.rng
        cultures = _expand(VOLUNTEER_CULTURES)
        towns = _expand(VOLUNTEER_TOWN_WEIGHTS)
        statuses = _expand(VOLUNTEER_STATUS_MIX)
        rng.shuffle(cultures)
        rng.shuffle(towns)
        rng.shuffle(statuses)
        # The office's classic request: "active Arabic speakers in Löhne" must find someone.
        arabic = [i for i, c in enumerate(cultures) if c == "ar"]
        for i in arabic[:4]:
            towns[i] = "Löhne"
            statuses[i] = "active"
        own_script_count = {"ar": 0, "fa": 0, "uk": 0}
        own_script_limit = {"ar": 8, "fa": 5, "uk": 5}
        # Police certificates: several due within eight weeks, a few overdue, the rest later.
        due_offsets = [3, 10, 17, 24, 31, 38, 45, 52, -5, -40] + [rng.randint(70, 1800) for _ in range(70)]
        due_offsets += [None] * (100 - len(due_offsets))
        for index in range(100):
            culture = cultures[index]
            own = culture in own_script_count and own_script_count[culture] < own_script_limit[culture]
            if own:
                own_script_count[culture] += 1
            person = self.names.pick(culture, own_script=own)
            town = towns[index]
            status = statuses[index]
            has_address = index not in (17, 58)  # two without postal address: print products must say so
            street, postcode, city = self._address(town) if has_address else (None, None, None)
            languages = self._languages(culture)
            contact = self._contact(
                person,
                salutation=self._salutation(person),
                phone=self._private_phone(town) if rng.random() < 0.6 else None,
                mobile=self._mobile() if rng.random() < 0.8 else None,
                email=self._private_mail(person) if rng.random() < 0.85 else None,
                street=street, postcode=postcode, city=city,
                languages=", ".join(lang for lang, _ in languages),
                notes="Ehrenamtlich in der Flüchtlingshilfe (Demo).",
            )
            since = self.today - dt.timedelta(days=rng.randint(90, 3400))
            offset = due_offsets[(index * 37) % 100]  # spread the due dates over the list
            inspected = None
            if offset is not None:
                inspected = _years_before(self.today + dt.timedelta(days=offset), POLICE_CERTIFICATE_VALID_YEARS)
            volunteer = Volunteer(
                status=status,
                active_since=since,
                municipality=town,
                availability=rng.choice(AVAILABILITY),
                agreement_signed_on=since + dt.timedelta(days=rng.randint(0, 30)) if rng.random() < 0.85 else None,
                consent_given_on=self._consent_date(index, since),
                consent_photos=rng.random() < 0.6,
                consent_newsletter=rng.random() < 0.7,
                consent_share_with_partners=rng.random() < 0.4,
                police_certificate_inspected_on=inspected,
                police_certificate_due_on=police_certificate_due(inspected) if inspected else None,
                notes={"paused": "Pausiert (Elternzeit/Umzug).", "inactive": "Derzeit nicht aktiv."}.get(status),
            )
            for area in rng.sample(ENGAGEMENT_AREAS, rng.randint(1, 3)):
                volunteer.engagements.append(VolunteerEngagement(area=area))
            if culture != "de" and rng.random() < 0.7:
                if not any(e.area == "Übersetzung/Dolmetschen" for e in volunteer.engagements):
                    volunteer.engagements.append(VolunteerEngagement(area="Übersetzung/Dolmetschen"))
            for language, level in languages:
                volunteer.languages.append(VolunteerLanguage(language=language, level=level))
            contact.volunteer = volunteer
            if culture in ("tr", "ar", "uk", "ku", "fa") and rng.random() < 0.15:
                org_key = {"tr": "dtkv_loehne", "ar": "sdf_herford", "uk": "kalyna", "ku": "mala", "fa": "afghan_vlotho"}[culture]
                contact.affiliations.append(Affiliation(organisation=self.orgs[org_key], role="Mitglied", is_primary=True))
            self.volunteers.append(volunteer)

    def _languages(self, culture: str) -> list[tuple[str, str]]:
        rng = self.rng
        if culture == "de":
            result = [("Deutsch", "native")]
        else:
            result = [(NATIVE_LANGUAGE[culture], "native"), ("Deutsch", rng.choice(LEVELS_GERMAN_NONNATIVE))]
            if culture == "uk":
                result.append(("Russisch", rng.choice(("B2", "C1", "C2"))))
            if culture == "ku":
                result.append(("Türkisch" if rng.random() < 0.6 else "Arabisch", rng.choice(("B1", "B2", "C1"))))
            if culture == "fa" and rng.random() < 0.5:
                result.append(("Dari", rng.choice(("C1", "C2"))))
        if culture == "de" and rng.random() < 0.08:
            result.append(("Arabisch", rng.choice(("A2", "B1"))))
        for extra in rng.sample(EXTRA_LANGUAGES, rng.randint(0, 2 if culture == "de" else 1)):
            if all(extra != lang for lang, _ in result):
                result.append((extra, rng.choice(LEVELS_FOREIGN)))
        return result

    def guests_(self, count: int) -> None:
        rng = self.rng
        cultures = ("de", "de", "tr", "ar", "de", "uk", "fa", "ku", "de", "tr")
        for index in range(count):
            culture = cultures[index % len(cultures)]
            person = self.names.pick(culture, own_script=culture in ("ar", "uk") and index % 3 == 0)
            town = MUNICIPALITIES[index % len(MUNICIPALITIES)]
            has_address = index % 7 != 3  # a few without postal address
            street, postcode, city = self._address(town) if has_address else (None, None, None)
            contact = self._contact(
                person,
                salutation="none" if index % 11 == 5 else self._salutation(person),
                email=self._private_mail(person) if rng.random() < 0.7 else None,
                phone=self._private_phone(town) if rng.random() < 0.4 else None,
                street=street, postcode=postcode, city=city,
                notes="Interessiert an der Basisqualifikation." if index % 4 == 0 else None,
            )
            if index == 6:
                contact.function = "Projektleitung"
                contact.notes = "Kontakt über Kaya & Becker <Sprachdienste> GmbH; Rechnungen an \"A & B <GmbH>\" prüfen."
                contact.affiliations.append(
                    Affiliation(organisation=self.orgs["kaya_becker"], role="Projektleitung", is_primary=True)
                )
            self.guests.append(contact)

    # -- events ------------------------------------------------------------------------

    def _event(self, **fields: object) -> Event:
        event = Event(**fields)
        self.events.append(event)
        self.session.add(event)
        return event

    def _participate(self, event: Event, contact: Contact, final: str, *, role: str = "guest") -> Participation:
        """A participation walked through its status history up to ``final``."""
        p = Participation(contact=contact, role=role)
        start = event.starts_at
        invited = _at((start - dt.timedelta(days=28 + self.rng.randint(0, 7))).date(), 9, 30)
        set_participation_status(p, "invited", when=invited)
        if final in ("registered", "attended", "no_show", "cancelled"):
            registered = invited + dt.timedelta(days=self.rng.randint(1, 14), hours=self.rng.randint(0, 8))
            set_participation_status(p, "registered", when=registered)
        if final == "attended":
            set_participation_status(p, "attended", when=start)
        elif final == "no_show":
            set_participation_status(p, "no_show", when=event.ends_at or start)
        elif final == "declined":
            set_participation_status(p, "declined", when=invited + dt.timedelta(days=self.rng.randint(2, 20)))
        elif final == "cancelled":
            set_participation_status(p, "cancelled", when=start - dt.timedelta(days=2))
        event.participations.append(p)
        self.participations.append(p)
        return p

    def qualification_series(self) -> None:
        rng = self.rng
        series = EventSeries(
            title=SERIES_TITLE, module_count=12, certificate_min_modules=8,
            description="Zwölf Module für Ehrenamtliche in der Flüchtlingshilfe im Kreis Herford; "
            "ein Zertifikat erhält, wer mindestens acht Module besucht hat.",
        )
        self.session.add(series)
        # Modules every two weeks on Tuesdays: ten behind us, two ahead.
        anchor = _weekday_on_or_after(self.today + dt.timedelta(days=1), 1)  # next Tuesday after today
        modules = []
        for number, (title, room) in enumerate(MODULES, start=1):
            day = anchor + dt.timedelta(days=(number - 11) * 14)
            past = day < self.today
            event = self._event(
                series=series, module_number=number, title=title,
                subtitle=f"Modul {number} der {SERIES_TITLE}",
                kind="qualification_module", status="done" if past else "confirmed",
                starts_at=_at(day, 17), ends_at=_at(day, 19),
                venue_name=KREISHAUS[0], venue_street=KREISHAUS[1], venue_postcode=KREISHAUS[2], venue_city=KREISHAUS[3],
                room=room, capacity=30, registration_deadline=day - dt.timedelta(days=7),
                description=FIT_FUER_DEN_KONSUMALLTAG if number == 12 else None,
            )
            event.hosts.append(EventHost(organisation=self.orgs["ki"], role="organiser", position=0))
            if number <= 6:
                event.hosts.append(EventHost(organisation=self.orgs["ministerium"], role="funder", position=9))
            if number == 12:
                for position, key in enumerate(("kreis_gleichstellung", "drk", "vz"), start=1):
                    event.hosts.append(EventHost(organisation=self.orgs[key], role="co_host", position=position))
                for speaker in self.speakers:
                    self._participate(event, speaker, "registered", role="speaker")
            elif number in (2, 3, 8, 10):
                host = {2: "caritas", 3: "awo", 8: "jobcenter", 10: "diakonie"}[number]
                event.hosts.append(EventHost(organisation=self.orgs[host], role="co_host", position=1))
            modules.append(event)

        # The course group: 28 active volunteers and 4 guests; a diligent core attends nearly always.
        active = [v.contact for v in self.volunteers if v.status == "active"]
        cohort = rng.sample(active, 28) + self.guests[:4]
        for index, contact in enumerate(cohort):
            diligence = 0.93 if index < 12 else 0.55
            for event in modules:
                if event.status == "done":
                    roll = rng.random()
                    if roll < diligence:
                        final = "attended"
                    elif roll < diligence + (1 - diligence) / 2:
                        final = "declined"
                    else:
                        final = "no_show"
                else:
                    final = rng.choice(("invited", "registered", "registered", "declined"))
                self._participate(event, contact, final)
        # One KI staff member helps at every module.
        for event in modules:
            self._participate(event, self.ki_staff[4], "attended" if event.status == "done" else "registered", role="helper")

    def thank_you(self) -> None:
        day = _weekday_on_or_after(self.today - dt.timedelta(days=140), 5)  # a Saturday in the past
        jgh = self.orgs["jgh"]
        event = self._event(
            title=THANK_YOU_TITLE, subtitle="Ein Nachmittag für ehrenamtliche Flüchtlingshelferinnen und -helfer",
            kind="thank_you", status="done", starts_at=_at(day, 15), ends_at=_at(day, 19),
            venue_name=jgh.name, venue_street=jgh.street, venue_postcode=jgh.postcode, venue_city=jgh.city,
            room="Saal und Garten", capacity=120,
            description="Das Kommunale Integrationszentrum dankt allen Ehrenamtlichen für ihr Engagement: "
            "ein geselliger Nachmittag zum Austauschen und Kennenlernen.",
            registration_deadline=day - dt.timedelta(days=14),
        )
        event.hosts.append(EventHost(organisation=self.orgs["ki"], role="organiser", position=0))
        people = [v.contact for v in self.volunteers]
        self.rng.shuffle(people)
        for index, contact in enumerate(people):
            final = "attended" if index < 80 else ("declined" if index < 92 else "invited")
            self._participate(event, contact, final)
        for contact in self.ki_staff[:3]:
            self._participate(event, contact, "attended", role="helper")

    def network_meetings(self) -> None:
        partners = [c for key, c in self.partner_staff if key in {m[0] for m in WIDUNETZ_MEMBERS if m[3] is None}]
        for offset, season, status in ((-190, "Frühjahr", "done"), (20, "Herbst", "planned")):
            day = _weekday_on_or_after(self.today + dt.timedelta(days=offset), 2)  # Wednesday
            event = self._event(
                title=f"widunetz-Netzwerktreffen {season}", kind="network_meeting", status=status,
                starts_at=_at(day, 9, 30), ends_at=_at(day, 12, 30),
                venue_name=KREISHAUS[0], venue_street=KREISHAUS[1], venue_postcode=KREISHAUS[2], venue_city=KREISHAUS[3],
                room="Sitzungssaal", capacity=40,
                description="Austausch der widunetz-Partner: Neuigkeiten, Projekte, Fördermöglichkeiten.",
            )
            event.hosts.append(EventHost(organisation=self.orgs["ki"], role="organiser", position=0))
            for contact in self.rng.sample(partners, 26):
                if status == "done":
                    final = self.rng.choice(("attended", "attended", "attended", "declined", "no_show"))
                else:
                    final = self.rng.choice(("invited", "registered", "registered"))
                self._participate(event, contact, final)
            for contact in self.ki_staff[:2]:
                self._participate(event, contact, "attended" if status == "done" else "registered", role="helper")
        # An information evening, open to everyone.
        day = _weekday_on_or_after(self.today + dt.timedelta(days=49), 3)
        event = self._event(
            title="Infoabend: Ehrenamt in der Flüchtlingshilfe", kind="information", status="planned",
            starts_at=_at(day, 18), ends_at=_at(day, 20), venue_name="Rathaus Löhne",
            venue_street="Oeynhausener Straße 41", venue_postcode="32584", venue_city="Löhne", room="Ratssaal",
        )
        event.hosts.append(EventHost(organisation=self.orgs["ki"], role="organiser", position=0))
        event.hosts.append(EventHost(organisation=self.orgs["stadt_loehne"], role="co_host", position=1))
        for contact in self.guests[4:20]:
            self._participate(event, contact, self.rng.choice(("invited", "registered")))

    def volunteer_hours(self) -> None:
        rng = self.rng
        places = ("awo", "caritas", "drk", "diakonie", "stadt_herford", "stadt_loehne", "stadt_buende", "begegnung_spenge", "ki")
        for volunteer in self.volunteers:
            if volunteer.status == "inactive":
                continue
            entries = rng.randint(1, 8) if volunteer.status == "active" else rng.randint(0, 2)
            areas = [e.area for e in volunteer.engagements]
            for _ in range(entries):
                worked_on = self.today - dt.timedelta(days=rng.randint(1, 730))
                hours = Decimal(rng.randint(2, 12)) / 2
                key = rng.choice(places)
                entry = VolunteerHours(
                    worked_on=worked_on, hours=hours, activity=rng.choice(areas),
                    organisation=self.orgs[key] if rng.random() < 0.8 else None,
                )
                volunteer.hours.append(entry)
                self.hours.append(entry)

    def build(self) -> dict[str, int]:
        self.organisations()
        self.network()
        self.own_staff()
        self.partners()
        self.volunteers_()
        guests_needed = 200 - len(self.contacts)
        self.guests_(guests_needed)
        self.qualification_series()
        self.thank_you()
        self.network_meetings()
        self.volunteer_hours()
        self.session.flush()
        settings.put(self.session, settings.OWN_ORGANISATION_ID, self.orgs["ki"].id)
        settings.put(self.session, settings.LETTER_SENDER_CONTACT_ID, self.ki_staff[0].id)
        return {
            "Organisationen": len(self.orgs),
            "Kontakte": len(self.contacts),
            "Ehrenamtliche": len(self.volunteers),
            "Netzwerke": 1,
            "Veranstaltungen": len(self.events),
            "Teilnahmen": len(self.participations),
            "Ehrenamtsstunden-Einträge": len(self.hours),
        }


def _years_before(day: dt.date, years: int) -> dt.date:
    return add_years(day, -years)


def fill_demo_data(db: Database, today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty database with the demo set, in one transaction; return counts by German label.

    ``today`` anchors every relative date (due certificates, upcoming modules); the same
    ``today`` always gives the same data. A database that already holds contacts is refused.
    """
    today = today or dt.date.today()
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(Contact)):
            raise DemoDataPresent(
                f"Die Datenbank {db.location} enthält schon Kontakte; Demo-Daten kommen nur in eine leere "
                "Datenbank. Bitte eine neue Datei angeben, z. B. kidesk --db demo.sqlite demo."
            )
        return _Builder(session, today).build()


def ensure_demo_database(path: Path, today: dt.date | None = None) -> Database:
    """Open (or create) the demo database at ``path``; fill it on first use only.

    Only ``path`` is touched — never the user's own database.
    """
    db = open_database(path, create=True)
    with db.session() as session:
        empty = not session.scalar(select(func.count()).select_from(Contact))
    if empty:
        try:
            fill_demo_data(db, today)
        except BaseException:
            db.dispose()
            raise
    return db
