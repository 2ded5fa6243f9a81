"""A focus frame a user can see (issue 14, observation 4): one application style rule.

The native styles draw focus as a faint dotted line or not at all (Windows 11 after a mouse
click, the Fusion line edit in a light blue close to its normal border). kidesk adds one
application style sheet rule: the focused input, list, table or button gets a 2-pixel frame in
the highlight blue, which reads on white and on grey and stays visible at 150 % scaling.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

FOCUS_COLOUR = "#0b57d0"
FOCUS_FRAME_STYLE = (
    "/* kidesk focus frame */\n"
    "QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QDateTimeEdit:focus,"
    " QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus, QListView:focus,"
    " QTableView:focus, QTreeView:focus {"
    f" border: 2px solid {FOCUS_COLOUR}; border-radius: 2px; }}\n"
    "QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {"
    f" outline: 2px solid {FOCUS_COLOUR}; }}\n"
    f"QPushButton:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 3px; padding: 3px 10px; }}\n"
    f"QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 2px; }}\n"
)


def install_focus_frame(app: QApplication) -> None:
    """Add the focus rule to the application's style sheet (once; other rules stay)."""
    sheet = app.styleSheet()
    if FOCUS_FRAME_STYLE not in sheet:
        app.setStyleSheet(f"{sheet}\n{FOCUS_FRAME_STYLE}" if sheet else FOCUS_FRAME_STYLE)
