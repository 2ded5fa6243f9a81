"""The ``export`` verb, shared by several areas: one nested sub-command per export target.

Each area registers its targets (``kidesk export contacts OUT.csv``, ``kidesk export events
OUT.ics``) with :func:`register_export_target`; :func:`register` (listed in
``COMMAND_MODULES``) creates the verb. Registration order does not matter: a target
registered before the verb exists is attached when it is created, one registered after is
attached at once.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kidesk.cli.context import CliContext

Handler = Callable[[argparse.Namespace, "CliContext"], int]
Configure = Callable[[argparse.ArgumentParser], None]

_targets: dict[str, tuple[Handler, Configure, str | None]] = {}
_current: argparse._SubParsersAction | None = None
_attached: set[str] = set()


def register_export_target(name: str, handler: Handler, configure: Configure, help: str | None = None) -> None:
    _targets[name] = (handler, configure, help)
    if _current is not None and name not in _attached:
        _attach(name)


def _attach(name: str) -> None:
    if _current is None:
        raise RuntimeError("the export verb is not registered yet")
    handler, configure, help_text = _targets[name]
    parser = _current.add_parser(name, help=help_text)
    configure(parser)
    parser.set_defaults(handler=handler)
    _attached.add(name)


def register(subparsers: argparse._SubParsersAction) -> None:
    global _current
    parser = subparsers.add_parser("export", help="Listen exportieren (CSV, Excel, vCard, Kalender …)")
    _current = parser.add_subparsers(dest="export_target", metavar="LISTE", required=True)
    _attached.clear()
    for name in list(_targets):
        _attach(name)
