"""Encodings and delimiters of CSV files as offices write them."""

from __future__ import annotations

import codecs

import pytest

from kidesk.services.csv_sniffing import ImportFileError, decode_text, detect_delimiter, read_csv_grid


@pytest.mark.parametrize(
    ("data", "label"),
    [
        ("Name;Ort\nMüller;Bünde\n".encode(), "UTF-8"),
        (codecs.BOM_UTF8 + "Name;Ort\nMüller;Bünde\n".encode(), "UTF-8 mit BOM"),
        ("Name;Ort\nMüller;Bünde „Mitte“\n".encode("cp1252"), "Windows-1252"),
        ("Name;Ort\nMüller;Bünde\n".encode("utf-16"), "UTF-16"),
        ("Name;Ort\nMüller;Bünde\n".encode("utf-16-le"), "UTF-16 ohne BOM"),
    ],
)
def test_encodings_are_detected(data, label):
    text, encoding, problems = decode_text(data)
    assert encoding == label
    assert "Müller" in text and "Bünde" in text
    assert not problems


def test_iso_8859_1_is_chosen_only_for_bytes_windows_1252_leaves_undefined():
    data = b"Name;Ort\nM\xfcller;B\x81nde\n"  # 0x81 is undefined in Windows-1252
    text, encoding, _ = decode_text(data)
    assert encoding == "ISO-8859-1"
    assert "Müller" in text


def test_mixed_encodings_are_read_line_by_line_and_named():
    data = "Name;Ort\nMüller;Bünde\n".encode() + "Schäfer;Löhne\n".encode("cp1252")
    text, encoding, problems = decode_text(data)
    assert "Müller" in text and "Schäfer" in text and "Löhne" in text
    assert encoding.startswith("gemischt")
    assert "Zeilen 3" in problems[0].message


def test_double_encoded_umlauts_are_repaired_with_a_warning():
    data = "Name;Ort\nMüller;Bünde\n".encode().decode("cp1252").encode("utf-8")
    text, _, problems = decode_text(data)
    assert "Müller" in text
    assert "doppelt kodiert" in problems[0].message


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"", "leer"),
        (b"   \r\n\r\n", "leer"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 50, "Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50, ".xls"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "Binärdaten"),
    ],
)
def test_empty_and_binary_files_are_refused_clearly(data, phrase):
    with pytest.raises(ImportFileError, match=phrase):
        decode_text(data, "liste.csv")


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Name;Ort;Firma\nMüller;Herford, Stadt;AWO\nSchäfer;Löhne;DRK\n", ";"),
        ('Name,Ort,Firma\nMüller,"Herford; Stadt",AWO\nSchäfer,Löhne,DRK\n', ","),
        ("Name\tOrt\nMüller\tHerford\n", "\t"),
        ("Nachname\nMüller\n", ";"),
    ],
)
def test_delimiter_detection(text, delimiter):
    assert detect_delimiter(text) == delimiter


def test_quoted_fields_with_line_breaks_keep_their_row_number():
    data = 'Name;Notiz\nMüller;"Zeile 1\nZeile 2"\nSchäfer;x\n'.encode()
    grid, description, _ = read_csv_grid(data)
    assert [r.number for r in grid] == [1, 2, 4]
    assert grid[1].values == ["Müller", "Zeile 1\nZeile 2"]
    assert "Semikolon" in description


def test_excel_sep_hint_line_is_honoured():
    grid, description, _ = read_csv_grid(b"sep=,\r\nName,Ort\r\nM;x,Herford\r\n")
    assert grid[0].values == ["Name", "Ort"]
    assert grid[1].values == ["M;x", "Herford"]


def test_unclosed_quote_at_the_end_is_an_error_for_that_row_only():
    grid, _, problems = read_csv_grid(b'Name;Ort\nMueller;Herford\n"Schaefer;Loehne\nWeber;Enger\n')
    assert [r.values for r in grid] == [["Name", "Ort"], ["Mueller", "Herford"]]
    assert problems[0].row == 3 and problems[0].severity == "error"
