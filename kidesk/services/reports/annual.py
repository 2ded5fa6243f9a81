"""The annual report (Jahresbericht) for a period: honest counts, each traceable.

Counting rules (docs/REPORTS.md):

* an event counts when it starts in the period and is not cancelled; cancelled events are
  listed in the detail sheet with "gezählt: nein" and their number is said in a note;
* an *attendance* is a guest with status "attended"; a *person reached* is a distinct
  contact with at least one attendance — three modules are three attendances, one person;
* no-shows, cancellations and refusals are not attendances (no-shows are shown on their own);
  speakers and helpers are not counted as participants;
* erased people count as anonymous attendances (:func:`.facts.anonymous_attendances`), never
  by name, and never as "persons" (they cannot be told apart): they appear as their own row;
* volunteers: *active* = hours logged or an event attended in the period; *new* = started
  (``active_since``, else profile created) in the period; *qualified* = met a series'
  certificate rule in the period. A volunteer with two engagement areas counts in both, so
  area rows do not add up; the total line counts each volunteer once.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.errors import ValidationError
from kidesk.services.reports.facts import ANONYMOUS_TOWN, NO_TOWN, OTHER_TOWN, REGISTERED_STATUSES, Facts, load_facts
from kidesk.services.reports.model import (
    AnnualReport,
    Cell,
    Chart,
    DetailTable,
    Headline,
    RecordRef,
    ReportTable,
    Trace,
    percent,
)
from kidesk.services.volunteers.settings_rules import MUNICIPALITIES

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")  # fmt: skip
NO_SERIES = "ohne Reihe"
NO_AREA = "ohne Bereich"
NO_LANGUAGE = "ohne Angabe"
MAX_DAYS = 3 * 366


def year_period(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError(
            f"Der Zeitraum endet ({end:%d.%m.%Y}) vor seinem Beginn ({start:%d.%m.%Y}). Bitte die Daten tauschen."
        )
    if (end - start).days > MAX_DAYS:
        raise ValidationError("Ein Bericht umfasst höchstens drei Jahre. Bitte einen kürzeren Zeitraum wählen.")


class _Details:
    """Collects the detail tables; :meth:`add` returns the row's index for traces."""

    def __init__(self) -> None:
        self.columns: dict[str, tuple[str, ...]] = {}
        self.rows: dict[str, list[tuple]] = {}
        self.refs: dict[str, list[RecordRef | None]] = {}

    def table(self, key: str, columns: Iterable[str]) -> None:
        self.columns[key] = tuple(columns)
        self.rows[key] = []
        self.refs[key] = []

    def add(self, key: str, row: tuple, ref: RecordRef | None) -> int:
        self.rows[key].append(row)
        self.refs[key].append(ref)
        return len(self.rows[key]) - 1

    def build(self) -> tuple[DetailTable, ...]:
        return tuple(DetailTable(k, self.columns[k], tuple(self.rows[k]), tuple(self.refs[k])) for k in self.columns)


def _count(detail: str, rows: Iterable[int]) -> Cell:
    ordered = tuple(sorted(set(rows)))
    return Cell(len(ordered), Trace(detail, ordered))


def _hours(detail: str, rows: Iterable[int], values: dict[int, Decimal]) -> Cell:
    ordered = tuple(sorted(set(rows)))
    return Cell(sum((values[i] for i in ordered), Decimal("0.00")), Trace(detail, ordered))


def annual_report(db: Database, start: dt.date, end: dt.date) -> AnnualReport:
    """The report for ``start`` … ``end`` (both inclusive)."""
    check_period(start, end)
    with db.session() as session:
        facts = load_facts(session, start, end)
    return build_report(facts)


def build_report(facts: Facts) -> AnnualReport:
    d = _Details()
    events = {e.id: e for e in facts.events}
    counted = [e for e in facts.events if e.counted]
    cancelled = [e for e in facts.events if not e.counted]
    co_hosts: dict[int, list[str]] = defaultdict(list)
    for h in facts.hosts:
        if h.role == "co_host":
            co_hosts[h.event_id].append(h.name)

    # -- detail: events ---------------------------------------------------------------------------------
    guests = [p for p in facts.participations if p.role == "guest" and events[p.event_id].counted]
    per_event: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for p in guests:
        per_event[p.event_id][p.status] += 1
    d.table("Veranstaltungen", ("Datum", "Titel", "Art", "Reihe", "Modul", "Status", "gezählt", "Anmeldungen",
                                "Teilnahmen", "davon anonym", "nicht erschienen", "Plätze", "Mitveranstalter"))  # fmt: skip
    event_row: dict[int, int] = {}
    for e in facts.events:
        counts = per_event.get(e.id, {})
        anonymous = facts.anonymous.get(e.id, 0) if e.counted else 0
        event_row[e.id] = d.add(
            "Veranstaltungen",
            (
                e.starts_at.date(),
                e.title,
                vocab.EVENT_KIND_LABELS.get(e.kind, e.kind),
                e.series_title,
                e.module_number,
                vocab.EVENT_STATUS_LABELS.get(e.status, e.status),
                "ja" if e.counted else "nein (abgesagt)",
                sum(counts.get(s, 0) for s in REGISTERED_STATUSES) + anonymous,
                counts.get("attended", 0) + anonymous,
                anonymous,
                counts.get("no_show", 0),
                e.capacity,
                ", ".join(co_hosts.get(e.id, [])),
            ),
            RecordRef("event", e.id),
        )

    # -- detail: lists (guests who registered, attended or did not show up) ----------------------------------
    d.table("Teilnehmerlisten", ("Datum", "Veranstaltung", "Art", "Reihe", "Person", "Ort", "Status"))
    listed: dict[int, tuple[str, str]] = {}  # row -> (status, event kind)
    rows_by_event: dict[int, list[int]] = defaultdict(list)
    for p in guests:
        if p.status not in REGISTERED_STATUSES:
            continue
        e = events[p.event_id]
        row = d.add(
            "Teilnehmerlisten",
            (e.starts_at.date(), e.title, vocab.EVENT_KIND_LABELS.get(e.kind, e.kind), e.series_title, p.name, p.town,
             vocab.PARTICIPATION_STATUS_LABELS.get(p.status, p.status)),
            RecordRef("contact", p.contact_id),
        )  # fmt: skip
        listed[row] = (p.status, p.town)
        rows_by_event[e.id].append(row)
    anonymous_rows: list[int] = []
    for e in counted:
        for _ in range(facts.anonymous.get(e.id, 0)):
            row = d.add(
                "Teilnehmerlisten",
                (e.starts_at.date(), e.title, vocab.EVENT_KIND_LABELS.get(e.kind, e.kind), e.series_title,
                 "anonym (gelöscht)", ANONYMOUS_TOWN, vocab.PARTICIPATION_STATUS_LABELS["attended"]),
                None,
            )  # fmt: skip
            listed[row] = ("attended", ANONYMOUS_TOWN)
            rows_by_event[e.id].append(row)
            anonymous_rows.append(row)

    # -- detail: persons reached ------------------------------------------------------------------------
    d.table("Personen", ("Person", "Ort", "Teilnahmen"))
    contact_attendances: dict[int, int] = defaultdict(int)
    contact_info: dict[int, tuple[str, str]] = {}
    for p in sorted(guests, key=lambda p: (p.name.casefold(), p.contact_id)):
        if p.status == "attended":
            contact_attendances[p.contact_id] += 1
            contact_info[p.contact_id] = (p.name, p.town)
    person_row: dict[int, int] = {}
    for cid, n in contact_attendances.items():
        name, town = contact_info[cid]
        person_row[cid] = d.add("Personen", (name, town, n), RecordRef("contact", cid))

    # -- detail: partner organisations (hosts of counted events, without our own) ------------------------
    d.table("Organisationen", ("Organisation", "Art", "Veranstaltungen", "Rollen"))
    org_events: dict[int, set[int]] = defaultdict(set)
    org_roles: dict[int, set[str]] = defaultdict(set)
    org_info: dict[int, tuple[str, str]] = {}
    for h in facts.hosts:
        if not events[h.event_id].counted or h.organisation_id in facts.own_organisation_ids:
            continue
        org_events[h.organisation_id].add(h.event_id)
        org_roles[h.organisation_id].add(h.role)
        org_info[h.organisation_id] = (h.name, h.kind)
    org_row: dict[int, int] = {}
    for oid in sorted(org_info, key=lambda o: org_info[o][0].casefold()):
        name, kind = org_info[oid]
        org_row[oid] = d.add(
            "Organisationen",
            (name, vocab.ORGANISATION_KIND_LABELS.get(kind, kind), len(org_events[oid]),
             ", ".join(vocab.HOST_ROLE_LABELS[r] for r in vocab.HOST_ROLES if r in org_roles[oid])),
            RecordRef("organisation", oid),
        )  # fmt: skip

    def attended_rows(event_ids: Iterable[int]) -> list[int]:
        return [r for eid in event_ids for r in rows_by_event.get(eid, []) if listed[r][0] == "attended"]

    def status_rows(event_ids: Iterable[int], statuses: tuple[str, ...]) -> list[int]:
        return [r for eid in event_ids for r in rows_by_event.get(eid, []) if listed[r][0] in statuses]

    def persons(event_ids: Iterable[int]) -> list[int]:
        ids = set(event_ids)
        return [person_row[p.contact_id] for p in guests if p.status == "attended" and p.event_id in ids]

    def event_figures(label: str, group: list[int]) -> tuple[Cell, ...]:
        attended = attended_rows(group)
        registered = status_rows(group, REGISTERED_STATUSES)
        hosts = {h.organisation_id for h in facts.hosts if h.event_id in set(group) and h.role == "co_host"}
        return (
            Cell(label),
            _count("Veranstaltungen", [event_row[i] for i in group]),
            _count("Teilnehmerlisten", attended),
            _count("Personen", persons(group)),
            _count("Teilnehmerlisten", registered),
            _count("Teilnehmerlisten", status_rows(group, ("no_show",))),
            Cell(percent(len(attended), len(registered))),
            _count("Organisationen", [org_row[o] for o in hosts if o in org_row]),
        )

    event_columns = ("Art", "Veranstaltungen", "Teilnahmen", "Personen", "Anmeldungen", "nicht erschienen",
                     "Teilnahmequote", "Mitveranstalter")  # fmt: skip
    kind_rows = []
    for kind in vocab.EVENT_KINDS:
        group = [e.id for e in counted if e.kind == kind]
        if group:
            kind_rows.append(event_figures(vocab.EVENT_KIND_LABELS[kind], group))
    all_ids = [e.id for e in counted]
    total_events = event_figures("Summe", all_ids)
    common_notes = (
        f"Abgesagte Veranstaltungen sind nicht gezählt ({len(cancelled)} im Zeitraum).",
        "Teilnahmen: Gäste mit Status „teilgenommen“; nicht Erschienene, Absagen und Stornierungen zählen nicht. "
        "Referent/innen und Helfer/innen zählen nicht als Teilnehmende.",
        "Personen: jede Person einmal, auch wenn sie an mehreren Veranstaltungen teilnahm. Anonyme Teilnahmen "
        "gelöschter Personen zählen als Teilnahmen, nicht als Personen.",
        "Teilnahmequote: Teilnahmen je Anmeldung (angemeldet, teilgenommen oder nicht erschienen).",
        "Mitveranstalter: verschiedene Organisationen, ohne die eigene.",
    )
    by_kind = ReportTable("Veranstaltungen nach Art", "Veranstaltungen nach Art", event_columns, tuple(kind_rows),
                          common_notes, total_events)  # fmt: skip

    series_rows = []
    series_titles = sorted({e.series_title for e in counted if e.series_id is not None}, key=str.casefold)
    qualified_by_series: dict[str, list[int]] = defaultdict(list)
    for title in series_titles:
        group = [e.id for e in counted if e.series_title == title]
        series_rows.append((title, group))
    no_series = [e.id for e in counted if e.series_id is None]
    if no_series:
        series_rows.append((NO_SERIES, no_series))

    # -- detail: volunteers --------------------------------------------------------------------------------
    hours_by_volunteer: dict[int, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for h in facts.hours:
        hours_by_volunteer[h.volunteer_id] += h.hours
    d.table("Ehrenamtliche", ("Name", "Status", "aktiv seit", "Bereiche", "Sprachen", "aktiv im Zeitraum", "neu",
                              "qualifiziert (Reihe)", "Stunden", "Ehrenamtskarte"))  # fmt: skip
    volunteer_row: dict[int, int] = {}
    active: set[int] = set()
    new: set[int] = set()
    qualified: set[int] = set()
    volunteer_hours: dict[int, Decimal] = {}
    for v in sorted(facts.volunteers, key=lambda v: (v.name.casefold(), v.id)):
        is_active = v.id in hours_by_volunteer or v.contact_id in facts.attended_contact_ids
        is_new = v.started is not None and facts.start <= v.started <= facts.end
        series_met = facts.qualified.get(v.contact_id, ())
        row = d.add(
            "Ehrenamtliche",
            (v.name, vocab.VOLUNTEER_STATUS_LABELS.get(v.status, v.status), v.active_since, ", ".join(v.areas),
             ", ".join(v.languages), "ja" if is_active else "nein", "ja" if is_new else "nein", ", ".join(series_met),
             hours_by_volunteer.get(v.id, Decimal("0.00")), "erfüllt" if v.id in facts.ehrenamtskarte else ""),
            RecordRef("volunteer", v.id),
        )  # fmt: skip
        volunteer_row[v.id] = row
        volunteer_hours[row] = hours_by_volunteer.get(v.id, Decimal("0.00"))
        if is_active:
            active.add(v.id)
        if is_new:
            new.add(v.id)
        if series_met:
            qualified.add(v.id)
            for title in series_met:
                qualified_by_series[title].append(v.id)

    def series_figures(label: str, group: list[int]) -> tuple[Cell, ...]:
        attended = attended_rows(group)
        registered = status_rows(group, REGISTERED_STATUSES)
        return (
            Cell(label),
            _count("Veranstaltungen", [event_row[i] for i in group]),
            _count("Teilnehmerlisten", attended),
            _count("Personen", persons(group)),
            Cell(percent(len(attended), len(registered))),
            _count("Ehrenamtliche", [volunteer_row[v] for v in qualified_by_series.get(label, [])]),
        )

    by_series = ReportTable(
        "Veranstaltungen nach Reihe",
        "Veranstaltungen nach Reihe",
        ("Reihe", "Veranstaltungen", "Teilnahmen", "Personen", "Teilnahmequote", "qualifiziert"),
        tuple(series_figures(label, group) for label, group in series_rows),
        (
            "qualifiziert: Ehrenamtliche, die im Zeitraum die Bedingung der Teilnahmebescheinigung der Reihe "
            "erfüllt haben (kidesk speichert nicht, ob eine Bescheinigung gedruckt wurde).",
        ),  # fmt: skip
    )

    # -- people reached by town ---------------------------------------------------------------------------
    towns = [*MUNICIPALITIES, OTHER_TOWN, NO_TOWN]
    town_rows = []
    for town in towns:
        att = [r for r, (status, t) in listed.items() if status == "attended" and t == town]
        people = [person_row[cid] for cid, (_n, t) in contact_info.items() if t == town]
        town_rows.append((Cell(town), _count("Personen", people), _count("Teilnehmerlisten", att)))
    if anonymous_rows:
        town_rows.append((Cell(ANONYMOUS_TOWN), Cell(None), _count("Teilnehmerlisten", anonymous_rows)))
    all_attended = [r for r, (status, _t) in listed.items() if status == "attended"]
    by_town = ReportTable(
        "Erreichte Personen nach Ort",
        "Erreichte Personen nach Ort (Kreis)",
        ("Ort", "Personen", "Teilnahmen"),
        tuple(town_rows),
        (
            "Ort: der Wohnort des Kontakts, sonst die Kommune des Ehrenamtsprofils. „anderer Ort“ liegt außerhalb des "
            "Kreises.",
            "Gelöschte Personen zählen nur als anonyme Teilnahmen, nie mit Namen.",
        ),  # fmt: skip
        (Cell("Summe"), _count("Personen", person_row.values()), _count("Teilnehmerlisten", all_attended)),
    )

    # -- volunteers by area / language ----------------------------------------------------------------------
    def volunteer_figures(label: str, members: list[int], with_hours: bool) -> tuple[Cell, ...]:
        cells = [
            Cell(label),
            _count("Ehrenamtliche", [volunteer_row[v] for v in members if v in active]),
            _count("Ehrenamtliche", [volunteer_row[v] for v in members if v in new]),
            _count("Ehrenamtliche", [volunteer_row[v] for v in members if v in qualified]),
        ]
        if with_hours:
            cells.append(_hours("Ehrenamtliche", [volunteer_row[v] for v in members], volunteer_hours))
        return tuple(cells)

    def grouped(values_of) -> list[tuple[str, list[int]]]:
        groups: dict[str, list[int]] = defaultdict(list)
        for v in facts.volunteers:
            for value in values_of(v) or ("",):
                groups[value].append(v.id)
        return sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))

    everyone = [v.id for v in facts.volunteers]
    overlap_note = "Wer mehrere Bereiche (Sprachen) hat, zählt in jedem; die Summe zählt jede Person einmal."
    by_area = ReportTable(
        "Ehrenamtliche nach Bereich",
        "Ehrenamtliche nach Engagementbereich",
        ("Bereich", "aktiv", "neu", "qualifiziert", "Stunden"),
        tuple(volunteer_figures(a or NO_AREA, m, True) for a, m in grouped(lambda v: v.areas)),
        (
            "aktiv: im Zeitraum Stunden eingetragen oder an einer Veranstaltung teilgenommen; neu: im Zeitraum "
            "begonnen; qualifiziert: Bedingung einer Teilnahmebescheinigung im Zeitraum erfüllt.",
            overlap_note,
        ),  # fmt: skip
        volunteer_figures("Summe", everyone, True),
    )
    by_language = ReportTable(
        "Ehrenamtliche nach Sprache",
        "Ehrenamtliche nach Sprache",
        ("Sprache", "aktiv", "neu", "qualifiziert"),
        tuple(volunteer_figures(lang or NO_LANGUAGE, m, False) for lang, m in grouped(lambda v: v.languages)),
        (overlap_note,),
        volunteer_figures("Summe", everyone, False),
    )

    # -- hours ------------------------------------------------------------------------------------------
    d.table("Stunden", ("Datum", "Ehrenamtliche/r", "Stunden", "Tätigkeit", "Bereiche"))
    names = {v.id: v for v in facts.volunteers}
    hour_values: dict[int, Decimal] = {}
    hour_volunteer: dict[int, int] = {}
    hours_by_month: dict[tuple[int, int], list[int]] = defaultdict(list)
    for h in facts.hours:
        v = names[h.volunteer_id]
        row = d.add("Stunden", (h.worked_on, v.name, h.hours, h.activity, ", ".join(v.areas)),
                    RecordRef("volunteer", v.id))  # fmt: skip
        hour_values[row] = h.hours
        hour_volunteer[row] = h.volunteer_id
        hours_by_month[(h.worked_on.year, h.worked_on.month)].append(row)
    months = _months(facts.start, facts.end)
    multi_year = facts.start.year != facts.end.year
    month_rows = []
    for y, m in months:
        rows = hours_by_month.get((y, m), [])
        label = f"{MONTHS[m - 1]} {y}" if multi_year else MONTHS[m - 1]
        vols = {hour_volunteer[i] for i in rows}
        month_rows.append(
            (Cell(label), _hours("Stunden", rows, hour_values), _count("Stunden", rows),
             _count("Ehrenamtliche", [volunteer_row[v] for v in vols]))
        )  # fmt: skip
    all_hours = list(hour_values)
    candidates = [volunteer_row[v] for v in facts.ehrenamtskarte if v in volunteer_row]
    by_month = ReportTable(
        "Stunden nach Monat",
        "Geleistete Stunden nach Monat",
        ("Monat", "Stunden", "Einträge", "Ehrenamtliche"),
        tuple(month_rows),
        (
            f"Ehrenamtskarte: {len(candidates)} Ehrenamtliche erfüllen am {facts.end:%d.%m.%Y} die Regel. "
            + facts.ehrenamtskarte_rule,
        ),  # fmt: skip
        (
            Cell("Summe"),
            _hours("Stunden", all_hours, hour_values),
            _count("Stunden", all_hours),
            _count("Ehrenamtliche", [volunteer_row[v] for v in {h.volunteer_id for h in facts.hours}]),
        ),  # fmt: skip
    )

    # -- partner organisations ---------------------------------------------------------------------------
    org_table_rows = []
    for kind in vocab.ORGANISATION_KINDS:
        members = [o for o in org_info if org_info[o][1] == kind]
        if not members:
            continue
        org_table_rows.append(
            (
                Cell(vocab.ORGANISATION_KIND_LABELS[kind]),
                _count("Organisationen", [org_row[o] for o in members]),
                _count("Veranstaltungen", [event_row[e] for o in members for e in org_events[o]]),
                *(_count("Organisationen", [org_row[o] for o in members if role in org_roles[o]])
                  for role in vocab.HOST_ROLES),
            )
        )  # fmt: skip
    by_org_kind = ReportTable(
        "Partnerorganisationen",
        "Beteiligte Partnerorganisationen nach Art",
        ("Art", "Organisationen", "Veranstaltungen",
         *(vocab.HOST_ROLE_LABELS[r] for r in vocab.HOST_ROLES)),  # fmt: skip
        tuple(org_table_rows),
        ("Organisationen, die eine gezählte Veranstaltung veranstaltet, mitveranstaltet oder gefördert haben; "
         "ohne die eigene Organisation.",),  # fmt: skip
        (Cell("Summe"), _count("Organisationen", org_row.values()),
         _count("Veranstaltungen", [event_row[e] for o in org_info for e in org_events[o]]),
         *(_count("Organisationen", [org_row[o] for o in org_info if r in org_roles[o]]) for r in vocab.HOST_ROLES)),
    )  # fmt: skip

    # -- networks ----------------------------------------------------------------------------------------
    d.table("Netzwerkmitglieder", ("Netzwerk", "Organisation", "Rolle", "beigetreten", "ausgetreten"))
    meetings = [e.id for e in counted if e.kind == "network_meeting"]
    meeting_attendees = {p.contact_id for p in guests if p.status == "attended" and p.event_id in set(meetings)}
    represented_orgs: set[int] = set()
    for cid in meeting_attendees:
        represented_orgs |= facts.affiliations.get(cid, frozenset())
    network_rows = []
    for network_id, network in facts.networks:
        members, joined, left, present = [], [], [], []
        for m in facts.memberships:
            if m.network_id != network_id:
                continue
            row = d.add("Netzwerkmitglieder", (m.network, m.organisation, m.role, m.joined_on, m.left_on),
                        RecordRef("organisation", m.organisation_id))  # fmt: skip
            is_member = (m.joined_on is None or m.joined_on <= facts.end) and (
                m.left_on is None or m.left_on >= facts.end
            )
            if is_member:
                members.append(row)
                if m.organisation_id in represented_orgs:
                    present.append(row)
            if m.joined_on is not None and facts.start <= m.joined_on <= facts.end:
                joined.append(row)
            if m.left_on is not None and facts.start <= m.left_on <= facts.end:
                left.append(row)
        network_rows.append(
            (Cell(network), _count("Netzwerkmitglieder", members), _count("Netzwerkmitglieder", joined),
             _count("Netzwerkmitglieder", left), _count("Netzwerkmitglieder", present))
        )  # fmt: skip
    by_network = ReportTable(
        "Netzwerke",
        "Netzwerkarbeit (z. B. widunetz)",
        ("Netzwerk", "Mitglieder", "beigetreten", "ausgetreten", "bei Netzwerktreffen vertreten"),
        tuple(network_rows),
        (
            f"Netzwerktreffen im Zeitraum: {len(meetings)} mit {len(attended_rows(meetings))} Teilnahmen. "
            "Veranstaltungen sind keinem Netzwerk zugeordnet: „vertreten“ heißt, eine Person der "
            "Mitgliedsorganisation nahm an einem Netzwerktreffen teil.",
            "Mitglieder: Stand am Ende des Zeitraums.",
        ),  # fmt: skip
    )

    tables = (by_kind, by_series, by_town, by_area, by_language, by_month, by_org_kind, by_network)
    attendances_by_month: dict[tuple[int, int], int] = defaultdict(int)
    for r in all_attended:
        day = d.rows["Teilnehmerlisten"][r][0]
        attendances_by_month[(day.year, day.month)] += 1
    charts = (
        Chart("bars", "Teilnahmen nach Monat", tuple(_short_month(y, m, multi_year) for y, m in months),
              tuple(float(attendances_by_month.get(k, 0)) for k in months)),
        Chart("bars", "Stunden nach Monat", tuple(_short_month(y, m, multi_year) for y, m in months),
              tuple(float(month[1].value or 0) for month in month_rows)),  # type: ignore[arg-type]
        Chart("shares", "Erreichte Personen nach Ort", tuple(str(r[0].value) for r in town_rows if r[1].value),
              tuple(float(r[1].value) for r in town_rows if r[1].value)),  # type: ignore[arg-type]
    )  # fmt: skip
    headlines = (
        Headline("Veranstaltungen", total_events[1]),
        Headline("Teilnahmen", total_events[2]),
        Headline("Erreichte Personen", total_events[3]),
        Headline("Aktive Ehrenamtliche", by_area.total[1] if by_area.total else Cell(0)),
        Headline("Geleistete Stunden", by_month.total[1] if by_month.total else Cell(0)),
        Headline("Partnerorganisationen", by_org_kind.total[1] if by_org_kind.total else Cell(0)),
        Headline("Ehrenamtskarte erfüllt", _count("Ehrenamtliche", candidates)),
    )
    return AnnualReport(
        start=facts.start,
        end=facts.end,
        organisation=facts.organisation,
        headlines=headlines,
        tables=tables,
        details=d.build(),
        charts=charts,
        notes=common_notes,
    )


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    result = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        result.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return result


def _short_month(year: int, month: int, with_year: bool) -> str:
    short = MONTHS[month - 1][:3]
    return f"{short} {year % 100:02d}" if with_year else short
