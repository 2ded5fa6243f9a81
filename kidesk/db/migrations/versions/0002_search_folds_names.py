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
    if op.get_bind().dialect.name != "sqlite":
        return
    _swap_triggers(_TRIGGERS)
    _rebuild()


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    from importlib import import_module

    initial = import_module("kidesk.db.migrations.versions.0001_initial_schema")
    _swap_triggers(initial._TRIGGERS)
    _rebuild()
