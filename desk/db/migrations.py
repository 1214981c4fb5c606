"""Numbered schema migrations, tracked in ``PRAGMA user_version`` on SQLite and in a one-row
table on PostgreSQL (``desk.db.server``).

Each step runs inside one transaction, which first takes the migration lock (PostgreSQL's
``pg_advisory_xact_lock``; SQLite's write lock) and reads the version again: two PCs starting at
once never run a step twice. A step never edits an earlier one: to change the schema, append a
step. Tests upgrade from every earlier version.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from peewee import Database

from desk.db import bar, core, excel, inspections, reception, server, servicedesk, showflats
from desk.db.base import on_server

if TYPE_CHECKING:  # imported when a step runs: a database already up to date starts without it
    from playhouse.migrate import SchemaMigrator  # lazy: start-up (an up-to-date database opens without playhouse.migrate; bench/startup.py)


def _step1_foundation(database: Database, migrator: SchemaMigrator) -> None:
    database.create_tables(core.MODELS)


def _step4_reception(database: Database, migrator: SchemaMigrator) -> None:
    reception.create(database)


def _step3_stock(database: Database, migrator: SchemaMigrator) -> None:
    bar.migrate_step3(database, migrator)


def _step5_showflats(database: Database, migrator: SchemaMigrator) -> None:
    database.create_tables(showflats.MODELS)


def _step6_service(database: Database, migrator: SchemaMigrator) -> None:
    servicedesk.migrate(database, migrator)


def _step7_excel_sync(database: Database, migrator: SchemaMigrator) -> None:
    excel.migrate_v7(database, migrator)


def _step8_customer_cycle(database: Database, migrator: SchemaMigrator) -> None:
    add_missing_columns(database, migrator, *reception.CYCLE_EXTENDED)
    database.create_tables(reception.CYCLE_MODELS + [servicedesk.Correction])


# A step that moves a value from the settings file into the database reads it through ``_old_setting``
# (key, default) -> value: the reader the caller of ``upgrade`` passed in (desk.db does not read
# settings: ``desk.runtime`` passes the settings file's); without one, every old value is its default.
OldSetting = Callable[[str, Any], Any]


def _defaults(key: str, default: Any) -> Any:
    return default


_reader: OldSetting = _defaults  # set by ``upgrade`` while it runs


def _old_setting(key: str, default: Any) -> Any:
    return _reader(key, default)


def _step9_inspections(database: Database, migrator: SchemaMigrator) -> None:
    inspections.migrate_step9(database, migrator, _old_setting)


def _step10_lockouts(database: Database, migrator: SchemaMigrator) -> None:
    add_missing_columns(database, migrator, core.Staff)


def _step12_forms(database: Database, migrator: SchemaMigrator) -> None:
    add_missing_columns(database, migrator, servicedesk.Complaint)
    database.create_tables([servicedesk.ArrearsReminder])


def _step13_hall_index(database: Database, migrator: SchemaMigrator) -> None:
    database.execute(reception.VISIT_IN_HALL)


def add_missing_columns(database: Database, migrator: SchemaMigrator, *models) -> None:
    """Add the fields of ``models`` that their tables lack (a step that adds columns).

    Earlier steps create tables from the current models, so on a fresh database the columns are
    already there and this does nothing; on an older one it adds them. Append new fields at the end
    of a model's class: an upgraded table then has the same column order as a fresh one.
    """
    from playhouse.migrate import migrate  # lazy: start-up (an up-to-date database opens without playhouse.migrate; bench/startup.py)

    for model in models:
        table = model._meta.table_name
        present = {c.name for c in database.get_columns(table)}
        missing = [f for f in model._meta.sorted_fields if f.column_name not in present]
        if missing:
            migrate(*(migrator.add_column(table, f.column_name, f) for f in missing))


# (version, description, step). Append only; versions ascend (gaps are allowed).
MIGRATIONS: list[tuple[int, str, Callable[[Database, SchemaMigrator], None]]] = [
    (1, "foundation: staff, audit, shifts, duty log, counters", _step1_foundation),
    (3, "water bar: items, batches, stock journal and balances, counts, purchase requests", _step3_stock),
    (5, "show flats: flats, rooms, items, checks, incidents, cleaning, worker log", _step5_showflats),
    (4, "reception: customers, visits, hall, servings, rotation, ownership, parking tickets",
     _step4_reception),
    (6, "service desk: units, repairs, complaints, calls, keys, fees, visits, surveys", _step6_service),
    (7, "excel sync: exports and per-row fingerprints", _step7_excel_sync),
    (8, "customer cycle: visit completions, follow-up details, 认购 and 签约, service-desk corrections",
     _step8_customer_cycle),
    (9, "inspections: templates, rounds, place incidents, work orders, vehicle log; show-flat opening/closing "
        "checks moved into rounds", _step9_inspections),
    (10, "staff: PIN lock-outs in a row (the lock grows longer)", _step10_lockouts),
    (12, "printed forms: complaint channel (投诉方式), arrears reminders (催缴通知书)", _step12_forms),
    (13, "reception: an index of the groups still in the hall (the board read a year of visits)",
     _step13_hall_index),
]

MIGRATIONS.sort(key=lambda m: m[0])
LATEST = max(v for v, _d, _s in MIGRATIONS)


def schema_version(database: Database) -> int:
    if on_server(database):
        return server.schema_version(database)
    return database.execute_sql("PRAGMA user_version").fetchone()[0]


def _set_version(database: Database, version: int) -> None:
    if on_server(database):
        server.set_version(database, version)
    else:
        database.execute_sql(f"PRAGMA user_version = {int(version)}")


class SchemaTooNew(Exception):
    """The database was upgraded by a newer program: this one may not write to it."""

    def __init__(self, version: int):
        self.version = version
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return (f"数据库已由更新版本的程序升级（数据库结构版本 {self.version}，本程序只支持到 {LATEST}）。"
                "请先升级本机的程序再使用；为免损坏数据，本程序不会写入。")


def _locked(database: Database):
    """A transaction holding the migration lock."""
    if on_server(database):
        return _ServerLock(database)
    return database.atomic("IMMEDIATE")  # SQLite: the write lock from the start


class _ServerLock:
    def __init__(self, database):
        self.txn = database.atomic()
        self.database = database

    def __enter__(self):
        self.txn.__enter__()
        server.lock_migrations(self.database)
        return self

    def __exit__(self, *exc):
        return self.txn.__exit__(*exc)


def upgrade(database: Database, target: int | None = None, *, old_setting: OldSetting | None = None) -> int:
    """Run every pending step up to ``target`` (default: the latest). Returns the new version.
    ``old_setting`` reads the settings file for the steps that move a setting into the database."""
    target = LATEST if target is None else target
    current = schema_version(database)
    if current > LATEST:
        raise SchemaTooNew(current)
    if current >= target:
        return current
    from playhouse.migrate import SchemaMigrator  # lazy: start-up (an up-to-date database opens without playhouse.migrate; bench/startup.py)

    global _reader
    migrator = SchemaMigrator.from_database(database)
    _reader = old_setting or _defaults
    try:
        for version, _desc, step in MIGRATIONS:
            if version > target:
                break
            with _locked(database):
                current = schema_version(database)  # another PC may have run it meanwhile
                if current > LATEST:
                    raise SchemaTooNew(current)
                if current >= version:
                    continue
                step(database, migrator)
                _set_version(database, version)
                current = version
    finally:
        _reader = _defaults
    return current
