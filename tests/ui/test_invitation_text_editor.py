"""The invitation text editor: placeholders, live preview, stored for the letters (issue 14, obs. 15)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from kidesk.services import invitation_text as texts
from kidesk.services import printing
from kidesk.services import settings as settings_service
from kidesk.ui.invitation_text_editor import InvitationTextDialog
from tests.event_fixtures import build_event_world


def _dialog(qtbot, db, event_id):
    dialog = InvitationTextDialog(db, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_placeholders_are_listed_and_the_preview_follows_the_text(qtbot, db, dialogs):
    w = build_event_world(db)
    dialog = _dialog(qtbot, db, w.module2)
    listed = [dialog.placeholders.item(i).text() for i in range(dialog.placeholders.count())]
    assert "$titel" in listed and "$referenten_satz" in listed
    assert "Asylrecht kompakt" in dialog.preview.toPlainText()  # the built-in text
    dialog.editor.setPlainText("Liebe Aktive,\n\nwir laden zu ")
    dialog.editor.moveCursor(dialog.editor.textCursor().MoveOperation.End)
    dialog.placeholders.setCurrentRow(listed.index("$titel"))
    dialog.insert_button.click()
    dialog.editor.insertPlainText(" <b>&</b> =SUM(A1) ein. $tittel")
    dialog.update_preview()
    preview = dialog.preview.toPlainText()
    assert "wir laden zu Asylrecht kompakt <b>&</b> =SUM(A1) ein." in preview
    assert "$tittel" in dialog.problems.text()
    dialogs.answers.append(QMessageBox.StandardButton.Discard)  # closing at teardown asks


def test_saved_text_is_what_the_letters_say(qtbot, db):
    w = build_event_world(db)
    settings = settings_service.load_settings(db)
    settings_service.save_settings(db, type(settings)(own_organisation_id=w.ki))
    dialog = _dialog(qtbot, db, w.module2)
    dialog.editor.setPlainText("Herzlich willkommen zu „$titel“, $vorname!\n\nBis bald.")
    assert dialog.save()
    assert not texts.load_invitation_text(db).is_default
    from kidesk.services import events as ev

    ev.invite_contacts(db, w.module2, [w.ayse])
    pdf = printing.print_invitations(db, event_id=w.module2)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Herzlich willkommen zu „Asylrecht kompakt“, Ayşe!" in text
    # the built-in text again: the setting is removed
    dialog = _dialog(qtbot, db, w.module2)
    dialog.default_button.click()
    assert dialog.save() and texts.load_invitation_text(db).is_default


def test_closing_with_changes_asks_and_cancel_keeps_the_dialog(qtbot, db, dialogs):
    w = build_event_world(db)
    dialog = _dialog(qtbot, db, w.module2)
    dialog.editor.setPlainText("Neu")
    dialogs.answers = [QMessageBox.StandardButton.Cancel]
    dialog.reject()
    assert dialog.isVisible()
    dialogs.answers = [QMessageBox.StandardButton.Discard]
    dialog.reject()
    assert not dialog.isVisible() and texts.load_invitation_text(db).is_default
