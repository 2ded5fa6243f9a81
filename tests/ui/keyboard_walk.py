"""Walk a window by keyboard the way a user does (issues 14 and 19): press Tab and see where focus goes.

* :func:`focusables` — what a user can reach with Tab in a shown window: visible, enabled widgets
  that take Tab focus, without the parts of a composite (the line edit inside a combo box or a
  spin box) and without widgets that pass their focus to a proxy.
* :func:`unnamed` — those of them a screen reader cannot name: every input needs an accessible
  name; a button may speak its text.
* :func:`tab_walk` — press Tab from the first one until focus comes back: a widget never reached,
  reached twice (a Tab trap: a table moving between cells, a text field taking the Tab), or focus
  leaving the window is a problem.
* :func:`duplicate_mnemonics` — Alt+letter keys of the visible buttons, buddy labels, group boxes,
  tab bars and menu bar of one window; two widgets with the same letter is a problem.

Used by ``tests/ui/test_keyboard_walk.py`` on the main window (every tab, every page of a tab's
inner tab widgets) and on every dialog it reaches; new dialogs add themselves to that test.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

COMPOSITES = (QComboBox, QAbstractSpinBox)
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(widget, QAbstractButton) else ""
    parent = widget.parentWidget()
    owner = type(parent).__name__ if parent is not None else ""
    return f"{type(widget).__name__}({widget.objectName() or shown or widget.accessibleName()!s}) in {owner}"


def focusables(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root or not widget.isVisible() or not widget.isEnabled():
            continue
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) != Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None or _inside_composite(widget, root):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in focusables(root):
        if isinstance(widget, QTabBar):
            continue  # the tab texts are its names
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue  # a button speaks its text
        if not widget.accessibleName().strip():
            missing.append(_describe(widget))
    return missing


def tab_traps(root: QWidget) -> list[str]:
    """Widgets that keep the Tab key for themselves (checked without pressing it)."""
    traps = []
    for widget in focusables(root):
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            traps.append(f"{_describe(widget)}: Tab moves between cells")
        if isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly() and not widget.tabChangesFocus():
            traps.append(f"{_describe(widget)}: Tab types a tab character")
    return traps


def _owner(widget: QWidget | None, candidates: list[QWidget]) -> QWidget | None:
    while widget is not None and widget not in candidates:
        widget = widget.parentWidget()
    return widget


def tab_walk(root: QWidget) -> list[str]:
    """Press Tab through ``root`` once; every focusable widget must be reached exactly once."""
    candidates = focusables(root)
    if not candidates:
        return []
    problems = tab_traps(root)
    start = candidates[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited: list[QWidget] = []
    for _ in range(len(candidates) + 3):
        focus = QApplication.focusWidget()
        owner = _owner(focus, candidates)
        if focus is None or focus.window() is not root:
            problems.append(f"focus left the window after {_describe(visited[-1]) if visited else 'start'}")
            break
        if owner is not None and visited and owner is start:
            break
        if owner is not None:
            if owner in visited:
                problems.append(f"reached twice (Tab trap?): {_describe(owner)}")
                break
            visited.append(owner)
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        QApplication.processEvents()
    # a table whose cells hold widgets (a combo box per cell) hands its focus to them: reached through them
    missing = [
        w
        for w in candidates
        if w not in visited and not (isinstance(w, QAbstractItemView) and any(w.isAncestorOf(v) for v in visited))
    ]
    if missing and not any(p.startswith(("reached twice", "focus left")) for p in problems):
        problems += [f"never reached by Tab: {_describe(w)}" for w in missing]
    return problems


def _mnemonic(text: str) -> str | None:
    match = MNEMONIC.search(text or "")
    return match.group(1).casefold() if match else None


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every active Alt+letter of the visible window."""
    keys = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root or not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisible():
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        for text in texts:
            letter = _mnemonic(text)
            if letter:
                keys.append((letter, f"{type(widget).__name__} „{text}“"))
    if isinstance(root, QMainWindow) and root.menuBar().isVisible():
        for action in root.menuBar().actions():
            letter = _mnemonic(action.text())
            if letter:
                keys.append((letter, f"Menü „{action.text()}“"))
    return keys


def duplicate_mnemonics(root: QWidget) -> list[str]:
    keys = mnemonics(root)
    counts = Counter(letter for letter, _ in keys)
    return sorted(
        f"Alt+{letter.upper()}: " + ", ".join(where for key, where in keys if key == letter)
        for letter, n in counts.items()
        if n > 1
    )


def check_window(root: QWidget) -> list[str]:
    """All three checks; a list of problems, empty when the window is keyboard-sound."""
    return (
        [f"no accessible name: {w}" for w in unnamed(root)]
        + [f"mnemonic twice: {d}" for d in duplicate_mnemonics(root)]
        + tab_walk(root)
    )
