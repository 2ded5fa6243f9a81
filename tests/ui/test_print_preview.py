"""The PDF preview: shows real PDF bytes, pages through them, saves and prints without scaling."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kidesk.ui.common import file_dialogs
from kidesk.ui.print_preview import show_pdf_preview


def make_pdf(pages=(A4, A4, (A4[1], A4[0]))) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=pages[0])
    for number, size in enumerate(pages, start=1):
        pdf.setPageSize(size)
        pdf.rect(10 * 2.83465, 10 * 2.83465, 50 * 2.83465, 20 * 2.83465)  # a 50 x 20 mm box at 10/10 mm
        pdf.drawString(100, 100, f"Seite {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def preview(qtbot):
    dialog = show_pdf_preview(None, make_pdf(), "Visitenkarten", "visitenkarten.pdf")
    qtbot.addWidget(dialog)
    return dialog


def test_preview_shows_the_pages_and_navigates(preview):
    assert preview.document.pageCount() == 3
    assert preview.page_count_label.text().strip() == "von 3"
    assert not preview.action_previous.isEnabled() and preview.action_next.isEnabled()
    preview.next_page()
    assert preview.current_page() == 1 and preview.page_input.value() == 2
    preview.page_input.setValue(3)
    assert preview.current_page() == 2 and not preview.action_next.isEnabled()
    factor = preview.view.zoomFactor()
    preview.zoom_in()
    assert preview.view.zoomFactor() == pytest.approx(factor * 1.25)


def test_save_as_pdf_writes_the_same_bytes(preview, tmp_path, monkeypatch):
    target = tmp_path / "karten"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", (lambda *a, **k: (str(target), "PDF")))
    written = preview.save_as()
    assert written == tmp_path / "karten.pdf"
    assert written.read_bytes() == preview.pdf_bytes


def test_print_keeps_page_sizes_without_scaling(preview, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == 3
    reader = PdfReader(tmp_path / "printed.pdf")
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    assert sizes == [(595, 842), (595, 842), (842, 595)]


def test_print_dialog_accepted_prints(preview, tmp_path, monkeypatch):
    out = tmp_path / "via-dialog.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert preview.print_with_dialog()
    assert len(PdfReader(out).pages) == 3


def test_broken_pdf_says_so(qtbot):
    dialog = show_pdf_preview(None, b"not a pdf", "Kaputt")
    qtbot.addWidget(dialog)
    assert "nicht anzeigen" in dialog.status.text()
    assert not dialog.action_print.isEnabled()


def test_what_the_labels_had_to_shorten_is_named_in_the_status_line(qtbot, db):
    """issue 15: a 70-character noble name on a small label is shortened *and* reported here."""
    from kidesk.db.models import Contact
    from kidesk.services import printing

    with db.session() as s:
        long_name = Contact(
            first_name="Maximiliane-Friederike Alexandra Theodora",
            last_name="von Hohenzollern-Sigmaringen-Wittelsbach-Ansbach-Bayreuth-Kulmbach",
            street="Lübbecker Straße 12",
            postcode="32278",
            city="Kirchlengern",
        )
        short = Contact(first_name="Ayşe", last_name="Yılmaz", street="Bahnhofstr. 1", postcode="32052", city="Herford")
        s.add_all([long_name, short])
        s.commit()
        ids = [long_name.id, short.id]
    dialog = show_pdf_preview(None, printing.print_labels(db, template="3474", contact_ids=ids), "Etiketten")
    qtbot.addWidget(dialog)
    assert "gekürzt" in dialog.status.text() and "Maximiliane" in dialog.status.text()
    assert dialog.notices and all("Maximiliane" in n for n in dialog.notices)
    assert "Yılmaz" not in dialog.status.toolTip()
    plain = show_pdf_preview(None, printing.print_labels(db, template="3474", contact_ids=ids[1:]), "Etiketten")
    qtbot.addWidget(plain)
    assert "gekürzt" not in plain.status.text() and plain.notices == []
    assert plain.status.text().startswith("1 Seite.")
