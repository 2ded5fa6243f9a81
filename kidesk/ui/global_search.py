"""The global search box in the toolbar (Ctrl+K): type, pick a hit, land on the record.

Hits come from :class:`GlobalSearchModel` and pop up under the box (a QCompleter in
unfiltered mode: the FTS query already did the filtering). Up/Down choose, Enter jumps;
Enter without choosing takes the best hit. After a jump the box is emptied, so the next
Ctrl+K starts a fresh search instead of showing the last word.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from kidesk.db.database import Database
from kidesk.ui.models.global_search_model import HIT_ROLE, GlobalHit, GlobalSearchModel

DELAY_MS = 150


class GlobalSearchField(QLineEdit):
    hit_chosen = Signal(object)  # GlobalHit

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Überall suchen … (Strg+K)"))
        self.setAccessibleName(self.tr("Globale Suche nach Kontakten, Organisationen, Veranstaltungen, Ehrenamtlichen"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(280)
        self.model = GlobalSearchModel(db, self)
        self.completer_popup = QCompleter(self.model, self)
        self.completer_popup.setWidget(self)
        self.completer_popup.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_popup.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_popup.setMaxVisibleItems(12)
        self.completer_popup.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.update_hits)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self.choose_best)

    def update_hits(self) -> None:
        self._timer.stop()
        self.model.set_text(self.text())
        if self.model.rowCount() and self.hasFocus():
            self.completer_popup.complete()
        else:
            self.completer_popup.popup().hide()

    def choose_best(self) -> None:
        self.update_hits()
        hit = self.model.hit(0)
        if hit is not None:
            self._choose(hit)

    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.data(HIT_ROLE))
        if hit is not None:
            self._choose(hit)

    def _choose(self, hit: GlobalHit) -> None:
        self.completer_popup.popup().hide()
        self._timer.stop()
        self.clear()
        self.model.set_text("")
        self.hit_chosen.emit(hit)
