"""Creating, changing and deleting partner organisations (no Qt).

Same pattern as :mod:`kidesk.services.contacts`: an :class:`OrganisationData` of plain values
(network memberships and the logo included) goes in, one transaction writes it, and a
:class:`~kidesk.errors.ValidationError` or
:class:`~kidesk.services.edit_conflicts.RecordChangedElsewhere` comes out on trouble.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kidesk.db import list_queries, vocab
from kidesk.db import settings as db_settings
from kidesk.db.collation import sortable
from kidesk.db.database import Database
from kidesk.db.list_queries import ORGANISATION_COLUMNS, OrganisationListQuery, OrganisationRow
from kidesk.db.models import Affiliation, Contact, EventHost, Network, NetworkMembership, Organisation
from kidesk.db.queries import get_or_raise
from kidesk.domain.phones import normalise_if_changed
from kidesk.errors import ValidationError
from kidesk.services import validation
from kidesk.services.deletion_impacts import NOTE, ImpactLine, RecordDeletionImpact, clear_settings_naming, impact_lines
from kidesk.services.edit_conflicts import RecordChangedElsewhere, StaleDataError, stale_message
from kidesk.services.record_writing import (
    blank_to_none,
    insert_record,
    normalise_text_fields,
    update_record,
)
from kidesk.services.validation import PHONE_FIELDS

TEXT_FIELDS = (
    "name",
    "short_name",
    "street",
    "postcode",
    "city",
    "country",
    "phone",
    "fax",
    "email",
    "website",
    "notes",
)
OPTIONAL_TEXT_FIELDS = tuple(f for f in TEXT_FIELDS if f not in ("name", "country"))
__all__ = [
    "LOGO_MAX_BYTES",
    "OPTIONAL_TEXT_FIELDS",
    "ORGANISATION_COLUMNS",
    "TEXT_FIELDS",
    "MembershipData",
    "NetworkData",
    "NetworkMemberRow",
    "OrganisationData",
    "OrganisationDeletionImpact",
    "OrganisationListQuery",
    "OrganisationRow",
    "PersonAtOrganisation",
    "archive_organisation",
    "unarchive_organisation",
    "create_network",
    "create_organisation",
    "delete_network",
    "load_network",
    "network_deletion_impact",
    "network_members",
    "save_network",
    "delete_organisation",
    "deletion_impact",
    "load_organisation",
    "logo_mime_type",
    "network_choices",
    "normalised",
    "organisation_choices",
    "organisation_count",
    "organisation_page",
    "organisation_position",
    "update_organisation",
    "validate",
]
LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


@dataclass
class MembershipData:
    network_id: int
    network_name: str = ""
    role: str | None = None
    joined_on: dt.date | None = None
    left_on: dt.date | None = None


@dataclass(frozen=True)
class PersonAtOrganisation:
    contact_id: int
    name: str
    role: str | None


@dataclass
class OrganisationData:
    id: int | None = None
    version: int | None = None
    name: str = ""
    short_name: str | None = None
    kind: str = "other"
    parent_id: int | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str = "DE"
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    website: str | None = None
    notes: str | None = None
    logo: bytes | None = None
    logo_mime: str | None = None
    memberships: list[MembershipData] = field(default_factory=list)
    # read-only context for the editor
    people: list[PersonAtOrganisation] = field(default_factory=list)
    children: list[tuple[int, str]] = field(default_factory=list)
    archived_on: dt.date | None = None  # set only by archive_organisation / unarchive_organisation


#: what deleting an organisation takes with it (organisations are one kind of record among several)
OrganisationDeletionImpact = RecordDeletionImpact


def logo_mime_type(data: bytes) -> str:
    """PNG or JPEG, recognised by content; anything else is refused with a clear message."""
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(
            "Das Logo ist größer als 2 MB. Bitte eine kleinere PNG- oder JPEG-Datei wählen.", field="logo"
        )
    for signature, mime in LOGO_SIGNATURES.items():
        if data.startswith(signature):
            return mime
    raise ValidationError("Das Logo muss eine PNG- oder JPEG-Datei sein.", field="logo")


def normalised(data: OrganisationData) -> OrganisationData:
    values = {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}
    normalise_text_fields(values, TEXT_FIELDS, OPTIONAL_TEXT_FIELDS)
    values["name"] = values["name"] or ""
    values["memberships"] = [dataclasses.replace(m) for m in data.memberships]
    return OrganisationData(**values)


def validate(data: OrganisationData) -> None:
    problems = validation.organisation_problems({name: getattr(data, name) for name in TEXT_FIELDS})
    if data.kind not in vocab.ORGANISATION_KINDS:
        problems["kind"] = f"Unbekannte Art „{data.kind}“."
    if data.id is not None and data.parent_id == data.id:
        problems["parent_id"] = "Eine Organisation kann nicht sich selbst übergeordnet sein."
    by_network: dict[int, list[MembershipData]] = {}
    for m in data.memberships:
        by_network.setdefault(m.network_id, []).append(m)
        if m.joined_on and m.left_on and m.left_on < m.joined_on:
            problems.setdefault("memberships", f"Beim Netzwerk „{m.network_name}“ liegt der Austritt vor dem Beitritt.")
    for periods in by_network.values():  # leaving and joining again: periods one after the other
        periods = sorted(periods, key=lambda m: m.joined_on or dt.date.min)
        for before, after in zip(periods, periods[1:], strict=False):
            if before.left_on is None or after.joined_on is None or after.joined_on < before.left_on:
                problems.setdefault(
                    "memberships",
                    f"Beim Netzwerk „{after.network_name or after.network_id}“ überschneiden sich zwei "
                    "Mitgliedschaften. Für einen Wiedereintritt bitte beim früheren den Austritt und beim "
                    "neuen den Beitritt danach eintragen.",
                )
    if data.logo is not None:
        try:
            logo_mime_type(data.logo)
        except ValidationError as exc:
            problems["logo"] = str(exc)  # message passed on: logo_mime_type's literal message
    if problems:
        who = f"Die Organisation „{data.name}“" if data.name else "Die Organisation"
        raise ValidationError(
            f"{who} kann so nicht gespeichert werden: " + " ".join(problems.values()), field=next(iter(problems))
        )


def load_organisation(db: Database, organisation_id: int) -> OrganisationData:
    with db.session() as session:
        org = get_or_raise(session, Organisation, organisation_id, "Die Organisation")
        return _to_data(session, org)


def _to_data(session: Session, org: Organisation) -> OrganisationData:
    memberships = session.execute(
        select(NetworkMembership, Network.name)
        .join(Network, NetworkMembership.network_id == Network.id)
        .where(NetworkMembership.organisation_id == org.id)
        .order_by(Network.name, NetworkMembership.joined_on, NetworkMembership.id)
    ).all()
    people = session.execute(
        select(Contact.id, Contact.last_name, Contact.first_name, Affiliation.role)
        .join(Affiliation, Affiliation.contact_id == Contact.id)
        .where(Affiliation.organisation_id == org.id)
        .order_by(sortable(Contact.last_name), sortable(Contact.first_name))
    ).all()
    children = session.execute(
        select(Organisation.id, Organisation.name).where(Organisation.parent_id == org.id).order_by(Organisation.name)
    ).all()
    return OrganisationData(
        id=org.id,
        version=org.version,
        kind=org.kind,
        parent_id=org.parent_id,
        logo=org.logo,
        logo_mime=org.logo_mime,
        memberships=[MembershipData(m.network_id, name, m.role, m.joined_on, m.left_on) for m, name in memberships],
        people=[
            PersonAtOrganisation(i, f"{last}, {first}" if first else last, role) for i, last, first, role in people
        ],
        children=[(i, n) for i, n in children],
        archived_on=org.archived_on,
        **{name: getattr(org, name) for name in TEXT_FIELDS},
    )


def _check_unique_name(session: Session, data: OrganisationData) -> None:
    clash = session.execute(
        select(Organisation.archived_on).where(
            func.lower(Organisation.name) == data.name.lower(), Organisation.id != (data.id or -1)
        )
    ).first()
    if clash is not None and clash.archived_on is not None:
        raise ValidationError(
            f"Eine Organisation namens „{data.name}“ gibt es schon im Archiv. Bitte sie unter "
            "„Archivierte anzeigen“ wiederherstellen statt sie neu anzulegen.",
            field="name",
        )
    if clash is not None:
        raise ValidationError(
            f"Eine Organisation namens „{data.name}“ gibt es schon. Bitte den vorhandenen Eintrag verwenden "
            "oder den Namen unterscheidbar machen (z. B. mit dem Ort).",
            field="name",
        )


def _check_parent(session: Session, data: OrganisationData) -> None:
    if data.parent_id is None:
        return
    seen = {data.id}
    current = data.parent_id
    while current is not None:
        if current in seen:
            raise ValidationError(
                "Diese übergeordnete Organisation ist selbst unter dieser Organisation eingeordnet. "
                "Bitte eine andere übergeordnete Organisation wählen.",
                field="parent_id",
            )
        seen.add(current)
        parent = session.get(Organisation, current)
        if parent is None:
            raise ValidationError("Die übergeordnete Organisation gibt es nicht mehr.", field="parent_id")
        current = parent.parent_id


def create_organisation(db: Database, data: OrganisationData) -> OrganisationData:
    data = normalised(data)
    validate(data)
    return insert_record(db, Organisation, data, _apply, _to_data)


def update_organisation(db: Database, data: OrganisationData) -> OrganisationData:
    if data.id is None:
        raise ValueError("update_organisation needs data.id")
    data = normalised(data)
    validate(data)
    return update_record(db, Organisation, data, f"Die Organisation „{data.name}“", _apply, _to_data)


def _apply(session: Session, org: Organisation, data: OrganisationData) -> None:
    _check_unique_name(session, data)
    _check_parent(session, data)
    for name in TEXT_FIELDS:  # phone numbers in their one written form when typed (kidesk.domain.phones)
        value = getattr(data, name)
        if name in PHONE_FIELDS:
            value = normalise_if_changed(getattr(org, name), value, data.country)
        setattr(org, name, value)
    org.kind = data.kind
    org.parent_id = data.parent_id
    org.logo = data.logo
    org.logo_mime = logo_mime_type(data.logo) if data.logo else None
    for membership, item in _sync_memberships(session, org, data.memberships):
        membership.role = blank_to_none(item.role)
        membership.joined_on = item.joined_on
        membership.left_on = item.left_on


def _refuse_own_organisation(session: Session, org: Organisation) -> None:
    if db_settings.get(session, db_settings.OWN_ORGANISATION_ID) == org.id:
        raise ValidationError(
            f"„{org.name}“ ist in den Einstellungen als eigene Organisation eingetragen (Briefkopf, Logo, "
            "Absender) und kann darum nicht gelöscht werden. Bitte zuerst unter Einstellungen eine andere "
            "eigene Organisation wählen."
        )


def _sync_memberships(
    session: Session, org: Organisation, items: list[MembershipData]
) -> list[tuple[NetworkMembership, MembershipData]]:
    """Pair stored memberships with the edited ones, per network in date order (a network may
    hold several periods); unpaired rows go, new periods are added. An unchanged list changes nothing."""
    stored: dict[int, list[NetworkMembership]] = {}
    for row in sorted(org.memberships, key=lambda m: (m.joined_on or dt.date.min, m.id or 0)):
        stored.setdefault(row.network_id, []).append(row)
    wanted: dict[int, list[MembershipData]] = {}
    for item in sorted(items, key=lambda m: m.joined_on or dt.date.min):
        wanted.setdefault(item.network_id, []).append(item)
    pairs = []
    for network_id, rows in stored.items():
        for row in rows[len(wanted.get(network_id, [])) :]:
            org.memberships.remove(row)
    session.flush()
    for network_id, periods in wanted.items():
        if session.get(Network, network_id) is None:
            raise ValidationError(f"Das Netzwerk „{periods[0].network_name}“ gibt es nicht mehr.", field="memberships")
        rows = stored.get(network_id, [])
        for i, item in enumerate(periods):
            if i < len(rows):
                row = rows[i]
            else:
                row = NetworkMembership(network_id=network_id)
                org.memberships.append(row)
            pairs.append((row, item))
    return pairs


def deletion_impact(db: Database, organisation_id: int) -> RecordDeletionImpact:
    """Everything that goes with the organisation; refuses our own organisation (issue 19)."""
    with db.session() as session:
        org = get_or_raise(session, Organisation, organisation_id, "Die Organisation")
        _refuse_own_organisation(session, org)
        organised = session.execute(
            select(func.count())
            .select_from(EventHost)
            .where(EventHost.organisation_id == organisation_id, EventHost.role == "organiser")
        ).scalar_one()
        notes = (ImpactLine("event_hosts", NOTE, "organiser", organised),) if organised else ()
        return RecordDeletionImpact(org.name, impact_lines(session, "organisations", organisation_id) + notes)


def delete_organisation(db: Database, organisation_id: int) -> None:
    """Delete the organisation with its links (see :func:`deletion_impact`); never our own organisation."""
    try:
        with db.session() as session:
            org = get_or_raise(session, Organisation, organisation_id, "Die Organisation")
            _refuse_own_organisation(session, org)
            clear_settings_naming(session, "organisations", organisation_id)
            session.delete(org)
    except StaleDataError as exc:
        raise RecordChangedElsewhere(stale_message("Die Organisation")) from exc


def archive_organisation(db: Database, organisation_id: int, on: dt.date | None = None) -> OrganisationData:
    """Archive instead of delete (issue 19): hidden from the list and from the choices for new
    affiliations, hosts and memberships; every existing link, print and calendar entry keeps it."""
    with db.session() as session:
        org = get_or_raise(session, Organisation, organisation_id, "Die Organisation")
        if db_settings.get(session, db_settings.OWN_ORGANISATION_ID) == org.id:
            raise ValidationError(
                f"„{org.name}“ ist in den Einstellungen als eigene Organisation eingetragen und kann darum "
                "nicht archiviert werden. Bitte zuerst unter Einstellungen eine andere eigene Organisation wählen."
            )
        if org.archived_on is None:
            org.archived_on = on or dt.date.today()
            session.flush()
        return _to_data(session, org)


def unarchive_organisation(db: Database, organisation_id: int) -> OrganisationData:
    """Take an organisation out of the archive ("Wiederherstellen"); undoes :func:`archive_organisation`."""
    with db.session() as session:
        org = get_or_raise(session, Organisation, organisation_id, "Die Organisation")
        if org.archived_on is not None:
            org.archived_on = None
            session.flush()
        return _to_data(session, org)


# -- the organisations list (paged) and choice lists -------------------------------------------------------
def organisation_page(db: Database, query: OrganisationListQuery, offset: int, limit: int) -> list[OrganisationRow]:
    with db.session() as session:
        return list_queries.organisation_page(session, query, offset, limit)


def organisation_count(db: Database, query: OrganisationListQuery) -> int:
    with db.session() as session:
        return list_queries.organisation_count(session, query)


def organisation_position(db: Database, query: OrganisationListQuery, organisation_id: int) -> int | None:
    with db.session() as session:
        return list_queries.organisation_position(session, query, organisation_id)


def organisation_choices(db: Database, *, include_archived: bool = False) -> list[tuple[int, str]]:
    """``(id, name)`` in dictionary order, for choice boxes; archived organisations only on request
    (a picker for a new link leaves them out, the parent box keeps them so a stored parent stays)."""
    with db.session() as session:
        return list_queries.organisation_choices(session, include_archived=include_archived)


def network_choices(db: Database) -> list[tuple[int, str]]:
    with db.session() as session:
        return [tuple(r) for r in session.execute(select(Network.id, Network.name).order_by(func.lower(Network.name)))]


def create_network(db: Database, name: str, short_name: str | None = None) -> int:
    name = name.strip()
    if not name:
        raise ValidationError("Der Name des Netzwerks fehlt.", field="name")
    with db.session() as session:
        if session.execute(select(Network.id).where(func.lower(Network.name) == name.lower())).scalar() is not None:
            raise ValidationError(f"Ein Netzwerk namens „{name}“ gibt es schon.", field="name")
        network = Network(name=name, short_name=(short_name or "").strip() or None)
        session.add(network)
        session.flush()
        return network.id


# -- networks: editor, member list, deletion --------------------------------------------------------------
@dataclass(frozen=True)
class NetworkData:
    id: int | None = None
    name: str = ""
    short_name: str | None = None
    description: str | None = None
    founded_on: dt.date | None = None
    coordinator_id: int | None = None


@dataclass(frozen=True)
class NetworkMemberRow:
    organisation_id: int
    organisation: str
    role: str | None
    joined_on: dt.date | None
    left_on: dt.date | None

    def is_current(self, on: dt.date | None = None) -> bool:
        return self.left_on is None or self.left_on >= (on or dt.date.today())


def load_network(db: Database, network_id: int) -> NetworkData:
    with db.session() as session:
        n = get_or_raise(session, Network, network_id, "Das Netzwerk")
        return NetworkData(n.id, n.name, n.short_name, n.description, n.founded_on, n.coordinator_id)


def save_network(db: Database, data: NetworkData) -> int:
    """Rename a network, describe it, give its founding date and coordinating organisation."""
    name = (data.name or "").strip()
    if not name:
        raise ValidationError("Der Name des Netzwerks fehlt.", field="name")
    with db.session() as session:
        clash = session.execute(
            select(Network.id).where(func.lower(Network.name) == name.lower(), Network.id != (data.id or -1))
        ).scalar()
        if clash is not None:
            raise ValidationError(f"Ein Netzwerk namens „{name}“ gibt es schon.", field="name")
        if data.coordinator_id is not None and session.get(Organisation, data.coordinator_id) is None:
            raise ValidationError("Die koordinierende Organisation gibt es nicht mehr.", field="coordinator_id")
        network = Network() if data.id is None else get_or_raise(session, Network, data.id, "Das Netzwerk")
        network.name = name
        network.short_name = blank_to_none(data.short_name)
        network.description = blank_to_none(data.description)
        network.founded_on = data.founded_on
        network.coordinator_id = data.coordinator_id
        session.add(network)
        session.flush()
        return network.id


def network_members(db: Database, network_id: int, *, include_former: bool = True) -> list[NetworkMemberRow]:
    """The member list with dates (current members first, then by name); for the editor and the export."""
    with db.session() as session:
        get_or_raise(session, Network, network_id, "Das Netzwerk")
        rows = [
            NetworkMemberRow(org_id, name, role, joined, left)
            for org_id, name, role, joined, left in session.execute(
                select(
                    Organisation.id,
                    Organisation.name,
                    NetworkMembership.role,
                    NetworkMembership.joined_on,
                    NetworkMembership.left_on,
                )
                .join(Organisation, Organisation.id == NetworkMembership.organisation_id)
                .where(NetworkMembership.network_id == network_id)
            )
        ]
    if not include_former:
        rows = [r for r in rows if r.is_current()]
    return sorted(rows, key=lambda r: (not r.is_current(), r.organisation.casefold(), r.joined_on or dt.date.min))


def network_deletion_impact(db: Database, network_id: int) -> RecordDeletionImpact:
    with db.session() as session:
        network = get_or_raise(session, Network, network_id, "Das Netzwerk")
        return RecordDeletionImpact(network.name, impact_lines(session, "networks", network_id))


def delete_network(db: Database, network_id: int) -> None:
    """Delete the network and its memberships (the organisations stay)."""
    with db.session() as session:
        session.delete(get_or_raise(session, Network, network_id, "Das Netzwerk"))


NETWORK_MEMBER_HEADERS = ("Organisation", "Rolle", "Beitritt", "Austritt", "aktuell Mitglied")


def export_network_members(db: Database, network_id: int, path: str) -> int:
    """Write the network's member list with dates as CSV (Excel: semicolon, UTF-8); returns the rows."""
    from kidesk.domain.dates import format_date
    from kidesk.services.contact_export import csv_text, neutralise_formula
    from kidesk.services.output_files import atomic_path, check_target, describe_os_error

    members = network_members(db, network_id)
    target = check_target(path, [db.path] if db.path else [])
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(NETWORK_MEMBER_HEADERS)
    for m in members:
        row = [m.organisation, m.role or "", format_date(m.joined_on), format_date(m.left_on)]
        writer.writerow([neutralise_formula(csv_text(v)) for v in row] + ["ja" if m.is_current() else "nein"])
    try:
        with atomic_path(target) as tmp:
            tmp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise describe_os_error(exc, target) from exc
    return len(members)
