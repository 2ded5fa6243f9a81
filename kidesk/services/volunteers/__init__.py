"""Volunteer records: profiles, hours, Ehrenamtskarte, qualification progress, the list,
due dates, recognition, privacy — one module per job, re-exported here.

Every public function takes a :class:`~kidesk.db.database.Database`, opens and commits its
own unit of work and returns plain frozen dataclasses; nothing here imports Qt. The UI
(``kidesk/ui/volunteers/``) and the CLI (``kidesk/cli/volunteer_commands.py``) call the same
functions. Helpers that take a ``Session`` (suffix ``_in``) are for other services that
already hold one. The consent rule itself lives in :mod:`kidesk.domain.consent`.

* :mod:`.settings_rules` — vocabulary, office settings, calendar arithmetic
* :mod:`.profiles` — load, check, create, save, delete a profile
* :mod:`.hours` — log hours, totals
* :mod:`.ehrenamtskarte` — the NRW volunteer card rule and assessment
* :mod:`.qualification` — progress per qualification series
* :mod:`.listing` — the filtered, paged list
* :mod:`.due` — what needs attention
* :mod:`.recognition` — invitations to the thank-you event
* :mod:`.privacy` — the consent rule as SQL (exports to partners)
"""

from kidesk.domain.consent import may_share_with_partners, photo_consent_missing
from kidesk.services.volunteers.due import (
    DUE_CONSENT,
    DUE_INACTIVE,
    DUE_KIND_LABELS,
    DUE_POLICE_CERTIFICATE,
    DUE_WHAT_TEXTS,
    DueItem,
    due_items,
    police_certificate_due,
    police_certificate_seen,
)
from kidesk.services.volunteers.ehrenamtskarte import (
    EhrenamtskarteAssessment,
    EhrenamtskartePeriod,
    EhrenamtskarteRule,
    assess_ehrenamtskarte,
    ehrenamtskarte_rule,
    save_ehrenamtskarte_rule,
)
from kidesk.services.volunteers.hours import (
    HoursEntry,
    HoursSummary,
    OrganisationChoice,
    add_hours,
    delete_hours,
    hours_entries,
    hours_per_year,
    hours_summary,
    organisation_choices,
    parse_hours,
)
from kidesk.services.volunteers.listing import (
    PROGRESS_COMPLETE,
    PROGRESS_INCOMPLETE,
    PROGRESS_STARTED,
    FilterChoices,
    VolunteerFilter,
    VolunteerRow,
    filter_choices,
    volunteer_count,
    volunteer_page,
    volunteer_statement,
)
from kidesk.services.volunteers.privacy import (
    shareable_contact_ids,
    shareable_volunteer_ids,
)
from kidesk.services.volunteers.profiles import (
    ContactChoice,
    VolunteerProfile,
    VolunteerRecord,
    contacts_without_profile,
    create_volunteer,
    delete_volunteer,
    load_volunteer,
    update_volunteer,
    validate_profile,
    volunteer_for_contact,
)
from kidesk.services.volunteers.qualification import (
    SeriesChoice,
    SeriesProgress,
    qualification_progress,
    qualification_progress_in,
    required_modules,
    series_choices,
)
from kidesk.services.volunteers.recognition import (
    EventChoice,
    RecognitionResult,
    invite_volunteers_to_thank_you_event,
    thank_you_events,
)
from kidesk.services.volunteers.settings_rules import (
    CONSENT_MAX_AGE_MONTHS_KEY,
    DEFAULT_CONSENT_MAX_AGE_MONTHS,
    DEFAULT_INACTIVITY_MONTHS,
    DEFAULT_POLICE_CERTIFICATE_VALID_YEARS,
    EARLIEST_HOURS_DATE,
    EHRENAMTSKARTE_RULE_KEY,
    ENGAGEMENT_AREAS,
    INACTIVITY_MONTHS_KEY,
    LANGUAGE_LEVEL_LABELS,
    LANGUAGES,
    MAX_HOURS_PER_DAY,
    MUNICIPALITIES,
    POLICE_CERTIFICATE_VALID_YEARS_KEY,
    add_months,
    add_years,
    format_hours,
)

__all__ = [
    "CONSENT_MAX_AGE_MONTHS_KEY",
    "DEFAULT_CONSENT_MAX_AGE_MONTHS",
    "DEFAULT_INACTIVITY_MONTHS",
    "DEFAULT_POLICE_CERTIFICATE_VALID_YEARS",
    "DUE_CONSENT",
    "DUE_INACTIVE",
    "DUE_KIND_LABELS",
    "DUE_POLICE_CERTIFICATE",
    "EARLIEST_HOURS_DATE",
    "EHRENAMTSKARTE_RULE_KEY",
    "ENGAGEMENT_AREAS",
    "INACTIVITY_MONTHS_KEY",
    "LANGUAGES",
    "LANGUAGE_LEVEL_LABELS",
    "MAX_HOURS_PER_DAY",
    "MUNICIPALITIES",
    "POLICE_CERTIFICATE_VALID_YEARS_KEY",
    "PROGRESS_COMPLETE",
    "PROGRESS_INCOMPLETE",
    "PROGRESS_STARTED",
    "ContactChoice",
    "DueItem",
    "EhrenamtskarteAssessment",
    "EhrenamtskartePeriod",
    "EhrenamtskarteRule",
    "EventChoice",
    "FilterChoices",
    "HoursEntry",
    "HoursSummary",
    "OrganisationChoice",
    "RecognitionResult",
    "SeriesChoice",
    "SeriesProgress",
    "VolunteerFilter",
    "VolunteerProfile",
    "VolunteerRecord",
    "VolunteerRow",
    "add_hours",
    "add_months",
    "add_years",
    "assess_ehrenamtskarte",
    "contacts_without_profile",
    "create_volunteer",
    "delete_hours",
    "delete_volunteer",
    "due_items",
    "ehrenamtskarte_rule",
    "filter_choices",
    "format_hours",
    "hours_entries",
    "hours_per_year",
    "hours_summary",
    "invite_volunteers_to_thank_you_event",
    "load_volunteer",
    "may_share_with_partners",
    "organisation_choices",
    "parse_hours",
    "photo_consent_missing",
    "police_certificate_due",
    "police_certificate_seen",
    "DUE_WHAT_TEXTS",
    "qualification_progress",
    "qualification_progress_in",
    "required_modules",
    "save_ehrenamtskarte_rule",
    "series_choices",
    "shareable_contact_ids",
    "shareable_volunteer_ids",
    "thank_you_events",
    "update_volunteer",
    "validate_profile",
    "volunteer_count",
    "volunteer_for_contact",
    "volunteer_page",
    "volunteer_statement",
]
