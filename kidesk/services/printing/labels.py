"""Address labels (Adressetiketten) for chosen contacts or an event's invite list."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from kidesk.db import settings
from kidesk.db.database import Database
from kidesk.domain.addresses import postal_address
from kidesk.pdf.address_labels import render_address_labels
from kidesk.pdf.records import PostalAddress
from kidesk.pdf.sheets import check_start, template_by_id
from kidesk.services.printing.loading import chosen_contacts
from kidesk.services.printing.records import addresses_or_raise


def contacts_without_address(
    db: Database, *, contact_ids: Sequence[int] | None = None, event_id: int | None = None
) -> list[tuple[int, str]]:
    """(id, name) of the chosen contacts (or the event's invite list) that have no postal address.

    The UI and the CLI use it to warn before printing with ``skip_missing=True``.
    """
    with db.session() as session:
        contacts = chosen_contacts(session, contact_ids=contact_ids, event_id=event_id, what="Adressen")
        return [(contact.id, contact.full_name) for contact in contacts if postal_address(contact) is None]


def _label_addresses(
    session: Session,
    *,
    contact_ids: Sequence[int] | None = None,
    event_id: int | None = None,
    skip_missing: bool = False,
) -> list[PostalAddress]:
    contacts = chosen_contacts(session, contact_ids=contact_ids, event_id=event_id, what="Adressetiketten")
    return [address for _contact, address in addresses_or_raise(contacts, skip_missing=skip_missing)]


def print_labels(
    db: Database,
    *,
    template: str,
    contact_ids: Sequence[int] | None = None,
    event_id: int | None = None,
    start: int = 1,
    skip_missing: bool = False,
) -> bytes:
    sheet = template_by_id(template, "label")
    check_start(sheet, start)
    with db.session() as session:
        addresses = _label_addresses(session, contact_ids=contact_ids, event_id=event_id, skip_missing=skip_missing)
        offset = settings.calibration(session, sheet.id)
    return render_address_labels(addresses, sheet, start=start, offset_mm=offset)
