"""Data protection in the window (issue 13): Verlauf, consents, access, erasure, retention review."""

from kidesk.ui.privacy.actions import (
    ErasureDialog,
    LeftOutDialog,
    RegisterDialog,
    install_contact_menu,
    install_history_menu,
    install_privacy_menu,
)
from kidesk.ui.privacy.consent_dialog import ConsentDialog
from kidesk.ui.privacy.history_dialog import HistoryDialog
from kidesk.ui.privacy.review_dialog import ReviewDialog

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
