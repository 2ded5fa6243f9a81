"""Backup verbs: backup, backups, restore.

::

    kidesk --db DB backup [DIR]            # a consistent copy now (into DIR, else backups/ + second folder)
    kidesk --db DB backup --keep 7,4,12    # also: how many daily, weekly, monthly copies to keep
    kidesk --db DB backup --second-folder /media/usb/kidesk   (or --no-second-folder)
    kidesk --db DB backups                 # date, size, record counts, restorable or not
    kidesk --db DB restore FILE            # integrity + schema checked first; replaced DB kept as backup
"""

from __future__ import annotations

import argparse
import sys

from kidesk.cli import arg_types
from kidesk.cli.context import CliContext
from kidesk.db.database import resolve_target
from kidesk.domain.dates import format_datetime
from kidesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "backup", help="eine Sicherung der Datenbank anlegen (SQLite-Backup, auch bei laufendem Fenster)"
    )
    p.add_argument(
        "directory",
        nargs="?",
        type=arg_types.path_text,
        help="Zielordner (Vorgabe: 'backups' neben der Datenbank und der zweite Ordner)",
    )
    p.add_argument(
        "--keep",
        type=arg_types.text(40),
        metavar="T,W,M",
        help="so viele tägliche, wöchentliche, monatliche Sicherungen aufbewahren",
    )
    p.add_argument(
        "--second-folder",
        type=arg_types.path_text,
        metavar="ORDNER",
        help="jede Sicherung zusätzlich hierhin (Netzlaufwerk, USB-Stick)",
    )
    p.add_argument("--no-second-folder", action="store_true", help="keinen zweiten Sicherungsordner mehr verwenden")
    p.set_defaults(handler=_backup)

    p = subparsers.add_parser("backups", help="die Sicherungen auflisten (Datum, Größe, Anzahl der Datensätze)")
    p.set_defaults(handler=_backups)

    p = subparsers.add_parser("restore", help="eine Sicherung zurückspielen (die bisherige Datenbank wird gesichert)")
    p.add_argument("file", type=arg_types.path_text, help="die Sicherungsdatei (siehe 'kidesk backups')")
    p.set_defaults(handler=_restore)


def _parse_keep(text: str):
    from kidesk.db.backup_files import Rotation

    try:
        daily, weekly, monthly = (int(part) for part in text.split(","))
    except ValueError:
        raise UserError("--keep erwartet drei Zahlen, z. B. --keep 7,4,12 (täglich, wöchentlich, monatlich).") from None
    return Rotation(daily=daily, weekly=weekly, monthly=monthly)


def _file(ctx: CliContext):
    path = ctx.db_path()
    if path is None:  # a server database: the services back it up with pg_dump (issue 20)
        return resolve_target(ctx.db_target)
    return path


def _size(num: int) -> str:
    if num >= 1024 * 1024:
        return f"{num / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(num / 1024))} kB"


def _backup(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import backups

    db = ctx.open_db()
    if args.keep:
        backups.set_rotation(db, _parse_keep(args.keep))
    if args.second_folder and args.no_second_folder:
        raise UserError("--second-folder und --no-second-folder schließen sich aus.")
    if args.second_folder or args.no_second_folder:
        backups.set_second_folder(db, None if args.no_second_folder else args.second_folder)
    result = backups.create_backup(db, args.directory)
    print(f"Sicherung geschrieben: {result.path}")
    if result.second_path:
        print(f"Zweite Sicherung geschrieben: {result.second_path}")
    if result.second_problem:
        print(f"kidesk: {result.second_problem}", file=sys.stderr)
        return 1
    return 0


def _backups(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import backups

    extra = None
    try:
        extra = backups.second_folder(ctx.open_db())
    except UserError:
        pass  # a damaged database: its backups are what the user needs to see
    found = backups.list_backups(_file(ctx), extra=extra)
    if not found:
        print(f"Keine Sicherungen in {backups.backup_folder(_file(ctx))}.")
        return 1
    labels = backups.COUNTED_TABLES
    for info in found:
        counts = ", ".join(f"{info.counts.get(t, 0)} {labels[t]}" for t in labels) if info.counts else "-"
        state = "" if info.ok else f"\tNICHT VERWENDBAR: {info.problem}"
        print(f"{format_datetime(info.taken)}\t{_size(info.size)}\t{counts}\t{info.path}{state}")
    return 0


def _restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import backups

    result = backups.restore_backup(_file(ctx), args.file)
    if result.replaced_kept_as:
        print(f"Die bisherige Datenbank ist gesichert: {result.replaced_kept_as}")
    db = ctx.open_db()  # migrates a copy from an older kidesk version and checks it opens
    print(
        f"Sicherung {result.restored_from} zurückgespielt nach {db.location}: "
        + ", ".join(f"{n} {backups.COUNTED_TABLES[t]}" for t, n in result.counts.items())
    )
    return 0
