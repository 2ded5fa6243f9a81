"""Volunteer verbs: ``due`` (what needs attention) and ``hours add`` (log hours).

::

    kidesk --db DB due [--weeks N]
    kidesk --db DB hours add --contact ID --date YYYY-MM-DD --hours H [--activity TEXT]

``due`` prints one item a line, tab-separated: kind (German label), person, date
(``TT.MM.JJJJ``). It exits 0 also when nothing is due (an empty list is an answer).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from kidesk.cli import arg_types
from kidesk.cli.context import CliContext
from kidesk.domain.dates import DateFormatError, parse_date
from kidesk.errors import ValidationError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "due",
        help="Fälliges bei Ehrenamtlichen: Führungszeugnisse, alte Einwilligungen, lange ohne Aktivität",
        description="Gibt je Zeile Art, Person und Datum aus (durch Tabulatoren getrennt).",
    )
    p.add_argument(
        "--weeks", type=arg_types.weeks, default=8, metavar="N", help="fällig in den nächsten N Wochen (Vorgabe: 8)"
    )
    p.set_defaults(handler=_due)

    p = subparsers.add_parser("hours", help="Stunden von Ehrenamtlichen erfassen")
    hours_verbs = p.add_subparsers(dest="hours_verb", metavar="AKTION", required=True)
    add = hours_verbs.add_parser("add", help="Stunden für eine/n Ehrenamtliche/n eintragen")
    add.add_argument(
        "--contact",
        type=arg_types.record_id,
        required=True,
        metavar="ID",
        help="ID des Kontakts (siehe kidesk list contacts oder kidesk search NAME)",
    )
    add.add_argument("--date", required=True, type=arg_types.text(40), metavar="JJJJ-MM-TT", help="Tag des Einsatzes")
    add.add_argument(
        "--hours", required=True, type=arg_types.text(20), metavar="H", help="Stunden, z. B. 2,5 oder 2.5 oder 2:30"
    )
    add.add_argument("--activity", type=arg_types.text(300), metavar="TEXT", help="Tätigkeit, z. B. „Sprachcafé“")
    add.set_defaults(handler=_hours_add)


def _due(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.cli.arg_types import cell
    from kidesk.domain.dates import format_date
    from kidesk.services.volunteers import due_items

    items = due_items(ctx.open_db(), weeks=args.weeks)
    try:
        for item in items:
            print(f"{cell(item.kind_label)}\t{cell(item.person)}\t{format_date(item.due_on) or '-'}", flush=False)
        sys.stdout.flush()
    except BrokenPipeError:  # `kidesk due | head`: the reader has enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _work_day(text: str) -> dt.date:
    """The ``--date`` of ``hours add``, read by the one date parser of :mod:`kidesk.domain.dates`."""
    try:
        day = parse_date(text)
    except DateFormatError:
        day = None
    if day is None:
        raise ValidationError(f"„{text}“ ist kein gültiges Datum (bitte JJJJ-MM-TT oder TT.MM.JJJJ).", field="date")
    return day


def _hours_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.domain.dates import format_date
    from kidesk.services import volunteers as vs

    worked_on = _work_day(args.date)
    db = ctx.open_db()
    volunteer = vs.volunteer_for_contact(db, args.contact)
    entry = vs.add_hours(db, volunteer.id, worked_on, args.hours, args.activity)
    year_total = vs.hours_per_year(db, volunteer.id).get(worked_on.year)
    print(
        f"{vs.format_hours(entry.hours)} Stunden für {arg_types.printable(volunteer.name)} am {format_date(worked_on)} eingetragen "
        f"({worked_on.year} insgesamt: {vs.format_hours(year_total)} Stunden)."
    )
    return 0
