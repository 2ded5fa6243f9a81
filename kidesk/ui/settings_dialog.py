"""Settings: our own organisation and letter sender, default sheet templates, printer
calibration per template (with a test sheet), where the database lives, the UI language.

Everything except the language is stored in the database (:mod:`kidesk.services.settings`), so
all workstations on one database print alike; the language is a per-workstation choice.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.domain.dates import format_datetime
from kidesk.errors import UserError
from kidesk.services import backups, database_location, printing
from kidesk.services import contacts as contact_service
from kidesk.services import organisations as organisation_service
from kidesk.services import settings as settings_service
from kidesk.services.volunteers import settings_rules
from kidesk.ui import workstation_settings
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill
from kidesk.ui.print_products import run_print_product

CARD_TEMPLATES = (  # names in the window's language (issue 19: "A4 mit Schnittmarken" stayed German)
    ("C32011", QT_TRANSLATE_NOOP("SettingsDialog", "Avery Zweckform C32011 (2 × 5, 85 × 54 mm)")),
    ("32015", QT_TRANSLATE_NOOP("SettingsDialog", "Zweckform 32015 (2 × 4, 85 × 54 mm)")),
    ("a4-cropmarks", QT_TRANSLATE_NOOP("SettingsDialog", "A4 mit Schnittmarken")),
)
LABEL_TEMPLATES = (
    ("3474", QT_TRANSLATE_NOOP("SettingsDialog", "Zweckform 3474 (3 × 8, 70 × 37 mm)")),
    ("3475", QT_TRANSLATE_NOOP("SettingsDialog", "Zweckform 3475 (3 × 8, 70 × 36 mm)")),
    ("3477", QT_TRANSLATE_NOOP("SettingsDialog", "Zweckform 3477 (2 × 7, 105 × 41 mm)")),
)


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setMinimumWidth(640)
        self._calibration: dict[str, tuple[float, float]] = {}
        self._user = ""
        self._shown_template: str | None = None
        self._build()
        self.load()

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        own = QGroupBox(self.tr("Eigene Organisation"))
        form = QFormLayout(own)
        self.own_organisation = QComboBox()
        self.own_organisation.setAccessibleName(self.tr("Eigene Organisation"))
        self.own_organisation.setMinimumContentsLength(30)
        label = QLabel(self.tr("&Organisation:"))
        label.setBuddy(self.own_organisation)
        form.addRow(label, self.own_organisation)
        hint = QLabel(self.tr("Name, Anschrift und Logo werden im Reiter „Partnerorganisationen“ gepflegt."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.letter_sender = QComboBox()
        self.letter_sender.setAccessibleName(self.tr("Absender für Briefe"))
        label = QLabel(self.tr("&Briefabsender:"))
        label.setBuddy(self.letter_sender)
        form.addRow(label, self.letter_sender)
        self.my_letter_sender = QComboBox()
        self.my_letter_sender.setAccessibleName(self.tr("Mein eigener Absender für Briefe"))
        self.my_sender_label = QLabel(self.tr("&Mein Absender:"))
        self.my_sender_label.setBuddy(self.my_letter_sender)
        form.addRow(self.my_sender_label, self.my_letter_sender)
        layout.addWidget(own)

        templates = QGroupBox(self.tr("Vorlagen"))
        form = QFormLayout(templates)
        self.card_template = QComboBox()
        self.card_template.setAccessibleName(self.tr("Vorlage für Visitenkarten"))
        for code, label_text in CARD_TEMPLATES:
            self.card_template.addItem(self.tr(label_text), code)
        label = QLabel(self.tr("&Visitenkarten:"))
        label.setBuddy(self.card_template)
        form.addRow(label, self.card_template)
        self.label_template = QComboBox()
        self.label_template.setAccessibleName(self.tr("Vorlage für Adressetiketten"))
        for code, label_text in LABEL_TEMPLATES:
            self.label_template.addItem(self.tr(label_text), code)
        label = QLabel(self.tr("&Adressetiketten:"))
        label.setBuddy(self.label_template)
        form.addRow(label, self.label_template)
        layout.addWidget(templates)

        calibration = QGroupBox(self.tr("Druckerkalibrierung"))
        form = QFormLayout(calibration)
        self.calibration_template = QComboBox()
        self.calibration_template.setAccessibleName(self.tr("Vorlage für die Kalibrierung"))
        for code, label_text in (*CARD_TEMPLATES, *LABEL_TEMPLATES):
            self.calibration_template.addItem(self.tr(label_text), code)
        label = QLabel(self.tr("Vorla&ge:"))
        label.setBuddy(self.calibration_template)
        form.addRow(label, self.calibration_template)
        offsets = QHBoxLayout()
        self.offset_x = self._offset_box(self.tr("Verschiebung nach rechts in Millimetern"))
        self.offset_y = self._offset_box(self.tr("Verschiebung nach unten in Millimetern"))
        x_label = QLabel(self.tr("nach &rechts:"))
        x_label.setBuddy(self.offset_x)
        y_label = QLabel(self.tr("nach &unten:"))
        y_label.setBuddy(self.offset_y)
        offsets.addWidget(x_label)
        offsets.addWidget(self.offset_x)
        offsets.addSpacing(12)
        offsets.addWidget(y_label)
        offsets.addWidget(self.offset_y)
        offsets.addStretch(1)
        form.addRow(self.tr("Verschiebung:"), offsets)
        self.test_sheet_button = QPushButton(self.tr("&Testblatt drucken …"))
        self.test_sheet_button.setAccessibleName(self.tr("Testblatt für die gewählte Vorlage drucken"))
        explanation = QLabel(
            self.tr(
                "Das Testblatt zeigt Rahmen und Maße der Vorlage mit dieser Verschiebung; gespeichert wird sie "
                "erst mit OK. Die Verschiebung bewegt den Druck um genau diesen Betrag: liegt der Druck 2 mm zu "
                "weit rechts, hier −2 mm eintragen (die Gegenrichtung), zu weit links +2 mm."
            )
        )
        explanation.setWordWrap(True)
        form.addRow(explanation)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_sheet_button)
        test_row.addStretch(1)
        form.addRow(test_row)
        layout.addWidget(calibration)

        periods = QGroupBox(self.tr("Fristen im Ehrenamt"))
        form = QFormLayout(periods)
        self.consent_months = self._period_box(
            "consent_max_age_months", self.tr(" Monate"), self.tr("Einwilligung erneuern nach Monaten")
        )
        self.police_years = self._period_box(
            "police_certificate_valid_years", self.tr(" Jahre"), self.tr("Führungszeugnis erneut fällig nach Jahren")
        )
        self.inactivity_months = self._period_box(
            "inactivity_months", self.tr(" Monate"), self.tr("Als inaktiv vorschlagen nach Monaten")
        )
        for text, box in (
            (self.tr("Einwilligung &erneuern nach:"), self.consent_months),
            (self.tr("Führungs&zeugnis fällig nach:"), self.police_years),
            (self.tr("&Inaktiv nach:"), self.inactivity_months),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            form.addRow(label, box)
        layout.addWidget(periods)

        database = QGroupBox(self.tr("Datenbank"))
        row = QHBoxLayout()
        self.database_location = QLineEdit(self.db.location)
        self.database_location.setReadOnly(True)
        self.database_location.setAccessibleName(self.tr("Ort der Datenbank"))
        self.database_location.setMinimumWidth(360)
        self.open_folder_button = QPushButton(self.tr("Ordner ö&ffnen"))
        self.open_folder_button.setAccessibleName(self.tr("Ordner der Datenbank öffnen"))
        self.open_folder_button.setEnabled(self.db.path is not None)
        row.addWidget(self.database_location, 1)
        row.addWidget(self.open_folder_button)
        self.last_backup = QLabel(self._last_backup_text())  # issue 12: the date of the last backup
        row.addWidget(self.last_backup)
        # issue 19: choose another database or move this one (takes effect at the next start)
        self.choose_database_button = QPushButton(self.tr("Andere &wählen …"))
        self.choose_database_button.setAccessibleName(self.tr("Andere Datenbank wählen (ab dem nächsten Start)"))
        self.move_database_button = QPushButton(self.tr("Vers&chieben …"))
        self.move_database_button.setAccessibleName(self.tr("Datenbank an einen anderen Ort kopieren und dort nutzen"))
        self.move_database_button.setEnabled(self.db.path is not None)
        # issue 20: a PostgreSQL database IT set up for the whole office
        self.choose_server_button = QPushButton(self.tr("&Datenbank-Server …"))
        self.choose_server_button.setAccessibleName(
            self.tr("Datenbank auf einem Server wählen (ab dem nächsten Start)")
        )
        self.database_note = QLabel(self._database_note())
        self.database_note.setWordWrap(True)
        database_box = QVBoxLayout()
        database_box.addLayout(row)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_database_button)
        choose_row.addWidget(self.move_database_button)
        choose_row.addWidget(self.choose_server_button)
        choose_row.addWidget(self.database_note, 1)
        database_box.addLayout(choose_row)
        database.setLayout(database_box)
        layout.addWidget(database)

        language = QGroupBox(self.tr("Sprache"))
        row = QHBoxLayout(language)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Sprache der Oberfläche"))
        for code, name in workstation_settings.LANGUAGES:
            self.language.addItem(name, code)
        label = QLabel(self.tr("&Sprache der Oberfläche:"))
        label.setBuddy(self.language)
        row.addWidget(label)
        row.addWidget(self.language)
        row.addWidget(QLabel(self.tr("(wirkt beim nächsten Start)")), 1)
        layout.addWidget(language)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.calibration_template.currentIndexChanged.connect(lambda _i: self._show_calibration())
        self.test_sheet_button.clicked.connect(self.print_test_sheet)
        self.open_folder_button.clicked.connect(self.open_database_folder)
        self.choose_database_button.clicked.connect(self.choose_database)
        self.move_database_button.clicked.connect(self.move_database)
        self.choose_server_button.clicked.connect(lambda: self.choose_server())

    def _last_backup_text(self) -> str:
        newest = backups.last_backup(self.db) if self.db.path is not None else None
        if newest is None:
            return self.tr("Letzte Sicherung: keine")
        return fill(self.tr("Letzte Sicherung: %1"), format_datetime(newest))

    @staticmethod
    def _offset_box(accessible: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-15.0, 15.0)
        box.setSingleStep(0.5)
        box.setDecimals(1)
        box.setSuffix(" mm")
        box.setAccessibleName(accessible)
        return box

    @staticmethod
    def _period_box(name: str, suffix: str, accessible: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(*settings_rules.PERIOD_LIMITS[name])
        box.setSuffix(suffix)
        box.setAccessibleName(accessible)
        return box

    # -- load / save -----------------------------------------------------------------------------------
    def load(self) -> None:
        organisations = organisation_service.organisation_choices(self.db)
        staff = contact_service.staff_choices(self.db)
        stored = settings_service.load_settings(self.db, (c for c, _ in (*CARD_TEMPLATES, *LABEL_TEMPLATES)))
        own, sender = stored.own_organisation_id, stored.letter_sender_contact_id
        cards, labels = stored.default_card_template, stored.default_label_template
        self._calibration.update(stored.calibration)
        self.own_organisation.clear()
        self.own_organisation.addItem(self.tr("– nicht festgelegt –"), None)
        for org_id, name in organisations:
            self.own_organisation.addItem(name, org_id)
        self.own_organisation.setCurrentIndex(max(0, self.own_organisation.findData(own)))
        self.letter_sender.clear()
        self.letter_sender.addItem(self.tr("– nicht festgelegt –"), None)
        for contact_id, name in staff:
            self.letter_sender.addItem(name, contact_id)
        self.letter_sender.setCurrentIndex(max(0, self.letter_sender.findData(sender)))
        self._user = stored.user
        self.my_letter_sender.clear()
        self.my_letter_sender.addItem(self.tr("– wie der Briefabsender für alle –"), None)
        for contact_id, name in staff:
            self.my_letter_sender.addItem(name, contact_id)
        self.my_letter_sender.setCurrentIndex(
            max(0, self.my_letter_sender.findData(stored.my_letter_sender_contact_id))
        )
        self.my_letter_sender.setToolTip(
            fill(self.tr("Gilt nur für Briefe und Bescheinigungen, die %1 druckt."), stored.user)
        )
        self.card_template.setCurrentIndex(max(0, self.card_template.findData(cards)))
        self.label_template.setCurrentIndex(max(0, self.label_template.findData(labels)))
        self.language.setCurrentIndex(max(0, self.language.findData(workstation_settings.language())))
        self._shown_template = None
        self._show_calibration()
        periods = settings_rules.load_rule_periods(self.db)
        self.consent_months.setValue(periods.consent_max_age_months)
        self.police_years.setValue(periods.police_certificate_valid_years)
        self.inactivity_months.setValue(periods.inactivity_months)

    def _remember_calibration(self) -> None:
        if self._shown_template is not None:
            self._calibration[self._shown_template] = (self.offset_x.value(), self.offset_y.value())

    def _show_calibration(self) -> None:
        self._remember_calibration()
        code = self.calibration_template.currentData()
        x, y = self._calibration.get(code, (0.0, 0.0))
        self.offset_x.setValue(x)
        self.offset_y.setValue(y)
        self._shown_template = code

    def save(self) -> None:
        """Write every database setting in one transaction; the language to QSettings."""
        self._remember_calibration()
        settings_service.save_settings(
            self.db,
            settings_service.OfficeSettings(
                own_organisation_id=self.own_organisation.currentData(),
                letter_sender_contact_id=self.letter_sender.currentData(),
                my_letter_sender_contact_id=self.my_letter_sender.currentData(),
                user=self._user,
                default_card_template=self.card_template.currentData(),
                default_label_template=self.label_template.currentData(),
                calibration=dict(self._calibration),
            ),
        )
        settings_rules.save_rule_periods(
            self.db,
            settings_rules.RulePeriods(
                self.consent_months.value(), self.police_years.value(), self.inactivity_months.value()
            ),
        )
        workstation_settings.set_language(self.language.currentData())

    def accept(self) -> None:
        self.save()
        super().accept()

    # -- actions ---------------------------------------------------------------------------------------
    def print_test_sheet(self):
        """Preview the test sheet with the offset as shown; nothing is stored before OK (issue 19)."""
        self._remember_calibration()
        code = self.calibration_template.currentData()
        return run_print_product(
            self,
            printing.print_calibration_sheet,
            fill(self.tr("Testblatt %1"), code),
            f"testblatt-{code}.pdf",
            template=code,
            offset=self._calibration[code],
        )

    def _database_note(self) -> str:
        chosen = database_location.current_location()  # a server's password hidden
        if chosen == self.db.location:
            return ""
        return fill(self.tr("Ab dem nächsten Start: %1"), chosen)

    def choose_server(self, address: str | None = None, password: str = "") -> bool:
        """Point this workstation at a PostgreSQL database (checked by connecting once)."""
        if address is None:
            ask = ServerDialog(self)
            if ask.exec() != QDialog.DialogCode.Accepted:
                return False
            address, password = ask.address.text(), ask.password.text()
        if not address.strip():
            return False
        try:
            shown = database_location.choose_server(address, password)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Datenbank-Server"), service_text(exc))
            return False
        self.database_note.setText(self._database_note())
        QMessageBox.information(
            self,
            self.tr("Datenbank-Server"),
            fill(self.tr("Verbindung geprüft. Ab dem nächsten Start arbeitet kidesk mit %1."), shown),
        )
        return True

    def choose_database(self, path: str | None = None) -> bool:
        if path is None:
            path, _filter = file_dialogs.get_open_file_name(
                self,
                self.tr("Datenbank wählen"),
                "",
                self.tr("kidesk-Datenbanken (*.sqlite *.kidesk);;Alle Dateien (*)"),
            )
        if not path:
            return False
        try:
            chosen = database_location.choose_database(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Datenbank wählen"), service_text(exc))
            return False
        self.database_note.setText(self._database_note())
        QMessageBox.information(
            self,
            self.tr("Datenbank wählen"),
            fill(self.tr("Ab dem nächsten Start arbeitet kidesk mit %1."), str(chosen)),
        )
        return True

    def move_database(self, path: str | None = None) -> bool:
        if path is None:
            path, _filter = file_dialogs.get_save_file_name(
                self, self.tr("Datenbank verschieben"), "kidesk.sqlite", self.tr("kidesk-Datenbank (*.sqlite)")
            )
        if not path:
            return False
        try:
            new = database_location.move_database(self.db, path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Datenbank verschieben"), service_text(exc))
            return False
        self.database_note.setText(self._database_note())
        QMessageBox.information(
            self,
            self.tr("Datenbank verschieben"),
            fill(
                self.tr(
                    "Die Datenbank ist nach %1 kopiert; ab dem nächsten Start arbeitet kidesk dort. Die bisherige "
                    "Datei %2 bleibt als Rückfall liegen – bitte erst löschen, wenn alles läuft. Bitte kidesk jetzt "
                    "beenden, damit keine Änderung mehr in die alte Datei geht."
                ),
                str(new),
                str(self.db.path),
            ),
        )
        return True

    def open_database_folder(self) -> bool:
        if self.db.path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db.path.parent)))


class ServerDialog(QDialog):
    """Address and password of the office's PostgreSQL database (the password is never shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Datenbank-Server"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Die Adresse gibt die IT vor, zum Beispiel: postgresql://kidesk@server.kreis.local/kidesk")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Adresse des Datenbank-Servers"))
        self.address.setMinimumWidth(420)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Passwort für den Datenbank-Server"))
        for text, field in ((self.tr("&Adresse:"), self.address), (self.tr("&Passwort:"), self.password)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.address, self.password)
