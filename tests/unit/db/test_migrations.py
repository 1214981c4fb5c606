"""Every numbered migration upgrades from every earlier version to the same schema as a fresh start."""
import sqlite3

import pytest
from peewee import SqliteDatabase

from desk.db import migrations
from desk.db.base import PRAGMAS, db


def schema(path):
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
        columns = {}
        for _type, name, _tbl in rows:
            if _type == "table":
                columns[name] = [(c[1], c[2], c[3]) for c in conn.execute(f"PRAGMA table_info('{name}')")]
        return rows, columns
    finally:
        conn.close()


def open_raw(path):
    database = SqliteDatabase(str(path), pragmas=PRAGMAS)
    database.connect()
    db.initialize(database)
    return database


@pytest.mark.parametrize("start", [0] + [v for v, _d, _s in migrations.MIGRATIONS[:-1]])
def test_upgrade_from_every_earlier_version(tmp_path, start):
    fresh_path = tmp_path / "fresh.db"
    fresh = open_raw(fresh_path)
    assert migrations.upgrade(fresh) == migrations.LATEST
    fresh.close()

    old_path = tmp_path / "old.db"
    old = open_raw(old_path)
    if start:
        migrations.upgrade(old, target=start)
    assert migrations.schema_version(old) == start
    assert migrations.upgrade(old) == migrations.LATEST
    assert migrations.schema_version(old) == migrations.LATEST
    old.close()
    assert schema(old_path) == schema(fresh_path)


def test_upgrade_keeps_rows_and_is_idempotent(tmp_path):
    database = open_raw(tmp_path / "d.db")
    migrations.upgrade(database, target=1)
    database.execute_sql("INSERT INTO staff (code, name, roles, phone, pin_hash, active, failed_attempts, created_at)"
                         " VALUES ('01', '王建国', 'admin', '', '', 1, 0, '2026-01-01 08:00:00')")
    migrations.upgrade(database)
    migrations.upgrade(database)
    assert database.execute_sql("SELECT name FROM staff").fetchall() == [("王建国",)]
    database.close()


def test_database_from_a_newer_program_is_refused(tmp_path):
    database = open_raw(tmp_path / "d.db")
    database.execute_sql(f"PRAGMA user_version = {migrations.LATEST + 1}")
    with pytest.raises(migrations.SchemaTooNew, match=str(migrations.LATEST + 1)):
        migrations.upgrade(database)
    database.close()


def test_pragmas_are_set(database):
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_add_missing_columns_adds_only_what_a_table_lacks(tmp_path):
    from peewee import CharField, IntegerField
    from playhouse.migrate import SqliteMigrator

    from desk.db.base import BaseModel

    database = open_raw(tmp_path / "d.db")

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

    migrator = SqliteMigrator(database)
    migrations.add_missing_columns(database, migrator, Thing2)
    migrations.add_missing_columns(database, migrator, Thing2)  # twice: nothing more to add
    assert [c.name for c in database.get_columns("thing")] == ["id", "name", "size", "note"]
    assert [(t.name, t.size, t.note) for t in Thing2.select()] == [("杯子", 3, "")]
    database.close()
