"""Fixtures for service tests: a small office's data in a real database."""

from __future__ import annotations

import pytest

from tests.office_sample_data import fill_office


@pytest.fixture
def office(db):
    """``(db, ids)`` with a small office's data."""
    return db, fill_office(db)
