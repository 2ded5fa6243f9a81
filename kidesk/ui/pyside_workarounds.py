"""Work-arounds for bugs in the Qt binding, applied once when ``kidesk.ui`` is imported.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of many void
methods (``QLineEdit.setText``, ``QComboBox.addItem`` …) and for every ``None`` a Python
item model's ``data()`` returns. After some thousand clicks the count reaches zero and the
interpreter aborts ("Fatal Python error: none_dealloc"). ``bench/pyside_none_refcount.py``
shows it. CPython 3.12 made ``None`` immortal (PEP 683), so the bug is harmless there; on
3.11 we do what 3.12 does: give ``None`` so many references (2**40) that no session can
use them up. The PySide6-Pdf wheel we depend on for the print preview exists only as
6.12.0, so pinning an older binding is not an option.
"""

from __future__ import annotations

import ctypes
import sys

NONE_EXTRA_REFERENCES = 1 << 40


def immortalize_none() -> bool:
    """Make ``None``'s refcount unreachable for the binding's leak; True if anything was done."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # immortal already (PEP 683), or not CPython's object layout
    if hasattr(sys, "gettotalrefcount"):
        return False  # debug build: the header holds extra pointers before ob_refcnt
    if sys.getrefcount(None) >= NONE_EXTRA_REFERENCES:
        return False  # done before
    # ob_refcnt is the first field of every PyObject in a release build.
    ctypes.c_ssize_t.from_address(id(None)).value += NONE_EXTRA_REFERENCES
    return True
