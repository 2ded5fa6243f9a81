"""A small hand-made office year (2025) for the report tests; the right answers are in the tests.

Who attended what (guests unless said otherwise; E7 lies in 2024, E6 was cancelled)::

    E1 Modul 1 10.02.  Ayşe ✓, Narges ✓, <b>Müller & Söhne</b> no-show, Hemin registered only   co-host Caritas
    E2 Modul 2 10.03.  Ayşe ✓, Olena ✓, Narges ✓
    E3 Modul 3 10.04.  Olena ✓, =SUM(A1) ✓, Hemin declined
    E4 Dankeschön 05.12.  Ayşe ✓, Hemin ✓, speaker Rita ✓ (a speaker is no participant)   AWO co-host, Land NRW funder
    E5 Netzwerktreffen 01.06.  Paul (AWO staff) ✓
    E6 cancelled 01.07.  Ayşe ✓ (not counted)    co-host Diakonie (not counted)
    E7 2024-12-15      Narges ✓ (other year)

Towns: Ayşe Herford, "=SUM(A1)" "herford " (same town), Narges Bünde, Olena Löhne, Hemin
Wuppertal (outside the Kreis), Paul none. Volunteers: Ayşe (since 2024, areas Sprachpatenschaft
and Begegnungscafé, Türkisch + Deutsch), Olena (since 01.05.2025, Übersetzung/Dolmetschen,
Ukrainisch + Deutsch), Tom (since 2020, Sprachpatenschaft, no language, quiet in 2025).
Series: three modules, certificate after two.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kidesk.db import settings
from kidesk.db.database import Database
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

LONG_NAME = "Abdurrahmanoğlu-Schwarzenberg-Wittgenstein-Hohenlohe-Langenburg-Ingelf"  # 70 characters


@dataclass
class ReportSample:
    contacts: dict[str, int]
    events: dict[str, int]
    volunteers: dict[str, int]
    organisations: dict[str, int]


def build_report_sample(db: Database) -> ReportSample:
    assert len(LONG_NAME) == 70
    with db.session() as s:
        own = Organisation(name="Kommunales Integrationszentrum Kreis Herford", kind="municipality", city="Herford",
                           street="Amtshausstraße 3", postcode="32051")  # fmt: skip
        awo = Organisation(name="AWO Kreisverband Herford", kind="welfare")
        caritas = Organisation(name="Caritas & Partner <Herford>", kind="welfare")
        diakonie = Organisation(name="Diakonie Herford", kind="welfare")
        land = Organisation(name="Land NRW", kind="authority")
        s.add_all([own, awo, caritas, diakonie, land])
        s.flush()
        settings.put(s, settings.OWN_ORGANISATION_ID, own.id)

        def person(first: str, last: str, city: str | None = None) -> Contact:
            c = Contact(first_name=first, last_name=last, city=city)
            s.add(c)
            return c

        ayse = person("Ayşe", "Yılmaz", "Herford")
        narges = person("نرگس", "محمدی‌نژاد", "Bünde")  # Persian with ZWNJ
        olena = person("Олена", "Коваленко", "Löhne")
        hemin = person("هێمن", "کەریمی", "Wuppertal")  # Sorani
        formula = person(LONG_NAME, "=SUM(A1)", "herford ")
        markup = person("", "<b>Müller & Söhne</b>")
        paul = person("Paul", "Partner")
        rita = person("Rita", "Referentin", "Herford")
        tom = person("Tom", "Berger", "Enger")
        s.flush()
        s.add(Affiliation(contact_id=paul.id, organisation_id=awo.id))

        series = EventSeries(title="Basisqualifikation", module_count=3, certificate_min_modules=2)
        s.add(series)
        s.flush()

        def event(title: str, when: dt.datetime, kind: str, status: str = "done", **kw) -> Event:
            e = Event(title=title, starts_at=when, kind=kind, status=status, **kw)
            s.add(e)
            s.flush()
            return e

        e1 = event("Modul 1", dt.datetime(2025, 2, 10, 17), "qualification_module", series_id=series.id,
                   module_number=1, capacity=10)  # fmt: skip
        e2 = event(
            "Modul 2", dt.datetime(2025, 3, 10, 17), "qualification_module", series_id=series.id, module_number=2
        )
        e3 = event(
            "Modul 3", dt.datetime(2025, 4, 10, 17), "qualification_module", series_id=series.id, module_number=3
        )
        e4 = event("Dankeschön", dt.datetime(2025, 12, 5, 18), "thank_you")
        e5 = event("widunetz-Treffen", dt.datetime(2025, 6, 1, 10), "network_meeting")
        e6 = event("Abgesagt", dt.datetime(2025, 7, 1, 10), "information", status="cancelled")
        e7 = event("Vorjahr", dt.datetime(2024, 12, 15, 10), "information")

        def attend(e: Event, c: Contact, status: str = "attended", role: str = "guest") -> None:
            p = Participation(event_id=e.id, contact_id=c.id, role=role)
            s.add(p)
            set_participation_status(p, "invited", when=e.starts_at - dt.timedelta(days=20))
            if status != "invited":
                set_participation_status(p, status, when=e.starts_at)

        attend(e1, ayse)
        attend(e1, narges)
        attend(e1, markup, "no_show")
        attend(e1, hemin, "registered")
        attend(e2, ayse)
        attend(e2, olena)
        attend(e2, narges)
        attend(e3, olena)
        attend(e3, formula)
        attend(e3, hemin, "declined")
        attend(e4, ayse)
        attend(e4, hemin)
        attend(e4, rita, role="speaker")
        attend(e5, paul)
        attend(e6, ayse)
        attend(e7, narges)

        s.add_all([
            EventHost(event_id=e1.id, organisation_id=caritas.id, role="co_host"),
            EventHost(event_id=e4.id, organisation_id=own.id, role="organiser"),
            EventHost(event_id=e4.id, organisation_id=awo.id, role="co_host"),
            EventHost(event_id=e4.id, organisation_id=land.id, role="funder"),
            EventHost(event_id=e6.id, organisation_id=diakonie.id, role="co_host"),
        ])  # fmt: skip

        def volunteer(c: Contact, since: dt.date, areas: list[str], languages: list[str]) -> Volunteer:
            v = Volunteer(contact_id=c.id, status="active", active_since=since)
            s.add(v)
            s.flush()
            s.add_all(VolunteerEngagement(volunteer_id=v.id, area=a) for a in areas)
            s.add_all(VolunteerLanguage(volunteer_id=v.id, language=lang) for lang in languages)
            return v

        v_ayse = volunteer(ayse, dt.date(2024, 3, 1), ["Sprachpatenschaft", "Begegnungscafé"], ["Türkisch", "Deutsch"])
        v_olena = volunteer(olena, dt.date(2025, 5, 1), ["Übersetzung/Dolmetschen"], ["Ukrainisch", "Deutsch"])
        v_tom = volunteer(tom, dt.date(2020, 1, 1), ["Sprachpatenschaft"], [])
        s.add_all([
            VolunteerHours(volunteer_id=v_ayse.id, worked_on=dt.date(2025, 1, 15), hours=Decimal("2.5"), activity="=SUM(A1)"),
            VolunteerHours(volunteer_id=v_ayse.id, worked_on=dt.date(2025, 3, 20), hours=Decimal("3")),
            VolunteerHours(volunteer_id=v_olena.id, worked_on=dt.date(2025, 5, 2), hours=Decimal("4")),
            VolunteerHours(volunteer_id=v_tom.id, worked_on=dt.date(2024, 12, 30), hours=Decimal("2")),
        ])  # fmt: skip

        net = Network(name="widunetz")
        s.add(net)
        s.flush()
        s.add_all([
            NetworkMembership(network_id=net.id, organisation_id=awo.id, joined_on=dt.date(2010, 1, 1)),
            NetworkMembership(network_id=net.id, organisation_id=caritas.id, joined_on=dt.date(2025, 3, 1)),
            NetworkMembership(network_id=net.id, organisation_id=diakonie.id, joined_on=dt.date(2012, 1, 1),
                              left_on=dt.date(2025, 6, 30)),
        ])  # fmt: skip
        s.flush()
        return ReportSample(
            contacts={"ayse": ayse.id, "narges": narges.id, "olena": olena.id, "hemin": hemin.id,
                      "formula": formula.id, "markup": markup.id, "paul": paul.id, "tom": tom.id},
            events={"e1": e1.id, "e2": e2.id, "e3": e3.id, "e4": e4.id, "e5": e5.id, "e6": e6.id, "e7": e7.id},
            volunteers={"ayse": v_ayse.id, "olena": v_olena.id, "tom": v_tom.id},
            organisations={"own": own.id, "awo": awo.id, "caritas": caritas.id, "land": land.id},
        )  # fmt: skip
