"""Importing address lists: read → map columns → check every row → dry-run plan → apply.

The office's lists come as CSV (Excel, Outlook, Thunderbird, Google), XLSX or vCard files.
:func:`load_table` reads any of them into a :class:`~kidesk.services.tabular_source.RawTable`;
:func:`plan_import` checks every row without writing anything and returns an
:class:`ImportPlan` — what would be created, updated and skipped, with one line per problem;
:func:`apply_import` writes the confirmed plan in short transactions (batches of whole rows, about
half a second each, so another program waiting for the write lock is not starved); an error or a
cancel keeps the batches already committed, rolls back the running one and says what is stored.
docs/IMPORT.md describes the formats and the decisions.

Rules for rows (the dry-run report names row, column and problem):

* An organisation's row or card (vCard ``KIND:org``, Apple's company cards, a row naming only an
  organisation) creates or completes an **organisation**.
* A person needs some name: a given name alone, a nickname or a display name becomes the family
  name (with a hint); a card with only an e-mail address becomes a person named by the address,
  marked for review. A row with no name, no organisation and no e-mail is **skipped** (error).
* A row with more fields than the header is **skipped** (error; values have shifted).
* A row with fewer fields is read with the missing fields empty (warning).
* A value longer than its database column is **truncated** to the column length (warning) and
  the full text is kept in the notes — nothing is lost and no row is refused for length.
* An invalid e-mail, an unknown salutation, an unknown country, an invalid date or yes/no are
  **not** stored in their field; the original text goes into the notes (warning).
* A phone number that is not a valid number, a postcode that does not fit its country (five
  digits in Germany) are stored as written (warning): they are still useful on paper.
* Columns without a field go into the notes as "Column: value".
* A row identical to an earlier row is skipped (info); a row that describes the same person as
  an earlier row (same name and e-mail) is merged into it, differing values into the notes.
* A row matching a contact in the database (same e-mail and compatible name, or same name and
  one more matching detail: phone, mobile, organisation, street, postcode) *updates* it: empty fields are
  filled, nothing is overwritten; differing values are reported. Without anything new it is
  skipped. A row that only shares a name or only an e-mail with a contact is created, with a
  warning naming the possible duplicate (the dialog lets the user choose per row); so is a row
  whose name is merely *similar* to a contact's (RapidFuzz, :class:`~kidesk.services.duplicates.NameIndex`).

E-mail, phone and postcode are checked by :mod:`kidesk.services.validation`, the same rules the
contact editor applies; the import only decides what happens to a value that fails them.
"""

from __future__ import annotations

from kidesk.services.contact_import.apply import APPLY_BATCH, ImportStopped, apply_import, would_change
from kidesk.services.contact_import.matching import ExistingContacts, RowMatcher, merge_record_into
from kidesk.services.contact_import.plan import mapping_for_table, plan_import
from kidesk.services.contact_import.reading import FORMATS, guess_format, load_table, sheet_names
from kidesk.services.contact_import.records import (
    ACTION_LABELS,
    CONTACT_FIELDS,
    CONTACT_TEXT_FIELDS,
    CREATE,
    FIELD_LABELS,
    SKIP,
    UPDATE,
    ContactRecord,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    PlannedContact,
    Progress,
)
from kidesk.services.contact_import.row_conversion import VOLUNTEER_FIELDS, convert_row
from kidesk.services.contact_import.values import (
    COUNTRY_CODES,
    EMPTY_MARKERS,
    SALUTATION_WORDS,
    check_email,
    country_code,
    parse_bool,
    parse_salutation,
)

__all__ = [
    "ACTION_LABELS",
    "APPLY_BATCH",
    "CONTACT_FIELDS",
    "CONTACT_TEXT_FIELDS",
    "COUNTRY_CODES",
    "CREATE",
    "EMPTY_MARKERS",
    "FIELD_LABELS",
    "FORMATS",
    "SALUTATION_WORDS",
    "SKIP",
    "UPDATE",
    "VOLUNTEER_FIELDS",
    "ContactRecord",
    "ExistingContacts",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "ImportStopped",
    "PlannedContact",
    "Progress",
    "RowMatcher",
    "apply_import",
    "check_email",
    "convert_row",
    "country_code",
    "guess_format",
    "load_table",
    "mapping_for_table",
    "merge_record_into",
    "parse_bool",
    "parse_salutation",
    "plan_import",
    "sheet_names",
    "would_change",
]
