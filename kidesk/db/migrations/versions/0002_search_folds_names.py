"""Search index folds names in every script: Arabic/Persian letter forms, harakat, ß, ё, bidi marks.

The FTS5 tokenizer (``unicode61 remove_diacritics 2``) folds case and Latin accents, but not
Arabic ي/ی, ك/ک, ة/ه, أ/إ/آ/ا, the harakat of a vocalised name (مُحَمَّد), German ß, Cyrillic ё
or a pasted right-to-left mark. The triggers now fold those before the text reaches the index
(the query side folds the same way, :func:`kidesk.db.search.search_fold`), and a contact's or an
organisation's name is indexed a second time with ä/ö/ü written ae/oe/ue, so "Mueller" finds
Müller. The index is rebuilt from the tables.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copy (a migration keeps meaning what it meant when written); tests/db/test_search.py
# asserts that kidesk.db.search.SEARCH_FOLD still equals it. Bidi and zero-width marks need no
# entry: the tokenizer treats them as separators on both sides.
SEARCH_FOLD: tuple[tuple[str, str], ...] = (
    ("ı", "i"),
    ("İ", "I"),
    ("ß", "ss"),
    ("ẞ", "SS"),
    ("ё", "е"),
    ("Ё", "Е"),
    ("ي", "ی"),
    ("ى", "ی"),
    ("ئ", "ی"),
    ("ك", "ک"),
    ("ة", "ه"),
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ؤ", "و"),
    *((chr(c), "") for c in range(0x064B, 0x0656)),  # harakat (the tokenizer would split the word there)
    ("\u0670", ""),  # superscript alef
    ("\u0640", ""),  # tatweel
)
DIGRAPHS: tuple[tuple[str, str], ...] = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"))
_CHUNK = 15  # SQLite's parser stack takes about twenty nested calls inside a trigger


def _replace(expr: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        expr = f"replace({expr}, '{old}', '{new}')"
    return expr


def _fold_first(expr: str) -> str:
    return _replace(expr, SEARCH_FOLD[:_CHUNK])


def _fold_rest(expr: str) -> str:
    return _replace(expr, SEARCH_FOLD[_CHUNK:])


_CONTACT_LABEL = "trim(coalesce(c.title || ' ', '') || c.first_name || ' ' || c.last_name)"
_CONTACT_BODY = (
    "coalesce(c.function, '') || ' ' || coalesce(c.department, '') || ' ' || coalesce(c.email, '') || ' ' || "
    "coalesce(c.city, '') || ' ' || coalesce(c.phone, '') || ' ' || coalesce(c.languages, '') || ' ' || "
    "coalesce((SELECT group_concat(o.name || ' ' || coalesce(o.short_name, ''), ' ') "
    "FROM affiliations a JOIN organisations o ON o.id = a.organisation_id WHERE a.contact_id = c.id), '')"
)
_ORG_LABEL = "o.name"
_ORG_BODY = (
    "coalesce(o.short_name, '') || ' ' || coalesce(o.city, '') || ' ' || coalesce(o.email, '') || ' ' || "
    "coalesce(o.street, '') || ' ' || coalesce((SELECT p.name FROM organisations p WHERE p.id = o.parent_id), '')"
)
_EVENT_LABEL = "e.title"
_EVENT_BODY = (
    "coalesce(e.subtitle, '') || ' ' || coalesce(e.venue_name, '') || ' ' || coalesce(e.venue_city, '') || ' ' || "
    "coalesce(e.room, '') || ' ' || coalesce((SELECT s.title FROM event_series s WHERE s.id = e.series_id), '')"
)


def _insert(table: str, alias: str, code: int, label: str, body: str, where: str) -> str:
    """The title (indexed, never shown) holds the name folded, and for people and organisations
    once more with ae/oe/ue; the body is shown as the hit's detail. Folding runs in two steps
    (an inner and an outer SELECT) to stay within SQLite's parser depth."""
    title = label if code == 2 else f"{label} || ' ' || {_replace(label, DIGRAPHS)}"
    return (
        "INSERT INTO search_index(rowid, label, title, body) "
        f"SELECT rid, lbl, {_fold_rest('t')}, {_fold_rest('b')} FROM ("
        f"SELECT {alias}.id * 4 + {code} AS rid, {label} AS lbl, {_fold_first(title)} AS t, {_fold_first(body)} AS b "
        f"FROM {table} {alias} WHERE {where});"
    )


def _contact_refresh(id_expr: str) -> str:
    return f"DELETE FROM search_index WHERE rowid = ({id_expr}) * 4;" + _insert(
        "contacts", "c", 0, _CONTACT_LABEL, _CONTACT_BODY, f"c.id = {id_expr}"
    )


def _org_refresh(id_expr: str) -> str:
    return f"DELETE FROM search_index WHERE rowid = ({id_expr}) * 4 + 1;" + _insert(
        "organisations", "o", 1, _ORG_LABEL, _ORG_BODY, f"o.id = {id_expr}"
    )


def _event_refresh(id_expr: str) -> str:
    return f"DELETE FROM search_index WHERE rowid = ({id_expr}) * 4 + 2;" + _insert(
        "events", "e", 2, _EVENT_LABEL, _EVENT_BODY, f"e.id = {id_expr}"
    )


_TRIGGERS = {
    "contacts_search_ai": f"AFTER INSERT ON contacts BEGIN {_contact_refresh('new.id')} END",
    "contacts_search_au": f"AFTER UPDATE ON contacts BEGIN DELETE FROM search_index WHERE rowid = old.id * 4; {_contact_refresh('new.id')} END",
    "contacts_search_ad": "AFTER DELETE ON contacts BEGIN DELETE FROM search_index WHERE rowid = old.id * 4; END",
    "affiliations_search_ai": f"AFTER INSERT ON affiliations BEGIN {_contact_refresh('new.contact_id')} END",
    "affiliations_search_au": (
        f"AFTER UPDATE ON affiliations BEGIN {_contact_refresh('old.contact_id')} {_contact_refresh('new.contact_id')} END"
    ),
    "affiliations_search_ad": f"AFTER DELETE ON affiliations BEGIN {_contact_refresh('old.contact_id')} END",
    "organisations_search_ai": f"AFTER INSERT ON organisations BEGIN {_org_refresh('new.id')} END",
    "organisations_search_au": (
        "AFTER UPDATE ON organisations BEGIN "
        f"DELETE FROM search_index WHERE rowid = old.id * 4 + 1; {_org_refresh('new.id')} "
        # people are found by their organisation's name: refresh those working there
        "DELETE FROM search_index WHERE rowid IN (SELECT contact_id * 4 FROM affiliations WHERE organisation_id = new.id);"
        + _insert(
            "contacts",
            "c",
            0,
            _CONTACT_LABEL,
            _CONTACT_BODY,
            "c.id IN (SELECT contact_id FROM affiliations WHERE organisation_id = new.id)",
        )
        + " END"
    ),
    "organisations_search_ad": "AFTER DELETE ON organisations BEGIN DELETE FROM search_index WHERE rowid = old.id * 4 + 1; END",
    "events_search_ai": f"AFTER INSERT ON events BEGIN {_event_refresh('new.id')} END",
    "events_search_au": f"AFTER UPDATE ON events BEGIN DELETE FROM search_index WHERE rowid = old.id * 4 + 2; {_event_refresh('new.id')} END",
    "events_search_ad": "AFTER DELETE ON events BEGIN DELETE FROM search_index WHERE rowid = old.id * 4 + 2; END",
    "event_series_search_au": (
        "AFTER UPDATE OF title ON event_series BEGIN "
        "DELETE FROM search_index WHERE rowid IN (SELECT id * 4 + 2 FROM events WHERE series_id = new.id);"
        + _insert("events", "e", 2, _EVENT_LABEL, _EVENT_BODY, "e.series_id = new.id")
        + " END"
    ),
}


# --- PostgreSQL (issue 20) ----------------------------------------------------------------------------
# The same index on a server: a plain table with the same rowid code (id * 4 + kind), label, title and
# body, plus a tsvector ``document`` under a GIN index. Words are made exactly as the FTS5 tokenizer
# makes them, without depending on the server's locale or extensions: SEARCH_FOLD first (as on
# SQLite), then one translate() with what ``unicode61 remove_diacritics 2`` does per character
# (SEPARATORS become spaces; FOLD_FROM -> FOLD_TO folds case and Latin accents), read off SQLite's own
# tokenizer for U+0001-U+024F, Greek, Cyrillic, Armenian, Arabic, Latin Extended Additional and the
# general punctuation block. The words go into the tsvector unchanged (array_to_tsvector: no parser,
# no dictionary), so "simple" configuration semantics with SQLite's word boundaries. kidesk.db.search_pg
# folds the typed text with these same tables.
SEPARATORS = (
    "\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18"
    "\x19\x1a\x1b\x1c\x1d\x1e\x1f\x20!\x22#$%&\x27()*+,-./:"
    ";<=>?@[\x5c]^_`{|}~\x7f\x80\x81\x82\x83\x84\x85\x86"
    "\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e"
    "\x9f\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xab\xac\xad\xae\xaf\xb0\xb1\xb4\xb6\xb7\xb8\xbb\xbf"
    "\xd7\xf7\u0375\u037e\u0384\u0385\u0387\u03f6\u0482\u0483\u0484\u0485\u0486\u0487\u0488\u0489\u055a\u055b\u055c\u055d\u055e\u055f\u0589\u058a"
    "\u058f\u0600\u0601\u0602\u0603\u0604\u0606\u0607\u0608\u0609\u060a\u060b\u060c\u060d\u060e\u060f\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617"
    "\u0618\u0619\u061a\u061b\u061e\u061f\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065a\u065b\u065c"
    "\u065d\u065e\u065f\u066a\u066b\u066c\u066d\u0670\u06d4\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06dd\u06de\u06df\u06e0\u06e1\u06e2\u06e3\u06e4"
    "\u06e7\u06e8\u06e9\u06ea\u06eb\u06ec\u06ed\u06fd\u06fe\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u200e"
    "\u200f\u2010\u2011\u2012\u2013\u2014\u2015\u2016\u2017\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2020\u2021\u2022\u2023\u2024\u2025\u2026"
    "\u2027\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u202f\u2030\u2031\u2032\u2033\u2034\u2035\u2036\u2037\u2038\u2039\u203a\u203b\u203c\u203d\u203e"
    "\u203f\u2040\u2041\u2042\u2043\u2044\u2045\u2046\u2047\u2048\u2049\u204a\u204b\u204c\u204d\u204e\u204f\u2050\u2051\u2052\u2053\u2054\u2055\u2056"
    "\u2057\u2058\u2059\u205a\u205b\u205c\u205d\u205e\u205f\u2060\u2061\u2062\u2063\u2064\u206a\u206b\u206c\u206d\u206e\u206f\u20a0\u20a1\u20a2\u20a3"
    "\u20a4\u20a5\u20a6\u20a7\u20a8\u20a9\u20aa\u20ab\u20ac\u20ad\u20ae\u20af\u20b0\u20b1\u20b2\u20b3\u20b4\u20b5\u20b6\u20b7\u20b8\u20b9\u2100\u2101"
    "\u2103\u2104\u2105\u2106\u2108\u2109\u2114\u2116\u2117\u2118\u211e\u211f\u2120\u2121\u2122\u2123\u2125\u2127\u2129\u212e\u213a\u213b\u2140\u2141"
    "\u2142\u2143\u2144\u214a\u214b\u214c\u214d\u214f\u2190\u2191\u2192\u2193\u2194\u2195\u2196\u2197\u2198\u2199\u219a\u219b\u219c\u219d\u219e\u219f"
    "\u21a0\u21a1\u21a2\u21a3\u21a4\u21a5\u21a6\u21a7\u21a8\u21a9\u21aa\u21ab\u21ac\u21ad\u21ae\u21af\u21b0\u21b1\u21b2\u21b3\u21b4\u21b5\u21b6\u21b7"
    "\u21b8\u21b9\u21ba\u21bb\u21bc\u21bd\u21be\u21bf\u21c0\u21c1\u21c2\u21c3\u21c4\u21c5\u21c6\u21c7\u21c8\u21c9\u21ca\u21cb\u21cc\u21cd\u21ce\u21cf"
    "\u21d0\u21d1\u21d2\u21d3\u21d4\u21d5\u21d6\u21d7\u21d8\u21d9\u21da\u21db\u21dc\u21dd\u21de\u21df\u21e0\u21e1\u21e2\u21e3\u21e4\u21e5\u21e6\u21e7"
    "\u21e8\u21e9\u21ea\u21eb\u21ec\u21ed\u21ee\u21ef\u21f0\u21f1\u21f2\u21f3\u21f4\u21f5\u21f6\u21f7\u21f8\u21f9\u21fa\u21fb\u21fc\u21fd\u21fe\u21ff"
    "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff"
)
FOLD_FROM = (
    "ABCDEFGHIJKLMNOPQRSTUVWX"
    "YZ\xb5\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4"
    "\xd5\xd6\xd8\xd9\xda\xdb\xdc\xdd\xde\xe0\xe1\xe2\xe3\xe4\xe5\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef"
    "\xf1\xf2\xf3\xf4\xf5\xf6\xf9\xfa\xfb\xfc\xfd\xff\u0100\u0101\u0102\u0103\u0104\u0105\u0106\u0107\u0108\u0109\u010a\u010b"
    "\u010c\u010d\u010e\u010f\u0110\u0112\u0113\u0114\u0115\u0116\u0117\u0118\u0119\u011a\u011b\u011c\u011d\u011e\u011f\u0120\u0121\u0122\u0123\u0124"
    "\u0125\u0126\u0128\u0129\u012a\u012b\u012c\u012d\u012e\u012f\u0130\u0132\u0134\u0135\u0136\u0137\u0139\u013a\u013b\u013c\u013d\u013e\u013f\u0141"
    "\u0143\u0144\u0145\u0146\u0147\u0148\u014a\u014c\u014d\u014e\u014f\u0150\u0151\u0152\u0154\u0155\u0156\u0157\u0158\u0159\u015a\u015b\u015c\u015d"
    "\u015e\u015f\u0160\u0161\u0162\u0163\u0164\u0165\u0166\u0168\u0169\u016a\u016b\u016c\u016d\u016e\u016f\u0170\u0171\u0172\u0173\u0174\u0175\u0176"
    "\u0177\u0178\u0179\u017a\u017b\u017c\u017d\u017e\u017f\u0181\u0182\u0184\u0186\u0187\u0189\u018a\u018b\u018e\u018f\u0190\u0191\u0193\u0194\u0196"
    "\u0197\u0198\u019c\u019d\u019f\u01a0\u01a1\u01a2\u01a4\u01a6\u01a7\u01a9\u01ac\u01ae\u01af\u01b0\u01b1\u01b2\u01b3\u01b5\u01b7\u01b8\u01bc\u01c4"
    "\u01c5\u01c7\u01c8\u01ca\u01cb\u01cd\u01ce\u01cf\u01d0\u01d1\u01d2\u01d3\u01d4\u01d5\u01d6\u01d7\u01d8\u01d9\u01da\u01db\u01dc\u01de\u01df\u01e0"
    "\u01e2\u01e4\u01e6\u01e7\u01e8\u01e9\u01ea\u01eb\u01ec\u01ed\u01ee\u01f0\u01f1\u01f2\u01f4\u01f5\u01f6\u01f7\u01f8\u01f9\u01fa\u01fb\u01fc\u01fe"
    "\u0200\u0201\u0202\u0203\u0204\u0205\u0206\u0207\u0208\u0209\u020a\u020b\u020c\u020d\u020e\u020f\u0210\u0211\u0212\u0213\u0214\u0215\u0216\u0217"
    "\u0218\u0219\u021a\u021b\u021c\u021e\u021f\u0220\u0222\u0224\u0226\u0227\u0228\u0229\u022a\u022b\u022c\u022d\u022e\u022f\u0230\u0231\u0232\u0233"
    "\u023a\u023b\u023d\u023e\u0241\u0243\u0244\u0245\u0246\u0248\u024a\u024c\u024e\u0370\u0372\u0376\u0386\u0388\u0389\u038a\u038c\u038e\u038f\u0391"
    "\u0392\u0393\u0394\u0395\u0396\u0397\u0398\u0399\u039a\u039b\u039c\u039d\u039e\u039f\u03a0\u03a1\u03a3\u03a4\u03a5\u03a6\u03a7\u03a8\u03a9\u03aa"
    "\u03ab\u03c2\u03cf\u03d0\u03d1\u03d5\u03d6\u03d8\u03da\u03dc\u03de\u03e0\u03e2\u03e4\u03e6\u03e8\u03ea\u03ec\u03ee\u03f0\u03f1\u03f4\u03f5\u03f7"
    "\u03f9\u03fa\u03fd\u03fe\u03ff\u0400\u0401\u0402\u0403\u0404\u0405\u0406\u0407\u0408\u0409\u040a\u040b\u040c\u040d\u040e\u040f\u0410\u0411\u0412"
    "\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042a"
    "\u042b\u042c\u042d\u042e\u042f\u0460\u0462\u0464\u0466\u0468\u046a\u046c\u046e\u0470\u0472\u0474\u0476\u0478\u047a\u047c\u047e\u0480\u048a\u048c"
    "\u048e\u0490\u0492\u0494\u0496\u0498\u049a\u049c\u049e\u04a0\u04a2\u04a4\u04a6\u04a8\u04aa\u04ac\u04ae\u04b0\u04b2\u04b4\u04b6\u04b8\u04ba\u04bc"
    "\u04be\u04c0\u04c1\u04c3\u04c5\u04c7\u04c9\u04cb\u04cd\u04d0\u04d2\u04d4\u04d6\u04d8\u04da\u04dc\u04de\u04e0\u04e2\u04e4\u04e6\u04e8\u04ea\u04ec"
    "\u04ee\u04f0\u04f2\u04f4\u04f6\u04f8\u04fa\u04fc\u04fe\u0500\u0502\u0504\u0506\u0508\u050a\u050c\u050e\u0510\u0512\u0514\u0516\u0518\u051a\u051c"
    "\u051e\u0520\u0522\u0524\u0526\u0531\u0532\u0533\u0534\u0535\u0536\u0537\u0538\u0539\u053a\u053b\u053c\u053d\u053e\u053f\u0540\u0541\u0542\u0543"
    "\u0544\u0545\u0546\u0547\u0548\u0549\u054a\u054b\u054c\u054d\u054e\u054f\u0550\u0551\u0552\u0553\u0554\u0555\u0556\u1e00\u1e01\u1e02\u1e03\u1e04"
    "\u1e05\u1e06\u1e07\u1e08\u1e09\u1e0a\u1e0b\u1e0c\u1e0d\u1e0e\u1e0f\u1e10\u1e11\u1e12\u1e13\u1e14\u1e15\u1e16\u1e17\u1e18\u1e19\u1e1a\u1e1b\u1e1c"
    "\u1e1d\u1e1e\u1e1f\u1e20\u1e21\u1e22\u1e23\u1e24\u1e25\u1e26\u1e27\u1e28\u1e29\u1e2a\u1e2b\u1e2c\u1e2d\u1e2e\u1e2f\u1e30\u1e31\u1e32\u1e33\u1e34"
    "\u1e35\u1e36\u1e37\u1e38\u1e39\u1e3a\u1e3b\u1e3c\u1e3d\u1e3e\u1e3f\u1e40\u1e41\u1e42\u1e43\u1e44\u1e45\u1e46\u1e47\u1e48\u1e49\u1e4a\u1e4b\u1e4c"
    "\u1e4d\u1e4e\u1e4f\u1e50\u1e51\u1e52\u1e53\u1e54\u1e55\u1e56\u1e57\u1e58\u1e59\u1e5a\u1e5b\u1e5c\u1e5d\u1e5e\u1e5f\u1e60\u1e61\u1e62\u1e63\u1e64"
    "\u1e65\u1e66\u1e67\u1e68\u1e69\u1e6a\u1e6b\u1e6c\u1e6d\u1e6e\u1e6f\u1e70\u1e71\u1e72\u1e73\u1e74\u1e75\u1e76\u1e77\u1e78\u1e79\u1e7a\u1e7b\u1e7c"
    "\u1e7d\u1e7e\u1e7f\u1e80\u1e81\u1e82\u1e83\u1e84\u1e85\u1e86\u1e87\u1e88\u1e89\u1e8a\u1e8b\u1e8c\u1e8d\u1e8e\u1e8f\u1e90\u1e91\u1e92\u1e93\u1e94"
    "\u1e95\u1e96\u1e97\u1e98\u1e99\u1e9b\u1e9e\u1ea0\u1ea1\u1ea2\u1ea3\u1ea4\u1ea5\u1ea6\u1ea7\u1ea8\u1ea9\u1eaa\u1eab\u1eac\u1ead\u1eae\u1eaf\u1eb0"
    "\u1eb1\u1eb2\u1eb3\u1eb4\u1eb5\u1eb6\u1eb7\u1eb8\u1eb9\u1eba\u1ebb\u1ebc\u1ebd\u1ebe\u1ebf\u1ec0\u1ec1\u1ec2\u1ec3\u1ec4\u1ec5\u1ec6\u1ec7\u1ec8"
    "\u1ec9\u1eca\u1ecb\u1ecc\u1ecd\u1ece\u1ecf\u1ed0\u1ed1\u1ed2\u1ed3\u1ed4\u1ed5\u1ed6\u1ed7\u1ed8\u1ed9\u1eda\u1edb\u1edc\u1edd\u1ede\u1edf\u1ee0"
    "\u1ee1\u1ee2\u1ee3\u1ee4\u1ee5\u1ee6\u1ee7\u1ee8\u1ee9\u1eea\u1eeb\u1eec\u1eed\u1eee\u1eef\u1ef0\u1ef1\u1ef2\u1ef3\u1ef4\u1ef5\u1ef6\u1ef7\u1ef8"
    "\u1ef9\u1efa\u1efc\u1efe\u2126\u212a\u212b\u2132\u2160\u2161\u2162\u2163\u2164\u2165\u2166\u2167\u2168\u2169\u216a\u216b\u216c\u216d\u216e\u216f"
    "\u2183"
)
FOLD_TO = (
    "abcdefghijklmnopqrstuvwx"
    "yz\u03bcaaaaaa\xe6ceeeeiiii\xf0nooo"
    "oo\xf8uuuuy\xfeaaaaaaceeeeiiii"
    "nooooouuuuyyaaaaaacccccc"
    "ccdd\u0111eeeeeeeeeeggggggggh"
    "h\u0127iiiiiiiii\u0133jjkkllllll\u0140\u0142"
    "nnnnnn\u014boooooo\u0153rrrrrrssss"
    "sssstttt\u0167uuuuuuuuuuuuwwy"
    "yyzzzzzzs\u0253\u0183\u0185\u0254\u0188\u0256\u0257\u018c\u01dd\u0259\u025b\u0192\u0260\u0263\u0269"
    "\u0268\u0199\u026f\u0272\u0275oo\u01a3\u01a5\u0280\u01a8\u0283\u01ad\u0288uu\u028a\u028b\u01b4\u01b6\u0292\u01b9\u01bd\u01c6"
    "\u01c6\u01c9\u01c9\u01cc\u01ccaaiioouuuuuuuuuuaa\u01e1"
    "\u01e3\u01e5ggkkoooo\u01efj\u01f3\u01f3gg\u0195\u01bfnnaa\u01fd\u01ff"
    "aaaaeeeeiiiioooorrrruuuu"
    "sstt\u021dhh\u019e\u0223\u0225aaeeooooooooyy"
    "\u2c65\u023c\u019a\u2c66\u0242\u0180\u0289\u028c\u0247\u0249\u024b\u024d\u024f\u0371\u0373\u0377\u03ac\u03ad\u03ae\u03af\u03cc\u03cd\u03ce\u03b1"
    "\u03b2\u03b3\u03b4\u03b5\u03b6\u03b7\u03b8\u03b9\u03ba\u03bb\u03bc\u03bd\u03be\u03bf\u03c0\u03c1\u03c3\u03c4\u03c5\u03c6\u03c7\u03c8\u03c9\u03ca"
    "\u03cb\u03c3\u03d7\u03b2\u03b8\u03c6\u03c0\u03d9\u03db\u03dd\u03df\u03e1\u03e3\u03e5\u03e7\u03e9\u03eb\u03ed\u03ef\u03ba\u03c1\u03b8\u03b5\u03f8"
    "\u03f2\u03fb\u037b\u037c\u037d\u0450\u0451\u0452\u0453\u0454\u0455\u0456\u0457\u0458\u0459\u045a\u045b\u045c\u045d\u045e\u045f\u0430\u0431\u0432"
    "\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044a"
    "\u044b\u044c\u044d\u044e\u044f\u0461\u0463\u0465\u0467\u0469\u046b\u046d\u046f\u0471\u0473\u0475\u0477\u0479\u047b\u047d\u047f\u0481\u048b\u048d"
    "\u048f\u0491\u0493\u0495\u0497\u0499\u049b\u049d\u049f\u04a1\u04a3\u04a5\u04a7\u04a9\u04ab\u04ad\u04af\u04b1\u04b3\u04b5\u04b7\u04b9\u04bb\u04bd"
    "\u04bf\u04cf\u04c2\u04c4\u04c6\u04c8\u04ca\u04cc\u04ce\u04d1\u04d3\u04d5\u04d7\u04d9\u04db\u04dd\u04df\u04e1\u04e3\u04e5\u04e7\u04e9\u04eb\u04ed"
    "\u04ef\u04f1\u04f3\u04f5\u04f7\u04f9\u04fb\u04fd\u04ff\u0501\u0503\u0505\u0507\u0509\u050b\u050d\u050f\u0511\u0513\u0515\u0517\u0519\u051b\u051d"
    "\u051f\u0521\u0523\u0525\u0527\u0561\u0562\u0563\u0564\u0565\u0566\u0567\u0568\u0569\u056a\u056b\u056c\u056d\u056e\u056f\u0570\u0571\u0572\u0573"
    "\u0574\u0575\u0576\u0577\u0578\u0579\u057a\u057b\u057c\u057d\u057e\u057f\u0580\u0581\u0582\u0583\u0584\u0585\u0586aabbb"
    "bbbccddddddddddeeeeeeeee"
    "effgghhhhhhhhhhiiiikkkkk"
    "kllllllllmmmmmmnnnnnnnno"
    "ooooooopppprrrrrrrrsssss"
    "sssssttttttttuuuuuuuuuuv"
    "vvvwwwwwwwwwwxxxxyyzzzzz"
    "zhtwys\xdfaaaaaaaaaaaaaaaaa"
    "aaaaaaaeeeeeeeeeeeeeeeei"
    "iiiooooooooooooooooooooo"
    "ooouuuuuuuuuuuuuuyyyyyyy"
    "y\u1efb\u1efd\u1eff\u03c9ka\u214e\u2170\u2171\u2172\u2173\u2174\u2175\u2176\u2177\u2178\u2179\u217a\u217b\u217c\u217d\u217e\u217f"
    "\u2184"
)


def _pg_literal(value: str) -> str:
    """A PostgreSQL E'' literal with every non-alphanumeric character escaped (no quote, colon or
    percent sign reaches the SQL text, so neither the driver nor SQLAlchemy reads one as a parameter)."""
    return "E'" + "".join(c if c.isascii() and c.isalnum() else f"\\u{ord(c):04x}" for c in value) + "'"


def _pg_fold(expr: str) -> str:
    for old, new in SEARCH_FOLD:
        expr = f"replace({expr}, {_pg_literal(old)}, {_pg_literal(new)})"
    return expr


def _pg_functions() -> list[str]:
    ascii_from = "".join(c for c in SEPARATORS + FOLD_FROM if ord(c) < 0x80)
    ascii_to = "".join(" " if c in SEPARATORS else FOLD_TO[FOLD_FROM.index(c)] for c in ascii_from)
    # translate() looks each character up by walking the table, so the characters of most names come
    # first, unchanged (ASCII lower case, digits, the space, Cyrillic lower case, Arabic and Persian
    # letters), then the table by code point; a common character is found after a few steps
    keep = "abcdefghijklmnopqrstuvwxyz0123456789 " + "".join(
        chr(c) for c in (*range(0x0430, 0x0450), *range(0x0621, 0x064B), 0x067E, 0x0686, 0x0698, 0x06A9, 0x06AF, 0x06CC)
    )
    mapped = dict(zip(SEPARATORS, " " * len(SEPARATORS), strict=True))
    mapped.update(zip(FOLD_FROM, FOLD_TO, strict=True))
    keep = "".join(c for c in keep if c not in mapped)
    ordered = sorted(mapped)
    all_from = keep + "".join(ordered)
    all_to = keep + "".join(mapped[c] for c in ordered)
    # PL/pgSQL rather than SQL functions: an SQL function that is not inlined (the argument is used
    # twice) is prepared anew for every trigger call; PL/pgSQL keeps its plan for the session (6x faster)
    return [
        # SEARCH_FOLD: what the SQLite triggers fold before the tokenizer sees the text
        "CREATE FUNCTION kidesk_search_fold(value text) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE "
        f"AS $$ BEGIN RETURN {_pg_fold('value')}; END $$",
        # the tokenizer's case and accent folding and its word separators, as spaces; ASCII-only text
        # (most of it) takes the short table
        "CREATE FUNCTION kidesk_search_tokens(value text) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE "
        f"AS $$ BEGIN RETURN CASE WHEN value ~ {_pg_literal('[^ -~]')} "
        f"THEN translate(value, {_pg_literal(all_from)}, {_pg_literal(all_to)}) "
        f"ELSE translate(value, {_pg_literal(ascii_from)}, {_pg_literal(ascii_to)}) END; END $$",
        "CREATE FUNCTION kidesk_search_words(value text) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE "
        "AS $$ BEGIN RETURN array_to_tsvector(array_remove(string_to_array(kidesk_search_tokens(coalesce(value, "
        f"{_pg_literal('')})), {_pg_literal(' ')}), {_pg_literal('')})); END $$",
    ]


_PG_CONTACT_BODY = _CONTACT_BODY.replace("group_concat(", "string_agg(")


def _pg_insert(table: str, alias: str, code: int, label: str, body: str, where: str) -> str:
    title = label if code == 2 else f"{label} || ' ' || {_replace(label, DIGRAPHS)}"
    return (
        "INSERT INTO search_index(rowid, label, title, body, document) "
        "SELECT rid, lbl, t, b, setweight(kidesk_search_words(t), 'A') || setweight(kidesk_search_words(b), 'B') "
        f"FROM (SELECT {alias}.id::bigint * 4 + {code} AS rid, {label} AS lbl, kidesk_search_fold({title}) AS t, "
        f"kidesk_search_fold({body}) AS b FROM {table} {alias} WHERE {where}) AS s;"
    )


_PG_REFRESH = {
    "kidesk_search_contact": "DELETE FROM search_index WHERE rowid = target::bigint * 4;"
    + _pg_insert("contacts", "c", 0, _CONTACT_LABEL, _PG_CONTACT_BODY, "c.id = target"),
    "kidesk_search_organisation": "DELETE FROM search_index WHERE rowid = target::bigint * 4 + 1;"
    + _pg_insert("organisations", "o", 1, _ORG_LABEL, _ORG_BODY, "o.id = target")
    # people are found by their organisation's name: refresh those working there
    + "DELETE FROM search_index WHERE rowid IN "
    "(SELECT contact_id::bigint * 4 FROM affiliations WHERE organisation_id = target);"
    + _pg_insert(
        "contacts",
        "c",
        0,
        _CONTACT_LABEL,
        _PG_CONTACT_BODY,
        "c.id IN (SELECT contact_id FROM affiliations WHERE organisation_id = target)",
    ),
    "kidesk_search_event": "DELETE FROM search_index WHERE rowid = target::bigint * 4 + 2;"
    + _pg_insert("events", "e", 2, _EVENT_LABEL, _EVENT_BODY, "e.id = target"),
    "kidesk_search_series": "DELETE FROM search_index WHERE rowid IN "
    "(SELECT id::bigint * 4 + 2 FROM events WHERE series_id = target);"
    + _pg_insert("events", "e", 2, _EVENT_LABEL, _EVENT_BODY, "e.series_id = target"),
}

# trigger function: body (plpgsql); the same events as the SQLite triggers
_PG_TRIGGERS = {
    "contacts": (
        "IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE rowid = OLD.id::bigint * 4; END IF; "
        "IF TG_OP <> 'DELETE' THEN PERFORM kidesk_search_contact(NEW.id); END IF;"
    ),
    "affiliations": (
        "IF TG_OP <> 'INSERT' THEN PERFORM kidesk_search_contact(OLD.contact_id); END IF; "
        "IF TG_OP <> 'DELETE' THEN PERFORM kidesk_search_contact(NEW.contact_id); END IF;"
    ),
    "organisations": (
        "IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE rowid = OLD.id::bigint * 4 + 1; END IF; "
        "IF TG_OP <> 'DELETE' THEN PERFORM kidesk_search_organisation(NEW.id); END IF;"
    ),
    "events": (
        "IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE rowid = OLD.id::bigint * 4 + 2; END IF; "
        "IF TG_OP <> 'DELETE' THEN PERFORM kidesk_search_event(NEW.id); END IF;"
    ),
    "event_series": "IF NEW.title IS DISTINCT FROM OLD.title THEN PERFORM kidesk_search_series(NEW.id); END IF;",
}
_PG_EVENTS = {
    "contacts": "AFTER INSERT OR UPDATE OR DELETE",
    "affiliations": "AFTER INSERT OR UPDATE OR DELETE",
    "organisations": "AFTER INSERT OR UPDATE OR DELETE",
    "events": "AFTER INSERT OR UPDATE OR DELETE",
    "event_series": "AFTER UPDATE OF title",
}


def _pg_upgrade() -> None:
    op.execute(
        "CREATE TABLE search_index (rowid bigint PRIMARY KEY, label text, title text, body text, "
        "document tsvector NOT NULL)"
    )
    op.execute("CREATE INDEX ix_search_index_document ON search_index USING gin (document)")
    for statement in _pg_functions():
        op.execute(statement)
    for name, body in _PG_REFRESH.items():
        op.execute(f"CREATE FUNCTION {name}(target integer) RETURNS void LANGUAGE plpgsql AS $$ BEGIN {body} END $$")
    for table, body in _PG_TRIGGERS.items():
        op.execute(
            f"CREATE FUNCTION {table}_search() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {table}_search {_PG_EVENTS[table]} ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_search()"
        )
    _rebuild()


def _pg_downgrade() -> None:
    for table in _PG_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_search ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {table}_search()")
    for name in _PG_REFRESH:
        op.execute(f"DROP FUNCTION IF EXISTS {name}(integer)")
    op.execute("DROP TABLE IF EXISTS search_index")
    for name in ("kidesk_search_words", "kidesk_search_tokens", "kidesk_search_fold"):
        op.execute(f"DROP FUNCTION IF EXISTS {name}(text)")


def _swap_triggers(triggers: dict[str, str]) -> None:
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name, body in triggers.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def _rebuild() -> None:
    op.execute("DELETE FROM search_index")
    for table in ("contacts", "organisations", "events"):
        op.execute(f"UPDATE {table} SET id = id")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_upgrade()  # migration 0001 made no search index there
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    _swap_triggers(_TRIGGERS)
    _rebuild()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_downgrade()
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    from importlib import import_module

    initial = import_module("kidesk.db.migrations.versions.0001_initial_schema")
    _swap_triggers(initial._TRIGGERS)
    _rebuild()
