"""Starting the desktop application: translations, locale, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kidesk import paths
from kidesk.db.database import Database
from kidesk.ui import crash_handler, workstation_settings
from kidesk.ui.common.control_char_guard import install_control_char_guard
from kidesk.ui.common.focus_frame import install_focus_frame
from kidesk.ui.common.wheel_guard import install_wheel_guard


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("kidesk")
    app.setApplicationName("kidesk")
    # no display name: Qt would append " — kidesk" to every title ("kidesk – Demo-Datenbank — kidesk")
    install_wheel_guard(app)  # the wheel never edits an unfocused field (issue 14)
    install_control_char_guard(app)  # no pasted escape sequence in a text field (issue 12)
    return app  # type: ignore[return-value]


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """German is built in (the source strings); other languages load ``kidesk_<lang>.qm``.

    Dates and numbers follow the user's system locale (QLocale), whatever the UI language.
    Returns the installed translators (kept alive by the application property).
    """
    language = language or workstation_settings.language()
    installed: list[QTranslator] = []
    if language != "de":
        ours = QTranslator(app)
        if ours.load(str(paths.resource_path("translations", f"kidesk_{language}.qm"))):
            app.installTranslator(ours)
            installed.append(ours)
    qt_base = QTranslator(app)  # Qt's own dialogs (QMessageBox buttons, QFileDialog) in the same language
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    system = QLocale.system()
    # A bare "C"/POSIX environment says nothing about the user: the office is German.
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany) if system.name() == "C" else system)
    app._kidesk_translators = installed  # type: ignore[attr-defined]
    return installed


def run_gui(db: Database, *, demo: bool = False) -> int:
    from kidesk.ui.busy_wait import install_busy_message
    from kidesk.ui.main_window import MainWindow

    app = create_application()
    crash_handler.install()  # an unexpected error becomes a dialog and a line in kidesk.log
    install_translators(app)
    install_focus_frame(app)  # a visible focus frame (issue 14)
    window = MainWindow(db, demo=demo)
    install_busy_message(window, db)  # another program's write lock: "bitte warten", not a frozen window
    window.show()
    return app.exec()
