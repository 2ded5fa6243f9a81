"""One rule for who gets an invitation letter: ``kidesk print invitations`` (CLI → print
service) and the paperwork panel (UI) print letters for the same people of the same event."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from kidesk.cli import main
from kidesk.db import settings
from kidesk.db.models import Participation
from kidesk.services import events as ev
from kidesk.ui import event_paperwork
from kidesk.ui.event_paperwork import EventPaperworkPanel
from tests.event_fixtures import build_event_world

SALUTATION = re.compile(r"^(Guten Tag .+|Sehr geehrte[r]? .+),$", re.MULTILINE)


@pytest.fixture
def world(db):
    world = build_event_world(db)
    with db.session() as s:
        settings.put(s, settings.OWN_ORGANISATION_ID, world.ki)
    # module 2: Petra speaks (registered); guests in every kind of status, one helper
    ev.invite_contacts(db, world.module2, [world.ayse, world.jonas, world.maria, world.olga, world.hans, world.sogol])
    by_contact = {r.contact_id: r.participation_id for r in ev.invitees(db, world.module2)}
    ev.set_status(db, by_contact[world.ayse], "registered")
    ev.set_status(db, by_contact[world.jonas], "attended")
    ev.set_status(db, by_contact[world.olga], "declined")
    with db.session() as s:
        s.get(Participation, by_contact[world.hans]).role = "helper"
    return world


def _salutations(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    found = [m.group(1) for page in reader.pages for m in SALUTATION.finditer(page.extract_text() or "")]
    assert len(found) == len(reader.pages)  # one letter per page, each with its salutation
    return sorted(found)


def test_cli_and_paperwork_panel_write_to_the_same_people(qtbot, db, db_path, world, tmp_path, monkeypatch, capsys):
    # CLI: everyone the rule names, those without a postal address skipped and reported
    out = tmp_path / "einladungen.pdf"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "print",
                "invitations",
                "--event",
                str(world.module2),
                "--skip-missing",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "Schulz" in capsys.readouterr().err  # Maria has no postal address
    cli = _salutations(out.read_bytes())

    # UI: the panel asks about the missing address, the answer is "print for the others"
    previews: list[bytes] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(
        event_paperwork.print_preview, "show_pdf_preview", lambda _parent, pdf, *a, **k: previews.append(pdf)
    )
    panel = EventPaperworkPanel(db)
    qtbot.addWidget(panel)
    panel.set_event(world.module2)
    assert panel.print_invitations()
    ui = _salutations(previews[0])

    expected = ["Guten Tag Ayşe Yılmaz", "Guten Tag Hans Meyer", "Guten Tag Jonas Müller", "Guten Tag Sogol Samimi"]
    assert cli == ui == expected  # helper and attended included; speaker, declined and no address not


def test_the_service_names_the_same_recipients_as_the_rule(db, world):
    recipients = {r.contact_id for r in ev.invitation_recipients(db, world.module2)}
    assert recipients == {world.ayse, world.jonas, world.maria, world.hans, world.sogol}
    assert [r.contact_id for r in ev.invitees_without_address(db, world.module2)] == [world.maria]
