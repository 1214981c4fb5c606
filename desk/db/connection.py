"""Opening a database: an SQLite file, or the site's PostgreSQL server from a ``postgresql://``
URL (``desk.db.server``); connect, bind the deferred ``db`` every model uses, bring the schema up
to date (``desk.db.migrations``); closing it."""
from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from desk.db import server
from desk.db.base import PRAGMAS, db
from desk.db.migrations import LATEST, OldSetting, upgrade
from desk.db.server import is_server_url  # noqa: F401  (re-exported: callers ask here)


def open_database(target: Path | str, *, migrate: bool = True, password: str | None = None,
                  old_setting: OldSetting | None = None):
    """Open the database (an SQLite file, created if needed, or a ``postgresql://`` URL), bind the
    proxy and bring the schema up to date (raises migrations.SchemaTooNew for a newer schema);
    ``old_setting`` reads the settings file for a step that moves a setting into the database."""
    if is_server_url(target):
        database = server.connect(str(target), password=password)
        database.program_version = LATEST
    else:
        # transactions take the write lock when they begin: a check-then-write never meets another
        # writer's change in between (it waits for it, up to busy_timeout)
        database = SqliteDatabase(str(target), pragmas=PRAGMAS, check_same_thread=False, lock_type="IMMEDIATE")
        database.connect(reuse_if_open=True)
    db.initialize(database)
    if migrate:
        upgrade(database, old_setting=old_setting)
    return database


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
