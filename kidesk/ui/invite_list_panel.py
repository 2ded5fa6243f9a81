"""The invite list of one event: bulk-add actions, status changes, counts at a glance.

Every action calls :mod:`kidesk.services.events` and then reloads the list; a
:class:`~kidesk.errors.UserError` is shown in a message box and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.domain.invitations import gets_invitation_letter
from kidesk.errors import UserError
from kidesk.services import events
from kidesk.ui.common.choice_dialog import ChoiceDialog
from kidesk.ui.common.plural_text import count_text, noun_for
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill
from kidesk.ui.models.event_table_model import status_label
from kidesk.ui.models.invitee_table_model import InviteeTableModel

#: the status buttons shown under the list, in workflow order
STATUS_BUTTONS = ("registered", "attended", "declined", "cancelled", "no_show", "waitlisted", "invited")
MAIN_STATUS_BUTTONS = 3  # as buttons; the rest sit in the "Weitere …" menu (and the context menu)
#: a bulk invitation adding at least this many people asks first, with the count
ASK_FROM = 10


class InviteListPanel(QWidget):
    #: the list changed (the events list shows counts, so the tab refreshes it)
    list_changed = Signal()
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id: int | None = None

        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.address_warning = QLabel(self)
        self.address_warning.setStyleSheet("color: #b00020;")
        self.address_warning.setWordWrap(True)

        self.add_volunteers = QPushButton(self.tr("Alle aktiven Ehrenamtlichen"), self)
        self.add_organisations = QPushButton(self.tr("Kontakte von Organisationen …"), self)
        self.add_network = QPushButton(self.tr("Mitglieder eines Netzwerks …"), self)
        self.add_earlier = QPushButton(self.tr("Teilnehmende früherer Module"), self)
        self.add_person = QPushButton(self.tr("Person …"), self)
        # the last bulk change (invite many, take off the list) can be taken back
        self.undo_button = QPushButton(self.tr("Rückgängig"), self)
        self.undo_button.setAccessibleName(self.tr("Letzte Änderung der Einladungsliste rückgängig machen"))
        self.undo_button.setEnabled(False)
        self._undo: tuple[str, Callable[[], str]] | None = None  # (what, how)
        for b, tip in (
            (self.add_volunteers, self.tr("Alle Ehrenamtlichen mit Status „aktiv“ einladen")),
            (self.add_organisations, self.tr("Alle aktuellen Kontakte der gewählten Organisationen einladen")),
            (self.add_network, self.tr("Alle Kontakte der Mitgliedsorganisationen eines Netzwerks einladen")),
            (self.add_earlier, self.tr("Alle, die an einem früheren Modul dieser Reihe teilgenommen haben")),
            (self.add_person, self.tr("Einzelne Personen von Hand einladen")),
        ):
            b.setToolTip(tip + self.tr(" – niemand wird doppelt eingeladen."))

        self.model = InviteeTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Einladungsliste"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (issue 19)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(InviteeTableModel.COL_ORG, QHeaderView.ResizeMode.Stretch)
        # the organisation stretches but never collapses to "…" (issue 14, obs. 13)
        self.view.horizontalHeader().setMinimumSectionSize(60)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.status_buttons: dict[str, QPushButton] = {}
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Markierte:"), self))
        for code in STATUS_BUTTONS[:MAIN_STATUS_BUTTONS]:
            b = QPushButton(status_label(code), self)
            b.clicked.connect(lambda _c=False, s=code: self.set_selected_status(s))
            self.status_buttons[code] = b
            status_row.addWidget(b)
        more = QToolButton(self)
        more.setText(self.tr("Weitere …"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        for code in STATUS_BUTTONS[MAIN_STATUS_BUTTONS:]:
            menu.addAction(status_label(code), lambda s=code: self.set_selected_status(s))
        menu.addSeparator()
        menu.addAction(self.tr("Von der Liste nehmen"), self.remove_selected)
        more.setMenu(menu)
        status_row.addWidget(more)
        status_row.addStretch(1)

        add_row = QGridLayout()
        add_row.addWidget(QLabel(self.tr("Einladen:"), self), 0, 0)
        for i, b in enumerate(
            (self.add_volunteers, self.add_earlier, self.add_organisations, self.add_network, self.add_person)
        ):
            add_row.addWidget(b, i // 2, 1 + i % 2)
        add_row.addWidget(self.undo_button, 2, 2)
        buttons = (self.add_volunteers, self.add_earlier, self.add_organisations, self.add_network, self.add_person)
        for first, second in zip(buttons, (*buttons[1:], self.undo_button), strict=True):  # row by row (issue 19)
            QWidget.setTabOrder(first, second)
        add_row.setColumnStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(add_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.address_warning)
        layout.addLayout(status_row)

        self.add_volunteers.clicked.connect(self.invite_active_volunteers)
        self.add_organisations.clicked.connect(lambda: self.invite_organisations())
        self.add_network.clicked.connect(lambda: self.invite_network())
        self.add_earlier.clicked.connect(self.invite_earlier_module_attendees)
        self.add_person.clicked.connect(lambda: self.invite_people())
        self.undo_button.clicked.connect(self.undo_last)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self.view, self.undo_last)
        undo.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.set_event(None)

    # -- loading -----------------------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        if event_id != self.event_id:
            self._set_undo(None)
        self.event_id = event_id
        self.model.event_kind = events.load_event(self.db, event_id).kind if event_id is not None else None
        self.setEnabled(event_id is not None)
        self.reload()

    def reload(self) -> None:
        if self.event_id is None:
            self.model.set_rows([])
            self.counts.setText(self.tr("Keine Veranstaltung gewählt."))
            self.address_warning.clear()
            return
        rows = events.invitees(self.db, self.event_id)
        self.model.set_rows(rows)
        counts = events.event_counts(self.db, self.event_id)
        self.counts.setText(self._counts_text(counts))
        missing = [r for r in rows if gets_invitation_letter(r.role, r.status) and not r.has_postal_address]
        if missing:
            names = ", ".join(r.name for r in missing[:4]) + (" …" if len(missing) > 4 else "")
            self.address_warning.setText(
                fill(
                    self.tr("⚠ %1 ohne Postanschrift (bekommen keinen Brief): %2"),
                    count_text(len(missing), self.tr("Eingeladene/r"), self.tr("Eingeladene")),
                    names,
                )
            )
        else:
            self.address_warning.clear()

    def _counts_text(self, counts: events.EventCounts) -> str:
        """The same numbers as the events list and the check-in view (the one counting rule in
        services/events/counts.py): participants per status, seats, then contributors apart."""
        parts = [
            f"<b>{counts.status(code, guests_only=True)}</b> {status_label(code)}"
            for code in vocab.PARTICIPATION_STATUSES
            if counts.status(code, guests_only=True) or code in ("invited", "registered", "attended")
        ]
        if counts.capacity is None:
            parts.append(self.tr("Plätze unbegrenzt"))
        else:
            parts.append(fill(self.tr("<b>%1</b> von %2 Plätzen belegt"), counts.registered, counts.capacity))
            seats = noun_for(counts.free_seats, self.tr("Platz frei"), self.tr("Plätze frei"))
            parts.append(fill(self.tr("<b>%1</b> %2"), counts.free_seats, seats))
        parts.append(fill(self.tr("%1 auf der Liste"), counts.on_list))
        if counts.contributors:
            people = count_text(counts.contributors, self.tr("Mitwirkende/r"), self.tr("Mitwirkende"))
            parts.append("+" + people + " " + self.tr("(Referent/innen, Helfer/innen)"))
        return " · ".join(parts)

    # -- bulk actions ----------------------------------------------------------------------
    def _run(self, action: Callable[..., events.InviteResult], what: str | None = None) -> events.InviteResult | None:
        """Invite through ``action`` (called as ``action(dry_run=…)``); many people: ask first.

        ``what`` names the group in the question ("alle aktiven Ehrenamtlichen").
        """
        if self.event_id is None:
            return None
        try:
            if what is not None:
                plan = action(dry_run=True)
                if plan.added >= ASK_FROM and not self._confirm_many(what, plan):
                    return None
            result = action(dry_run=False)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Einladungsliste"), service_text(exc))
            return None
        if result.participation_ids:
            ids = result.participation_ids
            self._set_undo(fill(self.tr("%1 Einladung(en)"), len(ids)), lambda: self._undo_invitation(ids))
        self.reload()
        self.list_changed.emit()
        self.status_message.emit(fill(self.tr("Einladungsliste: %1"), result.describe()))
        return result

    def _confirm_many(self, what: str, plan: events.InviteResult) -> bool:
        text = fill(self.tr("%1 Personen (%2) auf die Einladungsliste setzen?"), plan.added, what)
        if plan.already_invited:
            text += " " + fill(self.tr("%1 stehen schon darauf und bleiben unverändert."), plan.already_invited)
        text += "\n\n" + self.tr("Das lässt sich danach mit „Rückgängig“ zurücknehmen.")
        answer = QMessageBox.question(
            self,
            self.tr("Viele Personen einladen"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _undo_invitation(self, ids: tuple[int, ...]) -> str:
        result = events.undo_invitation(self.db, ids)
        text = fill(self.tr("%1 Einladung(en) zurückgenommen"), result.added)
        if result.already_invited:
            text += fill(self.tr(", %1 bleiben (Status seitdem geändert)"), result.already_invited)
        return text

    def _set_undo(self, what: str | None, how: Callable[[], str] | None = None) -> None:
        self._undo = (what, how) if what is not None and how is not None else None
        self.undo_button.setEnabled(self._undo is not None)
        self.undo_button.setText(fill(self.tr("Rückgängig: %1"), what) if what is not None else self.tr("Rückgängig"))

    def undo_last(self) -> str | None:
        """Take back the last bulk change of this list (invitations, removal)."""
        if self._undo is None:
            return None
        _what, how = self._undo
        self._set_undo(None)
        try:
            text = how()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Einladungsliste"), service_text(exc))
            return None
        self.reload()
        self.list_changed.emit()
        self.status_message.emit(fill(self.tr("Einladungsliste: %1"), text))
        return text

    def invite_active_volunteers(self) -> events.InviteResult | None:
        return self._run(
            lambda dry_run: events.invite_active_volunteers(self.db, self.event_id, dry_run=dry_run),
            self.tr("alle aktiven Ehrenamtlichen"),
        )

    def invite_earlier_module_attendees(self) -> events.InviteResult | None:
        return self._run(
            lambda dry_run: events.invite_earlier_module_attendees(self.db, self.event_id, dry_run=dry_run),
            self.tr("Teilnehmende früherer Module"),
        )

    def _choices(self, what: str) -> list[tuple[int, str]]:
        return events.id_name_list(self.db, what)

    def invite_organisations(self, organisation_ids: list[int] | None = None) -> events.InviteResult | None:
        if organisation_ids is None:
            organisation_ids = ChoiceDialog.choose(
                self,
                self.tr("Kontakte von Organisationen einladen"),
                self.tr("Alle aktuellen Kontakte der angehakten Organisationen kommen auf die Liste."),
                self._choices("organisations"),
            )
        if not organisation_ids:
            return None
        return self._run(
            lambda dry_run: events.invite_organisations(self.db, self.event_id, organisation_ids, dry_run=dry_run),
            self.tr("Kontakte der gewählten Organisationen"),
        )

    def invite_network(self, network_id: int | None = None) -> events.InviteResult | None:
        if network_id is None:
            chosen = ChoiceDialog.choose(
                self,
                self.tr("Mitglieder eines Netzwerks einladen"),
                self.tr("Alle Kontakte der Organisationen, die jetzt Mitglied des Netzwerks sind."),
                self._choices("networks"),
                multiple=False,
            )
            network_id = chosen[0] if chosen else None
        if network_id is None:
            return None
        return self._run(
            lambda dry_run: events.invite_network(self.db, self.event_id, network_id, dry_run=dry_run),
            self.tr("Mitglieder des Netzwerks"),
        )

    def invite_people(self, contact_ids: list[int] | None = None) -> events.InviteResult | None:
        if contact_ids is None:
            contact_ids = ChoiceDialog.choose(
                self,
                self.tr("Personen einladen"),
                self.tr("Die angehakten Personen kommen auf die Liste."),
                self._choices("contacts"),
            )
        if not contact_ids:
            return None
        return self._run(lambda dry_run: events.invite_contacts(self.db, self.event_id, contact_ids, dry_run=dry_run))

    # -- status ----------------------------------------------------------------------------
    def selected_participation_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r).participation_id for r in rows]

    def set_selected_status(self, status: str) -> list[events.StatusChange]:
        ids = self.selected_participation_ids()
        if not ids:
            self.status_message.emit(self.tr("Bitte zuerst Personen in der Liste markieren."))
            return []
        try:
            changes = events.set_status_many(self.db, ids, status)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Status ändern"), service_text(exc))
            return []
        self.reload()
        self.list_changed.emit()
        waitlisted = sum(1 for c in changes if c.status == "waitlisted" and status == "registered")
        promoted = [c.promoted_name for c in changes if c.promoted_name]
        text = fill(
            self.tr("%1: %2"), count_text(len(changes), self.tr("Person"), self.tr("Personen")), status_label(status)
        )
        if waitlisted:
            text += fill(self.tr(" – ausgebucht, %1 auf der Warteliste"), waitlisted)
        if promoted:
            text += fill(self.tr(" – nachgerückt: %1"), ", ".join(promoted))
        self.status_message.emit(text)
        return changes

    def remove_selected(self) -> int:
        ids = self.selected_participation_ids()
        if not ids:
            return 0
        answer = QMessageBox.question(
            self,
            self.tr("Von der Liste nehmen"),
            fill(
                self.tr("%1 von der Einladungsliste nehmen? Ihr Statusverlauf für diese Veranstaltung wird gelöscht."),
                count_text(len(ids), self.tr("Person"), self.tr("Personen")),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        removed = events.take_off_list(self.db, ids)
        self._set_undo(
            fill(self.tr("%1 von der Liste genommen"), len(removed)),
            lambda: fill(self.tr("%1 Person(en) wieder auf der Liste"), events.restore_to_list(self.db, removed)),
        )
        self.reload()
        self.list_changed.emit()
        self.status_message.emit(
            fill(self.tr("%1 Person(en) von der Liste genommen (Rückgängig möglich)."), len(removed))
        )
        return len(removed)

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        for code in STATUS_BUTTONS:
            menu.addAction(status_label(code), lambda s=code: self.set_selected_status(s))
        menu.addSeparator()
        menu.addAction(self.tr("Von der Liste nehmen"), self.remove_selected)
        menu.exec(self.view.viewport().mapToGlobal(pos))
