"""Backups and restore as people do them, in the window (设置 → 备份, and the offer at start when
the database is damaged) and on the command line (``desk backup``, ``desk check``, ``desk restore``):
who may (``backup.run``, ``backup.restore``), and what they read when it fails. What the program does
by itself (the daily backup, the one at exit, recovering at start before anyone signs in) needs no
person. The SQLite file and server dump work is ``desk.db.backup``'s."""
from __future__ import annotations

from pathlib import Path

from desk import settings
from desk.db import backup
from desk.db.connection import close_database, open_database
from desk.db.migrations import SchemaTooNew
from desk.paths import DataDir
from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError, DiskFull, ValidationError
from desk.services.core.session import Session

__all__ = ["SchemaTooNew", "backups", "make_backup", "restore", "check", "restore_backup", "daily_backup",
           "exit_backup", "damaged", "newest_good_backup", "finish_interrupted_restore", "clean_leftovers", "recover"]

BACKUP_FAILED = QT_TRANSLATE_NOOP("desk", "{message}")


def _user_error(exc: backup.BackupError) -> DeskError:
    if isinstance(exc, backup.DiskFullError):
        return DiskFull(exc.where)
    return DeskError(BACKUP_FAILED, message=str(exc))


def _refused(exc: backup.BackupError) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("desk", "不能恢复：{reason}"), reason=str(exc))


def make_backup(session: Session, data: DataDir, *, reason: str = "manual", out: Path | None = None,
                keep: int | None = None) -> Path:
    """Back up the database (checked first: a damaged one is refused and the good backups stay)."""
    session.require("backup.run")
    try:
        return backup.backup_into(data, settings.get("backup_keep") if keep is None else keep,
                                  reason=reason, out=out)
    except backup.BackupError as exc:
        raise _user_error(exc) from exc


def restore(session: Session, data: DataDir, source: Path) -> Path | None:
    """Put a backup in place of the database (kept in aside/). The database must not be open
    (``desk restore``; the window uses ``restore_backup``)."""
    session.require("backup.restore")
    try:
        return backup.restore(data, Path(source))
    except backup.BackupError as exc:
        raise _user_error(exc) from exc


def backups(data: DataDir) -> list[Path]:
    """The data folder's backups of its database (the file's or the server's), newest first."""
    return backup.backups_of(data)


def check(session: Session, data: DataDir) -> list[str]:
    """What the engine's checks find in the database, the file's or the server's (empty: all good)."""
    session.require("backup.run")
    return backup.check_data(data)


def restore_backup(session: Session, data: DataDir, source: Path) -> Path | None:
    """The window's 从备份恢复…: put ``source`` (a backup) in place of the open database, as ``desk
    restore`` does: checked first (nothing changes when it is not a good backup of this program and
    engine), the current database kept in aside/, then the program goes on with the restored one.
    Returns where the old one was kept."""
    session.require("backup.restore")
    try:
        backup.verify_restorable(Path(source), data)
    except backup.BackupError as exc:
        raise _refused(exc) from exc
    if data.on_server:  # pg_restore replaces the server's tables; this connection stays
        try:
            return backup.restore(data, Path(source))
        except backup.BackupError as exc:
            raise _refused(exc) from exc
    close_database()  # the file is swapped underneath: no connection may be open on it
    try:
        kept = backup.restore(data, Path(source))
    except backup.BackupError as exc:
        raise _refused(exc) from exc
    finally:
        open_database(data.database)  # the restored database (or the same one), upgraded as at start
    return kept


# -- what the program does by itself ----------------------------------------------------------------
def daily_backup(data: DataDir) -> Path | None:
    if settings.get("backup_daily") and not backup.has_backup_today(data):
        return backup.backup_into(data, settings.get("backup_keep"), reason="daily")
    return None


def exit_backup(data: DataDir) -> Path | None:
    if settings.get("backup_on_exit"):
        return backup.backup_into(data, settings.get("backup_keep"), reason="exit")
    return None


def damaged(data: DataDir) -> list[str]:
    """At start: what is wrong with the database file (empty when it is fine, not there yet, or on a
    server, whose own checks run there)."""
    return backup.check_database(data.database) if not data.on_server and data.database.exists() else []


def newest_good_backup(data: DataDir) -> Path | None:
    return backup.newest_good_backup(data)


def finish_interrupted_restore(data: DataDir) -> str | None:
    """At start, holding the folder's lock: finish (or undo) a restore a crash interrupted."""
    return backup.recover_restore(data)


def clean_leftovers(data: DataDir, *, folders=()) -> list[Path]:
    """At start: what killed processes left (partial backups, temporary workbooks, temp folders)."""
    return backup.clean_leftovers(data, folders=folders)


def recover(data: DataDir, candidate: Path) -> Path | None:
    """At start, before anyone signs in: the newest good backup in place of a damaged database."""
    return backup.restore(data, candidate)
