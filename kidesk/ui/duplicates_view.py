"""*Doppelte Kontakte finden*: the list of likely duplicates and a side-by-side merge.

Left, every likely pair with the reason (same e-mail, same name written differently, swapped
names, similar name, the same name in another script, household, namesake). Right, the two
records field by field — contact, volunteer profile (dates, availability, notes, language
levels) and the affiliations at an organisation both are linked to: where both have a different
value, a radio button chooses which one stays (notes: both by default) — a value not chosen is
kept in the notes, and every link (organisations, participations, volunteer hours) moves to the
kept contact (:func:`kidesk.services.duplicates.merge_contacts`). Right after a merge,
*Rückgängig* restores both records exactly (:func:`kidesk.services.duplicates.undo_merge`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.services.duplicates import (
    MERGE_LEVEL,
    DuplicatePair,
    MergeUndo,
    dismiss_pair,
    display_value,
    find_duplicates,
    link_summary,
    merge_contacts,
    merge_preview,
    undo_merge,
)
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.tables import read_only_table
from kidesk.ui.common.text import fill


class MergePanel(QWidget):
    """Two contacts side by side; per differing field a choice of which value stays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.groups: dict[str, QButtonGroup] = {}
        self.keep_id: int | None = None
        self.other_id: int | None = None

    def clear(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.groups.clear()
        self.keep_id = self.other_id = None

    def load(self, db: Database, keep_id: int, other_id: int) -> None:
        self.clear()
        self.keep_id, self.other_id = keep_id, other_id
        bold = "font-weight: bold"
        for column, text in enumerate(
            (
                self.tr("Feld"),
                fill(self.tr("Kontakt %1 (bleibt)"), keep_id),
                fill(self.tr("Kontakt %1 (wird aufgelöst)"), other_id),
            )
        ):
            label = QLabel(text, self)
            label.setStyleSheet(bold)
            self.grid.addWidget(label, 0, column)
        row = 1
        section = ("contact", "")
        for choice in merge_preview(db, keep_id, other_id):
            keep_text = display_value(choice.field, choice.keep_value)
            other_text = display_value(choice.field, choice.other_value)
            if not keep_text and not other_text:
                continue
            if (choice.section, choice.section_name) != section:
                section = (choice.section, choice.section_name)
                heading = QLabel(self._section_title(choice.section, choice.section_name), self)
                heading.setStyleSheet(bold)
                self.grid.addWidget(heading, row, 0, 1, 4)
                row += 1
            label = choice.label if choice.field.startswith("language.") else self.tr(choice.label)
            self.grid.addWidget(QLabel(label, self), row, 0)
            if choice.conflict:
                group = QButtonGroup(self)
                options = [(keep_text, "keep"), (other_text, "other")]
                if choice.both_allowed:
                    options.append((self.tr("beide behalten"), "both"))
                for column, (text, key) in enumerate(options, start=1):
                    button = QRadioButton(text, self)
                    button.setProperty("choice", key)
                    button.setAccessibleName(fill(self.tr("%1: %2"), label, text))
                    group.addButton(button)
                    self.grid.addWidget(button, row, column)
                    button.setChecked(key == choice.default)
                self.groups[choice.field] = group
            else:
                self.grid.addWidget(QLabel(keep_text, self), row, 1)
                self.grid.addWidget(QLabel(other_text, self), row, 2)
            row += 1
        self.grid.addWidget(QLabel(self.tr("Verknüpfungen"), self), row, 0)
        for column, contact_id in ((1, keep_id), (2, other_id)):
            links = QLabel(link_summary(db, contact_id), self)
            links.setWordWrap(True)
            self.grid.addWidget(links, row, column)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        note = QLabel(
            self.tr(
                "Nicht gewählte Werte und beide Notizen bleiben in den Notizen erhalten; alle Verknüpfungen gehen "
                "auf den bleibenden Kontakt über."
            ),
            self,
        )
        note.setWordWrap(True)
        self.grid.addWidget(note, row + 1, 0, 1, 4)
        self.grid.setRowStretch(row + 2, 1)

    def _section_title(self, section: str, name: str) -> str:
        if section == "volunteer":
            return self.tr("Ehrenamtsprofil")
        if section == "affiliation":
            return fill(self.tr("Organisation %1"), name)
        return self.tr("Kontakt")

    def choices(self) -> dict[str, str]:
        result = {}
        for name, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                result[name] = checked.property("choice")
        return result

    def choose(self, field: str, key: str) -> None:
        for button in self.groups[field].buttons():
            if button.property("choice") == key:
                button.setChecked(True)


class DuplicatesView(QDialog):
    COL_FIRST, COL_SECOND, COL_REASON, COL_SCORE = range(4)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pairs: list[DuplicatePair] = []
        self.setWindowTitle(self.tr("Doppelte Kontakte finden"))
        self.resize(1100, 650)
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Mögliche Dubletten"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kontakt"),
                self.tr("Möglicherweise dieselbe Person"),
                self.tr("Grund"),
                self.tr("Übereinstimmung"),
            ]
        )
        read_only_table(self.table)
        self.table.horizontalHeader().setSectionResizeMode(self.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.setAccessibleName(self.tr("Mögliche Dubletten"))
        splitter.addWidget(self.table)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        scroll = QScrollArea(right)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Zusammenführen: Felder der beiden Kontakte"))
        self.panel = MergePanel(scroll)
        scroll.setWidget(self.panel)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.swap_button = QPushButton(self.tr("Seiten &tauschen"), right)
        self.merge_button = QPushButton(self.tr("&Zusammenführen"), right)
        self.dismiss_button = QPushButton(self.tr("&Keine Dublette"), right)
        self.undo_button = QPushButton(self.tr("&Rückgängig"), right)
        self.undo_button.setAccessibleName(self.tr("Letzte Zusammenführung rückgängig machen"))
        self.undo_button.setEnabled(False)
        for button in (self.swap_button, self.dismiss_button, self.merge_button, self.undo_button):
            buttons.addWidget(button)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setSizes([500, 600])
        layout.addWidget(splitter, 1)
        close = QPushButton(self.tr("Schl&ießen"), self)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.swap_button.clicked.connect(self.swap)
        self.merge_button.clicked.connect(self.merge)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.undo_button.clicked.connect(self.undo)
        self.last_merge: MergeUndo | None = None
        self.refresh()

    def refresh(self) -> None:
        self.pairs = find_duplicates(self.db)
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            for column, text in enumerate(
                (pair.first_label, pair.second_label, self.tr(pair.reason), f"{pair.score} %")
            ):
                item = QTableWidgetItem(text)
                if pair.score < MERGE_LEVEL:  # a suggestion or a household: look closely before merging
                    item.setToolTip(
                        self.tr("Nur ein Hinweis: vermutlich verschiedene Personen oder andere Schreibweise.")
                    )
                self.table.setItem(row, column, item)
        self.status.setText(fill(self.tr("%1 mögliche Dubletten gefunden."), len(self.pairs)))
        self.panel.clear()
        self._set_buttons(False)
        if self.pairs:
            self.table.selectRow(0)

    def _set_buttons(self, enabled: bool) -> None:
        for button in (self.swap_button, self.merge_button, self.dismiss_button):
            button.setEnabled(enabled)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.panel.clear()
            self._set_buttons(False)
            return
        pair = self.pairs[rows[0].row()]
        self._show(pair.first_id, pair.second_id)

    def _show(self, keep_id: int, other_id: int) -> None:
        try:
            self.panel.load(self.db, keep_id, other_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Dubletten"), service_text(exc))
            self.refresh()
            return
        self._set_buttons(True)

    def swap(self) -> None:
        if self.panel.keep_id is not None:
            self._show(self.panel.other_id, self.panel.keep_id)

    def dismiss(self) -> None:
        if self.panel.keep_id is None:
            return
        dismiss_pair(self.db, self.panel.keep_id, self.panel.other_id)
        self.refresh()

    def merge(self) -> None:
        keep_id, other_id = self.panel.keep_id, self.panel.other_id
        if keep_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Zusammenführen"),
            fill(
                self.tr(
                    "Kontakt %1 in Kontakt %2 zusammenführen? Kontakt %1 wird danach gelöscht; seine Angaben und "
                    "Verknüpfungen gehen auf Kontakt %2 über."
                ),
                other_id,
                keep_id,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = merge_contacts(self.db, keep_id, other_id, self.panel.choices())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Zusammenführen"), service_text(exc))
            return
        self.refresh()
        self.last_merge = result.undo
        self.undo_button.setEnabled(self.last_merge is not None)
        self.status.setText(result.summary() + " " + self.status.text())

    def undo(self) -> None:
        """Restore both contacts of the last merge exactly as they were."""
        if self.last_merge is None:
            return
        try:
            undo_merge(self.db, self.last_merge)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Rückgängig"), service_text(exc))
            return
        finally:
            self.last_merge = None
            self.undo_button.setEnabled(False)
        self.refresh()
        self.status.setText(self.tr("Zusammenführung rückgängig gemacht.") + " " + self.status.text())


def open_duplicates_view(parent: QWidget | None, db: Database) -> DuplicatesView:
    view = DuplicatesView(db, parent)
    view.exec()
    return view
