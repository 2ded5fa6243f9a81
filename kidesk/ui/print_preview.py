"""Print preview for every print product: a PDF shown with QtPdf, then *Print…* or *Save as PDF…*.

Callers render the PDF through :mod:`kidesk.services.printing` and hand over the bytes::

    show_pdf_preview(self, pdf_bytes, self.tr("Visitenkarten"), suggested_name="visitenkarten.pdf")

Printing never scales: each PDF page is rendered with QPdfDocument at the printer's
resolution (at most :data:`MAX_RENDER_DPI`, which keeps an A4 page near 35 MB of memory)
and drawn at its true size from the paper's top-left corner, on a page of the PDF's own
size with no margins. Label and card sheets therefore land where the template says; the
per-template calibration offsets (Settings) correct what a particular printer shifts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kidesk.errors import UserError
from kidesk.services import output_files
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.plural_text import count_text
from kidesk.ui.common.progress import run_with_progress
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill

MAX_RENDER_DPI = 300
ZOOM_STEP = 1.25
#: the progress window appears only when laying out takes longer than this
PROGRESS_DELAY_MS = 400


def render_with_progress(parent: QWidget | None, text: str, job: Callable[[], bytes]) -> bytes | None:
    """Lay out a print product in a worker thread while the window stays responsive.

    After :data:`PROGRESS_DELAY_MS` a progress window with *Abbrechen* appears; cancelling
    returns ``None`` at once (the worker's late result is thrown away). The job's exception
    (a :class:`~kidesk.errors.UserError`) is raised here, in the GUI thread. The one helper
    behind it: :func:`kidesk.ui.common.progress.run_with_progress`.
    """
    return run_with_progress(
        parent,
        text,
        lambda _report: job(),
        title=QCoreApplication.translate("PdfPreviewDialog", "Druckvorschau wird erstellt"),
        delay_ms=PROGRESS_DELAY_MS,
        abandon_on_cancel=True,
    )


def _page_layout(size_pt: QSizeF) -> QPageLayout:
    page_size = QPageSize(size_pt, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if size_pt.width() > size_pt.height() else QPageLayout.Orientation.Portrait
    )
    if orientation == QPageLayout.Orientation.Landscape:
        page_size = QPageSize(
            QSizeF(size_pt.height(), size_pt.width()), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
        )
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0))


def print_pdf_document(
    document: QPdfDocument, printer: QPrinter, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Print every page 1:1 (no scaling, page size from the PDF); return the number of pages.

    ``progress(done, total)`` is called before each page; when it returns False printing stops
    there (the pages sent so far are printed) and the number of pages sent is returned.
    """
    pages = document.pageCount()
    if pages == 0:
        return 0
    printer.setFullPage(True)
    printer.setPageLayout(_page_layout(document.pagePointSize(0)))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer could not be opened")
    try:
        for page in range(pages):
            if progress is not None and not progress(page, pages):
                return page
            size_pt = document.pagePointSize(page)
            if page > 0:
                printer.setPageLayout(_page_layout(size_pt))
                printer.newPage()
            device_dpi = printer.resolution()
            render_dpi = min(device_dpi, MAX_RENDER_DPI)
            pixels = QSize(round(size_pt.width() * render_dpi / 72), round(size_pt.height() * render_dpi / 72))
            image = document.render(page, pixels)
            target = QRectF(
                QPointF(0, 0), QSizeF(size_pt.width() * device_dpi / 72, size_pt.height() * device_dpi / 72)
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return pages


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf_bytes: bytes, title: str, suggested_name: str = "kidesk.pdf", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("PdfPreviewDialog")
        self.pdf_bytes = pdf_bytes
        self.notices: list[str] = []
        self.suggested_name = suggested_name
        self._data = QByteArray(pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)  # a whole sheet at a glance: is every label in place?
        self.view.setAccessibleName(self.tr("Vorschau"))
        toolbar = QToolBar(self)
        self.action_print = self._action(
            toolbar, self.tr("&Drucken …"), self.print_with_dialog, QKeySequence.StandardKey.Print
        )
        self.action_save = self._action(
            toolbar, self.tr("Als &PDF speichern …"), self.save_as, QKeySequence.StandardKey.Save
        )
        toolbar.addSeparator()
        self.action_previous = self._action(
            toolbar, "◀", self.previous_page, QKeySequence("PgUp"), self.tr("Vorherige Seite (Bild auf)")
        )
        self.page_input = QSpinBox()
        self.page_input.setAccessibleName(self.tr("Seite"))
        self.page_input.setRange(1, max(1, self.document.pageCount()))
        self.page_input.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        toolbar.addWidget(self.page_input)
        self.page_count_label = QLabel(self.tr(" von %d ") % self.document.pageCount())
        toolbar.addWidget(self.page_count_label)
        self.action_next = self._action(
            toolbar, "▶", self.next_page, QKeySequence("PgDown"), self.tr("Nächste Seite (Bild ab)")
        )
        toolbar.addSeparator()
        self.action_zoom_out = self._action(
            toolbar, "−", self.zoom_out, QKeySequence.StandardKey.ZoomOut, self.tr("Verkleinern (Strg+Minus)")
        )
        self.action_zoom_in = self._action(
            toolbar, "+", self.zoom_in, QKeySequence.StandardKey.ZoomIn, self.tr("Vergrößern (Strg+Plus)")
        )
        self.action_fit_width = self._action(toolbar, self.tr("Seitenbreite"), self.fit_width, QKeySequence("Ctrl+0"))
        self.action_fit_page = self._action(toolbar, self.tr("Ganze Seite"), self.fit_page, None)
        self.action_close = self._action(toolbar, self.tr("S&chließen"), self.close, None)

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status der Vorschau"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            self.status.setText(self.tr("Das PDF lässt sich nicht anzeigen (leer oder beschädigt)."))
            for action in (self.action_print, self.action_previous, self.action_next):
                action.setEnabled(False)
        else:
            pages = count_text(self.document.pageCount(), self.tr("Seite"), self.tr("Seiten"))
            self.status.setText(fill(self.tr("%1. Gedruckt wird ohne Skalierung in Originalgröße."), pages))
            self._show_notices(getattr(pdf_bytes, "notices", ()))
        self._page_changed(0)
        self.resize(self._fitting_size(parent))

    def _show_notices(self, notices) -> None:
        """What the text engine had to shorten (issue 15): named in the status line, every one in its tooltip."""
        if not notices:
            return
        messages = [n.message() for n in notices]
        shortened = count_text(len(messages), self.tr("Angabe"), self.tr("Angaben"))
        first = messages[0] if len(messages) == 1 else fill(self.tr("%1 und weitere"), messages[0])
        self.status.setText(self.status.text() + " " + fill(self.tr("⚠ %1 gekürzt: %2"), shortened, first))
        self.status.setToolTip("\n".join(messages))
        self.status.setStyleSheet("color: #9a3412;")
        self.notices = messages

    def _fitting_size(self, parent: QWidget | None) -> QSize:
        """900×1000 where the screen allows; on a smaller screen (1366×768, 1280×900) the whole
        window, title bar and status line included, stays on it (issue 14, obs. 8)."""
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(900, 1000)
        available = screen.availableGeometry()
        frame = 40  # title bar and borders the window manager adds around the dialog
        return QSize(min(900, available.width() - 20), min(1000, available.height() - frame))

    def _action(self, toolbar: QToolBar, text: str, slot, shortcut, tip: str = "") -> QAction:
        action = QAction(text, self)
        if tip:
            action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        toolbar.addAction(action)
        return action

    # -- pages and zoom ------------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.document.pageCount() and page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _page_changed(self, page: int) -> None:
        self.page_input.blockSignals(True)
        self.page_input.setValue(page + 1)
        self.page_input.blockSignals(False)
        self.action_previous.setEnabled(page > 0)
        self.action_next.setEnabled(page + 1 < self.document.pageCount())

    def zoom_in(self) -> None:
        self._zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.view.zoomFactor() / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(8.0, max(0.1, factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    # -- output ----------------------------------------------------------------------------------------
    def print_to(self, printer: QPrinter) -> int:
        """Send every page to ``printer``; from a few pages on with a progress window that can
        cancel between pages (the window stays responsive: events are handled per page)."""
        printer.setDocName(self.windowTitle())
        if self.document.pageCount() <= 3:
            return print_pdf_document(self.document, printer)
        dialog = QProgressDialog(self.tr("Seiten werden an den Drucker geschickt …"), self.tr("Abbrechen"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QCoreApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            return print_pdf_document(self.document, printer, progress)
        finally:
            dialog.close()
            dialog.deleteLater()

    def print_with_dialog(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Drucken"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            pages = self.print_to(printer)
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Drucken"),
                self.tr("Der Drucker lässt sich nicht öffnen. Bitte Drucker und Verbindung prüfen."),
            )
            return False
        self.status.setText(self.tr("%d Seite(n) an den Drucker geschickt.") % pages)
        return True

    def save_as(self) -> Path | None:
        suggestion = str(file_dialogs.documents_folder() / self.suggested_name)
        path, _filter = file_dialogs.get_save_file_name(
            self, self.tr("Als PDF speichern"), suggestion, self.tr("PDF-Dateien (*.pdf)")
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            output_files.write_bytes(target, self.pdf_bytes)  # atomic, 0600, never over the database
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Als PDF speichern"), service_text(exc))
            return None
        self.status.setText(self.tr("Gespeichert: %s") % target)
        return target


def show_pdf_preview(
    parent: QWidget | None, pdf_bytes: bytes, title: str, suggested_name: str = "kidesk.pdf"
) -> PdfPreviewDialog:
    """Open the (non-modal) preview and return it."""
    dialog = PdfPreviewDialog(pdf_bytes, title, suggested_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
