"""Every numbered migration upgrades from every earlier version to the same schema as a fresh start,
on the engine of the run (SQLite, or PostgreSQL with DESK_TEST_DB)."""
import pytest

from desk.db import migrations
from desk.db.base import on_server


def schema(database):
    """Tables, their columns (name, type, not null) and indexes, as the engine describes them."""
    if on_server(database):
        tables = {}
        for table, column, kind, nullable, collation in database.execute_sql(
                "SELECT table_name, column_name, data_type, is_nullable, collation_name"
                " FROM information_schema.columns WHERE table_schema = current_schema()"
                " ORDER BY table_name, ordinal_position").fetchall():
            tables.setdefault(table, []).append((column, kind, nullable, collation))
        indexes = database.execute_sql("SELECT tablename, indexname, indexdef FROM pg_indexes"
                                       " WHERE schemaname = current_schema() ORDER BY indexname").fetchall()
        return tables, [(t, n, d.split(" ON ")[1].split(".", 1)[1]) for t, n, d in indexes]
    rows = database.execute_sql(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    columns = {}
    for _type, name, _tbl in rows:
        if _type == "table":
            columns[name] = [(c[1], c[2], c[3]) for c in database.execute_sql(f"PRAGMA table_info('{name}')")]
    return rows, columns


@pytest.mark.parametrize("start", [0] + [v for v, _d, _s in migrations.MIGRATIONS[:-1]])
def test_upgrade_from_every_earlier_version(empty_database, start):
    fresh = empty_database("fresh")
    assert migrations.upgrade(fresh) == migrations.LATEST
    fresh_schema = schema(fresh)

    old = empty_database("old")
    if start:
        migrations.upgrade(old, target=start)
    assert migrations.schema_version(old) == start
    assert migrations.upgrade(old) == migrations.LATEST
    assert migrations.schema_version(old) == migrations.LATEST
    assert schema(old) == fresh_schema


def test_upgrade_keeps_rows_and_is_idempotent(empty_database):
    database = empty_database()
    migrations.upgrade(database, target=1)
    database.execute_sql("INSERT INTO staff (code, name, roles, phone, pin_hash, active, failed_attempts, created_at)"
                         " VALUES ('01', '王建国', 'admin', '', '', TRUE, 0, '2026-01-01 08:00:00')")
    migrations.upgrade(database)
    migrations.upgrade(database)
    assert database.execute_sql("SELECT name FROM staff").fetchall() == [("王建国",)]


def test_database_from_a_newer_program_is_refused(empty_database):
    database = empty_database()
    migrations.upgrade(database)
    migrations._set_version(database, migrations.LATEST + 1)
    with pytest.raises(migrations.SchemaTooNew, match=str(migrations.LATEST + 1)) as refused:
        migrations.upgrade(database)
    assert "请先升级本机的程序" in refused.value.message


@pytest.mark.sqlite_only
def test_pragmas_are_set(database):
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_add_missing_columns_adds_only_what_a_table_lacks(empty_database):
    from peewee import CharField, IntegerField
    from playhouse.migrate import SchemaMigrator

    from desk.db.base import BaseModel

    database = empty_database()

    class Thing(BaseModel):
        name = CharField()

    database.create_tables([Thing])
    Thing.create(name="杯子")

    class Thing2(BaseModel):  # the same table, a newer model with two fields appended
        name = CharField()
        size = IntegerField(default=3)
        note = CharField(default="")

        class Meta:
            table_name = "thing"

    migrator = SchemaMigrator.from_database(database)
    migrations.add_missing_columns(database, migrator, Thing2)
    migrations.add_missing_columns(database, migrator, Thing2)  # twice: nothing more to add
    assert [c.name for c in database.get_columns("thing")] == ["id", "name", "size", "note"]
    assert [(t.name, t.size, t.note) for t in Thing2.select()] == [("杯子", 3, "")]
