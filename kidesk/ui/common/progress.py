"""Long work in a worker thread behind a progress window with *Abbrechen* (issue 14).

One helper for every long job of the desktop — laying out print products, checking and writing
an import, exports, backups and restores::

    result = run_with_progress(self, self.tr("Liste wird exportiert …"),
                               lambda report: export(db, ..., progress=report))

``job`` runs outside the GUI thread and gets ``report(done, total) -> bool`` (the plain-Python
:data:`kidesk.services.progress.Progress` the services take). Each report waits until it is
shown (a blocking queued signal), so the window repaints and a click on *Abbrechen* is seen by
the job at its next report: ``report`` then answers ``False`` and the service stops, raising its
own :class:`~kidesk.errors.UserError` (for example :class:`kidesk.services.progress.Cancelled`),
which is raised again here, in the GUI thread. The window never freezes: a local event loop
runs while the worker works.

``abandon_on_cancel=True`` is for jobs that cannot stop in between (reportlab lays out a whole
document): a cancel returns ``None`` at once and the worker's late result is thrown away.

Python's cyclic garbage collector runs in whichever thread happens to allocate; run in the
worker it destroyed widgets left in reference cycles there — outside the GUI thread, where
stopping their timers crashed Qt (seen in the tests). So it collects here first and is paused
while a worker runs (for an abandoned worker: until it has finished).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

# (done, total) -> keep going?  Same shape as kidesk.services.progress.Progress.
Report = Callable[[int, int], bool]


class _ProgressShown(QObject):
    """Lives in the GUI thread: shows the worker's reports and remembers a cancel.

    Not a child of the dialog: that would make a reference cycle, left for the garbage collector.
    """

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.cancelled = False
        dialog.canceled.connect(self._cancel)

    @Slot()
    def _cancel(self) -> None:
        self.cancelled = True

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        if self.cancelled:
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if self.dialog.wasCanceled():
            self.cancelled = True


class _Worker(QThread):
    """Runs ``job(report)`` outside the GUI thread; the result or the exception is kept for the caller."""

    progressed = Signal(int, int)

    def __init__(self, job: Callable[[Report], object], shown: _ProgressShown) -> None:
        super().__init__()
        self._job = job
        self._shown = shown
        self.result: object = None
        self.error: BaseException | None = None
        # Blocking: the report is on screen (and a cancel seen) before the worker goes on.
        self.progressed.connect(shown.show_progress, Qt.ConnectionType.BlockingQueuedConnection)

    def report(self, done: int, total: int) -> bool:
        if self._shown.cancelled:
            return False
        self.progressed.emit(done, total)
        return not self._shown.cancelled

    def run(self) -> None:
        try:
            self.result = self._job(self.report)
        except BaseException as exc:  # handed to the GUI thread, raised there
            self.error = exc


class _Abandoned(QObject):
    """Workers whose result nobody wants any more (cancelled): kept alive until they finish,
    then garbage collection is switched back on (in the GUI thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.workers: set[_Worker] = set()
        self.collecting = False

    def keep(self, worker: _Worker, collecting: bool) -> None:
        self.workers.add(worker)
        self.collecting = self.collecting or collecting
        worker.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _finished(self) -> None:
        for worker in [w for w in self.workers if w.isFinished()]:
            worker.wait()
            self.workers.discard(worker)
        if not self.workers and self.collecting:
            self.collecting = False
            gc.enable()


_abandoned: _Abandoned | None = None  # made on first use (it needs a QCoreApplication)


def _abandoned_workers() -> _Abandoned:
    global _abandoned
    if _abandoned is None:
        _abandoned = _Abandoned()
    return _abandoned


def abandoned_workers() -> set[_Worker]:
    """Cancelled workers still running (tests wait for them to end)."""
    return _abandoned.workers if _abandoned is not None else set()


def run_with_progress[T](
    parent: QWidget | None,
    text: str,
    job: Callable[[Report], T],
    *,
    title: str | None = None,
    delay_ms: int = 0,
    abandon_on_cancel: bool = False,
) -> T | None:
    """Run ``job`` in a worker thread behind a progress window; return its result or raise its error.

    ``delay_ms``: the window appears only when the job takes longer (0: at once — it keeps the
    window's input away while the worker holds the database). Returns ``None`` only when
    ``abandon_on_cancel`` and the user cancelled.
    """
    dialog = QProgressDialog(text, QCoreApplication.translate("ProgressWindow", "&Abbrechen"), 0, 0, parent)
    dialog.setWindowTitle(title or QCoreApplication.translate("ProgressWindow", "Bitte warten"))
    dialog.setAccessibleName(text)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(24 * 3600 * 1000)  # shown by our own timer below, never by setValue
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if delay_ms <= 0:
        dialog.show()
    else:
        show_later = QTimer(dialog)
        show_later.setSingleShot(True)
        show_later.timeout.connect(dialog.show)
        show_later.start(delay_ms)
    shown = _ProgressShown(dialog)
    worker = _Worker(job, shown)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    if abandon_on_cancel:
        dialog.canceled.connect(loop.quit)
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        worker.start()
        if not worker.isFinished():
            loop.exec()
    finally:
        QGuiApplication.restoreOverrideCursor()
        dialog.close()
        dialog.deleteLater()
    if abandon_on_cancel and not worker.isFinished() and shown.cancelled:
        _abandoned_workers().keep(worker, collecting)
        return None
    worker.wait()
    if collecting and not abandoned_workers():
        gc.enable()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
