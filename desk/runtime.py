"""Opening a data folder: settings file, database, storage checks. Shared by the CLI and the GUI."""
from __future__ import annotations

import ctypes
import getpass
import os
import sys
import tempfile
from pathlib import Path

from peewee import OperationalError

from desk import settings as settings_mod
from desk.db.connection import open_database
from desk.db.migrations import SchemaTooNew
from desk.db.server import is_server_url
from desk.paths import DataDir, default_data_dir, redact_url


class DataDirError(Exception):
    """A data folder that cannot be used (message in Chinese)."""


def resolve_data_dir(arg: str | None, db_url: str | None = None) -> DataDir:
    """The data folder (``--data-dir``, $DESK_DATA_DIR or the per-user folder) and the database
    (``--db URL``, else $DESK_DB, else the SQLite file in the folder)."""
    url = db_url or os.environ.get("DESK_DB") or None
    if url and not is_server_url(url):
        raise DataDirError(f"数据库地址无法识别：{url}（应为 postgresql://用户@主机:5432/数据库）")
    return DataDir(Path(arg).expanduser() if arg else default_data_dir(), url=url)


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


def open_data(data: DataDir, *, migrate: bool = True, ask_password=None):
    """Make the folder usable, bind settings and open (and upgrade) the database.

    On a server, a refused password (none in the URL or in .pgpass/PGPASSFILE) is asked through
    ``ask_password()`` (None: no way to ask) and kept in memory only. Raises DataDirError with a
    message for the user when the server cannot be used, migrations.SchemaTooNew for a newer schema.
    """
    global current
    ensure_writable(data)
    current = data
    use_settings_file(data)
    if data.url is None and is_server_url(settings_mod.get("database_url")):
        data.url = settings_mod.get("database_url")  # 设置 → 数据库
    old_setting = settings_mod.settings.backend.value  # a step may move a setting into the database
    if not data.on_server:
        return open_database(data.database, migrate=migrate, old_setting=old_setting)
    password = None
    while True:
        try:
            return open_database(data.target, migrate=migrate, password=password, old_setting=old_setting)
        except OperationalError as exc:
            if ask_password is not None and password_refused(exc):
                password = ask_password()
                if password:
                    continue
            raise DataDirError(server_message(data.url, exc)) from exc


def open_args(args) -> DataDir:
    """What every subcommand does first: the folder and database from ``--data-dir``/``--db`` (or
    the environment), opened. A password the server asks for is prompted for on a terminal.
    Raises DataDirError (also for a database upgraded by a newer program)."""
    data = resolve_data_dir(getattr(args, "data_dir", None), getattr(args, "db", None))
    ask = (lambda: getpass.getpass("数据库密码：")) if sys.stdin is not None and sys.stdin.isatty() else None
    try:
        open_data(data, ask_password=ask)
    except SchemaTooNew as exc:
        raise DataDirError(exc.message) from exc
    return data


def password_refused(exc: Exception) -> bool:
    text = str(exc)
    return "password authentication failed" in text or "no password supplied" in text


def server_message(url: str, exc: Exception) -> str:
    """What the user reads when the server cannot be opened (the password never shown)."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if password_refused(exc):
        reason = "用户名或密码不对（密码请写在 .pgpass 文件或 PGPASSFILE 指向的文件中）"
    elif "does not exist" in detail:
        reason = "数据库或用户不存在"
    else:
        reason = "连接不上服务器（服务器是否开着？地址和端口对吗？防火墙是否放行 5432 端口？）"
    return f"无法打开数据库服务器 {redact_url(url)}：{reason}。\n详情：{detail}"
