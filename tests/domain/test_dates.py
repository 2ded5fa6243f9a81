import datetime as dt

import pytest

from kidesk.domain.dates import DateFormatError, format_date, format_datetime_range, parse_date, parse_date_or_none


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27.02.2008", dt.date(2008, 2, 27)),
        ("27.2.2008", dt.date(2008, 2, 27)),
        ("27.02.08", dt.date(2008, 2, 27)),
        ("2008-02-27", dt.date(2008, 2, 27)),
        (" 2008-02-27 ", dt.date(2008, 2, 27)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date_reads_what_offices_type(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [".00002.2008", "31.02.2008", "27.02.20008", "gestern", "27.02.0008"])
def test_parse_date_refuses_what_is_not_a_date(text):
    with pytest.raises(DateFormatError):
        parse_date(text)
    assert parse_date_or_none(text) is None


def test_formatting():
    assert format_date(dt.date(2017, 6, 6)) == "06.06.2017"
    assert format_date(None) == ""
    start = dt.datetime(2026, 3, 5, 17, 0)
    assert format_datetime_range(start, dt.datetime(2026, 3, 5, 19, 30)) == "05.03.2026 17:00–19:30"
    assert format_datetime_range(start, dt.datetime(2026, 3, 6, 9, 0)) == "05.03.2026 17:00 – 06.03.2026 09:00"
