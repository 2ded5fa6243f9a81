"""PDF renderers (reportlab only): plain dataclasses in, PDF bytes out. No Qt, no database.

Modules
    records            the dataclasses every renderer takes (filled by kidesk.services.printing)
    typesetting        DejaVu fonts, deterministic canvases, escaping, RTL order, shrink-to-fit boxes
    sheets             card/label sheet templates (CARD_TEMPLATES, LABEL_TEMPLATES), calibration sheet
    business_cards     Visitenkarten            address_labels   Adressetiketten
    name_badges        Namensschilder           invitation_letters  DIN 5008 letters (Form A/B)
    event_flyer        Flyer A4/A5              attendance_list  Teilnehmerliste
    certificates       Teilnahmebescheinigungen qr_codes         vector QR codes
    german_format      German dates and times without locale (short date: kidesk.domain.dates)
"""
