"""The layer rule and the packaging list, checked on the source tree."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

import kidesk

PACKAGE_DIR = Path(kidesk.__file__).parent
ROOT = PACKAGE_DIR.parent

# layer -> module prefixes it must never import
FORBIDDEN = {
    "domain": (
        "PySide6",
        "shiboken6",
        "kidesk.ui",
        "kidesk.services",
        "kidesk.pdf",
        "kidesk.db",
        "kidesk.cli",
        "sqlalchemy",
        "reportlab",
    ),
    "db": ("PySide6", "shiboken6", "kidesk.ui", "kidesk.services", "kidesk.pdf", "kidesk.cli", "reportlab"),
    "pdf": ("PySide6", "shiboken6", "kidesk.ui", "kidesk.services", "kidesk.db", "kidesk.cli", "sqlalchemy"),
    "services": ("PySide6", "shiboken6", "kidesk.ui", "kidesk.cli"),
    # The UI shows data; services own it. A Database handle may be passed through to services
    # (kidesk.db.database) and enumerations read (kidesk.db.vocab), nothing that queries.
    "ui": (
        "sqlalchemy",
        "kidesk.db.models",
        "kidesk.db.queries",
        "kidesk.db.list_queries",
        "kidesk.db.search",
        "kidesk.db.settings",
        "kidesk.cli",
    ),
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_imports_point_down_only(layer):
    offenders = []
    for path in sorted((PACKAGE_DIR / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_qt_is_imported_only_in_the_ui_package():
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted(PACKAGE_DIR.rglob("*.py"))
        if "ui" not in path.relative_to(PACKAGE_DIR).parts[:1]
        for name in _imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6"}
    ]
    assert offenders == []


def test_every_subpackage_is_installed():
    """pyproject lists packages explicitly (resources/ is mapped in); a new folder must be added there."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in PACKAGE_DIR.rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def _ui_sources():
    return sorted((PACKAGE_DIR / "ui").rglob("*.py"))


def test_the_ui_never_opens_a_session():
    """Sessions belong to services (the unit of work); a widget holding one hides ORM objects."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in _ui_sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ".session(" in line or "Session(" in line
    ]
    assert offenders == []


def test_file_dialogs_go_through_the_non_sniffing_helper():
    """A native or default QFileDialog reads files in the folder it shows; in the data folder that
    drops SQLite's POSIX locks (issue 18, docs/DATA-SAFETY.md). Only kidesk.ui.common.file_dialogs
    may build one."""
    helper = PACKAGE_DIR / "ui" / "common" / "file_dialogs.py"
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in _ui_sources()
        if path != helper
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "QFileDialog" in line and not line.lstrip().startswith("#") and "QFileDialog)" not in line
    ]
    assert offenders == []
