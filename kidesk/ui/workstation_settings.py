"""Per-workstation preferences (window geometry, last tab, language) in QSettings.

Stored as an INI file inside :func:`kidesk.paths.data_dir`, not in the registry or
``~/.config``: tests redirect the data directory (``KIDESK_DATA_DIR``) and never touch the
real user's settings, and a portable install keeps everything in one folder.
Settings that travel with the data (our organisation, templates, calibration) live in the
database instead (:mod:`kidesk.services.settings`).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from kidesk import paths

FILENAME = "kidesk-workstation.ini"
LANGUAGE = "ui/language"  # "de" (default) | "en"
GEOMETRY = "main_window/geometry"
WINDOW_STATE = "main_window/state"
LAST_TAB = "main_window/last_tab"
START_ON_OVERVIEW = "main_window/start_on_overview"  # true (default): start on the overview, else the last tab
LANGUAGES = (("de", "Deutsch"), ("en", "English"))


def workstation_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / FILENAME), QSettings.Format.IniFormat)


def language() -> str:
    value = workstation_settings().value(LANGUAGE, "de")
    return value if value in dict(LANGUAGES) else "de"


def set_language(code: str) -> None:
    settings = workstation_settings()
    settings.setValue(LANGUAGE, code)
    settings.sync()


def starts_on_overview() -> bool:
    value = workstation_settings().value(START_ON_OVERVIEW, True)
    return value not in (False, "false", "0", 0)


def set_start_on_overview(on: bool) -> None:
    settings = workstation_settings()
    settings.setValue(START_ON_OVERVIEW, bool(on))
    settings.sync()
