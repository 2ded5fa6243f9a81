"""The volunteer profile editor: a :class:`~kidesk.ui.common.record_editor.RecordEditor` over
:class:`~kidesk.services.volunteers.VolunteerRecord`.

The base does the change tracking (``is_modified`` compares the screen with what was
loaded, ``undo``, checks as you type); this class builds the widgets and turns a record
into a plain state dict and back. It knows nothing of sessions — the tab saves through
:mod:`kidesk.services.volunteers`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kidesk.db import vocab
from kidesk.domain.consent import PHOTOS_FIELD, SHARE_WITH_PARTNERS_FIELD, has_consent
from kidesk.domain.dates import format_date
from kidesk.errors import ValidationError
from kidesk.services import volunteers as vs
from kidesk.services.privacy import retention as privacy_retention
from kidesk.ui.common.record_editor import RecordEditor
from kidesk.ui.common.service_text import service_text, vocab_text
from kidesk.ui.common.text import fill
from kidesk.ui.models.volunteer_table_model import level_label, status_label
from kidesk.ui.volunteers.date_field import DateField

#: the date fields: state key, widget attribute, profile field
DATE_FIELDS = (
    ("active_since", "active_since", "active_since"),
    ("agreement_signed_on", "agreement_signed_on", "agreement_signed_on"),
    ("consent_given_on", "consent_given_on", "consent_given_on"),
    ("police_certificate_inspected_on", "police_inspected_on", "police_certificate_inspected_on"),
    ("police_certificate_due_on", "police_due_on", "police_certificate_due_on"),
    ("police_certificate_issued_on", "police_issued_on", "police_certificate_issued_on"),
)
CHECK_FIELDS = (
    ("consent_photos", "consent_photos"),
    ("consent_newsletter", "consent_newsletter"),
    ("consent_share_with_partners", "consent_share"),
)

ERROR_STYLE = "color: #b3261e;"


class _TabLeavesCell(QObject):
    """Event filter for widgets inside a table cell: Tab/Shift+Tab go to the next/previous
    field of the form in the usual focus order, as everywhere else."""

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self._form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and mods == Qt.KeyboardModifier.NoModifier:
                forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._form.focusNextPrevChild(forward)
                return True
        return super().eventFilter(watched, event)


class VolunteerEditor(RecordEditor):
    """The volunteer profile: status, areas, languages, consent, police certificate, notes."""

    #: a record was loaded (or the editor emptied): the tab shows its hours and progress
    record_loaded = Signal()

    def __init__(self, choices: vs.FilterChoices, parent: QWidget | None = None) -> None:
        self._choices = choices
        super().__init__(parent)

    def empty_data(self) -> vs.VolunteerRecord:
        return vs.VolunteerRecord()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name_label.setFont(font)
        self.photo_marker = QLabel(self.tr("⚠ Keine Foto-Einwilligung"))
        self.photo_marker.setToolTip(self.tr("Nicht fotografieren, keine Fotos veröffentlichen."))
        self.photo_marker.setStyleSheet(
            "QLabel { color: white; background: #b3261e; padding: 2px 6px; border-radius: 3px; }"
        )
        self.photo_marker.setAccessibleName(self.tr("Hinweis: keine Foto-Einwilligung"))
        self.share_marker = QLabel(self.tr("Keine Weitergabe an Partner"))
        self.share_marker.setStyleSheet(
            "QLabel { color: #7a4b00; background: #fde7b0; padding: 2px 6px; border-radius: 3px; }"
        )
        self.photo_marker.hide()  # shown for a real profile, never for nobody
        self.share_marker.hide()

        self.status = QComboBox()
        for code in vocab.VOLUNTEER_STATUSES:
            self.status.addItem(status_label(code), code)
        self.active_since = DateField()
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.addItem("")
        self.municipality.addItems(list(self._choices.municipalities))
        self.availability = QLineEdit()
        self.availability.setPlaceholderText(self.tr("z. B. Di/Do nachmittags"))

        self.areas = QListWidget()
        self.areas.setMinimumHeight(110)
        self.areas.setMaximumHeight(150)
        for area in self._choices.engagement_areas:
            self._add_area_item(area)
        self.other_areas = QLineEdit()
        self.other_areas.setPlaceholderText(self.tr("weitere Bereiche, mit Komma getrennt"))

        self._tab_leaves = _TabLeavesCell(self)
        self.languages = QTableWidget(0, 2)
        self.languages.setTabKeyNavigation(False)
        # the cells' combos are the Tab stops; the table itself is none (its label's Alt+P goes
        # to the first language, see _order_language_tabs; a focus proxy would send Tab back there)
        self.languages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.languages.setHorizontalHeaderLabels([self.tr("Sprache"), self.tr("Niveau")])
        self.languages.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.languages.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.languages.setColumnWidth(1, 150)
        self.languages.setMinimumWidth(260)
        self.languages.verticalHeader().hide()
        self.languages.setMinimumHeight(120)
        self.languages.setMaximumHeight(160)
        self.languages.verticalHeader().setDefaultSectionSize(self.languages.fontMetrics().height() + 14)
        self.add_language_button = QPushButton(self.tr("Sprache hinzufügen"))
        self.remove_language_button = QPushButton(self.tr("Sprache entfernen"))
        self.add_language_button.setAccessibleName(self.tr("Sprache hinzufügen"))
        self.remove_language_button.setAccessibleName(self.tr("Sprache entfernen"))
        self.add_language_button.clicked.connect(lambda: self._add_language_row("", None, focus=True))
        self.remove_language_button.clicked.connect(self._remove_language_row)

        self.agreement_signed_on = DateField()
        self.consent_given_on = DateField()
        self.consent_photos = QCheckBox(self.tr("Fotos"))
        self.consent_newsletter = QCheckBox(self.tr("Newsletter"))
        self.consent_share = QCheckBox(self.tr("Weitergabe an Partnerorganisationen"))
        self.police_inspected_on = DateField()
        self.police_due_on = DateField()
        self.police_issued_on = DateField()
        self.police_hint = QLabel()
        self.police_hint.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes like every other field
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.languages.setTabKeyNavigation(False)  # Tab leaves the table (issue 19)
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
            (self.police_issued_on, self.tr("Führungszeugnis ausgestellt am")),
            (self.notes, self.tr("Notizen")),
        ):
            widget.setAccessibleName(name)
        #: the widget to focus for a problem, by the field name a ValidationError carries
        self.field_widgets: dict[str, QWidget] = {
            "status": self.status,
            "languages": self.languages,
            "notes": self.notes,
            **{key: getattr(self, attr) for key, attr, _p in DATE_FIELDS},
        }

        self._lay_out()

        for key, attr, _p in DATE_FIELDS:
            getattr(self, attr).textChanged.connect(lambda _t, k=key: self._changed(k))
        self.availability.textChanged.connect(lambda _t: self._changed("availability"))
        self.other_areas.textChanged.connect(lambda _t: self._changed("other_areas"))
        self.municipality.editTextChanged.connect(lambda _t: self._changed("municipality"))
        self.status.currentIndexChanged.connect(lambda _i: self._changed("status"))
        for key, attr in CHECK_FIELDS:
            getattr(self, attr).toggled.connect(lambda _b, k=key: self._changed(k))
        self.areas.itemChanged.connect(lambda _item: self._changed("areas"))
        self.notes.textChanged.connect(lambda: self._changed("notes"))

    def _lay_out(self) -> None:
        markers = QHBoxLayout()
        markers.addWidget(self.photo_marker)
        markers.addWidget(self.share_marker)
        markers.addStretch(1)

        general = QFormLayout()
        general.addRow(self.tr("Stat&us:"), self.status)
        general.addRow(self.tr("Akt&iv seit:"), self.active_since)
        general.addRow(self.tr("&Kommune:"), self.municipality)
        general.addRow(self.tr("Verf&ügbarkeit:"), self.availability)
        general.addRow(self.tr("Einsat&zbereiche:"), self.areas)
        general.addRow("", self.other_areas)
        lang_buttons = QHBoxLayout()
        lang_buttons.addWidget(self.add_language_button)
        lang_buttons.addWidget(self.remove_language_button)
        lang_buttons.addStretch(1)
        lang_box = QVBoxLayout()
        lang_box.addWidget(self.languages)
        lang_box.addLayout(lang_buttons)
        self.languages_label = QLabel(self.tr("Sp&rachen:"))
        self.languages_label.setBuddy(self.add_language_button)
        general.addRow(self.languages_label, lang_box)

        consent_group = QGroupBox(self.tr("Vereinbarung und Einwilligung"))
        consent_form = QFormLayout(consent_group)
        consent_form.addRow(self.tr("Vereinbarung unterschrieben a&m:"), self.agreement_signed_on)
        consent_form.addRow(self.tr("Einwilli&gung erteilt am:"), self.consent_given_on)
        purposes = QVBoxLayout()
        purposes.addWidget(self.consent_photos)
        purposes.addWidget(self.consent_newsletter)
        purposes.addWidget(self.consent_share)
        consent_form.addRow(self.tr("Zwecke:"), purposes)

        police_group = QGroupBox(self.tr("Erweitertes Führungszeugnis (nur Daten, kein Dokument)"))
        police_form = QFormLayout(police_group)
        police_form.addRow(self.tr("&Eingesehen am:"), self.police_inspected_on)
        police_form.addRow(self.tr("Ausgeste&llt am:"), self.police_issued_on)
        police_form.addRow(self.tr("&Wieder fällig am:"), self.police_due_on)
        police_form.addRow("", self.police_hint)

        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addLayout(markers)
        layout.addLayout(general)
        layout.addWidget(consent_group)
        layout.addWidget(police_group)
        notes_form = QFormLayout()
        notes_form.addRow(self.tr("N&otizen:"), self.notes)
        layout.addLayout(notes_form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    # -- rows of the area list and the language table ------------------------------------------------
    def _add_area_item(self, area: str) -> QListWidgetItem:
        item = QListWidgetItem(vocab_text(area))  # shown translated, stored as the German text (issue 19)
        item.setData(Qt.ItemDataRole.UserRole, area)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.areas.addItem(item)
        return item

    def _add_language_row(self, language: str, level: str | None, *, focus: bool = False) -> None:
        row = self.languages.rowCount()
        self.languages.insertRow(row)
        language_box = QComboBox()
        language_box.setEditable(True)
        language_box.addItem("", "")
        for choice in self._choices.languages:  # shown translated, stored as the German name (issue 19)
            language_box.addItem(vocab_text(choice), choice)
        index = language_box.findData(language)
        if index >= 0:
            language_box.setCurrentIndex(index)
        else:
            language_box.setCurrentText(language)  # typed in by someone: kept as it is
        language_box.setAccessibleName(self.tr("Sprache"))
        language_box.editTextChanged.connect(lambda _t: self._changed("languages"))
        level_box = QComboBox()
        level_box.addItem(self.tr("–"), None)
        for code in vocab.LANGUAGE_LEVELS:
            level_box.addItem(level_label(code), code)
        level_box.setCurrentIndex(max(0, level_box.findData(level)))
        level_box.setAccessibleName(self.tr("Sprachniveau"))
        level_box.currentIndexChanged.connect(lambda _i: self._changed("languages"))
        self.languages.setCellWidget(row, 0, language_box)
        self.languages.setCellWidget(row, 1, level_box)
        # Tab leaves the cell for the next field (the table's delegate would move from cell to
        # cell and reach the combos again); installed after the delegate's, so it runs first
        for box in (language_box, level_box):
            box.installEventFilter(self._tab_leaves)
        self._order_language_tabs()
        if focus:
            self.languages.setCurrentCell(row, 0)
            language_box.setFocus()
            self._changed("languages")

    def _order_language_tabs(self) -> None:
        """Reading order: other areas, each row's language and level, the two buttons, the agreement."""
        chain: list[QWidget] = [self.other_areas]
        for row in range(self.languages.rowCount()):
            for col in (0, 1):
                cell = self.languages.cellWidget(row, col)
                if cell is not None:
                    chain.append(cell)
        label = getattr(self, "languages_label", None)
        if label is not None:  # Alt+P: the first language, or "Sprache hinzufügen" when there is none
            label.setBuddy(chain[1] if len(chain) > 1 else self.add_language_button)
        chain += [self.add_language_button, self.remove_language_button, self.agreement_signed_on]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _remove_language_row(self) -> None:
        row = self.languages.currentRow()
        if row < 0:
            row = self.languages.rowCount() - 1
        if row >= 0:
            self.languages.removeRow(row)
            self._order_language_tabs()
            self._changed("languages")

    def _language_rows(self) -> tuple[tuple[str, str | None], ...]:
        rows = []
        for row in range(self.languages.rowCount()):
            language_box = self.languages.cellWidget(row, 0)
            level_box = self.languages.cellWidget(row, 1)
            rows.append((_stored_language(language_box), level_box.currentData()))
        return tuple(rows)

    # -- RecordEditor: record <-> state ----------------------------------------------------------------
    def _state_of(self, data: vs.VolunteerRecord) -> dict:
        p = data.profile
        state: dict[str, Any] = {key: format_date(getattr(p, field)) for key, _a, field in DATE_FIELDS}
        state.update({key: bool(getattr(p, key)) for key, _a in CHECK_FIELDS})
        state.update(
            status=p.status,
            municipality=p.municipality or "",
            availability=p.availability or "",
            areas=tuple(sorted(set(p.engagement_areas))),
            other_areas="",
            languages=tuple((language, level) for language, level in p.languages),
            notes=p.notes or "",
        )
        return state

    def _snapshot(self) -> dict:
        state: dict[str, Any] = {key: getattr(self, attr).text() for key, attr, _f in DATE_FIELDS}
        state.update({key: getattr(self, attr).isChecked() for key, attr in CHECK_FIELDS})
        state.update(
            status=self.status.currentData(),
            municipality=self.municipality.currentText(),
            availability=self.availability.text(),
            areas=tuple(
                sorted(
                    {
                        self.areas.item(i).data(Qt.ItemDataRole.UserRole)
                        for i in range(self.areas.count())
                        if self.areas.item(i).checkState() == Qt.CheckState.Checked
                    }
                )
            ),
            other_areas=self.other_areas.text(),
            languages=self._language_rows(),
            notes=self.notes.toPlainText(),
        )
        return state

    def _apply_state(self, state: dict) -> None:
        was_loading, self._loading = self._loading, True
        try:
            for key, attr, _f in DATE_FIELDS:
                widget = getattr(self, attr)
                if widget.text() != state[key]:
                    widget.setText(state[key])
            for key, attr in CHECK_FIELDS:
                getattr(self, attr).setChecked(state[key])
            self.status.setCurrentIndex(max(0, self.status.findData(state["status"])))
            self.municipality.setCurrentText(state["municipality"])
            if self.availability.text() != state["availability"]:
                self.availability.setText(state["availability"])
            known = {
                self.areas.item(i).data(Qt.ItemDataRole.UserRole): self.areas.item(i) for i in range(self.areas.count())
            }
            wanted = set(state["areas"])
            for text, item in known.items():
                item.setCheckState(Qt.CheckState.Checked if text in wanted else Qt.CheckState.Unchecked)
            for area in state["areas"]:
                if area not in known:
                    self._add_area_item(area).setCheckState(Qt.CheckState.Checked)
            if self.other_areas.text() != state["other_areas"]:
                self.other_areas.setText(state["other_areas"])
            if self._language_rows() != state["languages"]:
                self.languages.setRowCount(0)
                self._order_language_tabs()
                for language, level in state["languages"]:
                    self._add_language_row(language, level)
            if self.notes.toPlainText() != state["notes"]:
                self.notes.setPlainText(state["notes"])
        finally:
            self._loading = was_loading

    def _after_load(self) -> None:
        self.message.setStyleSheet("")
        self.message.clear()
        self.record_loaded.emit()

    def _update_heading(self) -> None:
        self.name_label.setText(self._loaded.name)
        self._update_markers()
        self._update_police_hint()

    def focus_first_field(self) -> None:
        self.status.setFocus()

    # -- reading the screen ------------------------------------------------------------------------------
    def _profile(self, *, strict: bool) -> vs.VolunteerProfile:
        areas = [
            self.areas.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.areas.count())
            if self.areas.item(i).checkState() == Qt.CheckState.Checked
        ]
        areas += [a.strip() for a in self.other_areas.text().split(",") if a.strip()]
        languages = tuple((lang.strip(), level) for lang, level in self._language_rows() if lang.strip())
        labels = {
            "active_since": self.tr("Aktiv seit"),
            "agreement_signed_on": self.tr("Vereinbarung"),
            "consent_given_on": self.tr("Einwilligung"),
            "police_certificate_inspected_on": self.tr("Führungszeugnis eingesehen"),
            "police_certificate_due_on": self.tr("Führungszeugnis fällig"),
            "police_certificate_issued_on": self.tr("Führungszeugnis ausgestellt"),
        }
        dates = {}
        for key, attr, field in DATE_FIELDS:
            widget: DateField = getattr(self, attr)
            if strict:
                try:
                    dates[field] = widget.date(labels[key])
                except ValidationError as exc:
                    raise ValidationError(str(exc), field=key) from None
            else:
                dates[field] = widget.date_or_none()
        return vs.VolunteerProfile(
            status=self.status.currentData(),
            municipality=self.municipality.currentText(),
            availability=self.availability.text(),
            engagement_areas=tuple(areas),
            languages=languages,
            consent_photos=self.consent_photos.isChecked(),
            consent_newsletter=self.consent_newsletter.isChecked(),
            consent_share_with_partners=self.consent_share.isChecked(),
            notes=self.notes.toPlainText(),
            **dates,
        )

    def data(self) -> vs.VolunteerRecord:
        """The record as on screen (a date that cannot be read counts as empty; see :meth:`problems`)."""
        return dataclasses.replace(self._loaded, profile=self._profile(strict=False))

    def problems(self) -> dict[str, str]:
        """What keeps the profile from being saved, by field (the service's own checks)."""
        try:
            vs.validate_profile(self._profile(strict=True))
        except ValidationError as exc:
            return {exc.field or "profile": service_text(exc)}
        return {}

    def _show_other_problems(self, problems: dict[str, str]) -> None:
        if problems:
            self.show_message(next(iter(problems.values())), error=True)
        elif self.message.styleSheet() == ERROR_STYLE:
            self.show_message("")

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # -- derived hints -----------------------------------------------------------------------------------
    def _update_markers(self) -> None:
        if self.is_new():  # no one chosen: no consent warnings about nobody
            self.photo_marker.hide()
            self.share_marker.hide()
            return
        shown = self.data().profile
        self.photo_marker.setVisible(not has_consent(shown, PHOTOS_FIELD))
        self.share_marker.setVisible(not has_consent(shown, SHARE_WITH_PARTNERS_FIELD))

    def _update_police_hint(self) -> None:
        try:
            inspected = self.police_inspected_on.date()
            due = self.police_due_on.date()
        except ValidationError:
            self.police_hint.setText(self.tr("Datum bitte als TT.MM.JJJJ eingeben."))
            return
        if due is None and inspected is not None:
            computed = vs.add_years(inspected, vs.DEFAULT_POLICE_CERTIFICATE_VALID_YEARS)
            self.police_hint.setText(
                fill(self.tr("Ohne eigenes Datum fällig am %1 (eingesehen + 5 Jahre)."), format_date(computed))
            )
        elif inspected is None and due is None:
            self.police_hint.setText(self.tr("Noch kein Führungszeugnis eingesehen."))
        else:
            self.police_hint.setText("")
        warning = self._certificate_age_warning(inspected)
        if warning:
            self.police_hint.setText(warning)

    def _certificate_age_warning(self, inspected: dt.date | None) -> str | None:
        """§ 72a SGB VIII: a certificate more than three months old at the inspection (issue 13)."""
        try:
            issued = self.police_issued_on.date()
        except ValidationError:
            return None
        problem = privacy_retention.certificate_age_problem(issued, inspected)
        if problem == "after_inspection":
            return self.tr(
                "Achtung: Das Führungszeugnis ist nach der Einsichtnahme ausgestellt – bitte die Daten prüfen."
            )
        if problem == "too_old":
            return fill(
                self.tr(
                    "Achtung: Das Führungszeugnis (ausgestellt am %1) war bei der Einsichtnahme älter als drei "
                    "Monate. § 72a SGB VIII verlangt ein aktuelles Zeugnis."
                ),
                format_date(issued),
            )
        return None


def _stored_language(box: QComboBox) -> str:
    """The German name of the language shown (picked or typed as its label), or the text typed in."""
    text = box.currentText()
    index = box.findText(text.strip(), Qt.MatchFlag.MatchFixedString)  # "arabic" typed finds "Arabic"
    if text.strip() and index >= 0 and box.itemData(index):
        return str(box.itemData(index))
    return text
