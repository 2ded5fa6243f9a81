"""Counts in the window's text in the window's language: "1 Stunde" / "2 hours" (issue 19).

The rule itself is :mod:`kidesk.domain.plurals` (shared with the services' German messages);
this module translates the nouns first. Nouns that come from the services (the deletion
descriptions of :mod:`kidesk.services.deletion_impacts`) are listed in
:mod:`kidesk.ui.translatable_labels` under the context ``DeletionImpact``.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kidesk.domain.plurals import count_of, format_number, join_list, noun_for

__all__ = ["count_text", "describe_deletion", "list_text", "noun_for", "number_text", "ui_language"]


def ui_language() -> str:
    """ "de", or the code the loaded translation gives for itself ("en")."""
    return QCoreApplication.translate("Plurals", "de", "language code of this translation (de, en …)") or "de"


def count_text(count: float | int | Decimal, singular: str, plural: str) -> str:
    """``count_text(n, self.tr("Stunde"), self.tr("Stunden"))`` → "1 Stunde", "2,5 Stunden", "1 hour"."""
    return count_of(count, singular, plural, ui_language())


def number_text(value: float | int | Decimal) -> str:
    return format_number(value, ui_language())


def list_text(items: list[str]) -> str:
    return join_list(items, ui_language())


def describe_deletion(impact) -> str:
    """A service's ``RecordDeletionImpact`` in the window's language, one part per line."""
    parts = []
    for line in impact.lines:
        singular, plural = line.nouns()
        parts.append(
            count_text(
                line.count,
                QCoreApplication.translate("DeletionImpact", singular),
                QCoreApplication.translate("DeletionImpact", plural),
            )
        )
    return "; ".join(parts)


class TranslatedImpact:
    """Wraps a service impact so that ``RecordListTab.delete_selected`` shows it translated."""

    def __init__(self, impact) -> None:
        self.impact = impact
        self.name = impact.name

    def describe(self) -> str:
        return describe_deletion(self.impact)
