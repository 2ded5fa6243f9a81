"""Where the data-protection functions appear: the contact list's context menu (Verlauf,
Einwilligungen, Auskunft, Löschen nach Art. 17), a "Verlauf" entry in the other lists' context
menus, and the main window's menu "Datenschutz" (review, left out, register, Art. 30, user name).
Each tab or window calls one ``install_…`` function; nothing else in them changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.tables import read_only_table
from kidesk.ui.common.text import fill


def _privacy() -> Any:
    """:mod:`kidesk.services.privacy`, imported on first use: the menus are installed at start-up,
    the services (and the volunteer rules they pull in) are needed only when a menu entry runs
    (issue 16, start-up)."""
    from kidesk.services import privacy

    return privacy


def _open_history(db: Database, kind: str, record_id: int, name: str, parent: QWidget) -> None:
    from kidesk.ui.privacy.history_dialog import HistoryDialog

    HistoryDialog(db, kind, record_id, name, parent).exec()


def _open_consents(db: Database, contact_id: int, parent: QWidget) -> None:
    from kidesk.ui.privacy.consent_dialog import ConsentDialog

    ConsentDialog(db, contact_id, parent).exec()


def _open_review(db: Database, parent: QWidget) -> None:
    from kidesk.ui.privacy.review_dialog import ReviewDialog

    ReviewDialog(db, parent).exec()


USER_NAME_KEY = "privacy/user_name"  # QSettings: this workstation's kidesk user name


# -- erasure ---------------------------------------------------------------------------------------------
class ErasureDialog(QDialog):
    """The last question before an erasure under Art. 17: what goes, under which reference."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Löschen nach Art. 17 DSGVO"))
        layout = QVBoxLayout(self)
        text = QLabel(
            fill(
                self.tr(
                    "%1 wird endgültig gelöscht: Kontaktdaten, Zuordnungen, Teilnahmen (Veranstaltungen behalten nur "
                    "eine anonyme Zahl), Ehrenamtsprofil mit Stunden, Einwilligungen und der Verlauf. Die Daten "
                    "werden auch aus Suchindex und Protokolldatei entfernt. Das Löschregister vermerkt die Löschung "
                    "ohne Namen, damit eine zurückgespielte Sicherung die Person nicht zurückbringt. Das lässt sich "
                    "nicht rückgängig machen."
                ),
                name,
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        label = QLabel(self.tr("&Aktenzeichen der Anfrage (ohne Namen):"))
        self.reference = QLineEdit()
        self.reference.setMaxLength(120)
        self.reference.setAccessibleName(self.tr("Aktenzeichen der Löschanfrage"))
        label.setBuddy(self.reference)
        form.addRow(label, self.reference)
        layout.addLayout(form)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel)
        yes = box.button(QDialogButtonBox.StandardButton.Yes)
        yes.setText(self.tr("Endgültig &löschen"))
        yes.setAccessibleName(self.tr("Person endgültig löschen"))
        yes.setAutoDefault(False)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbre&chen"))
        cancel.setAccessibleName(self.tr("Nicht löschen"))
        cancel.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)


def erase_contact(parent: QWidget, db: Database, contact_id: int, name: str, *, ask: bool = True) -> bool:
    """Ask, erase, and say what happened (True when erased)."""
    dialog = ErasureDialog(name, parent)
    if ask and dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        result = _privacy().erase_contact(db, contact_id, reference=dialog.reference.text().strip() or None)
    except UserError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PrivacyActions", "Löschen nach Art. 17 DSGVO"), service_text(exc)
        )
        return False
    if hasattr(parent, "status_message"):
        parent.status_message.emit(
            fill(QCoreApplication.translate("PrivacyActions", "%1 gelöscht (Art. 17): %2"), name, result.summary)
        )
    return True


def write_access(parent: QWidget, db: Database, contact_id: int, folder: str | None = None) -> Any:
    """Ask for a folder and write the access report (PDF + JSON) there."""
    if folder is None:
        folder = file_dialogs.get_existing_directory(
            parent, QCoreApplication.translate("PrivacyActions", "Ordner für die Auskunft wählen")
        )
    if not folder:
        return None
    from kidesk.services.privacy import access  # reportlab only when a report is written (start-up, issue 16)

    try:
        files = access.write_access(db, contact_id, folder)
    except UserError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PrivacyActions", "Auskunft nach Art. 15 DSGVO"), service_text(exc)
        )
        return None
    if hasattr(parent, "status_message"):
        parent.status_message.emit(
            fill(
                QCoreApplication.translate("PrivacyActions", "Auskunft geschrieben: %1 und %2"),
                str(files.pdf),
                str(files.json),
            )
        )
    return files


# -- context menus ----------------------------------------------------------------------------------------
def _contact_name(tab: Any, contact_id: int) -> str:
    try:
        return str(tab.editor.data().display_name)
    except AttributeError:
        return fill(QCoreApplication.translate("PrivacyActions", "Kontakt %1"), str(contact_id))


def contact_menu(tab: Any) -> QMenu | None:
    """The privacy entries for the contact the tab has open (None when none is open)."""
    contact_id = tab.current_contact_id()
    if contact_id is None:
        return None
    name = _contact_name(tab, contact_id)
    menu = QMenu(tab)
    menu.addAction(
        QCoreApplication.translate("PrivacyActions", "&Verlauf …"),
        lambda: _open_history(tab.db, "contact", contact_id, name, tab),
    )
    menu.addAction(
        QCoreApplication.translate("PrivacyActions", "&Einwilligungen …"),
        lambda: _open_consents(tab.db, contact_id, tab),
    )
    menu.addAction(
        QCoreApplication.translate("PrivacyActions", "&Auskunft nach Art. 15 (PDF und JSON) …"),
        lambda: write_access(tab, tab.db, contact_id),
    )
    menu.addSeparator()

    def erase() -> None:
        if erase_contact(tab, tab.db, contact_id, name):
            tab.discard_input()
            tab.refresh()

    menu.addAction(QCoreApplication.translate("PrivacyActions", "&Löschen nach Art. 17 …"), erase)
    return menu


def install_contact_menu(tab: Any) -> None:
    """Right click in the contact list: Verlauf, Einwilligungen, Auskunft, Löschen nach Art. 17."""
    tab.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        menu = contact_menu(tab)
        if menu is not None:
            menu.exec(tab.table.viewport().mapToGlobal(pos))

    tab.table.customContextMenuRequested.connect(show)


def install_history_menu(tab: Any, kind: str) -> None:
    """Right click in a list: "Verlauf …" of the open record (``kind``: organisation, event, volunteer)."""
    tab.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        if kind == "volunteer":
            record_id, what = tab.current_contact_id(), "contact"
        else:
            record_id, what = tab.current_record_id(), kind
        if record_id is None:
            return
        menu = QMenu(tab)
        menu.addAction(
            QCoreApplication.translate("PrivacyActions", "&Verlauf …"),
            lambda: _open_history(tab.db, what, record_id, _name(tab), tab),
        )
        if kind == "volunteer":
            menu.addAction(
                QCoreApplication.translate("PrivacyActions", "&Einwilligungen …"),
                lambda: _open_consents(tab.db, record_id, tab),
            )
        menu.exec(tab.table.viewport().mapToGlobal(pos))

    tab.table.customContextMenuRequested.connect(show)


def _name(tab: Any) -> str:
    try:
        data = tab.editor.data()
    except AttributeError:
        return ""
    for attr in ("display_name", "name", "title"):
        value = getattr(data, attr, None)
        if value:
            return str(value)
    return ""


# -- the main window's menu ------------------------------------------------------------------------------
class LeftOutDialog(QDialog):
    """Who a list needing a purpose leaves out today, and why."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Fehlende Einwilligungen"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        label = QLabel(self.tr("&Zweck:"))
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Zweck, für den die Liste gilt"))
        for purpose in _privacy().purposes(db):
            self.purpose.addItem(purpose.label, purpose.code)
        label.setBuddy(self.purpose)
        form.addRow(label, self.purpose)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Grund")])
        self.table.setAccessibleName(self.tr("Personen, die weggelassen werden"))
        read_only_table(self.table, rows=None, single=None)
        layout.addWidget(self.table, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Schließen"))
        close.setAccessibleName(self.tr("Fehlende Einwilligungen schließen"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.purpose.currentIndexChanged.connect(lambda _i: self.reload())
        index = self.purpose.findData("partners")
        self.purpose.setCurrentIndex(max(0, index))
        self.reload()
        self.resize(640, 480)

    def reload(self) -> None:
        people = _privacy().left_out_everywhere(self.db, self.purpose.currentData())
        self.summary.setText(
            fill(
                self.tr(
                    "%1 Personen fehlen auf Listen für diesen Zweck (z. B. Export an Partner): ohne Einwilligung, "
                    "widerrufen oder abgelaufen. Ehrenamtliche brauchen immer eine Einwilligung."
                ),
                str(len(people)),
            )
        )
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            self.table.setItem(row, 0, QTableWidgetItem(person.name))
            self.table.setItem(row, 1, QTableWidgetItem(person.reason))
        self.table.resizeColumnsToContents()


class RegisterDialog(QDialog):
    """The erasure register: what was erased when, by whom, under which request or rule — no names."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Löschregister"))
        layout = QVBoxLayout(self)
        entries = _privacy().register(db)
        self.table = QTableWidget(len(entries), 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("gelöscht am (UTC)"), self.tr("von"), self.tr("Aktenzeichen"), self.tr("Regel"), self.tr("Was")]
        )
        self.table.setAccessibleName(self.tr("Einträge des Löschregisters"))
        read_only_table(self.table, rows=None, single=None)
        for row, e in enumerate(entries):
            for column, value in enumerate(
                (e.erased_at, e.erased_by, e.request_reference or "", e.rule or "", e.summary or "")
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Schließen"))
        close.setAccessibleName(self.tr("Löschregister schließen"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(820, 420)


def save_processing_record(parent: QWidget, db: Database, path: str | None = None) -> str | None:
    if path is None:
        path, _f = file_dialogs.get_save_file_name(
            parent, QCoreApplication.translate("PrivacyActions", "Verzeichnis der Verarbeitungstätigkeiten speichern"), "verarbeitungsverzeichnis.pdf",
            QCoreApplication.translate("PrivacyActions", "PDF-Dateien (*.pdf)"),
        )  # fmt: skip
    if not path:
        return None
    from kidesk.services.privacy import processing  # reportlab only when the record is written (issue 16)

    try:
        written = processing.write_processing_record(db, path)
    except UserError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PrivacyActions", "Verzeichnis der Verarbeitungstätigkeiten"),
            service_text(exc),
        )
        return None
    return str(written)


def apply_saved_user_name() -> None:
    """Use the kidesk user name stored for this workstation (QSettings) in the audit trail."""
    name = QSettings().value(USER_NAME_KEY, "", type=str)
    _privacy().set_user_name(name or None)


def ask_user_name(parent: QWidget) -> str | None:
    current = QSettings().value(USER_NAME_KEY, "", type=str)
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("PrivacyActions", "Benutzername an diesem Arbeitsplatz"),
        QCoreApplication.translate("PrivacyActions", "Name für den Verlauf (leer: der Windows-/Linux-Benutzer):"),
        QLineEdit.EchoMode.Normal,
        current,
    )
    if not ok:
        return None
    name = name.strip()[:120]
    QSettings().setValue(USER_NAME_KEY, name)
    _privacy().set_user_name(name or None)
    return name


def install_privacy_menu(window: Any) -> QMenu:
    """The main window's menu "Datenschutz"."""
    apply_saved_user_name()
    db = window.db
    # no Alt letter: none of its letters is free in every tab (the keyboard walk checks); F10 reaches it
    menu = QMenu(QCoreApplication.translate("PrivacyActions", "Datenschutz"), window)
    menu.addAction(
        QCoreApplication.translate("PrivacyActions", "&Aufbewahrung prüfen …"), lambda: _open_review(db, window)
    )
    menu.addAction(
        QCoreApplication.translate("PrivacyActions", "&Fehlende Einwilligungen …"),
        lambda: LeftOutDialog(db, window).exec(),
    )
    menu.addAction(
        QCoreApplication.translate("PrivacyActions", "&Löschregister …"), lambda: RegisterDialog(db, window).exec()
    )
    menu.addAction(
        QCoreApplication.translate("PrivacyActions", "&Verzeichnis der Verarbeitungstätigkeiten (PDF) …"),
        lambda: save_processing_record(window, db),
    )
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("PrivacyActions", "&Benutzername an diesem Arbeitsplatz …"),
        lambda: ask_user_name(window),
    )
    bar = window.menuBar()
    actions = bar.actions()
    bar.insertMenu(actions[-1], menu) if actions else bar.addMenu(menu)  # before "Hilfe"
    return menu
