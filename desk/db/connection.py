"""Opening a database: an SQLite file, or the site's PostgreSQL server from a ``postgresql://``
URL (``desk.db.server``); connect, bind the deferred ``db`` every model uses, bring the schema up
to date (``desk.db.migrations``); closing it."""
from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase, _savepoint

from desk.db import server
from desk.db.base import PRAGMAS, db
from desk.db.migrations import LATEST, OldSetting, upgrade
from desk.db.server import is_server_url  # noqa: F401  (re-exported: callers ask here)

_INT64_MIN, _INT64_MAX = -2**63, 2**63 - 1


def _rolled_back(database) -> bool:
    """SQLite already rolled the transaction back itself (after a full disk or an I/O error)."""
    conn = database._state.conn
    return conn is not None and not conn.in_transaction


class _Savepoint(_savepoint):
    def rollback(self, begin=True):
        if not _rolled_back(self.db):
            super().rollback(begin)


class Database(SqliteDatabase):
    """The program's SQLite database. When SQLite has already rolled a transaction back (a full disk,
    an I/O error), the rollback on the way out is skipped, so that the error that caused it ("database
    or disk is full") is the one raised, not "cannot rollback - no transaction is active"."""

    def rollback(self):
        if not _rolled_back(self):
            super().rollback()

    def execute_sql(self, sql, params=None, *args, **kwargs):
        # An integer beyond SQLite's 64 bits (an id typed as 99999999999999999999) matches nothing,
        # as it would in PostgreSQL, instead of raising OverflowError from the driver.
        if params and any(p.__class__ is int and not _INT64_MIN <= p <= _INT64_MAX for p in params):
            params = [float(p) if p.__class__ is int and not _INT64_MIN <= p <= _INT64_MAX else p for p in params]
        return super().execute_sql(sql, params, *args, **kwargs)

    def savepoint(self, sid=None):
        return _Savepoint(self, sid)


def open_database(target: Path | str, *, migrate: bool = True, password: str | None = None,
                  old_setting: OldSetting | None = None, site: str | None = None):
    """Open the database (an SQLite file, created if needed, or a ``postgresql://`` URL), bind the
    proxy and bring the schema up to date (raises migrations.SchemaTooNew for a newer schema);
    ``old_setting`` reads the settings file for a step that moves a setting into the database.

    On a server, ``site`` is this PC's site code: its tables live in schema ``site_<code>`` (see
    ``server.choose_schema``; server.SiteError when that cannot be). A head office's database
    (``database.head_office``) is never migrated: its copies of the sites' tables are built by
    ``desk.db.headoffice``."""
    if is_server_url(target):
        database = server.connect(str(target), password=password, site=site)
        database.program_version = LATEST
        if database.head_office:
            database.make_reports_only()
            migrate = False
    else:
        # transactions take the write lock when they begin: a check-then-write never meets another
        # writer's change in between (it waits for it, up to busy_timeout)
        database = Database(str(target), pragmas=PRAGMAS, check_same_thread=False, lock_type="IMMEDIATE")
        database.connect(reuse_if_open=True)
    db.initialize(database)
    if migrate:
        upgrade(database, old_setting=old_setting)
    return database


def probe_writable(database) -> None:
    """Raise peewee's OperationalError ("attempt to write a readonly database") now when the SQLite
    file cannot be written, rather than at the first save."""
    database.execute_sql("BEGIN IMMEDIATE")
    database.execute_sql("ROLLBACK")


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
