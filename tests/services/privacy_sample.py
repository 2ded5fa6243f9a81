"""One person with every kind of link kidesk keeps, for the erasure and access tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kidesk.db.models import (
    Affiliation,
    Consent,
    Contact,
    Event,
    Network,
    NetworkMembership,
    Organisation,
    Participation,
    ParticipationStatusChange,
    Volunteer,
    VolunteerEngagement,
    VolunteerHours,
    VolunteerLanguage,
)

FIRST = "Gülşen"
LAST = "Ahmadi\u200cنژاد"  # Persian with ZWNJ
EMAIL = "guelsen.loeschen@example.org"
PHONE = "+49 5221 987654"
MOBILE = "0170 4455667"
#: what must not be found in the files after the erasure: as written, and as the search index folds it
TRACES = (FIRST, "Ahmadi", "نژاد", EMAIL, "guelsen", "987654", "4455667", "gulsen")


def add_person(db) -> dict[str, int]:
    """The person plus an organisation, a network, two events (one attended) and a bystander."""
    with db.session() as s:
        org = Organisation(name="Caritas Herford <b>&</b>", city="Herford")
        net = Network(name="widunetz")
        s.add_all([org, net])
        s.flush()
        s.add(NetworkMembership(network_id=net.id, organisation_id=org.id, role="Projektgruppe"))
        person = Contact(
            salutation="mrs",
            first_name=FIRST,
            last_name=LAST,
            email=EMAIL,
            phone=PHONE,
            mobile=MOBILE,
            city="Bünde",
            notes="=SUM(A1)",
        )
        other = Contact(first_name="Олена", last_name="Коваленко", email="olena@example.org")
        s.add_all([person, other])
        s.flush()
        s.add(Affiliation(contact_id=person.id, organisation_id=org.id, role="Sprachmittlerin", is_primary=True))
        attended = Event(title="Basisqualifizierung Modul 1", starts_at=dt.datetime(2025, 3, 4, 17))
        invited = Event(title="Sprachcafé", starts_at=dt.datetime(2025, 5, 6, 15))
        s.add_all([attended, invited])
        s.flush()
        p1 = Participation(event_id=attended.id, contact_id=person.id, status="attended")
        p2 = Participation(event_id=invited.id, contact_id=person.id, status="invited")
        p3 = Participation(event_id=attended.id, contact_id=other.id, status="attended")
        s.add_all([p1, p2, p3])
        s.flush()
        s.add(
            ParticipationStatusChange(
                participation_id=p1.id,
                from_status="registered",
                to_status="attended",
                changed_at=dt.datetime(2025, 3, 4, 17),
            )
        )
        vol = Volunteer(
            contact_id=person.id,
            status="inactive",
            active_since=dt.date(2020, 1, 1),
            consent_given_on=dt.date(2024, 2, 1),
            consent_photos=True,
            consent_share_with_partners=True,
            police_certificate_inspected_on=dt.date(2024, 2, 10),
            police_certificate_issued_on=dt.date(2024, 1, 20),
        )
        s.add(vol)
        s.flush()
        s.add_all(
            [
                VolunteerEngagement(volunteer_id=vol.id, area="Sprachpatenschaft"),
                VolunteerLanguage(volunteer_id=vol.id, language="Persisch", level="native"),
                VolunteerHours(
                    volunteer_id=vol.id, worked_on=dt.date(2024, 6, 1), hours=Decimal("2.5"), activity="Begleitung"
                ),
                Consent(contact_id=person.id, purpose="newsletter", given_on=dt.date(2025, 1, 2), method="email"),
            ]
        )
        return {"person": person.id, "other": other.id, "attended": attended.id, "invited": invited.id, "org": org.id}
