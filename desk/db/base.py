"""The deferred database every model binds to, and opening a database file."""
from __future__ import annotations

import json
from pathlib import Path

from peewee import Case, DatabaseProxy, Model, SqliteDatabase, TextField, fn

db = DatabaseProxy()

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed row survives power loss
    "busy_timeout": 5000,
    "cache_size": -16000,
}


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class JSONField(TextField):
    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)

    def python_value(self, value):
        return None if value is None else json.loads(value)


def count_if(condition, value=1):
    """SUM(CASE WHEN condition THEN value ELSE 0 END): a filtered count (or sum) beside others in one query."""
    return fn.COALESCE(fn.SUM(Case(None, [(condition, value)], 0)), 0)


def open_database(path: Path | str, *, migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database file, bind the proxy and bring the schema up to date."""
    database = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    database.connect(reuse_if_open=True)
    db.initialize(database)
    if migrate:
        from desk.db.migrations import upgrade

        upgrade(database)
    return database


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
