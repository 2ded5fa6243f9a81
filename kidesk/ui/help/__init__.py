"""F1: a short German manual, Markdown from ``docs/manual/`` shown in a QTextBrowser.

One page per main tab; :func:`show_help` opens the page of the tab in use. The pages are
plain Markdown in the repository (reviewed like code, readable on any forge); Qt renders
them (``QTextBrowser.setSource`` with the Markdown resource type), links between pages work.
"""

from kidesk.ui.help.help_dialog import MANUAL_DIR, PAGE_BY_TAB, HelpDialog, manual_pages, show_help

__all__ = ["MANUAL_DIR", "PAGE_BY_TAB", "HelpDialog", "manual_pages", "show_help"]
