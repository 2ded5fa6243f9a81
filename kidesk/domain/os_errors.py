"""The reason of a file-system error in German, short enough for a parenthesis (issue 19).

``OSError.strerror`` is the C library's English text ("Is a directory", "Permission denied");
messages that name a reason use :func:`os_reason` instead. Unknown codes keep the English text,
which is still better than nothing.
"""

from __future__ import annotations

import errno

REASONS = {
    errno.ENOENT: "nicht vorhanden",
    errno.EISDIR: "ist ein Ordner",
    errno.ENOTDIR: "ein Teil des Pfads ist kein Ordner",
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "nicht erlaubt",
    errno.ENOSPC: "der Datenträger ist voll",
    errno.EDQUOT: "das Speicherkontingent ist erschöpft",
    errno.EROFS: "der Datenträger ist schreibgeschützt",
    errno.EEXIST: "ist schon vorhanden",
    errno.ENAMETOOLONG: "der Name ist zu lang",
    errno.EIO: "Lese-/Schreibfehler",
    errno.ELOOP: "zu viele symbolische Verknüpfungen",
    errno.EBUSY: "wird gerade benutzt",
    errno.ETXTBSY: "wird gerade benutzt",
    errno.EMFILE: "zu viele offene Dateien",
    errno.EINVAL: "ungültiger Name",
}


def os_reason(exc: OSError) -> str:
    """``IsADirectoryError`` → "ist ein Ordner"; the English text only for codes not listed."""
    return REASONS.get(exc.errno or -1) or exc.strerror or type(exc).__name__
