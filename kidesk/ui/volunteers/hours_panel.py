"""The *Stunden* page of a volunteer: quick entry, the entries, totals, the Ehrenamtskarte."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kidesk.domain.dates import format_date
from kidesk.errors import UserError, ValidationError
from kidesk.services import volunteers as vs
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill
from kidesk.ui.models.volunteer_table_model import VolunteerHoursTableModel
from kidesk.ui.volunteers.date_field import DateField


class HoursPanel(QWidget):
    """Quick hours entry (Enter saves, focus returns to the date) and totals per year."""

    saved = Signal(str)

    def __init__(self, db, parent: QWidget | None = None) -> None:
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
        self.table.horizontalHeader().setSectionResizeMode(
            VolunteerHoursTableModel.COL_ACTIVITY, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (issue 19)
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
        labels = [
            QLabel(self.tr("Dat&um:")),
            QLabel(self.tr("Stunden:")),
            QLabel(self.tr("Täti&gkeit:")),
            QLabel(self.tr("&Organisation:")),
        ]
        for col, (label_widget, field) in enumerate(
            zip(labels, [self.date, self.hours, self.activity, self.organisation], strict=True)
        ):
            label_widget.setBuddy(field)
            entry.addWidget(label_widget, 0, col)
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
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.organisation,
            self.add_entry,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.setTabOrder(self.date, self.hours)
        self.setTabOrder(self.hours, self.activity)
        self.setTabOrder(self.activity, self.organisation)
        self.setTabOrder(self.organisation, self.add_button)
        self.load_organisations()

    def load_organisations(self) -> None:
        self.organisation.clear()
        self.organisation.addItem(self.tr("–"), None)
        for choice in vs.organisation_choices(self.db):
            self.organisation.addItem(choice.name, choice.id)

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
        self.model.set_entries(vs.hours_entries(self.db, self.volunteer_id))
        summary = vs.hours_summary(self.db, self.volunteer_id)
        assessment = vs.assess_ehrenamtskarte(self.db, self.volunteer_id)
        if summary.per_year:
            years = " · ".join(fill(self.tr("%1: %2 Std."), y, vs.format_hours(h)) for y, h in summary.per_year.items())
            self.totals.setText(
                fill(self.tr("Summe je Jahr: %1 — insgesamt %2 Std."), years, vs.format_hours(summary.total))
            )
        else:
            self.totals.setText(self.tr("Noch keine Stunden erfasst."))
        rule = assessment.rule
        periods = ", ".join(
            fill(
                self.tr("%1–%2: %3 Std. (%4 je Woche)"),
                format_date(p.start),
                format_date(p.end),
                vs.format_hours(p.hours),
                vs.format_hours(p.hours_per_week),
            )
            for p in assessment.periods
        )
        verdict = self.tr("erfüllt") if assessment.meets_rule else self.tr("nicht erfüllt")
        self.card.setToolTip(rule.source_line())  # source and date of the rule (issue 14)
        self.card.setText(
            fill(
                self.tr("Ehrenamtskarte NRW (%1 Std./Woche oder %2 Std./Jahr, seit %3 Jahren): %4. %5"),
                vs.format_hours(rule.hours_per_week),
                vs.format_hours(rule.hours_per_year),
                rule.min_years,
                verdict,
                periods,
            )
        )

    def add_entry(self) -> bool:
        if self.volunteer_id is None:
            return False
        try:
            worked_on = self.date.date(self.tr("Datum"))
            if worked_on is None:
                raise ValidationError(self.tr("Bitte das Datum des Einsatzes eintragen."), field="date")
            entry = vs.add_hours(
                self.db,
                self.volunteer_id,
                worked_on,
                self.hours.text(),
                self.activity.text(),
                self.organisation.currentData(),
            )
        except UserError as exc:
            self.message.setText(service_text(exc))
            self.message.setStyleSheet("color: #b3261e;")
            focus = {"hours": self.hours, "date": self.date}.get(getattr(exc, "field", None), self.hours)
            focus.setFocus()
            focus.selectAll()
            return False
        text = fill(self.tr("%1 Std. am %2 eingetragen."), vs.format_hours(entry.hours), format_date(worked_on))
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
        dialog = EhrenamtskarteRuleDialog(vs.ehrenamtskarte_rule(self.db), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            vs.save_ehrenamtskarte_rule(self.db, dialog.rule())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Kriterien der Ehrenamtskarte"), service_text(exc))
            return
        self.reload()

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.model.entry(rows[0].row())
        answer = QMessageBox.question(
            self,
            self.tr("Eintrag löschen"),
            fill(self.tr("%1 Std. vom %2 löschen?"), vs.format_hours(entry.hours), format_date(entry.worked_on)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            vs.delete_hours(self.db, entry.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Eintrag löschen"), service_text(exc))
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
        for widget, name in (
            (self.per_week, self.tr("Stunden je Woche")),
            (self.per_year, self.tr("Stunden je Jahr")),
            (self.years, self.tr("Mindestdauer des Engagements")),
        ):
            widget.setAccessibleName(name)
        hint = QLabel(
            self.tr(
                "Vorgabe NRW: durchschnittlich 5 Stunden je Woche oder 250 Stunden im Jahr, "
                "seit mindestens zwei Jahren. Die Regel gilt für alle Arbeitsplätze."
            )
        )
        hint.setText("Vorgabe – " + vs.EhrenamtskarteRule().source_line())  # issue 14: the 2026 rule, with source
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("je &Woche mindestens:"), self.per_week)
        form.addRow(self.tr("oder je &Jahr mindestens:"), self.per_year)
        form.addRow(self.tr("&engagiert seit mindestens:"), self.years)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
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
