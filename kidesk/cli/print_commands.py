"""``kidesk print …``: every print product as a PDF file, through kidesk.services.printing.

kidesk --db DB print cards --template C32011|32015|a4-cropmarks [--contact ID]... [--start N] [--copies N] [--logo FILE] [--no-qr] [--no-logo] -o OUT.pdf
kidesk --db DB print labels --template 3474|3475|3477 (--event ID | --contact ID...) [--start N] [--skip-missing] -o OUT.pdf
kidesk --db DB print badges --event ID [--layout a4-4up|a6] -o OUT.pdf
kidesk --db DB print invitations --event ID [--form A|B] [--contact ID]... [--skip-missing] [--body FILE] -o OUT.pdf
kidesk --db DB print flyer --event ID [--size A4|A5] [--design klar|spalte] [--bleed] -o OUT.pdf
kidesk --db DB print attendance --event ID [--blank-rows N] -o OUT.pdf
kidesk --db DB print certificates --series ID -o OUT.pdf
kidesk --db DB print calibration --template ID -o OUT.pdf
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kidesk.cli import arg_types
from kidesk.cli.context import CliContext
from kidesk.errors import UserError
from kidesk.pdf.event_flyer import FLYER_DESIGNS
from kidesk.pdf.name_badges import BADGE_LAYOUTS
from kidesk.pdf.sheets import ALL_TEMPLATES, CARD_TEMPLATES, LABEL_TEMPLATES

EVENT_HELP = "ID der Veranstaltung (kidesk list events)"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("print", help="Druckprodukte als PDF erzeugen (Visitenkarten, Etiketten, Briefe …)")
    products = parser.add_subparsers(dest="product", metavar="PRODUKT", required=True)

    def product(name: str, help_text: str, handler) -> argparse.ArgumentParser:
        p = products.add_parser(name, help=help_text)
        p.add_argument("-o", "--output", required=True, type=arg_types.path, metavar="OUT.pdf", help="Zieldatei (PDF)")
        p.set_defaults(handler=_target_checked_first(handler))
        return p

    p = product("cards", "Visitenkarten auf Kartenbögen", _cards)
    p.add_argument(
        "--template",
        required=True,
        choices=list(CARD_TEMPLATES),
        help="Bogen: " + "; ".join(f"{k} = {t.label}" for k, t in CARD_TEMPLATES.items()),
    )
    p.add_argument(
        "--contact",
        type=arg_types.record_id,
        action="append",
        default=[],
        metavar="ID",
        help="Kontakt (mehrfach möglich; ohne: alle Mitarbeitenden)",
    )
    p.add_argument(
        "--start",
        type=arg_types.sheet_position,
        default=1,
        metavar="N",
        help="erste freie Position auf dem Bogen (1 = oben links)",
    )
    p.add_argument(
        "--copies",
        type=arg_types.copies,
        default=None,
        metavar="N",
        help="Karten je Person (Vorgabe: eine Person füllt den Bogen)",
    )
    p.add_argument("--no-qr", action="store_true", help="ohne QR-Code (vCard)")
    p.add_argument("--no-logo", action="store_true", help="ohne Logo")
    p.add_argument(
        "--logo", type=arg_types.path, metavar="DATEI", help="dieses Logo (PNG/JPEG) statt des Logos der Organisation"
    )

    p = product("labels", "Adressetiketten", _labels)
    p.add_argument(
        "--template",
        required=True,
        choices=list(LABEL_TEMPLATES),
        help="Etikettenbogen: " + "; ".join(f"{k} = {t.label}" for k, t in LABEL_TEMPLATES.items()),
    )
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--event", type=arg_types.record_id, metavar="ID", help="alle Eingeladenen/Angemeldeten einer Veranstaltung"
    )
    source.add_argument(
        "--contact", type=arg_types.record_id, action="append", metavar="ID", help="Kontakt (mehrfach möglich)"
    )
    p.add_argument(
        "--start", type=arg_types.sheet_position, default=1, metavar="N", help="erste freie Position auf dem Bogen"
    )
    p.add_argument(
        "--skip-missing", action="store_true", help="Kontakte ohne Postanschrift auslassen (werden gemeldet)"
    )

    p = product("badges", "Namensschilder für eine Veranstaltung", _badges)
    p.add_argument("--event", type=arg_types.record_id, required=True, metavar="ID", help=EVENT_HELP)
    p.add_argument(
        "--layout",
        choices=list(BADGE_LAYOUTS),
        default="a4-4up",
        help="; ".join(f"{k} = {v}" for k, v in BADGE_LAYOUTS.items()) + " (Vorgabe: a4-4up)",
    )

    p = product("invitations", "Einladungsbriefe (DIN 5008) an die Eingeladenen", _invitations)
    p.add_argument("--event", type=arg_types.record_id, required=True, metavar="ID", help=EVENT_HELP)
    p.add_argument(
        "--form",
        choices=["A", "B"],
        default="B",
        type=str.upper,
        help="DIN-5008-Form: A = Anschriftfeld höher (Briefkopf 27 mm), B = tiefer (45 mm, Vorgabe; "
        "passt zu den meisten Fensterumschlägen DL)",
    )
    p.add_argument(
        "--contact", type=arg_types.record_id, action="append", default=[], metavar="ID", help="nur an diese Kontakte"
    )
    p.add_argument(
        "--skip-missing", action="store_true", help="Kontakte ohne Postanschrift auslassen (werden gemeldet)"
    )
    p.add_argument(
        "--body",
        type=arg_types.path,
        metavar="DATEI",
        help="Brieftext aus einer UTF-8-Textdatei, Absätze durch Leerzeilen getrennt; Platzhalter: "
        "$titel $untertitel $reihe $modul $datum $uhrzeit $termin $ort $raum $adresse $ort_zeile "
        "$referenten $mitveranstalter $anmeldeschluss $beschreibung $vorname $nachname und die Sätze "
        "$modul_satz $referenten_satz $mitveranstalter_satz $anmeldung_satz (Vorgabe: der Text aus den "
        "Einstellungen)",
    )

    p = product("flyer", "Veranstaltungsflyer", _flyer)
    p.add_argument("--event", type=arg_types.record_id, required=True, metavar="ID", help=EVENT_HELP)
    p.add_argument(
        "--size", choices=["A4", "A5"], default="A4", type=str.upper, help="Papierformat A4 (Vorgabe) oder A5"
    )
    p.add_argument(
        "--design",
        choices=list(FLYER_DESIGNS),
        default="klar",
        type=str.lower,
        help="Gestaltung: " + "; ".join(f"{key} = {label}" for key, label in FLYER_DESIGNS.items()),
    )
    p.add_argument(
        "--bleed",
        action="store_true",
        help="für die Druckerei: 3 mm Beschnitt und Schnittmarken statt Sicherheitsrand",
    )

    p = product("attendance", "Teilnehmerliste mit Unterschriftenspalte", _attendance)
    p.add_argument("--event", type=arg_types.record_id, required=True, metavar="ID", help=EVENT_HELP)
    p.add_argument(
        "--blank-rows", type=arg_types.blank_rows, default=5, metavar="N", help="Leerzeilen für Nachmeldungen"
    )

    p = product("certificates", "Teilnahmebescheinigungen einer Reihe", _certificates)
    p.add_argument(
        "--series",
        type=arg_types.record_id,
        required=True,
        metavar="ID",
        help="ID der Veranstaltungsreihe (kidesk list series); gedruckt wird für alle, die die Regel der Reihe erfüllen",
    )
    p.add_argument(
        "--volunteer",
        type=arg_types.record_id,
        action="append",
        default=[],
        metavar="ID",
        help="nur für diese Ehrenamtlichen (Kontakt-ID, siehe kidesk list volunteers; mehrfach möglich)",
    )

    p = product("calibration", "Kalibrierbogen für eine Bogenvorlage", _calibration)
    p.add_argument(
        "--template",
        required=True,
        choices=list(ALL_TEMPLATES),
        help="Bogen, für den das Testblatt gedruckt wird: " + ", ".join(ALL_TEMPLATES),
    )


def _target_checked_first(handler):
    """Refuse a wrong ``-o`` before the database is opened and the PDF rendered (checked again on writing)."""

    def run(args: argparse.Namespace, ctx: CliContext) -> int:
        from kidesk.services import output_files

        try:
            database = ctx.db_path()
        except Exception:  # a malformed --db: opening it names the problem
            database = None
        output_files.check_target(args.output, protect=[database] if database is not None else [])
        return handler(args, ctx)

    return run


def _write(path: Path, data: bytes) -> int:
    """Write atomically and privately through :mod:`kidesk.services.output_files` (never over the database)."""
    from kidesk.services import output_files

    written = output_files.write_bytes(path, data)
    print(f"{written}: {len(data)} Bytes geschrieben")
    # what the fitting engine had to shorten, naming the record (issue 15)
    for notice in getattr(data, "notices", ()):
        print(f"kidesk: Hinweis: {arg_types.printable(notice.message(), keep='')}", file=sys.stderr)
    return 0


def _cards(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import printing

    try:
        logo = printing.load_logo_file(args.logo) if args.logo is not None else None
    except UserError as exc:  # the advice of the window ("Logo neu hinterlegen") does not fit here
        raise UserError(
            f"--logo {args.logo}: {str(exc).split('. Bitte')[0]}. Bitte bei --logo eine PNG- oder JPEG-Datei "
            "angeben oder --no-logo verwenden (ohne --logo gilt das Logo der eigenen Organisation)."
        ) from exc
    data = printing.print_cards(
        ctx.open_db(),
        template=args.template,
        contact_ids=args.contact,
        start=args.start,
        copies=args.copies,
        with_qr=not args.no_qr,
        with_logo=not args.no_logo,
        logo=logo,
    )
    return _write(args.output, data)


def _labels(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import printing

    db = ctx.open_db()
    if args.skip_missing:
        _warn_skipped(printing.contacts_without_address(db, contact_ids=args.contact, event_id=args.event))
    data = printing.print_labels(
        db,
        template=args.template,
        contact_ids=args.contact,
        event_id=args.event,
        start=args.start,
        skip_missing=args.skip_missing,
    )
    return _write(args.output, data)


def _warn_skipped(skipped: list[tuple[int, str]]) -> None:
    for contact_id, name in skipped:
        print(f"kidesk: ausgelassen, keine Postanschrift: {name} (Kontakt {contact_id})", file=sys.stderr)


def _badges(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import printing

    return _write(args.output, printing.print_badges(ctx.open_db(), event_id=args.event, layout=args.layout))


def _invitations(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import printing

    body = None
    if args.body is not None:
        try:
            body = args.body.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise UserError(f"Die Textdatei {args.body} gibt es nicht.") from None
        except UnicodeDecodeError:
            raise UserError(f"Die Textdatei {args.body} ist nicht UTF-8-kodiert. Bitte als UTF-8 speichern.") from None
    db = ctx.open_db()
    if args.skip_missing:
        if args.contact:
            _warn_skipped(printing.contacts_without_address(db, contact_ids=args.contact))
        else:
            _warn_skipped(printing.contacts_without_address(db, event_id=args.event))
    data = printing.print_invitations(
        db,
        event_id=args.event,
        form=args.form,
        contact_ids=args.contact or None,
        body_template=body,
        skip_missing=args.skip_missing,
    )
    for warning in printing.invitation_warnings(db, args.event):  # an event in the past (issue 14)
        print(f"kidesk: {warning}", file=sys.stderr)
    return _write(args.output, data)


def _flyer(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import printing

    data = printing.print_flyer(
        ctx.open_db(), event_id=args.event, size=args.size, design=args.design, bleed=args.bleed
    )
    return _write(args.output, data)


def _attendance(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import printing

    return _write(
        args.output, printing.print_attendance(ctx.open_db(), event_id=args.event, blank_rows=args.blank_rows)
    )


def _certificates(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import printing
    from kidesk.services.volunteers.listing import volunteer_ids_for_contacts

    db = ctx.open_db()
    volunteer_ids = volunteer_ids_for_contacts(db, args.volunteer) if args.volunteer else None
    data = printing.print_certificates(db, series_id=args.series, volunteer_ids=volunteer_ids)
    return _write(args.output, data)


def _calibration(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import printing

    return _write(args.output, printing.print_calibration_sheet(ctx.open_db(), template=args.template))
