"""argparse in German, one line per error (issue 19, point 9).

argparse writes its own texts in English ("usage:", "error: argument --contact: not allowed with
argument --event", "invalid choice") and prints the whole usage before an error. kidesk's
parser (:class:`GermanArgumentParser`, also the class of every verb's sub-parser) writes:

* ``--help`` with German headings ("Aufruf:", "Argumente", "Optionen") and a German ``-h`` text;
* an error as one line on stderr — ``kidesk print cards: Option --copies: … (Hilfe: kidesk print
  cards --help)`` — and exit code 2, as before.

The English messages are translated by :data:`MESSAGES` (argparse's messages of Python 3.12);
whatever is not known stays as it is rather than being lost.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

#: (pattern of argparse's English message, German replacement); applied in this order
MESSAGES: tuple[tuple[str, str], ...] = (
    (r"^argument VERB: ", "Befehl: "),
    (r"^argument (-\S+): ", r"Option \1: "),
    (r"^argument (\S+): ", r"Angabe \1: "),
    (r"the following arguments are required: (.*)$", r"es fehlt: \1"),
    (r"unrecognized arguments: (.*)$", r"unbekannte Angaben: \1"),
    (r"invalid choice: '?(.*?)'? \(choose from (.*)\)$", r"„\1“ gibt es nicht (möglich: \2)"),
    (r"invalid (\S+) value: (.*)$", r"ungültiger Wert \2"),
    (r"expected one argument$", "hier fehlt der Wert"),
    (r"expected at most one argument$", "höchstens ein Wert"),
    (r"expected at least one argument$", "mindestens ein Wert"),
    (r"expected (\d+) arguments?$", r"\1 Werte erwartet"),
    (r"not allowed with argument (.*)$", r"geht nicht zusammen mit \1"),
    (r"one of the arguments (.*) is required$", r"eine dieser Angaben ist nötig: \1"),
    (r"ambiguous option: (\S+) could match (.*)$", r"\1 ist mehrdeutig (passt zu \2)"),
    (r"ignored explicit argument (.*)$", r"überzähliger Wert \1"),
    (r"unknown parser (.*) \(choices: (.*)\)$", r"unbekannter Befehl \1 (möglich: \2)"),
    (r"can't open '(.*)': (.*)$", r"„\1“ lässt sich nicht öffnen: \2"),
    (r"unexpected option string: (.*)$", r"unerwartete Option \1"),
)


def german_message(message: str) -> str:
    """argparse's English error text in German (unknown parts unchanged)."""
    text = message
    for pattern, replacement in MESSAGES:
        text = re.sub(pattern, replacement, text)
    return text


class GermanHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, "Aufruf: " if prefix is None else prefix)


class GermanArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser that helps and complains in German, each complaint on one line."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", GermanHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "Argumente"
        self._optionals.title = "Optionen"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")

    def error(self, message: str) -> NoReturn:
        from kidesk.cli.faults import clean_line

        line = clean_line(f"{self.prog}: {german_message(message)} (Hilfe: {self.prog} --help)")
        sys.stderr.write(line + "\n")
        self.exit(2)
