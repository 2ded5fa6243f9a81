"""Service messages and vocabulary in the window's language (issue 19, item 8).

The services stay German and Qt-free. ``kidesk/ui/service_messages.py`` is GENERATED from their
source: every literal message of a user error raised in ``kidesk/services`` becomes a template
("Ein Netzwerk namens „%1“ gibt es schon."), listed with ``QT_TRANSLATE_NOOP("services", …)`` so
pyside6-lupdate puts it into ``kidesk_en.ts``. ``kidesk.ui.common.service_text`` maps a raised
message back onto its template, translates that and fills the values in.

After adding or changing a message in a service, regenerate and translate::

    .venv/bin/python tests/ui/test_service_messages.py      # rewrites kidesk/ui/service_messages.py
    # then pyside6-lupdate / translate / pyside6-lrelease as README says
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ROOT / "kidesk" / "services"
GENERATED = ROOT / "kidesk" / "ui" / "service_messages.py"
TS_FILE = ROOT / "resources" / "translations" / "kidesk_en.ts"
MIN_LITERAL = 8  # a template needs this much fixed text, or any sentence would match it


def user_error_names() -> set[str]:
    """Names of every class derived from :class:`kidesk.errors.UserError` the services can raise."""
    import kidesk.services
    from kidesk.errors import UserError

    for module in pkgutil.walk_packages(kidesk.services.__path__, "kidesk.services."):
        importlib.import_module(module.name)
    names, todo = set(), [UserError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _parts(node: ast.expr) -> list[str | None]:
    """Literal text pieces of a message expression; ``None`` where a value goes in."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value if isinstance(v, ast.Constant) else None for v in node.values]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _parts(node.left) + _parts(node.right)
    return [None]


def template_of(node: ast.expr) -> str | None:
    """``f"Ein Netzwerk namens „{name}“ gibt es schon."`` → ``"Ein Netzwerk namens „%1“ gibt es schon."``."""
    merged: list[str | None] = []
    for part in _parts(node):
        if part is None and merged and merged[-1] is None:
            continue  # two values side by side cannot be told apart: one placeholder
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    if sum(len(p) for p in merged if p) < MIN_LITERAL:
        return None
    out, n = [], 0
    for part in merged:
        if part is None:
            n += 1
            out.append(f"%{n}")
        else:
            out.append(part)
    return "".join(out)


def _message_nodes(tree: ast.AST, path: Path, names: set[str]) -> list[ast.expr]:
    """The message expressions of one module: the first argument of every raised user error, every
    value put into a ``problems`` dict (field problems), and what ``validation.py``'s rules return."""
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            func = node.exc.func
            if (func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)) in names:
                found.append(node.exc.args[0])
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == "problems"
            for t in node.targets
        ):
            found.append(node.value)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "setdefault"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "problems"
            and len(node.args) == 2
        ):
            found.append(node.args[1])
        elif path.name == "validation.py" and isinstance(node, ast.Return) and node.value is not None:
            found.append(node.value)
    return found


def scan_service_messages() -> list[str]:
    """Every message template a user sees from ``kidesk/services`` (see :func:`_message_nodes`)."""
    names = user_error_names()
    found: dict[str, None] = {}
    for path in sorted(SERVICES.rglob("*.py")):
        for node in _message_nodes(ast.parse(path.read_text(encoding="utf-8")), path, names):
            template = template_of(node)
            if template and " " in template.strip():  # a sentence, not a code or a key
                found[template] = None
    return list(found)


def vocabulary_labels() -> list[str]:
    from kidesk.db import vocab

    return list(dict.fromkeys([*vocab.ENGAGEMENT_AREAS, *vocab.LANGUAGES]))


def generated_source() -> str:
    def literal(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

    lines = [
        '"""GENERATED by ``tests/ui/test_service_messages.py`` — do not edit by hand.',
        "",
        "The German message templates of the services' user errors and the vocabulary the office types",
        "in (engagement areas, languages), listed so that pyside6-lupdate sees them. Used by",
        ":mod:`kidesk.ui.common.service_text`.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "# fmt: off",
        "MESSAGES: tuple[str, ...] = (",
        *(f'    QT_TRANSLATE_NOOP("services", {literal(t)}),' for t in scan_service_messages()),
        ")",
        "",
        "VOCABULARY: tuple[str, ...] = (",
        *(f'    QT_TRANSLATE_NOOP("vocab", {literal(t)}),' for t in vocabulary_labels()),
        ")",
        "# fmt: on",
        "",
    ]
    return "\n".join(lines)


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
    assert GENERATED.read_text(encoding="utf-8") == generated_source(), (
        "a service message changed: run .venv/bin/python tests/ui/test_service_messages.py, then lupdate"
    )


def test_the_scan_finds_the_messages_users_see():
    messages = scan_service_messages()
    assert len(messages) > 100
    assert "Ein Netzwerk namens „%1“ gibt es schon." in messages
    assert "Der Name des Netzwerks fehlt." in messages


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


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    GENERATED.write_text(generated_source(), encoding="utf-8")
    print(f"wrote {GENERATED} ({len(scan_service_messages())} messages)")
