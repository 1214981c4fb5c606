"""Shared fixtures: offscreen Qt, a database per test, settings in memory, sessions.

The engine: SQLite by default (a fresh file per test). With ``DESK_TEST_DB=postgresql://…`` every
test runs on that PostgreSQL server instead: the session gets its own schema, migrated once, and
each test starts from it emptied (TRUNCATE … RESTART IDENTITY) with the rows the migrations seed.
Tests of one engine only are marked ``sqlite_only`` or ``server_only``.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

from desk import settings as settings_mod  # noqa: E402
from desk.paths import DataDir  # noqa: E402

TEST_DB = os.environ.get("DESK_TEST_DB") or None
ON_SERVER = TEST_DB is not None


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: the SQLite engine's own behaviour (file, pragmas, backup API)")
    config.addinivalue_line("markers", "server_only: PostgreSQL's own behaviour (needs DESK_TEST_DB)")


def pytest_collection_modifyitems(config, items):
    skip = (pytest.mark.skip(reason="SQLite only; this run is on PostgreSQL (DESK_TEST_DB)") if ON_SERVER
            else pytest.mark.skip(reason="needs a PostgreSQL server: DESK_TEST_DB=postgresql://…"))
    marker = "sqlite_only" if ON_SERVER else "server_only"
    for item in items:
        if marker in item.keywords:
            item.add_marker(skip)


def pytest_report_header(config):
    from desk.paths import redact_url

    return f"database: {'PostgreSQL ' + redact_url(TEST_DB) if ON_SERVER else 'SQLite'}"


@pytest.fixture
def settings():
    backend = settings_mod.MemoryBackend()
    previous = settings_mod.settings.backend
    settings_mod.use_backend(backend)
    yield settings_mod.settings
    settings_mod.use_backend(previous)


# -- PostgreSQL -------------------------------------------------------------------------------------
class Schemas:
    """Schemas made for this run on the test server; URLs that open one (through search_path)."""

    def __init__(self, url: str):
        from desk.db.server import load_driver

        self.url = url
        self.psycopg = load_driver()
        self.made: list[str] = []

    def admin(self):
        return self.psycopg.connect(self.url, autocommit=True)

    def create(self, label: str) -> str:
        name = f"t{os.getpid()}_{label}_{len(self.made)}"
        with self.admin() as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
            conn.execute(f'CREATE SCHEMA "{name}"')
        self.made.append(name)
        return self.url_for(name)

    def url_for(self, schema: str) -> str:
        sep = "&" if "?" in self.url else "?"
        return f"{self.url}{sep}options=-csearch_path%3D{schema}"

    def drop_all(self) -> None:
        with self.admin() as conn:
            for name in self.made:
                conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


class SessionDatabase:
    """The run's schema, migrated once. ``reset()`` empties the tables a test filled and puts back
    the rows the migrations seed (categories, sources …), ids restarting where a fresh database's do."""

    def __init__(self, url: str):
        from desk.db.connection import open_database
        from desk.db.server import VERSION_TABLE

        self.url = url
        self.database = open_database(url)
        self.tables = [t for t in self.database.get_tables() if t != VERSION_TABLE]
        self.seeds = []
        for table in self.tables:
            cursor = self.database.execute_sql(f'SELECT * FROM "{table}"')
            rows = cursor.fetchall()
            if rows:
                self.seeds.append((table, [d[0] for d in cursor.description], rows))
        self.sequences = self.database.execute_sql("""
            SELECT s.relname, t.relname, a.attname FROM pg_class s
            JOIN pg_depend d ON d.objid = s.oid AND d.deptype = 'a'
            JOIN pg_class t ON t.oid = d.refobjid
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
            WHERE s.relkind = 'S' AND s.relnamespace = current_schema()::regnamespace""").fetchall()
        self.any_rows = " UNION ALL ".join(
            f"(SELECT '{t}' FROM \"{t}\" LIMIT 1)" for t in self.tables)
        self.seeded = {t for t, _c, _r in self.seeds}

    def reset(self):
        from desk.db.base import db

        database = self.database
        db.initialize(database)
        if database.in_transaction():
            database.rollback()
        filled = {t for (t,) in database.execute_sql(self.any_rows).fetchall()}
        database.execute_sql("TRUNCATE " + ", ".join(f'"{t}"' for t in sorted(filled | self.seeded))
                             + " RESTART IDENTITY CASCADE")
        cursor = database.cursor()
        for table, columns, rows in self.seeds:
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
        # every sequence back where a fresh database has it (a rolled-back insert moves it too)
        database.execute_sql("SELECT " + ", ".join(
            f"setval('\"{seq}\"', COALESCE((SELECT MAX(\"{col}\") FROM \"{table}\"), 0) + 1, false)"
            for seq, table, col in self.sequences))
        return database

    def close(self) -> None:
        if not self.database.is_closed():
            self.database.close()


@pytest.fixture(scope="session")
def server_schema():
    """A schema of its own on the test server for this test run (dropped at the end), so runs on
    one server never meet. Returns a function giving URLs whose search_path is a given schema."""
    if not ON_SERVER:
        pytest.skip("needs a PostgreSQL server: DESK_TEST_DB=postgresql://…")
    schemas = Schemas(TEST_DB)
    yield schemas
    schemas.drop_all()


@pytest.fixture(scope="session")
def server_database(server_schema):
    """The session's schema, migrated once; ``reset()`` empties it back to the migrations' rows."""
    session_db = SessionDatabase(server_schema.create("run"))
    os.environ["DESK_DB"] = session_db.url  # commands run by the tests open the same schema
    yield session_db
    os.environ.pop("DESK_DB", None)
    session_db.close()


@pytest.fixture(scope="session", autouse=True)
def _engine(request):
    """On PostgreSQL, the run's schema exists from the start, so that commands a test runs (which
    read DESK_DB) use it even in a test without the ``database`` fixture."""
    if ON_SERVER:
        request.getfixturevalue("server_database")


@pytest.fixture
def fresh_server_url(server_schema):
    """A URL to an empty schema of its own (migrations tests, two PCs starting at once)."""
    return server_schema.create("fresh")


@pytest.fixture
def empty_database(tmp_path, request):
    """``empty_database(name)``: a new empty database on the run's engine (an SQLite file, or a
    schema of its own on the server), opened and bound without migrating. Closed at the end."""
    from desk.db.connection import close_database, open_database

    opened = []

    def make(name: str = "empty"):
        target = (request.getfixturevalue("server_schema").create(name) if ON_SERVER
                  else str(tmp_path / f"{name}.db"))
        database = open_database(target, migrate=False)
        opened.append(database)
        return database

    yield make
    for database in opened:
        if not database.is_closed():
            database.close()
    close_database()


@pytest.fixture
def data_dir(tmp_path, request) -> DataDir:
    """A new data folder; on PostgreSQL its database is the run's schema, emptied for this test."""
    url = None
    if ON_SERVER:
        session_db = request.getfixturevalue("server_database")
        session_db.reset()
        url = session_db.url
    data = DataDir(tmp_path / "data", url=url)
    data.root.mkdir(parents=True)
    return data


@pytest.fixture
def database(data_dir, settings, request):
    from desk import runtime
    from desk.db.base import db
    from desk.db.connection import close_database, open_database

    if ON_SERVER:
        database = request.getfixturevalue("server_database").database  # emptied by data_dir
        db.initialize(database)
    else:
        database = open_database(data_dir.database)
    runtime.current = data_dir
    yield database
    if ON_SERVER:
        if db.obj is not None and db.obj is not database:
            close_database()  # a test that opened the database again (a command it ran)
        db.initialize(database)
        if database.in_transaction():
            database.rollback()
    else:
        close_database()
    runtime.current = None


@pytest.fixture
def make_staff(database):
    """make_staff("guard", code="50", pin="5050") -> (Staff, Session)."""
    from desk.db.core import Staff
    from desk.services.core.session import Session
    from desk.services.core.staff import hash_pin

    counter = {"n": 100}

    def make(*roles, code=None, name=None, pin="1234", phone=""):
        counter["n"] += 1
        staff = Staff.create(code=code or str(counter["n"]), name=name or f"员工{counter['n']}",
                             roles=",".join(roles), pin_hash=hash_pin(pin), phone=phone)
        return staff, Session.for_staff(staff)

    return make


@pytest.fixture
def admin(make_staff):
    return make_staff("admin", "supervisor", code="01", name="王建国")[1]


@pytest.fixture
def supervisor(make_staff):
    return make_staff("supervisor", code="02", name="李淑芬")[1]
