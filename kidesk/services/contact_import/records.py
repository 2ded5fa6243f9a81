"""The import's own vocabulary: a converted row, the plan built from the rows, the result.

These are plain dataclasses (no ORM objects): the reading and conversion steps produce them,
matching and planning decide on them, applying writes them. The plan is deliberately *not*
frozen — it is the working document the person edits in the dry-run report (per row: create,
complete or skip) before it is applied, through :meth:`ImportPlan.set_action` so the rule of
what may be chosen stays here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kidesk.db import vocab
from kidesk.domain.plurals import count_of
from kidesk.errors import UserError
from kidesk.services.tabular_source import ERROR, WARNING, Problem, RawTable

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

CREATE, UPDATE, SKIP = "create", "update", "skip"
ACTION_LABELS = {CREATE: "neu anlegen", UPDATE: "ergänzen", SKIP: "überspringen"}

CONTACT_TEXT_FIELDS = (
    "title",
    "first_name",
    "last_name",
    "function",
    "department",
    "phone",
    "mobile",
    "fax",
    "email",
    "room",
    "street",
    "postcode",
    "city",
    "languages",
)
CONTACT_FIELDS = ("salutation", *CONTACT_TEXT_FIELDS, "country", "notes")
FIELD_LABELS = vocab.CONTACT_FIELD_LABELS


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Import abgebrochen – die Datenbank ist unverändert.")


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; raise :class:`ImportCancelled` when the caller says stop."""
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


@dataclass
class ContactRecord:
    """The values one row gives, already checked and converted."""

    row: int
    fields: dict[str, Any] = field(default_factory=dict)  # Contact column → value
    organisation: str | None = None
    volunteer: dict[str, Any] | None = None  # Volunteer column → value, plus "engagements"
    notes: list[str] = field(default_factory=list)
    also_rows: list[int] = field(default_factory=list)
    organisation_hint: str = ""  # while converting: lets a display name that is the organisation's pass
    kind: str = "person"  # or "organisation": the row describes an organisation (vCard KIND:org, Apple company card)
    website: str | None = None  # an organisation's web page (a person's goes into the notes)
    incomplete: str = ""  # why the row is not imported unless the person confirms it (vCard without END:VCARD)

    @property
    def is_organisation(self) -> bool:
        return self.kind == "organisation"

    @property
    def label(self) -> str:
        if self.is_organisation:
            return f"{self.organisation} (Organisation)"
        last, first = self.fields.get("last_name") or "", self.fields.get("first_name") or ""
        return f"{last}, {first}" if first else last

    def identity(self) -> tuple[object, ...]:
        items = tuple(sorted((k, v) for k, v in self.fields.items() if v not in (None, "")))
        vol = tuple(sorted((k, str(v)) for k, v in (self.volunteer or {}).items()))
        return items, self.organisation or "", vol, tuple(self.notes), self.kind, self.website or ""

    def notes_text(self) -> str | None:
        text = "\n".join(p for p in self.notes if p)
        return text or None


@dataclass
class PlannedContact:
    record: ContactRecord
    action: str
    existing_id: int | None = None  # UPDATE: the contact to fill
    duplicate_of: int | None = None  # CREATE: a contact that might be the same person
    duplicate_label: str = ""
    duplicate_reason: str = ""  # "gleicher Name", "gleiche E-Mail", "ähnlicher Name"
    reason: str = ""
    confirmable: bool = False  # an incomplete card: skipped unless the person chooses to import it

    @property
    def row(self) -> int:
        return self.record.row

    def allowed_actions(self) -> list[str]:
        """What the person may choose for this row in the dry-run report."""
        if self.record.is_organisation:
            return [UPDATE, SKIP] if self.existing_id else [CREATE, SKIP]
        if self.confirmable:
            return [CREATE, UPDATE, SKIP] if self.existing_id or self.duplicate_of else [CREATE, SKIP]
        if self.existing_id or self.duplicate_of:
            return [CREATE, UPDATE, SKIP]
        if self.action == SKIP and self.reason.startswith(("doppelt", "mit ")):
            return [SKIP]  # a repeated or merged row of the file: importing it again would duplicate
        return [CREATE, SKIP]


@dataclass
class ImportPlan:
    table: RawTable
    mapping: list[str]
    items: list[PlannedContact]
    problems: list[Problem]
    skipped_rows: int  # rows with errors (not in items)
    new_organisations: list[str]

    def count(self, action: str) -> int:
        return sum(1 for item in self.items if item.action == action)

    @property
    def importable(self) -> int:
        return self.count(CREATE) + self.count(UPDATE)

    @property
    def nothing_new(self) -> bool:
        """Every row is already in the database (nothing to do is not a failure)."""
        return bool(self.items) and all(item.action == SKIP for item in self.items) and not self.skipped_rows

    def set_action(self, index: int, action: str) -> None:
        """The person's choice for item ``index``; completing a possible duplicate fills that contact."""
        item = self.items[index]
        if action not in item.allowed_actions():
            raise ValueError(f"action {action} not allowed for row {item.row}")
        item.action = action
        if action == UPDATE and item.existing_id is None:
            item.existing_id = item.duplicate_of

    def count_organisations(self, action: str) -> int:
        return sum(1 for item in self.items if item.action == action and item.record.is_organisation)

    def summary(self) -> str:
        parts = [
            f"{self.count(CREATE) - self.count_organisations(CREATE)} neu",
            f"{self.count(UPDATE)} ergänzt",
            f"{self.count(SKIP) + self.skipped_rows} übersprungen",
        ]
        text = ", ".join(parts)
        if self.new_organisations:
            text += "; " + count_of(len(self.new_organisations), "neue Organisation", "neue Organisationen")
        errors = sum(1 for p in self.problems if p.severity == ERROR)
        warnings = sum(1 for p in self.problems if p.severity == WARNING)
        return f"{text}; {errors} Fehler, {warnings} Hinweise ({self.table.description})"

    def problem_lines(self) -> list[str]:
        return [p.describe(self.table.row_word) for p in sorted(self.problems, key=_problem_order)]


def _problem_order(problem: Problem) -> tuple[bool, int]:
    return (problem.row is not None, problem.row or 0)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    organisations_created: int = 0
    contact_ids: list[int] = field(default_factory=list)

    def add(self, other: ImportResult) -> None:
        self.created += other.created
        self.updated += other.updated
        self.skipped += other.skipped
        self.organisations_created += other.organisations_created

    def summary(self) -> str:
        text = (
            f"{count_of(self.created, 'Kontakt', 'Kontakte')} angelegt, {self.updated} ergänzt, "
            f"{self.skipped} übersprungen"
        )
        if self.organisations_created:
            text += f", {count_of(self.organisations_created, 'Organisation', 'Organisationen')} angelegt"
        return text + "."
