"""What the contact and organisation editors share: load/data, modified, undo, checks as you type.

A subclass builds its widgets in ``_build()`` (single-line text fields through
:meth:`RecordEditor._add_text`, a ``self.notes`` QPlainTextEdit), names its text fields in
``text_limits`` and an empty record in :meth:`empty_data`, and turns a record into a plain
state dict and back (``_state_of`` / ``_snapshot`` / ``_apply_state``; the ``*_text_*``
helpers do the text fields). This class does the rest the same way for both:

* ``load(data)`` shows a record (``None``: a new, empty one), ``data()`` is what is on screen;
  the editor knows nothing of sessions — the tab saves through the service.
* ``is_modified()`` compares the screen with what was loaded, so undoing every edit makes the
  record clean again; ``undo()`` steps back one edit (keystrokes in one field count as one).
* Problems are shown beside the fields as the user types.
* :meth:`RecordEditor.save_resolving_conflict` saves through a service function and answers a
  :class:`~kidesk.services.edit_conflicts.RecordChangedElsewhere` with the one edit-conflict
  question (:func:`kidesk.ui.common.prompts.ask_edit_conflict`): *reload* shows the stored
  record, *overwrite* saves again without the version check (``version=None``), *cancel*
  keeps the input. :func:`resolve_edit_conflict` is the same for editors not built on this
  class (events, volunteers).
"""

from __future__ import annotations

import copy
import dataclasses
import enum
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kidesk.services.edit_conflicts import RecordChangedElsewhere
from kidesk.ui.common import prompts
from kidesk.ui.common.form_fields import LabelledField, line_edit

UNDO_DEPTH = 50

D = TypeVar("D")


class ConflictOutcome(enum.Enum):
    SAVED = "saved"  # written (perhaps over someone else's change, when the user chose so)
    RELOADED = "reloaded"  # the user took the stored record; nothing written
    KEPT = "kept"  # cancelled: the form keeps the input, nothing written


def resolve_edit_conflict[D](
    parent: QWidget,
    record_name: str,
    data: D,
    save: Callable[[D], D],
    *,
    version_field: str = "version",
) -> tuple[ConflictOutcome, D | None]:
    """``save(data)``; if the record changed elsewhere, ask the user (reload/overwrite/cancel).

    Returns ``(SAVED, stored record)``, ``(RELOADED, None)`` — the caller loads the stored
    record — or ``(KEPT, None)``. Other :class:`~kidesk.errors.UserError` s (validation, a
    record deleted meanwhile on overwrite) are left to the caller. ``data`` is a dataclass
    whose ``version_field`` is the version the editor loaded.
    """
    try:
        return ConflictOutcome.SAVED, save(data)
    except RecordChangedElsewhere:
        answer = prompts.ask_edit_conflict(parent, record_name)
    if answer is prompts.ConflictAnswer.OVERWRITE:
        return ConflictOutcome.SAVED, save(dataclasses.replace(data, **{version_field: None}))
    if answer is prompts.ConflictAnswer.RELOAD:
        return ConflictOutcome.RELOADED, None
    return ConflictOutcome.KEPT, None


class RecordEditor(QWidget):
    modified_changed = Signal(bool)
    #: maximum length of each single-line text field, by field name
    text_limits: dict[str, int] = {}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = self.empty_data()
        self._history: list[dict] = []
        self._last_state: dict | None = None
        self._last_field: str | None = None
        self._loading = False
        self._was_modified = False
        self.fields: dict[str, LabelledField] = {}
        self._build()
        self.load(None)

    # -- for subclasses ------------------------------------------------------------------------------
    def empty_data(self) -> Any:
        raise NotImplementedError

    def _build(self) -> None:
        raise NotImplementedError

    def _state_of(self, data: Any) -> dict:
        raise NotImplementedError

    def _snapshot(self) -> dict:
        raise NotImplementedError

    def _apply_state(self, state: dict) -> None:
        raise NotImplementedError

    def _update_heading(self) -> None:
        raise NotImplementedError

    def problems(self) -> dict[str, str]:
        raise NotImplementedError

    def _after_load(self) -> None:
        """Show what goes with a freshly loaded record beyond its state (read-only lists …)."""

    def _validate_changed(self, field: str) -> None:
        """Check again after ``field`` changed; by default every field."""
        self._validate_all()

    def _show_other_problems(self, problems: dict[str, str]) -> None:
        """Show problems that belong to no single text field (lists, logo …)."""

    # -- building blocks -----------------------------------------------------------------------------
    def _make_heading(self, outer: QVBoxLayout) -> QLabel:
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        return self.heading

    def _add(self, form, name: str, label: str, widget: QWidget, accessible: str, validated: bool = False) -> None:
        self.fields[name] = LabelledField(form, label, widget, accessible, validated=validated)

    def _add_text(
        self, form, name: str, label: str, accessible: str, *, validated: bool = False, placeholder: str = ""
    ) -> None:
        edit = line_edit(self.text_limits.get(name), placeholder)
        self._add(form, name, label, edit, accessible, validated)
        edit.textChanged.connect(lambda _t, n=name: self._changed(n))

    def _text_state_of(self, data: Any) -> dict:
        state = {name: (getattr(data, name) or "") for name in (*self.text_limits, "notes")}
        state["country"] = data.country or "DE"
        return state

    def _text_snapshot(self) -> dict:
        state = {name: self.fields[name].widget.text() for name in self.text_limits}
        state["notes"] = self.notes.toPlainText()
        return state

    def _apply_text_state(self, state: dict) -> None:
        for name in self.text_limits:
            widget = self.fields[name].widget
            if widget.text() != state[name]:
                widget.setText(state[name])
                widget.setCursorPosition(0)  # show the start of long names, not their end
        if self.notes.toPlainText() != state["notes"]:
            self.notes.setPlainText(state["notes"])

    def _loaded_with_texts(self, state: dict) -> Any:
        """A copy of the loaded record with the text fields as on screen."""
        result = dataclasses.replace(self._loaded)
        for name in (*self.text_limits, "notes"):
            setattr(result, name, state[name])
        return result

    # -- load / read ---------------------------------------------------------------------------------
    def load(self, data: Any | None) -> None:
        self._loaded = copy.deepcopy(data) if data is not None else self.empty_data()
        self._apply_state(self._state_of(self._loaded))
        self._after_load()
        self._history.clear()
        self._last_state = self._snapshot()
        self._last_field = None
        self._validate_all()
        self._update_heading()
        self._set_modified(False)

    def revert(self) -> None:
        """Throw away the edits: show the record as it was loaded."""
        self.load(self._loaded)

    def save_resolving_conflict(
        self, save: Callable[[Any], Any], reload: Callable[[int], Any], record_name: str
    ) -> Any | None:
        """Save what is on screen with ``save(data)``; answer an edit conflict the one way.

        Returns the stored record (also shown), or None when nothing was written: after
        *reload* the editor shows ``reload(id)``, after *cancel* it keeps the input. Other
        user errors propagate.
        """
        outcome, saved = resolve_edit_conflict(self, record_name, self.data(), save)
        if outcome is ConflictOutcome.SAVED:
            self.load(saved)
            return saved
        if outcome is ConflictOutcome.RELOADED and self._loaded.id is not None:
            self.load(reload(self._loaded.id))
        return None

    def loaded_id(self) -> int | None:
        return self._loaded.id

    def is_new(self) -> bool:
        return self._loaded.id is None

    def is_modified(self) -> bool:
        return self._snapshot() != self._state_of(self._loaded)

    def _field_labels(self) -> dict[str, str]:
        """Labels of state keys that are not in ``fields`` (lists, combos …); subclasses add theirs."""
        return {"notes": self.tr("Notizen")}

    def changed_field_labels(self) -> list[str]:
        """The labels of the fields that differ from the loaded record, in form order
        (for the unsaved-changes question: it names what a save would write)."""
        now, loaded = self._snapshot(), self._state_of(self._loaded)
        names = self._field_labels()
        labels: list[str] = []
        for key in now:
            if now[key] == loaded.get(key):
                continue
            if key in self.fields:
                label = self.fields[key].label.text()
            else:
                widget = getattr(self, key, None)
                accessible = widget.accessibleName() if isinstance(widget, QWidget) else ""
                label = names.get(key) or accessible or key
            label = label.replace("&", "").rstrip(":").strip()
            if label not in labels:
                labels.append(label)
        return labels

    # -- edits and undo ------------------------------------------------------------------------------
    def _changed(self, field: str) -> None:
        if self._loading:
            return
        if field != self._last_field and self._last_state is not None:
            self._history.append(self._last_state)
            del self._history[:-UNDO_DEPTH]
        self._last_field = field
        self._last_state = self._snapshot()
        self._validate_changed(field)
        self._update_heading()
        self._set_modified(self.is_modified())

    def undo(self) -> bool:
        """Step back one edit; False when there is nothing to undo."""
        if not self._history:
            return False
        state = self._history.pop()
        self._apply_state(state)
        self._last_state = state
        self._last_field = None
        self._validate_all()
        self._update_heading()
        self._set_modified(self.is_modified())
        return True

    def _set_modified(self, modified: bool) -> None:
        if modified != self._was_modified:
            self._was_modified = modified
            self.modified_changed.emit(modified)

    # -- problems ------------------------------------------------------------------------------------
    def _validate_all(self) -> None:
        problems = self.problems() if not self.is_new() or self.is_modified() else {}
        for name, entry in self.fields.items():
            if entry.problem is not None:
                entry.set_problem(problems.get(name))
        self._show_other_problems(problems)
