"""Converting a row's address: one block (business or home) whole, the country through the ISO list,
an address written in one cell split into its parts, the postcode checked for the country."""

from __future__ import annotations

import re

from kidesk.services import validation
from kidesk.services.contact_import.row_cells import Cell, RowConversion
from kidesk.services.contact_import.values import (
    country_code,
)

ADDRESS_TARGETS = ("street", "street_extra", "postcode", "city", "country")


def _choose_address_block(conv: RowConversion) -> None:
    """Keep one address block whole: the first (business) block that has a street, postcode or city;
    the cells of the other blocks (home, other) go into the notes — never street from one block
    and city from another."""
    blocks = sorted({c.priority for t in ("street", "postcode", "city") for c in conv.all(t)})
    if not blocks:
        blocks = sorted({c.priority for c in conv.all("country")})
    if len(blocks) <= 1 and all(len({c.priority for c in conv.all(t)}) <= 1 for t in ADDRESS_TARGETS):
        return
    chosen = blocks[0] if blocks else 0
    for target in ADDRESS_TARGETS:
        kept = []
        for cell in conv.all(target):
            if cell.priority == chosen:
                kept.append(cell)
            else:
                conv.note(cell.header, cell.value)
        if kept:
            conv.cells[target] = kept
        else:
            conv.cells.pop(target, None)


_TOWN_LINE = re.compile(r"(?:[A-Z]{1,2}[- ])?(\d{4,5}|\d{3} \d{2}|\d{4} ?[A-Z]{2})\s+(\S.*)")
_US_TOWN_LINE = re.compile(r"(.+?),?\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)")


def split_formatted_address(text: str) -> dict[str, str]:
    """ "Rathausplatz 1, 32130 Bünde, Deutschland" (or one part per line) → street, postcode, city, country.

    Knows "PLZ Ort" (DE, AT, CH, NL …) and "City, ST 12345"; without a town line it is all street.
    """
    parts = [p.strip() for p in re.split(r"\n|,\s*", text) if p.strip()]
    for index, part in enumerate(parts):
        match = _TOWN_LINE.fullmatch(part)
        if match:
            found = {"street": ", ".join(parts[:index]), "postcode": match.group(1), "city": match.group(2)}
            found["country"] = ", ".join(parts[index + 1 :])
            return {k: v for k, v in found.items() if v}
    lines = [p.strip() for p in text.split("\n") if p.strip()]
    for index, line in enumerate(lines):
        match = _US_TOWN_LINE.fullmatch(line)
        if match:
            found = {
                "street": ", ".join(lines[:index]),
                "city": match.group(1),
                "region": match.group(2),
                "postcode": match.group(3),
                "country": ", ".join(lines[index + 1 :]),
            }
            return {k: v for k, v in found.items() if v}
    return {"street": ", ".join(parts)}


def _expand_formatted_addresses(conv: RowConversion) -> None:
    """An address written in one cell fills its block's street, postcode, city and country — unless
    the block has them in their own columns already (Google writes both)."""
    formatted = conv.cells.pop("address_formatted", [])
    first_block = min(
        [c.priority for t in ("street", "postcode", "city") for c in conv.all(t)] + [c.priority for c in formatted],
        default=0,
    )
    for cell in formatted:
        if any(c.priority == cell.priority for t in ("street", "postcode", "city") for c in conv.all(t)):
            continue
        if cell.priority != first_block:
            conv.note(cell.header, cell.value)  # another block: kept whole, as written
            continue
        for key, value in split_formatted_address(cell.value).items():
            if key == "region":
                conv.note(f"{cell.header} (Region)", value)
                continue
            conv.cells.setdefault(key, []).append(Cell(cell.priority, cell.index, cell.header, value))
            conv.cells[key].sort(key=lambda c: (c.priority, c.index))


def convert_address(conv: RowConversion) -> str | None:
    """Country (Germany unless stated), street with extra lines, postcode checked for the country, city.

    Returns the country code (the phone numbers are checked for it); None when the file names a
    country no ISO list knows — it then stays as written (in the notes, with a warning), the country
    field stays empty and is never guessed as Germany.
    """
    _expand_formatted_addresses(conv)
    _choose_address_block(conv)
    country: str | None = "DE"
    cell = conv.take("country")
    if cell:
        code = country_code(cell.value)
        if code is None:
            conv.warn(
                cell.header,
                f"Land „{cell.value}“ nicht erkannt – steht so in den Notizen; das Land bleibt leer "
                "(bitte im Kontakt wählen). PLZ und Telefon werden nicht nach deutschen Regeln geprüft.",
            )
            conv.note(cell.header, cell.value)
            country = None
        else:
            country = code
    conv.record.fields["country"] = country or ""
    _convert_street(conv)
    cell = conv.take("postcode")
    if cell:
        message = validation.postcode_problem(cell.value, country or "ZZ")
        if message:
            leading_zero = country == "DE" and re.fullmatch(r"\d{4}", cell.value)
            hint = " Fehlt eine führende Null (Excel lässt sie weg)?" if leading_zero else ""
            conv.warn(cell.header, f"{message}{hint} – so übernommen, bitte prüfen.")
        conv.put_text("postcode", cell.header, cell.value)
    conv.take_text("city")
    return country


def _convert_street(conv: RowConversion) -> None:
    """Extra address lines of the same column group join the street ("Hauptstr. 1, Hinterhaus")."""
    street = conv.take("street")
    extras = conv.all("street_extra")
    if not street:
        for extra in extras:
            conv.note(extra.header, extra.value)
        return
    joined = [street.value]
    for extra in extras:
        if extra.priority == street.priority:
            joined.append(extra.value)
        else:
            conv.note(extra.header, extra.value)
    conv.put_text("street", street.header, ", ".join(joined))
