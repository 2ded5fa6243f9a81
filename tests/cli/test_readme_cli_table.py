"""README's command tables match ``kidesk --help`` (issue 19): every verb is listed, every option a verb
has appears in its row, and no row names an option the verb does not have."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from kidesk.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"
GLOBAL = {"--db", "--demo", "--verbose", "-v", "--wait", "--version", "--help", "-h"}


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for action in subs:
        for name, sub in action.choices.items():
            yield from _leaves(sub, (*path, name))


def _options(parser: argparse.ArgumentParser) -> list[set[str]]:
    """The spellings of each option (``{"-o", "--output"}``), help left out."""
    return [
        set(a.option_strings) for a in parser._actions if a.option_strings and not isinstance(a, argparse._HelpAction)
    ]


def _rows() -> list[tuple[str, str]]:
    """(command, rest of the row) for every table row of README that starts with a ``kidesk`` command
    (the tables of "Befehle" and the backup table of "Ihre Daten"); a cell may hold several commands."""
    rows = []
    for line in README.read_text(encoding="utf-8").splitlines():
        line = line.replace("\\|", "\x00")  # an escaped | inside a cell is no column border
        cells = [c.strip().replace("\x00", "|") for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[0].startswith("`kidesk"):
            continue
        for command in re.findall(r"`(kidesk[^`]*)`", cells[0]):
            rows.append((command, " ".join(cells)))
    return rows


def _verb_path(command: str, verbs: set[str]) -> list[tuple[str, ...]]:
    words = command.split()
    for i, word in enumerate(words):
        if word in verbs:
            rest = words[i + 1].split("|") if i + 1 < len(words) else []
            return [(word, sub) for sub in rest] + [(word,)]
    return []


def test_every_verb_and_option_is_in_the_readme_and_nothing_else():
    parser = build_parser()
    leaves = dict(_leaves(parser))
    verbs = {path[0] for path in leaves}
    rows_by_path: dict[tuple[str, ...], list[str]] = {}
    for command, purpose in _rows():
        for path in _verb_path(command, verbs):
            if path in leaves:
                rows_by_path.setdefault(path, []).append(command + " " + purpose)
    missing_verbs = [" ".join(p) for p in leaves if p not in rows_by_path]
    assert missing_verbs == [], f"README lists no row for: {missing_verbs}"
    problems = []
    for path, texts in rows_by_path.items():
        text = " ".join(texts)
        named = set(re.findall(r"(?<![\w-])--?[a-z][a-z-]*", text)) - GLOBAL
        options = _options(leaves[path])
        known = set().union(*options) if options else set()
        where = f"kidesk {' '.join(path)}"
        problems += [f"{where}: {max(o, key=len)} fehlt im README" for o in options if not o & named]
        problems += [
            f"{where}: README nennt {o}, das es nicht gibt" for o in sorted(named - known) if o.startswith("--")
        ]
    assert problems == [], "\n".join(problems)


def test_readme_lists_the_letter_placeholders_and_where_english_is_switched_on():
    text = README.read_text(encoding="utf-8")
    for placeholder in ("$titel", "$datum", "$referenten_satz", "$anmeldung_satz", "$vorname", "$nachname"):
        assert placeholder in text
    assert "Sprache der Oberfläche" in text and "Englisch" in text
