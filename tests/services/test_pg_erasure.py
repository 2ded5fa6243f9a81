"""Erasure (Art. 17) on PostgreSQL, proven on the server's raw table pages (issue 20, item 1).

On a server "gone from the file" means: the rows and their search-index rows are deleted, and
VACUUM (run by the erasure) has removed the dead row versions, so no heap page of the personal-data
tables or of the search index still holds the person's bytes. pageinspect reads the raw pages
(a superuser's tool: the test server's role is one; elsewhere the test is skipped with the reason).
"""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from kidesk.db.database import open_database
from kidesk.db.server import PERSONAL_TABLES
from kidesk.services import privacy
from kidesk.services.search import search_everything
from tests.services.privacy_sample import FIRST, TRACES, add_person


def _raw_hits(pg_url: str) -> list[str]:
    import psycopg

    libpq = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    hits = []
    with psycopg.connect(libpq, autocommit=True) as admin:
        try:
            admin.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
        except psycopg.Error as exc:
            pytest.skip(f"pageinspect is not available to this role ({exc})")
        for table in PERSONAL_TABLES:
            blocks = admin.execute(
                f"SELECT pg_relation_size('{table}') / current_setting('block_size')::int"
            ).fetchone()
            assert blocks is not None
            for block in range(int(blocks[0])):
                rows = admin.execute(
                    f"SELECT t_data FROM heap_page_items(get_raw_page('{table}', {block})) WHERE t_data IS NOT NULL"
                ).fetchall()
                for (data,) in rows:
                    raw = bytes(data)
                    hits += [f"{table}: {t}" for t in TRACES if t.encode() in raw or t.lower().encode() in raw]
    return hits


def test_erasure_on_the_server_leaves_no_row_version_in_the_tables_or_the_search_index(pg_url):
    db = open_database(pg_url)
    try:
        ids = add_person(db)
        assert search_everything(db, FIRST) != []
        before = _raw_hits(pg_url)  # the page reader works: before the erasure it finds the person
        assert {h.split(": ", 1)[0] for h in before} >= {"contacts", "search_index"}
        result = privacy.erase_contact(db, ids["person"], reference="DS-2026-001")
        assert result.traces_removed  # VACUUM ran
        with db.session() as session:
            assert (
                session.execute(text("SELECT count(*) FROM contacts WHERE id = :i"), {"i": ids["person"]}).scalar() == 0
            )
            assert (
                session.execute(
                    text("SELECT count(*) FROM search_index WHERE rowid = :r"), {"r": ids["person"] * 4}
                ).scalar()
                == 0
            )
        assert search_everything(db, FIRST) == []
        assert _raw_hits(pg_url) == []
    finally:
        db.dispose()
