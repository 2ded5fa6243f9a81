"""Alembic migration environment (see :mod:`kidesk.db.migrate`)."""
