"""Editor for the invitation letter's text: placeholders listed, live preview (issue 14, obs. 15).

Left the text (Tab leaves it), in the middle the placeholders (Enter or double-click inserts
one at the cursor), right the letter's body for the chosen event as it will be printed. The
placeholder rule is the print service's (``kidesk print invitations --body`` uses the same).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.services import events
from kidesk.services import invitation_text as texts
from kidesk.ui.common.prompts import UnsavedAnswer, ask_unsaved_changes
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class InvitationTextDialog(QDialog):
    def __init__(self, db: Database, event_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Einladungstext"))
        stored = texts.load_invitation_text(db)
        self._saved_text = stored.text

        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(stored.text)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Text des Einladungsbriefs"))
        self.placeholders = QListWidget(self)
        self.placeholders.setAccessibleName(self.tr("Platzhalter"))
        for name, meaning in texts.PLACEHOLDERS:
            item = QListWidgetItem(f"${name}")
            item.setToolTip(meaning)
            item.setData(NAME_ROLE, name)
            self.placeholders.addItem(item)
        self.insert_button = QPushButton(self.tr("&Einfügen"), self)
        self.insert_button.setAccessibleName(self.tr("Platzhalter an der Schreibmarke einfügen"))
        self.event_choice = QComboBox(self)
        self.event_choice.setAccessibleName(self.tr("Veranstaltung für die Vorschau"))
        for row in events.list_events(db, include_past=True):
            self.event_choice.addItem(f"{row.starts_at:%d.%m.%Y} – {row.title}", row.id)
        if event_id is not None and self.event_choice.findData(event_id) >= 0:
            self.event_choice.setCurrentIndex(self.event_choice.findData(event_id))
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Vorschau des Brieftexts"))
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.default_button = QPushButton(self.tr("&Zurück zum Standardtext"), self)
        self.default_button.setAccessibleName(self.tr("Den mitgelieferten Text wiederherstellen"))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Speichern"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.default_button, QDialogButtonBox.ButtonRole.ResetRole)

        text_label = QLabel(self.tr("&Text (Absätze durch Leerzeile):"), self)
        text_label.setBuddy(self.editor)
        list_label = QLabel(self.tr("&Platzhalter:"), self)
        list_label.setBuddy(self.placeholders)
        event_label = QLabel(self.tr("&Vorschau für:"), self)
        event_label.setBuddy(self.event_choice)
        left = QVBoxLayout()
        left.addWidget(text_label)
        left.addWidget(self.editor, 1)
        middle = QVBoxLayout()
        middle.addWidget(list_label)
        middle.addWidget(self.placeholders, 1)
        middle.addWidget(self.insert_button)
        right = QVBoxLayout()
        right.addWidget(event_label)
        right.addWidget(self.event_choice)
        right.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(middle, 1)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        self.editor.textChanged.connect(self._timer.start)
        self.event_choice.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.placeholders.itemActivated.connect(self.insert_placeholder)
        self.insert_button.clicked.connect(lambda: self.insert_placeholder(self.placeholders.currentItem()))
        self.default_button.clicked.connect(lambda: self.editor.setPlainText(texts.default_text()))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for first, second in (
            (self.editor, self.placeholders),
            (self.placeholders, self.insert_button),
            (self.insert_button, self.event_choice),
            (self.event_choice, self.preview),
        ):
            QWidget.setTabOrder(first, second)
        self.resize(1100, 620)
        self.update_preview()

    def text(self) -> str:
        return self.editor.toPlainText()

    def is_modified(self) -> bool:
        return self.text().strip("\n") != self._saved_text.strip("\n")

    def insert_placeholder(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.editor.insertPlainText(f"${item.data(NAME_ROLE)}")
        self.editor.setFocus()

    def update_preview(self) -> None:
        unknown = texts.unknown_placeholders(self.text())
        self.problems.setText(
            fill(
                self.tr("Unbekannte Platzhalter (bleiben so im Brief stehen): %1"), ", ".join(f"${n}" for n in unknown)
            )
            if unknown
            else ""
        )
        event_id = self.event_choice.currentData()
        if event_id is None:
            self.preview.setPlainText(self.tr("Für die Vorschau bitte zuerst eine Veranstaltung anlegen."))
            return
        try:
            paragraphs = texts.preview_invitation(self.db, event_id, self.text())
        except UserError as exc:
            self.preview.setPlainText(service_text(exc))
            return
        salutation = html.escape(self.tr("Sehr geehrte Frau Mustermann,"))
        body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
        self.preview.setHtml(f"<p>{salutation}</p>{body}")

    def save(self) -> bool:
        try:
            stored = texts.save_invitation_text(self.db, self.text())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Einladungstext"), service_text(exc))
            return False
        self._saved_text = stored.text
        self.accept()
        return True

    def reject(self) -> None:
        if self.is_modified():
            answer = ask_unsaved_changes(self, self.tr("Einladungstext"))
            if answer == UnsavedAnswer.CANCEL:
                return
            if answer == UnsavedAnswer.SAVE:
                self.save()
                return
        super().reject()
