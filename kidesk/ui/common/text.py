"""Translated text with placeholders, filled in one pass.

Qt's C++ ``QString::arg`` is not available in PySide6, and chains of
``tr("…%1…%2").replace("%1", a).replace("%2", b)`` rewrite a ``%2`` that the first value
brought in (a name such as "Raum %2"). :func:`fill` replaces every ``%N`` of the *template*
at once and never looks into the values.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *values: object) -> str:
    """``fill(tr("%1 von %2"), 3, 10)`` → ``"3 von 10"``; unknown numbers stay as written."""

    def substitute(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if 0 <= index < len(values):
            return str(values[index])
        return match.group(0)

    return _PLACEHOLDER.sub(substitute, template)
