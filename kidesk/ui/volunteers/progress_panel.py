"""The *Qualifizierung* page: per series the attended and missing modules, the certificate."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kidesk.errors import UserError
from kidesk.services import printing
from kidesk.services import volunteers as vs
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill
from kidesk.ui.print_preview import show_pdf_preview


class ProgressPanel(QWidget):
    """Per series: attended modules, missing ones, and the certificate button."""

    status_message = Signal(str)

    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id: int | None = None
        self.contact_id: int | None = None
        self.print_buttons: dict[int, QPushButton] = {}
        self._content = QWidget()
        self._grid = QGridLayout(self._content)
        self._grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Fortschritt in den Qualifizierungsreihen"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.previews: list[QWidget] = []

    def set_volunteer(self, volunteer_id: int | None, contact_id: int | None) -> None:
        self.volunteer_id, self.contact_id = volunteer_id, contact_id
        self.reload()

    def reload(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.print_buttons = {}
        if self.contact_id is None:
            return
        progress = vs.qualification_progress(self.db, self.contact_id)
        if not progress:
            empty = QLabel(self.tr("Noch an keinem Modul einer Qualifizierungsreihe teilgenommen."))
            empty.setWordWrap(True)
            self._grid.addWidget(empty, 0, 0, 1, 3)
            self._grid.setRowStretch(1, 1)
            return
        for row, p in enumerate(progress):
            title = QLabel(f"<b>{p.title}</b>")
            title.setWordWrap(True)
            attended = ", ".join(str(m) for m in p.attended) or "–"
            missing = ", ".join(str(m) for m in p.missing) or "–"
            details = QLabel(
                fill(
                    self.tr("Besucht: Module %1 · fehlt: %2 · nötig für die Bescheinigung: %3 von %4"),
                    attended,
                    missing,
                    p.required,
                    len(p.modules),
                )
            )
            details.setWordWrap(True)
            state = QLabel(self.tr("✓ Bescheinigung möglich") if p.meets_rule else self.tr("noch nicht vollständig"))
            button = QPushButton(self.tr("Bescheinigung drucken"))
            button.setEnabled(p.meets_rule)
            button.setAccessibleName(fill(self.tr("Bescheinigung drucken: %1"), p.title))
            button.clicked.connect(lambda _checked=False, sid=p.series_id, t=p.title: self.print_certificate(sid, t))
            self.print_buttons[p.series_id] = button
            box = QVBoxLayout()
            box.addWidget(title)
            box.addWidget(details)
            box.addWidget(state)
            holder = QWidget()
            holder.setLayout(box)
            self._grid.addWidget(holder, row, 0, 1, 2)
            self._grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        self._grid.setRowStretch(len(progress), 1)

    def print_certificate(self, series_id: int, title: str) -> None:
        try:
            pdf = printing.print_certificates(self.db, series_id=series_id, volunteer_ids=[self.volunteer_id])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Bescheinigung"), service_text(exc))
            return
        self.previews.append(
            show_pdf_preview(self, pdf, fill(self.tr("Bescheinigung – %1"), title), suggested_name="bescheinigung.pdf")
        )
        self.status_message.emit(self.tr("Bescheinigung erstellt."))
