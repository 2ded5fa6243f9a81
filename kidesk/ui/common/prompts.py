"""The questions every record editor asks: unsaved changes, deleting, what blocks a save,
a record that may exist already.

All go through QMessageBox's static functions, which tests patch so nothing blocks.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kidesk.domain.dates import format_datetime
from kidesk.services.events import DuplicatePlan
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill


class UnsavedAnswer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class DuplicateAnswer(enum.Enum):
    CREATE = "create"
    OPEN_EXISTING = "open_existing"
    CANCEL = "cancel"


def ask_unsaved_changes(
    parent: QWidget,
    record_name: str | None = None,
    *,
    question: str | None = None,
    can_cancel: bool = True,
    changes: Sequence[str] = (),
) -> UnsavedAnswer:
    """Save, discard or stay? — the one unsaved-changes question.

    The default button is the safe answer (issue 14): *Cancel* — the form stays open and
    nothing is written or thrown away — so a stray Enter changes nothing. The text names the
    record („Name“ hat ungespeicherte Änderungen …) unless the caller gives its own translated
    ``question``, and lists the labels of the changed fields in ``changes`` so the user sees
    what a save would write. ``can_cancel=False`` (closing for good) offers only save and
    discard; there *Save* stays the default, as losing input is the worse surprise.
    """
    if question is None:
        question = QCoreApplication.translate(
            "RecordPrompts", "„%s“ hat ungespeicherte Änderungen. Jetzt speichern?"
        ) % (record_name or "")
    if changes:
        question += "\n\n" + QCoreApplication.translate("RecordPrompts", "Geändert: %s") % ", ".join(changes)
    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
    if can_cancel:
        buttons |= QMessageBox.StandardButton.Cancel
    button = QMessageBox.question(
        parent,
        QCoreApplication.translate("RecordPrompts", "Ungespeicherte Änderungen"),
        question,
        buttons,
        QMessageBox.StandardButton.Cancel if can_cancel else QMessageBox.StandardButton.Save,
    )
    if button == QMessageBox.StandardButton.Save:
        return UnsavedAnswer.SAVE
    if button == QMessageBox.StandardButton.Discard:
        return UnsavedAnswer.DISCARD
    return UnsavedAnswer.CANCEL


def confirm_delete(parent: QWidget, title: str, question: str, consequence: str = "") -> bool:
    """Ask before deleting; *No* is the default so a stray Enter deletes nothing."""
    text = question if not consequence else f"{question}\n\n{consequence}"
    text += "\n\n" + QCoreApplication.translate("RecordPrompts", "Das lässt sich nicht rückgängig machen.")
    button = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return button == QMessageBox.StandardButton.Yes


def show_save_problems(parent: QWidget, title: str, problems: list[str]) -> None:
    text = (
        QCoreApplication.translate("RecordPrompts", "Bitte zuerst korrigieren:")
        + "\n\n"
        + "\n".join(f"• {service_text(p)}" for p in problems)
    )
    QMessageBox.warning(parent, title, text)


def ask_possible_duplicate(parent: QWidget, title: str, candidates: list[str]) -> DuplicateAnswer:
    """Create anyway (Yes), open the existing record (Open) or go back to the form (Cancel, default)."""
    shown = "\n".join(f"• {c}" for c in candidates[:5]) + ("\n…" if len(candidates) > 5 else "")
    text = (
        QCoreApplication.translate("RecordPrompts", "Möglicherweise gibt es diese Person schon:")
        + f"\n\n{shown}\n\n"
        + QCoreApplication.translate(
            "RecordPrompts",
            "Trotzdem anlegen? „Öffnen“ zeigt stattdessen den vorhandenen Eintrag, "
            "„Abbrechen“ führt zurück zur Eingabe.",
        )
    )
    button = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if button == QMessageBox.StandardButton.Yes:
        return DuplicateAnswer.CREATE
    if button == QMessageBox.StandardButton.Open:
        return DuplicateAnswer.OPEN_EXISTING
    return DuplicateAnswer.CANCEL


class ConflictAnswer(enum.Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def ask_edit_conflict(parent: QWidget, record_name: str) -> ConflictAnswer:
    """The one answer to a save that found the record changed elsewhere (issue 10/12).

    Services raise :class:`kidesk.services.edit_conflicts.RecordChangedElsewhere` (never a raw
    ``StaleDataError``); every editor catches it and asks this. *Reload* (the default) shows the
    stored record and drops the own input, *Overwrite* saves again without the version check,
    *Cancel* keeps the form as typed.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RecordPrompts", "Inzwischen geändert"))
    box.setText(
        QCoreApplication.translate(
            "RecordPrompts",
            "„%s“ wurde inzwischen an anderer Stelle geändert. Neu laden (Ihre Eingaben gehen verloren) "
            "oder mit Ihren Eingaben überschreiben?",
        )
        % record_name
    )
    reload_button = box.addButton(
        QCoreApplication.translate("RecordPrompts", "Neu laden"), QMessageBox.ButtonRole.AcceptRole
    )
    overwrite_button = box.addButton(
        QCoreApplication.translate("RecordPrompts", "Überschreiben"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload_button:
        return ConflictAnswer.RELOAD
    if clicked is overwrite_button:
        return ConflictAnswer.OVERWRITE
    return ConflictAnswer.CANCEL


def confirm_duplicate(parent: QWidget, plan: DuplicatePlan) -> bool:
    """Ask before "Duplizieren" writes a copy (issue 14, observation 3): say what will be
    created — module, date, the subtitle and description that are taken over, hosts and
    speakers. *Cancel* is the default, so a stray Enter creates nothing."""

    t = QCoreApplication.translate
    number = t("RecordPrompts", "Modul %1")
    what = (fill(number, plan.module_number) + " – ") if plan.module_number else ""
    lines = [
        t("RecordPrompts", "Neue Veranstaltung anlegen:"),
        "",
        f"{what}{plan.title}",
        fill(t("RecordPrompts", "am %1"), format_datetime(plan.starts_at)),
    ]
    if plan.subtitle:
        lines.append(fill(t("RecordPrompts", "Untertitel: %1"), plan.subtitle))
    if plan.description:
        shown = plan.description if len(plan.description) <= 160 else plan.description[:157].rstrip() + " …"
        lines.append(fill(t("RecordPrompts", "Beschreibung: %1"), shown))
    if plan.hosts:
        lines.append(fill(t("RecordPrompts", "Veranstalter übernommen: %1"), plan.hosts))
    if plan.speakers:
        lines.append(fill(t("RecordPrompts", "Referent/innen (angemeldet): %1"), ", ".join(plan.speakers)))
    lines += [
        "",
        t("RecordPrompts", "Untertitel und Beschreibung werden übernommen – bitte danach prüfen. Jetzt anlegen?"),
    ]
    button = QMessageBox.question(
        parent,
        t("RecordPrompts", "Duplizieren"),
        "\n".join(lines),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return button == QMessageBox.StandardButton.Yes
