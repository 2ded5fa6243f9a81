"""mailto: links with BCC, split under the length limit, and the clipboard address list."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from kidesk.services import events as ev
from kidesk.services import mail_links
from tests.event_fixtures import build_event_world


def _parse(url: str) -> tuple[list[str], str, str]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == ""
    query = parse_qs(parts.query, keep_blank_values=True)
    bcc = [unquote(a) for a in query["bcc"][0].split(",")]
    return bcc, query.get("subject", [""])[0], query.get("body", [""])[0]


def test_all_addresses_in_bcc_with_subject_and_body():
    urls = mail_links.mailto_urls(
        ["a@x.de", " b@y.de ", "A@X.de", None, "", "kein-at"], "Einladung & mehr", "Zeile 1\nZeile 2 ä"
    )
    (url,) = urls
    bcc, subject, body = _parse(url)
    assert bcc == ["a@x.de", "b@y.de"]
    assert subject == "Einladung & mehr"
    assert body == "Zeile 1\r\nZeile 2 ä"
    assert "%0D%0A" in url and "to=" not in url and "cc=" not in url.replace("bcc=", "")


def test_long_lists_are_split_under_the_limit_and_nobody_is_lost():
    addresses = [f"person.{i:03d}@ehrenamt-herford.example" for i in range(200)]
    urls = mail_links.mailto_urls(addresses, "Einladung", "Guten Tag,\n" + "Text " * 60, max_length=2000)
    assert len(urls) > 1
    assert all(len(u) <= 2000 for u in urls)
    seen = [a for u in urls for a in _parse(u)[0]]
    assert seen == addresses
    assert all(_parse(u)[1] == "Einladung" for u in urls)


def test_body_is_shortened_only_when_one_address_would_not_fit():
    urls = mail_links.mailto_urls(["a@x.de"], "S", "x" * 5000, max_length=500)
    (url,) = urls
    assert len(url) <= 500
    assert _parse(url)[2].endswith("[…]")
    assert mail_links.mailto_urls([], "S", "B") == []


def test_clipboard_text():
    assert mail_links.address_list_text(["a@x.de", "b@y.de", "a@x.de"]) == "a@x.de; b@y.de"


def test_invitation_mail_for_an_event(db):
    world = build_event_world(db)
    ev.invite_active_volunteers(db, world.module2)
    ev.invite_contacts(db, world.module2, [world.hans, world.sogol])
    (sogol,) = [r for r in ev.invitees(db, world.module2) if r.contact_id == world.sogol]
    ev.set_status(db, sogol.participation_id, "declined")
    mail = mail_links.invitation_mail(db, world.module2)
    # declined people and the speaker get no invitation; Maria has no address at all
    assert mail.addresses == ["meyer@caritas.example", "jonas@example.org", "ayse@example.org"]
    assert mail.without_email == ["Maria Schulz"]
    assert mail.subject.startswith("Einladung: Asylrecht kompakt am ")
    assert "2. Modul der Reihe „Basisqualifikation" in mail.body
    assert "Ort: Kreishaus Herford, Ebene 3" in mail.body
    assert "Bitte melden Sie sich bis zum" in mail.body
    (url,) = mail.mailto_urls()
    assert _parse(url)[0] == mail.addresses
    assert mail.clipboard_text() == "meyer@caritas.example; jonas@example.org; ayse@example.org"


def test_invitation_mail_reaches_helpers_but_not_those_who_came(db):
    from kidesk.db.models import Participation

    world = build_event_world(db)
    ev.invite_contacts(db, world.module2, [world.hans, world.olga, world.jonas])
    by_contact = {r.contact_id: r.participation_id for r in ev.invitees(db, world.module2)}
    with db.session() as s:
        s.get(Participation, by_contact[world.hans]).role = "helper"
    ev.set_status(db, by_contact[world.jonas], "attended")
    mail = mail_links.invitation_mail(db, world.module2)
    # the helper gets the mail like the guests; attended Jonas and speaker Petra do not
    assert mail.addresses == ["meyer@caritas.example", "petrova@awo.example"]
    letters = {r.contact_id for r in ev.invitation_recipients(db, world.module2)}
    assert {world.hans, world.olga} <= letters and world.jonas in letters  # a letter still goes to Jonas


@pytest.mark.parametrize("limit", [300, 800, 2000])
def test_every_chunk_respects_the_limit(limit):
    addresses = [f"p{i}@x.de" for i in range(300)]
    urls = mail_links.mailto_urls(addresses, "Betreff", "Text", max_length=limit)
    assert all(len(u) <= limit for u in urls)
    assert sum(len(_parse(u)[0]) for u in urls) == 300
