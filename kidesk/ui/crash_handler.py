"""An unexpected error in the window is a message and a log line, never silence (issue 12, item 7).

Without this, an exception in a slot is printed to a console nobody sees (under Windows'
``pythonw`` to nowhere) and the user does not know that the click did nothing.
:func:`install` sets ``sys.excepthook``, ``threading.excepthook`` and Qt's message handler:

* every uncaught exception is written to ``kidesk.log`` in the data folder (rotating,
  1 MB × 3, created 0600): the exception *type* and the traceback frames (file, line,
  function, source line) — not the exception's message and no local values, which may hold
  names, addresses or dates of the people in the database;
* the user sees a dialog saying what happened and where the log is; the window stays open,
  so what was typed in open editors is still there to save;
* Qt's own warnings go to the same log instead of stderr.

An exception in another thread is logged there and shown by the GUI thread (queued signal).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kidesk import paths
from kidesk.ui.common.text import fill

LOG_FILENAME = "kidesk.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3

log = logging.getLogger("kidesk.crash")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only this user can read (0600), like the database."""

    def _open(self):  # type: ignore[no-untyped-def]
        return open(
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=lambda name, flags: os.open(name, flags, 0o600),
        )


def log_file() -> Path:
    return paths.data_dir() / LOG_FILENAME


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The exception's type and frames, without its message and without local values."""
    frames = traceback.extract_tb(tb)
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}: {(f.line or "").strip()}' for f in frames]
    return "\n".join(lines)


class CrashHandler(QObject):
    """Logs uncaught exceptions and tells the user; see the module docstring."""

    _from_thread = Signal(str)

    def __init__(self, log_path: Path | None = None, show: Callable[[QWidget | None, str, str], object] | None = None):
        super().__init__()
        self.log_path = log_path or log_file()
        self._show = show or QMessageBox.critical
        self._showing = False
        self._previous: dict[str, object] = {}
        self._handler: logging.Handler | None = None
        self._from_thread.connect(self._tell_user)

    # -- installing -------------------------------------------------------------------------------------
    def install(self) -> CrashHandler:
        folder = self.log_path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._handler = PrivateRotatingFileHandler(
                self.log_path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        except OSError as exc:  # no log (read-only profile?): still show the dialog
            print(f"kidesk: Protokolldatei {self.log_path} nicht nutzbar: {exc.strerror}", file=sys.stderr)
        else:
            self._handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            log.addHandler(self._handler)
            log.setLevel(logging.INFO)
            log.propagate = False
        self._previous = {
            "sys": sys.excepthook,
            "threading": threading.excepthook,
            "qt": qInstallMessageHandler(self._qt_message),
        }
        sys.excepthook = self.handle_exception
        threading.excepthook = self._handle_thread_exception
        return self

    def uninstall(self) -> None:
        if not self._previous:
            return
        sys.excepthook = self._previous["sys"]  # type: ignore[assignment]
        threading.excepthook = self._previous["threading"]  # type: ignore[assignment]
        qInstallMessageHandler(self._previous["qt"])  # type: ignore[arg-type]
        self._previous = {}
        if self._handler is not None:
            log.removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    # -- hooks --------------------------------------------------------------------------------------------
    def handle_exception(
        self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc or exc_type(), tb)
            return
        log.error("Unerwarteter Fehler im Fenster:\n%s", describe(exc_type, tb))
        self._tell_user(exc_type.__name__)

    def _handle_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        thread = args.thread.name if args.thread is not None else "?"
        log.error("Unerwarteter Fehler im Hintergrund (%s):\n%s", thread, describe(args.exc_type, args.exc_traceback))
        self._from_thread.emit(args.exc_type.__name__)  # queued to the GUI thread

    def _qt_message(self, mode: QtMsgType, context: object, message: str) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
            QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(mode, logging.WARNING)
        log.log(level, "Qt: %s", message[:500])

    def _tell_user(self, what: str) -> None:
        if self._showing:  # an error while the dialog is open: logged, not stacked
            return
        self._showing = True
        try:
            app = QApplication.instance()
            parent = app.activeWindow() if isinstance(app, QApplication) else None
            self._show(
                parent,
                self.tr("Unerwarteter Fehler"),
                fill(
                    self.tr(
                        "In kidesk ist ein unerwarteter Fehler aufgetreten (%1). Der letzte Schritt wurde "
                        "vermutlich nicht ausgeführt.\n\nIhre Eingaben in offenen Fenstern sind noch da: bitte "
                        "prüfen und speichern. Wenn der Fehler wiederkommt, schicken Sie bitte die Protokolldatei "
                        "an den Support (sie enthält keine Namen oder Adressen):\n%2"
                    ),
                    what,
                    str(self.log_path),
                ),
            )
        finally:
            self._showing = False


def install(log_path: Path | None = None) -> CrashHandler:
    """Install the handler for this application (kept alive as a property of the QApplication)."""
    handler = CrashHandler(log_path).install()
    app = QApplication.instance()
    if app is not None:
        app._kidesk_crash_handler = handler  # type: ignore[attr-defined]
    return handler
