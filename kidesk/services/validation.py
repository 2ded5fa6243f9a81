"""Field rules for what people type: e-mail, phone numbers, postcodes (no Qt).

Each ``*_problem`` function returns ``None`` when the value is fine (an empty value is fine:
the fields are optional) or a short German sentence that says what is wrong and how it
should look. The editor shows it as the user types; :func:`contact_problems` collects them
for a whole record so services, the import and the CLI apply the same rules.

Values are *checked*, not rewritten: the office writes phone numbers the way the partner
prints them (``05221/13-1180``), and that is what goes on letters.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import phonenumbers
from email_validator import EmailNotValidError, validate_email

DEFAULT_REGION = "DE"

_POSTCODE_RULES: dict[str, tuple[re.Pattern[str], str]] = {
    "DE": (re.compile(r"\d{5}"), "Postleitzahlen in Deutschland haben fünf Ziffern, z. B. 32052."),
    "AT": (re.compile(r"\d{4}"), "Postleitzahlen in Österreich haben vier Ziffern, z. B. 1010."),
    "CH": (re.compile(r"\d{4}"), "Postleitzahlen in der Schweiz haben vier Ziffern, z. B. 8001."),
    "NL": (re.compile(r"\d{4} ?[A-Za-z]{2}"), "Niederländische Postleitzahlen sehen so aus: 1234 AB."),
}
# Characters people use inside phone numbers: digits, spaces, / - ( ) . and a leading +.
_PHONE_CHARS = re.compile(r"^\+?[0-9 /()\-.]+$")


def email_problem(value: str | None) -> str | None:
    """None for every syntactically valid address — also on reserved or intranet domains
    (``.invalid``, ``.local``, ``.test``, ``@intranet``): an office's own server may deliver there.
    Use :func:`email_warning` to tell the person that such an address cannot get mail from outside."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        validate_email(text, check_deliverability=False, globally_deliverable=False)
    except EmailNotValidError as exc:
        if not _special_use(exc):
            return (
                f"Die E-Mail-Adresse „{text}“ ist ungültig: {_email_reason(exc, text)} Beispiel: name@kreis-herford.de"
            )
        # the special-use check runs before nothing else could fail: check the rest with a neutral suffix
        try:
            validate_email(text + ".kidesk-check.de", check_deliverability=False, globally_deliverable=False)
        except EmailNotValidError as exc2:
            return (
                f"Die E-Mail-Adresse „{text}“ ist ungültig: {_email_reason(exc2, text)} Beispiel: name@kreis-herford.de"
            )
    return None


def email_warning(value: str | None) -> str | None:
    """A hint (not a refusal) for a valid address on a domain that cannot receive mail from the internet."""
    text = (value or "").strip()
    if not text or email_problem(text):
        return None
    domain = text.rpartition("@")[2].casefold().rstrip(".")
    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        if _special_use(exc):
            tld = domain.rsplit(".", 1)[-1]
            return (
                f"Die E-Mail-Adresse „{text}“ liegt auf der reservierten Domain „.{tld}“ "
                "(nur für Tests oder ein lokales Netz); von außen kann dorthin keine Mail zugestellt werden."
            )
        if "." not in domain:
            return (
                f"Die E-Mail-Adresse „{text}“ hat eine Domain ohne Punkt („{domain}“) – eine Intranet-Adresse; "
                "von außen kann dorthin keine Mail zugestellt werden."
            )
        return f"Die E-Mail-Adresse „{text}“ kann vermutlich keine Mail empfangen ({exc})."
    return None


def _special_use(exc: EmailNotValidError) -> bool:
    return "special-use or reserved" in str(exc)


def _email_reason(exc: EmailNotValidError, text: str = "") -> str:
    message = str(exc)
    if text.count("@") != 1 and "@-sign" in message:
        return "Sie muss genau ein @ enthalten."
    if "something after the @" in message or "something before the @" in message:
        return "Vor und nach dem @ muss etwas stehen."
    if "period" in message and ("start" in message or "end" in message or "two" in message):
        return "Ein Punkt darf nicht am Anfang, am Ende oder doppelt stehen."
    if "period" in message:
        return "Nach dem @ fehlt die Domain mit Punkt."
    if "not allowed" in message or "invalid character" in message.casefold():
        return "Sie enthält ein Zeichen, das in E-Mail-Adressen nicht erlaubt ist."
    if "too long" in message:
        return "Sie ist zu lang."
    if "@-sign" in message:
        return "Sie muss genau ein @ enthalten."
    return "Bitte die Schreibweise prüfen."


def phone_problem(value: str | None, region: str = DEFAULT_REGION) -> str | None:
    """German formats such as ``05221/13-1180``, ``0171 1234567`` or ``+49 5221 131180``."""
    text = (value or "").strip()
    if not text:
        return None
    if not _PHONE_CHARS.match(text):
        return (
            f"Die Telefonnummer „{text}“ enthält unerlaubte Zeichen. "
            "Erlaubt sind Ziffern, Leerzeichen, / - ( ) und ein + am Anfang, z. B. 05221/13-1180."
        )
    try:
        number = phonenumbers.parse(text, region or DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return f"„{text}“ ist keine Telefonnummer. Beispiel: 05221/13-1180"
    if not phonenumbers.is_valid_number(number):
        return f"Die Telefonnummer „{text}“ ist unvollständig oder ungültig. Bitte mit Vorwahl eingeben, z. B. 05221/13-1180."
    return None


def postcode_problem(value: str | None, country: str | None = DEFAULT_REGION) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    rule = _POSTCODE_RULES.get((country or DEFAULT_REGION).upper())
    if rule is None:
        return None if len(text) <= 12 else "Die Postleitzahl ist zu lang (höchstens 12 Zeichen)."
    pattern, hint = rule
    if not pattern.fullmatch(text):
        return f"Die Postleitzahl „{text}“ passt nicht: {hint}"
    return None


def country_problem(value: str | None) -> str | None:
    text = (value or "").strip()
    if not re.fullmatch(r"[A-Za-z]{2}", text):
        return "Das Land bitte als zweistelligen Ländercode angeben, z. B. DE."
    return None


PHONE_FIELDS = ("phone", "mobile", "fax")


def contact_problems(fields: Mapping[str, object]) -> dict[str, str]:
    """Every rule over one contact's fields: ``{field: message}``; empty when all is well."""
    problems: dict[str, str] = {}
    last = str(fields.get("last_name") or "").strip()
    if not last:
        problems["last_name"] = "Der Nachname fehlt. Bitte mindestens einen Nachnamen eingeben."
    country = str(fields.get("country") or DEFAULT_REGION)
    if "country" in fields and (msg := country_problem(country)):
        problems["country"] = msg
    if msg := email_problem(_str(fields.get("email"))):
        problems["email"] = msg
    for name in PHONE_FIELDS:
        if msg := phone_problem(_str(fields.get(name)), country if len(country) == 2 else DEFAULT_REGION):
            problems[name] = msg
    if msg := postcode_problem(_str(fields.get("postcode")), country):
        problems["postcode"] = msg
    return problems


def organisation_problems(fields: Mapping[str, object]) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not str(fields.get("name") or "").strip():
        problems["name"] = "Der Name der Organisation fehlt."
    country = str(fields.get("country") or DEFAULT_REGION)
    if "country" in fields and (msg := country_problem(country)):
        problems["country"] = msg
    if msg := email_problem(_str(fields.get("email"))):
        problems["email"] = msg
    for name in ("phone", "fax"):
        if msg := phone_problem(_str(fields.get(name)), country if len(country) == 2 else DEFAULT_REGION):
            problems[name] = msg
    if msg := postcode_problem(_str(fields.get("postcode")), country):
        problems["postcode"] = msg
    return problems


def _str(value: object) -> str | None:
    return None if value is None else str(value)
