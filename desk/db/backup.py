"""Backups, integrity checks and restore: SQLite's online backup API for the file, pg_dump /
pg_restore (custom format, ``desk.db.server``) for a server; leftovers of killed processes.

File logic only, no permissions (``desk.services.core.backups`` checks who may do it). The same
rules on both engines: a backup is written to a temporary name first and checked before it takes its
name (a damaged database is never backed up, and pruning never removes the newest good backup); a
restore verifies the file before anything else and keeps the current database aside; nothing is
overwritten without a copy.

A SQLite restore is journalled: the verified copy is staged as ``desk.db.restoring``, a journal
(``restore.json``) names where the current database goes, then the database, its ``-wal`` and
``-shm`` move into ``aside/`` together and the staged copy takes their place. A crash at any step is
finished (or undone, when the staged copy is not complete) by ``recover_restore``, which the program
and the ``desk`` command run before they open the database. ``clean_leftovers`` removes what a
killed process leaves: ``*.partial``, a staged copy without a journal, temporary workbooks and the
process temp folders under ``tmp/``.
"""
from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from desk.db import server
from desk.db.migrations import LATEST
from desk.paths import DataDir

BACKUP_PREFIX = "desk-"
SQLITE_SUFFIX = ".db"
SERVER_SUFFIX = ".dump"  # pg_dump's custom format
SIDE_FILES = ("-wal", "-shm")
STAGING = "desk.db.restoring"
JOURNAL = "restore.json"
TEMP_MAX_AGE = 6 * 3600  # a temp folder untouched this long belongs to a process that is gone


class BackupError(Exception):
    """A message for the user (Chinese), raised by check/backup/restore."""


class DiskFullError(BackupError):
    """The disk (or the database's size limit) is full; nothing was left half-written."""

    def __init__(self, message: str, where: str = ""):
        super().__init__(message)
        self.where = where


def _disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    text = str(exc)
    return "database or disk is full" in text or "No space left on device" in text  # SQLite; pg_dump


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(str(folder), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def file_step(name: str) -> None:
    """Called before each file operation of a restore; the crash-injection test stops here."""


def _connect_ro(path: Path) -> sqlite3.Connection:
    """Open a database read-only; in a folder nobody can write, without its -shm (immutable)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
        return conn
    except sqlite3.OperationalError:
        if os.access(path.parent, os.W_OK):
            raise
        return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def backup_database(source: Path, target: Path) -> Path:
    """Copy a live database to ``target`` consistently through ``target.partial``; the copy must pass
    the integrity check before it takes the name. Raises BackupError (DiskFullError) and leaves no
    partial file."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
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
        problems = check_database(partial)
        if problems:
            raise BackupError("数据库已损坏，未备份（现有备份均保留）：" + "；".join(problems[:3]))
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        partial.replace(target)
        fsync_dir(target.parent)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if _disk_full(exc):
            raise DiskFullError(f"磁盘已满，未备份：{target.parent}。请清理磁盘空间后重试。",
                                str(target.parent)) from exc
        if isinstance(exc, sqlite3.DatabaseError):
            raise BackupError(f"数据库已损坏或无法读取，未备份（现有备份均保留）：{exc}") from exc
        if isinstance(exc, OSError) and not isinstance(exc, BackupError):
            raise BackupError(f"无法写入备份 {target}：{exc.strerror or exc}") from exc
        raise
    return target


def _dump_to(url: str):
    def dump(target: Path) -> Path:
        try:
            server.dump(url, target)
        except server.ToolError as exc:
            if _disk_full(exc):
                raise DiskFullError(f"磁盘已满，未备份：{Path(target).parent}。请清理磁盘空间后重试。",
                                    str(Path(target).parent)) from exc
            raise BackupError(f"备份失败（现有备份均保留）：{exc}") from exc
        problems = check_database(target)
        if problems:
            Path(target).unlink(missing_ok=True)
            raise BackupError("备份文件检查未通过，已删除（现有备份均保留）：" + "；".join(problems[:3]))
        return Path(target)
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


def backup_into(data: DataDir, keep: int, *, reason: str = "manual", out: Path | None = None) -> Path:
    """Back up the data folder's database: to ``out``, or into backups/ keeping the newest ``keep``.
    The copy is checked before it takes its name: a damaged database raises BackupError and every
    existing backup stays."""
    copy = _dump_to(data.url) if data.on_server else (lambda target: backup_database(data.database, target))
    if out is not None:
        return copy(Path(out))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # sorts by time, never collides
    target = data.backups / f"{BACKUP_PREFIX}{stamp}-{reason}{backup_suffix(data)}"
    copy(target)
    prune_backups(data.backups, keep, backup_suffix(data), good=target)
    return target


def prune_backups(folder: Path, keep: int, suffix: str = SQLITE_SUFFIX, *, good: Path | None = None) -> list[Path]:
    """Remove all but the newest ``keep`` backups, never the newest good one (``good`` when the caller
    just checked it; else the newest that passes the check)."""
    backups = list_backups(folder, suffix)
    if good is None:
        good = next((p for p in backups if not check_database(p)), None)
    removed = []
    for old in backups[max(keep, 1):]:
        if good is not None and old == Path(good):
            continue
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
        conn = _connect_ro(path)
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
    except OSError as exc:
        return [f"数据库无法读取：{exc.strerror or exc}"]


def quick_check(path: Path) -> list[str]:
    """A faster check before a command reads figures: ``PRAGMA quick_check``."""
    try:
        conn = _connect_ro(Path(path))
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"数据库无法读取：{exc}"]
    return [] if rows == ["ok"] else [f"完整性检查：{r}" for r in rows]


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


def staff_of(path: Path, code: str) -> tuple[str, str, bool] | None:
    """(pin_hash, roles, active) of a 工号 in a database file, read-only; None when absent."""
    try:
        conn = _connect_ro(Path(path))
        try:
            row = conn.execute("SELECT pin_hash, roles, active FROM staff WHERE code = ?", (code,)).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return (row[0], row[1], bool(row[2])) if row else None


def _aside_name(data: DataDir, reason: str, suffix: str = SQLITE_SUFFIX) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = data.aside / f"desk-{stamp}-{reason}{suffix}"
    n = 1
    while any(kept.with_name(kept.name + s).exists() for s in ("", *SIDE_FILES)):
        n += 1
        kept = data.aside / f"desk-{stamp}-{reason}-{n}{suffix}"
    return kept


def _move_with_side_files(database: Path, kept: Path) -> None:
    """Move a database and its -wal/-shm to ``kept`` (the WAL first: a database never sits beside
    another's WAL). Idempotent: what has moved already is skipped."""
    for suffix in (*SIDE_FILES, ""):
        src = database.with_name(database.name + suffix)
        if src.exists():
            file_step(f"move{suffix or '-db'}")
            os.replace(src, kept.with_name(kept.name + suffix))
    fsync_dir(kept.parent)
    fsync_dir(database.parent)


def set_aside(data: DataDir, reason: str) -> Path | None:
    """Move the current database (with its WAL files) into aside/; return the kept copy."""
    if not data.database.exists():
        return None
    data.aside.mkdir(parents=True, exist_ok=True)
    kept = _aside_name(data, reason)
    _move_with_side_files(data.database, kept)
    return kept


def _write_journal(data: DataDir, plan: dict) -> None:
    journal = data.root / JOURNAL
    tmp = journal.with_name(journal.name + ".partial")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(plan, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    file_step("journal")
    os.replace(tmp, journal)
    fsync_dir(data.root)


def restore(data: DataDir, source: Path) -> Path | None:
    """Verify ``source``, keep the current database aside, then put a copy of ``source`` in place.

    Returns where the previous database was kept. Raises BackupError and changes nothing on a bad file.
    A SQLite restore can be finished by ``recover_restore`` after a crash at any step.
    """
    source = Path(source)
    verify_restorable(source, data)
    data.root.mkdir(parents=True, exist_ok=True)
    if data.on_server:
        data.aside.mkdir(parents=True, exist_ok=True)
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
    recover_restore(data)
    staging = data.root / STAGING
    file_step("stage")
    backup_database(source, staging)
    kept = _aside_name(data, "before-restore") if data.database.exists() else None
    if kept is not None:
        data.aside.mkdir(parents=True, exist_ok=True)
    _write_journal(data, {"kept": str(kept) if kept else None, "source": str(source)})
    _finish_restore(data, kept)
    return kept


def _finish_restore(data: DataDir, kept: Path | None) -> None:
    staging = data.root / STAGING
    if kept is not None:
        _move_with_side_files(data.database, kept)
    else:  # nothing to keep; a stray WAL must not meet the restored database
        for suffix in SIDE_FILES:
            side = data.database.with_name(data.database.name + suffix)
            if side.exists():
                file_step(f"remove{suffix}")
                side.unlink()
    file_step("swap")
    os.replace(staging, data.database)
    fsync_dir(data.root)
    file_step("done")
    (data.root / JOURNAL).unlink(missing_ok=True)
    fsync_dir(data.root)


def recover_restore(data: DataDir) -> str | None:
    """Finish a restore a crash interrupted (its journal is there): "finished", "undone" or None."""
    journal = data.root / JOURNAL
    journal.with_name(journal.name + ".partial").unlink(missing_ok=True)
    if not journal.exists():
        return None
    staging = data.root / STAGING
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        kept = Path(plan["kept"]) if plan.get("kept") else None
    except (OSError, ValueError, KeyError, TypeError):
        kept = None
    if staging.exists():
        if not check_database(staging):
            if kept is not None:
                kept.parent.mkdir(parents=True, exist_ok=True)
            _finish_restore(data, kept)
            return "finished"
    elif data.database.exists():
        journal.unlink()  # the swap happened; only the journal was left
        fsync_dir(data.root)
        return "finished"
    # The staged copy is damaged or gone before the swap: put back what was moved aside (the WAL
    # first, so that the database is never back without it).
    if kept is not None:
        for suffix in (*SIDE_FILES, ""):
            src, dst = kept.with_name(kept.name + suffix), data.database.with_name(data.database.name + suffix)
            if src.exists() and not dst.exists():
                os.replace(src, dst)
    staging.unlink(missing_ok=True)
    journal.unlink(missing_ok=True)
    fsync_dir(data.root)
    return "undone"


def newest_good_backup(data: DataDir) -> Path | None:
    for candidate in backups_of(data):
        if not check_database(candidate):
            return candidate
    return None


def temp_root(data: DataDir) -> Path:
    return data.root / "tmp"


def clean_leftovers(data: DataDir, *, now: float | None = None, folders=()) -> list[Path]:
    """Remove what killed processes left: partial backups and copies, a staged restore without a
    journal, temporary workbooks (also in ``folders``: the sync folder), and process temp folders
    not touched for hours. Returns them."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    if not (data.root / JOURNAL).exists():
        staging = data.root / STAGING
        if staging.exists():
            staging.unlink()
            removed.append(staging)
    for folder in (data.root, data.backups, data.exports, *map(Path, folders)):
        if not folder.is_dir():
            continue
        for path in list(folder.glob("*.partial")) + list(folder.glob(".~*.xlsx")):
            if path.name == JOURNAL + ".partial" and (data.root / JOURNAL).exists():
                continue
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    root = temp_root(data)
    if root.is_dir():
        for folder in root.iterdir():
            try:
                idle = now - max((p.stat().st_mtime for p in folder.rglob("*")), default=folder.stat().st_mtime)
            except OSError:
                continue
            if idle > TEMP_MAX_AGE or not _owner_alive(folder.name):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
    return removed


def _owner_alive(name: str) -> bool:
    """Whether the process that made temp folder ``name`` ("pid-…") still runs (POSIX; else assume so)."""
    pid = name.split("-", 1)[0]
    if os.name != "posix" or not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def make_temp_folder(data: DataDir) -> Path:
    """This process's folder for temporary files (openpyxl's sheets, reportlab's), inside the data
    folder so that personal data never lands in the system temp folder."""
    root = temp_root(data)
    root.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=root))
