"""Opening a data folder: settings file, database, storage checks. Shared by the CLI and the GUI."""
from __future__ import annotations

import atexit
import ctypes
import os
import shutil
import sys
import tempfile
from pathlib import Path

from peewee import OperationalError

from desk import settings as settings_mod
from desk.db import backup
from desk.db.connection import open_database, probe_writable
from desk.db.migrations import upgrade
from desk.paths import DataDir, default_data_dir


class DataDirError(Exception):
    """A data folder that cannot be used (message in Chinese)."""


def resolve_data_dir(arg: str | None) -> DataDir:
    return DataDir(Path(arg).expanduser() if arg else default_data_dir())


def ensure_writable(data: DataDir) -> None:
    try:
        data.root.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=data.root)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise DataDirError(f"数据文件夹无法写入：{data.root}（{exc.strerror or exc}）。"
                           "请换一个文件夹（desk --data-dir 目录）或检查权限。") from exc
    for suffix in ("", "-wal", "-shm"):
        path = data.database.with_name(data.database.name + suffix)
        if path.exists() and not os.access(path, os.W_OK):
            raise read_only_database(path)


def read_only_database(path: Path) -> DataDirError:
    return DataDirError(f"数据库文件是只读的：{path}。请检查文件属性或权限（程序需要写入它），"
                        "或用 desk check 只检查它。")


def recover_interrupted_restore(data: DataDir) -> None:
    """Finish a restore a crash interrupted before anything opens the database (else an empty one
    would be made where the real one is missing). Needs the data folder's lock to do it."""
    if not (data.root / backup.JOURNAL).exists():
        return
    from PySide6.QtCore import QLockFile  # lazy: only after a crash; the commands start without Qt

    lock = QLockFile(str(data.lock_file))
    if not lock.tryLock(100):
        raise DataDirError("数据库正在恢复中（或上次恢复被中断），请关闭正在运行的程序后再试。")
    try:
        backup.recover_restore(data)
    finally:
        lock.unlock()


_temp_folders: dict[Path, Path] = {}


def use_temp_folder(data: DataDir) -> Path:
    """Temporary files of this process (openpyxl's sheets of an export hold phone numbers) go into
    the data folder's tmp/, not the system temp folder; removed at exit, and at the next start when a
    killed process left them."""
    root = data.root.resolve()
    if root not in _temp_folders:
        folder = backup.make_temp_folder(data)
        _temp_folders[root] = folder
        atexit.register(shutil.rmtree, folder, True)
    tempfile.tempdir = str(_temp_folders[root])
    return _temp_folders[root]


def storage_warning(path: Path) -> str | None:
    """A warning when the folder is on a network file system (SQLite's WAL must not be)."""
    path = Path(path).resolve()
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return "数据文件夹位于网络共享上，SQLite 在网络文件系统上可能损坏数据，请改用本机文件夹。"
    if sys.platform == "win32":
        try:
            drive = os.path.splitdrive(text)[0] + "\\"
            if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # DRIVE_REMOTE
                return "数据文件夹位于网络驱动器上，SQLite 在网络文件系统上可能损坏数据，请改用本机文件夹。"
        except Exception:  # pragma: no cover - Windows only
            return None
        return None
    try:
        best, fstype = "", ""
        with open("/proc/mounts", encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 3 and text.startswith(parts[1]) and len(parts[1]) > len(best):
                    best, fstype = parts[1], parts[2]
        if fstype in {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p"}:
            return "数据文件夹位于网络文件系统上，SQLite 在网络文件系统上可能损坏数据，请改用本机文件夹。"
    except OSError:
        pass
    return None


def use_settings_file(data: DataDir) -> None:
    settings_mod.use_backend(settings_mod.QtSettingsBackend(data.settings_file))


current: DataDir | None = None  # the data folder this process has open


def open_data(data: DataDir, *, migrate: bool = True, check: bool = False):
    """Make the folder usable, bind settings and open (and upgrade) the database. ``check``: refuse
    a damaged database (a command about to read figures from it)."""
    global current
    ensure_writable(data)
    recover_interrupted_restore(data)
    use_temp_folder(data)
    if check and data.database.exists():
        problems = backup.quick_check(data.database)
        if problems:
            raise DataDirError(f"数据库已损坏：{'；'.join(problems[:3])}。请用 desk check 检查，"
                               "或用 desk restore 从备份恢复。")
    current = data
    use_settings_file(data)
    database = open_database(data.database, migrate=False)
    try:
        probe_writable(database)
    except OperationalError as exc:
        if "readonly" not in str(exc):
            raise
        database.close()
        raise read_only_database(data.database) from exc
    if migrate:
        upgrade(database)
    return database
