"""Every print product, from database records to PDF bytes (the UI previews, the CLI writes).

This module is the one door the UI and the CLI use; it fills the plain dataclasses of
:mod:`kidesk.pdf` from the database and calls the renderers. All functions return the PDF
as ``bytes`` and raise :class:`kidesk.errors.UserError` with a message naming the record
for anything the user can fix (an event without participants, a contact without an address).

Planned signatures (implemented by the print-products work):

    print_cards(db, *, template, contact_ids, start=1) -> bytes
    print_labels(db, *, template, contact_ids=None, event_id=None, start=1) -> bytes
    print_badges(db, *, event_id) -> bytes
    print_invitations(db, *, event_id, form="B", contact_ids=None) -> bytes
    print_flyer(db, *, event_id, size="A4") -> bytes
    print_attendance(db, *, event_id, blank_rows=5) -> bytes
    print_certificates(db, *, series_id, volunteer_ids=None) -> bytes
    print_calibration_sheet(db, *, template) -> bytes
"""
