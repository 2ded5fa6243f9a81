"""Reading single values as the office's files spell them: salutations, countries, yes/no, e-mail.

Each function takes the text of one cell and returns the stored value, or ``None`` when the
text is not one (the row conversion then puts the text into the notes). Dates are read by the
one date rule, :func:`kidesk.domain.dates.parse_date_or_none`.
"""

from __future__ import annotations

import functools
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
    # other languages the office's people write (compared folded: "السيد" and "السید" are one word)
    "mister": "mr",
    "sir": "mr",
    "señor": "mr",
    "sr": "mr",
    "signor": "mr",
    "sig": "mr",
    "pan": "mr",  # Polish, Ukrainian/Russian in Latin letters
    "пан": "mr",
    "господин": "mr",
    "г-н": "mr",
    "bay": "mr",  # Turkish
    "السيد": "mr",
    "سيد": "mr",
    "آقای": "mr",
    "آقا": "mr",
    "kak": "mr",  # Sorani (Latin)
    "کاک": "mr",
    "mrs.": "mrs",
    "madam": "mrs",
    "señora": "mrs",
    "sra": "mrs",
    "signora": "mrs",
    "pani": "mrs",
    "пані": "mrs",
    "госпожа": "mrs",
    "г-жа": "mrs",
    "bayan": "mrs",
    "السيدة": "mrs",
    "سيدة": "mrs",
    "خانم": "mrs",
    "خاتون": "mrs",
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
#: names people write that no ISO list has (besides every ISO code and every English and German name)
COUNTRY_ALIASES = {
    "d": "DE",
    "brd": "DE",
    "bundesrepublikdeutschland": "DE",
    "a": "AT",
    "usa": "US",
    "unitedstatesofamerica": "US",
    "vereinigtestaatenvonamerika": "US",
    "amerika": "US",
    "america": "US",
    "uk": "GB",
    "england": "GB",
    "großbritannien": "GB",
    "grossbritannien": "GB",
    "greatbritain": "GB",
    "holland": "NL",
    "türkiye": "TR",
    "turkiye": "TR",
    "tuerkei": "TR",
    "oesterreich": "AT",
    "russland": "RU",
    "russia": "RU",
    "iran": "IR",
    "syria": "SY",
    "syrien": "SY",
    "südkorea": "KR",
    "southkorea": "KR",
    "nordkorea": "KP",
    "vietnam": "VN",
    "kosovo": "XK",
    "moldau": "MD",
    "tschechien": "CZ",
    "czechia": "CZ",
    "bolivien": "BO",
    "venezuela": "VE",
    "tansania": "TZ",
    "palästina": "PS",
    "palestine": "PS",
}


#: German first, then the languages of the office's people and of common address books
_COUNTRY_LANGUAGES = ("de", "fr", "es", "it", "nl", "pl", "tr", "uk", "ru", "ar", "fa", "el", "ja", "zh_CN", "pt")


def _country_key(text: str) -> str:
    from kidesk.domain.names import drop_accents

    return re.sub(r"[\W_]+", "", drop_accents(text.casefold()).replace("ß", "ss"))


@functools.lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """Every ISO 3166 code and every English and German name (pycountry and its translations) → code."""
    import gettext

    import pycountry

    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in _COUNTRY_LANGUAGES
    ]
    index: dict[str, str] = {}
    short: dict[str, set[str]] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        english = {getattr(country, attr, None) for attr in ("name", "official_name", "common_name")} - {None}
        names = set(english)
        for translation in translations:
            names |= {translation.gettext(n) for n in english}
        for name in names:
            index[_country_key(name)] = code
            head = name.split(",")[0].split("(")[0]
            short.setdefault(_country_key(head), set()).add(code)
        index[country.alpha_3.casefold()] = code
    for key, codes in short.items():
        if len(codes) == 1 and key not in index:
            index[key] = next(iter(codes))  # "Iran" from "Iran, Islamic Republic of" — only when unambiguous
    for alias, code in COUNTRY_ALIASES.items():
        index[_country_key(alias)] = code
    return index


#: kept for callers that look a few names up directly
COUNTRY_CODES = {"deutschland": "DE", "germany": "DE", "de": "DE"}
VOLUNTEER_STATUS_BY_TEXT = {
    **{code: code for code in vocab.VOLUNTEER_STATUSES},
    **{label.casefold(): code for code, label in vocab.VOLUNTEER_STATUS_LABELS.items()},
}
_TRUE = {"ja", "j", "yes", "y", "x", "1", "true", "wahr", "✓", "✔"}
_FALSE = {"nein", "n", "no", "0", "false", "falsch", "-"}
_LANGUAGE_LEVEL = re.compile(r"(.+?)\s*\(\s*([ABC][12]|native|muttersprache|Muttersprache)\s*\)", re.IGNORECASE)
MAX_LANGUAGE_LENGTH = 60
MAX_ENGAGEMENT_LENGTH = 120


_SALUTATION_BY_FORM = {**{fold(w) or w: c for w, c in SALUTATION_WORDS.items()}, **SALUTATION_WORDS}


def _is_none(text: str) -> bool:
    return not text.strip() or (bool(fold(text)) and fold(text) in _NO_SALUTATION)


def parse_salutation(text: str) -> tuple[str | None, list[str], list[str]]:
    """``(salutation code or None, title parts, unknown words)`` from "Herr Dr." and the like.

    Words with a full stop and known title words (Dr, Prof, Dipl …) are the academic title;
    anything else is unknown and reported.
    """
    if _is_none(text):
        return "none", [], []
    salutation, titles, unknown = None, [], []
    for token in text.replace(",", " ").split():
        plain = token.casefold().strip(".:")
        folded = fold(token)
        found = _SALUTATION_BY_FORM.get(plain) or _SALUTATION_BY_FORM.get(folded)
        if found and salutation is None:
            salutation = found
        elif folded in _NO_SALUTATION:
            continue
        elif "." in token or folded in _TITLE_WORDS:
            titles.append(token)
        else:
            unknown.append(token)
    return salutation, titles, unknown


_CONTROL = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]"
)
_CONTROL_NAMES = {0: "NUL", 7: "BEL", 8: "BS", 11: "VT", 12: "FF", 27: "ESC", 127: "DEL"}


def strip_controls(text: str) -> tuple[str, str]:
    """``(text without control characters, their names)``; tab and line break stay.

    "ESC (U+001B)" — the names go into the warning, the characters are never stored or printed.
    """
    found = _CONTROL.findall(text)
    if not found:
        return text, ""
    shown = []
    for sequence in dict.fromkeys(found):
        code = ord(sequence[0])
        name = _CONTROL_NAMES.get(code)
        label = f"{name} (U+{code:04X})" if name else f"U+{code:04X}"
        shown.append(label + (" mit Steuerfolge" if len(sequence) > 1 else ""))
    return _CONTROL.sub("", text), ", ".join(shown)


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
    """The ISO code for a country written as a code or a name in German or English ("Perú", "Greece",
    "Vereinigte Staaten", "USA"); None when unknown — never a guess."""
    value = text.strip()
    if re.fullmatch(r"[A-Za-z]{2}", value):
        import pycountry

        code = value.upper()
        if code == "UK":
            return "GB"
        return code if pycountry.countries.get(alpha_2=code) or code == "XK" else None
    return _country_index().get(_country_key(value))


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
