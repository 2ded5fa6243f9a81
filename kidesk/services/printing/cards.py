"""Business cards (Visitenkarten) on card sheets, and the logo file a user picks for them."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from kidesk.db import settings
from kidesk.db.collation import sortable
from kidesk.db.database import Database
from kidesk.db.models import Contact
from kidesk.errors import UserError, ValidationError
from kidesk.pdf.business_cards import render_business_cards
from kidesk.pdf.sheets import check_start, template_by_id
from kidesk.pdf.typesetting import image_reader
from kidesk.services.printing.loading import NothingToPrint, load_contacts
from kidesk.services.printing.records import business_card


def load_logo_file(path: str | os.PathLike[str], owner: str = "") -> bytes:
    """Read a logo image (PNG/JPEG) from disk with errors that name the file (and its owner)."""
    path = Path(path).expanduser()
    whose = f" für {owner}" if owner else ""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Die Logodatei {path}{whose} gibt es nicht. Bitte den Pfad prüfen.") from None
    except IsADirectoryError:
        raise UserError(f"{path} ist ein Ordner, keine Logodatei. Bitte eine PNG- oder JPEG-Datei wählen.") from None
    except PermissionError:
        raise UserError(f"Die Logodatei {path}{whose} darf kidesk nicht lesen. Bitte die Dateirechte prüfen.") from None
    image_reader(data, f"{owner or 'der Datei'} ({path})")  # refuses what is not an image, naming the file
    return data


def print_cards(
    db: Database,
    *,
    template: str,
    contact_ids: Sequence[int] | None,
    start: int = 1,
    copies: int | None = None,
    with_qr: bool = True,
    with_logo: bool = True,
    logo: bytes | None = None,
) -> bytes:
    """``logo`` (image bytes, e.g. from :func:`load_logo_file`) replaces the organisations' logos."""
    sheet = template_by_id(template, "card")
    check_start(sheet, start)
    with db.session() as session:
        if contact_ids:
            contacts = load_contacts(session, contact_ids)
        else:
            staff_ids = list(
                session.scalars(
                    select(Contact.id)
                    .where(Contact.is_staff)
                    .order_by(sortable(Contact.last_name), sortable(Contact.first_name), Contact.id)
                )
            )
            if not staff_ids:
                raise NothingToPrint(
                    "Es gibt keine Mitarbeitenden (Kontakte mit „eigenes Personal“). Bitte Kontakte auswählen."
                )
            contacts = load_contacts(session, staff_ids)
        cards = [business_card(c, with_qr=with_qr, with_logo=with_logo) for c in contacts]
        if logo is not None and with_logo:
            cards = [replace(card, logo=logo, logo_owner="die gewählte Logodatei") for card in cards]
        if copies is None:
            copies = (sheet.per_page - start + 1) if len(cards) == 1 else 1
        if copies < 1:
            raise ValidationError("Die Anzahl der Karten je Person muss mindestens 1 sein.", field="copies")
        items = [card for card in cards for _ in range(copies)]
        offset = settings.calibration(session, sheet.id)
    return render_business_cards(items, sheet, start=start, offset_mm=offset)
