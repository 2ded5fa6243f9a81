"""`kidesk --db DB print …`: every verb writes a readable PDF; user mistakes give one line and exit 1."""

from __future__ import annotations

import pytest

from kidesk.cli import main
from tests.pdf.pdf_reading import all_text, assert_fonts_embedded_dejavu, page_count
from tests.print_fixtures import build_print_data


@pytest.fixture
def data(db):
    return build_print_data(db)


def _run(db_path, *args):
    return main(["--db", str(db_path), *map(str, args)])


def test_print_cards_with_start_position(db_path, data, tmp_path, capsys):
    out = tmp_path / "karten.pdf"
    assert (
        _run(db_path, "print", "cards", "--template", "C32011", "--contact", data.staff, "--start", 6, "-o", out) == 0
    )
    pdf = out.read_bytes()
    assert all_text(pdf).count("Gudrun Kirchhoff") == 5
    assert_fonts_embedded_dejavu(pdf)
    assert str(out) in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (["labels", "--template", "3477", "--event", "{event}"], "Größmann"),
        (["labels", "--template", "3474", "--contact", "{german}", "--contact", "{cyrillic}"], "Ольга Петрова"),
        (["badges", "--event", "{event}"], "Fit für den Konsumalltag"),
        (["invitations", "--event", "{event}", "--form", "A"], "Sehr geehrte Frau Dr. Yılmaz,"),
        (["flyer", "--event", "{event}", "--size", "A5"], "Gefördert durch"),
        (["flyer", "--event", "{event}", "--design", "spalte", "--bleed"], "In Kooperation mit"),
        (["attendance", "--event", "{event}"], "Unterschrift"),
        (["certificates", "--series", "{series}"], "Teilnahmebescheinigung"),
        (["calibration", "--template", "3475"], "Position 24"),
    ],
)
def test_every_product_verb(db_path, data, tmp_path, args, expect):
    out = tmp_path / "out.pdf"
    ids = {"event": data.event, "german": data.german, "cyrillic": data.cyrillic, "series": data.series}
    filled = [a.format(**ids) for a in args]
    assert _run(db_path, "print", *filled, "-o", out) == 0
    pdf = out.read_bytes()
    assert page_count(pdf) >= 1
    assert expect in all_text(pdf)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["attendance", "--event", "{empty_event}"], "Netzwerktreffen widunetz"),
        (["labels", "--template", "3475", "--contact", "{no_address}"], "Otto Ohneadresse"),
        (["invitations", "--event", "999"], "ID 999"),
        (["cards", "--template", "C32011", "--start", "11"], "Startposition 11"),
    ],
)
def test_user_mistakes_print_one_line_and_leave_no_file(db_path, data, tmp_path, capsys, args, message):
    out = tmp_path / "out.pdf"
    ids = {"empty_event": data.empty_event, "no_address": data.no_address}
    assert _run(db_path, "print", *[a.format(**ids) for a in args], "-o", out) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()
    assert not list(tmp_path.glob(".kidesk-*"))


def test_missing_output_folder_is_a_clear_error(db_path, data, tmp_path, capsys):
    assert _run(db_path, "print", "flyer", "--event", data.event, "-o", tmp_path / "fehlt" / "flyer.pdf") == 1
    assert "fehlt" in capsys.readouterr().err


def test_template_choice_is_checked_by_the_parser(db_path, data, tmp_path, capsys):
    with pytest.raises(SystemExit) as excinfo:
        _run(db_path, "print", "labels", "--template", "9999", "--event", data.event, "-o", tmp_path / "x.pdf")
    assert excinfo.value.code == 2


def test_list_verb_still_lists_events(db_path, data, capsys):
    assert _run(db_path, "list", "events") == 0
    out = capsys.readouterr().out
    assert f"{data.event}\tFit für den Konsumalltag (06.06.2017)" in out


def test_skip_missing_reports_who_was_left_out(db_path, data, tmp_path, capsys):
    out = tmp_path / "etiketten.pdf"
    code = _run(
        db_path,
        "print",
        "labels",
        "--template",
        "3475",
        "--contact",
        data.german,
        "--contact",
        data.no_address,
        "--skip-missing",
        "-o",
        out,
    )
    assert code == 0
    assert "Otto Ohneadresse" in capsys.readouterr().err
    assert "Größmann" in all_text(out.read_bytes())


def test_missing_or_broken_logo_file_is_named(db_path, data, tmp_path, capsys):
    out = tmp_path / "karten.pdf"
    missing = tmp_path / "logo-fehlt.png"
    assert (
        _run(db_path, "print", "cards", "--template", "C32011", "--contact", data.staff, "--logo", missing, "-o", out)
        == 1
    )
    assert "logo-fehlt.png" in capsys.readouterr().err
    broken = tmp_path / "kaputt.png"
    broken.write_bytes(b"kein Bild")
    assert (
        _run(db_path, "print", "cards", "--template", "C32011", "--contact", data.staff, "--logo", broken, "-o", out)
        == 1
    )
    assert "kaputt.png" in capsys.readouterr().err
    assert not out.exists()


def test_logo_file_replaces_the_organisation_logo(db_path, data, tmp_path):
    from tests.print_fixtures import png_logo

    logo = tmp_path / "logo.png"
    logo.write_bytes(png_logo("#00aa00"))
    out = tmp_path / "karten.pdf"
    assert (
        _run(
            db_path,
            "print",
            "cards",
            "--template",
            "32015",
            "--contact",
            data.turkish,
            "--copies",
            "2",
            "--logo",
            logo,
            "-o",
            out,
        )
        == 0
    )
    import io

    import pypdf

    page = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages[0]
    # one image object, drawn on both cards (the QR codes are inline image masks, named "~n~")
    (image,) = [i for i in page.images if not i.name.startswith("~")]
    assert image.image.convert("RGB").getpixel((5, 5)) == (0, 170, 0)
    assert page.get_contents().get_data().count(b" Do") == 2


def test_shortened_text_is_reported_naming_the_record(db_path, data, tmp_path, capsys):
    from kidesk.db.database import open_database
    from kidesk.db.models import Contact

    db = open_database(db_path, create=False)
    with db.session() as s:
        contact = Contact(
            first_name="Maximiliane-Friederike Alexandra Theodora",
            last_name="von Hohenzollern-Sigmaringen-Wittelsbach-Ansbach-Bayreuth-Kulmbach",
            street="Lübbecker Straße 12",
            postcode="32278",
            city="Kirchlengern",
        )
        s.add(contact)
        s.commit()
        contact_id = contact.id
    out = tmp_path / "etiketten.pdf"
    assert _run(db_path, "print", "labels", "--template", "3474", "--contact", contact_id, "-o", out) == 0
    err = capsys.readouterr().err
    assert "kidesk: Hinweis: Etikett Maximiliane-Friederike" in err and "gekürzt" in err


def test_unknown_flyer_design_is_refused_by_the_parser(db_path, data, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        _run(db_path, "print", "flyer", "--event", data.event, "--design", "bunt", "-o", tmp_path / "f.pdf")
    assert exit_info.value.code == 2
    assert "klar" in capsys.readouterr().err
