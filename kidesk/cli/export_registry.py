"""The ``kidesk export TARGET …`` verb, shared by several command modules.

A command module adds a target with :func:`register_export_target` (from its own
``register(subparsers)``); this module's :func:`register` creates the ``export`` verb with
one sub-parser per target. Order does not matter: a target registered after the verb
exists is added to it at once.

    register_export_target("events", handler, configure, help="…")

``configure(parser)`` adds the target's arguments; ``handler(args, ctx) -> int`` runs it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

Handler = Callable[..., int]
Configure = Callable[[argparse.ArgumentParser], None]

_TARGETS: dict[str, tuple[Handler, Configure, str]] = {}
_current: argparse._SubParsersAction | None = None


def _add(targets: argparse._SubParsersAction, name: str) -> None:
    handler, configure, help_text = _TARGETS[name]
    parser = targets.add_parser(name, help=help_text)
    configure(parser)
    parser.set_defaults(handler=handler)


def register_export_target(name: str, handler: Handler, configure: Configure, help: str = "") -> None:
    _TARGETS[name] = (handler, configure, help)
    if _current is not None and name not in _current.choices:
        _add(_current, name)


def register(subparsers: argparse._SubParsersAction) -> None:
    global _current
    parser = subparsers.add_parser("export", help="Daten in Dateien exportieren")
    _current = parser.add_subparsers(dest="export_target", metavar="ZIEL", required=True)
    for name in _TARGETS:
        _add(_current, name)
