"""A letter that fits on one page is one page (issue 14, observation 7).

Every demo invitation came out as two pages: page 2 held only "Mit freundlichen Grüßen",
the name and the function, with space left on page 1. Now the closing gives up its slack
before it moves, and when it must move, the last paragraph goes with it.
"""

from __future__ import annotations

import dataclasses
import io

import pypdf
import pytest

from kidesk.pdf.invitation_letters import render_letters
from tests.pdf.sample_records import addresses, letter, sender

FILLER = "Absatz " + "Wort " * 30


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _letter(paragraphs: int):
    base = letter(addresses()[0], 1)
    return dataclasses.replace(base, body=[FILLER] * paragraphs + ["Ende."])


def test_a_letter_that_nearly_fills_page_one_stays_on_one_page():
    # nine long paragraphs leave about 28 mm: the closing with its full signature space
    # needs 31 mm — it used to move alone to page 2
    pages = _pages(render_letters(sender(), [_letter(9)]))
    assert len(pages) == 1
    assert "Ende." in pages[0] and "Mit freundlichen Grüßen" in pages[0] and "Gudrun Kirchhoff" in pages[0]


@pytest.mark.parametrize("paragraphs", range(8, 16))
def test_the_closing_never_stands_alone_on_a_page(paragraphs):
    pages = _pages(render_letters(sender(), [_letter(paragraphs)]))
    closing_page = next(p for p in pages if "Mit freundlichen Grüßen" in p)
    assert "Ende." in closing_page  # the last paragraph is on the same page as the closing
    assert "Verwaltungsassistenz" in closing_page
    if len(pages) > 1:
        assert "Seite 2 von 2" in pages[1]


def test_the_demo_invitations_to_the_thank_you_event_are_one_page_each(db):
    from kidesk.services import events as ev
    from kidesk.services.demo_data import THANK_YOU_TITLE, fill_demo_data
    from kidesk.services.printing.letters import print_invitations

    fill_demo_data(db)
    event = next(r for r in ev.list_events(db, include_past=True) if r.title == THANK_YOU_TITLE)
    ev.invite_active_volunteers(db, event.id)
    pages = _pages(print_invitations(db, event_id=event.id, skip_missing=True))
    assert len(pages) >= 80
    for text in pages:  # one page = one whole letter: subject, salutation, closing, signature
        assert text.count("Einladung: #DANKE") == 1
        assert text.count("Mit freundlichen Grüßen") == 1
        assert "Seite " not in text
