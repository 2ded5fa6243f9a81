"""Event verbs: ``export events`` (iCalendar) and ``checkin`` (door list from a script).

    kidesk --db DB export events OUT.ics [--event ID]
    kidesk --db DB checkin --event ID NAME…

``checkin`` marks each named person on the event's list (invited, registered or waiting)
as attended. A name that fits nobody or more than one person is reported on stderr and
not guessed; the exit code is 1 if any name failed (the others are still checked in).
"""

from __future__ import annotations

import argparse
import sys

from kidesk.cli import arg_types
from kidesk.cli.context import CliContext
from kidesk.cli.export_registry import register_export_target
from kidesk.domain.plurals import count_of
from kidesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    register_export_target(
        "events",
        _export_events,
        _configure_export_events,
        help="Veranstaltungen als iCalendar-Datei (.ics) für Outlook/Thunderbird",
    )
    p = subparsers.add_parser("checkin", help="Personen bei einer Veranstaltung als anwesend eintragen")
    p.add_argument(
        "--event",
        type=arg_types.record_id,
        required=True,
        metavar="ID",
        help="ID der Veranstaltung (siehe 'kidesk list events')",
    )
    p.add_argument(
        "names",
        nargs="+",
        type=arg_types.text(200),
        metavar="NAME",
        help='Name wie auf der Liste, z. B. "Ayşe Yılmaz" oder "Yılmaz, Ayşe"',
    )
    p.set_defaults(handler=_checkin)


def _configure_export_events(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", type=arg_types.path_text, metavar="OUT.ics", help="Zieldatei")
    parser.add_argument(
        "--event", type=arg_types.record_id, metavar="ID", help="nur diese Veranstaltung (Vorgabe: alle kommenden)"
    )


def _export_events(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services.calendar_export import export_calendar

    n = export_calendar(ctx.open_db(), args.out, event_id=args.event)
    print(f"{count_of(n, 'Veranstaltung', 'Veranstaltungen')} nach {args.out} exportiert.")
    return 0


def _checkin(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import events

    db = ctx.open_db()
    events.event_summary(db, args.event)  # a wrong ID fails once, clearly
    failed = 0
    for name in args.names:
        try:
            candidate = events.find_by_name(db, args.event, name)
            already = candidate.status == "attended"
            events.check_in(db, candidate.participation_id)
        except UserError as exc:
            print(f"kidesk: {exc}", file=sys.stderr)
            failed += 1
            continue
        suffix = " (war schon eingecheckt)" if already else ""
        print(f"anwesend: {candidate.name}{suffix}")
    return 1 if failed else 0
