"""Fixed PDF creation date for the tests that compare bytes (reportlab honours SOURCE_DATE_EPOCH)."""

import pytest


@pytest.fixture(autouse=True)
def _fixed_pdf_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
