"""The desktop UI (PySide6). The only package that imports Qt."""

from kidesk.ui.pyside_workarounds import immortalize_none

immortalize_none()
