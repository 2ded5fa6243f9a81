"""Shared fixtures. Qt runs offscreen; every test gets its own data directory and database.

The database and service tests (tests/db, tests/services) run twice through the ``db`` fixture:
on an SQLite file and on PostgreSQL (issue 20, item 6). The PostgreSQL database of a test is a
copy of a template database migrated once per session (CREATE DATABASE … TEMPLATE, far faster
than migrating per test), on a throwaway cluster the session starts itself
(:mod:`tests.pg_cluster`) or on the server ``KIDESK_TEST_PG_URL`` names. When no server can be
started, the PostgreSQL half is skipped with the reason (``pytest -rs`` shows it), never passed.

A test that needs the SQLite file itself (it asks for ``db_path``, or is marked ``sqlite_only``
with the reason) runs on SQLite only.
"""

from __future__ import annotations

import itertools
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from pathlib import Path

import pytest

from kidesk.db.database import Database, open_database

_BOTH_BACKENDS = ("tests/db/", "tests/services/")

#: tests (a file, or file::function) about the SQLite file itself: they run on SQLite only, and why
SQLITE_ONLY = {
    "tests/db/test_migrations.py::test_every_connection_gets_the_pragmas": "PRAGMAs are SQLite's",
    "tests/services/test_backups.py": "SQLite backup API and backup files; the server's pg_dump backups: test_pg_backups.py",
    "tests/services/test_control_characters.py": "reads the stored bytes back with sqlite3 from db.path",
    "tests/services/test_long_work_cancel.py::test_a_cancelled_backup_leaves_no_file_and_the_database_unchanged": (
        "counts the SQLite backup's page steps; a server backup's cancel: test_pg_backups.py"
    ),
    "tests/services/test_long_work_cancel.py::test_a_restore_cancelled_before_the_copy_in_changes_nothing": (
        "counts the SQLite restore's page steps; a server restore's cancel: test_pg_backups.py"
    ),
    "tests/services/test_import_batches.py::test_a_second_writer_gets_the_lock_during_a_long_import": (
        "SQLite's single write lock, taken with sqlite3 on db.path"
    ),
}
#: tests that fail on PostgreSQL for a known, documented reason (strict: when they pass, remove the entry)
PG_XFAIL: dict[str, str] = {}  # test id -> reason it cannot pass on PostgreSQL yet (strict xfail)
_PG_STATE: dict[str, object] = {}
_COUNTER = itertools.count(1)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): the test checks the SQLite file itself; it does not run on PostgreSQL"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The database and service tests that use ``db`` run on both backends."""
    if "backend" not in metafunc.fixturenames or "db_path" in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    path = Path(str(metafunc.definition.path)).as_posix()
    relative = path[path.rfind("tests/") :]
    if not any(relative.startswith(part) for part in _BOTH_BACKENDS):
        return
    if relative in SQLITE_ONLY or f"{relative}::{metafunc.definition.originalname}" in SQLITE_ONLY:
        return
    xfail = PG_XFAIL.get(f"{relative}::{metafunc.definition.originalname}")
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    metafunc.parametrize(
        "backend", ["sqlite", pytest.param("postgresql", marks=marks)], indirect=True, ids=["sqlite", "postgresql"]
    )


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may touch the real user's data directory or KIDESK_DB."""
    monkeypatch.setenv("KIDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("KIDESK_DB", raising=False)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``"sqlite"`` or ``"postgresql"``: where ``db`` lives (parameterised for tests/db and tests/services)."""
    return getattr(request, "param", "sqlite")


def _libpq(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _admin(url: str):
    import psycopg

    return psycopg.connect(_libpq(url), autocommit=True)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory):
    """An SQLAlchemy URL of a PostgreSQL maintenance database we may CREATE DATABASE on, or a skip."""
    configured = os.environ.get("KIDESK_TEST_PG_URL", "").strip()
    if configured.lower() == "off":
        pytest.skip("PostgreSQL half switched off (KIDESK_TEST_PG_URL=off)")
    if "reason" in _PG_STATE:
        pytest.skip(str(_PG_STATE["reason"]))
    if configured:
        yield configured
        return
    from tests import pg_cluster

    try:
        import psycopg  # noqa: F401
    except ImportError:
        _PG_STATE["reason"] = "PostgreSQL tests skipped: the driver psycopg is not installed"
        pytest.skip(str(_PG_STATE["reason"]))
    try:
        cluster = pg_cluster.start()
    except pg_cluster.ClusterUnavailable as exc:
        _PG_STATE["reason"] = f"PostgreSQL tests skipped: no test server could be started ({exc})"
        pytest.skip(str(_PG_STATE["reason"]))
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> str:
    """The name of a database migrated to the newest schema, copied for every test."""
    name = f"pg_template_{os.getpid()}"
    with _admin(pg_server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        database = open_database(_with_database(pg_server, name))
        database.dispose()
    except BaseException:
        with _admin(pg_server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        raise
    yield name
    with _admin(pg_server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_server: str, pg_template: str):
    """A fresh, migrated, empty PostgreSQL database for one test (a copy of the template); dropped after."""
    name = f"pg_t_{os.getpid()}_{next(_COUNTER)}"
    with _admin(pg_server) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    yield _with_database(pg_server, name)
    with _admin(pg_server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kidesk.sqlite"


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest, tmp_path) -> Database:
    """A fresh, migrated, empty database: an SQLite file, or (parameter ``postgresql``) a server database."""
    if backend == "postgresql":
        database = open_database(request.getfixturevalue("pg_url"))
    else:
        database = open_database(request.getfixturevalue("db_path"))
    yield database
    database.dispose()
