"""Issue 11 item 7: IDs that mean one thing — a volunteer is addressed by the contact ID everywhere."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from kidesk.cli import main
from kidesk.db.models import Contact
from tests.services.volunteer_sample_data import build_sample


@pytest.fixture
def sample(db):
    with db.session() as s:  # contacts before the volunteers: contact IDs and profile IDs differ
        s.add_all([Contact(first_name="Олена", last_name=f"Ковальчук {n}") for n in range(3)])
    sample = build_sample(db)
    assert sample.contacts["Haddad"] != sample.volunteers["Haddad"]
    return sample


def _list_volunteers(db_path, capsys) -> dict[str, int]:
    assert main(["--db", str(db_path), "list", "volunteers"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    return {name.split(",")[0]: int(id_) for id_, name in rows}


def test_list_volunteers_prints_contact_ids(db, db_path, sample, capsys):
    listed = _list_volunteers(db_path, capsys)
    assert listed == sample.contacts  # contact IDs of the volunteers, not their profile IDs
    assert "Partner" not in listed


def test_list_volunteers_ids_work_with_hours_add(db, db_path, sample, capsys):
    listed = _list_volunteers(db_path, capsys)
    for last in ("Haddad", "Demir"):
        args = ["--db", str(db_path), "hours", "add", "--contact", str(listed[last]), "--date", "2026-01-05"]
        assert main([*args, "--hours", "1"]) == 0
        assert last in capsys.readouterr().out
    with db.session() as s:
        haddad = s.get(Contact, sample.contacts["Haddad"])
        assert haddad is not None and haddad.volunteer is not None
        assert any(str(h.worked_on) == "2026-01-05" for h in haddad.volunteer.hours)


def _certificates(db_path, tmp_path, *ids):
    out = tmp_path / "c.pdf"
    args = ["--db", str(db_path), "print", "certificates", "--series", "{series}", "-o", str(out)]
    for id_ in ids:
        args += ["--volunteer", str(id_)]
    return args, out


def test_certificates_take_contact_ids(db, db_path, sample, tmp_path, capsys):
    args, out = _certificates(db_path, tmp_path, sample.contacts["Petrenko"])
    args = [a.replace("{series}", str(sample.series_id)) for a in args]
    assert main(args) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Petrenko" in text and "Haddad" not in text


@pytest.mark.parametrize("bad", ["unknown", "no_profile"])
def test_certificates_unknown_id_mixed_with_valid_is_an_error(db, db_path, sample, tmp_path, capsys, bad):
    wrong = 99999 if bad == "unknown" else sample.partner_contact_id
    args, out = _certificates(db_path, tmp_path, sample.contacts["Petrenko"], wrong)
    args = [a.replace("{series}", str(sample.series_id)) for a in args]
    assert main(args) != 0
    assert str(wrong) in capsys.readouterr().err
    assert not out.exists()


def test_hours_add_with_a_profile_id_that_is_no_contacts_volunteer_fails(db, db_path, sample, capsys):
    partner = sample.partner_contact_id
    args = ["--db", str(db_path), "hours", "add", "--contact", str(partner), "--date", "2026-01-05", "--hours", "1"]
    assert main(args) != 0
    assert "nicht als Ehrenamtliche" in capsys.readouterr().err


@pytest.mark.parametrize("verb", ["cards", "labels"])
def test_print_contact_lists_reject_unknown_ids_mixed_with_valid(db, db_path, sample, tmp_path, capsys, verb):
    out = tmp_path / "x.pdf"
    extra = ["--template", "3474" if verb == "labels" else "C32011"]
    args = ["--db", str(db_path), "print", verb, "-o", str(out), *extra]
    args += ["--contact", str(sample.contacts["Haddad"]), "--contact", "99999"]
    code = main(args)
    assert code != 0 and not out.exists()
