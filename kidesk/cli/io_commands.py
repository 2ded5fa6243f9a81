"""Import and export verbs.

``kidesk import contacts FILE [--dry-run] [--format csv|xlsx|vcf] [--sheet NAME]``
    reads the file, prints the summary and one line per problem row, and (without
    ``--dry-run``) imports in one transaction. Exit code 1 when no row could be imported;
    0 also when every row was already in the database (nothing to do is not a failure).

``kidesk export contacts|organisations|volunteers OUT.(csv|xlsx|vcf) [--format] [--intern]``
``kidesk export participants --event ID OUT.(csv|xlsx|vcf) [--intern]``
    volunteers without consent to passing data to partners are left out unless ``--intern``.
"""

from __future__ import annotations

import argparse

from kidesk.cli import arg_types
from kidesk.cli.context import CliContext
from kidesk.cli.export_registry import register_export_target


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("import", help="Adresslisten importieren (CSV, Excel, vCard)")
    p.add_argument("what", choices=["contacts"], help="was importiert wird (contacts: Kontakte)")
    p.add_argument("file", type=arg_types.path_text, help="die Datei (.csv, .xlsx, .vcf)")
    p.add_argument("--dry-run", action="store_true", help="nur prüfen und berichten, nichts speichern")
    p.add_argument("--format", choices=["csv", "xlsx", "vcf"], help="Format (Vorgabe: aus der Dateiendung)")
    p.add_argument("--sheet", type=arg_types.text(31), help="Tabellenblatt einer Excel-Datei (Vorgabe: das erste)")
    p.set_defaults(handler=_import)

    register_export_target("contacts", _export, _configure_export, "alle Kontakte")
    # organisations: no --intern (it concerns volunteers' consent; issue 19)
    register_export_target("organisations", _export, _configure_file, "alle Organisationen")
    register_export_target(
        "volunteers", _export, _configure_export, "Ehrenamtliche (ohne Einwilligung zur Weitergabe nur mit --intern)"
    )
    register_export_target("participants", _export, _configure_participants, "Teilnehmende einer Veranstaltung")


def _configure_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", type=arg_types.path_text, help="Zieldatei (.csv, .xlsx oder .vcf)")
    parser.add_argument("--format", choices=["csv", "xlsx", "vcf"], help="Format (Vorgabe: aus der Dateiendung)")


def _configure_export(parser: argparse.ArgumentParser) -> None:
    _configure_file(parser)
    parser.add_argument(
        "--intern",
        action="store_true",
        dest="internal",
        help="interne Liste: auch Ehrenamtliche ohne Einwilligung zur Weitergabe an Partner ausgeben",
    )


def _configure_participants(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--event",
        type=arg_types.record_id,
        required=True,
        metavar="ID",
        help="ID der Veranstaltung (kidesk list events)",
    )
    _configure_export(parser)


def _import(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services.contact_import import apply_import, load_table, plan_import

    table = load_table(args.file, args.format, sheet=args.sheet)
    db = ctx.open_db(create=True)
    plan = plan_import(db, table)
    print(f"{args.file}: {plan.summary()}")
    for line in plan.problem_lines():
        print(f"  {line}")
    if plan.importable == 0:
        if plan.nothing_new:
            print("Nichts zu tun: alle Zeilen sind schon vorhanden.")
            return 0
        print("Keine Zeile konnte importiert werden; die Datenbank ist unverändert.")
        return 1
    if args.dry_run:
        print("Probelauf: nichts gespeichert.")
        return 0
    result = apply_import(db, plan)
    print(result.summary())
    return 0


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services.contact_export import export

    result = export(
        ctx.open_db(),
        args.export_target,
        args.out,
        args.format,
        event_id=getattr(args, "event", None),
        internal=getattr(args, "internal", False),
    )
    print(result.summary(args.export_target))
    return 0
