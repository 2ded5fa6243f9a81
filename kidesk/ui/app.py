"""Starting the desktop application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from kidesk.db.database import Database


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("kidesk")
    app.setApplicationName("kidesk")
    app.setApplicationDisplayName("kidesk")
    return app  # type: ignore[return-value]


def run_gui(db: Database, *, demo: bool = False) -> int:
    from kidesk.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(db, demo=demo)
    window.show()
    return app.exec()
