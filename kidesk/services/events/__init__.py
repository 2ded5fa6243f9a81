"""Event life: planning, duplicating, invite lists, the status workflow, capacity and check-in.

No Qt here; the events tab and the ``kidesk`` CLI call the same functions. Every public
function takes a :class:`~kidesk.db.database.Database`, owns its transaction and returns plain
frozen dataclasses (never ORM objects); bad input raises a :class:`~kidesk.errors.UserError`
with a German message and leaves nothing half-written.

The package is cut by job; import from here:

* :mod:`.records` — the event itself: fields, hosts, speakers; create/load/save/delete,
  duplicate as the next module, the events list, the editor's choice lists.
* :mod:`.series` — series, their certificate rule and the attendance matrix.
* :mod:`.invitations` — the invite list: bulk invites, removal, the rows shown, who gets a letter.
* :mod:`.attendance` — the status workflow with capacity and waiting list.
* :mod:`.checkin` — check-in at the door (by name, walk-ins).
* :mod:`.counts` — the one count behind every number shown.
"""

from kidesk.services.events.attendance import StatusChange, set_status, set_status_many, status_history
from kidesk.services.events.checkin import (
    CheckinCandidate,
    CheckinUndo,
    OrganisationNotCertain,
    WalkInData,
    check_in,
    check_in_by_name,
    check_in_walk_in,
    checkin_candidates,
    filter_candidates,
    find_by_name,
    organisation_suggestions,
    undo_check_in,
)
from kidesk.services.events.common import (
    CHECKIN_STATUSES,
    DEFAULT_DUPLICATE_SHIFT,
    OPEN_STATUSES,
    SEATED_STATUSES,
    AmbiguousName,
    fold_name,
)
from kidesk.services.events.counts import EventCounts, event_counts, free_seats, status_counts
from kidesk.services.events.invitations import (
    InviteeRow,
    InviteResult,
    RemovedEntry,
    default_label_template,
    invitation_recipients,
    invite_active_volunteers,
    invite_contacts,
    invite_earlier_module_attendees,
    invite_network,
    invite_organisations,
    invitees,
    invitees_without_address,
    remove_from_list,
    restore_to_list,
    take_off_list,
    undo_invitation,
)
from kidesk.services.events.records import (
    DuplicatePlan,
    EventChoices,
    EventData,
    EventRow,
    EventSummary,
    HostData,
    SpeakerData,
    create_event,
    delete_event,
    duplicate_event,
    event_choices,
    event_deletion_impact,
    event_summary,
    id_name_list,
    list_events,
    load_event,
    plan_duplicate,
    update_event,
)
from kidesk.services.events.series import (
    SeriesData,
    SeriesMatrix,
    SeriesMatrixRow,
    delete_series,
    list_series,
    save_series,
    series_deletion_impact,
    series_matrix,
    series_modules,
)

__all__ = [
    "CHECKIN_STATUSES",
    "DEFAULT_DUPLICATE_SHIFT",
    "OPEN_STATUSES",
    "SEATED_STATUSES",
    "AmbiguousName",
    "CheckinCandidate",
    "EventChoices",
    "EventCounts",
    "EventData",
    "EventRow",
    "EventSummary",
    "HostData",
    "InviteResult",
    "InviteeRow",
    "SeriesData",
    "SeriesMatrix",
    "SeriesMatrixRow",
    "SpeakerData",
    "StatusChange",
    "WalkInData",
    "check_in",
    "check_in_by_name",
    "check_in_walk_in",
    "checkin_candidates",
    "create_event",
    "default_label_template",
    "delete_event",
    "DuplicatePlan",
    "duplicate_event",
    "plan_duplicate",
    "event_choices",
    "event_counts",
    "event_summary",
    "filter_candidates",
    "find_by_name",
    "fold_name",
    "free_seats",
    "id_name_list",
    "invitation_recipients",
    "invite_active_volunteers",
    "invite_contacts",
    "invite_earlier_module_attendees",
    "invite_network",
    "invite_organisations",
    "invitees",
    "invitees_without_address",
    "list_events",
    "list_series",
    "delete_series",
    "event_deletion_impact",
    "series_deletion_impact",
    "load_event",
    "remove_from_list",
    "RemovedEntry",
    "restore_to_list",
    "take_off_list",
    "undo_invitation",
    "CheckinUndo",
    "OrganisationNotCertain",
    "organisation_suggestions",
    "undo_check_in",
    "save_series",
    "series_matrix",
    "series_modules",
    "set_status",
    "set_status_many",
    "status_counts",
    "status_history",
    "update_event",
]
