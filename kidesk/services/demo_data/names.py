"""Invented names of the demo set (German, Turkish, Arabic, Farsi, Ukrainian, Kurdish; some in
Arabic, Persian or Cyrillic script) and the picker that draws unique ones from a seeded rng.
Tuples are (as written, Latin transliteration)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

_GERMAN_F = "Anna Sabine Claudia Birgit Monika Katrin Julia Lena Sandra Heike Ute Andrea Martina Nicole Stefanie Ursula Marion Gabriele Jana Sophie Laura Ines Silke Anke Dagmar Renate Elke Friederike Hanna Carla".split()
_GERMAN_M = "Thomas Michael Andreas Frank Stefan Markus Klaus Uwe Dirk Holger Matthias Jan Tobias Sebastian Bernd Wolfgang Rainer Carsten Jens Lukas Felix Hendrik Volker Detlef Henning Ole".split()
_GERMAN_LAST = (
    "Brinkmann Niemeyer Kleine Oberschelp Wehmeier Tiemann Husemann Steinkamp Depping Hartmann Kröger Böke "
    "Strunk Vahle Pohlmann Budde Höner Kuhlmann Sieker Wittenbrink Oevermann Landwehr Nolting Rieke Tölke "
    "Hagedorn Obermeier Becker Schäfer Krüger Wagner Koch Richter Klein Wolf Neumann Zimmermann Braun "
    "Hofmann Lange Vogt Fuchs Meyer Schröder Große-Wöstmann Bußmann Dreier Heitmann Stüker Eikmeier"
).split()
_GERMAN_LAST += ["Meyer zu Bexten", "Meier zu Evenhausen"]
_TURKISH_F = "Ayşe Fatma Elif Zeynep Şule Gülşen Özlem Derya Hatice Emine Sevgi Büşra Dilek Gökçe Yağmur İpek".split()
_TURKISH_M = (
    "Mehmet Mustafa Ahmet Hüseyin İbrahim Gökhan Serkan Ümit Oğuz Çağrı Murat Kadir Barış Tolga Yusuf Cem".split()
)
_TURKISH_LAST = "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç Özkan Şimşek Polat Güneş Erdem Aktaş Korkmaz".split()
_ARABIC_F = "Amira Fatima Layla Nour Rania Samira Hala Dana Yasmin Reem".split()
_ARABIC_M = "Ahmad Mohammed Khaled Omar Yousef Ali Hassan Mahmoud Bilal Tarek Samer Fadi".split()
_ARABIC_LAST = (
    "Al-Hassan Haddad Khalil Nasser Saleh Mansour Darwish Haidar Suleiman Hamdan Al-Masri Abboud Kanaan".split()
)
_ARABIC_SCRIPT_F = [
    ("ليلى", "Layla"),
    ("فاطمة", "Fatima"),
    ("نور", "Nour"),
    ("سلمى", "Salma"),
    ("رنا", "Rana"),
    ("هبة", "Hiba"),
    ("مريم", "Maryam"),
]
_ARABIC_SCRIPT_M = [
    ("أحمد", "Ahmad"),
    ("محمد", "Mohammed"),
    ("خالد", "Khaled"),
    ("عمر", "Omar"),
    ("يوسف", "Yousef"),
    ("سامر", "Samer"),
    ("طارق", "Tarek"),
    ("حسن", "Hassan"),
]
_ARABIC_SCRIPT_LAST = [
    ("الحسن", "Al-Hassan"),
    ("حداد", "Haddad"),
    ("خليل", "Khalil"),
    ("ناصر", "Nasser"),
    ("صالح", "Saleh"),
    ("منصور", "Mansour"),
    ("درويش", "Darwish"),
    ("العلي", "Al-Ali"),
    ("الخطيب", "Al-Khatib"),
    ("حمدان", "Hamdan"),
]
_FARSI_F = "Maryam Zahra Parisa Shirin Fereshteh Leila Mahsa Roya Azadeh".split()
_FARSI_M = "Reza Hossein Mehdi Amir Dariush Babak Kaveh Farhad Saeed Arash".split()
_FARSI_LAST = "Rahimi Hosseini Mohammadi Karimi Ahmadi Rezaei Jafari Sadeghi Moradi Azizi Tehrani Kazemi".split()
_PERSIAN_SCRIPT_F = [
    ("زهرا", "Zahra"),
    ("پریسا", "Parisa"),
    ("شیرین", "Shirin"),
    ("ژیلا", "Zhila"),
    ("مهسا", "Mahsa"),
    ("رویا", "Roya"),
]
_PERSIAN_SCRIPT_M = [
    ("رضا", "Reza"),
    ("مهدی", "Mehdi"),
    ("کاوه", "Kaveh"),
    ("بابک", "Babak"),
    ("فرهاد", "Farhad"),
    ("پویا", "Pouya"),
]
_PERSIAN_SCRIPT_LAST = [
    ("رضایی", "Rezaei"),
    ("کریمی", "Karimi"),
    ("پورمحمدی", "Pourmohammadi"),
    ("چمنی", "Chamani"),
    ("موسوی", "Mousavi"),
    ("گلستانی", "Golestani"),
    ("ژیان", "Zhian"),
]
_UKR_F = "Олена Наталія Оксана Ірина Юлія Тетяна Світлана Марія".split()
_UKR_M = "Андрій Олександр Тарас Дмитро Сергій Богдан Василь Іван".split()
_UKR_LAST = (
    "Коваленко Шевчук Бондаренко Ткаченко Кравченко Мельник Бойко Лисенко Савчук Поліщук Гончаренко Руденко".split()
)
_KURD_F = "Rojîn Hêvî Berfîn Nûjîn Zozan Dilan Viyan Jînda Rûken".split()
_KURD_M = "Azad Şêrko Rêber Dilovan Serhat Welat Cûdî Zana Hejar".split()
_KURD_LAST = "Zêbarî Çiya Şêx Amedî Botan Xelîl Dêrsimî Hesen Mîran Goyî Serhedî Baran".split()

_UKR_TRANSLIT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
}

# The native languages by culture, as the office writes them.
NATIVE_LANGUAGE = {
    "de": "Deutsch",
    "tr": "Türkisch",
    "ar": "Arabisch",
    "fa": "Farsi",
    "uk": "Ukrainisch",
    "ku": "Kurdisch",
}


def ukrainian_latin(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in _UKR_TRANSLIT:
            latin = _UKR_TRANSLIT[low]
            out.append(latin.capitalize() if ch != low else latin)
        else:
            out.append(ch)
    return "".join(out)


def ascii_mail_part(text: str) -> str:
    """'Ayşe' -> 'ayse', 'Große-Wöstmann' -> 'grosse-woestmann': the local part of an invented address."""
    text = text.lower().replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(c if c.isascii() and (c.isalnum() or c == "-") else "" for c in text.replace(" ", "-"))


@dataclass
class Person:
    first: str
    last: str
    latin_first: str
    latin_last: str
    sex: str  # "f" | "m"
    culture: str  # de, tr, ar, fa, uk, ku

    @property
    def salutation(self) -> str:
        return "mrs" if self.sex == "f" else "mr"


@dataclass
class NamePicker:
    """Draws unique invented names; the same rng state gives the same sequence."""

    rng: random.Random
    used: set[tuple[str, str]] = field(default_factory=set)
    # Banned: the real person named in the seed texts.
    banned_last: frozenset[str] = frozenset({"Kirchhoff", "Schwenk", "Samimi", "Müller"})

    def pick(self, culture: str, *, own_script: bool = False) -> Person:
        for _ in range(200):
            person = self._draw(culture, own_script)
            key = (person.first, person.last)
            if key not in self.used and person.latin_last not in self.banned_last:
                self.used.add(key)
                return person
        raise RuntimeError(f"name pool exhausted for {culture}")  # a programming error, not a user's

    def _draw(self, culture: str, own_script: bool) -> Person:
        rng = self.rng
        sex = rng.choice("fm")
        if culture == "de":
            first = rng.choice(_GERMAN_F if sex == "f" else _GERMAN_M)
            last = rng.choice(_GERMAN_LAST)
            return Person(first, last, first, last, sex, culture)
        if culture == "tr":
            first = rng.choice(_TURKISH_F if sex == "f" else _TURKISH_M)
            last = rng.choice(_TURKISH_LAST)
            return Person(first, last, first, last, sex, culture)
        if culture == "ar":
            if own_script:
                first, lfirst = rng.choice(_ARABIC_SCRIPT_F if sex == "f" else _ARABIC_SCRIPT_M)
                last, llast = rng.choice(_ARABIC_SCRIPT_LAST)
                return Person(first, last, lfirst, llast, sex, culture)
            first = rng.choice(_ARABIC_F if sex == "f" else _ARABIC_M)
            last = rng.choice(_ARABIC_LAST)
            return Person(first, last, first, last, sex, culture)
        if culture == "fa":
            if own_script:
                first, lfirst = rng.choice(_PERSIAN_SCRIPT_F if sex == "f" else _PERSIAN_SCRIPT_M)
                last, llast = rng.choice(_PERSIAN_SCRIPT_LAST)
                return Person(first, last, lfirst, llast, sex, culture)
            first = rng.choice(_FARSI_F if sex == "f" else _FARSI_M)
            last = rng.choice(_FARSI_LAST)
            return Person(first, last, first, last, sex, culture)
        if culture == "uk":
            first = rng.choice(_UKR_F if sex == "f" else _UKR_M)
            last = rng.choice(_UKR_LAST)
            lfirst, llast = ukrainian_latin(first), ukrainian_latin(last)
            if own_script:
                return Person(first, last, lfirst, llast, sex, culture)
            return Person(lfirst, llast, lfirst, llast, sex, culture)
        if culture == "ku":
            first = rng.choice(_KURD_F if sex == "f" else _KURD_M)
            last = rng.choice(_KURD_LAST)
            return Person(first, last, first, last, sex, culture)
        raise ValueError(culture)
