"""One row of the file → one :class:`ContactRecord`, in named steps.

:func:`convert_row` gathers the row's non-empty cells per target field
(:func:`collect_cells`) and runs the steps in order, each on the same
:class:`RowConversion` (the cells, the record being filled, the problems found):

1. :func:`convert_names` — first, last, middle and full name, academic title;
2. :func:`convert_salutation` — "Frau", "Herr Dr." …;
3. :func:`convert_work` — organisation, function, department, room;
4. :func:`convert_address` — country, street (with extra lines), postcode, city;
5. :func:`convert_email`, 6. :func:`convert_phones`, 7. :func:`convert_languages`;
8. :func:`convert_volunteer` — the volunteer profile's columns;
9. :func:`convert_notes` — the notes column goes first in the notes.

A row without a last name is refused: its other problems are dropped and one error says why.
The rules for each value are listed in the package docstring (:mod:`kidesk.services.contact_import`).
"""

from __future__ import annotations

import re

from kidesk.domain import names
from kidesk.services import column_mapping as cm
from kidesk.services import validation
from kidesk.services.contact_import.address_conversion import (  # noqa: F401 (steps re-exported)
    ADDRESS_TARGETS,
    convert_address,
    split_formatted_address,
)
from kidesk.services.contact_import.records import ContactRecord
from kidesk.services.contact_import.row_cells import SYSTEM_GROUPS, Cell, RowConversion, collect_cells  # noqa: F401
from kidesk.services.contact_import.values import (
    check_email,
    parse_salutation,
)
from kidesk.services.contact_import.volunteer_conversion import VOLUNTEER_FIELDS, convert_volunteer  # noqa: F401
from kidesk.services.name_folding import fold, same_text
from kidesk.services.tabular_source import ERROR, INFO, Problem, RawRow

# --------------------------------------------------------------------------- the steps


def convert_names(conv: RowConversion) -> None:
    """First, last, title; further first names join the first name; a full name fills what is missing."""
    for target in ("first_name", "last_name", "title"):
        conv.take_text(target)
    middle = conv.take("middle_name")
    if middle:
        combined = " ".join(p for p in (conv.record.fields.get("first_name"), middle.value) if p)
        conv.put_text("first_name", middle.header, combined)
    organisations = conv.all("organisation")
    conv.record.organisation_hint = organisations[0].value if organisations else ""
    full = conv.take("full_name")
    if full and not conv.record.fields.get("last_name") and same_text(full.value, conv.record.organisation_hint):
        full = None  # an organisation's card: its display name is the organisation's name
    if full and not conv.record.fields.get("last_name"):
        split_full_name(conv, full)
    elif full and not _only_repeats_the_name(conv, full.value):
        conv.note(full.header, full.value)


def split_full_name(conv: RowConversion, full: Cell) -> None:
    """ "Yılmaz, Ayşe", "Ayşe Yılmaz" or — next to a first-name column — just the last name."""
    header, value = full.header, full.value
    first_name = conv.record.fields.get("first_name")
    if first_name and first_name.casefold() not in value.casefold():
        conv.put_text("last_name", header, value)  # "Name" next to "Vorname" is the last name
    elif "," in value:
        last, _, given = value.partition(",")
        conv.put_text("last_name", header, last.strip())
        if given.strip() and not first_name:
            conv.put_text("first_name", header, given.strip())
    else:
        rest = value.replace(first_name, "", 1).strip() if first_name and value.startswith(first_name) else value
        if first_name:
            conv.put_text("last_name", header, rest)
        else:
            given, family = split_name(rest)
            if given:
                conv.put_text("first_name", header, given)
            conv.put_text("last_name", header, family)


#: words before "zu"/"zur"/"zum" that belong to a Westphalian farm name ("Meyer zu Bexten", "Schulte zur Surlage")
_FARM_NAME_HEADS = frozenset(
    {"meyer", "meier", "mayer", "maier", "schulte", "schulze", "schultze", "große", "grosse", "kleine", "hoffmeister"}
)


def split_name(text: str) -> tuple[str, str]:
    """``(given names, family name)`` of "Bernd Meyer zu Bexten" → ("Bernd", "Meyer zu Bexten").

    The family name starts at the first name particle after the first word (von, van, de, zu,
    al, bin … — :data:`kidesk.domain.names.PARTICLES`), one word earlier for a farm name before
    "zu/zum/zur"; without a particle it is the last word. A single word is the family name
    (as German registers keep one-part names).
    """
    parts = text.split()
    if len(parts) < 2:
        return "", text.strip()
    start = len(parts) - 1
    for index in range(1, len(parts) - 1):
        folded = names.fold(parts[index])
        if folded in names.PARTICLES:
            start = index
            if (
                folded in ("zu", "zum", "zur")
                and index >= 2
                and names.fold(parts[index - 1]) in {names.fold(w) for w in _FARM_NAME_HEADS}
            ):
                start = index - 1
            break
    return " ".join(parts[:start]), " ".join(parts[start:])


def _word(text: str) -> str:
    """A word compared without accents and case; words in other scripts (Arabic, Cyrillic), which
    :func:`fold` reduces to nothing, compare by their case-folded text instead of all being equal."""
    return fold(text) or "".join(ch for ch in text.casefold() if ch.isalnum())


def _only_repeats_the_name(conv: RowConversion, display_name: str) -> bool:
    """A display name ("Dr. Ayşe Yılmaz", "Yılmaz, Ayşe") that only repeats the name parts adds nothing."""
    fields = conv.record.fields
    known = {_word(w) for key in ("title", "first_name", "last_name") for w in (fields.get(key) or "").split()}
    known |= {_word(w) for target in ("salutation", "middle_name") for c in conv.all(target) for w in c.value.split()}
    known |= {_word(w) for w in (conv.record.organisation_hint or "").split()}
    return not ({_word(w) for w in display_name.split()} - known - {""})


def convert_salutation(conv: RowConversion) -> None:
    """ "Frau", "Herr Dr.", "keine Angabe"; title words go to the title; anything else into the notes."""
    cell = conv.take("salutation")
    if not cell:
        return
    salutation, titles, unknown = parse_salutation(cell.value)
    if unknown or salutation is None and not titles:
        conv.warn(
            cell.header,
            f"Anrede „{cell.value}“ nicht erkannt (erwartet z. B. Frau, Herr, divers, Mr, Mrs, Bay, Bayan, Пані, "
            "السيد, آقای) – steht in den Notizen; bitte die Anrede im Kontakt wählen.",
        )
        conv.note(cell.header, cell.value)
        return
    if salutation and salutation != "none":  # "keine Angabe" is no data: it never fills or changes anything
        conv.record.fields["salutation"] = salutation
    if titles and not conv.record.fields.get("title"):
        conv.put_text("title", cell.header, " ".join(titles))


def convert_work(conv: RowConversion) -> None:
    """Function, department, room, and the organisation (created on import when it is new)."""
    for target in ("function", "department", "room"):
        conv.take_text(target)
    cell = conv.take("organisation")
    if cell:
        conv.record.organisation = conv.clip(cell.header, cell.value, cm.TARGET_BY_KEY["organisation"].max_length)


def convert_email(conv: RowConversion) -> None:
    cell = conv.take("email")
    if not cell:
        return
    email = check_email(cell.value)
    if email is None:
        message = validation.email_problem(cell.value) or f"Die E-Mail-Adresse „{cell.value}“ ist ungültig."
        conv.warn(cell.header, f"{message} – steht in den Notizen.")
        conv.note(cell.header, cell.value)
    else:
        warning = validation.email_warning(email)
        if warning:
            conv.warn(cell.header, f"{warning} – so übernommen.")
        conv.put_text("email", cell.header, email)


_NUMERIC_CELL = re.compile(r"[1-9]\d{5,14}(\.0+)?")


def convert_phones(conv: RowConversion, country: str | None) -> None:
    """Phone, mobile, fax: stored as written; a number that is not valid for ``country`` is reported.

    A number of digits only without a leading 0 or + ("5221131180", "5221131180.0") is what a
    spreadsheet makes of a phone number stored as a number: it gets its own named warning.
    With an unknown country only international numbers (+…) are checked.
    """
    for target in ("phone", "mobile", "fax"):
        cell = conv.take(target)
        if not cell:
            continue
        value = cell.value
        if _NUMERIC_CELL.fullmatch(value):
            conv.warn(
                cell.header,
                f"Telefonnummer „{value}“ besteht nur aus Ziffern ohne führende 0 oder + – vermutlich als Zahl "
                "gespeichert (Excel lässt die führende Null weg). So übernommen, bitte prüfen.",
            )
            value = value.split(".")[0]
        elif country is not None or value.startswith("+"):
            message = validation.phone_problem(value, country or "DE")
            if message:
                conv.warn(cell.header, f"{message} – so übernommen, bitte prüfen.")
        conv.put_text(target, cell.header, value)


def convert_languages(conv: RowConversion) -> None:
    """The contact's free-text languages ("Deutsch, Türkisch")."""
    conv.take_text("languages")


def convert_notes(conv: RowConversion) -> None:
    """The file's own notes column comes first, before "Column: value" lines of unmapped columns."""
    cell = conv.take("notes")
    if cell:
        conv.record.notes.insert(0, cell.value)


_LOST_LETTER = re.compile(r"(?:(?<=\w)\?(?=\w)|(?<![\w?])\?(?=\w{2}))")


def warn_lost_letters(conv: RowConversion) -> None:
    """ "?ükrü Y?ld?r?m": a "?" in place of a letter is what a Windows-1252 export makes of ş, ı, ğ."""
    for key in ("first_name", "last_name", "title", "street", "city", "function", "department"):
        value = conv.record.fields.get(key)
        if isinstance(value, str) and _LOST_LETTER.search(value):
            label = cm.TARGET_BY_KEY[key].label
            conv.warn(
                label,
                f"„{value}“ enthält „?“ an Stelle eines Buchstabens – beim Speichern der Datei verloren "
                "(z. B. türkische Buchstaben in einer Windows-1252-Datei). So übernommen, bitte korrigieren.",
            )
    if conv.record.organisation and _LOST_LETTER.search(conv.record.organisation):
        conv.warn(
            "Organisation",
            f"„{conv.record.organisation}“ enthält „?“ an Stelle eines Buchstabens – so übernommen, bitte korrigieren.",
        )


def finish_kind(conv: RowConversion) -> None:
    """Organisation or person, and a name for a person who has no family name.

    * A row marked as an organisation (vCard ``KIND:org``, Apple's company cards), or one that
      names only an organisation, becomes an organisation.
    * A given name alone, a nickname or a display name becomes the family name (as German
      registers keep one-part names), with a hint.
    * A row with nothing but an e-mail address becomes a person named by the address, marked
      for review in the notes.
    """
    record, fields = conv.record, conv.record.fields
    kind = conv.take("record_kind")
    has_person_name = bool(fields.get("last_name") or fields.get("first_name") or conv.all("nickname"))
    marked = bool(kind and kind.value.casefold() in ("organisation", "organization", "org", "company", "firma"))
    if record.organisation and (marked or not has_person_name):
        record.kind = "organisation"
        if fields.get("first_name") or fields.get("last_name"):
            conv.note("Ansprechperson", " ".join(p for p in (fields.get("first_name"), fields.get("last_name")) if p))
        for nickname in conv.all("nickname"):
            conv.note(nickname.header, nickname.value)
        return
    nickname = conv.take("nickname")
    if fields.get("last_name"):
        if nickname:
            conv.note(nickname.header, nickname.value)
        return
    if fields.get("first_name"):
        given = fields.pop("first_name")
        fields["last_name"] = given
        conv.problems.append(
            Problem(
                conv.number,
                None,
                f"nur ein Name („{given}“) – als Nachname gespeichert (so wie eingliedrige Namen geführt werden); bitte prüfen.",
                INFO,
            )
        )
        if nickname:
            conv.note(nickname.header, nickname.value)
        return
    if nickname:
        conv.put_text("last_name", nickname.header, nickname.value)
        conv.note(nickname.header, nickname.value)
        conv.problems.append(
            Problem(
                conv.number,
                None,
                f"nur ein Spitzname („{nickname.value}“) – als Nachname gespeichert; bitte prüfen.",
                INFO,
            )
        )
        return
    email = fields.get("email")
    if email:
        fields["last_name"] = email[: cm.TARGET_BY_KEY["last_name"].max_length or 120]
        conv.note("Zu prüfen", "Name fehlt – nach der E-Mail-Adresse benannt (Import)")
        conv.warn(None, f"kein Name, nur die E-Mail-Adresse – als „{email}“ angelegt und zum Prüfen markiert.")


def refuse_without_name(conv: RowConversion, first_problem: int) -> bool:
    """A row without any name (and no organisation, no e-mail) is not imported: its other problems go, one error says why."""
    if conv.record.fields.get("last_name") or conv.record.kind == "organisation":
        return False
    del conv.problems[first_problem:]
    conv.problems.append(Problem(conv.number, None, "kein Name – wird nicht importiert.", ERROR))
    return True


def convert_row(headers: list[str], mapping: list[str], row: RawRow, problems: list[Problem]) -> ContactRecord | None:
    """Check and convert one row; append its problems; None if it cannot be imported."""
    first_problem = len(problems)  # a refused row reports only why it is refused
    conv = RowConversion.start(headers, mapping, row, problems)
    convert_names(conv)
    convert_salutation(conv)
    convert_work(conv)
    country = convert_address(conv)
    convert_email(conv)
    convert_phones(conv, country)
    convert_languages(conv)
    convert_volunteer(conv)
    convert_notes(conv)
    convert_extras(conv)
    finish_kind(conv)
    if conv.record.kind != "organisation" and conv.record.website:
        conv.note("Webseite", conv.record.website)
        conv.record.website = None
    warn_lost_letters(conv)
    if refuse_without_name(conv, first_problem):
        return None
    return conv.record


def convert_extras(conv: RowConversion) -> None:
    """Web page: an organisation's own field, a person's notes."""
    for cell in conv.all("website"):
        if not conv.record.website:
            conv.record.website = cell.value[:300]
        elif cell.value != conv.record.website:
            conv.note(cell.header, cell.value)
