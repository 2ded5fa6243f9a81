"""``kidesk duplicates [--min-score N]``: likely duplicate contacts, one tab-separated line per pair.

``score<TAB>id<TAB>name<TAB>id<TAB>name<TAB>reason`` — the same pairs, scores and reasons as the
window's *Find duplicates* (:func:`kidesk.services.duplicates.find_duplicates`); exit 0, also when
there are none.
"""

from __future__ import annotations

import argparse

from kidesk.cli import arg_types
from kidesk.cli.context import CliContext


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "duplicates", help="mögliche Dubletten auflisten: Punktzahl, ID, Name, ID, Name, Grund (tab-getrennt)"
    )
    p.add_argument(
        "--min-score",
        type=arg_types.int_range(0, 100, "Punktzahl"),
        default=0,
        metavar="N",
        help="nur Paare ab dieser Punktzahl (0–100)",
    )
    p.set_defaults(handler=_duplicates)


def _name(label: str) -> str:
    """ "Berg, Anna <anna@example.org>" → "Berg, Anna" (the e-mail is not part of the name)."""
    if label.endswith(">") and " <" in label:
        return label[: label.rindex(" <")]
    return label


def _clean(text: str) -> str:
    """One tab-separated field: white space folded, control characters escaped (never raw to a terminal)."""
    return arg_types.cell(" ".join(text.split()))


def _duplicates(args: argparse.Namespace, ctx: CliContext) -> int:
    from kidesk.services.duplicates import find_duplicates

    for pair in find_duplicates(ctx.open_db()):
        if pair.score < args.min_score:
            continue
        fields = (
            str(pair.score),
            str(pair.first_id),
            _clean(_name(pair.first_label)),
            str(pair.second_id),
            _clean(_name(pair.second_label)),
            _clean(pair.reason),
        )
        print("\t".join(fields))
    return 0
