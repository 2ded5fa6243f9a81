"""Calling a print product of :mod:`kidesk.services.printing` and showing the PDF preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kidesk.errors import UserError
from kidesk.ui.common.text import fill
from kidesk.ui.print_preview import PdfPreviewDialog, render_with_progress, show_pdf_preview


def run_print_product(
    parent: QWidget, render: Callable[..., bytes], title: str, suggested_name: str, **kwargs: Any
) -> PdfPreviewDialog | None:
    """Render with ``render(parent.db, **kwargs)`` (a print function of
    :mod:`kidesk.services.printing`) off the GUI thread, with a cancellable progress window
    when it takes long, and open the preview; a user error becomes a message."""
    db = parent.db  # type: ignore[attr-defined]
    try:
        pdf = render_with_progress(
            parent,
            fill(QCoreApplication.translate("PrintProducts", "„%1“ wird gesetzt …"), title),
            lambda: render(db, **kwargs),
        )
    except UserError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    if pdf is None:  # cancelled
        return None
    return show_pdf_preview(parent, pdf, title, suggested_name)
