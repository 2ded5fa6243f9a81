"""Likely duplicate contacts (:mod:`.finding`) and the merge that loses nothing (:mod:`.merging`).

See docs/NAMES.md for the scores and reasons and for what a merge does with each field.
"""

from kidesk.services.duplicates.finding import (
    CANDIDATE_CUTOFF,
    DEFAULT_THRESHOLD,
    DISMISSED_SETTING,
    MERGE_LEVEL,
    REASONS,
    DuplicatePair,
    NameIndex,
    dismiss_pair,
    find_duplicates,
    likely_duplicates,
    name_similarity,
)
from kidesk.services.duplicates.merging import (
    AFFILIATION_FIELDS,
    FIELD_LABELS,
    MERGE_FIELDS,
    STATUS_RANK,
    VOLUNTEER_FIELDS,
    FieldChoice,
    MergeResult,
    MergeUndo,
    display_value,
    link_summary,
    merge_contacts,
    merge_preview,
    undo_merge,
)

__all__ = [
    "CANDIDATE_CUTOFF",
    "DEFAULT_THRESHOLD",
    "DISMISSED_SETTING",
    "FIELD_LABELS",
    "MERGE_FIELDS",
    "MERGE_LEVEL",
    "REASONS",
    "STATUS_RANK",
    "VOLUNTEER_FIELDS",
    "AFFILIATION_FIELDS",
    "DuplicatePair",
    "FieldChoice",
    "MergeResult",
    "MergeUndo",
    "NameIndex",
    "dismiss_pair",
    "display_value",
    "find_duplicates",
    "likely_duplicates",
    "link_summary",
    "merge_contacts",
    "merge_preview",
    "name_similarity",
    "undo_merge",
]
