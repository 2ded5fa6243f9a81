"""The main window: one tab per area of work."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from kidesk.db.database import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        title = self.tr("kidesk")
        if demo:
            title += " – " + self.tr("Demo-Datenbank")
        self.setWindowTitle(title)
        self.tabs = QTabWidget(self)
        for name in (self.tr("Kontakte"), self.tr("Partnerorganisationen"), self.tr("Veranstaltungen"), self.tr("Ehrenamtliche")):
            self.tabs.addTab(QLabel(name), name)
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(self.tr("Datenbank: %s") % db.location)
        self.resize(1200, 800)
