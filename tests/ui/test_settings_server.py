"""The settings dialog points a workstation at the office's PostgreSQL database (issue 20).

The address is checked by connecting once; the password is stored (0600) but never shown in
the dialog's texts nor logged; an unreachable server is one German line and changes nothing.
"""

from __future__ import annotations

import logging
import os

from kidesk import paths
from kidesk.db.database import open_database, resolve_target
from kidesk.ui.settings_dialog import ServerDialog, SettingsDialog

PASSWORD = "geh=SUM(A1)<b>&ßim"


def test_a_server_address_is_checked_and_kept_for_the_next_start_without_showing_the_password(
    qtbot, db, pg_url, dialogs, caplog
):
    caplog.set_level(logging.DEBUG)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    pointer = paths.data_dir() / paths.DB_POINTER_FILENAME

    assert not dialog.choose_server("postgresql://kidesk@127.0.0.1:1/kidesk", PASSWORD)  # nobody listens
    (warning,) = dialogs.texts("warning")
    assert "nicht erreichbar" in warning and "127.0.0.1:1" in warning and "\n" not in warning
    assert not pointer.exists()
    assert not dialog.choose_server("C:\\Daten\\kidesk.sqlite")
    assert "keine Server-Adresse" in dialogs.texts("warning")[-1]

    assert dialog.choose_server(pg_url, PASSWORD)  # trust on the test server: any password passes
    (done,) = dialogs.texts("information")
    assert "Verbindung geprüft" in done and "***" in done
    assert "***" in dialog.database_note.text()
    stored = pointer.read_text(encoding="utf-8").strip()
    assert os.stat(pointer).st_mode & 0o777 == 0o600
    assert resolve_target(None) == stored  # the next start opens the server
    every_text = [*dialogs.texts(), dialog.database_note.text(), caplog.text]
    assert not any(PASSWORD in t or "geh=SUM" in t for t in every_text)
    office = open_database(None, create=False)
    try:
        assert office.engine.dialect.name == "postgresql"
    finally:
        office.dispose()


def test_the_server_dialog_hides_the_password_and_has_names_for_every_field(qtbot):
    ask = ServerDialog()
    qtbot.addWidget(ask)
    assert ask.password.echoMode() == ask.password.EchoMode.Password
    assert ask.address.accessibleName() and ask.password.accessibleName()
    ask.show()
    ask.address.setFocus()
    qtbot.waitUntil(ask.address.hasFocus, timeout=3000)
    ask.focusNextChild()  # Tab: reading order, address then password
    assert ask.focusWidget() is ask.password
