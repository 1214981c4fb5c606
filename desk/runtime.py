"""Opening a data folder: settings file, database, storage checks. Shared by the CLI and the GUI."""
from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from pathlib import Path

from desk import settings as settings_mod
from desk.db.connection import open_database
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


def open_data(data: DataDir, *, migrate: bool = True):
    """Make the folder usable, bind settings and open (and upgrade) the database."""
    global current
    ensure_writable(data)
    current = data
    use_settings_file(data)
    return open_database(data.database, migrate=migrate)
