"""Converting a row's volunteer columns: the yes/no flag, dates, consents, status, languages, areas."""

from __future__ import annotations

from typing import Any

from kidesk.domain.dates import parse_date_or_none
from kidesk.services import column_mapping as cm
from kidesk.services.contact_import.row_cells import RowConversion
from kidesk.services.contact_import.values import (
    MAX_ENGAGEMENT_LENGTH,
    MAX_LANGUAGE_LENGTH,
    language_with_level,
    parse_bool,
    split_list,
    volunteer_status,
)

VOLUNTEER_FIELDS = {
    "volunteer_active_since": "active_since",
    "volunteer_municipality": "municipality",
    "volunteer_availability": "availability",
    "volunteer_consent_given_on": "consent_given_on",
    "volunteer_consent_photos": "consent_photos",
    "volunteer_consent_newsletter": "consent_newsletter",
    "volunteer_consent_share": "consent_share_with_partners",
    "volunteer_police_certificate_inspected_on": "police_certificate_inspected_on",
}


def convert_volunteer(conv: RowConversion) -> None:
    """The volunteer profile: a yes/no column and any volunteer column make the person a volunteer."""
    volunteer: dict[str, Any] = {}
    is_volunteer = _volunteer_flag(conv)
    _volunteer_columns(conv, volunteer)
    _volunteer_status(conv, volunteer)
    _volunteer_languages(conv, volunteer)
    _volunteer_engagements(conv, volunteer)
    if is_volunteer is False and volunteer:
        conv.warn(None, "„Ehrenamtlich: nein“, aber Angaben zum Ehrenamt vorhanden – als ehrenamtlich übernommen.")
    if volunteer or is_volunteer:
        conv.record.volunteer = volunteer


def _volunteer_flag(conv: RowConversion) -> bool | None:
    cell = conv.take("volunteer")
    if not cell:
        return None
    flag = parse_bool(cell.value)
    if flag is None:
        conv.warn(cell.header, f"„{cell.value}“ ist weder ja noch nein – steht in den Notizen.")
        conv.note(cell.header, cell.value)
    return flag


def _volunteer_columns(conv: RowConversion, volunteer: dict[str, Any]) -> None:
    """Dates, yes/no and text columns of the profile; what cannot be read goes into the notes."""
    for target, column in VOLUNTEER_FIELDS.items():
        cell = conv.take(target)
        if not cell:
            continue
        header, value = cell.header, cell.value
        kind = cm.TARGET_BY_KEY[target].kind
        if kind == "date":
            parsed = parse_date_or_none(value)
            if parsed is None:
                conv.warn(header, f"ungültiges Datum „{value}“ (erwartet TT.MM.JJJJ) – steht in den Notizen.")
                conv.note(header, value)
                continue
            volunteer[column] = parsed
        elif kind == "bool":
            flag = parse_bool(value)
            if flag is None:
                conv.warn(header, f"„{value}“ ist weder ja noch nein – steht in den Notizen.")
                conv.note(header, value)
                continue
            volunteer[column] = flag
        else:
            volunteer[column] = conv.clip(header, value, cm.TARGET_BY_KEY[target].max_length)


def _volunteer_status(conv: RowConversion, volunteer: dict[str, Any]) -> None:
    cell = conv.take("volunteer_status")
    if not cell:
        return
    code = volunteer_status(cell.value)
    if code is None:
        conv.warn(cell.header, f"Status „{cell.value}“ unbekannt (aktiv, pausiert, inaktiv) – steht in den Notizen.")
        conv.note(cell.header, cell.value)
    else:
        volunteer["status"] = code


def _volunteer_languages(conv: RowConversion, volunteer: dict[str, Any]) -> None:
    """ "Türkisch (C1), Arabisch (Muttersprache)" → ``[("Türkisch", "C1"), ("Arabisch", "native")]``."""
    cell = conv.take("volunteer_languages")
    if not cell:
        return
    languages: list[tuple[str, str | None]] = []
    for part in split_list(cell.value):
        language, level = language_with_level(part)
        if len(language) > MAX_LANGUAGE_LENGTH:
            conv.warn(
                cell.header,
                f"Sprache „{language[:30]}…“ länger als {MAX_LANGUAGE_LENGTH} Zeichen – steht in den Notizen.",
            )
            conv.note(cell.header, part)
            continue
        if language not in [lang for lang, _ in languages]:
            languages.append((language, level))
    volunteer["languages"] = languages


def _volunteer_engagements(conv: RowConversion, volunteer: dict[str, Any]) -> None:
    cell = conv.take("volunteer_engagements")
    if not cell:
        return
    areas: list[str] = []
    for part in split_list(cell.value):
        area = part[:MAX_ENGAGEMENT_LENGTH]
        if area not in areas:
            areas.append(area)
    volunteer["engagements"] = areas
