"""How long the print products take on the demo database (prints figures; not a test).

    .venv/bin/python bench/bench_printing.py [DB]
    .venv/bin/python bench/bench_printing.py --renderers 1000

Without DB a temporary demo database is created. ``--renderers N`` times the card and letter
renderers on N records against the raw limit measured in the same run: a bare reportlab canvas
drawing the same strings with the same font (and the same zxing QR as one image mask).
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from sqlalchemy import func, select

from kidesk.db.database import open_database
from kidesk.db.models import Contact, Participation
from kidesk.pdf.business_cards import card_lines, render_business_cards
from kidesk.pdf.invitation_letters import render_letters
from kidesk.pdf.qr_codes import _mask_hex, draw_qr_code, qr_matrix
from kidesk.pdf.records import BusinessCard, Letter, PostalAddress
from kidesk.pdf.sheets import CARD_TEMPLATES
from kidesk.pdf.typesetting import FONT, new_canvas
from kidesk.services import printing
from kidesk.services.demo_data import fill_demo_data


def _raw_cards(cards: list[BusinessCard]) -> bytes:
    """The raw limit: a bare canvas drawing the same strings and a zxing QR as one image mask."""
    canvas, buffer = new_canvas(A4, "raw")
    template = CARD_TEMPLATES["C32011"]
    for i, card in enumerate(cards):
        if i and i % template.per_page == 0:
            canvas.showPage()
        x, y, w, h = template.content_rect_pt(i % template.per_page)
        canvas.setFont(FONT, 8)
        for k, text in enumerate(t.text for block in card_lines(card) for t in block if t.text):
            canvas.drawString(x, y + h - 9 - 9 * k, text)
        if card.vcard:
            draw_qr_code(canvas, card.vcard, x + w - 19 * mm, y, 19 * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _raw_letters(letters: list[Letter]) -> bytes:
    canvas, buffer = new_canvas(A4, "raw")
    for letter in letters:
        canvas.setFont(FONT, 10)
        y = 250 * mm
        for text in [*letter.recipient.lines(), letter.subject, letter.salutation, *letter.body, letter.closing]:
            canvas.drawString(25 * mm, y, text[:95])
            y -= 14
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def renderer_limits(n: int) -> None:
    """Renderers against the raw limit in the same run (issue 16): n cards, n letters."""
    from tests.pdf.hard_records import hard_cards
    from tests.pdf.sample_records import letter, sender

    base = hard_cards()
    cards = [replace(base[i % len(base)], vcard=base[i % len(base)].vcard + f"NOTE:{i}\\r\\n") for i in range(n)]
    address = PostalAddress("Dr. Ayşe Yılmaz", "Frau", "Kreis Herford", "", "Amtshausstraße 3", "32051", "Herford")
    letters = [letter(replace(address, name=f"Dr. Ayşe Yılmaz {i}")) for i in range(n)]
    rows = [
        (
            f"{n} business cards, distinct vCard QR each",
            lambda: render_business_cards(cards, CARD_TEMPLATES["C32011"]),
            lambda: _raw_cards(cards),
        ),
        (
            f"{n} one-page letters (DIN 5008)",
            lambda: render_letters(sender(), letters, "B"),
            lambda: _raw_letters(letters),
        ),
    ]
    for label, ours, raw in rows:
        qr_matrix.cache_clear()
        _mask_hex.cache_clear()
        t0 = time.perf_counter()
        pdf = ours()
        t1 = time.perf_counter()
        qr_matrix.cache_clear()
        _mask_hex.cache_clear()
        raw_pdf = raw()
        t2 = time.perf_counter()
        print(
            f"{label:45s} kidesk {t1 - t0:6.2f} s {len(pdf) / 1024:7.0f} KiB | raw {t2 - t1:6.2f} s "
            f"{len(raw_pdf) / 1024:7.0f} KiB | ratio {(t1 - t0) / max(t2 - t1, 1e-9):4.1f}x"
        )


def main() -> None:
    if "--renderers" in sys.argv:
        renderer_limits(int(sys.argv[sys.argv.index("--renderers") + 1]))
        return
    if len(sys.argv) > 1:
        db = open_database(sys.argv[1], create=False)
    else:
        db = open_database(Path(tempfile.mkdtemp()) / "bench.sqlite")
        fill_demo_data(db)
    with db.session() as s:
        event_id, n = s.execute(
            select(Participation.event_id, func.count()).group_by(Participation.event_id).order_by(func.count().desc())
        ).first()
        contact_ids = list(s.scalars(select(Contact.id).where(Contact.street.is_not(None)).order_by(Contact.id)))
        staff_ids = list(s.scalars(select(Contact.id).where(Contact.is_staff)))
    runs = [
        (
            f"cards C32011, {len(staff_ids)} staff with QR",
            lambda: printing.print_cards(db, template="C32011", contact_ids=staff_ids, copies=1),
        ),
        (
            f"labels 3475, {len(contact_ids)} contacts",
            lambda: printing.print_labels(db, template="3475", contact_ids=contact_ids),
        ),
        (
            f"invitations, event with {n} participations",
            lambda: printing.print_invitations(db, event_id=event_id, skip_missing=True),
        ),
        (f"attendance list, {n} participations", lambda: printing.print_attendance(db, event_id=event_id)),
        ("badges", lambda: printing.print_badges(db, event_id=event_id)),
        ("flyer A4", lambda: printing.print_flyer(db, event_id=event_id)),
        ("certificates series 1", lambda: printing.print_certificates(db, series_id=1)),
    ]
    for label, run in runs:
        start = time.perf_counter()
        pdf = run()
        print(f"{label:50s} {time.perf_counter() - start:6.2f} s  {len(pdf) / 1024:8.0f} KiB")


if __name__ == "__main__":
    main()
