"""Paperwork of one event: letters, labels, badges, flyer, attendance list, certificates, e-mail.

Each print button renders through :mod:`kidesk.services.printing` and opens the
workspace's print preview. "Per E-Mail senden" opens the default mail program once per
``mailto:`` chunk (addresses in BCC); "Adressen kopieren" puts the list on the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.services import events, mail_links, printing
from kidesk.ui import print_preview
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill
from kidesk.ui.invitation_text_editor import InvitationTextDialog


class EventPaperworkPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id: int | None = None
        self.series_id: int | None = None
        self.last_preview = None
        self.opened_urls: list[str] = []

        self.letters = QPushButton(self.tr("Einladungsbriefe"), self)
        self.labels = QPushButton(self.tr("Adressetiketten"), self)
        self.badges = QPushButton(self.tr("Namensschilder"), self)
        self.flyer = QPushButton(self.tr("Flyer"), self)
        self.attendance = QPushButton(self.tr("Teilnahmeliste"), self)
        self.certificates = QPushButton(self.tr("Teilnahmebescheinigungen"), self)
        self.send_mail = QPushButton(self.tr("Per E-Mail senden"), self)
        self.edit_text = QPushButton(self.tr("Einladungstext …"), self)
        self.edit_text.setAccessibleName(self.tr("Einladungstext bearbeiten"))
        self.copy_addresses = QPushButton(self.tr("Adressen kopieren"), self)

        print_box = QGroupBox(self.tr("Drucken (mit Vorschau)"), self)
        grid = QGridLayout(print_box)
        hints = (
            (self.letters, self.tr("DIN-5008-Briefe an alle Eingeladenen mit Postanschrift")),
            (self.labels, self.tr("Adressetiketten der Eingeladenen (Vorlage aus den Einstellungen)")),
            (self.badges, self.tr("Namensschilder für Angemeldete und Referent/innen")),
            (self.flyer, self.tr("Flyer/Aushang zur Veranstaltung")),
            (self.attendance, self.tr("Unterschriftenliste für den Fördergeber, mit Leerzeilen")),
            (self.certificates, self.tr("Bescheinigungen für alle, die die Regel der Reihe erfüllen")),
            (self.edit_text, self.tr("Text der Einladungsbriefe mit Platzhaltern und Vorschau ändern")),
        )
        for row, (button, hint) in enumerate(hints):
            button.setMinimumWidth(190)
            grid.addWidget(button, row, 0)
            label = QLabel(hint, self)
            label.setWordWrap(True)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)

        mail_box = QGroupBox(self.tr("E-Mail"), self)
        mail_grid = QGridLayout(mail_box)
        mail_hints = (
            (self.send_mail, self.tr("Öffnet das E-Mail-Programm mit allen Adressen in BCC und dem Einladungstext")),
            (self.copy_addresses, self.tr("Alle E-Mail-Adressen der Eingeladenen in die Zwischenablage")),
        )
        for row, (button, hint) in enumerate(mail_hints):
            mail_grid.addWidget(button, row, 0)
            label = QLabel(hint, self)
            label.setWordWrap(True)
            mail_grid.addWidget(label, row, 1)
        mail_grid.setColumnStretch(1, 1)
        self.send_mail.setMinimumWidth(190)

        layout = QVBoxLayout(self)
        layout.addWidget(print_box)
        layout.addWidget(mail_box)
        layout.addStretch(1)
        QWidget.setTabOrder(self.edit_text, self.send_mail)  # reading order: the print box first (issue 19)

        self.letters.clicked.connect(self.print_invitations)
        self.labels.clicked.connect(self.print_labels)
        self.badges.clicked.connect(
            lambda: self._print(
                printing.print_badges, self.tr("Namensschilder"), "namensschilder.pdf", event_id=self.event_id
            )
        )
        self.flyer.clicked.connect(self.print_flyer)
        self.attendance.clicked.connect(
            lambda: self._print(
                printing.print_attendance, self.tr("Teilnahmeliste"), "teilnahmeliste.pdf", event_id=self.event_id
            )
        )
        self.certificates.clicked.connect(
            lambda: self._print(
                printing.print_certificates,
                self.tr("Teilnahmebescheinigungen"),
                "bescheinigungen.pdf",
                series_id=self.series_id,
            )
        )
        self.send_mail.clicked.connect(self.send_by_mail)
        self.edit_text.clicked.connect(self.edit_invitation_text)
        self.copy_addresses.clicked.connect(self.copy_to_clipboard)
        self.set_event(None)

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.series_id = None
        if event_id is not None:
            self.series_id = events.event_summary(self.db, event_id).series_id
        self.setEnabled(event_id is not None)
        self.certificates.setEnabled(self.series_id is not None)
        self.certificates.setToolTip("" if self.series_id else self.tr("Nur für Veranstaltungen einer Reihe"))

    # -- printing ---------------------------------------------------------------------------
    def print_flyer(self) -> bool:
        """Size, design and (for a print shop) bleed are asked first (issue 15: two designs)."""
        if self.event_id is None:
            return False
        options = FlyerOptionsDialog(self)
        if options.exec() != QDialog.DialogCode.Accepted:
            return False
        size, design, bleed = options.choice()
        return self._print(
            printing.print_flyer, self.tr("Flyer"), "flyer.pdf", event_id=self.event_id, size=size, design=design,
            bleed=bleed,
        )  # fmt: skip

    def _print(self, render, title: str, filename: str, **kwargs) -> bool:
        if self.event_id is None:
            return False
        db = self.db
        try:
            pdf = print_preview.render_with_progress(
                self, fill(self.tr("„%1“ wird gesetzt …"), title), lambda: render(db, **kwargs)
            )
        except UserError as exc:
            QMessageBox.warning(self, title, service_text(exc))
            return False
        if pdf is None:  # cancelled: nothing shown, nothing changed
            self.status_message.emit(fill(self.tr("„%1“ abgebrochen."), title))
            return False
        self.last_preview = print_preview.show_pdf_preview(self, pdf, title, suggested_name=filename)
        return True

    def _recipients_with_address(self, title: str) -> list[int] | None:
        """None: everyone who gets a letter has an address (print for the event). Otherwise ask
        whether to print for the others; [] means the user said no.

        Who gets a letter is :func:`kidesk.domain.invitations.gets_invitation_letter`, the rule
        the print service applies when it prints for the event, so both branches reach the
        same people."""
        missing = events.invitees_without_address(self.db, self.event_id)
        if not missing:
            return None
        names = "\n".join(f"• {r.name}" for r in missing[:10]) + ("\n…" if len(missing) > 10 else "")
        answer = QMessageBox.question(
            self,
            title,
            fill(
                self.tr(
                    "%1 Eingeladene haben keine Postanschrift (auch nicht über ihre Organisation):\n\n%2\n\n"
                    "Für alle anderen drucken?"
                ),
                len(missing),
                names,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return []
        return [r.contact_id for r in events.invitation_recipients(self.db, self.event_id) if r.has_postal_address]

    def print_invitations(self) -> bool:
        if self.event_id is None:
            return False
        title = self.tr("Einladungsbriefe")
        for warning in printing.invitation_warnings(self.db, self.event_id):  # an event in the past (issue 14)
            self.status_message.emit(warning)
        chosen = self._recipients_with_address(title)
        if chosen is None:
            return self._print(printing.print_invitations, title, "einladungen.pdf", event_id=self.event_id)
        if not chosen:
            return False
        return self._print(
            printing.print_invitations, title, "einladungen.pdf", event_id=self.event_id, contact_ids=chosen
        )

    def print_labels(self) -> bool:
        if self.event_id is None:
            return False
        template = events.default_label_template(self.db)
        title = self.tr("Adressetiketten")
        chosen = self._recipients_with_address(title)
        if chosen is None:
            return self._print(printing.print_labels, title, "etiketten.pdf", template=template, event_id=self.event_id)
        if not chosen:
            return False
        return self._print(printing.print_labels, title, "etiketten.pdf", template=template, contact_ids=chosen)

    def edit_invitation_text(self) -> InvitationTextDialog:
        dialog = InvitationTextDialog(self.db, self.event_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- e-mail -----------------------------------------------------------------------------
    def send_by_mail(self) -> int:
        if self.event_id is None:
            return 0
        mail = mail_links.invitation_mail(self.db, self.event_id)
        urls = mail.mailto_urls()
        if not urls:
            QMessageBox.information(
                self, self.tr("Per E-Mail senden"), self.tr("Niemand auf der Liste hat eine E-Mail-Adresse.")
            )
            return 0
        if len(urls) > 1:
            answer = QMessageBox.question(
                self,
                self.tr("Per E-Mail senden"),
                fill(
                    self.tr(
                        "Die Liste ist zu lang für eine E-Mail. Es öffnen sich %1 E-Mails mit je einem Teil der Adressen (BCC). Fortfahren?"
                    ),
                    len(urls),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        for url in urls:
            self.opened_urls.append(url)
            QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))
        text = fill(self.tr("%1 Adressen an das E-Mail-Programm übergeben"), len(mail.addresses))
        if mail.without_email:
            text += fill(self.tr(" – %1 ohne E-Mail-Adresse brauchen einen Brief"), len(mail.without_email))
        self.status_message.emit(text)
        return len(urls)

    def copy_to_clipboard(self) -> str:
        if self.event_id is None:
            return ""
        mail = mail_links.invitation_mail(self.db, self.event_id)
        text = mail.clipboard_text()
        QGuiApplication.clipboard().setText(text)
        self.status_message.emit(fill(self.tr("%1 E-Mail-Adressen kopiert."), len(mail.addresses)))
        return text


class FlyerOptionsDialog(QDialog):
    """Paper size, one of the designs, and the print-shop option of a flyer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flyer"))
        self.size_box = QComboBox(self)
        self.size_box.addItem(self.tr("A4 (Aushang)"), "A4")
        self.size_box.addItem(self.tr("A5 (Handzettel)"), "A5")
        self.size_box.setAccessibleName(self.tr("Papierformat des Flyers"))
        self.design_box = QComboBox(self)
        for code, label in printing.flyer_designs().items():
            self.design_box.addItem(QCoreApplication.translate("FlyerDesign", label), code)
        self.design_box.setAccessibleName(self.tr("Gestaltung des Flyers"))
        self.bleed = QCheckBox(self.tr("Für die &Druckerei: 3 mm Beschnitt und Schnittmarken"), self)
        self.bleed.setAccessibleName(self.tr("Beschnitt und Schnittmarken für die Druckerei"))
        form = QFormLayout()
        size_label = QLabel(self.tr("&Format:"), self)
        size_label.setBuddy(self.size_box)
        design_label = QLabel(self.tr("&Gestaltung:"), self)
        design_label.setBuddy(self.design_box)
        form.addRow(size_label, self.size_box)
        form.addRow(design_label, self.design_box)
        form.addRow(self.bleed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vorschau"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbre&chen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str, bool]:
        return self.size_box.currentData(), self.design_box.currentData(), self.bleed.isChecked()
