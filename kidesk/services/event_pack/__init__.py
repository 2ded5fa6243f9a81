"""The event laptop (issue 20, item 5): take one event out as a small kidesk file, bring attendance back.

* :mod:`.packing` — :func:`create_pack` writes the pack (a normal kidesk database with only the
  event, its list and what check-in and badges need; docs/EVENT-LAPTOP.md says exactly what).
* :mod:`.merging` — :func:`merge_pack` brings status changes and walk-ins back, asks about walk-ins
  who may be office contacts, and remembers what it did so a second merge changes nothing.
* :mod:`.manifest` — the pack's self-description and :func:`current_pack` (the window's banner).
"""

from kidesk.services.event_pack.manifest import (
    CONTENTS,
    MANIFEST_KEY,
    MERGED_PREFIX,
    NOT_CONTAINED,
    PACK_SUFFIX,
    Manifest,
    PackInfo,
    current_pack,
)
from kidesk.services.event_pack.merging import (
    MergeResult,
    NotAPack,
    StatusUpdate,
    Suggestion,
    WalkIn,
    merge_pack,
    pack_info,
)
from kidesk.services.event_pack.packing import PackRefused, PackResult, create_pack

__all__ = [
    "CONTENTS",
    "MANIFEST_KEY",
    "MERGED_PREFIX",
    "NOT_CONTAINED",
    "PACK_SUFFIX",
    "Manifest",
    "MergeResult",
    "NotAPack",
    "PackInfo",
    "PackRefused",
    "PackResult",
    "StatusUpdate",
    "Suggestion",
    "WalkIn",
    "create_pack",
    "current_pack",
    "merge_pack",
    "pack_info",
]
