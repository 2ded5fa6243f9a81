"""One name model: the comparison forms of a person's name, in every script.

Everything in kidesk that asks "is this the same name?" (import matching, find duplicates, the
warning on entry, search, check-in, walk-ins) asks it here. Nothing here changes what is stored:
these are forms for *comparing* only.

What a comparison form does (see /docs and /work/shared/IDENTITY.md for the reasons):

* keeps the letters of every script (Arabic, Persian, Cyrillic, Latin …) — a name is never
  reduced to "";
* folds case; drops diacritics of Latin and Greek letters (NFKD without combining marks) but
  keeps what makes a different letter elsewhere (Cyrillic й ≠ и, ї ≠ і); ё → е;
* Latin: ß → ss, ı/İ → i, æ → ae, ø → o, ł → l, đ → d; the German umlauts give two forms, one
  with the base letter (Müller → muller, as Turkish names are written on German papers) and one
  with the transcription (Müller → mueller), so Müller = Mueller and Müller = Muller, while
  Michael and Michał stay apart;
* Arabic/Persian: ي ى ئ → ی, ك → ک, ة → ه, أ إ آ ٱ → ا, ؤ → و; harakat and tatweel removed;
* invisible marks (LRM, RLM, ALM, bidi embeddings and isolates, ZWSP, ZWNJ, ZWJ, BOM) removed;
* hyphens, apostrophes and spaces between name parts count as one gap (``words``), and the
  compact key ignores the gap altogether (Jean-Luc = Jean Luc = Jeanluc);
* particles (von, van, de, zu, al-, el-, bin, ibn, oğlu …) are kept, and a second key without
  them is offered as well (von Bülow = Bülow, Al-Husseini = Husseini, الحسيني = حسيني).

**An empty comparison form means unknown, never equal**: :func:`name_keys` returns no key for a
name that folds to nothing, and :func:`same_name` is then False.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: marks that change how text is shown, never which letters it has
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_INVISIBLE_TABLE = {ord(ch): None for ch in INVISIBLE}

_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "ı": "i",
        "İ": "i",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "ё": "е",
        "Ё": "е",
        # Arabic and Persian: one letter, two ways of writing it
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "\u0640": None,  # tatweel
        # apostrophes and hyphens of every kind are a gap between name parts
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "‐": "-",
        "‑": "-",
        "–": "-",
        "—": "-",
    }
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

#: words that mark a name part rather than being one (compared folded, so "oglu" covers oğlu)
PARTICLES = frozenset(
    {
        "von",
        "vom",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "ten",
        "ter",
        "zu",
        "zum",
        "zur",
        "al",
        "el",
        "ul",
        "bin",
        "ben",
        "ibn",
        "bint",
        "oglu",
        "ال",
        "بن",
        "بنت",
        "ابن",
    }
)
_ARABIC_ARTICLE = "ال"

#: what people type into a field that means "nothing here" (never a value, never a match)
PLACEHOLDERS = frozenset(
    {"-", "--", "---", "—", "–", "?", "??", "???", "n/a", "n. a.", "k.a.", "k. a.", "k.a", ".", "/"}
)


def strip_invisible(text: str) -> str:
    """``text`` without bidi and zero-width marks (for comparing; never store the result)."""
    return text.translate(_INVISIBLE_TABLE)


def is_placeholder(text: str | None) -> bool:
    """True for "—", "-", "n/a", "k.A.", "?" and the like: a field someone filled with nothing."""
    if text is None:
        return False
    plain = " ".join(strip_invisible(text).split()).casefold()
    return plain in PLACEHOLDERS


def _keeps_marks(base: str) -> bool:
    """Combining marks on Cyrillic letters make another letter (й, ї, ў); elsewhere they are accents."""
    return "\u0400" <= base <= "\u04ff"


def drop_accents(text: str) -> str:
    """``text`` without the accents of Latin (and Greek, Arabic) letters; Cyrillic й, ї, ў stay."""
    return _drop_marks(text)


def _drop_marks(text: str) -> str:
    out: list[str] = []
    base = ""
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch):
            if base and _keeps_marks(base):
                out.append(ch)
            continue
        base = ch
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


@functools.lru_cache(maxsize=65536)
def _fold(text: str, umlauts_as_digraphs: bool) -> str:
    text = strip_invisible(text)
    if umlauts_as_digraphs:
        text = unicodedata.normalize("NFC", text).translate(_UMLAUTS)
    return _drop_marks(text.translate(_LETTERS)).casefold().translate(_LETTERS)


def fold(text: str | None) -> str:
    """The comparison form of ``text``: words in lower case, single spaces, umlauts to base letters."""
    if not text:
        return ""
    return " ".join(words(text))


def words(text: str | None, *, umlauts_as_digraphs: bool = False) -> list[str]:
    """The folded words of a name; hyphens, apostrophes and spaces all separate words."""
    if not text:
        return []
    return _WORD.findall(_fold(text, umlauts_as_digraphs))


def _without_particles(parts: list[str]) -> list[str]:
    kept = [w for w in parts if w not in PARTICLES]
    kept = [w[2:] if w.startswith(_ARABIC_ARTICLE) and len(w) >= 5 else w for w in kept]
    return kept or parts


@functools.lru_cache(maxsize=65536)
def part_forms(text: str | None) -> frozenset[str]:
    """Every compact comparison form of one name part ("von Müller" → vonmuller, vonmueller,
    muller, mueller). Empty when the part holds no letter: unknown, matching nothing."""
    forms = set()
    for digraphs in (False, True):
        parts = words(text, umlauts_as_digraphs=digraphs)
        forms.add("".join(parts))
        forms.add("".join(_without_particles(parts)))
    forms.discard("")
    return frozenset(forms)


def has_letters(text: str | None) -> bool:
    return bool(part_forms(text))


def name_keys(first: str | None, last: str | None) -> frozenset[tuple[str, str]]:
    """Order-independent keys of a whole name: two names are the same when their keys meet.

    A part that is written but folds to nothing (only marks) makes the whole name unknown: no
    keys. A missing first name is allowed (``("", "muller")``); a missing last name too.
    """
    firsts, lasts = part_forms(first), part_forms(last)
    if (not firsts and (first or "").strip()) or (not lasts and (last or "").strip()):
        return frozenset()
    if not firsts and not lasts:
        return frozenset()
    keys = set()
    for a in firsts or {""}:
        for b in lasts or {""}:
            keys.add((a, b) if a <= b else (b, a))
    return frozenset(keys)


def same_name(first_a: str | None, last_a: str | None, first_b: str | None, last_b: str | None) -> bool:
    """True when the two names share a comparison form (in either order); unknown names never do."""
    return bool(name_keys(first_a, last_a) & name_keys(first_b, last_b))


def same_part(a: str | None, b: str | None) -> bool:
    """True when two name parts share a comparison form; an empty part matches nothing."""
    return bool(part_forms(a) & part_forms(b))


def search_variants(word: str) -> list[str]:
    """What one typed word may stand for in the search index: the folded word and, for a word
    with umlauts, also its transcription ("Müller" → muller, mueller)."""
    variants = []
    for digraphs in (False, True):
        for w in words(word, umlauts_as_digraphs=digraphs):
            if w not in variants:
                variants.append(w)
    return variants


def blocking_keys(first: str | None, last: str | None) -> set[str]:
    """Short keys (first three letters of either part, every form) to find candidates quickly."""
    keys = {form[:3] for form in part_forms(first) | part_forms(last)}
    keys.discard("")
    return keys


def display(first: str | None, last: str | None) -> str:
    """ "Nachname, Vorname" as a person reads it in a list."""
    return f"{last}, {first}" if first else (last or "")


# --------------------------------------------------------------------------- variants: suggestions only
#
# Everything below gives keys for *suggesting* that two names may be one person written in another
# script or spelling. They are lossy on purpose (vowels dropped, sounds merged) and must never decide
# a match on their own: import matching and the "same name" of find duplicates use name_keys() only.

_DIGRAPHS: tuple[tuple[str, str], ...] = (
    *(("dzh", "j"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("zh", "j"), ("th", "t")),
    *(("dh", "d"), ("ph", "f"), ("ts", "s"), ("dz", "z"), ("q", "k"), ("c", "k"), ("x", "h")),
)
_SKELETON_DROP = frozenset("aeiouyw")  # vowels, and the Arabic-script long vowels و ی written w/y
MIN_SKELETON = 3  # letters of both parts together: "Ali Ali" (l, l) is too little to suggest anything


def scripts(text: str | None) -> frozenset[str]:
    """The scripts the letters of ``text`` are written in: latin, arabic, cyrillic, greek, other."""
    found = set()
    for ch in strip_invisible(text or ""):
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for script in ("LATIN", "ARABIC", "CYRILLIC", "GREEK"):
            if name.startswith(script):
                found.add(script.lower())
                break
        else:
            found.add("other")
    return frozenset(found)


def _ascii(text: str) -> str:
    from anyascii import anyascii  # the transliteration table (see docs/NAMES.md: why anyascii)

    return anyascii(text).casefold()


@functools.lru_cache(maxsize=65536)
def skeleton(part: str | None) -> str:
    """The consonant skeleton of one name part, across scripts: transliterated to Latin letters,
    sounds every script writes differently merged (kh/х/خ → h, sh/ш/ش → s), vowels and the
    long-vowel letters w/y dropped (Arabic script writes no short vowels), double letters once, a
    final h dropped (ة/ه: Fatima = فاطمه). محمد, Мухаммад, Mohammad and Muhammad all give "mhmd"."""
    out = []
    for word in _without_particles(words(part)):
        text = "".join(ch for ch in _ascii(word) if "a" <= ch <= "z")
        for written, sound in _DIGRAPHS:
            text = text.replace(written, sound)
        text = "".join(ch for ch in text if ch not in _SKELETON_DROP)
        text = re.sub(r"(.)\1+", r"\1", text)
        if len(text) > 2 and text.endswith("h"):
            text = text[:-1]
        out.append(text)
    return "".join(out)


def skeleton_keys(first: str | None, last: str | None) -> frozenset[tuple[str, str]]:
    """Order-independent cross-script keys of a name; none when a part gives no letters or the
    two parts together have fewer than ``MIN_SKELETON`` (then anything would look alike)."""
    a, b = skeleton(first), skeleton(last)
    if not a or not b or len(a) + len(b) < MIN_SKELETON:
        return frozenset()
    return frozenset({(a, b) if a <= b else (b, a)})


@functools.lru_cache(maxsize=65536)
def cologne(part: str | None) -> str:
    """Kölner Phonetik of one name part (particles left out), e.g. Meyer/Meier/Mayr → "67"."""
    from cologne_phonetics import encode  # type: ignore[import-untyped]  # checked against published examples

    plain = " ".join(_ascii(w) for w in _without_particles(words(part)))
    plain = "".join(ch if "a" <= ch <= "z" else " " for ch in plain).strip()
    if not plain:
        return ""
    return "-".join(code for _word, code in encode(plain) if code)


def phonetic_keys(first: str | None, last: str | None) -> frozenset[tuple[str, str]]:
    """Order-independent Kölner-Phonetik keys of a Latin-script name (none for other scripts)."""
    if scripts(f"{first or ''} {last or ''}") != {"latin"}:
        return frozenset()
    a, b = cologne(first), cologne(last)
    if not a or not b:
        return frozenset()
    return frozenset({(a, b) if a <= b else (b, a)})


def variant_kind(first_a: str | None, last_a: str | None, first_b: str | None, last_b: str | None) -> str | None:
    """Why two names that do not match may still be one person: ``"script"`` (the same name in
    another script), ``"sound"`` (another Latin spelling of the same sound), or None.

    Within one non-Latin script no variant is suggested: there the letters themselves are
    compared (محمد/محمود, حسن/حسين are other names, though their skeletons meet)."""
    if same_name(first_a, last_a, first_b, last_b):
        return None
    script_a = scripts(f"{first_a or ''} {last_a or ''}")
    script_b = scripts(f"{first_b or ''} {last_b or ''}")
    if script_a and script_b and script_a != script_b:
        if skeleton_keys(first_a, last_a) & skeleton_keys(first_b, last_b):
            return "script"
        return None
    if phonetic_keys(first_a, last_a) & phonetic_keys(first_b, last_b):
        return "sound"
    return None
