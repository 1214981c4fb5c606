"""The PostgreSQL engine's own rules: several PCs start at once, a program older than the
database, a database whose collation is not C."""
import os
import subprocess
import sys
import textwrap

import pytest

from desk.db import migrations, server
from desk.db.base import db
from desk.db.connection import close_database, open_database

pytestmark = pytest.mark.server_only

MIGRATE_ONE_PC = textwrap.dedent("""
    import sys
    from desk.db import migrations

    def counted(version, step):
        def run(database, migrator):
            database.execute_sql("INSERT INTO step_runs (version) VALUES (%s)", (version,))
            step(database, migrator)
        return run

    migrations.MIGRATIONS[:] = [(v, d, counted(v, s)) for v, d, s in migrations.MIGRATIONS]
    from desk.db.connection import open_database
    sys.stdin.readline()  # all PCs start together
    open_database(sys.argv[1])
    print("ok", flush=True)
""")


def test_pcs_starting_at_once_run_each_migration_once(fresh_server_url):
    setup = open_database(fresh_server_url, migrate=False)
    setup.execute_sql("CREATE TABLE step_runs (version INTEGER)")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [os.getcwd(), os.environ.get("PYTHONPATH")])))
    pcs = [subprocess.Popen([sys.executable, "-c", MIGRATE_ONE_PC, fresh_server_url], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env) for _ in range(4)]
    for pc in pcs:
        pc.stdin.write("go\n")
        pc.stdin.flush()
    outputs = [pc.communicate(timeout=120)[0] for pc in pcs]
    assert [o.strip() for o in outputs] == ["ok"] * 4
    runs = setup.execute_sql("SELECT version, COUNT(*) FROM step_runs GROUP BY version ORDER BY version").fetchall()
    assert runs == [(v, 1) for v, _d, _s in migrations.MIGRATIONS]
    assert migrations.schema_version(setup) == migrations.LATEST
    setup.close()


def test_a_program_older_than_the_database_says_so_and_cannot_write(fresh_server_url):
    from peewee import DatabaseError

    from desk.db.core import Staff

    newer = open_database(fresh_server_url)
    server.set_version(newer, migrations.LATEST + 1)  # a newer program upgraded the database
    newer.close()
    with pytest.raises(migrations.SchemaTooNew, match="请先升级本机的程序"):
        open_database(fresh_server_url)
    # a PC that was already running when the other upgraded: its next connection reads, never writes
    running = open_database(fresh_server_url, migrate=False)
    running.program_version = migrations.LATEST
    running.close()
    running.connect()
    assert running.read_only and Staff.select().count() == 0
    with pytest.raises(DatabaseError, match="read-only"):
        Staff.create(code="01", name="王建国")
    running.close()


@pytest.fixture
def chinese_collation_url(server_schema):
    """A database whose default collation is ICU Chinese: '1380:' sorts before '1380' there."""
    name = f"desk_zh_{os.getpid()}"
    with server_schema.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        try:
            conn.execute(f"""CREATE DATABASE "{name}" TEMPLATE template0 ENCODING 'UTF8'
                             LOCALE_PROVIDER icu ICU_LOCALE 'zh' LC_COLLATE 'C' LC_CTYPE 'C'""")
        except server.load_driver().Error as exc:
            pytest.skip(f"this server cannot make an ICU database: {exc}")
    from urllib.parse import urlsplit

    yield urlsplit(server_schema.url)._replace(path=f"/{name}", query="").geturl()
    close_database()
    with server_schema.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_phone_lookup_works_under_a_chinese_collation(chinese_collation_url, settings):
    from desk.services.core.session import Session
    from desk.services.reception import visitors

    database = open_database(chinese_collation_url)
    assert database.execute_sql("SELECT '13812345678' < '1381:'").fetchone() == (False,)  # the trap
    from desk.db.reception import Customer

    Customer.create(surname="张", title="先生", phone="13812345678", phone_rev="87654321831")
    found = visitors.lookup(Session.system(), "1381")
    assert [m.name for m in found] == ["张先生"]
    assert [m.name for m in visitors.lookup(Session.system(), "5678")] == ["张先生"]
    database.close()


def test_a_registration_on_one_pc_reaches_the_others_when_it_commits(database, make_staff, data_dir):
    import time

    from desk.services.reception import visitors

    make_staff("consultant", code="60", name="张磊")
    host = make_staff("reception", code="10", name="陈静")[1]
    other_pc = server.ChangeListener(data_dir.url)
    try:
        with pytest.raises(RuntimeError):
            with db.atomic():  # a write that rolls back announces nothing
                visitors.register_visit(host, visitors.Registration(phone="13800000001", surname="王"))
                raise RuntimeError("cancelled")
        visit = visitors.register_visit(host, visitors.Registration(phone="13800000002", surname="李"))
        got, deadline = [], time.monotonic() + 5
        while len(got) < 4 and time.monotonic() < deadline:
            got += other_pc.pending()
            time.sleep(0.01)
        # the arrival call (the bar, the consultant) travels with the board's, the rotation's and the list's
        assert sorted(got) == [("arrivals", visit.id), ("hall", visit.id), ("rotation", visit.id),
                               ("visits", visit.id)]
    finally:
        other_pc.close()
