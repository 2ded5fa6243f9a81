"""The volunteers tab: list with filters, profile editor, hours, qualification progress,
due dates and the thank-you invitation.

Layout: an inner tab bar with *Übersicht* (filters above the lazy volunteer list on the
left; on the right the selected volunteer in three pages *Profil*, *Stunden*,
*Qualifizierung*) and *Fällig* (what needs attention within N weeks). All data goes
through :mod:`kidesk.services.volunteers`; every save is one transaction.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.db.models import Contact, EventSeries, Organisation, Volunteer
from kidesk.errors import UserError, ValidationError
from kidesk.services import printing
from kidesk.services import volunteers as vs
from kidesk.ui.models.volunteer_table_model import (
    ID_ROLE,
    DueItemTableModel,
    VolunteerHoursTableModel,
    VolunteerTableModel,
    format_date,
    level_label,
    status_label,
)
from kidesk.ui.print_preview import show_pdf_preview
from kidesk.ui.workspace_tab import WorkspaceTab


class DateField(QLineEdit):
    """A date typed as ``TT.MM.JJJJ`` (or ``JJJJ-MM-TT``); empty means "no date"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.setMaxLength(10)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 16)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))

    def date(self, label: str = "") -> dt.date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return vs.parse_date(text)
        except ValidationError as exc:
            raise ValidationError(f"{label}: {exc}" if label else str(exc), field=exc.field) from None


def _combo_with_all(all_label: str, values: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_label, None)
    for text, data in values:
        combo.addItem(text, data)
    return combo


class VolunteerEditor(QWidget):
    """The volunteer profile (Picard-style ``load``/``profile``; knows nothing of sessions)."""

    changed = Signal()

    def __init__(self, choices: dict[str, list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name_label.setFont(font)
        self.photo_marker = QLabel(self.tr("⚠ Keine Foto-Einwilligung"))
        self.photo_marker.setToolTip(self.tr("Nicht fotografieren, keine Fotos veröffentlichen."))
        self.photo_marker.setStyleSheet("QLabel { color: white; background: #b3261e; padding: 2px 6px; border-radius: 3px; }")
        self.photo_marker.setAccessibleName(self.tr("Hinweis: keine Foto-Einwilligung"))
        self.share_marker = QLabel(self.tr("Keine Weitergabe an Partner"))
        self.share_marker.setStyleSheet("QLabel { color: #7a4b00; background: #fde7b0; padding: 2px 6px; border-radius: 3px; }")
        self.photo_marker.hide()  # shown by load() for a real profile, never for nobody
        self.share_marker.hide()

        self.status = QComboBox()
        for code in vocab.VOLUNTEER_STATUSES:
            self.status.addItem(status_label(code), code)
        self.active_since = DateField()
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.addItem("")
        self.municipality.addItems(choices["municipalities"])
        self.availability = QLineEdit()
        self.availability.setPlaceholderText(self.tr("z. B. Di/Do nachmittags"))

        self.areas = QListWidget()
        self.areas.setMinimumHeight(110)
        self.areas.setMaximumHeight(150)
        for area in choices["engagement_areas"]:
            self._add_area_item(area)
        self.other_areas = QLineEdit()
        self.other_areas.setPlaceholderText(self.tr("weitere Bereiche, mit Komma getrennt"))

        self.languages = QTableWidget(0, 2)
        self.languages.setHorizontalHeaderLabels([self.tr("Sprache"), self.tr("Niveau")])
        self.languages.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.languages.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.languages.setColumnWidth(1, 150)
        self.languages.setMinimumWidth(260)
        self.languages.verticalHeader().hide()
        self.languages.setMinimumHeight(120)
        self.languages.setMaximumHeight(160)
        self.languages.verticalHeader().setDefaultSectionSize(self.languages.fontMetrics().height() + 14)
        self._language_choices = choices["languages"]
        self.add_language_button = QPushButton(self.tr("Sprache hinzufügen"))
        self.remove_language_button = QPushButton(self.tr("Sprache entfernen"))
        self.add_language_button.clicked.connect(lambda: self._add_language_row("", None, focus=True))
        self.remove_language_button.clicked.connect(self._remove_language_row)

        self.agreement_signed_on = DateField()
        self.consent_given_on = DateField()
        self.consent_photos = QCheckBox(self.tr("Fotos"))
        self.consent_newsletter = QCheckBox(self.tr("Newsletter"))
        self.consent_share = QCheckBox(self.tr("Weitergabe an Partnerorganisationen"))
        self.police_inspected_on = DateField()
        self.police_due_on = DateField()
        self.police_hint = QLabel()
        self.police_hint.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)

        for widget, name in (
            (self.status, self.tr("Status")),
            (self.active_since, self.tr("Aktiv seit")),
            (self.municipality, self.tr("Kommune")),
            (self.availability, self.tr("Verfügbarkeit")),
            (self.areas, self.tr("Einsatzbereiche")),
            (self.other_areas, self.tr("Weitere Einsatzbereiche")),
            (self.languages, self.tr("Sprachen mit Niveau")),
            (self.agreement_signed_on, self.tr("Vereinbarung unterschrieben am")),
            (self.consent_given_on, self.tr("Einwilligung erteilt am")),
            (self.consent_photos, self.tr("Einwilligung Fotos")),
            (self.consent_newsletter, self.tr("Einwilligung Newsletter")),
            (self.consent_share, self.tr("Einwilligung Weitergabe an Partnerorganisationen")),
            (self.police_inspected_on, self.tr("Führungszeugnis eingesehen am")),
            (self.police_due_on, self.tr("Führungszeugnis wieder fällig am")),
            (self.notes, self.tr("Notizen")),
        ):
            widget.setAccessibleName(name)

        markers = QHBoxLayout()
        markers.addWidget(self.photo_marker)
        markers.addWidget(self.share_marker)
        markers.addStretch(1)

        general = QFormLayout()
        general.addRow(self.tr("&Status:"), self.status)
        general.addRow(self.tr("Aktiv &seit:"), self.active_since)
        general.addRow(self.tr("&Kommune:"), self.municipality)
        general.addRow(self.tr("&Verfügbarkeit:"), self.availability)
        general.addRow(self.tr("&Einsatzbereiche:"), self.areas)
        general.addRow("", self.other_areas)
        lang_buttons = QHBoxLayout()
        lang_buttons.addWidget(self.add_language_button)
        lang_buttons.addWidget(self.remove_language_button)
        lang_buttons.addStretch(1)
        lang_box = QVBoxLayout()
        lang_box.addWidget(self.languages)
        lang_box.addLayout(lang_buttons)
        languages_label = QLabel(self.tr("S&prachen:"))
        languages_label.setBuddy(self.languages)
        general.addRow(languages_label, lang_box)

        consent_group = QGroupBox(self.tr("Vereinbarung und Einwilligung"))
        consent_form = QFormLayout(consent_group)
        consent_form.addRow(self.tr("Vereinbarung &unterschrieben am:"), self.agreement_signed_on)
        consent_form.addRow(self.tr("Einwilligung &erteilt am:"), self.consent_given_on)
        purposes = QVBoxLayout()
        purposes.addWidget(self.consent_photos)
        purposes.addWidget(self.consent_newsletter)
        purposes.addWidget(self.consent_share)
        consent_form.addRow(self.tr("Zwecke:"), purposes)

        police_group = QGroupBox(self.tr("Erweitertes Führungszeugnis (nur Daten, kein Dokument)"))
        police_form = QFormLayout(police_group)
        police_form.addRow(self.tr("&Eingesehen am:"), self.police_inspected_on)
        police_form.addRow(self.tr("&Wieder fällig am:"), self.police_due_on)
        police_form.addRow("", self.police_hint)

        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addLayout(markers)
        layout.addLayout(general)
        layout.addWidget(consent_group)
        layout.addWidget(police_group)
        notes_form = QFormLayout()
        notes_form.addRow(self.tr("&Notizen:"), self.notes)
        layout.addLayout(notes_form)
        layout.addStretch(1)

        for w in (self.active_since, self.availability, self.other_areas, self.agreement_signed_on,
                  self.consent_given_on, self.police_inspected_on, self.police_due_on):
            w.textEdited.connect(self._emit_changed)
        self.municipality.editTextChanged.connect(self._emit_changed)
        self.status.currentIndexChanged.connect(self._emit_changed)
        for box in (self.consent_photos, self.consent_newsletter, self.consent_share):
            box.toggled.connect(self._emit_changed)
            box.toggled.connect(self._update_markers)
        self.consent_given_on.textEdited.connect(self._update_markers)
        self.police_inspected_on.textEdited.connect(self._update_police_hint)
        self.police_due_on.textEdited.connect(self._update_police_hint)
        self.areas.itemChanged.connect(self._emit_changed)
        self.languages.itemChanged.connect(self._emit_changed)
        self.notes.textChanged.connect(self._emit_changed)

    # -- helpers ---------------------------------------------------------------------------------
    def _emit_changed(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _add_area_item(self, area: str) -> QListWidgetItem:
        item = QListWidgetItem(area)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.areas.addItem(item)
        return item

    def _add_language_row(self, language: str, level: str | None, *, focus: bool = False) -> None:
        row = self.languages.rowCount()
        self.languages.insertRow(row)
        language_box = QComboBox()
        language_box.setEditable(True)
        language_box.addItem("")
        language_box.addItems(self._language_choices)
        language_box.setCurrentText(language)
        language_box.setAccessibleName(self.tr("Sprache"))
        language_box.editTextChanged.connect(self._emit_changed)
        level_box = QComboBox()
        level_box.addItem(self.tr("–"), None)
        for code in vocab.LANGUAGE_LEVELS:
            level_box.addItem(level_label(code), code)
        level_box.setCurrentIndex(max(0, level_box.findData(level)))
        level_box.setAccessibleName(self.tr("Sprachniveau"))
        level_box.currentIndexChanged.connect(self._emit_changed)
        self.languages.setCellWidget(row, 0, language_box)
        self.languages.setCellWidget(row, 1, level_box)
        if focus:
            self.languages.setCurrentCell(row, 0)
            language_box.setFocus()
            self._emit_changed()

    def _remove_language_row(self) -> None:
        row = self.languages.currentRow()
        if row < 0:
            row = self.languages.rowCount() - 1
        if row >= 0:
            self.languages.removeRow(row)
            self._emit_changed()

    def _update_markers(self, *_args) -> None:
        has_date = bool(self.consent_given_on.text().strip())
        self.photo_marker.setVisible(not (self.consent_photos.isChecked() and has_date))
        self.share_marker.setVisible(not (self.consent_share.isChecked() and has_date))

    def _update_police_hint(self, *_args) -> None:
        try:
            inspected = self.police_inspected_on.date()
            due = self.police_due_on.date()
        except ValidationError:
            self.police_hint.setText(self.tr("Datum bitte als TT.MM.JJJJ eingeben."))
            return
        if due is None and inspected is not None:
            computed = vs.add_years(inspected, vs.DEFAULT_POLICE_CERTIFICATE_VALID_YEARS)
            self.police_hint.setText(self.tr("Ohne eigenes Datum fällig am %1 (eingesehen + 5 Jahre).").replace(
                "%1", format_date(computed)))
        elif inspected is None and due is None:
            self.police_hint.setText(self.tr("Noch kein Führungszeugnis eingesehen."))
        else:
            self.police_hint.setText("")

    # -- load / read -------------------------------------------------------------------------------
    def load(self, name: str, profile: vs.VolunteerProfile) -> None:
        self._loading = True
        try:
            self.name_label.setText(name)
            self.status.setCurrentIndex(max(0, self.status.findData(profile.status)))
            self.active_since.set_date(profile.active_since)
            self.municipality.setCurrentText(profile.municipality or "")
            self.availability.setText(profile.availability or "")
            known = {self.areas.item(i).text(): self.areas.item(i) for i in range(self.areas.count())}
            for item in known.values():
                item.setCheckState(Qt.CheckState.Unchecked)
            for area in profile.engagement_areas:
                item = known.get(area) or self._add_area_item(area)
                item.setCheckState(Qt.CheckState.Checked)
            self.other_areas.clear()
            self.languages.setRowCount(0)
            for language, level in profile.languages:
                self._add_language_row(language, level)
            self.agreement_signed_on.set_date(profile.agreement_signed_on)
            self.consent_given_on.set_date(profile.consent_given_on)
            self.consent_photos.setChecked(profile.consent_photos)
            self.consent_newsletter.setChecked(profile.consent_newsletter)
            self.consent_share.setChecked(profile.consent_share_with_partners)
            self.police_inspected_on.set_date(profile.police_certificate_inspected_on)
            self.police_due_on.set_date(profile.police_certificate_due_on)
            self.notes.setPlainText(profile.notes or "")
        finally:
            self._loading = False
        self._update_markers()
        self._update_police_hint()

    def profile(self) -> vs.VolunteerProfile:
        """The edited profile; :class:`ValidationError` for a date that cannot be read."""
        areas = [
            self.areas.item(i).text()
            for i in range(self.areas.count())
            if self.areas.item(i).checkState() == Qt.CheckState.Checked
        ]
        areas += [a.strip() for a in self.other_areas.text().split(",") if a.strip()]
        languages = []
        for row in range(self.languages.rowCount()):
            language_box = self.languages.cellWidget(row, 0)
            level_box = self.languages.cellWidget(row, 1)
            if language_box.currentText().strip():
                languages.append((language_box.currentText().strip(), level_box.currentData()))
        return vs.VolunteerProfile(
            status=self.status.currentData(),
            active_since=self.active_since.date(self.tr("Aktiv seit")),
            municipality=self.municipality.currentText(),
            availability=self.availability.text(),
            engagement_areas=areas,
            languages=languages,
            agreement_signed_on=self.agreement_signed_on.date(self.tr("Vereinbarung")),
            consent_given_on=self.consent_given_on.date(self.tr("Einwilligung")),
            consent_photos=self.consent_photos.isChecked(),
            consent_newsletter=self.consent_newsletter.isChecked(),
            consent_share_with_partners=self.consent_share.isChecked(),
            police_certificate_inspected_on=self.police_inspected_on.date(self.tr("Führungszeugnis eingesehen")),
            police_certificate_due_on=self.police_due_on.date(self.tr("Führungszeugnis fällig")),
            notes=self.notes.toPlainText(),
        )


class HoursPanel(QWidget):
    """Quick hours entry (Enter saves, focus returns to the date) and totals per year."""

    saved = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id: int | None = None
        self.date = DateField()
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("z. B. 2,5"))
        self.hours.setMaximumWidth(90)
        self.activity = QLineEdit()
        self.activity.setPlaceholderText(self.tr("Tätigkeit"))
        self.organisation = QComboBox()
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.setMinimumContentsLength(10)
        self.date.setMaximumWidth(self.date.minimumWidth() + 10)
        self.add_button = QPushButton(self.tr("&Eintragen"))
        self.add_button.setDefault(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.card = QLabel()
        self.card.setWordWrap(True)
        self.rule_button = QPushButton(self.tr("Kriterien &ändern…"))
        self.rule_button.setToolTip(self.tr("Kriterien der Ehrenamtskarte NRW anpassen"))
        self.model = VolunteerHoursTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(VolunteerHoursTableModel.COL_ACTIVITY, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.delete_button = QPushButton(self.tr("Eintrag &löschen"))

        for widget, name in (
            (self.date, self.tr("Datum des Einsatzes")),
            (self.hours, self.tr("Stunden")),
            (self.activity, self.tr("Tätigkeit")),
            (self.organisation, self.tr("Organisation")),
            (self.table, self.tr("Erfasste Stunden")),
        ):
            widget.setAccessibleName(name)

        entry = QGridLayout()
        entry.addWidget(QLabel(self.tr("&Datum:")), 0, 0)
        entry.addWidget(QLabel(self.tr("S&tunden:")), 0, 1)
        entry.addWidget(QLabel(self.tr("T&ätigkeit:")), 0, 2)
        entry.addWidget(QLabel(self.tr("&Organisation:")), 0, 3)
        for col, (label_widget, field) in enumerate(
            zip([entry.itemAtPosition(0, c).widget() for c in range(4)],
                [self.date, self.hours, self.activity, self.organisation], strict=True)
        ):
            label_widget.setBuddy(field)
            entry.addWidget(field, 1, col)
        entry.addWidget(self.add_button, 1, 4)
        entry.setColumnStretch(2, 3)
        entry.setColumnStretch(3, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.delete_button)
        layout.addLayout(bottom)
        card_row = QHBoxLayout()
        card_row.addWidget(self.card, 1)
        card_row.addWidget(self.rule_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(card_row)

        for field in (self.date, self.hours, self.activity):
            field.returnPressed.connect(self.add_entry)
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button.clicked.connect(self.delete_selected)
        self.rule_button.clicked.connect(self.edit_rule)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.organisation, self.add_entry,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.setTabOrder(self.date, self.hours)
        self.setTabOrder(self.hours, self.activity)
        self.setTabOrder(self.activity, self.organisation)
        self.setTabOrder(self.organisation, self.add_button)
        self.load_organisations()

    def load_organisations(self) -> None:
        self.organisation.clear()
        self.organisation.addItem(self.tr("–"), None)
        with self.db.session() as session:
            for org_id, name in session.execute(select(Organisation.id, Organisation.name).order_by(Organisation.name)):
                self.organisation.addItem(name, org_id)

    def set_volunteer(self, volunteer_id: int | None) -> None:
        self.volunteer_id = volunteer_id
        self.setEnabled(volunteer_id is not None)
        self.message.clear()
        if not self.date.text():
            self.date.set_date(dt.date.today())
        self.reload()

    def reload(self) -> None:
        if self.volunteer_id is None:
            self.model.set_entries([])
            self.totals.clear()
            self.card.clear()
            return
        with self.db.session() as session:
            self.model.set_entries(vs.hours_entries(session, self.volunteer_id))
            per_year = vs.hours_per_year(session, self.volunteer_id)
            total = vs.hours_total(session, self.volunteer_id)
            assessment = vs.assess_ehrenamtskarte(session, self.volunteer_id)
        if per_year:
            years = " · ".join(
                self.tr("%1: %2 Std.").replace("%1", str(y)).replace("%2", vs.format_hours(h)) for y, h in per_year.items()
            )
            self.totals.setText(self.tr("Summe je Jahr: %1 — insgesamt %2 Std.").replace("%1", years).replace(
                "%2", vs.format_hours(total)))
        else:
            self.totals.setText(self.tr("Noch keine Stunden erfasst."))
        rule = assessment.rule
        periods = ", ".join(
            self.tr("%1–%2: %3 Std. (%4 je Woche)").replace("%1", format_date(p.start)).replace("%2", format_date(p.end))
            .replace("%3", vs.format_hours(p.hours)).replace("%4", vs.format_hours(p.hours_per_week))
            for p in assessment.periods
        )
        verdict = self.tr("erfüllt") if assessment.meets_rule else self.tr("nicht erfüllt")
        self.card.setText(
            self.tr("Ehrenamtskarte NRW (%1 Std./Woche oder %2 Std./Jahr, seit %3 Jahren): %4. %5")
            .replace("%1", vs.format_hours(rule.hours_per_week)).replace("%2", vs.format_hours(rule.hours_per_year))
            .replace("%3", str(rule.min_years)).replace("%4", verdict).replace("%5", periods)
        )

    def add_entry(self) -> bool:
        if self.volunteer_id is None:
            return False
        try:
            worked_on = self.date.date(self.tr("Datum"))
            if worked_on is None:
                raise ValidationError(self.tr("Bitte das Datum des Einsatzes eintragen."), field="date")
            with self.db.session() as session:
                entry = vs.add_hours(
                    session, self.volunteer_id, worked_on, self.hours.text(), self.activity.text(),
                    self.organisation.currentData(),
                )
                text = self.tr("%1 Std. am %2 eingetragen.").replace("%1", vs.format_hours(entry.hours)).replace(
                    "%2", format_date(worked_on))
        except UserError as exc:
            self.message.setText(str(exc))
            self.message.setStyleSheet("color: #b3261e;")
            focus = {"hours": self.hours, "date": self.date}.get(getattr(exc, "field", None), self.hours)
            focus.setFocus()
            focus.selectAll()
            return False
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.hours.clear()
        self.activity.clear()
        self.reload()
        self.date.setFocus()
        self.date.selectAll()
        self.saved.emit(text)
        return True

    def edit_rule(self) -> None:
        with self.db.session() as session:
            rule = vs.ehrenamtskarte_rule(session)
        dialog = EhrenamtskarteRuleDialog(rule, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.db.session() as session:
                vs.save_ehrenamtskarte_rule(session, dialog.rule())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Kriterien der Ehrenamtskarte"), str(exc))
            return
        self.reload()

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.model.entry(rows[0].row())
        answer = QMessageBox.question(
            self, self.tr("Eintrag löschen"),
            self.tr("%1 Std. vom %2 löschen?").replace("%1", vs.format_hours(entry.hours)).replace(
                "%2", format_date(entry.worked_on)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.db.session() as session:
            vs.delete_hours(session, entry.id)
        self.reload()


class EhrenamtskarteRuleDialog(QDialog):
    """Change the stored Ehrenamtskarte criteria (hours per week / per year, years)."""

    def __init__(self, rule: vs.EhrenamtskarteRule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kriterien der Ehrenamtskarte"))
        self.per_week = QDoubleSpinBox()
        self.per_week.setRange(0.25, 168)
        self.per_week.setDecimals(2)
        self.per_week.setValue(float(rule.hours_per_week))
        self.per_week.setSuffix(self.tr(" Std."))
        self.per_year = QDoubleSpinBox()
        self.per_year.setRange(1, 8760)
        self.per_year.setDecimals(0)
        self.per_year.setValue(float(rule.hours_per_year))
        self.per_year.setSuffix(self.tr(" Std."))
        self.years = QSpinBox()
        self.years.setRange(1, 10)
        self.years.setValue(rule.min_years)
        self.years.setSuffix(self.tr(" Jahre"))
        for widget, name in ((self.per_week, self.tr("Stunden je Woche")), (self.per_year, self.tr("Stunden je Jahr")),
                             (self.years, self.tr("Mindestdauer des Engagements"))):
            widget.setAccessibleName(name)
        hint = QLabel(self.tr("Vorgabe NRW: durchschnittlich 5 Stunden je Woche oder 250 Stunden im Jahr, "
                              "seit mindestens zwei Jahren. Die Regel gilt für alle Arbeitsplätze."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("je &Woche mindestens:"), self.per_week)
        form.addRow(self.tr("oder je &Jahr mindestens:"), self.per_year)
        form.addRow(self.tr("&engagiert seit mindestens:"), self.years)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self._defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _defaults(self) -> None:
        default = vs.EhrenamtskarteRule()
        self.per_week.setValue(float(default.hours_per_week))
        self.per_year.setValue(float(default.hours_per_year))
        self.years.setValue(default.min_years)

    def rule(self) -> vs.EhrenamtskarteRule:
        return vs.EhrenamtskarteRule(
            hours_per_week=Decimal(str(round(self.per_week.value(), 2))),
            hours_per_year=Decimal(str(int(self.per_year.value()))),
            min_years=self.years.value(),
        )


class ProgressPanel(QWidget):
    """Per series: attended modules, missing ones, and the certificate button."""

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id: int | None = None
        self.contact_id: int | None = None
        self.print_buttons: dict[int, QPushButton] = {}
        self._content = QWidget()
        self._grid = QGridLayout(self._content)
        self._grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.previews: list[QWidget] = []

    def set_volunteer(self, volunteer_id: int | None, contact_id: int | None) -> None:
        self.volunteer_id, self.contact_id = volunteer_id, contact_id
        self.reload()

    def reload(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.print_buttons = {}
        if self.contact_id is None:
            return
        with self.db.session() as session:
            progress = vs.qualification_progress(session, self.contact_id)
        if not progress:
            empty = QLabel(self.tr("Noch an keinem Modul einer Qualifizierungsreihe teilgenommen."))
            empty.setWordWrap(True)
            self._grid.addWidget(empty, 0, 0, 1, 3)
            self._grid.setRowStretch(1, 1)
            return
        for row, p in enumerate(progress):
            title = QLabel(f"<b>{p.title}</b>")
            title.setWordWrap(True)
            attended = ", ".join(str(m) for m in p.attended) or "–"
            missing = ", ".join(str(m) for m in p.missing) or "–"
            details = QLabel(
                self.tr("Besucht: Module %1 · fehlt: %2 · nötig für die Bescheinigung: %3 von %4")
                .replace("%1", attended).replace("%2", missing).replace("%3", str(p.required))
                .replace("%4", str(len(p.modules)))
            )
            details.setWordWrap(True)
            state = QLabel(self.tr("✓ Bescheinigung möglich") if p.meets_rule else self.tr("noch nicht vollständig"))
            button = QPushButton(self.tr("Bescheinigung drucken"))
            button.setEnabled(p.meets_rule)
            button.setAccessibleName(self.tr("Bescheinigung drucken: %1").replace("%1", p.title))
            button.clicked.connect(lambda _checked=False, sid=p.series_id, t=p.title: self.print_certificate(sid, t))
            self.print_buttons[p.series_id] = button
            box = QVBoxLayout()
            box.addWidget(title)
            box.addWidget(details)
            box.addWidget(state)
            holder = QWidget()
            holder.setLayout(box)
            self._grid.addWidget(holder, row, 0, 1, 2)
            self._grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        self._grid.setRowStretch(len(progress), 1)

    def print_certificate(self, series_id: int, title: str) -> None:
        try:
            pdf = printing.print_certificates(self.db, series_id=series_id, volunteer_ids=[self.volunteer_id])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Bescheinigung"), str(exc))
            return
        self.previews.append(
            show_pdf_preview(self, pdf, self.tr("Bescheinigung – %1").replace("%1", title), suggested_name="bescheinigung.pdf")
        )
        self.status_message.emit(self.tr("Bescheinigung erstellt."))


class RecognitionDialog(QDialog):
    """Pick the thank-you event and an optional minimum of hours this year."""

    def __init__(self, events: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zum Dankeschön-Fest einladen"))
        self.event = QComboBox()
        for event_id, label in events:
            self.event.addItem(label, event_id)
        self.event.setAccessibleName(self.tr("Veranstaltung"))
        self.use_min_hours = QCheckBox(self.tr("nur mit mindestens"))
        self.min_hours = QDoubleSpinBox()
        self.min_hours.setRange(0.25, 10000)
        self.min_hours.setDecimals(2)
        self.min_hours.setValue(20)
        self.min_hours.setSuffix(self.tr(" Std. in %1").replace("%1", str(dt.date.today().year)))
        self.min_hours.setEnabled(False)
        self.min_hours.setAccessibleName(self.tr("Mindeststunden in diesem Jahr"))
        self.use_min_hours.toggled.connect(self.min_hours.setEnabled)
        explanation = QLabel(self.tr(
            "Alle aktiven Ehrenamtlichen kommen auf die Einladungsliste. Wer schon darauf steht, "
            "bleibt unverändert."))
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Einladen"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(events))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Veranstaltung:"), self.event)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.use_min_hours)
        hours_row.addWidget(self.min_hours)
        hours_row.addStretch(1)
        form.addRow("", hours_row)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        if not events:
            layout.addWidget(QLabel(self.tr("Es gibt keine geplante Veranstaltung, zu der eingeladen werden kann.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def event_id(self) -> int | None:
        return self.event.currentData()

    def min_hours_value(self) -> Decimal | None:
        if not self.use_min_hours.isChecked():
            return None
        return Decimal(str(round(self.min_hours.value(), 2)))


class VolunteersTab(WorkspaceTab):
    """Volunteer records: find, edit, log hours, follow qualification, due dates, recognition."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.current_volunteer_id: int | None = None
        self.current_contact_id: int | None = None
        self._current_version: int | None = None
        self._dirty = False
        with db.session() as session:
            choices = vs.filter_choices(session)
            series = [(title, sid) for sid, title in
                      session.execute(select(EventSeries.id, EventSeries.title).order_by(EventSeries.title))]

        # -- filters ---------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name suchen…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = _combo_with_all(
            self.tr("alle Status"), [(status_label(c), c) for c in vocab.VOLUNTEER_STATUSES])
        self.municipality_filter = _combo_with_all(self.tr("alle Kommunen"), [(m, m) for m in choices["municipalities"]])
        self.area_filter = _combo_with_all(self.tr("alle Einsatzbereiche"), [(a, a) for a in choices["engagement_areas"]])
        self.language_filter = _combo_with_all(self.tr("alle Sprachen"), [(lang, lang) for lang in choices["languages"]])
        self.series_filter = _combo_with_all(self.tr("jede Qualifizierung"), series)
        self.progress_filter = QComboBox()
        self.progress_filter.addItem(self.tr("begonnen"), vs.PROGRESS_STARTED)
        self.progress_filter.addItem(self.tr("abgeschlossen"), vs.PROGRESS_COMPLETE)
        self.progress_filter.addItem(self.tr("noch unvollständig"), vs.PROGRESS_INCOMPLETE)
        self.progress_filter.setEnabled(False)
        for widget, name in (
            (self.search, self.tr("Name suchen")),
            (self.status_filter, self.tr("Filter Status")),
            (self.municipality_filter, self.tr("Filter Kommune")),
            (self.area_filter, self.tr("Filter Einsatzbereich")),
            (self.language_filter, self.tr("Filter Sprache")),
            (self.series_filter, self.tr("Filter Qualifizierungsreihe")),
            (self.progress_filter, self.tr("Filter Fortschritt in der Reihe")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(name)
        for combo in (self.municipality_filter, self.area_filter, self.language_filter, self.series_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)

        # -- list --------------------------------------------------------------------------------
        self.model = VolunteerTableModel(db, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Liste der Ehrenamtlichen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in ((0, 170), (1, 70), (2, 100), (3, 180), (4, 170), (5, 90), (6, 120), (7, 110)):
            self.table.setColumnWidth(col, width)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl"))
        self.new_button = QPushButton(self.tr("&Neu…"))
        self.new_button.setToolTip(self.tr("Einen vorhandenen Kontakt als Ehrenamtliche/n erfassen (Strg+N)"))
        self.invite_button = QPushButton(self.tr("Zum Dankeschön-Fest &einladen…"))

        filter_grid = QGridLayout()
        filter_grid.addWidget(self.search, 0, 0, 1, 2)
        filter_grid.addWidget(self.status_filter, 0, 2)
        filter_grid.addWidget(self.municipality_filter, 1, 0)
        filter_grid.addWidget(self.area_filter, 1, 1)
        filter_grid.addWidget(self.language_filter, 1, 2)
        filter_grid.addWidget(self.series_filter, 2, 0, 1, 2)
        filter_grid.addWidget(self.progress_filter, 2, 2)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filter_grid)
        left_layout.addWidget(self.table, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.count_label, 1)
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.invite_button)
        left_layout.addLayout(list_buttons)

        # -- detail ------------------------------------------------------------------------------
        self.editor = VolunteerEditor(choices)
        self.save_button = QPushButton(self.tr("&Speichern"))
        self.save_button.setEnabled(False)
        self.revert_button = QPushButton(self.tr("&Verwerfen"))
        self.revert_button.setEnabled(False)
        self.editor_message = QLabel()
        self.editor_message.setWordWrap(True)
        profile_page = QWidget()
        profile_layout = QVBoxLayout(profile_page)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)
        profile_layout.addWidget(editor_scroll, 1)
        profile_layout.addWidget(self.editor_message)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        profile_layout.addLayout(save_row)

        self.hours_panel = HoursPanel(db)
        self.progress_panel = ProgressPanel(db)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(profile_page, self.tr("&Profil"))
        self.detail_tabs.addTab(self.hours_panel, self.tr("S&tunden"))
        self.detail_tabs.addTab(self.progress_panel, self.tr("&Qualifizierung"))
        self.detail_tabs.setEnabled(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 580])

        # -- due view ------------------------------------------------------------------------------
        self.weeks = QSpinBox()
        self.weeks.setRange(0, 104)
        self.weeks.setValue(8)
        self.weeks.setSuffix(self.tr(" Wochen"))
        self.weeks.setAccessibleName(self.tr("Fällig innerhalb von Wochen"))
        self.due_model = DueItemTableModel(self)
        self.due_table = QTableView()
        self.due_table.setModel(self.due_model)
        self.due_table.setAccessibleName(self.tr("Fällige Punkte"))
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.verticalHeader().hide()
        self.due_table.horizontalHeader().setSectionResizeMode(DueItemTableModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.due_table.setColumnWidth(DueItemTableModel.COL_KIND, 150)
        self.due_table.setColumnWidth(DueItemTableModel.COL_PERSON, 200)
        self.due_kind = _combo_with_all(
            self.tr("alle Arten"),
            [(QCoreApplication.translate("vocab", label), kind) for kind, label in vs.DUE_KIND_LABELS.items()],
        )
        self.due_kind.setAccessibleName(self.tr("Art der fälligen Punkte"))
        self.due_summary = QLabel()
        due_page = QWidget()
        due_layout = QVBoxLayout(due_page)
        due_top = QHBoxLayout()
        weeks_label = QLabel(self.tr("Fällig in den nächsten"))
        weeks_label.setBuddy(self.weeks)
        due_top.addWidget(weeks_label)
        due_top.addWidget(self.weeks)
        due_top.addSpacing(12)
        due_top.addWidget(self.due_kind)
        due_top.addSpacing(12)
        due_top.addWidget(self.due_summary, 1)
        due_layout.addLayout(due_top)
        due_layout.addWidget(self.due_table, 1)
        hint = QLabel(self.tr("Doppelklick oder Enter öffnet die Person in der Übersicht."))
        hint.setEnabled(False)
        due_layout.addWidget(hint)

        self.pages = QTabWidget()
        self.pages.addTab(self.splitter, self.tr("Übersicht"))
        self.pages.addTab(due_page, self.tr("Fällig"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

        # -- wiring ----------------------------------------------------------------------------------
        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.status_filter, self.municipality_filter, self.area_filter, self.language_filter,
                      self.series_filter, self.progress_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.editor.changed.connect(self._mark_dirty)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.new_button.clicked.connect(self.new_record)
        self.invite_button.clicked.connect(self.open_recognition_dialog)
        self.hours_panel.saved.connect(self._hours_saved)
        self.progress_panel.status_message.connect(self.status_message)
        self.weeks.valueChanged.connect(self.refresh_due)
        self.due_kind.currentIndexChanged.connect(self.refresh_due)
        self.due_table.doubleClicked.connect(self._open_due_item)
        self.due_table.activated.connect(self._open_due_item)
        self.pages.currentChanged.connect(lambda i: self.refresh_due() if i == 1 else None)

        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.municipality_filter)
        self.setTabOrder(self.municipality_filter, self.area_filter)
        self.setTabOrder(self.area_filter, self.language_filter)
        self.setTabOrder(self.language_filter, self.series_filter)
        self.setTabOrder(self.series_filter, self.progress_filter)
        self.setTabOrder(self.progress_filter, self.table)
        self.setTabOrder(self.table, self.new_button)
        self.setTabOrder(self.new_button, self.invite_button)
        self.setTabOrder(self.invite_button, self.detail_tabs)
        self.setTabOrder(self.weeks, self.due_kind)
        self.setTabOrder(self.due_kind, self.due_table)
        self._update_count()
        self.refresh_due()

    # -- filters ---------------------------------------------------------------------------------
    def current_filter(self) -> vs.VolunteerFilter:
        series_id = self.series_filter.currentData()
        return vs.VolunteerFilter(
            status=self.status_filter.currentData(),
            municipality=self.municipality_filter.currentData(),
            engagement_area=self.area_filter.currentData(),
            language=self.language_filter.currentData(),
            series_id=series_id,
            progress=self.progress_filter.currentData() if series_id is not None else None,
            text=self.search.text().strip() or None,
        )

    def apply_filter(self, *_args) -> None:
        if not self.maybe_leave():
            self._show_filter(self.model.filter)  # stay with the list the edited person is in
            return
        self.progress_filter.setEnabled(self.series_filter.currentData() is not None)
        keep = self.current_volunteer_id
        self.model.set_filter(self.current_filter())
        self._reselect(keep)

    def _show_filter(self, flt: vs.VolunteerFilter) -> None:
        """Put the filter widgets back to ``flt`` without triggering a reload."""
        pairs = (
            (self.status_filter, flt.status),
            (self.municipality_filter, flt.municipality),
            (self.area_filter, flt.engagement_area),
            (self.language_filter, flt.language),
            (self.series_filter, flt.series_id),
            (self.progress_filter, flt.progress or vs.PROGRESS_STARTED),
        )
        for combo, value in pairs:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(flt.text or "")
        self.search.blockSignals(False)
        self.progress_filter.setEnabled(flt.series_id is not None)

    def _reselect(self, volunteer_id: int | None) -> None:
        row = self.model.find_row(volunteer_id) if volunteer_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self._show_volunteer(None)

    def _update_count(self, *_args) -> None:
        self.count_label.setText(self.tr("%1 Ehrenamtliche").replace("%1", str(self.model.total)))

    # -- selection and editor ------------------------------------------------------------------------
    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and previous.isValid() and current.row() == previous.row():
            return
        new_id = current.data(ID_ROLE) if current.isValid() else None
        if new_id == self.current_volunteer_id:
            return
        if not self.maybe_leave():
            # go back without recursion into this handler's question
            row = self.model.find_row(self.current_volunteer_id) if self.current_volunteer_id else -1
            if row >= 0:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
            return
        self._show_volunteer(new_id)

    def _show_volunteer(self, volunteer_id: int | None) -> None:
        self.current_volunteer_id = volunteer_id
        self.current_contact_id = None
        self.editor_message.clear()
        if volunteer_id is None:
            self.detail_tabs.setEnabled(False)
            self.editor.photo_marker.hide()  # no one chosen: no consent warnings about nobody
            self.editor.share_marker.hide()
            self.hours_panel.set_volunteer(None)
            self.progress_panel.set_volunteer(None, None)
            self._set_dirty(False)
            return
        with self.db.session() as session:
            volunteer = session.get(Volunteer, volunteer_id)
            if volunteer is None:
                self._show_volunteer(None)
                return
            profile = vs.load_profile(volunteer)
            name = volunteer.contact.full_name
            self.current_contact_id = volunteer.contact_id
            self._current_version = volunteer.version
        self.editor.load(name, profile)
        self.detail_tabs.setEnabled(True)
        self.hours_panel.set_volunteer(volunteer_id)
        self.progress_panel.set_volunteer(volunteer_id, self.current_contact_id)
        self._set_dirty(False)

    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _revert(self) -> None:
        self._show_volunteer(self.current_volunteer_id)

    def _hours_saved(self, text: str) -> None:
        self.status_message.emit(text)
        keep = self.current_volunteer_id
        dirty = self._dirty
        if not dirty:  # refresh the year's hours in the list without losing edits
            self.model.reload()
            self.table.selectionModel().blockSignals(True)
            row = self.model.find_row(keep) if keep else -1
            if row >= 0:
                self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
        self.refresh_due()

    # -- WorkspaceTab ---------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.current_volunteer_id is None or not self._dirty:
            return True
        try:
            profile = self.editor.profile()
            with self.db.session() as session:
                volunteer = vs.update_volunteer(
                    session, self.current_volunteer_id, profile, expected_version=self._current_version
                )
                self._current_version = volunteer.version
        except UserError as exc:
            self.editor_message.setStyleSheet("color: #b3261e;")
            self.editor_message.setText(str(exc))
            return False
        self.editor_message.setStyleSheet("")
        self.editor_message.setText(self.tr("Gespeichert."))
        self._set_dirty(False)
        keep = self.current_volunteer_id
        self.model.reload()
        self.table.selectionModel().blockSignals(True)
        row = self.model.find_row(keep)
        if row >= 0:
            self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)
        self.refresh_due()
        self.status_message.emit(self.tr("Ehrenamtsprofil gespeichert."))
        return True

    def maybe_leave(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Ungespeicherte Änderungen"),
            self.tr("Das Profil wurde geändert. Änderungen speichern?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._set_dirty(False)
            return True
        return False

    def delete_selected(self) -> None:
        """Remove the volunteer profile (hours included) after asking; the contact stays."""
        if self.current_volunteer_id is None:
            return
        name = self.editor.name_label.text()
        answer = QMessageBox.question(
            self,
            self.tr("Ehrenamtsprofil löschen"),
            self.tr("Das Ehrenamtsprofil von %1 mit allen erfassten Stunden löschen? "
                    "Der Kontakt selbst bleibt erhalten.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.db.session() as session:
                vs.delete_volunteer(session, self.current_volunteer_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Ehrenamtsprofil löschen"), str(exc))
            return
        self._set_dirty(False)
        self.current_volunteer_id = None
        self.model.reload()
        self._show_volunteer(None)
        self.refresh_due()
        self.status_message.emit(self.tr("Ehrenamtsprofil von %1 gelöscht.").replace("%1", name))

    def focus_search(self) -> None:
        self.pages.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self.model.reload()
        self._reselect(self.current_volunteer_id)
        self.hours_panel.load_organisations()
        self.refresh_due()

    def jump_to(self, record_id: int) -> None:
        """Select a volunteer by volunteer id (filters are cleared when needed)."""
        self.pages.setCurrentIndex(0)
        if self.model.find_row(record_id) < 0:
            for combo in (self.status_filter, self.municipality_filter, self.area_filter, self.language_filter,
                          self.series_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.model.set_filter(self.current_filter())
        row = self.model.find_row(record_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def print_current(self) -> None:
        if self.current_volunteer_id is None:
            return
        self.detail_tabs.setCurrentWidget(self.progress_panel)
        printable = [sid for sid, b in self.progress_panel.print_buttons.items() if b.isEnabled()]
        if len(printable) == 1:
            self.progress_panel.print_buttons[printable[0]].click()

    def new_record(self) -> None:
        """Make an existing contact a volunteer (the contact itself is created in the contacts tab)."""
        if not self.maybe_leave():
            return
        with self.db.session() as session:
            candidates = session.execute(
                select(Contact.id, Contact.last_name, Contact.first_name)
                .where(~Contact.volunteer.has())
                .order_by(Contact.last_name, Contact.first_name, Contact.id)
            ).all()
        if not candidates:
            QMessageBox.information(self, self.tr("Neue/r Ehrenamtliche/r"), self.tr(
                "Alle Kontakte sind bereits als Ehrenamtliche erfasst. Bitte zuerst im Reiter Kontakte die Person anlegen."))
            return
        labels = [f"{last}, {first} (ID {cid})" if first else f"{last} (ID {cid})" for cid, last, first in candidates]
        label, ok = QInputDialog.getItem(
            self, self.tr("Neue/r Ehrenamtliche/r"), self.tr("Kontakt:"), labels, 0, False)
        if not ok:
            return
        contact_id = candidates[labels.index(label)][0]
        self.create_volunteer_for(contact_id)

    def create_volunteer_for(self, contact_id: int) -> int | None:
        try:
            with self.db.session() as session:
                volunteer = vs.create_volunteer(session, contact_id, vs.VolunteerProfile(active_since=dt.date.today()))
                volunteer_id = volunteer.id
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Neue/r Ehrenamtliche/r"), str(exc))
            return None
        self.jump_to(volunteer_id)
        self.status_message.emit(self.tr("Ehrenamtsprofil angelegt."))
        return volunteer_id

    # -- due view -----------------------------------------------------------------------------------
    def refresh_due(self, *_args) -> None:
        with self.db.session() as session:
            all_items = vs.due_items(session, weeks=self.weeks.value())
        kind = self.due_kind.currentData()
        items = [i for i in all_items if kind is None or i.kind == kind]
        self.due_model.set_items(items)
        counts = {k: sum(1 for i in all_items if i.kind == k) for k in vs.DUE_KIND_LABELS}
        self.due_summary.setText(" · ".join(
            f"{QCoreApplication.translate('vocab', vs.DUE_KIND_LABELS[k])}: {n}" for k, n in counts.items()))
        self.pages.setTabText(1, self.tr("Fällig (%1)").replace("%1", str(len(all_items))))

    def _open_due_item(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jump_to(self.due_model.item(index.row()).volunteer_id)

    # -- recognition --------------------------------------------------------------------------------
    def open_recognition_dialog(self) -> None:
        with self.db.session() as session:
            events = vs.thank_you_events(session)
        dialog = RecognitionDialog(events, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.event_id() is None:
            return
        self.invite_to_thank_you_event(dialog.event_id(), dialog.min_hours_value())

    def invite_to_thank_you_event(self, event_id: int, min_hours: Decimal | None) -> vs.RecognitionResult | None:
        try:
            with self.db.session() as session:
                result = vs.invite_volunteers_to_thank_you_event(session, event_id, min_hours=min_hours)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Zum Dankeschön-Fest einladen"), str(exc))
            return None
        text = self.tr("%1 Ehrenamtliche eingeladen; %2 standen schon auf der Liste.").replace(
            "%1", str(result.added)).replace("%2", str(result.already_on_list))
        if result.below_min_hours:
            text += " " + self.tr("%1 hatten weniger Stunden als verlangt.").replace("%1", str(result.below_min_hours))
        QMessageBox.information(self, self.tr("Zum Dankeschön-Fest einladen"), text)
        self.status_message.emit(text)
        return result

