"""Storage layer: models, engine and sessions, migrations, queries, full-text search. No Qt."""
