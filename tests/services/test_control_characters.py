"""Issue 12, item 6: control characters never reach the file, whichever service writes.

The rule is applied once, before every flush (kidesk.db.database.strip_control_characters);
these tests go through real services and read the stored bytes back with sqlite3.
"""

from __future__ import annotations

import sqlite3

from kidesk.domain.control_chars import has_control, strip_control
from kidesk.services import contacts, organisations
from kidesk.services.contacts import ContactData
from kidesk.services.organisations import OrganisationData

ESC = "\x1b[31m"
PERSIAN_ZWNJ = "می\u200cخواهم"  # the zero-width non-joiner is part of the name: it stays


def _raw(db, sql):
    con = sqlite3.connect(db.path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_rule_keeps_tab_newline_and_zwnj_and_drops_the_rest():
    assert strip_control(f"A{ESC}B\x07C\x00D\x85E\ud800F") == "A[31mBCDEF"
    assert strip_control("Zeile 1\r\nZeile 2\rZeile 3\tx") == "Zeile 1\nZeile 2\nZeile 3\tx"
    assert strip_control("a\nb\tc", multiline=False) == "a b c"
    assert strip_control(PERSIAN_ZWNJ) == PERSIAN_ZWNJ and not has_control(PERSIAN_ZWNJ)
    assert strip_control("\u200f\u0639\u0644\u064a") == "\u200f\u0639\u0644\u064a"  # RLM stays


def test_contact_create_and_update_store_no_control_characters(db):
    stored = contacts.create_contact(
        db,
        ContactData(
            first_name=f"Ay{ESC}şe",
            last_name=f"Yılmaz\x07{PERSIAN_ZWNJ}",
            notes="erste Zeile\r\nzweite\x1b]0;title\x07 Zeile\tmit Tab",
            city="Köln\x00",
        ),
    )
    (first, last, notes, city) = _raw(
        db, f"SELECT first_name, last_name, notes, city FROM contacts WHERE id={stored.id}"
    )[0]
    assert first == "Ay[31mşe" and last == f"Yılmaz{PERSIAN_ZWNJ}" and city == "Köln"
    assert notes == "erste Zeile\nzweite]0;title Zeile\tmit Tab"
    updated = contacts.update_contact(db, ContactData(**{**stored.__dict__, "function": "Leitung\x9b2J"}))
    assert _raw(db, f"SELECT function FROM contacts WHERE id={updated.id}")[0][0] == "Leitung2J"


def test_organisation_writes_are_cleaned_too(db):
    stored = organisations.create_organisation(db, OrganisationData(name=f"=SUM(A1) <b>&{ESC}</b> e.V."))
    assert _raw(db, f"SELECT name FROM organisations WHERE id={stored.id}")[0][0] == "=SUM(A1) <b>&[31m</b> e.V."


def test_no_text_column_anywhere_holds_a_control_character_after_the_demo(db):
    from kidesk.services.demo_data import fill_demo_data

    fill_demo_data(db)
    con = sqlite3.connect(db.path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for _cid, column, kind, *_ in con.execute(f'PRAGMA table_info("{table}")'):
                if "CHAR" in kind.upper() or "TEXT" in kind.upper():
                    for (value,) in con.execute(f'SELECT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'):
                        assert not has_control(str(value)), (table, column, value)
    finally:
        con.close()
