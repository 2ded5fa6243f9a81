"""Several workstations (issue 20): ``event-pack``, ``event-merge`` and ``copy-to``.

    kidesk --db DB event-pack --event ID -o FILE.kidesk-paket
    kidesk --db DB event-merge FILE [--link PAKET-ID=BÜRO-ID]… [--dry-run]
    kidesk --db SOURCE copy-to URL [--force]

docs/EVENT-LAPTOP.md describes the pack, the merge and the copy. At a terminal ``event-merge`` asks
for each walk-in with a suggestion (no ``--link`` given) whether it is that office contact; Enter
keeps the safe answer "neu anlegen". Without a terminal (a script) nothing is asked.
"""

from __future__ import annotations

import argparse
import re
import sys

from kidesk.cli import arg_types
from kidesk.cli.arg_types import printable
from kidesk.cli.context import CliContext
from kidesk.domain.plurals import count_of
from kidesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "event-pack", help="eine Veranstaltung für den Laptop am Einlass mitnehmen (kleine kidesk-Datei)"
    )
    p.add_argument("--event", type=arg_types.record_id, required=True, metavar="ID", help="ID der Veranstaltung")
    p.add_argument(
        "-o", "--output", type=arg_types.path_text, required=True, metavar="DATEI", help="Zieldatei (.kidesk-paket)"
    )
    p.set_defaults(handler=_event_pack)

    p = subparsers.add_parser(
        "event-merge", help="Check-ins und Gäste ohne Anmeldung aus einem Veranstaltungspaket übernehmen"
    )
    p.add_argument("file", type=arg_types.path_text, metavar="DATEI", help="das Veranstaltungspaket vom Laptop")
    p.add_argument(
        "--link",
        action="append",
        default=[],
        type=arg_types.text(50),
        metavar="PAKET-ID=BÜRO-ID",
        help="dieser Gast aus dem Paket ist dieser Kontakt im Büro (statt ihn neu anzulegen); mehrfach möglich",
    )
    p.add_argument("--dry-run", action="store_true", help="nur zeigen, was übernommen würde; nichts speichern")
    p.set_defaults(handler=_event_merge)

    p = subparsers.add_parser(
        "copy-to", help="die ganze Datenbank in eine leere Datenbank kopieren (SQLite ↔ PostgreSQL), geprüft"
    )
    p.add_argument(
        "target",
        type=arg_types.path_text,
        metavar="URL",
        help="Ziel: Dateipfad oder SQLAlchemy-URL (postgresql+psycopg://…)",
    )
    p.add_argument(
        "--force", action="store_true", help="auch in eine nicht leere Datenbank kopieren (löscht deren Zeilen)"
    )
    p.set_defaults(handler=_copy_to)


def _event_pack(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services import event_pack

    result = event_pack.create_pack(ctx.open_db(), args.event, args.output)
    print(
        f"Veranstaltungspaket {result.path} geschrieben: „{printable(result.event_title)}“ (ID {result.event_id}), "
        f"{count_of(result.people, 'Person', 'Personen')}, "
        f"{count_of(result.organisations, 'Organisation', 'Organisationen')}."
    )
    print("Enthalten:")
    for line in result.contents:
        print(f"  – {line}")
    print(f"Nicht enthalten: {event_pack.NOT_CONTAINED}.")
    print(f"Paket-ID {result.pack_id}. Am Laptop: kidesk --db {result.path}")
    return 0


def _links(values: list[str]) -> dict[int, int]:
    links: dict[int, int] = {}
    for value in values:
        match = re.fullmatch(r"\s*(\d{1,18})\s*=\s*(\d{1,18})\s*", value)
        if not match:
            raise UserError(f"--link {printable(value)}: bitte als PAKET-ID=BÜRO-ID angeben, z. B. --link 12=345.")
        links[int(match[1])] = int(match[2])
    return links


def _event_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.db import vocab
    from kidesk.services import event_pack

    links = _links(args.link)
    db = ctx.open_db()
    if not args.dry_run and sys.stdin is not None and sys.stdin.isatty():
        links.update(_ask(event_pack.merge_pack(db, args.file, links, dry_run=True), links))
    result = event_pack.merge_pack(db, args.file, links, dry_run=args.dry_run)
    title = printable(result.pack.event_title)
    if not result.changed:
        again = " (schon übernommen)" if result.merged_before else ""
        print(f"Veranstaltungspaket „{title}“: nichts Neues zu übernehmen{again}; nichts geändert.")
        return 0
    verb = "würde übernommen" if args.dry_run else "übernommen"
    print(f"Veranstaltungspaket „{title}“ {verb}:")
    updates = result.status_updates
    print(f"  {count_of(len(updates), 'Statusänderung', 'Statusänderungen')}")
    for u in updates:
        old = vocab.PARTICIPATION_STATUS_LABELS.get(u.old_status or "", "neu auf der Liste")
        print(f"    {printable(u.name)}: {old} → {vocab.PARTICIPATION_STATUS_LABELS.get(u.new_status, u.new_status)}")
    walk_ins = result.new_walk_ins
    print(f"  {count_of(len(walk_ins), 'Gast', 'Gäste')} ohne Anmeldung")
    hints = 0
    for w in walk_ins:
        org = f" ({printable(w.organisation)})" if w.organisation else ""
        if w.linked:
            print(f"    {printable(w.name)}{org}: als Kontakt ID {w.office_id} aus dem Büro übernommen (--link)")
            continue
        what = "würde neu angelegt" if args.dry_run else f"neu angelegt (ID {w.office_id})"
        print(f"    {printable(w.name)}{org}: {what}")
        for s in w.suggestions:
            hints += 1
            print(
                f"      Vielleicht dieselbe Person: {printable(s.label)} (ID {s.office_id}, {s.score}, "
                f"{printable(s.reason)}) – dann: --link {w.pack_id}={s.office_id}"
            )
    for name in result.organisations_created:
        print(f"  Organisation neu angelegt: {printable(name)}")
    for line in result.notes:
        print(f"  Hinweis: {printable(line)}")
    for line in result.conflicts:
        print(f"  Konflikt: {printable(line)}")
    if result.backup is not None:
        print(f"  Sicherung vorher: {result.backup}")
    if hints and args.dry_run:
        print("Vorschläge prüfen, dann ohne --dry-run übernehmen (mit --link für dieselbe Person).")
    elif hints:
        print(
            "Hinweis: Gäste mit Vorschlag wurden neu angelegt, nicht zusammengeführt; "
            "bitte unter „Dubletten finden“ prüfen.",
            file=sys.stderr,
        )
    return 0


def _ask(preview, links: dict[int, int]) -> dict[int, int]:
    """At a terminal: for each walk-in with suggestions (and no --link), ask "new or the same as …?"."""
    answers: dict[int, int] = {}
    for walk_in in preview.new_walk_ins:
        if not walk_in.suggestions or walk_in.pack_id in links:
            continue
        print(f"Gast ohne Anmeldung: {printable(walk_in.name)} – vielleicht schon im Büro:")
        for number, s in enumerate(walk_in.suggestions, start=1):
            print(f"  {number}) {printable(s.label)} (ID {s.office_id}, {printable(s.reason)})")
        while True:
            try:
                reply = input("Dieselbe Person? Nummer eingeben, oder Enter für „neu anlegen“: ").strip()
            except EOFError:
                reply = ""
            if not reply:
                break
            if reply.isdigit() and 1 <= int(reply) <= len(walk_in.suggestions):
                answers[walk_in.pack_id] = walk_in.suggestions[int(reply) - 1].office_id
                break
            print(f"Bitte eine Zahl von 1 bis {len(walk_in.suggestions)} oder Enter.")
    return answers


def _copy_to(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services.copy_database import copy_to

    tty = sys.stderr.isatty()
    last: dict[str, int] = {}

    def progress(table: str, done: int, total: int) -> None:
        if total < 5000:
            return
        step = done * 10 // total
        if last.get(table) == step and done != total:
            return
        last[table] = step
        end = "\n" if done == total or not tty else "\r"
        print(f"  {table}: {done}/{total}", end=end, file=sys.stderr, flush=True)

    result = copy_to(ctx.open_db(), args.target, force=args.force, progress=progress)
    print(f"Kopiert: {result.source} → {result.target}")
    print("Tabelle\tZeilen\tPrüfsumme (SHA-256)")
    for table in result.tables:
        print(f"{table.name}\t{table.rows}\t{table.checksum}")
    print(f"{count_of(result.total_rows, 'Zeile', 'Zeilen')} kopiert; Anzahl und Prüfsumme je Tabelle stimmen überein.")
    return 0
