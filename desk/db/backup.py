"""Backups, integrity checks and restore: SQLite's online backup API for the file, pg_dump /
pg_restore (custom format, ``desk.db.server``) for a server. The same rules on both: a backup is
written to a temporary name first, a restore verifies the file before anything else and keeps
the current database aside, nothing is overwritten without a copy."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from desk.db import server
from desk.db.migrations import LATEST
from desk.paths import DataDir

BACKUP_PREFIX = "desk-"
SQLITE_SUFFIX = ".db"
SERVER_SUFFIX = ".dump"  # pg_dump's custom format


class BackupError(Exception):
    """A message for the user (Chinese), raised by check/restore."""


def backup_database(source: Path, target: Path) -> Path:
    """Copy a live database to ``target`` consistently, through a temporary file."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def _dump_to(url: str):
    def dump(target: Path) -> Path:
        try:
            return server.dump(url, target)
        except server.ToolError as exc:
            raise BackupError(f"备份失败：{exc}") from exc
    return dump


def backup_suffix(data: DataDir) -> str:
    return SERVER_SUFFIX if data.on_server else SQLITE_SUFFIX


def list_backups(folder: Path, suffix: str = SQLITE_SUFFIX) -> list[Path]:
    """Backups in a folder, newest first."""
    if not Path(folder).is_dir():
        return []
    return sorted(Path(folder).glob(f"{BACKUP_PREFIX}*{suffix}"), key=lambda p: p.name, reverse=True)


def backups_of(data: DataDir) -> list[Path]:
    """The data folder's backups of its database (the file's, or the server's), newest first."""
    return list_backups(data.backups, backup_suffix(data))


def make_backup(data: DataDir, keep: int, *, reason: str = "manual", out: Path | None = None) -> Path:
    """Back up the data folder's database. Without ``out``, into backups/ keeping the newest ``keep``."""
    copy = _dump_to(data.url) if data.on_server else (lambda target: backup_database(data.database, target))
    if out is not None:
        return copy(Path(out))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # sorts by time, never collides
    target = data.backups / f"{BACKUP_PREFIX}{stamp}-{reason}{backup_suffix(data)}"
    copy(target)
    prune_backups(data.backups, keep, backup_suffix(data))
    return target


def prune_backups(folder: Path, keep: int, suffix: str = SQLITE_SUFFIX) -> list[Path]:
    removed = []
    for old in list_backups(folder, suffix)[max(keep, 1):]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed


def has_backup_today(data: DataDir) -> bool:
    today = dt.date.today().strftime("%Y%m%d")
    return any(p.name.startswith(f"{BACKUP_PREFIX}{today}") for p in backups_of(data))


def check_data(data: DataDir) -> list[str]:
    """Problems found by the engine's checks of the data folder's database (empty: all good)."""
    if data.on_server:
        return server.check(data.url)
    if not data.database.exists():
        return [f"数据库不存在：{data.database}"]
    return check_database(data.database)


def check_database(path: Path) -> list[str]:
    """Problems found in a database file or backup (empty list: all good): SQLite's integrity and
    foreign-key checks, or for a server backup (.dump) that pg_restore can read it whole."""
    path = Path(path)
    if not path.exists():
        return [f"文件不存在：{path}"]
    if server.is_dump(path):
        return server.check_dump(path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
        if header and header != b"SQLite format 3\x00":
            return ["不是 SQLite 数据库文件"]
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            problems = [] if rows == ["ok"] else [f"完整性检查：{r}" for r in rows]
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"外键错误：{table} 第 {rowid} 行指向不存在的 {parent}")
            return problems
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"数据库无法读取：{exc}"]


def schema_version_of(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def verify_restorable(path: Path, data: DataDir | None = None) -> None:
    """Raise BackupError unless ``path`` is a good backup of this program's database, of the data
    folder's engine, from this program's version or an older one."""
    path = Path(path)
    on_server = data is not None and data.on_server
    if on_server != server.is_dump(path):
        raise BackupError("该文件不能用于恢复：" + (
            "数据库在服务器上，须用服务器的备份（.dump 文件）" if on_server else
            "这是服务器数据库的备份（.dump），本机用的是 SQLite 数据库文件"))
    problems = check_database(path)
    if problems:
        raise BackupError("该文件不能用于恢复：" + "；".join(problems[:5]))
    if on_server:
        tables, version = server.dump_contents(path)
        if "staff" not in tables or version < 1:
            raise BackupError("该文件不是案场助手的数据库")
        if version > LATEST:
            raise BackupError("该备份来自更新版本的程序，请先升级程序")
        return
    try:
        version = schema_version_of(path)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            has_staff = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='staff'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"该文件不能用于恢复：{exc}") from exc
    if not has_staff or version < 1:
        raise BackupError("该文件不是案场助手的数据库")
    if version > LATEST:
        raise BackupError("该备份来自更新版本的程序，请先升级程序")


def _aside_name(data: DataDir, reason: str, suffix: str) -> Path:
    data.aside.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = data.aside / f"desk-{stamp}-{reason}{suffix}"
    n = 1
    while kept.exists():
        n += 1
        kept = data.aside / f"desk-{stamp}-{reason}-{n}{suffix}"
    return kept


def set_aside(data: DataDir, reason: str) -> Path | None:
    """Move the current database (with its WAL files) into aside/; return the kept copy."""
    if not data.database.exists():
        return None
    kept = _aside_name(data, reason, SQLITE_SUFFIX)
    shutil.move(str(data.database), kept)
    for suffix in ("-wal", "-shm"):
        side = data.database.with_name(data.database.name + suffix)
        if side.exists():
            shutil.move(str(side), kept.with_name(kept.name + suffix))
    return kept


def restore(data: DataDir, source: Path) -> Path | None:
    """Verify ``source``, keep the current database aside, then put a copy of ``source`` in place.

    Returns where the previous database was kept. Raises BackupError and changes nothing on a bad file.
    """
    source = Path(source)
    verify_restorable(source, data)
    data.root.mkdir(parents=True, exist_ok=True)
    if data.on_server:
        kept = _aside_name(data, "before-restore", SERVER_SUFFIX)
        try:
            server.dump(data.url, kept)
        except server.ToolError as exc:
            raise BackupError(f"无法先把当前数据库另存，未做恢复：{exc}") from exc
        try:
            server.restore_dump(data.url, source)
        except server.ToolError as exc:
            raise BackupError(f"恢复失败，数据库未改动：{exc}") from exc
        return kept
    staging = data.root / "desk.db.restoring"
    backup_database(source, staging)
    kept = set_aside(data, "before-restore")
    staging.replace(data.database)
    return kept


def newest_good_backup(data: DataDir) -> Path | None:
    for candidate in backups_of(data):
        if not check_database(candidate):
            return candidate
    return None
