"""Names a KI office really sees, as labelled pairs (issue 11): written for these tests.

Each pair is ``(first_a, last_a, first_b, last_b, why)``.

* ``SAME``: one person written two ways *within one script* — the name model must match them.
* ``DIFFERENT_PEOPLE``: two people (namesakes with other names, family members, names of only
  invisible marks) — never matched, and *Find duplicates* never scores them at merge level.
* ``SUGGEST``: maybe one person, in another script or another Latin spelling (Mohammad Rahimi /
  محمد رحیمی / Muhammad Rahimi) — never matched automatically, but *suggested* with a lower score.
* ``DIFFERENT`` = both: nothing the name model may match on its own.
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
    ("شێرکۆ", "عەلی", "شێرکۆ", "عەلي", "Sorani, Arabic yeh"),
    ("فرشته", "نوری", "فرشته", "نوري", "Dari, Arabic yeh"),
    ("زرمینه", "وردګ", "زرمينه", "وردګ", "Pashto, Arabic yeh in the first name"),
    (LONG_FIRST, LONG_LAST, LONG_FIRST.upper(), "de los Santos Garcia-Villanueva Rodriguez", "70 characters"),
]

DIFFERENT_PEOPLE = [
    ("Олена", "Ковальчук", "Олена", "Бондаренко", "same first name, other last name"),
    ("محمد", "العلي", "Олена", "Коваленко", "two non-Latin names"),
    ("محمد", "علي", "محمود", "علي", "Mohammed / Mahmoud"),
    ("حسن", "كريمي", "حسين", "كريمي", "Hassan / Hussein"),
    ("Olena", "Ковальчук", "Olena", "Бондаренко", "same Latin first name, other Cyrillic last name"),
    ("هێمن", "ڕەشید", "Hemin", "Karim", "the same first name in two scripts, other last name"),
    ("Ayşe", "Yılmaz", "Ali", "Yılmaz", "family members"),
    ("Fatima", "Hassan", "Omar", "Hassan", "family members"),
    ("Ali", "Yılmaz", "Ali", "Yıldız", "other family"),
    (RLM, RLM, RLM, RLM, "names of only marks: unknown, never equal"),
    ("", ZWNJ, "", LRM, "last names of only marks"),
    ("هێمن", "ڕەشید", "هێمن", "ڕەسوڵ", "Sorani: same first name, other family"),
    ("فرشته", "نوری", "احمد", "نوری", "Dari: family members"),
    ("ځلمی", "یوسفزی", "ځلمی", "احمدزی", "Pashto: same first name, other tribe name"),
    ("شیرین", "کریمی", "شیرین", "رحیمی", "Persian: Karimi is not Rahimi"),
]

SUGGEST = [
    ("Mohammad", "Rahimi", "محمد", "رحیمی", "Persian and Latin script"),
    ("Muhammad", "Rahimi", "محمد", "رحیمی", "Persian and another Latin spelling"),
    ("Mohammad", "Rahimi", "Muhammad", "Rahimi", "two Latin spellings"),
    ("Тарас", "Бондаренко", "Taras", "Bondarenko", "Ukrainian and Latin script"),
    ("Олена", "Ковальчук", "Olena", "Kovalchuk", "Ukrainian and Latin script, ch"),
    ("هێمن", "ڕەشید", "Hêmin", "Reşîd", "Sorani in Arabic and in Latin (Hawar) script"),
    ("هێمن", "ڕەشید", "Hemin", "Rashid", "Sorani and an English spelling"),
    ("فرشته", "نوری", "Fereshta", "Noori", "Dari and Latin script"),
    ("Fereshta", "Noori", "Freshta", "Nuri", "Dari name, two Latin spellings"),
    ("ځلمی", "یوسفزی", "Zalmai", "Yousafzai", "Pashto and Latin script"),
    ("Zalmai", "Yousafzai", "Zalmay", "Yusufzai", "Pashto name, two Latin spellings"),
    ("گل", "احمدزی", "Gul", "Ahmadzai", "Dari/Pashto and Latin script"),
    ("Hans", "Meier", "Hans", "Mayr", "Kölner Phonetik: Meier / Mayr"),
    ("Michael", "Nowak", "Michał", "Nowak", "Michael is not Michał, but may be a typing of it"),
    ("Йосип", "Бондар", "Иосип", "Бондар", "Cyrillic й is not и: Ukrainian / Russian spelling"),
]

DIFFERENT = DIFFERENT_PEOPLE + SUGGEST

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
