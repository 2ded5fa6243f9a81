"""Migration 0005 fills the stored sort keys and name keys of rows written before it (issue 16)."""

from __future__ import annotations

from sqlalchemy import text

from kidesk.db import migrate
from kidesk.db.database import make_engine, open_database
from kidesk.services.duplicates import likely_duplicates


def test_existing_rows_get_their_keys(tmp_path):
    path = tmp_path / "alt.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0004")
    with engine.begin() as c:
        c.execute(
            text("INSERT INTO organisations(name, kind, country, version) VALUES ('Çağdaş Derneği', 'club', 'DE', 1)")
        )
        for first, last, email in [("Ayşe", "Yılmaz", "ayse@example.org"), ("Hans", "Strauß", None)] * 1500:
            c.execute(
                text(
                    "INSERT INTO contacts(first_name, last_name, email, salutation, country, is_staff, version)"
                    " VALUES (:f, :l, :e, 'none', 'DE', 0, 1)"
                ),
                {"f": first, "l": last, "e": email},
            )
    engine.dispose()
    db = open_database(path)  # upgrades to the head (0005), filling in batches
    try:
        with db.session() as s:
            sorts = s.execute(text("SELECT DISTINCT last_name_sort, first_name_sort FROM contacts")).all()
            assert sorted(sorts) == [("strauss", "hans"), ("yilmaz", "ayse")]
            assert s.execute(text("SELECT name_sort FROM organisations")).scalar_one() == "cagdas dernegi"
            missing = s.execute(
                text("SELECT count(*) FROM contacts WHERE id NOT IN (SELECT contact_id FROM contact_name_keys)")
            ).scalar_one()
            assert missing == 0
            assert len(likely_duplicates(s, "Ayse", "Yilmaz")) == 1500
    finally:
        db.dispose()
