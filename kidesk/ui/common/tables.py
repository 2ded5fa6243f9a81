"""One helper for the read-only tables and lists of the desktop (issue 14).

Every table that only shows rows is set up the same way: no editing by typing or
double-click, Tab leaves the table instead of walking its cells (the keyboard walk, issue 19),
no row numbers. :func:`read_only_table` does exactly that, plus what a table asks for::

    read_only_table(self.table)                              # whole rows, one at a time
    read_only_table(self.table, single=False, alternating=True, wrap=False)
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def read_only_table[V: QTableView](
    view: V,
    *,
    rows: bool | None = True,
    single: bool | None = True,
    alternating: bool = False,
    wrap: bool | None = None,
    row_numbers: bool = False,
) -> V:
    """Make ``view`` (a QTableView or QTableWidget) read-only and keyboard-friendly; returns it.

    ``rows``: select whole rows (None: leave the selection behaviour as it is);
    ``single``: one row at a time, False: several (Shift/Ctrl), None: leave as it is;
    ``alternating``: alternate row colours; ``wrap``: False turns word wrap off;
    ``row_numbers``: keep the vertical header.
    """
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table (issue 19)
    if rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single is not None:
        view.setSelectionMode(
            QAbstractItemView.SelectionMode.SingleSelection
            if single
            else QAbstractItemView.SelectionMode.ExtendedSelection
        )
    if alternating:
        view.setAlternatingRowColors(True)
    if wrap is False:
        view.setWordWrap(False)
    if not row_numbers:
        view.verticalHeader().hide()
    return view
