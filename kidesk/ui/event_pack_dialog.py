"""The event laptop in the window (issue 20): take an event along, bring the door's work back.

* :func:`pack_for_laptop` — "Für Laptop mitnehmen …": a save dialog, then
  :func:`kidesk.services.event_pack.create_pack`.
* :func:`merge_from_laptop` — "Vom Laptop übernehmen …": an open dialog, a dry run of the merge,
  then :class:`EventMergeDialog` lists what comes back and asks about each walk-in who may be an
  office contact (new person / same as …; "new person" preselected — nothing is merged silently);
  only "Übernehmen" writes (after a backup).
* :func:`with_pack_banner` — the banner a window on a pack file shows above its tabs.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.domain.dates import format_datetime
from kidesk.errors import UserError
from kidesk.services import event_pack
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.plural_text import count_text
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill


def _when(text: str) -> str:
    try:
        return format_datetime(dt.datetime.fromisoformat(text))
    except ValueError:
        return text


def _isolated(name: str) -> str:
    """A name in any script inside a German line: its own direction, the line stays left-to-right."""
    return f"\u2068{name}\u2069"


def _status(code: str | None) -> str:
    if code is None:
        return QCoreApplication.translate("EventLaptop", "neu auf der Liste")
    return QCoreApplication.translate("vocab", vocab.PARTICIPATION_STATUS_LABELS.get(code, code))


class EventMergeDialog(QDialog):
    """What a pack brings back, and the question for each walk-in who may already be a contact."""

    def __init__(self, preview: event_pack.MergeResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vom Laptop übernehmen"))
        self.preview = preview
        pack = preview.pack
        layout = QVBoxLayout(self)
        heading = QLabel(
            fill(
                self.tr("Veranstaltungspaket „%1“ (%2), gepackt am %3 UTC von %4."),
                pack.event_title,
                _when(pack.event_starts_at),
                _when(pack.created_at),
                pack.created_by,
            ),
            self,
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        walk_ins = preview.new_walk_ins
        summary = QLabel(
            fill(
                self.tr("Übernommen werden %1 und %2. Vorher wird die Datenbank gesichert."),
                count_text(len(preview.status_updates), self.tr("Statusänderung"), self.tr("Statusänderungen")),
                count_text(len(walk_ins), self.tr("Gast ohne Anmeldung"), self.tr("Gäste ohne Anmeldung")),
            ),
            self,
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        lines = [
            "\u200e" + fill(self.tr("%1: %2 → %3"), _isolated(u.name), _status(u.old_status), _status(u.new_status))
            for u in preview.status_updates
        ]
        lines += [fill(self.tr("Neue Organisation: %1"), name) for name in preview.organisations_created]
        lines += [fill(self.tr("Konflikt: %1"), text) for text in preview.conflicts]
        lines += [fill(self.tr("Hinweis: %1"), text) for text in preview.notes]
        self.details = QPlainTextEdit("\n".join(lines), self)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("Was übernommen wird"))
        layout.addWidget(self.details, 1)
        self.choices: dict[int, QComboBox] = {}
        asked = [w for w in walk_ins if w.suggestions]
        if walk_ins:
            layout.addWidget(
                QLabel(
                    self.tr("Gäste ohne Anmeldung – wer schon als Kontakt im Büro sein könnte, bitte prüfen:")
                    if asked
                    else self.tr("Gäste ohne Anmeldung (werden neu angelegt):"),
                    self,
                )
            )
        grid = QGridLayout()
        for row, walk_in in enumerate(walk_ins):
            who = (
                "\u200e"
                + _isolated(walk_in.name)
                + (f" ({_isolated(walk_in.organisation)})" if walk_in.organisation else "")
            )
            label = QLabel(who, self)
            grid.addWidget(label, row, 0)
            if not walk_in.suggestions:
                grid.addWidget(QLabel(self.tr("wird neu angelegt"), self), row, 1)
                continue
            combo = QComboBox(self)
            combo.addItem(self.tr("neue Person anlegen"), None)
            for s in walk_in.suggestions:
                reason = QCoreApplication.translate("DuplicatesView", s.reason)
                combo.addItem(
                    fill(self.tr("dieselbe Person wie %1 (ID %2, %3)"), s.label, s.office_id, reason), s.office_id
                )
            combo.setCurrentIndex(0)  # the safe answer: nothing is merged unless chosen
            combo.setAccessibleName(fill(self.tr("Entscheidung für %1"), walk_in.name))
            label.setBuddy(combo)
            grid.addWidget(combo, row, 1)
            self.choices[walk_in.pack_id] = combo
        layout.addLayout(grid)
        buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(self.tr("&Übernehmen"), self)
        self.merge_button.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        cancel.setDefault(True)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def links(self) -> dict[int, int]:
        """Pack contact id → office contact id for each walk-in answered "same person"."""
        return {pid: combo.currentData() for pid, combo in self.choices.items() if combo.currentData() is not None}


def pack_for_laptop(parent: QWidget, db: Database, event_id: int) -> str | None:
    """Save the event's pack; returns the status line, or None when cancelled or refused."""
    suggested = f"veranstaltung-{event_id}{event_pack.PACK_SUFFIX}"
    path, _filter = file_dialogs.get_save_file_name(
        parent,
        QCoreApplication.translate("EventLaptop", "Veranstaltung für den Laptop mitnehmen"),
        suggested,
        QCoreApplication.translate("EventLaptop", "Veranstaltungspaket (*.kidesk-paket)"),
    )
    if not path:
        return None
    if not path.endswith(event_pack.PACK_SUFFIX):
        path += event_pack.PACK_SUFFIX
    try:
        result = event_pack.create_pack(db, event_id, path)
    except UserError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("EventLaptop", "Für Laptop mitnehmen"), service_text(exc)
        )
        return None
    return fill(
        QCoreApplication.translate(
            "EventLaptop",
            "Veranstaltungspaket %1 gespeichert (%2) – nur Namen und Hauptorganisation, keine Anschriften.",
        ),
        str(result.path),
        count_text(
            result.people,
            QCoreApplication.translate("EventLaptop", "Person"),
            QCoreApplication.translate("EventLaptop", "Personen"),
        ),
    )


def merge_from_laptop(parent: QWidget, db: Database, path: str | None = None) -> event_pack.MergeResult | None:
    """Choose a pack, show what it brings back and the walk-in questions, merge on "Übernehmen"."""
    if path is None:
        path, _filter = file_dialogs.get_open_file_name(
            parent,
            QCoreApplication.translate("EventLaptop", "Veranstaltungspaket vom Laptop öffnen"),
            "",
            QCoreApplication.translate("EventLaptop", "Veranstaltungspaket (*.kidesk-paket);;Alle Dateien (*)"),
        )
    if not path:
        return None
    title = QCoreApplication.translate("EventLaptop", "Vom Laptop übernehmen")
    try:
        preview = event_pack.merge_pack(db, path, dry_run=True)
    except UserError as exc:
        QMessageBox.warning(parent, title, service_text(exc))
        return None
    if not preview.changed:
        QMessageBox.information(
            parent,
            title,
            fill(
                QCoreApplication.translate(
                    "EventLaptop", "Aus dem Paket „%1“ gibt es nichts Neues zu übernehmen; nichts geändert."
                ),
                preview.pack.event_title,
            ),
        )
        return preview
    dialog = EventMergeDialog(preview, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return event_pack.merge_pack(db, path, dialog.links())
    except UserError as exc:
        QMessageBox.warning(parent, title, service_text(exc))
        return None


def merge_summary(result: event_pack.MergeResult) -> str:
    return fill(
        QCoreApplication.translate("EventLaptop", "Vom Laptop übernommen: %1, %2."),
        count_text(
            len(result.status_updates),
            QCoreApplication.translate("EventLaptop", "Statusänderung"),
            QCoreApplication.translate("EventLaptop", "Statusänderungen"),
        ),
        count_text(
            len(result.new_walk_ins),
            QCoreApplication.translate("EventLaptop", "Gast ohne Anmeldung"),
            QCoreApplication.translate("EventLaptop", "Gäste ohne Anmeldung"),
        ),
    )


def with_pack_banner(db: Database, content: QWidget, parent: QWidget | None = None) -> QWidget:
    """``content`` itself for an office database; on a pack file, ``content`` under a banner."""
    info = event_pack.current_pack(db)
    if info is None:
        return content
    container = QWidget(parent)
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    banner = QLabel(
        fill(
            QCoreApplication.translate(
                "EventLaptop",
                "Veranstaltungspaket: „%1“ am %2 – nur für den Einlass (Check-in, Gäste ohne Anmeldung, Namensschilder). Im Büro: „Vom Laptop übernehmen …“.",
            ),
            info.event_title,
            _when(info.event_starts_at),
        ),
        container,
    )
    banner.setObjectName("eventPackBanner")
    banner.setWordWrap(True)
    banner.setAccessibleName(QCoreApplication.translate("EventLaptop", "Hinweis: Veranstaltungspaket"))
    banner.setStyleSheet("QLabel#eventPackBanner { background: #fff1b8; color: #3d3000; padding: 6px 10px; }")
    layout.addWidget(banner)
    layout.addWidget(content, 1)
    return container
