"""Copying a whole site between engines: an SQLite data folder onto an empty PostgreSQL database
(``desk move-to URL``), or the server's records into a new SQLite file (``desk copy-to FILE.db``).

The copy is one transaction on the target: every table, in foreign-key order and by id, the id
sequences set past the copied ids, the row count of every table compared with the source's
before committing. The source is only read (an SQLite source is read through a copy of the file,
upgraded there when the program is newer). A target that already holds records is refused.
"""
from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from peewee import sort_models

from desk.db import bar, core, excel, inspections, reception, server, servicedesk, showflats  # noqa: F401  (every model)
from desk.db.base import BaseModel, on_server
from desk.db.connection import open_database
from desk.db.migrations import LATEST, schema_version

CHUNK = 500


class TransferError(Exception):
    """A copy that cannot be made (message in Chinese); the target is left as it was."""


def site_models() -> list:
    """Every table model of the program (the modules above define them), parents before children."""
    found, todo = [], list(BaseModel.__subclasses__())
    while todo:
        model = todo.pop()
        todo.extend(model.__subclasses__())
        if model.__module__.startswith("desk.db."):
            found.append(model)
    return sort_models(found)


def _seeded(database) -> dict[str, int]:
    """Rows per table in ``database`` (only tables of ours that have rows)."""
    counts = {}
    for model in site_models():
        if database.table_exists(model._meta.table_name):
            n = model.select().count(database)
            if n:
                counts[model._meta.table_name] = n
    return counts


def _check_empty(target, seeds: set[str]) -> None:
    """Refuse a target holding records: anything but the rows a new database is made with."""
    filled = {t: n for t, n in _seeded(target).items() if t not in seeds}
    if filled:
        names = "、".join(f"{t}（{n} 行）" for t, n in list(filled.items())[:5])
        raise TransferError(f"目标数据库不是空的，已有记录：{names}。为免覆盖，请换一个空数据库。")


def copy_site(source, target) -> dict[str, int]:
    """Copy every row of ``source`` into ``target`` (both open, both at the program's schema
    version, target without records) in one transaction on the target. Returns rows per table."""
    if schema_version(source) != LATEST or schema_version(target) != LATEST:
        raise TransferError("源数据库与目标数据库的结构版本须与本程序一致")
    models = site_models()
    known = {m._meta.table_name for m in models}
    unknown = sorted(set(source.get_tables()) - known - {server.VERSION_TABLE})
    if unknown:
        raise TransferError(f"源数据库中有本程序不认识的表：{'、'.join(unknown)}，请先升级程序")
    seeds = {"visit_source", "stock_category", "complaint_category", "inspection_template",
             "inspection_template_item"}
    _check_empty(target, seeds)
    counts: dict[str, int] = {}
    with target.atomic():
        if on_server(target):
            server.lock_migrations(target)  # no PC upgrades the schema while the site moves in
        for model in reversed(models):  # the rows a new database is made with: replaced by the source's
            if model._meta.table_name in seeds:
                model.delete().execute(target)
        for model in models:
            fields = model._meta.sorted_fields
            query = model.select(*fields).order_by(*[f.asc() for f in model._meta.get_primary_keys()]).tuples()
            batch, copied = [], 0
            for row in query.execute(source):
                batch.append(row)
                if len(batch) == CHUNK:
                    model.insert_many(batch, fields=fields).execute(target)
                    copied += len(batch)
                    batch = []
            if batch:
                model.insert_many(batch, fields=fields).execute(target)
                copied += len(batch)
            counts[model._meta.table_name] = copied
        if on_server(target):
            server.reset_sequences(target)
        for model in models:
            there, here = model.select().count(source), model.select().count(target)
            if there != here:
                raise TransferError(f"表 {model._meta.table_name} 核对不符：源 {there} 行，目标 {here} 行；已全部撤回")
    return counts


def move_to_server(sqlite_path: Path, url: str, *, password: str | None = None) -> dict[str, int]:
    """``desk move-to``: the data folder's SQLite file onto the empty server database at ``url``.
    The file is not changed: it is read through a copy (upgraded there if older)."""
    sqlite_path = Path(sqlite_path)
    if not sqlite_path.is_file():
        raise TransferError(f"数据库文件不存在：{sqlite_path}")
    with tempfile.TemporaryDirectory(prefix="desk-move-") as tmp:
        copy = Path(tmp) / "source.db"
        src = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
        dst = sqlite3.connect(copy)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        source = open_database(copy)
        try:
            target = open_database(url, password=password)
            try:
                return copy_site(source, target)
            finally:
                target.close()
        finally:
            source.close()


def copy_to_file(url: str, path: Path, *, password: str | None = None) -> dict[str, int]:
    """``desk copy-to``: the server's records into a new SQLite file (an offline copy)."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise TransferError(f"文件已存在：{path}。为免覆盖，请给一个新文件名。")
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    source = open_database(url, password=password)
    try:
        target = open_database(partial)
        try:
            counts = copy_site(source, target)
        finally:
            target.close()
        partial.replace(path)
        return counts
    finally:
        source.close()
        if partial.exists():
            partial.unlink()
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)

