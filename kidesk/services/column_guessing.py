"""Files without a header row: recognising them and guessing each column from its values.

Thunderbird's export without a header has a fixed column order (:data:`THUNDERBIRD_COLUMNS`);
Palm Desktop and home-made lists get a mapping guessed from the values (e-mail, phone, mobile,
postcode, street, town, country, web page; the first two word columns as last and first name),
which the mapping dialog shows with sample values for the person to check.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kidesk.services.tabular_source import RawRow, RawTable

NOTES_COLUMN = "_notes"  # "Header: value" is appended to the notes
IGNORE = "_ignore"  # dropped on purpose (named in the dry run)
HEADER_SEARCH_ROWS = 10


#: Thunderbird's CSV columns in their fixed order (its export without a header row has exactly these)
THUNDERBIRD_COLUMNS = (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,"
    "Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,"
    "Home Country,Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,"
    "Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,"
    "Custom 3,Custom 4,Notes"
).split(",")
_EMAIL_LIKE = re.compile(r"[^@\s]+@[^@\s]+")
_PHONE_LIKE = re.compile(r"\+?[0-9][0-9 /()\-.]{5,}")
_MOBILE_LIKE = re.compile(r"(\+49|0049|0)\s?1[5-7]")
_POSTCODE_LIKE = re.compile(r"\d{4,5}")
_WORD_LIKE = re.compile(r"[^\W\d_][^\W\d_'’ .-]*")


def headerless_headers(grid: list[RawRow]) -> list[str] | None:
    """Column names for a file without a header row: Thunderbird's when the shape is Thunderbird's
    (37 or 38 columns, e-mail in the fifth), else "Spalte 1", "Spalte 2" …"""
    width = max(len(r.values) for r in grid)
    sample = grid[:50]
    fifth = [r.values[4] for r in sample if len(r.values) > 4 and r.values[4].strip()]
    if width in (36, 37, 38) and fifth and all(_EMAIL_LIKE.fullmatch(v.strip()) for v in fifth):
        return THUNDERBIRD_COLUMNS + [""] * (width - len(THUNDERBIRD_COLUMNS))
    return None


def looks_headerless(grid: list[RawRow], is_known_header: Callable[[str], bool]) -> bool:
    """The first row holds values, not column names: an e-mail address (no header has one), or —
    when no known column name is in the first rows — a number of four or more digits."""
    first = [v.strip() for v in grid[0].values if v.strip()]
    if any(_EMAIL_LIKE.fullmatch(v) for v in first):
        return True
    for row in grid[:HEADER_SEARCH_ROWS]:
        if any(v and is_known_header(v) for v in row.values):
            return False
    return any(re.search(r"\d{4}", v) for v in first)


def suggest_mapping_from_content(table: RawTable) -> list[str]:
    """For a file without a header: what each column probably is, from its values (e-mail, phone,
    postcode, web page; the first two word columns as last and first name — Palm's order)."""
    mapping: list[str] = []
    taken: set[str] = set()
    word_columns = 0
    for index in range(len(table.headers)):
        values = [r.values[index].strip() for r in table.rows[:50] if index < len(r.values) and r.values[index].strip()]
        target = NOTES_COLUMN

        def share(pattern: re.Pattern[str], values: list[str] = values) -> float:
            return sum(1 for v in values if pattern.fullmatch(v)) / len(values) if values else 0.0

        if not values:
            target = NOTES_COLUMN
        elif share(_EMAIL_LIKE) > 0.6:
            target = "email"
        elif share(_POSTCODE_LIKE) > 0.6:
            target = "postcode"
        elif all(v.casefold().startswith(("http", "www.")) for v in values):
            target = "website"
        elif share(_PHONE_LIKE) > 0.6:
            target = "mobile" if all(_MOBILE_LIKE.match(v) for v in values) and "mobile" not in taken else "phone"
        elif share(_WORD_LIKE) > 0.6 and word_columns < 2:
            target = ("last_name", "first_name")[word_columns]
            word_columns += 1
        if target in taken and target != NOTES_COLUMN:
            target = NOTES_COLUMN
        if target != NOTES_COLUMN:
            taken.add(target)
        if target == "postcode" and index + 1 < len(table.headers):
            pass
        mapping.append(target)
    _guess_address(table, mapping)
    return mapping


_STREET_LIKE = re.compile(r"\D+\s\d+\s?[a-zA-Z]?")


def _guess_address(table: RawTable, mapping: list[str]) -> None:
    """Street ("Kirchplatz 3"), town (next to the postcode) and country (a name the country list knows)."""
    from kidesk.services.contact_import.values import country_code

    def values(index: int) -> list[str]:
        return [r.values[index].strip() for r in table.rows[:50] if index < len(r.values) and r.values[index].strip()]

    free = [i for i, t in enumerate(mapping) if t == NOTES_COLUMN and values(i)]
    for index in free:
        column = values(index)
        if "street" not in mapping and all(_STREET_LIKE.fullmatch(v) for v in column):
            mapping[index] = "street"
        elif "country" not in mapping and all(country_code(v) for v in column):
            mapping[index] = "country"
    if "postcode" in mapping and "city" not in mapping:
        at = mapping.index("postcode")
        around = [i for i in range(at - 1, -1, -1) if values(i)][:2] + [
            i for i in range(at + 1, len(mapping)) if values(i)
        ][:1]
        for index in around:
            if mapping[index] == NOTES_COLUMN and all(
                _WORD_LIKE.match(v) and not any(ch.isdigit() for ch in v) for v in values(index)
            ):
                mapping[index] = "city"
                break
