"""Service messages and typed-in vocabulary in the window's language (issue 19, item 8).

The services stay Qt-free and German: a ``ValidationError`` says "Ein Netzwerk namens „Ağ“ gibt
es schon." The German *templates* of all such messages are generated from the services' source
into :mod:`kidesk.ui.service_messages` (``QT_TRANSLATE_NOOP("services", …)``, seen by lupdate) by
``tools/gen_service_messages.py``; ``tests/ui/test_service_messages.py`` keeps the list complete. :func:`service_text` finds the
template a message was made from, translates the template and fills the values back in, so a
German sentence with a name in it still becomes English; a value that is itself a template (a hint
from a table of the services, a message helper's sentence) is translated too, and so is the sentence
after "<file>: " of a file-system error. A message that fits no template (an OS error text) is shown
as it is: German, never garbled. The rule a service message must follow to reach the list is in
``tools/gen_service_messages.py``.

:func:`vocab_text` does the same for engagement areas and language names, which are stored as
German text; a text a user typed in that is not in the list passes through unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from kidesk.ui.common.text import fill

__all__ = ["note_text", "service_text", "vocab_text"]

_PLACEHOLDER = re.compile(r"%(\d)")


@lru_cache(maxsize=1)
def _templates() -> list[tuple[str, re.Pattern[str]]]:
    from kidesk.ui.service_messages import MESSAGES

    compiled = []
    for template in MESSAGES:
        pieces = _PLACEHOLDER.split(template)  # literal, number, literal, number …
        pattern = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(pieces))
        compiled.append((template, re.compile(pattern, re.DOTALL)))
    # the most specific template first: more fixed text wins over a looser one
    compiled.sort(key=lambda item: -len(_PLACEHOLDER.sub("", item[0])))
    return compiled


def _translated(text: str, depth: int) -> str:
    for template, pattern in _templates():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        translated = QCoreApplication.translate("services", template)
        if translated == template:
            return text  # no translation loaded (German): the message exactly as the service made it
        values = [_translated(v, depth + 1) if depth < 1 else v for v in match.groups()]
        return fill(translated, *values)
    where, colon, reason = text.partition(": ")
    if colon and depth == 0 and reason:  # "<file>: <sentence>" (a file-system error): the sentence alone
        translated_reason = _translated(reason, depth + 1)
        if translated_reason != reason:
            return f"{where}: {translated_reason}"
    return text


def service_text(error: BaseException | str) -> str:
    """A service's message (or ``UserError``) in the window's language."""
    return _translated(str(error), 0)


def vocab_text(label: str) -> str:
    """An engagement area, a language name or another vocabulary label in the window's language."""
    return QCoreApplication.translate("vocab", label) if label else label


def note_text(note: str) -> str:
    """A note a service made of parts joined by ", " ("eingesehen am 06.12.2021, überfällig"),
    part by part in the window's language (a part that is a vocabulary label is translated too)."""
    return ", ".join(vocab_text(_translated(part, 0)) for part in note.split(", ")) if note else note
