"""Issue 12, item 6: every argument of every ``kidesk`` verb has a type with limits.

The test walks the parsers ``kidesk.cli.build_parser`` builds: each option that takes a
value has a ``type=`` from :mod:`kidesk.cli.arg_types` (or fixed ``choices``); each number
refuses a 23-digit value and ``-1`` where that is out of range; each text refuses a lone
surrogate and an escape sequence. End to end, such values give exit code 2 and no traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt

import pytest
from sqlalchemy import insert

from kidesk.cli import arg_types, build_parser, main
from kidesk.db.database import open_database
from kidesk.db.models import Contact

HUGE = "99999999999999999999999"
HOSTILE_TEXT = ("\udcff", "\x1b[31mrot", "a\x00b", "\x9b31m")


def _walk(parser: argparse.ArgumentParser, prefix: str = "kidesk"):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, f"{prefix} {name}")
        else:
            yield prefix, action


def _value_actions():
    skip = (argparse._HelpAction, argparse._VersionAction, argparse._StoreConstAction, argparse._StoreTrueAction)
    return [(where, a) for where, a in _walk(build_parser()) if not isinstance(a, skip) and a.nargs != 0]


def test_the_walk_finds_every_verb():
    verbs = {where for where, _ in _walk(build_parser())}
    assert {"kidesk hours add", "kidesk print cards", "kidesk export contacts", "kidesk checkin"} <= verbs
    assert len(_value_actions()) > 40


def test_every_value_has_a_limited_type_or_fixed_choices():
    loose = [
        f"{where} {a.option_strings or a.dest}"
        for where, a in _value_actions()
        if a.choices is None and getattr(a.type, "__module__", None) != arg_types.__name__
    ]
    assert loose == []


@pytest.mark.parametrize("value", [HUGE, "-1", "0", "1e9", "12abc", "", "٣"])
def test_every_number_refuses_what_is_out_of_range(value):
    numbers = [(w, a) for w, a in _value_actions() if getattr(a.type, "__name__", "").startswith("int_range")]
    assert len(numbers) >= 15
    for _where, action in numbers:
        low, high = (int(x) for x in action.type.__name__[len("int_range(") : -1].split(","))
        if value.lstrip("-").isdigit() and low <= int(value) <= high:
            continue  # "0" is a valid --blank-rows
        with pytest.raises(argparse.ArgumentTypeError):
            action.type(value)
    assert all(action.type(str(2**63 - 1 if "ID" in str(action.metavar) else 1)) for _, action in numbers)


@pytest.mark.parametrize("value", HOSTILE_TEXT)
def test_every_text_refuses_control_characters_and_lone_surrogates(value):
    texts = [
        (w, a)
        for w, a in _value_actions()
        if a.choices is None and not getattr(a.type, "__name__", "").startswith("int_range")
    ]
    assert len(texts) >= 15
    for _where, action in texts:
        with pytest.raises(argparse.ArgumentTypeError):
            action.type(value)


def test_text_longer_than_its_column_is_refused():
    with pytest.raises(argparse.ArgumentTypeError, match="höchstens 300"):
        arg_types.text(300)("x" * 301)
    assert arg_types.text(300)("x" * 300) == "x" * 300
    assert arg_types.text(300)("Sprachcafé\tGruppe 2") == "Sprachcafé\tGruppe 2"


@pytest.mark.parametrize(
    "argv",
    [
        ["hours", "add", "--contact", HUGE, "--date", "2024-01-01", "--hours", "2"],
        ["hours", "add", "--contact", "1", "--date", "2024-01-01", "--hours", "2", "--activity", "\udcff"],
        ["hours", "add", "--contact", "1", "--date", "2024-01-01", "--hours", "2", "--activity", "x" * 100_000],
        ["print", "cards", "--template", "C32011", "--copies", "999999999", "-o", "k.pdf"],
        ["print", "attendance", "--event", "1", "--blank-rows", "-1", "-o", "a.pdf"],
        ["print", "labels", "--template", "3474", "--event", "1", "--start", HUGE, "-o", "a.pdf"],
        ["due", "--weeks", HUGE],
        ["search", "\x1b[31m"],
        ["export", "participants", "--event", "-1", "x.csv"],
        ["checkin", "--event", "1", "\x1b]0;titel\x07"],
        ["print", "flyer", "--event", "1", "-o", "\udcff.pdf"],
    ],
)
def test_hostile_arguments_end_in_one_usage_error(argv, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "kidesk.sqlite"), *argv])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "\x1b" not in err and "\udcff" not in err
    assert not (tmp_path / "kidesk.sqlite").exists()


def test_list_and_search_never_echo_control_characters(tmp_path, capsys):
    path = tmp_path / "kidesk.sqlite"
    db = open_database(path)
    with db.session() as session:  # as an old import might have stored it (Core insert: no flush cleaning)
        session.execute(
            insert(Contact).values(first_name="Eva\x1b[2J", last_name="Bra\tun\nX", created_at=dt.datetime(2024, 1, 1))
        )
    db.dispose()
    assert main(["--db", str(path), "list", "contacts"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[2J" in out
    assert out.count("\n") == 1 and out.count("\t") == 1  # one line, two fields
    assert main(["--db", str(path), "search", "Eva"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and out.count("\n") == 1


def test_printable_makes_everything_visible():
    assert arg_types.printable("a\x1b[31mb\udcffc\td") == "a\\x1b[31mb\\udcffc\td"
    assert arg_types.cell("a\tb\nc") == "a\\x09b\\x0ac"


def test_every_option_and_argument_has_help_text():
    """Issue 19: --template, --event, --layout, --form, --size, --series, --limit had none."""
    silent = [
        f"{where} {a.option_strings or a.dest}"
        for where, a in _walk(build_parser())
        if not isinstance(a, argparse._SubParsersAction) and (not a.help or a.help == argparse.SUPPRESS)
    ]
    assert silent == []


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["print", "cards", "--copies", "x"], "Option --copies:"),
        (["print", "badges", "--event", "1", "-o", "b.pdf", "--layout", "a3"], "gibt es nicht (möglich:"),
        (["print", "badges"], "es fehlt:"),
        (["nosuch"], "Befehl: „nosuch“ gibt es nicht"),
        (["list", "events", "--bogus"], "unbekannte Angaben: --bogus"),
    ],
)
def test_usage_errors_are_one_german_line(argv, expected, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "kidesk.sqlite"), *argv])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err and "--help" in err, err
    for english in ("usage:", "error:", "invalid choice", "argument", "required", "unrecognized"):
        assert english not in err


def test_help_is_german():
    text = build_parser().format_help()
    assert text.startswith("Aufruf: kidesk") and "Optionen:" in text and "show this help" not in text
