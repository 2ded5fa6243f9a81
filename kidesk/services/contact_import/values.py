"""Reading single values as the office's files spell them: salutations, countries, yes/no, e-mail.

Each function takes the text of one cell and returns the stored value, or ``None`` when the
text is not one (the row conversion then puts the text into the notes). Dates are read by the
one date rule, :func:`kidesk.domain.dates.parse_date_or_none`.
"""

from __future__ import annotations

import re

from kidesk.db import vocab
from kidesk.services import validation
from kidesk.services.name_folding import fold

EMPTY_MARKERS = {"0.0.00", "00.00.0000", "0/0/00", "1/1/1601", "01.01.1601"}  # Outlook's "no date"

SALUTATION_WORDS = {
    "frau": "mrs",
    "fr": "mrs",
    "mrs": "mrs",
    "ms": "mrs",
    "miss": "mrs",
    "madame": "mrs",
    "mme": "mrs",
    "herr": "mr",
    "herrn": "mr",
    "hr": "mr",
    "mr": "mr",
    "monsieur": "mr",
    "divers": "diverse",
    "diverse": "diverse",
    "mx": "diverse",
}
_NO_SALUTATION = {"", "keineangabe", "none", "ohne", "keine"}
_TITLE_WORDS = {
    "dr",
    "prof",
    "professor",
    "dipl",
    "mag",
    "ing",
    "med",
    "phil",
    "rer",
    "nat",
    "jur",
    "habil",
    "pd",
    "ma",
    "ba",
    "msc",
    "bsc",
    "llm",
    "mba",
    "dent",
    "vet",
    "doktor",
}
COUNTRY_CODES = {
    "de": "DE",
    "d": "DE",
    "deu": "DE",
    "deutschland": "DE",
    "germany": "DE",
    "bundesrepublikdeutschland": "DE",
    "at": "AT",
    "a": "AT",
    "österreich": "AT",
    "oesterreich": "AT",
    "austria": "AT",
    "ch": "CH",
    "schweiz": "CH",
    "switzerland": "CH",
    "nl": "NL",
    "niederlande": "NL",
    "netherlands": "NL",
    "be": "BE",
    "belgien": "BE",
    "belgium": "BE",
    "fr": "FR",
    "frankreich": "FR",
    "france": "FR",
    "pl": "PL",
    "polen": "PL",
    "poland": "PL",
    "tr": "TR",
    "türkei": "TR",
    "tuerkei": "TR",
    "turkey": "TR",
    "türkiye": "TR",
    "lu": "LU",
    "luxemburg": "LU",
    "luxembourg": "LU",
    "dk": "DK",
    "dänemark": "DK",
    "denmark": "DK",
    "it": "IT",
    "italien": "IT",
    "italy": "IT",
    "es": "ES",
    "spanien": "ES",
    "spain": "ES",
    "gb": "GB",
    "uk": "GB",
    "großbritannien": "GB",
    "vereinigteskönigreich": "GB",
    "unitedkingdom": "GB",
    "us": "US",
    "usa": "US",
    "vereinigtestaaten": "US",
    "unitedstates": "US",
}
VOLUNTEER_STATUS_BY_TEXT = {
    **{code: code for code in vocab.VOLUNTEER_STATUSES},
    **{label.casefold(): code for code, label in vocab.VOLUNTEER_STATUS_LABELS.items()},
}
_TRUE = {"ja", "j", "yes", "y", "x", "1", "true", "wahr", "✓", "✔"}
_FALSE = {"nein", "n", "no", "0", "false", "falsch", "-"}
_LANGUAGE_LEVEL = re.compile(r"(.+?)\s*\(\s*([ABC][12]|native|muttersprache|Muttersprache)\s*\)", re.IGNORECASE)
MAX_LANGUAGE_LENGTH = 60
MAX_ENGAGEMENT_LENGTH = 120


def parse_salutation(text: str) -> tuple[str | None, list[str], list[str]]:
    """``(salutation code or None, title parts, unknown words)`` from "Herr Dr." and the like.

    Words with a full stop and known title words (Dr, Prof, Dipl …) are the academic title;
    anything else is unknown and reported.
    """
    if fold(text) in _NO_SALUTATION:
        return "none", [], []
    salutation, titles, unknown = None, [], []
    for token in text.replace(",", " ").split():
        plain = token.casefold().strip(".:")
        folded = fold(token)
        if plain in SALUTATION_WORDS and salutation is None:
            salutation = SALUTATION_WORDS[plain]
        elif folded in _NO_SALUTATION:
            continue
        elif "." in token or folded in _TITLE_WORDS:
            titles.append(token)
        else:
            unknown.append(token)
    return salutation, titles, unknown


def parse_bool(text: str) -> bool | None:
    norm = text.strip().casefold()
    if norm in _TRUE:
        return True
    if norm in _FALSE:
        return False
    return None


def check_email(text: str) -> str | None:
    """The address as written (without a ``mailto:``), or None when the shared rule refuses it."""
    value = text.strip()
    if value.casefold().startswith("mailto:"):
        value = value[7:]
    return None if validation.email_problem(value) else value


def country_code(text: str) -> str | None:
    norm = re.sub(r"[\W_]+", "", text.casefold())
    if norm in COUNTRY_CODES:
        return COUNTRY_CODES[norm]
    if re.fullmatch(r"[A-Za-z]{2}", text.strip()):
        return text.strip().upper()  # an ISO 3166 code we have no name for
    return None


def phone_kind(label: str) -> str:
    """``phone``, ``mobile`` or ``fax`` from a label column ("Handy", "Fax geschäftlich" …)."""
    norm = label.casefold()
    if "fax" in norm:
        return "fax"
    if any(w in norm for w in ("mobil", "mobile", "handy", "cell")):
        return "mobile"
    return "phone"


def volunteer_status(text: str) -> str | None:
    return VOLUNTEER_STATUS_BY_TEXT.get(text.strip().casefold())


def split_list(text: str) -> list[str]:
    """The parts of a list cell ("a, b; c" or one per line), stripped, empty ones dropped."""
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


def language_with_level(part: str) -> tuple[str, str | None]:
    """``("Türkisch", "C1")`` from "Türkisch (C1)"; ``native`` for "(Muttersprache)"; no level without brackets."""
    match = _LANGUAGE_LEVEL.fullmatch(part)
    if not match:
        return part, None
    level = match.group(2)
    return match.group(1).strip(), "native" if level.casefold() in ("native", "muttersprache") else level.upper()
