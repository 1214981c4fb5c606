"""Numbered schema migrations, tracked in ``PRAGMA user_version``.

Each step runs inside one transaction. A step never edits an earlier one: to change
the schema, append a step. Tests upgrade from every earlier version.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from peewee import SqliteDatabase

from desk.db import bar, core, excel, reception, servicedesk, showflats

if TYPE_CHECKING:  # imported when a step runs: a database already up to date starts without it
    from playhouse.migrate import SqliteMigrator  # lazy: start-up (an up-to-date database opens without playhouse.migrate; bench/startup.py)


def _step1_foundation(database: SqliteDatabase, migrator: SqliteMigrator) -> None:
    database.create_tables(core.MODELS)


def _step4_reception(database: SqliteDatabase, migrator: SqliteMigrator) -> None:
    reception.create(database)


def _step3_stock(database: SqliteDatabase, migrator: SqliteMigrator) -> None:
    bar.migrate_step3(database, migrator)


def _step5_showflats(database: SqliteDatabase, migrator: SqliteMigrator) -> None:
    database.create_tables(showflats.MODELS)


def _step6_service(database: SqliteDatabase, migrator: SqliteMigrator) -> None:
    servicedesk.migrate(database, migrator)


def _step7_excel_sync(database: SqliteDatabase, migrator: SqliteMigrator) -> None:
    excel.migrate_v7(database, migrator)


def add_missing_columns(database: SqliteDatabase, migrator: SqliteMigrator, *models) -> None:
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
MIGRATIONS: list[tuple[int, str, Callable[[SqliteDatabase, SqliteMigrator], None]]] = [
    (1, "foundation: staff, audit, shifts, duty log, counters", _step1_foundation),
    (3, "water bar: items, batches, stock journal and balances, counts, purchase requests", _step3_stock),
    (5, "show flats: flats, rooms, items, checks, incidents, cleaning, worker log", _step5_showflats),
    (4, "reception: customers, visits, hall, servings, rotation, ownership, parking tickets",
     _step4_reception),
    (6, "service desk: units, repairs, complaints, calls, keys, fees, visits, surveys", _step6_service),
    (7, "excel sync: exports and per-row fingerprints", _step7_excel_sync),
]

MIGRATIONS.sort(key=lambda m: m[0])
LATEST = max(v for v, _d, _s in MIGRATIONS)


def schema_version(database: SqliteDatabase) -> int:
    return database.execute_sql("PRAGMA user_version").fetchone()[0]


class SchemaTooNew(Exception):
    pass


def upgrade(database: SqliteDatabase, target: int | None = None) -> int:
    """Run every pending step up to ``target`` (default: the latest). Returns the new version."""
    target = LATEST if target is None else target
    current = schema_version(database)
    if current > LATEST:
        raise SchemaTooNew(current)
    if current >= target:
        return current
    from playhouse.migrate import SqliteMigrator  # lazy: start-up (an up-to-date database opens without playhouse.migrate; bench/startup.py)

    migrator = SqliteMigrator(database)
    for version, _desc, step in MIGRATIONS:
        if current < version <= target:
            with database.atomic():
                step(database, migrator)
                database.execute_sql(f"PRAGMA user_version = {int(version)}")
            current = version
    return current
