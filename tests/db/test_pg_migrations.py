"""One Alembic history for both databases (issue 20): every migration runs on PostgreSQL, both ways."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, inspect, text

from kidesk.db import migrate


def test_downgrade_to_nothing_and_back_on_the_server(pg_url):
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        with engine.connect() as connection:  # the search functions and triggers went with their tables
            left = connection.execute(
                text(
                    "SELECT proname FROM pg_proc WHERE proname LIKE '%search%' AND pronamespace = 'public'::regnamespace"
                )
            ).all()
        assert left == []
        migrate.upgrade(engine)
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
        migrate.check(engine)  # no drift between the models and the schema the scripts built
    finally:
        engine.dispose()


def test_each_step_keeps_the_data_and_the_search_index(pg_url):
    """Data written at 0001 survives 0002-0004; 0002 builds the index from the rows already there;
    0003 copies a ticked consent with a date (booleans compared as booleans on the server)."""
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "base")
        migrate.upgrade(engine, "0001")
        with engine.begin() as connection:
            cid = connection.execute(
                text("INSERT INTO contacts (first_name, last_name) VALUES ('Şükrü', 'Yıldırımoğlu') RETURNING id")
            ).scalar_one()
            connection.execute(
                text(
                    "INSERT INTO volunteers (contact_id, consent_photos, consent_given_on) "
                    "VALUES (:c, true, DATE '2025-03-01')"
                ),
                {"c": cid},
            )
        migrate.upgrade(engine)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT purpose FROM consents")).scalars().all() == ["photos"]
            label = (
                connection.execute(text("SELECT label FROM search_index WHERE document @@ CAST('sukru:*' AS tsquery)"))
                .scalars()
                .all()
            )
            assert label == ["Şükrü Yıldırımoğlu"]
    finally:
        engine.dispose()
