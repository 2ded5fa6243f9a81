"""The retention review: what the rules propose, ticked by the user, carried out after one more question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.domain.dates import format_date
from kidesk.errors import UserError
from kidesk.services.privacy import retention
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.tables import read_only_table
from kidesk.ui.common.text import fill


class ReviewDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Aufbewahrung prüfen"))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Regel"), self.tr("Person"), self.tr("Begründung"), self.tr("fällig seit"), self.tr("Aktion")]
        )
        self.table.setAccessibleName(self.tr("Vorschläge der Aufbewahrungsregeln"))
        read_only_table(self.table, single=None)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        reference_label = QLabel(self.tr("&Aktenzeichen:"))
        self.reference = QLineEdit()
        self.reference.setMaxLength(120)
        self.reference.setAccessibleName(self.tr("Aktenzeichen für das Löschregister"))
        reference_label.setBuddy(self.reference)
        row.addWidget(reference_label)
        row.addWidget(self.reference, 1)
        self.apply_button = QPushButton(self.tr("Angekreuzte aus&führen …"))
        self.apply_button.setAccessibleName(self.tr("Angekreuzte Vorschläge nach Rückfrage ausführen"))
        self.apply_button.clicked.connect(lambda: self.apply_checked())
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Schließen"))
        close.setAccessibleName(self.tr("Prüfung schließen"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(980, 520)
        self.reload()

    def reload(self) -> None:
        self.items = retention.review(self.db)
        self.intro.setText(
            fill(
                self.tr(
                    "%1 Vorschläge der Aufbewahrungsregeln. Nichts wird ohne Ihre Bestätigung gelöscht; was Sie "
                    "ausführen, kommt ins Löschregister."
                ),
                str(len(self.items)),
            )
            if self.items
            else self.tr("Keine Regel schlägt derzeit eine Löschung vor.")
        )
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = (item.rule_label, item.name, item.detail, format_date(item.due_since), item.action_label)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 0:
                    cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    cell.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.apply_button.setEnabled(bool(self.items))

    def checked(self) -> list[retention.ReviewItem]:
        return [
            item for row, item in enumerate(self.items) if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def set_all_checked(self, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self.table.item(row, 0).setCheckState(state)

    def apply_checked(self, *, confirmed: bool = False) -> int:
        chosen = self.checked()
        if not chosen:
            self.message.setText(self.tr("Bitte zuerst die Vorschläge ankreuzen, die ausgeführt werden sollen."))
            return 0
        if not confirmed:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Aufbewahrung prüfen"),
                fill(
                    self.tr("%1 Vorschläge endgültig ausführen? Das lässt sich nicht rückgängig machen."),
                    str(len(chosen)),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Endgültig &ausführen"))
            box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Abbre&chen"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return 0
        try:
            done = retention.apply(self.db, chosen, reference=self.reference.text().strip() or None)
        except UserError as exc:
            self.message.setText(service_text(exc))
            return 0
        self.reload()
        self.message.setText(fill(self.tr("%1 Vorschläge ausgeführt und im Löschregister vermerkt."), str(done)))
        return done
