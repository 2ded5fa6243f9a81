"""Service messages and vocabulary in the window's language (issue 19, item 8).

The services stay German and Qt-free. ``kidesk/ui/service_messages.py`` is GENERATED from their
source by ``tools/gen_service_messages.py`` (its docstring states the rule a message must follow):
every message template of a user error made in ``kidesk/services`` ("Ein Netzwerk namens „%1“ gibt es
schon."), listed with ``QT_TRANSLATE_NOOP("services", …)`` so pyside6-lupdate puts it into
``kidesk_en.ts``. ``kidesk.ui.common.service_text`` maps a raised message back onto its template,
translates that and fills the values in.

After adding or changing a message in a service, regenerate and translate::

    .venv/bin/python tools/gen_service_messages.py      # rewrites kidesk/ui/service_messages.py
    # then pyside6-lupdate / translate / pyside6-lrelease as README says
"""

from __future__ import annotations

import importlib.util
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "kidesk" / "ui" / "service_messages.py"
TS_FILE = ROOT / "resources" / "translations" / "kidesk_en.ts"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_service_messages", ROOT / "tools" / "gen_service_messages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _generator()
scan_service_messages = gen.scan_service_messages
vocabulary_labels = gen.vocabulary_labels
template_of = gen.template_of


def _ts_messages() -> dict[tuple[str, str], str]:
    root = ET.parse(TS_FILE).getroot()
    result = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                result[(context.findtext("name"), message.findtext("source"))] = translation.text or ""
    return result


# -- the class closed ---------------------------------------------------------------------------------
def test_generated_module_is_up_to_date():
    assert GENERATED.read_text(encoding="utf-8") == gen.generated_source(), (
        "a service message changed: run .venv/bin/python tools/gen_service_messages.py, then lupdate"
    )


def test_every_service_message_is_followed_to_a_template():
    """A message built in a variable, by a helper or from a table must still reach the catalogue."""
    assert gen.unfollowed_messages() == []


def test_a_message_the_scan_cannot_follow_fails(tmp_path):
    """The rule bites: a text from a call outside the services and a bare parameter
    are reported; a variable bound to an f-string, a message helper and a table lookup are not."""
    (tmp_path / "sample.py").write_text(
        textwrap.dedent(
            """
            HINTS = {"DE": "Postleitzahlen haben hier fünf Ziffern."}

            def hint_message(who):
                return f"{who} hat einen Hinweis bekommen."

            def good(value):
                bad = f"„{value}“ ist keine gute Eingabe hier."
                raise ValidationError(bad)

            def helper(value):
                raise ValidationError(hint_message(value))

            def composed(value, text):
                raise ValidationError(text)

            def from_table(code):
                raise ValidationError(HINTS[code])

            def elsewhere(exc):
                raise ValidationError(exc.args[0].upper())

            def passed(exc):
                raise ValidationError(str(exc))  # message passed on: made by a literal elsewhere
            """
        ),
        encoding="utf-8",
    )
    result = gen.scan(tmp_path)
    assert sorted(entry.split(": ", 1)[1] for entry in result.unfollowed) == [
        "exc.args[0].upper()",
        "text",
    ]
    assert set(result.templates) == {
        "„%1“ ist keine gute Eingabe hier.",
        "%1 hat einen Hinweis bekommen.",
        "Postleitzahlen haben hier fünf Ziffern.",
    }


def test_the_scan_finds_the_messages_users_see():
    messages = scan_service_messages()
    assert len(messages) > 100
    assert "Ein Netzwerk namens „%1“ gibt es schon." in messages
    assert "Der Name des Netzwerks fehlt." in messages
    # from a table of hints, built in a variable, from a message helper, from an error's own __init__
    assert "Niederländische Postleitzahlen sehen so aus: 1234 AB." in messages
    assert "„%1“ ist keine Stundenzahl (Beispiele: 2,5 oder 2:30)." in messages
    assert (
        "%1 wurde inzwischen an einem anderen Arbeitsplatz geändert oder gelöscht. "
        "Bitte den Datensatz neu laden und die Änderungen erneut eingeben." in messages
    )
    assert "Der Datenträger ist voll. Bitte Platz schaffen oder einen anderen Ort wählen." in messages
    assert any(m.startswith("„%1“ gibt es so nicht, aber ähnlich: %2.") for m in messages)
    assert not any("Rotes Kreuz" in m for m in messages)  # demo data is no message


def test_every_service_message_and_vocabulary_label_has_an_english_translation():
    ts = _ts_messages()
    missing = [t for t in scan_service_messages() if not ts.get(("services", t), "").strip()]
    missing += [t for t in vocabulary_labels() if not ts.get(("vocab", t), "").strip()]
    assert missing == []


# -- at run time ----------------------------------------------------------------------------------------
@pytest.fixture
def english(qapp):
    from kidesk.ui.app import install_translators

    locale = QLocale()
    translators = install_translators(qapp, "en")
    yield translators
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_service_text_translates_a_message_with_values(english):
    from kidesk.ui.common.service_text import service_text

    name = "Ağ <b>&</b> =SUM(A1) شبكة"
    text = service_text(f"Ein Netzwerk namens „{name}“ gibt es schon.")
    assert name in text
    assert "gibt es" not in text
    assert text == QCoreApplication.translate("services", "Ein Netzwerk namens „%1“ gibt es schon.").replace("%1", name)


def test_service_text_is_german_without_translator(qapp):
    from kidesk.ui.common.service_text import service_text

    message = "Ein Netzwerk namens „Dari‌زبان“ gibt es schon."
    assert service_text(message) == message
    assert service_text("Etwas ganz anderes, das keiner Vorlage gleicht.") == (
        "Etwas ganz anderes, das keiner Vorlage gleicht."
    )


def test_messages_from_tables_variables_and_helpers_in_english(english, tmp_path):
    """What stayed German before: a hint from a table, a message kept in a variable, a helper's
    sentence, a file-system error's reason."""
    import errno

    from kidesk.errors import ValidationError
    from kidesk.services import validation
    from kidesk.services.edit_conflicts import stale_message
    from kidesk.services.output_files import describe_os_error
    from kidesk.services.volunteers.hours import parse_hours
    from kidesk.ui.common.service_text import service_text

    postcode = service_text(validation.postcode_problem("12345", "NL"))
    assert postcode == "The postcode “12345” does not fit: Dutch postcodes look like this: 1234 AB.", postcode
    with pytest.raises(ValidationError) as hours:
        parse_hours("zwei<b>")
    assert service_text(hours.value) == "“zwei<b>” is not a number of hours (examples: 2.5 or 2:30)."
    assert service_text(stale_message("Die Organisation")).endswith(
        "Please reload the record and enter your changes again."
    )
    full = describe_os_error(OSError(errno.ENOSPC, "No space left"), tmp_path / "liste.pdf")
    assert (
        service_text(full)
        == f"{tmp_path / 'liste.pdf'}: The disk is full. Please free some space or choose another location."
    )


def test_due_notes_in_english(english):
    """The due list's notes come from the services as "eingesehen am 06.12.2021, überfällig"."""
    from kidesk.ui.common.service_text import note_text

    assert note_text("eingesehen am 06.12.2021, überfällig") == "inspected on 06.12.2021, overdue"
    assert note_text("überfällig, erteilt am 11.01.2020") == "overdue, given on 11.01.2020"
    assert note_text("letzte Aktivität") == "last activity" or "Aktivität" not in note_text("letzte Aktivität")
    assert note_text("") == ""


def test_backup_contents_count_in_english(qtbot, office, english):
    """The backup list's "200 Kontakte, 39 Organisationen, …" is counted with the one plural rule."""
    import re

    from kidesk.ui.backup_dialog import BackupDialog

    db, _ids = office
    dialog = BackupDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.backup_now()
    contents = dialog.table.item(0, 2).text()
    assert re.fullmatch(r"\d+ contacts?, \d+ organisations?, \d+ events?, \d+ volunteers?", contents), contents
    assert not re.search(r"\b1 \w+s\b", contents)  # never "1 events"


def test_vocabulary_in_english(english):
    from kidesk.ui.common.service_text import vocab_text

    assert vocab_text("Arabisch") == "Arabic"
    assert vocab_text("Hausaufgabenhilfe") == "Homework help"
    assert vocab_text("Selbst eingetippter Bereich") == "Selbst eingetippter Bereich"


def test_refused_deletion_and_engagement_areas_in_the_english_window(qtbot, office, english, monkeypatch):
    """A real service error (deleting our own organisation) and a real volunteer list, in English."""
    from PySide6.QtWidgets import QMessageBox

    from kidesk.db import settings as db_settings
    from kidesk.ui.organisations_tab import OrganisationsTab
    from kidesk.ui.volunteers import VolunteersTab
    from tests.services.volunteer_sample_data import build_sample

    db, ids = office
    with db.session() as s:
        db_settings.put(s, db_settings.OWN_ORGANISATION_ID, ids["ki"])
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: shown.append(text)))
    tab = OrganisationsTab(db)
    qtbot.addWidget(tab)
    tab.jump_to(ids["ki"])
    tab.delete_selected()
    assert len(shown) == 1
    assert "is set as your own organisation" in shown[0] and "Settings" in shown[0]
    assert "Einstellungen" not in shown[0] and "eigene" not in shown[0]

    build_sample(db)
    volunteers = VolunteersTab(db)
    qtbot.addWidget(volunteers)
    areas = [volunteers.area_filter.itemText(i) for i in range(volunteers.area_filter.count())]
    assert "Homework help" in areas and "Hausaufgabenhilfe" not in areas
    assert volunteers.area_filter.itemData(areas.index("Homework help")) == "Hausaufgabenhilfe"  # filter stays German
    column = volunteers.model.COL_AREAS
    cells = " ".join(str(volunteers.model.index(r, column).data()) for r in range(volunteers.model.rowCount()))
    assert "Language partnership" in cells and "Sprachpatenschaft" not in cells
    languages = " ".join(
        str(volunteers.model.index(r, volunteers.model.COL_LANGUAGES).data())
        for r in range(volunteers.model.rowCount())
    )
    assert "Arabic (Native language)" in languages and "Arabisch" not in languages

    import datetime as dt
    from decimal import Decimal

    from kidesk.services import volunteers as vs
    from kidesk.ui.models.volunteer_table_model import VolunteerHoursTableModel

    hours = VolunteerHoursTableModel()
    hours.set_entries([vs.HoursEntry(1, dt.date(2026, 3, 1), Decimal("2.5"), "Hausaufgabenhilfe", None)])
    assert hours.index(0, hours.COL_ACTIVITY).data() == "Homework help"


def test_language_combos_show_english_names_and_store_german_ones(qtbot, office, english):
    """The profile editor's language rows: "Arabic" on screen, "Arabisch" stored; a language typed
    in by someone (not in the list) is kept as typed; in English, typing "ukrainian" picks the list entry."""
    from kidesk.services import volunteers as vs
    from kidesk.ui.volunteers import VolunteersTab
    from tests.services.volunteer_sample_data import build_sample

    db, _ids = office
    sample = build_sample(db)
    volunteer_id = next(v for v in sample.volunteers.values() if vs.load_volunteer(db, v).profile.languages)
    stored = vs.load_volunteer(db, volunteer_id).profile.languages
    tab = VolunteersTab(db)
    qtbot.addWidget(tab)
    tab.jump_to(volunteer_id)
    editor = tab.editor
    boxes = [editor.languages.cellWidget(row, 0) for row in range(editor.languages.rowCount())]
    shown = [box.currentText() for box in boxes]
    assert len(shown) == len(stored) and shown[0] != stored[0][0]  # translated on screen
    assert shown[0] == QCoreApplication.translate("vocab", stored[0][0])
    offered = [boxes[0].itemText(i) for i in range(boxes[0].count())]
    assert "Arabic" in offered and "Arabisch" not in offered and "Ukrainian" in offered
    assert editor.data().profile.languages == stored  # unchanged: the German names

    boxes[0].setCurrentIndex(boxes[0].findText("Ukrainian"))
    editor.add_language_button.click()
    new_box = editor.languages.cellWidget(editor.languages.rowCount() - 1, 0)
    new_box.setEditText("Tigrinisch (Dialekt) <b>&</b> ڕۆژ")
    editor.add_language_button.click()
    editor.languages.cellWidget(editor.languages.rowCount() - 1, 0).setEditText("russian")
    assert tab.save()
    names = [language for language, _level in vs.load_volunteer(db, volunteer_id).profile.languages]
    expected = {"Ukrainisch", "Tigrinisch (Dialekt) <b>&</b> ڕۆژ", "Russisch", *(n for n, _l in stored[1:])}
    assert sorted(names) == sorted(expected)
    assert not editor.is_modified()  # the stored names read back as what is on screen


def test_field_problems_of_the_services_in_english(english):
    """A composed rule text (a sentence with a reason inside) translates part by part."""
    from kidesk.services import validation
    from kidesk.ui.common.form_fields import ProblemLabel
    from kidesk.ui.common.service_text import service_text

    problems = validation.organisation_problems({"name": " ", "email": "ayşe@@kreis-herford.de", "phone": "0x<b>"})
    assert service_text(problems["name"]) == "The name of the organisation is missing."
    email = service_text(problems["email"])
    assert email.startswith("The e-mail address “ayşe@@kreis-herford.de” is invalid: It must contain exactly one @.")
    label = ProblemLabel()
    label.show_problem(problems["phone"])
    assert label.text().startswith("The phone number “0x<b>” contains characters that are not allowed.")


def test_the_window_shows_every_service_error_through_service_text():
    """A ``str(exc)`` shown in the window stays German in English; ``service_text(exc)`` translates."""
    import re

    ui = ROOT / "kidesk" / "ui"
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "service_text.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bstr\((exc|error|err|e)\)", line) and "raise " not in line
    ]
    assert offenders == []
