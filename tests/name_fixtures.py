"""Names a KI office really sees, as labelled pairs (issue 11): written for these tests.

Each pair is ``(first_a, last_a, first_b, last_b, why)``.

* ``SAME``: one person written two ways *within one script* — the name model must match them.
* ``DIFFERENT``: two people (namesakes with other names, family members, a name in two scripts,
  names of only invisible marks) — the name model must not match them. A name in two scripts
  (Тарас Бондаренко / Taras Bondarenko) is a *suggestion* for later (issue 11 item 2), never a match.
"""

from __future__ import annotations

RLM, LRM, ZWNJ = "\u200f", "\u200e", "\u200c"

LONG_FIRST = "Maria Fernanda Alejandra Guadalupe"
LONG_LAST = "de los Santos García-Villanueva Rodríguez"  # with the first name: 70+ characters

SAME = [
    ("Тарас", "Бондаренко", "Тарас", "Бондаренко", "Cyrillic, entered twice"),
    ("Пётр", "Ёлкин", "Петр", "Елкин", "Cyrillic ё written е"),
    ("Олександр", "Бондаренко", "ОЛЕКСАНДР", "БОНДАРЕНКО", "Ukrainian, capitals"),
    ("فاطمة", "العلي", "فاطمه", "العلی", "Arabic ة/ه and ي/ی"),
    ("محمد", "رضايي", "مُحَمَّد", "رضایی", "harakat; Arabic yeh vs Persian yeh"),
    ("علي", "كريمي", "على", "کریمی", "alef maksura; Arabic kaf vs Persian kaf"),
    ("أحمد", "الحسيني", "احمد", "حسيني", "hamza on alef; article al- as a particle"),
    ("زهرا", "رضایی" + ZWNJ + "نژاد", "زهرا", "رضایینژاد", "Persian compound with ZWNJ"),
    (RLM + "سارا", "احمدی" + LRM, "سارا", "احمدی", "pasted bidi marks"),
    ("هێمن", "ڕەشید", "هێمن", "ڕەشـید", "Sorani Kurdish, tatweel"),
    ("ځلمی", "یوسفزی", "ځلمي", "یوسفزي", "Pashto, Arabic yeh"),
    ("گل", "احمدزی", "گل", "أحمدزي", "Dari"),
    ("Hêmin", "Xelîl", "Hemin", "Xelil", "Kurmanji in Latin letters"),
    ("Ayşe", "Yılmaz", "Ayse", "Yilmaz", "Turkish marks dropped"),
    ("Şükrü", "Yıldırımoğlu", "SUKRU", "YILDIRIMOGLU", "Turkish, capitals"),
    ("İbrahim", "Öztürk", "Ibrahim", "Oeztuerk", "Turkish İ; ö ü written oe ue"),
    ("Jürgen", "Müller", "Juergen", "Mueller", "German ü/ue"),
    ("Jürgen", "Müller", "Jurgen", "Muller", "German ü without marks"),
    ("Klaus", "Weiß", "Klaus", "Weiss", "German ß/ss"),
    ("Hans", "von Bülow", "Hans", "Bülow", "particle von"),
    ("Bernd", "Meyer zu Bexten", "Bernd", "Meyer-zu-Bexten", "particle zu, hyphens as gaps"),
    ("Ahmad", "Al-Husseini", "Ahmad", "al Husseini", "particle al-"),
    ("Ali", "Yılmaz", "Yilmaz", "Ali", "first and last name swapped"),
    (LONG_FIRST, LONG_LAST, LONG_FIRST.upper(), "de los Santos Garcia-Villanueva Rodriguez", "70 characters"),
]

DIFFERENT = [
    ("Олена", "Ковальчук", "Олена", "Бондаренко", "same first name, other last name"),
    ("محمد", "العلي", "Олена", "Коваленко", "two non-Latin names"),
    ("محمد", "علي", "محمود", "علي", "Mohammed / Mahmoud"),
    ("حسن", "كريمي", "حسين", "كريمي", "Hassan / Hussein"),
    ("Тарас", "Бондаренко", "Taras", "Bondarenko", "same name in two scripts: a suggestion, not a match"),
    ("محمد", "رحیمی", "Mohammad", "Rahimi", "same name in two scripts"),
    ("Ayşe", "Yılmaz", "Ali", "Yılmaz", "family members"),
    ("Fatima", "Hassan", "Omar", "Hassan", "family members"),
    ("Ali", "Yılmaz", "Ali", "Yıldız", "other family"),
    ("Michael", "Nowak", "Michał", "Nowak", "Michael is not Michał"),
    ("Йосип", "Бондар", "Иосип", "Бондар", "Cyrillic й is not и"),
    (RLM, RLM, RLM, RLM, "names of only marks: unknown, never equal"),
    ("", ZWNJ, "", LRM, "last names of only marks"),
]

#: contacts in the database for the import and duplicate tests: (first, last, email, phone, street, postcode)
HOUSEHOLD_EMAIL = "familie.yilmaz@example.org"
EXISTING = [
    ("Тарас", "Бондаренко", "taras@example.org", "05221 111111", "Lange Straße 1", "32052"),
    ("فاطمة", "العلي", "fatima.alali@example.org", None, "Mühlenstraße 3", "32049"),
    ("Ali", "Yılmaz", HOUSEHOLD_EMAIL, "05221 222222", "Bahnhofstraße 12", "32052"),
    ("Mohammed", "Ali", "m.ali@example.org", "0171 3333333", "Goebenstraße 5", "32052"),
    ("Jürgen", "Müller", "juergen.mueller@example.org", None, None, None),
    ("Олена", "Ковальчук", "olena.k@example.org", None, None, None),
]

#: rows of new people in every script, each with an e-mail nobody has: all must be created
NEW_PEOPLE = [
    ("محمد", "الحسن", "m.alhassan@example.org"),
    ("زهرا", "رضایی" + ZWNJ + "نژاد", "zahra.r@example.org"),
    ("هێمن", "ڕەشید", "hemin@example.org"),
    ("ځلمی", "یوسفزی", "zalmai@example.org"),
    ("Андрій", "Мельник", "andrii@example.org"),
    ("Олена", "Бондаренко", "olena.b@example.org"),
    ("Şükrü", "Yıldırım", "sukru@example.org"),
    ("Xelîl", "Hêmin", "xelil@example.org"),
    ("Ayşe", "Yılmaz", "ayse.yilmaz@example.org"),
    ("Taras", "Bondarenko", "t.bondarenko@example.org"),
    ("Mohammad", "Rahimi", "m.rahimi@example.org"),
]
