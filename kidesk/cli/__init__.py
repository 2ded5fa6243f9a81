"""The ``kidesk`` command.

``kidesk`` (or ``kidesk gui``) starts the desktop app; every other verb runs a service
headless, on the same services the UI uses. Global options come before the verb::

    kidesk [--db PATH|URL] [--demo] VERB [options]

Each group of verbs lives in its own module with a ``register(subparsers)`` function that
adds its parsers and sets ``handler=`` to a function ``(args, ctx) -> int``; add a module
to :data:`COMMAND_MODULES` to add verbs. Qt is imported only by ``gui``.

Errors a user can cause (:class:`kidesk.errors.UserError`) and faults of the machine (a
locked database, a full disk, a read-only folder, a corrupt file) print one German line to
stderr and exit non-zero (:mod:`kidesk.cli.faults`); ``-v`` adds the traceback. The
command waits up to ``--wait SEKUNDEN`` (or ``KIDESK_BUSY_TIMEOUT``, default 60) for a
write lock held by another program.
"""

from __future__ import annotations

import sys

# Before anything else is imported (Qt above all): on Python < 3.12 the Qt binding's lost
# references to None/True/False abort the interpreter after a while (PEP 683 made them
# immortal in 3.12; docs/ARCHITECTURE.md). One clear line instead of a crash later.
if sys.version_info < (3, 12):  # noqa: UP036 -- the whole point: run on an older interpreter
    sys.exit(
        f"kidesk: braucht Python 3.12 oder neuer, gestartet mit Python {sys.version.split()[0]} ({sys.executable})."
    )

import argparse
import importlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from kidesk import __version__
from kidesk.cli import faults
from kidesk.cli.arg_types import int_range, path_text
from kidesk.cli.context import CliContext
from kidesk.cli.german_parser import GermanArgumentParser

# The command line waits longer for another program's write lock than the window does: an
# import in the window may hold it for tens of seconds (issue 12, item 4).
CLI_BUSY_TIMEOUT = 60

# Modules that contribute verbs (each has ``register(subparsers)``).
COMMAND_MODULES = (
    "kidesk.cli.core_commands",
    "kidesk.cli.volunteer_commands",
    "kidesk.cli.print_commands",
    "kidesk.cli.event_commands",
    "kidesk.cli.io_commands",
    "kidesk.cli.export_registry",
    "kidesk.cli.backup_commands",
    "kidesk.cli.duplicates_command",
    "kidesk.cli.report_commands",
    "kidesk.cli.privacy_commands",
    "kidesk.cli.pack_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = GermanArgumentParser(
        prog="kidesk",
        description="kidesk – Kontakte, Partnerorganisationen, Veranstaltungen und Ehrenamtliche "
        "eines Kommunalen Integrationszentrums.",
    )
    parser.add_argument(
        "--version", action="version", version=f"kidesk {__version__}", help="Versionsnummer zeigen und beenden"
    )
    parser.add_argument(
        "--db",
        type=path_text,
        metavar="PATH",
        help="Datenbankdatei oder SQLAlchemy-URL (Vorgabe: KIDESK_DB oder die Datei im Benutzer-Datenordner)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="mit der separaten Demo-Datenbank arbeiten (wird beim ersten Mal angelegt und gefüllt)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="ausführliche Protokollausgabe, bei Fehlern mit Traceback"
    )
    parser.add_argument(
        "--wait",
        type=int_range(0, 86400, "Anzahl Sekunden"),
        metavar="SEKUNDEN",
        help=f"so lange auf eine Sperre durch ein anderes Programm warten (Vorgabe: KIDESK_BUSY_TIMEOUT "
        f"oder {CLI_BUSY_TIMEOUT} Sekunden)",
    )
    subparsers = parser.add_subparsers(dest="verb", metavar="VERB", title="Befehle", parser_class=GermanArgumentParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _busy_timeout(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.wait is not None:
        return int(args.wait)
    env = os.environ.get("KIDESK_BUSY_TIMEOUT")
    if env:
        try:
            return int_range(0, 86400, "Anzahl Sekunden")(env)
        except argparse.ArgumentTypeError as exc:
            parser.error(f"KIDESK_BUSY_TIMEOUT: {exc}")
    return CLI_BUSY_TIMEOUT


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if args.demo and args.db:
        parser.error("--demo und --db schließen sich aus")
    if args.verb is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    ctx = CliContext(db_target=args.db, demo=args.demo, window=args.verb == "gui", verb=args.verb)
    from kidesk.db import sqlite_files

    if not ctx.window:
        sqlite_files.set_busy_timeout(_busy_timeout(args, parser))
    try:
        return int(args.handler(args, ctx) or 0)
    except KeyboardInterrupt:
        print("kidesk: abgebrochen", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (``kidesk list events | head``): stop quietly, like other tools;
        # point stdout at devnull so the flush at exit does not raise again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as exc:  # one line, never a traceback or SQL parameters (kidesk.cli.faults)
        return faults.report(exc, verbose=args.verbose, db_path=_db_path(ctx))
    finally:
        try:
            ctx.close()
        except Exception as exc:
            faults.report(exc, verbose=args.verbose, db_path=None)
        sqlite_files.set_busy_timeout(None)


def _db_path(ctx: CliContext) -> Path | None:
    try:
        return ctx.db_path()
    except Exception:
        return None
