"""The volunteers area of the window, one module per part.

* :mod:`.tab` — :class:`VolunteersTab`: the list-tab base with filters, the pages, due dates
* :mod:`.profile_editor` — :class:`VolunteerEditor` (a ``RecordEditor``)
* :mod:`.hours_panel` — hours entry and the Ehrenamtskarte rule dialog
* :mod:`.progress_panel` — qualification progress and certificates
* :mod:`.recognition_dialog` — inviting volunteers to the thank-you event
* :mod:`.date_field` — the date field and the filter box
"""

from kidesk.ui.volunteers.date_field import DateField
from kidesk.ui.volunteers.hours_panel import EhrenamtskarteRuleDialog, HoursPanel
from kidesk.ui.volunteers.profile_editor import VolunteerEditor
from kidesk.ui.volunteers.progress_panel import ProgressPanel
from kidesk.ui.volunteers.recognition_dialog import RecognitionDialog
from kidesk.ui.volunteers.tab import VolunteersTab

__all__ = [
    "DateField",
    "EhrenamtskarteRuleDialog",
    "HoursPanel",
    "ProgressPanel",
    "RecognitionDialog",
    "VolunteerEditor",
    "VolunteersTab",
]
