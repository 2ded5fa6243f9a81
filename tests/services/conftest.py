"""Fixtures for the desktop tests: an office database and never-blocking dialogs."""

from __future__ import annotations

import pytest

from tests.office_sample_data import fill_office


@pytest.fixture
def office(db):
    """``(db, ids)`` with a small office's data."""
    return db, fill_office(db)
