"""PDF renderers (reportlab only): plain dataclasses in, PDF bytes out. No Qt, no database.

Modules
    records            the dataclasses every renderer takes (filled by kidesk.services.printing)
    documents          DejaVu fonts, canvases (PDF 1.7, /Lang de-DE), PdfBytes and overflow notices
    typesetting        the text-fitting engine of every product (sizes, lines, hyphenation)
    bidi_text          escaping, right-to-left word order, paragraph styles
    rtl_text           ToUnicode back to base letters, ZWNJ kept (searchable Arabic script)
    sheets             card/label sheet templates (CARD_TEMPLATES, LABEL_TEMPLATES), calibration sheet
    business_cards     Visitenkarten            address_labels   Adressetiketten
    name_badges        Namensschilder           invitation_letters  DIN 5008 letters (Form A/B)
    event_flyer        Flyer A4/A5              attendance_list  Teilnehmerliste
    certificates       Teilnahmebescheinigungen qr_codes         QR codes (zxing-cpp, image mask)
    german_format      German dates and times without locale (short date: kidesk.domain.dates)
"""
