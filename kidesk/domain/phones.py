"""One written form for phone numbers (issue 14, obs. 14): DIN 5008 as far as the number tells.

Numbers in the office's country are written nationally with the area code apart —
``05221 13-1192`` (a typed hyphen before the extension is kept, it marks the switchboard),
``0171 2345678``; numbers abroad internationally: ``+90 212 123 45 67``. The parts come from
``phonenumbers`` (the same library the validation uses); a number it cannot read stays as
typed, so nothing is lost. Only for writing: comparing numbers is the search's job.
"""

from __future__ import annotations

import re

import phonenumbers

DEFAULT_REGION = "DE"


def normalise_phone(text: str | None, region: str | None = DEFAULT_REGION) -> str | None:
    """The number in its one written form; ``None``/blank stays blank; unreadable stays as typed."""
    if text is None:
        return None
    typed = text.strip()
    if not typed:
        return typed
    region = (region or DEFAULT_REGION).upper()
    try:
        number = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        return typed
    if not phonenumbers.is_valid_number(number):
        return typed
    if phonenumbers.region_code_for_number(number) != region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nsn = phonenumbers.national_significant_number(number)
    ndc = phonenumbers.length_of_national_destination_code(number)
    if ndc <= 0 or ndc >= len(nsn):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    prefix = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    trunk = "0" if prefix.startswith("0") else ""
    area, subscriber = nsn[:ndc], nsn[ndc:]
    tail = re.sub(r"[^\d-]", "", typed).rsplit("-", 1)
    if len(tail) == 2 and 0 < len(tail[1]) < len(subscriber) and not number.extension:
        cut = len(subscriber) - len(tail[1])
        subscriber = f"{subscriber[:cut]}-{subscriber[cut:]}"
    return f"{trunk}{area} {subscriber}"


def normalise_if_changed(stored: str | None, typed: str | None, region: str | None = DEFAULT_REGION) -> str | None:
    """What to store for a phone field: the stored value when nothing was typed over it (a save
    without changes changes nothing), otherwise the typed number in its written form."""
    if (typed or None) == (stored or None):
        return stored
    return normalise_phone(typed, region)
