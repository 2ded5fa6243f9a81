"""Phone numbers in one written form (issue 14, obs. 14)."""

from __future__ import annotations

import pytest

from kidesk.domain.phones import normalise_if_changed, normalise_phone


@pytest.mark.parametrize(
    "typed, written",
    [
        ("05221 1234-56", "05221 1234-56"),
        ("05221/13-1192", "05221 13-1192"),
        ("0049 (5221) 13-1192", "05221 13-1192"),
        ("+49 5221 131192", "05221 131192"),
        ("0170/1234567", "0170 1234567"),
        ("+90 212 123 45 67", "+90 212 123 45 67"),
        ("  ", ""),
        ("=SUM(A1)", "=SUM(A1)"),  # unreadable: kept as typed
        ("123", "123"),
    ],
)
def test_one_written_form(typed, written):
    assert normalise_phone(typed) == written


def test_an_untouched_field_keeps_its_stored_form():
    assert normalise_if_changed("05221/13-1192", "05221/13-1192") == "05221/13-1192"
    assert normalise_if_changed("05221/13-1192", "05221/13-1193") == "05221 13-1193"
    assert normalise_if_changed(None, None) is None
