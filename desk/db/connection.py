"""Opening a database file: connect, bind the deferred ``db`` every model uses, bring the schema up
to date (``desk.db.migrations``); closing it."""
from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from desk.db.base import PRAGMAS, db
from desk.db.migrations import upgrade


def open_database(path: Path | str, *, migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database file, bind the proxy and bring the schema up to date."""
    database = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    database.connect(reuse_if_open=True)
    db.initialize(database)
    if migrate:
        upgrade(database)
    return database


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
