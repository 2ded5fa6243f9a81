"""The help window: page list on the left, the Markdown page on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

#: where the manual lives: docs/manual next to the package (a source checkout or an install
#: that ships docs/); see docs/DESK.md
MANUAL_DIR = Path(__file__).resolve().parents[3] / "docs" / "manual"

#: the manual page of each main tab (main_window.TAB_KEYS)
PAGE_BY_TAB = {
    "contacts": "kontakte.md",
    "organisations": "organisationen.md",
    "events": "veranstaltungen.md",
    "volunteers": "ehrenamt.md",
}
PAGES = ("index.md", "kontakte.md", "organisationen.md", "veranstaltungen.md", "ehrenamt.md", "lizenz-und-support.md")


def manual_pages(folder: Path = MANUAL_DIR) -> list[tuple[str, str]]:
    """``(file name, title)`` of the pages present, in reading order (title = the first heading)."""
    pages = []
    for name in PAGES:
        path = folder / name
        if path.is_file():
            first = next((ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")), name)
            pages.append((name, first.lstrip("# ").strip()))
    return pages


class HelpDialog(QDialog):
    def __init__(self, page: str = "index.md", parent: QWidget | None = None, folder: Path = MANUAL_DIR) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("kidesk – Hilfe"))
        self.folder = folder
        self.pages = QListWidget(self)
        self.pages.setAccessibleName(self.tr("Seiten der Hilfe"))
        for name, title in manual_pages(folder):
            item = QListWidgetItem(title)
            item.setData(0x0100, name)  # Qt.UserRole
            self.pages.addItem(item)
        self.pages.setMaximumWidth(240)
        self.browser = QTextBrowser(self)
        # Tab leaves the text instead of walking its links (a Tab trap); the page list reaches every page
        self.browser.setTabChangesFocus(True)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction & ~Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.browser.setAccessibleName(self.tr("Hilfetext"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(folder)])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("S&chließen"))
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.pages.currentRowChanged.connect(self._page_chosen)
        self.browser.sourceChanged.connect(self._source_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        QWidget.setTabOrder(self.pages, self.browser)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(900, screen.width() - 40) if screen else 900, min(700, screen.height() - 60) if screen else 700)
        self.open_page(page)

    def open_page(self, name: str) -> None:
        path = self.folder / name
        if not path.is_file():
            self.browser.setPlainText(
                self.tr("Das Handbuch wurde nicht gefunden. Es liegt im Ordner docs/manual des Programms.")
            )
            return
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        self._source_changed(self.browser.source())

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    def _page_chosen(self, row: int) -> None:
        item = self.pages.item(row)
        if item is not None and item.data(0x0100) != self.current_page():
            self.open_page(item.data(0x0100))

    def _source_changed(self, _url: QUrl) -> None:
        name = self.current_page()
        for row in range(self.pages.count()):
            if self.pages.item(row).data(0x0100) == name:
                self.pages.blockSignals(True)
                self.pages.setCurrentRow(row)
                self.pages.blockSignals(False)


def show_help(parent: QWidget | None, tab_key: str | None = None) -> HelpDialog:
    """Open the manual (non-modal) on the page of ``tab_key`` (or the start page)."""
    dialog = HelpDialog(PAGE_BY_TAB.get(tab_key or "", "index.md"), parent)
    dialog.show()
    return dialog
