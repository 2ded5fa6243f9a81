"""Database health: integrity check, foreign-key check, schema revision, row counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from kidesk.db import migrate
from kidesk.db.database import Database
from kidesk.db.models import Base


@dataclass
class CheckReport:
    location: str
    revision: str | None
    head: str
    row_counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    with db.engine.connect() as connection:
        revision = migrate.current_revision(connection)
        report = CheckReport(location=db.location, revision=revision, head=migrate.head_revision())
        if revision != report.head:
            report.problems.append(f"Schema-Revision {revision} statt {report.head}")
        if connection.dialect.name == "sqlite":
            rows = [r[0] for r in connection.execute(text("PRAGMA integrity_check"))]
            if rows != ["ok"]:
                report.problems.extend(f"integrity_check: {r}" for r in rows)
            for table, rowid, parent, _fk in connection.execute(text("PRAGMA foreign_key_check")):
                report.problems.append(f"Fremdschlüssel verletzt: {table} Zeile {rowid} verweist auf fehlende {parent}")
            try:
                connection.execute(text("INSERT INTO search_index(search_index) VALUES('integrity-check')"))
            except Exception as exc:
                report.problems.append(f"Suchindex: {exc}")
        for table in Base.metadata.sorted_tables:
            report.row_counts[table.name] = connection.execute(
                text(f'SELECT count(*) FROM "{table.name}"')
            ).scalar_one()
        connection.rollback()
    return report
