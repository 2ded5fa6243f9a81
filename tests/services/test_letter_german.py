"""Letter German (issue 14, observation 12): lists with "und", partners without a missing
article, and a warning for letters to an event that is over."""

from __future__ import annotations

import datetime as dt
import io
import re

import pypdf
import pytest

from kidesk.services import events as ev
from kidesk.services.demo_data import THANK_YOU_TITLE, fill_demo_data
from kidesk.services.printing import invitation_warnings, print_invitations
from kidesk.services.printing.letters import german_list


def test_german_list():
    assert german_list([]) == ""
    assert german_list(["Annette Vogelsang"]) == "Annette Vogelsang"
    assert german_list(["A", "B"]) == "A und B"
    assert german_list(["A", "B", "C"]) == "A, B und C"


@pytest.fixture
def demo(db):
    fill_demo_data(db)
    return db


def _text(pdf: bytes) -> str:
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    return re.sub(r"\s+", " ", page)


def test_demo_letters_name_speakers_with_und_and_partners_after_a_colon(demo):
    checked = 0
    for row in ev.list_events(demo, include_past=True):
        data = ev.load_event(demo, row.id)
        speakers = [s.name for s in data.speakers]
        co_hosts = [h.name for h in data.hosts if h.role == "co_host"]
        if len(speakers) < 2 and not co_hosts:
            continue
        ev.invite_active_volunteers(demo, row.id)
        one = [r.contact_id for r in ev.invitation_recipients(demo, row.id) if r.has_postal_address][:1]
        text = _text(print_invitations(demo, event_id=row.id, contact_ids=one))
        if len(speakers) >= 2:
            assert f"konnten wir {german_list(sorted(speakers))} gewinnen" in text or (
                f"konnten wir {german_list(speakers)} gewinnen" in text
            ), text
            assert f"{speakers[0]}, {speakers[1]} gewinnen" not in text
        if co_hosts:
            assert "in Zusammenarbeit mit unsere" in text and " statt: " in text, text
            assert not re.search(r"in Zusammenarbeit mit (?!unsere)", text), text
        checked += 1
    assert checked >= 3


def test_letters_for_an_event_in_the_past_come_with_a_warning(demo):
    rows = ev.list_events(demo, include_past=True)
    past = next(r for r in rows if r.title == THANK_YOU_TITLE)
    warnings = invitation_warnings(demo, past.id, today=past.starts_at.date() + dt.timedelta(days=1))
    assert len(warnings) == 1 and "Vergangenheit" in warnings[0] and THANK_YOU_TITLE in warnings[0]
    assert "heute" in invitation_warnings(demo, past.id, today=past.starts_at.date())[0]
    assert invitation_warnings(demo, past.id, today=past.starts_at.date() - dt.timedelta(days=14)) == []


def test_the_cli_prints_the_warning(demo, db_path, tmp_path, capsys):
    from kidesk.cli import main

    rows = ev.list_events(demo, include_past=True)
    past = next(r for r in rows if r.title == THANK_YOU_TITLE)
    assert past.starts_at.date() < dt.date.today()  # the demo's thank-you afternoon is over
    ev.invite_active_volunteers(demo, past.id)
    out = tmp_path / "einladungen.pdf"
    args = ["--db", str(db_path), "print", "invitations", "--event", str(past.id), "--skip-missing", "-o", str(out)]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "in der Vergangenheit" in err and out.exists()
