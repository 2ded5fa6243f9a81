"""The main window: one tab per area of work, standard actions wired to the current tab.

Menu, toolbar and shortcuts (Ctrl+N/S/F/P, Del, Ctrl+Z, Ctrl+K) call the current
:class:`~kidesk.ui.workspace_tab.WorkspaceTab`. Before switching tab or closing, every tab
is asked :meth:`maybe_leave` so unsaved changes are never lost silently. Window geometry and
the last tab are kept per workstation (:mod:`kidesk.ui.workstation_settings`).

Start-up (issue 16): only the tab shown first is built; every other tab is built, and its
module imported, when it is first shown or asked for (``window.contacts_tab`` builds the
contacts tab). An unbuilt tab is an empty placeholder page in the tab bar that is replaced by
the real tab at the same index. :meth:`MainWindow.build_all_tabs` builds them all (tests that
walk every field). The dialogs behind the menus are imported when first opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from kidesk import __version__
from kidesk.db.database import Database
from kidesk.services.search import GlobalHit
from kidesk.ui import workstation_settings
from kidesk.ui.event_pack_dialog import with_pack_banner
from kidesk.ui.global_search import GlobalSearchField
from kidesk.ui.help import show_help
from kidesk.ui.privacy import install_privacy_menu
from kidesk.ui.workspace_tab import WorkspaceTab

STATUS_TIMEOUT_MS = 10000
TAB_KEYS = ("overview", "contacts", "organisations", "events", "volunteers")
HIT_TAB = {"contact": "contacts", "organisation": "organisations", "event": "events", "volunteer": "volunteers"}


def _tab_class(key: str) -> type[WorkspaceTab]:
    """The class of one main tab, imported when the tab is first built."""
    if key == "overview":
        from kidesk.ui.overview_tab import OverviewTab

        return OverviewTab
    if key == "contacts":
        from kidesk.ui.contacts_tab import ContactsTab

        return ContactsTab
    if key == "organisations":
        from kidesk.ui.organisations_tab import OrganisationsTab

        return OrganisationsTab
    if key == "events":
        from kidesk.ui.events_tab import EventsTab

        return EventsTab
    from kidesk.ui.volunteers import VolunteersTab

    return VolunteersTab


# The dialogs behind the menus, imported when first opened (openpyxl, reportlab and the import
# machinery are not needed to show the window).
def run_import(parent: QWidget, db: Database) -> None:
    from kidesk.ui.import_dialog import run_import as run

    run(parent, db)


def run_export(parent: QWidget, db: Database) -> None:
    from kidesk.ui.export_dialog import run_export as run

    run(parent, db)


def run_backup_dialog(parent: QWidget, db: Database) -> None:
    from kidesk.ui.backup_dialog import run_backup_dialog as run

    run(parent, db)


def open_duplicates_view(parent: QWidget, db: Database) -> None:
    from kidesk.ui.duplicates_view import open_duplicates_view as run

    run(parent, db)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("MainWindow")
        title = self.tr("kidesk")
        if demo:
            title += " – " + self.tr("Demo-Datenbank")
        self.setWindowTitle(title)
        self._previous_tab = 0
        self._switching_back = False

        self._built: dict[str, WorkspaceTab] = {}
        self._swapping = False
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._tab_labels = (
            self.tr("Übersicht"),
            self.tr("Kontakte"),
            self.tr("Partnerorganisationen"),
            self.tr("Veranstaltungen"),
            self.tr("Ehrenamtliche"),
        )
        for i, label in enumerate(self._tab_labels):
            self.tabs.addTab(QWidget(), label)  # a placeholder until the tab is first shown
            self.tabs.setTabToolTip(i, self.tr("Strg+%d") % i)  # Strg+0: the overview, Strg+1…4 as before
        self.setCentralWidget(with_pack_banner(db, self.tabs, self))  # issue 20: a banner on a pack file

        self.global_search = GlobalSearchField(db, self)
        self.global_search.hit_chosen.connect(self.open_hit)
        self._build_actions()
        self._location_label = QLabel(self.tr("Datenbank: %s") % db.location)
        self._location_label.setAccessibleName(self.tr("Ort der Datenbank"))
        self.statusBar().addPermanentWidget(self._location_label)
        self.show_status(self.tr("Bereit."))

        available = self.screen().availableGeometry() if self.screen() else None
        if available is not None and available.width() >= 1000:
            self.resize(min(1440, int(available.width() * 0.92)), min(940, int(available.height() * 0.92)))
        else:
            self.resize(1280, 820)
        self._restore_state()
        self._tab(TAB_KEYS[self.tabs.currentIndex()])
        self.tabs.currentChanged.connect(self._tab_changed)
        QApplication.instance().installEventFilter(self)

    # -- actions -----------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(
                f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                if shortcut is not None
                else tip
            )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_new = self._action(
            self.tr("&Neu"),
            lambda: self.current_tab().new_record(),
            QKeySequence.StandardKey.New,
            self.tr("Neuen Datensatz anlegen"),
        )
        self.action_save = self._action(
            self.tr("&Speichern"),
            lambda: self.current_tab().save(),
            QKeySequence.StandardKey.Save,
            self.tr("Änderungen speichern"),
        )
        self.action_print = self._action(
            self.tr("&Drucken …"),
            lambda: self.current_tab().print_current(),
            QKeySequence.StandardKey.Print,
            self.tr("Druckvorschau für die Auswahl"),
        )
        self.action_import = self._action(
            self.tr("&Importieren …"), self.import_data, None, self.tr("Daten aus einer Datei übernehmen")
        )
        self.action_export = self._action(
            self.tr("&Exportieren …"), self.export_data, None, self.tr("Daten in eine Datei schreiben")
        )
        self.action_settings = self._action(
            self.tr("E&instellungen …"),
            self.open_settings,
            "Ctrl+,",
            self.tr("Eigene Organisation, Vorlagen, Druckerkalibrierung"),
        )
        self.action_quit = self._action(
            self.tr("&Beenden"), self.close, QKeySequence.StandardKey.Quit, self.tr("kidesk beenden")
        )
        self.action_undo = self._action(
            self.tr("&Rückgängig"),
            self.undo,
            QKeySequence.StandardKey.Undo,
            self.tr("Letzte Änderung im Formular rückgängig machen"),
        )
        self.action_delete = self._action(
            self.tr("&Löschen …"),
            lambda: self.current_tab().delete_selected(),
            QKeySequence.StandardKey.Delete,
            self.tr("Ausgewählte Datensätze löschen"),
        )
        self.action_find = self._action(
            self.tr("&Suchen"),
            lambda: self.current_tab().focus_search(),
            QKeySequence.StandardKey.Find,
            self.tr("In der Liste suchen"),
        )
        self.action_duplicates = self._action(
            self.tr("&Doppelte Kontakte finden …"),
            self.find_duplicates,
            None,
            self.tr("Kontakte, die vermutlich dieselbe Person sind, zusammenführen"),
        )
        self.action_global_search = self._action(
            self.tr("Ü&berall suchen"),
            self.focus_global_search,
            "Ctrl+K",
            self.tr("Kontakte, Organisationen, Veranstaltungen, Ehrenamtliche finden"),
        )
        self.action_refresh = self._action(
            self.tr("&Aktualisieren"),
            lambda: self.current_tab().refresh(),
            QKeySequence.StandardKey.Refresh,
            self.tr("Listen neu laden"),
        )
        self.action_about = self._action(self.tr("Ü&ber kidesk"), self.about)
        self.action_help = self._action(  # F1: the manual on the page of the current tab (issue 14)
            self.tr("&Handbuch"),
            lambda: show_help(
                self, next((k for k, t in self.tab_by_key.items() if t is self.tabs.currentWidget()), None)
            ),
            "F1",
        )
        self.tab_actions = []
        for i, key in enumerate(TAB_KEYS):
            action = self._action(
                self.tabs.tabText(i).replace("&", ""), lambda _c=False, k=key: self.show_tab(k), f"Ctrl+{i}"
            )
            self.tab_actions.append(action)
        for action in (self.action_delete,):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        for action, short in (  # toolbar buttons without Alt+letters: the menus and forms use them (issue 19)
            (self.action_new, self.tr("Neu")),
            (self.action_save, self.tr("Speichern")),
            (self.action_delete, self.tr("Löschen")),
            (self.action_print, self.tr("Drucken")),
        ):
            action.setIconText(short)

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        for action in (self.action_new, self.action_save, self.action_print):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.action_import)
        file_menu.addAction(self.action_export)
        file_menu.addAction(self.tr("Si&cherung …"), lambda: self._run_dialog(run_backup_dialog))
        file_menu.addAction(self.tr("&Jahresbericht …"), self.open_report)
        file_menu.addSeparator()
        file_menu.addAction(self.action_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(self.tr("&Bearbeiten"))
        for action in (self.action_undo, self.action_delete):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_find)
        edit_menu.addAction(self.action_global_search)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_duplicates)
        view_menu = bar.addMenu(self.tr("&Ansicht"))
        for action in self.tab_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.action_start_overview = view_menu.addAction(self.tr("Beim Start &Übersicht zeigen"))
        self.action_start_overview.setCheckable(True)
        self.action_start_overview.setChecked(workstation_settings.starts_on_overview())
        self.action_start_overview.toggled.connect(workstation_settings.set_start_on_overview)
        view_menu.addAction(self.action_refresh)
        help_menu = bar.addMenu(self.tr("&Hilfe"))
        help_menu.addAction(self.action_help)
        help_menu.addAction(self.action_about)
        install_privacy_menu(self)  # "Datenschutz" before "Hilfe" (issue 13)

        toolbar = QToolBar(self.tr("Werkzeugleiste"), self)
        toolbar.setObjectName("MainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.action_new, self.action_save, self.action_delete, self.action_print):
            toolbar.addAction(action)
        toolbar.addSeparator()
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy().Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.global_search)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    # -- tabs --------------------------------------------------------------------------------------
    @property
    def tab_by_key(self) -> dict[str, WorkspaceTab]:
        """The tabs built so far, by key, in tab order."""
        return {key: self._built[key] for key in TAB_KEYS if key in self._built}

    @property
    def overview_tab(self) -> WorkspaceTab:
        return self._tab("overview")

    @property
    def contacts_tab(self) -> Any:
        return self._tab("contacts")

    @property
    def organisations_tab(self) -> Any:
        return self._tab("organisations")

    @property
    def events_tab(self) -> Any:
        return self._tab("events")

    @property
    def volunteers_tab(self) -> Any:
        return self._tab("volunteers")

    def build_all_tabs(self) -> None:
        for key in TAB_KEYS:
            self._tab(key)

    def _tab(self, key: str) -> Any:
        """The tab ``key``, built (and put in place of its placeholder) on first use."""
        tab = self._built.get(key)
        if tab is None:
            tab = _tab_class(key)(self.db)
            self._built[key] = tab
            index = TAB_KEYS.index(key)
            placeholder = self.tabs.widget(index)
            was_current = self.tabs.currentIndex() == index
            self._swapping = True
            try:
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, tab, self._tab_labels[index])
                self.tabs.setTabToolTip(index, self.tr("Strg+%d") % index)
                if was_current:
                    self.tabs.setCurrentIndex(index)
            finally:
                self._swapping = False
            placeholder.deleteLater()
            search = getattr(self, "global_search", None)
            if search is not None:
                # a page built later joins the focus chain after the search field; put it back where an
                # eagerly built one would be: search, tab widget (its focus goes to the tab bar), tab bar, page
                QWidget.setTabOrder(search, self.tabs)
                QWidget.setTabOrder(self.tabs, self.tabs.tabBar())
            self._connect_tab(key, tab)
            self._restore_tab_state(key, tab)
        return tab

    def _connect_tab(self, key: str, tab: Any) -> None:
        tab.status_message.connect(self.show_status)
        if key == "overview":
            tab.open_record.connect(lambda kind, i: self.jump_to(HIT_TAB[kind], i))
            tab.open_report.connect(self.open_report)
        elif key == "contacts":
            tab.open_organisation.connect(lambda i: self.jump_to("organisations", i))
        elif key == "organisations":
            tab.open_contact.connect(lambda i: self.jump_to("contacts", i))
            tab.data_changed.connect(self._organisations_changed)
            tab.new_contact_for.connect(self._new_contact_for)

    def _organisations_changed(self) -> None:
        contacts = self._built.get("contacts")
        if contacts is not None:  # an unbuilt tab reads the choices when it is built
            contacts.refresh_choices()  # type: ignore[attr-defined]

    def current_tab(self) -> WorkspaceTab:
        return self._tab(TAB_KEYS[self.tabs.currentIndex()])

    def show_tab(self, key: str) -> bool:
        """Switch to a tab (asking the current one about unsaved changes); True if shown."""
        tab = self._tab(key)
        self.tabs.setCurrentWidget(tab)
        return self.current_tab() is tab

    def _tab_changed(self, index: int) -> None:
        if self._switching_back or self._swapping:
            return
        previous = self.tabs.widget(self._previous_tab)
        if previous is not None and previous is not self.tabs.widget(index) and not previous.maybe_leave():
            self._switching_back = True
            self.tabs.setCurrentIndex(self._previous_tab)
            self._switching_back = False
            return
        if TAB_KEYS[index] not in self._built:
            self._tab(TAB_KEYS[index])  # built now: it reads its data fresh
        elif self._previous_tab != index:
            # Another tab may have changed what this one shows (a person added to an
            # organisation, a walk-in at an event); an editor with unsaved input is kept.
            current = self.tabs.widget(index)
            if current is not None:
                current.refresh()
        self._previous_tab = index

    def jump_to(self, key: str, record_id: int) -> None:
        if self.show_tab(key):
            self.tab_by_key[key].jump_to(record_id)

    def _new_contact_for(self, organisation_id: int, name: str) -> None:
        if self.show_tab("contacts"):
            self.contacts_tab.new_record_at(organisation_id, name)

    def open_hit(self, hit: GlobalHit) -> None:
        self.jump_to(HIT_TAB[hit.kind], hit.id)
        self.show_status(self.tr("Gefunden: %s") % hit.title)

    def focus_global_search(self) -> None:
        self.global_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.global_search.selectAll()

    def undo(self) -> None:
        undo = getattr(self.current_tab(), "undo", None)
        if undo is None or not undo():
            self.show_status(self.tr("Nichts rückgängig zu machen."))

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # -- dialogs -----------------------------------------------------------------------------------
    def _run_dialog(self, run) -> None:
        """Run ``run(self, db)`` once the current tab has no unsaved changes; then reload all tabs."""
        if not self.current_tab().maybe_leave():
            return
        run(self, self.db)
        for tab in self.tab_by_key.values():
            tab.refresh()

    def import_data(self) -> None:
        self._run_dialog(run_import)

    def export_data(self) -> None:
        self._run_dialog(run_export)

    def find_duplicates(self) -> None:
        self._run_dialog(open_duplicates_view)

    def open_settings(self) -> None:
        from kidesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        if dialog.exec():
            self.show_status(self.tr("Einstellungen gespeichert."))

    def open_report(self) -> None:
        from kidesk.ui.report_view import run_report_view

        ref = run_report_view(self, self.db)
        if ref is not None:
            self.jump_to(HIT_TAB[ref.kind], ref.id)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Über kidesk"),
            self.tr(
                "kidesk %s\n\nKontakte, Partnerorganisationen, Veranstaltungen und Ehrenamtliche "
                "eines Kommunalen Integrationszentrums.\n\nDatenbank: %s"
            )
            % (__version__, self.db.location),
        )

    # -- keyboard: Ctrl+K wins even inside a text field --------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if (
                event.key() == Qt.Key.Key_K
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
                and isinstance(watched, QWidget)
                and watched.window() is self
            ):
                event.ignore()  # a QLineEdit would take Ctrl+K as "delete to end of line"
                return True
        return super().eventFilter(watched, event)

    # -- state between starts ----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = workstation_settings.workstation_settings()
        geometry = settings.value(workstation_settings.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value(workstation_settings.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        try:
            last = int(settings.value(workstation_settings.LAST_TAB, 0))
        except (TypeError, ValueError):
            last = 0
        if workstation_settings.starts_on_overview():
            last = 0  # the start page, unless the user chose "start on the last tab" (View menu)
        if 0 <= last < self.tabs.count():
            self.tabs.setCurrentIndex(last)
            self._previous_tab = last

    def _restore_tab_state(self, key: str, tab: Any) -> None:
        """The splitter and the open record of the contacts and organisations tabs, as last time."""
        if key not in ("contacts", "organisations"):
            return
        settings = workstation_settings.workstation_settings()
        splitter = settings.value(f"{key}/splitter")
        if splitter is not None:
            tab.splitter.restoreState(splitter)
        try:
            record_id = int(settings.value(f"{key}/record", 0) or 0)
        except (TypeError, ValueError):
            record_id = 0
        if record_id:
            tab.restore_record(record_id)

    def save_state(self) -> None:
        settings = workstation_settings.workstation_settings()
        settings.setValue(workstation_settings.GEOMETRY, self.saveGeometry())
        settings.setValue(workstation_settings.WINDOW_STATE, self.saveState())
        settings.setValue(workstation_settings.LAST_TAB, self.tabs.currentIndex())
        for key in ("contacts", "organisations"):
            if key not in self._built:
                continue  # never shown this time: what was stored stays
            tab: Any = self._built[key]
            settings.setValue(f"{key}/splitter", tab.splitter.saveState())
            settings.setValue(f"{key}/record", tab.current_record_id() or 0)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        current = self.current_tab()
        for tab in [current, *(t for t in self.tab_by_key.values() if t is not current)]:
            if tab is not current:
                self._switching_back = True
                self.tabs.setCurrentWidget(tab)
                self._switching_back = False
            if not tab.maybe_leave():
                event.ignore()
                return
        self._switching_back = True
        self.tabs.setCurrentWidget(current)
        self._switching_back = False
        self.save_state()
        QApplication.instance().removeEventFilter(self)
        event.accept()
