"""The ``kidesk`` command.

``kidesk`` (or ``kidesk gui``) starts the desktop app; every other verb runs a service
headless, on the same services the UI uses. Global options come before the verb::

    kidesk [--db PATH|URL] [--demo] VERB [options]

Each group of verbs lives in its own module with a ``register(subparsers)`` function that
adds its parsers and sets ``handler=`` to a function ``(args, ctx) -> int``; add a module
to :data:`COMMAND_MODULES` to add verbs. Qt is imported only by ``gui``.

Errors a user can cause (:class:`kidesk.errors.UserError`) print one line to stderr and
exit non-zero; there are no tracebacks for user mistakes.
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

from kidesk import __version__
from kidesk.cli.context import CliContext
from kidesk.errors import UserError

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
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kidesk",
        description="kidesk – Kontakte, Partnerorganisationen, Veranstaltungen und Ehrenamtliche "
        "eines Kommunalen Integrationszentrums.",
    )
    parser.add_argument("--version", action="version", version=f"kidesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="Datenbankdatei oder SQLAlchemy-URL (Vorgabe: KIDESK_DB oder die Datei im Benutzer-Datenordner)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="mit der separaten Demo-Datenbank arbeiten (wird beim ersten Mal angelegt und gefüllt)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="ausführliche Protokollausgabe")
    subparsers = parser.add_subparsers(dest="verb", metavar="VERB")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if args.demo and args.db:
        parser.error("--demo und --db schließen sich aus")
    if args.verb is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    ctx = CliContext(db_target=args.db, demo=args.demo, window=args.verb == "gui", verb=args.verb)
    try:
        return int(args.handler(args, ctx) or 0)
    except UserError as exc:
        print(f"kidesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kidesk: abgebrochen", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (``kidesk list events | head``): stop quietly, like other tools;
        # point stdout at devnull so the flush at exit does not raise again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    finally:
        ctx.close()
