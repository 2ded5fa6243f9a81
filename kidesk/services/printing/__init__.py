"""Every print product, from database records to PDF bytes (the UI previews, the CLI writes).

This package is the one door the UI and the CLI use; it fills the plain dataclasses of
:mod:`kidesk.pdf` from the database and calls the renderers. All functions return the PDF
as ``bytes`` and raise :class:`kidesk.errors.UserError` with a message naming the record
for anything the user can fix (an event without participants, a contact without an address).
The bytes are a :class:`kidesk.pdf.documents.PdfBytes`: its ``notices`` list what the fitting
engine had to shorten with "…", each naming the record (``notice.message()`` is one German
line) — the CLI prints them, the preview can show them in its status line.

Signatures (the optional extras after ``|`` may be left out):

    print_cards(db, *, template, contact_ids, start=1 | copies=None, with_qr=True, with_logo=True, logo=None) -> bytes
    print_labels(db, *, template, contact_ids=None, event_id=None, start=1 | skip_missing=False) -> bytes
    print_badges(db, *, event_id | layout="a4-4up") -> bytes          # or "a6"
    print_invitations(db, *, event_id, form="B", contact_ids=None | body_template=None, letter_date=None, skip_missing=False) -> bytes
    print_flyer(db, *, event_id, size="A4" | design="klar", bleed=False) -> bytes  # A5; "spalte"
    print_attendance(db, *, event_id, blank_rows=5) -> bytes
    print_certificates(db, *, series_id, volunteer_ids=None | issued_on=None) -> bytes
    print_calibration_sheet(db, *, template) -> bytes
    contacts_without_address(db, *, contact_ids=None, event_id=None) -> list[(id, name)]
    load_logo_file(path, owner="") -> bytes

Choices for the UI: ``kidesk.pdf.sheets.CARD_TEMPLATES`` / ``LABEL_TEMPLATES`` (id -> template
with German ``label``), ``kidesk.pdf.name_badges.BADGE_LAYOUTS``,
``kidesk.pdf.event_flyer.FLYER_SIZES`` and ``FLYER_DESIGNS``, ``kidesk.pdf.invitation_letters.FORMS``.

Order: people on every product (attendance list, badges, labels, letters to an event's list)
come in German dictionary order (DIN 5007-1), the key the app's lists use
(:func:`kidesk.services.printing.loading.contact_order`).

Business cards: ``contact_ids`` empty means every staff contact (``is_staff``). A single
contact fills the rest of the sheet from ``start`` (ten identical cards on C32011);
several contacts get one card each unless ``copies`` says otherwise.

Addresses (labels, letters): the rule of :func:`kidesk.domain.addresses.postal_address` — the
contact's own address; without one, the address of the contact's primary organisation (then
with the organisation's name as a line). Contacts with
neither are refused by name (all of them in one message), unless ``skip_missing=True``;
:func:`contacts_without_address` lists them beforehand so the UI/CLI can warn.

Invitation letters: the body comes from the setting :data:`INVITATION_BODY_SETTING` (or the
``body_template`` argument, or a built-in text); paragraphs are separated by blank lines
and may use these placeholders (``string.Template`` syntax, unknown ones stay as written):

    $titel $untertitel $reihe $modul $datum $uhrzeit $termin $ort $raum $adresse $ort_zeile
    $referenten $mitveranstalter $anmeldeschluss $beschreibung $vorname $nachname

A single line break inside a paragraph is kept; whole sentences that vanish when their data
is missing are offered as $modul_satz, $referenten_satz, $mitveranstalter_satz, $anmeldung_satz.

Modules (every public function takes a ``Database`` and opens and closes its own session; the
helpers in ``loading`` and ``records`` take that session and are not re-exported):

    loading         user errors, who is on which list, loading contacts and events
    records         database rows -> the dataclasses of kidesk.pdf.records
    cards           print_cards, load_logo_file
    labels          print_labels, contacts_without_address
    letters         print_invitations (body text and placeholders)
    event_products  print_badges, print_flyer, print_attendance
    certificates    print_certificates
    calibration     print_calibration_sheet
"""

from kidesk.services.printing.calibration import print_calibration_sheet
from kidesk.services.printing.cards import load_logo_file, print_cards
from kidesk.services.printing.certificates import print_certificates
from kidesk.services.printing.event_products import flyer_designs, print_attendance, print_badges, print_flyer
from kidesk.services.printing.labels import contacts_without_address, print_labels
from kidesk.services.printing.letters import (
    DEFAULT_INVITATION_BODY,
    INVITATION_BODY_SETTING,
    invitation_warnings,
    print_invitations,
)
from kidesk.services.printing.loading import ContactWithoutAddress, NothingToPrint

__all__ = [
    "DEFAULT_INVITATION_BODY",
    "INVITATION_BODY_SETTING",
    "ContactWithoutAddress",
    "NothingToPrint",
    "contacts_without_address",
    "flyer_designs",
    "invitation_warnings",
    "load_logo_file",
    "print_attendance",
    "print_badges",
    "print_calibration_sheet",
    "print_cards",
    "print_certificates",
    "print_flyer",
    "print_invitations",
    "print_labels",
]
