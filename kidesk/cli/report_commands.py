"""The ``report`` verb: the annual report as PDF or XLSX.

::

    kidesk --db DB report --year 2026 -o jahresbericht-2026.pdf
    kidesk --db DB report --from 01.07.2025 --to 30.06.2026 -o bericht.xlsx

Without ``--year``/``--from``/``--to`` the report covers the current calendar year. The
format follows the file's ending (.pdf or .xlsx); the file is written through
:mod:`kidesk.services.output_files` (never over a database, atomically, private).
"""

from __future__ import annotations

import argparse
import datetime as dt

from kidesk.cli import arg_types
from kidesk.cli.context import CliContext
from kidesk.domain.dates import DateFormatError, parse_date
from kidesk.errors import ValidationError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "report",
        help="Jahresbericht als PDF oder Excel: Veranstaltungen, erreichte Personen, Ehrenamt, Stunden, Partner",
        description="Schreibt den Bericht für ein Kalenderjahr (Vorgabe: das laufende) oder einen Zeitraum. "
        "Das Format folgt der Endung der Zieldatei (.pdf oder .xlsx).",
    )
    p.add_argument(
        "--year", type=arg_types.int_range(1, 9999, "Jahreszahl"), metavar="JJJJ", help="Kalenderjahr des Berichts"
    )
    p.add_argument(
        "--from",
        dest="start",
        type=arg_types.text(40),
        metavar="DATUM",
        help="erster Tag des Zeitraums (TT.MM.JJJJ oder JJJJ-MM-TT; statt --year)",
    )
    p.add_argument(
        "--to",
        dest="end",
        type=arg_types.text(40),
        metavar="DATUM",
        help="letzter Tag des Zeitraums (TT.MM.JJJJ oder JJJJ-MM-TT; statt --year)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        type=arg_types.path,
        metavar="OUT.pdf|OUT.xlsx",
        help="Zieldatei (.pdf oder .xlsx)",
    )
    p.set_defaults(handler=_report)


def _day(text: str, option: str) -> dt.date:
    try:
        day = parse_date(text)
    except DateFormatError:
        day = None
    if day is None:
        raise ValidationError(f"{option}: „{arg_types.printable(text)}“ ist kein gültiges Datum (bitte TT.MM.JJJJ).")
    return day


def period_from_args(args: argparse.Namespace, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    today = today or dt.date.today()
    if args.year is not None and (args.start or args.end):
        raise ValidationError("Bitte entweder --year oder --from/--to angeben, nicht beides.")
    if args.start or args.end:
        start = _day(args.start, "--from") if args.start else dt.date(today.year, 1, 1)
        end = _day(args.end, "--to") if args.end else dt.date(start.year, 12, 31)
        return start, end
    year = args.year if args.year is not None else today.year
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _report(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services.reports import check_period
    from kidesk.services.reports.export import report_format, write_report

    start, end = period_from_args(args)
    check_period(start, end)
    report_format(args.output)
    path, report = write_report(ctx.open_db(), start, end, args.output)
    figures = ", ".join(f"{h.label}: {h.cell.text}" for h in report.headlines[:3])
    print(f"Bericht {start:%d.%m.%Y} – {end:%d.%m.%Y} geschrieben: {arg_types.printable(path)} ({figures})")
    return 0
