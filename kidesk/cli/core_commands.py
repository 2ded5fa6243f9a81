"""Foundation verbs: gui, demo, search, check, list."""

from __future__ import annotations

import argparse
import os
import sys

from kidesk.cli import arg_types
from kidesk.cli.context import CliContext
from kidesk.domain.plurals import count_of
from kidesk.errors import UserError


def _require_display() -> None:
    """On Linux without a screen Qt would abort with a C++ message; say it plainly instead."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise UserError(
            "Kein Bildschirm gefunden (DISPLAY ist nicht gesetzt). kidesk bitte in einer grafischen "
            "Sitzung starten; ohne Bildschirm stehen die Befehle aus 'kidesk --help' zur Verfügung."
        )


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("gui", help="die Desktop-Anwendung starten (Vorgabe)")
    p.set_defaults(handler=_gui)

    p = subparsers.add_parser("demo", help="die Datenbank mit den Demo-Daten füllen")
    p.set_defaults(handler=_demo)

    p = subparsers.add_parser("search", help="Kontakte, Organisationen, Veranstaltungen und Ehrenamtliche suchen")
    p.add_argument("text", nargs="+", type=arg_types.text(200), help="Suchbegriffe (jedes Wort als Wortanfang)")
    p.add_argument(
        "--limit", type=arg_types.limit, default=50, help="höchstens so viele Treffer ausgeben (Vorgabe: 50)"
    )
    p.set_defaults(handler=_search)

    p = subparsers.add_parser("check", help="Integrität prüfen, Schema-Stand und Zeilen je Tabelle ausgeben")
    p.set_defaults(handler=_check)

    p = subparsers.add_parser("list", help="IDs und Namen ausgeben (ID<TAB>Name; Ehrenamtliche mit ihrer Kontakt-ID)")
    p.add_argument(
        "what",
        choices=["events", "series", "contacts", "organisations", "volunteers", "networks"],
        help="was aufgelistet wird: events (Veranstaltungen), series (Reihen), contacts, organisations, "
        "volunteers (Ehrenamtliche), networks (Netzwerke)",
    )
    p.set_defaults(handler=_list)


def _gui(args: argparse.Namespace, ctx: CliContext) -> int:
    _require_display()
    from kidesk.ui.app import run_gui  # Qt is imported only here

    return run_gui(ctx.open_db(create=True), demo=ctx.demo)


SINGULAR = {  # the demo's count labels are plurals: "1 Netzwerk", not "1 Netzwerke" (issue 19)
    "Organisationen": "Organisation",
    "Kontakte": "Kontakt",
    "Ehrenamtliche": "Ehrenamtliche/r",
    "Netzwerke": "Netzwerk",
    "Veranstaltungen": "Veranstaltung",
    "Teilnahmen": "Teilnahme",
    "Ehrenamtsstunden-Einträge": "Ehrenamtsstunden-Eintrag",
}


def _demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services.demo_data import fill_demo_data

    db = ctx.open_db(create=True)
    counts = fill_demo_data(db)
    print(
        f"Demo-Daten in {db.location} angelegt: "
        + ", ".join(count_of(n, SINGULAR.get(k, k), k) for k, n in counts.items())
    )
    return 0


def _search(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services.search import search_everything

    kind_labels = {
        "contact": "Kontakt",
        "organisation": "Organisation",
        "event": "Veranstaltung",
        "volunteer": "Ehrenamtliche/r",
    }
    hits = search_everything(ctx.open_db(), " ".join(args.text), limit=args.limit)
    for hit in hits:
        print(f"{kind_labels[hit.kind]}\t{hit.id}\t{arg_types.cell(hit.title)}")
    return 0 if hits else 1


def _check(args: argparse.Namespace, ctx: CliContext) -> int:
    """Report integrity problems — also of a file too damaged to open — without a traceback.

    The findings go to stdout, then one line to stderr and a non-zero exit (DatabaseCorrupt).
    """
    from sqlalchemy.exc import DBAPIError

    from kidesk.db.sqlite_files import backup_hint
    from kidesk.errors import DatabaseCorrupt
    from kidesk.services.maintenance import check_database

    path = ctx.db_path()
    try:
        report = check_database(ctx.open_db())
    except (DatabaseCorrupt, DBAPIError) as exc:
        print(f"Datenbank: {path}")
        problems = _raw_integrity(path) if path is not None else []
        for problem in problems or [str(getattr(exc, "orig", None) or exc)]:
            print(f"FEHLER: {problem}")
        print("NICHT OK")
        if isinstance(exc, DatabaseCorrupt):
            raise
        raise DatabaseCorrupt(f"Die Datenbank {path} ist beschädigt ({exc.orig}).{backup_hint(path)}") from exc
    print(f"Datenbank: {report.location}")
    print(f"Schema-Revision: {report.revision}")
    for table, count in report.row_counts.items():
        print(f"{table}\t{count}")
    for problem in report.problems:
        print(f"FEHLER: {problem}")
    print("OK" if report.ok else "NICHT OK")
    return 0 if report.ok else 1


def _raw_integrity(path) -> list[str]:
    """``integrity_check`` through a read-only connection: what SQLite itself finds wrong."""
    import sqlite3

    from kidesk.db.sqlite_files import connect_raw

    try:
        con = connect_raw(path, readonly=True)
        try:
            rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check(20)")]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return [f"integrity_check nicht möglich: {exc}"]
    return [f"integrity_check: {r}" for r in rows if r != "ok"]


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.db import queries
    from kidesk.services.volunteers.listing import volunteer_id_names

    db = ctx.open_db()
    if args.what == "volunteers":  # contact IDs: what hours add --contact and certificates --volunteer take
        rows = volunteer_id_names(db)
    else:
        with db.session() as session:
            rows = queries.id_name_list(session, args.what)
    for id_, name in rows:
        print(f"{id_}\t{arg_types.cell(name)}")
    return 0
