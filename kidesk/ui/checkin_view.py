"""Check-in at the door: large, keyboard-first, works offline on a laptop.

Type a few letters of a name (or of the organisation) → the list narrows → Enter marks the
top (or the highlighted) person as attended; ↑/↓ move the highlight without leaving the
field. Nobody fits? Enter (or Ctrl+N) moves to the walk-in form, pre-filled with what was
typed; Enter in that form creates the contact and checks them in, then focus returns to
the search field for the next person.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.domain.dates import format_datetime
from kidesk.errors import UserError
from kidesk.services import events
from kidesk.ui.common.change_polling import CHECKIN_TABLES, ChangePoller
from kidesk.ui.common.plural_text import count_text
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill
from kidesk.ui.models.checkin_list_model import CheckinListModel
from kidesk.ui.models.event_table_model import status_label


class CheckinView(QWidget):
    checked_in = Signal(int)  # participation id

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 1.6)
        self.setFont(big)

        event = events.event_summary(db, event_id)
        heading = f"{event.title} – {format_datetime(event.starts_at)}"
        self.heading = QLabel(heading, self)
        head_font = QFont(big)
        head_font.setBold(True)
        self.heading.setFont(head_font)
        self.heading.setWordWrap(True)
        self.tally = QLabel(self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Namen tippen, Enter = anwesend"))
        self.search.setClearButtonEnabled(True)
        search_font = QFont(big)
        search_font.setPointSizeF(big.pointSizeF() * 1.3)
        self.search.setFont(search_font)
        self.model = CheckinListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the search field
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # the organisation, written last, is what gets cut
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        feedback_font = QFont(big)
        feedback_font.setBold(True)
        self.feedback.setFont(feedback_font)  # set explicitly: a style sheet stops font inheritance
        self.feedback.setMinimumHeight(self.fontMetrics().height() * 2)

        self.walk_in_box = QGroupBox(self.tr("Ohne Anmeldung erschienen (Strg+N)"), self)
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.organisation = QLineEdit(self)
        names = [name for _id, name in events.id_name_list(db, "organisations")]
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)  # reuse an existing organisation instead of a near-duplicate
        self.email = QLineEdit(self)
        self.walk_in_button = QPushButton(self.tr("Anlegen und einchecken"), self)
        self.undo_button = QPushButton(self.tr("Letzten Check-in &rückgängig (Strg+Z)"), self)
        self.undo_button.setAutoDefault(False)
        self.undo_button.setEnabled(False)
        self.undo_button.setAccessibleName(self.tr("Letzten Check-in rückgängig machen"))
        self.recent = QLabel(self)  # the last entries, newest first: what Strg+Z takes back
        self.recent.setWordWrap(True)
        self.recent.setAccessibleName(self.tr("Zuletzt eingecheckt"))
        self.walk_in_button.setAutoDefault(False)  # Enter in a field is handled by returnPressed
        for widget, name in (
            (self.search, self.tr("Name zum Einchecken")),
            (self.first_name, self.tr("Vorname")),
            (self.last_name, self.tr("Nachname")),
            (self.organisation, self.tr("Organisation")),
            (self.email, self.tr("E-Mail")),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout(self.walk_in_box)
        form.addRow(self.tr("Vorname"), self.first_name)
        form.addRow(self.tr("Nachname"), self.last_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("E-Mail"), self.email)
        form.addRow("", self.walk_in_button)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        left.addWidget(self.feedback)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(self.walk_in_box)
        hint = QLabel(
            self.tr("↑/↓ wählen · Enter = anwesend · Esc = Feld leeren\nStrg+N = neue Person ohne Anmeldung"), self
        )
        hint.setStyleSheet("color: #555555;")
        hint_font = QFont(big)
        hint_font.setPointSizeF(self.font().pointSizeF() * 0.7)
        hint.setFont(hint_font)
        right.addWidget(hint)
        right.addWidget(self.undo_button)
        right.addWidget(self.recent)
        right.addStretch(1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.tally)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.check_in_current)
        self.search.installEventFilter(self)
        for w in (self.first_name, self.last_name, self.organisation, self.email):
            w.returnPressed.connect(self.add_walk_in)
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.undo_button.clicked.connect(self.undo_last)
        QShortcut(QKeySequence("Ctrl+N"), self, self.start_walk_in)
        # Strg+Z takes back the last check-in; in the search field only once it is empty (the
        # field's own undo of typing comes first, see eventFilter)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_last)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._people: list[events.CheckinCandidate] = []
        self._undo: list[events.CheckinUndo] = []  # newest last
        self.reload()
        self.search.setFocus()
        # a second entrance checks people in too: the list follows, but never under a typed search
        self.change_poller = ChangePoller(self, db, CHECKIN_TABLES, self.reload, busy=lambda: bool(self.search.text()))

    # -- search and check-in -----------------------------------------------------------------
    def reload(self) -> None:
        """Read the list from the database again (after a check-in or a walk-in)."""
        self._people = events.checkin_candidates(self.db, self.event_id)
        self._filter(self.search.text())
        self._update_tally()

    def _filter(self, text: str) -> None:
        # filtering a cached list keeps every keystroke instant, even with 1 000 names
        self.model.set_rows(events.filter_candidates(self._people, text))
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _update_tally(self) -> None:
        # the one counting rule (services/events/counts.py): participants, contributors apart
        counts = events.event_counts(self.db, self.event_id)
        text = fill(
            self.tr("%1 anwesend · %2 angemeldet · %3 auf der Liste"),
            counts.attended,
            counts.registered,
            counts.on_list,
        )
        if counts.contributors:
            people = count_text(counts.contributors, self.tr("Mitwirkende/r"), self.tr("Mitwirkende"))
            text += " · +" + people + " " + fill(self.tr("(%1 anwesend)"), counts.contributors_attended)
        self.tally.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.list.currentIndex().row()
                row = min(self.model.rowCount() - 1, row + 1) if key == Qt.Key.Key_Down else max(0, row - 1)
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
            if key == Qt.Key.Key_Escape:
                self.search.clear()
                return True
            if event.matches(QKeySequence.StandardKey.Undo) and not self.search.text():
                self.undo_last()
                return True
        return super().eventFilter(watched, event)

    def check_in_current(self) -> events.CheckinCandidate | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.search.text().strip():
            if self.search.text().strip() and not self.model.rowCount():
                self.start_walk_in()
            return None
        candidate = self.model.row_at(index.row())
        try:
            result = events.check_in(self.db, candidate.participation_id)
        except UserError as exc:
            self._say(service_text(exc), ok=False)
            return None
        if candidate.status == "attended":
            self._say(fill(self.tr("%1 war schon eingecheckt."), result.name), ok=True)
        elif candidate.status not in events.CHECKIN_STATUSES:
            self._say(
                fill(
                    self.tr("✓ %1 ist eingecheckt (stand als „%2“ auf der Liste)."),
                    result.name,
                    status_label(candidate.status),
                ),
                ok=True,
            )
        else:
            self._say(fill(self.tr("✓ %1 ist eingecheckt."), result.name), ok=True)
        self._remember(result)
        self.checked_in.emit(result.participation_id)
        self.search.clear()
        self.reload()
        self.search.setFocus()
        return result

    # -- walk-ins ----------------------------------------------------------------------------
    def start_walk_in(self) -> None:
        typed = self.search.text().strip().split()
        if typed and not self.last_name.text():
            if len(typed) == 1:
                self.last_name.setText(typed[0])
            else:
                self.first_name.setText(" ".join(typed[:-1]))
                self.last_name.setText(typed[-1])
        (
            self.first_name
            if not self.first_name.text()
            else self.organisation
            if self.last_name.text()
            else self.last_name
        ).setFocus()

    def add_walk_in(self) -> events.CheckinCandidate | None:
        data = events.WalkInData(
            self.first_name.text(), self.last_name.text(), self.organisation.text(), self.email.text()
        )
        try:
            try:
                result = events.check_in_walk_in(self.db, self.event_id, data)
            except events.OrganisationNotCertain as unsure:
                chosen = self._ask_organisation(unsure)
                if chosen is None:
                    self.organisation.setFocus()
                    return None
                data = replace(data, organisation_id=chosen) if chosen else replace(data, new_organisation=True)
                result = events.check_in_walk_in(self.db, self.event_id, data)
        except UserError as exc:
            self._say(service_text(exc), ok=False)
            return None
        for w in (self.first_name, self.last_name, self.organisation, self.email):
            w.clear()
        self._say(fill(self.tr("✓ %1 neu erfasst und eingecheckt."), result.name), ok=True)
        self._remember(result)
        self.checked_in.emit(result.participation_id)
        self.search.clear()
        self.reload()
        self.search.setFocus()
        return result

    def _ask_organisation(self, unsure: events.OrganisationNotCertain) -> int | None:
        """Existing organisation id (Yes), 0 for "really a new one" (No), None to go back."""
        best_id, best_name = unsure.candidates[0]
        text = fill(
            self.tr("„%1“ gibt es so nicht. Gemeint ist wohl die vorhandene Organisation „%2“?"),
            unsure.typed,
            best_name,
        )
        if len(unsure.candidates) > 1:
            others = ", ".join(f"„{name}“" for _id, name in unsure.candidates[1:4])
            text += "\n" + fill(self.tr("Ähnlich sind auch: %1"), others)
        text += "\n\n" + fill(
            self.tr("Ja = „%1“ nehmen · Nein = „%2“ neu anlegen · Abbrechen = Eingabe ändern"), best_name, unsure.typed
        )
        answer = QMessageBox.question(
            self,
            self.tr("Organisation prüfen"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.organisation.setText(best_name)
            return best_id
        if answer == QMessageBox.StandardButton.No:
            return 0
        return None

    # -- undo ------------------------------------------------------------------------------
    UNDO_DEPTH = 20

    def _remember(self, result: events.CheckinCandidate) -> None:
        if result.undo is not None:
            self._undo = [*self._undo, result.undo][-self.UNDO_DEPTH :]
        self._show_undo()

    def _show_undo(self) -> None:
        self.undo_button.setEnabled(bool(self._undo))
        if self._undo:
            self.undo_button.setToolTip(fill(self.tr("Check-in von %1 zurücknehmen"), self._undo[-1].name))
            latest = ", ".join(u.name for u in reversed(self._undo[-5:]))
            self.recent.setText(fill(self.tr("Zuletzt eingecheckt: %1"), latest))
        else:
            self.undo_button.setToolTip("")
            self.recent.clear()

    def undo_last(self) -> str | None:
        """Take the last check-in of this session back (wrong person at the door)."""
        if not self._undo:
            self._say(self.tr("Es gibt keinen Check-in zum Zurücknehmen."), ok=False)
            return None
        undo = self._undo[-1]
        try:
            name = events.undo_check_in(self.db, undo)
        except UserError as exc:
            self._undo = self._undo[:-1]
            self._show_undo()
            self._say(service_text(exc), ok=False)
            return None
        self._undo = self._undo[:-1]
        self._show_undo()
        self._say(fill(self.tr("↶ Check-in von %1 zurückgenommen."), name), ok=True)
        self.checked_in.emit(undo.participation_id)
        self.reload()
        self.search.setFocus()
        return name

    def _say(self, text: str, *, ok: bool) -> None:
        self.feedback.setStyleSheet("color: #1b7f3b;" if ok else "color: #b00020;")
        self.feedback.setText(text)
        self._update_tally()


class CheckinDialog(QDialog):
    """The check-in view in its own (maximised) window."""

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-in"))
        self.view = CheckinView(db, event_id, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        close = QPushButton(self.tr("Check-in beenden"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(1100, 750)

    def keyPressEvent(self, event) -> None:  # Esc clears the search field, it does not close the window
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)
