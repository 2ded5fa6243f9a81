"""Control characters never enter a record (issue 12, item 6): the one rule for every input path.

C0 controls except tab and newline, DEL, C1 controls and lone surrogates are taken out of
text typed, pasted or written by a service; a carriage return becomes a newline (``\\r\\n``
one newline). Everything printable stays — including the zero-width non-joiner of Persian
names (U+200C) and the direction marks of Arabic ones. Where the text is one line, newline
and tab become a space.
"""

from __future__ import annotations

import re

#: what never belongs in stored text (tab and newline are allowed in multi-line fields)
FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def has_control(text: str, *, multiline: bool = True) -> bool:
    """Would :func:`strip_control` change ``text``?"""
    return (FORBIDDEN if multiline else _ANY_CONTROL).search(text) is not None or (multiline and "\r" in text)


def strip_control(text: str, *, multiline: bool = True) -> str:
    """``text`` without control characters (see the module docstring)."""
    if multiline:
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return FORBIDDEN.sub("", text)
    text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")
    return _ANY_CONTROL.sub("", text)
