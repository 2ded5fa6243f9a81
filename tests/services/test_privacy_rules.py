"""Consent per purpose and retention rules on a small hand-made database whose answers are written here."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kidesk.db.models import Affiliation, AuditEntry, Consent, Contact, Organisation, Volunteer, VolunteerHours
from kidesk.domain import consent as rule
from kidesk.errors import ValidationError
from kidesk.services import contact_export, privacy
from kidesk.services.privacy import retention

TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


# -- the rule on plain values ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("records", "allowed", "reason_part"),
    [
        ((), False, "keine Einwilligung"),
        ((rule.ConsentRecord("partners", dt.date(2026, 1, 10)),), True, ""),
        ((rule.ConsentRecord("partners", dt.date(2024, 11, 30)),), False, "abgelaufen am 30.11.2026"),
        (
            (rule.ConsentRecord("partners", dt.date(2026, 1, 10), withdrawn_on=dt.date(2026, 5, 1)),),
            False,
            "widerrufen am 01.05.2026",
        ),
        (  # a renewed consent counts, the old one is history
            (rule.ConsentRecord("partners", dt.date(2023, 1, 1)), rule.ConsentRecord("partners", dt.date(2026, 2, 1))),
            True,
            "",
        ),
        ((rule.ConsentRecord("photos", dt.date(2026, 1, 10)),), False, "keine Einwilligung"),  # another purpose
    ],
)
def test_decide(records, allowed, reason_part):
    decision = rule.decide(records, "partners", dt.date(2026, 12, 3), 24)
    assert decision.allowed is allowed and reason_part in decision.reason


def test_people_never_asked_are_only_left_out_where_everyone_needs_consent():
    kwargs = {"today": dt.date(2026, 12, 3)}
    assert rule.decide_for_list((), "partners", consent_required=False, **kwargs).allowed
    assert not rule.decide_for_list((), "partners", consent_required=True, **kwargs).allowed
    withdrawn = (rule.ConsentRecord("partners", dt.date(2026, 1, 1), withdrawn_on=dt.date(2026, 2, 1)),)
    assert not rule.decide_for_list(withdrawn, "partners", consent_required=False, **kwargs).allowed


# -- a small office --------------------------------------------------------------------------------
def small_office(db) -> dict[str, int]:
    with db.session() as s:
        org = Organisation(name="AWO Herford")
        s.add(org)
        staff = Contact(first_name="Ayşe", last_name="Yılmaz", affiliations=[Affiliation(organisation=org)])
        withdrew = Contact(first_name="Jürgen", last_name="Müller", affiliations=[Affiliation(organisation=org)])
        fresh = Contact(first_name="محمد", last_name="حداد", volunteer=Volunteer(status="active"))
        expired = Contact(first_name="Олена", last_name="Коваленко", volunteer=Volunteer(status="active"))
        lonely = Contact(first_name="Nasrin\u200cdokht", last_name="Samimi")
        idle = Contact(
            first_name="Hüseyin",
            last_name="Öztürk",
            volunteer=Volunteer(
                status="inactive",
                activity_ended_on=days(4 * 365),
                police_certificate_inspected_on=days(6 * 365),
                police_certificate_issued_on=days(6 * 365 + 20),
            ),
        )
        recent = Contact(
            first_name="Klaus",
            last_name="Berg",
            volunteer=Volunteer(
                status="inactive", activity_ended_on=days(30), police_certificate_inspected_on=days(400)
            ),
        )
        never = Contact(
            first_name="Fatma",
            last_name="Kaya",
            volunteer=Volunteer(status="inactive", police_certificate_inspected_on=days(10)),
        )
        s.add_all([staff, withdrew, fresh, expired, lonely, idle, recent, never])
        s.flush()
        s.add_all(
            [
                Consent(contact_id=withdrew.id, purpose="partners", given_on=days(100), withdrawn_on=days(5)),
                Consent(contact_id=fresh.id, purpose="partners", given_on=days(10), method="oral"),
                Consent(contact_id=expired.id, purpose="partners", given_on=days(800), method="email"),
                Consent(contact_id=expired.id, purpose="photos", given_on=days(6 * 365)),
                VolunteerHours(volunteer_id=idle.volunteer.id, worked_on=days(4 * 365), hours=Decimal(2)),
                VolunteerHours(volunteer_id=recent.volunteer.id, worked_on=days(30), hours=Decimal(3)),
            ]
        )
        s.flush()
        s.execute(Contact.__table__.update().where(Contact.id == lonely.id).values(updated_at=dt.datetime(2019, 1, 1)))
        return {
            "staff": staff.id,
            "withdrew": withdrew.id,
            "fresh": fresh.id,
            "expired": expired.id,
            "lonely": lonely.id,
            "idle": idle.id,
            "idle_volunteer": idle.volunteer.id,
            "recent": recent.id,
            "never": never.id,
            "never_volunteer": never.volunteer.id,
        }


def test_partner_list_leaves_out_withdrawn_expired_and_unasked_volunteers_with_reasons(db):
    ids = small_office(db)
    result = privacy.list_filter(
        db, list(ids[k] for k in ("staff", "withdrew", "fresh", "expired", "lonely")), "partners"
    )
    assert result.kept == [ids["staff"], ids["fresh"], ids["lonely"]]
    reasons = {p.contact_id: p.reason for p in result.left_out}
    assert reasons[ids["withdrew"]].startswith("Einwilligung widerrufen am")
    assert reasons[ids["expired"]].startswith("Einwilligung abgelaufen am")


def test_partner_export_drops_expired_and_withdrawn_at_once(db, tmp_path):
    ids = small_office(db)
    result = contact_export.export(db, "contacts", tmp_path / "k.csv")
    text = (tmp_path / "k.csv").read_text(encoding="utf-8-sig")
    assert "Müller" not in text and "Коваленко" not in text and "Yılmaz" in text and "حداد" in text
    # idle, recent, never: volunteers never asked; withdrew, expired: their answer
    assert result.excluded_without_consent == 5
    privacy.give_consent(db, ids["expired"], "partners", TODAY, "written")
    contact_export.export(db, "contacts", tmp_path / "k2.csv")
    assert "Коваленко" in (tmp_path / "k2.csv").read_text(encoding="utf-8-sig")


def test_withdrawing_and_history(db):
    ids = small_office(db)
    first = privacy.give_consent(db, ids["staff"], "newsletter", days(40), "email")
    privacy.withdraw_consent(db, first, days(3))
    privacy.give_consent(db, ids["staff"], "newsletter", days(1), "oral")
    shown = privacy.contact_consents(db, ids["staff"])
    assert [(h.method_label, h.withdrawn_on) for h in shown.history] == [("E-Mail", days(3)), ("mündlich", None)]
    assert next(s for s in shown.status if s.purpose == "newsletter").allowed
    with pytest.raises(ValidationError):
        privacy.give_consent(db, ids["staff"], "newsletter", TODAY + dt.timedelta(days=1), "oral")
    with pytest.raises(ValidationError):
        privacy.give_consent(db, ids["staff"], "nonsense", TODAY, "oral")


def test_validity_is_configurable(db):
    ids = small_office(db)
    privacy.set_validity_months(db, 36)
    assert privacy.list_filter(db, [ids["expired"]], "partners").kept == [ids["expired"]]


def test_review_finds_exactly_what_is_due(db):
    ids = small_office(db)
    found = {(i.rule, i.target_id) for i in retention.review(db)}
    assert found == {
        ("police_certificate", ids["idle_volunteer"]),  # activity ended four years ago
        ("police_certificate", ids["never_volunteer"]),  # never taken up: at once
        ("inactive_volunteer", ids["idle"]),  # ended more than 36 months ago
        ("unlinked_contact", ids["lonely"]),  # no link, untouched since 2019
        ("expired_consent", next(iter(_consent_ids(db, ids["expired"], "photos")))),  # ended four years ago, kept three
    }
    # nothing changed by looking
    assert {(i.rule, i.target_id) for i in retention.review(db)} == found


def _consent_ids(db, contact_id, purpose):
    from sqlalchemy import select

    with db.session() as s:
        return set(s.scalars(select(Consent.id).where(Consent.contact_id == contact_id, Consent.purpose == purpose)))


def test_applying_the_review_erases_and_registers_under_the_rule(db):
    ids = small_office(db)
    items = retention.review(db)
    assert retention.apply(db, items, reference="Prüfung 2026") == len(items)
    assert retention.review(db) == []
    register = privacy.register(db)
    assert sorted(e.rule for e in register) == sorted(i.rule for i in items)
    with db.session() as s:
        assert s.get(Contact, ids["lonely"]) is None and s.get(Contact, ids["idle"]) is None
        never = s.get(Volunteer, ids["never_volunteer"])
        assert never.police_certificate_inspected_on is None
        assert s.get(Contact, ids["never"]) is not None


def test_audit_of_deleted_records_is_purged_after_its_period(db):
    from kidesk.services import contacts

    created = contacts.create_contact(db, contacts.ContactData(last_name="Weiß"))
    contacts.delete_contact(db, created.id)
    with db.session() as s:
        s.execute(AuditEntry.__table__.update().values(at=dt.datetime(2020, 1, 1)))
    items = [i for i in retention.review(db) if i.rule == "audit_of_deleted"]
    assert [(i.target_table, i.target_id) for i in items] == [("contacts", created.id)]
    retention.apply(db, items)
    assert privacy.record_history(db, "contact", created.id) == []


@pytest.mark.parametrize(
    ("issued", "inspected", "warns"),
    [
        (dt.date(2026, 1, 10), dt.date(2026, 4, 10), False),  # exactly three months
        (dt.date(2026, 1, 10), dt.date(2026, 4, 11), True),
        (dt.date(2026, 5, 1), dt.date(2026, 4, 1), True),  # issued after the inspection
        (None, dt.date(2026, 4, 1), False),
    ],
)
def test_police_certificate_age_warning(issued, inspected, warns):
    assert (retention.certificate_age_warning(issued, inspected) is not None) is warns
