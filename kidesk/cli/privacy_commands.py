"""Data-protection verbs (issue 13)::

    kidesk --db DB privacy export --contact ID -o ORDNER      # Auskunft Art. 15: PDF + JSON (Art. 20)
    kidesk --db DB privacy erase --contact ID --yes [--reference AZ]   # Löschung Art. 17, ohne Spuren
    kidesk --db DB privacy review [--apply --yes] [--rule REGEL]       # Aufbewahrungsregeln prüfen
    kidesk --db DB privacy consents --contact ID              # Einwilligungen je Zweck mit Verlauf
    kidesk --db DB privacy left-out --purpose ZWECK           # wer fehlt auf Listen, die den Zweck brauchen, und warum
    kidesk --db DB privacy history --contact ID [-o DATEI.csv] # Verlauf (Änderungsprotokoll)
    kidesk --db DB privacy record -o DATEI.pdf                # Verzeichnis der Verarbeitungstätigkeiten (Art. 30)

Erasing asks for ``--yes`` (there is no undo); ``review`` changes nothing without ``--apply --yes``.
"""

from __future__ import annotations

import argparse

from kidesk.cli import arg_types
from kidesk.cli.arg_types import cell, printable
from kidesk.cli.context import CliContext
from kidesk.domain.dates import format_date
from kidesk.errors import ValidationError

RULES = ("police_certificate", "inactive_volunteer", "unlinked_contact", "expired_consent", "audit_of_deleted")


def _contact(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--contact", type=arg_types.record_id, required=True, metavar="ID", help="ID des Kontakts (kidesk search NAME)"
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("privacy", help="Datenschutz: Auskunft, Löschung, Einwilligungen, Aufbewahrung, Verlauf")
    verbs = p.add_subparsers(dest="privacy_verb", metavar="AKTION", required=True)

    export = verbs.add_parser("export", help="Auskunft nach Art. 15 DSGVO als PDF und JSON in einen Ordner schreiben")
    _contact(export)
    export.add_argument("-o", "--output", type=arg_types.path, required=True, metavar="ORDNER", help="Zielordner")
    export.set_defaults(handler=_export)

    erase = verbs.add_parser("erase", help="eine Person nach Art. 17 DSGVO vollständig löschen (nicht rückgängig)")
    _contact(erase)
    erase.add_argument("--yes", action="store_true", help="wirklich löschen (ohne diese Angabe geschieht nichts)")
    erase.add_argument(
        "--reference", type=arg_types.text(120), metavar="AZ", help="Aktenzeichen der Anfrage (ohne Namen)"
    )
    erase.set_defaults(handler=_erase)

    review = verbs.add_parser("review", help="was die Aufbewahrungsregeln zur Löschung vorschlagen")
    review.add_argument("--rule", choices=RULES, help="nur diese Regel")
    review.add_argument("--apply", action="store_true", help="die Vorschläge ausführen (zusammen mit --yes)")
    review.add_argument("--yes", action="store_true", help="Ausführen bestätigen")
    review.add_argument(
        "--reference", type=arg_types.text(120), metavar="AZ", help="Aktenzeichen für das Löschregister"
    )
    review.set_defaults(handler=_review)

    consents = verbs.add_parser("consents", help="Einwilligungen eines Kontakts je Zweck, mit Verlauf")
    _contact(consents)
    consents.set_defaults(handler=_consents)

    left_out = verbs.add_parser("left-out", help="wer auf Listen fehlt, die eine Einwilligung brauchen, und warum")
    left_out.add_argument(
        "--purpose", type=arg_types.text(40), default="partners", metavar="ZWECK", help="Zweck (Vorgabe: partners)"
    )
    left_out.set_defaults(handler=_left_out)

    history = verbs.add_parser("history", help="Verlauf eines Kontakts (wer hat wann was geändert)")
    _contact(history)
    history.add_argument("-o", "--output", type=arg_types.path, metavar="DATEI.csv", help="als CSV schreiben")
    history.set_defaults(handler=_history)

    record = verbs.add_parser("record", help="Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO) als PDF")
    record.add_argument("-o", "--output", type=arg_types.path, required=True, metavar="DATEI.pdf", help="Zieldatei")
    record.set_defaults(handler=_record)


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services.privacy import access

    files = access.write_access(ctx.open_db(), args.contact, args.output)
    print(f"Auskunft geschrieben: {printable(files.pdf)} und {printable(files.json)}")
    return 0


def _erase(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import privacy

    if not args.yes:
        raise ValidationError("Löschen nach Art. 17 ist endgültig. Bitte mit --yes bestätigen.")
    result = privacy.erase_contact(ctx.open_db(), args.contact, reference=args.reference)
    print(
        f"Kontakt {args.contact} gelöscht ({printable(result.summary)}); im Löschregister als Nr. {result.register_id}."
    )
    if not result.traces_removed:
        print("Hinweis: Ein anderes Programm hielt die Datenbank offen; Reste werden beim nächsten Schließen entfernt.")
    return 0


def _review(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services.privacy import retention

    db = ctx.open_db()
    items = [i for i in retention.review(db) if args.rule is None or i.rule == args.rule]
    for item in items:
        print(
            f"{cell(item.rule_label)}\t{cell(item.name or '-')}\t{cell(item.detail)}\t{format_date(item.due_since)}"
            f"\t{cell(item.action_label)}"
        )
    if not items:
        print("Nichts zu prüfen: keine Regel schlägt eine Löschung vor.")
        return 0
    if not args.apply:
        print(f"{len(items)} Vorschläge. Ausführen mit: kidesk privacy review --apply --yes")
        return 0
    if not args.yes:
        raise ValidationError(f"{len(items)} Löschungen sind endgültig. Bitte mit --yes bestätigen.")
    done = retention.apply(db, items, reference=args.reference)
    print(f"{done} Vorschläge ausgeführt und im Löschregister vermerkt.")
    return 0


def _consents(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import privacy

    result = privacy.contact_consents(ctx.open_db(), args.contact)
    print(f"Einwilligungen von {printable(result.name)}:")
    for status in result.status:
        state = "gilt" if status.allowed else status.reason
        print(f"  {cell(status.label)}\t{cell(state)}")
    for entry in result.history:
        withdrawn = f", widerrufen am {format_date(entry.withdrawn_on)}" if entry.withdrawn_on else ""
        print(f"  {format_date(entry.given_on)}\t{cell(entry.purpose_label)}\t{entry.method_label}{withdrawn}")
    return 0


def _left_out(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import privacy

    db = ctx.open_db()
    if args.purpose not in {p.code for p in privacy.purposes(db)}:
        raise ValidationError(f"Einen Zweck „{printable(args.purpose)}“ gibt es nicht.")
    for person in privacy.left_out_everywhere(db, args.purpose):
        print(f"{person.contact_id}\t{cell(person.name)}\t{cell(person.reason)}")
    return 0


def _history(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import privacy

    lines = privacy.record_history(ctx.open_db(), "contact", args.contact)
    if args.output:
        path = privacy.export_history_csv(lines, args.output)
        print(f"{len(lines)} Zeilen nach {printable(path)} geschrieben.")
        return 0
    for line in lines:
        print(
            f"{line.at:%d.%m.%Y %H:%M}\t{cell(line.actor)}\t{cell(line.action_label)}\t{cell(line.table)}"
            f"\t{cell(line.field)}\t{cell(line.old)}\t{cell(line.new)}"
        )
    return 0


def _record(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services.privacy import processing

    path = processing.write_processing_record(ctx.open_db(), args.output)
    print(f"Verzeichnis der Verarbeitungstätigkeiten nach {printable(path)} geschrieben.")
    return 0
