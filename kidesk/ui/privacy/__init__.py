"""Data protection in the window (issue 13): Verlauf, consents, access, erasure, retention review.

The dialogs are imported on first use (issue 16): the main window and the tabs install the menus
at start-up, the dialogs and the privacy services behind them load when a menu entry is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kidesk.ui.privacy.actions import (
    ErasureDialog,
    LeftOutDialog,
    RegisterDialog,
    install_contact_menu,
    install_history_menu,
    install_privacy_menu,
)

if TYPE_CHECKING:
    from kidesk.ui.privacy.consent_dialog import ConsentDialog
    from kidesk.ui.privacy.history_dialog import HistoryDialog
    from kidesk.ui.privacy.review_dialog import ReviewDialog

_LAZY = {
    "ConsentDialog": "kidesk.ui.privacy.consent_dialog",
    "HistoryDialog": "kidesk.ui.privacy.history_dialog",
    "ReviewDialog": "kidesk.ui.privacy.review_dialog",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ConsentDialog",
    "ErasureDialog",
    "HistoryDialog",
    "LeftOutDialog",
    "RegisterDialog",
    "ReviewDialog",
    "install_contact_menu",
    "install_history_menu",
    "install_privacy_menu",
]
