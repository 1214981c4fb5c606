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


@pytest.fixture(autouse=True)
def _system_temp_folder():
    """Opening a data folder sends this process's temporary files into its tmp/ (runtime.use_temp_folder);
    each test starts from the system's temp folder again (the replication test's clusters, made there
    for the postgres user, once landed inside an earlier test's private folder)."""
    import tempfile

    before = tempfile.tempdir
    yield
    tempfile.tempdir = before


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
def new_server_database(server_schema):
    """``new_server_database()``: the URL of a new, empty database of its own on the test server (for
    what looks at a whole database: the site schemas a database holds, a head office). Dropped at
    the end, whoever is still connected."""
    from desk.db.connection import close_database

    made: list[str] = []

    def make() -> str:
        made.append(_create_database(server_schema))
        return made[-1]

    yield make
    close_database()
    for url in made:
        _drop_database(server_schema, url)


_databases_made = [0]


def _create_database(server_schema) -> str:
    from urllib.parse import urlsplit

    _databases_made[0] += 1
    name = f"desk_t{os.getpid()}_{_databases_made[0]}"
    with server_schema.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlsplit(server_schema.url)._replace(path="/" + name, query="").geturl()


def _drop_database(server_schema, url: str) -> None:
    from urllib.parse import urlsplit

    with server_schema.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{urlsplit(url).path.lstrip("/")}" WITH (FORCE)')


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


@pytest.fixture(scope="session")
def site_week():
    """``site_week(seed, monday, days=7) -> dict``: ``fill_site_week``."""
    return fill_site_week


def fill_site_week(seed: int, monday, days: int = 7) -> dict:
    """A site's week of work through the services, on the database bound now: staff, visitors
    (first and return, several sources) served from the water bar, receipts and waste, repairs (on
    time and late, called back), a complaint taken through to its call-back, and show-flat
    incidents. Returns counts to check against: visits, servings."""
    import datetime as dt
    import random

    from desk.db.core import Staff
    from desk.db.showflats import Flat, Incident, Item as FlatItem, Room
    from desk.services.bar import stock
    from desk.services.core.session import Session
    from desk.services.reception import hall, visitors
    from desk.services.servicedesk import complaints, repairs, units

    rng = random.Random(seed)
    start = dt.datetime.combine(monday, dt.time(8))
    boss = Session.for_staff(Staff.create(code="01", name="王建国", roles="admin,supervisor"))
    host = Session.for_staff(Staff.create(code="10", name="陈静", roles="reception"))
    for code, name in (("60", "张磊"), ("61", "杨帆"), ("62", "黄晓燕")):
        Staff.create(code=code, name=name, roles="consultant")
    water = stock.save_item(boss, name="矿泉水", category="饮用水", unit="瓶", unit_price="1.50")
    tea = stock.save_item(boss, name="龙井", category="茶", unit="包", unit_price="3.00")
    stock.receive(boss, water.id, 500, unit_price=f"1.{seed % 9 + 1}0", at=start)
    stock.receive(boss, tea.id, 100, unit_price="2.80", at=start)
    sources = [s.id for s in visitors.sources()]
    phones: list[str] = []
    visits = servings = 0
    for day in range(days):
        for n in range(rng.randint(2, 5)):
            at = start + dt.timedelta(days=day, hours=1, minutes=40 * n)
            again = phones and rng.random() < 0.3
            phone = rng.choice(phones) if again else f"139{seed:02d}{len(phones):06d}"
            if not again:
                phones.append(phone)
            visit = visitors.register_visit(host, visitors.Registration(
                phone=phone, surname="王", title="先生", party_size=rng.randint(1, 4),
                source_id=rng.choice(sources)), at=at)
            visits += 1
            for _guest in range(visit.party_size):
                stock.book_serving(host, rng.choice([water.id, tea.id]), 1, ref_type="visit", ref_id=visit.id,
                                   at=at + dt.timedelta(minutes=5))
                servings += 1
            hall.depart(host, visit.id, at=at + dt.timedelta(minutes=35))
    stock.book_waste(boss, tea.id, 2, stock.WASTE_REASONS[1], at=start + dt.timedelta(days=1, hours=10))
    unit = units.add_unit(boss, "1", "1", f"{seed}01", owner_name="赵女士")
    for n in range(3):
        received = start + dt.timedelta(days=n, hours=2)
        repair = repairs.receive(boss, unit.id, repairs.CATEGORIES[n % 3], f"漏水{n}", at=received)
        repairs.dispatch(boss, repair.id, "李师傅", at=received + dt.timedelta(minutes=30))
        repairs.complete(boss, repair.id, at=received + dt.timedelta(hours=2 if n else 40))  # the first is late
        repairs.call_back(boss, repair.id, satisfied=n != 1, at=received + dt.timedelta(days=1))
    received = start + dt.timedelta(days=1, hours=3)
    complaint = complaints.receive(boss, unit.id, complaints.categories()[0].id, "楼上装修噪音", at=received)
    for step, kwargs in ((complaints.judge, {"valid": True}), (complaints.investigate, {"department": "工程部"}),
                         (complaints.propose, {"plan": "协调施工时间"}), (complaints.approve, {}),
                         (complaints.implement, {"implementation": "已协调", "customer_confirmed": True}),
                         (complaints.summarize, {"summary": "已解决"}),
                         (complaints.call_back, {"satisfied": True})):
        received += dt.timedelta(hours=3)
        step(boss, complaint.id, at=received, **kwargs)
    flat = Flat.create(name=f"A户型 {seed}")
    room = Room.create(flat=flat, name="客厅")
    sofa = FlatItem.create(flat=flat, room=room, name="三人沙发", category="家私")
    for n, kind in enumerate(["损坏"] * (seed % 3 + 1) + ["缺失"]):
        Incident.create(flat=flat, item=sofa, kind=kind, status="登记",
                        opened_at=start + dt.timedelta(days=n % days, hours=5))
    return {"visits": visits, "servings": servings}


@pytest.fixture(scope="module")
def two_sites_in_one(server_schema):
    """A head office's database whose two sites, SZ01 and GZ02, were filled in place (each site's
    schema made by the migrations and a week of work through the services, ``fill_site_week``) and
    then registered; no replication (``tests/unit/db/test_replication.py`` does that on three
    clusters). Made once per test module: tests only read it.
    Returns {"url", "monday", "codes", "own": {code: that site's own weekly report}}."""
    import datetime as dt

    from desk.db import headoffice, server
    from desk.db.connection import close_database, open_database
    from desk.services.overview import weekly

    previous = settings_mod.settings.backend
    settings_mod.use_backend(settings_mod.MemoryBackend())
    url = _create_database(server_schema)
    monday = dt.date(2026, 11, 16)
    own = {}
    try:
        for seed, code in ((1, "SZ01"), (2, "GZ02")):
            open_database(server.site_url(url, code))  # a second site in the same database: only when asked
            fill_site_week(seed, monday)
            own[code] = weekly.report("2026-W47", at=dt.datetime(2026, 11, 30, 12))
            close_database()
        conn = headoffice.connect(url)
        try:
            headoffice.ensure_registry(conn)
            with conn.transaction():
                for code in own:
                    conn.execute(f"INSERT INTO {headoffice.SITES} (code, conninfo, copy_version) VALUES (%s, '', %s)",
                                 (code, headoffice.LATEST))
                headoffice.refresh_views(conn)
        finally:
            conn.close()
    finally:
        settings_mod.use_backend(previous)
    yield {"url": url, "monday": monday, "codes": ["GZ02", "SZ01"], "own": own}
    close_database()
    _drop_database(server_schema, url)
