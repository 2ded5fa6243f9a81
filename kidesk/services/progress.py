"""Progress reports and cancelling for long services (exports, backups, restores) — plain Python.

A service that may take seconds takes ``progress: Progress | None``: it calls
``progress(done, total)`` now and then; an answer of ``False`` means *stop*: the service then
raises :class:`Cancelled` (a :class:`~kidesk.errors.UserError`) after undoing what it had begun —
its output goes through a temporary file that is removed, its database work is rolled back.
The desktop passes the report function of :func:`kidesk.ui.common.progress.run_with_progress`;
the command line passes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from kidesk.errors import UserError

T = TypeVar("T")

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class Cancelled(UserError):
    """The user stopped the work; nothing was written or changed."""

    def __init__(self, message: str = "Abgebrochen – es wurde nichts geschrieben oder geändert.") -> None:
        super().__init__(message)


def check(progress: Progress | None, done: int, total: int) -> None:
    """Report ``done`` of ``total``; raise :class:`Cancelled` when the caller says stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


class Reporting(Sequence[T]):
    """``items`` as a sequence whose iteration reports progress every ``every`` items.

    Writers that take a sequence (CSV, XLSX) iterate it once; the report comes from inside
    their loop, so a cancel stops the writing itself, not only what comes before it.
    """

    def __init__(
        self,
        items: Sequence[T],
        progress: Progress | None,
        *,
        every: int = 200,
        offset: int = 0,
        total: int | None = None,
    ) -> None:
        self._items = items
        self._progress = progress
        self._every = max(1, every)
        self._offset = offset
        self._total = len(items) if total is None else total

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):  # type: ignore[override]
        return self._items[index]

    def __iter__(self) -> Iterator[T]:
        for number, item in enumerate(self._items):
            if number % self._every == 0:
                check(self._progress, self._offset + number, self._total)
            yield item
        check(self._progress, self._offset + len(self._items), self._total)
