"""Backups as the window offers them (设置 → 备份, and the offer at start when the database is
damaged): list, back up now, check, restore, with the same checks as ``desk backup``, ``desk check``
and ``desk restore``. What a person does here needs ``backup.run``; what the program does by
itself (the daily backup, the one at exit, recovering at start before anyone signs in) does not."""
from __future__ import annotations

from pathlib import Path

from desk import settings
from desk.db import backup
from desk.db.connection import close_database, open_database
from desk.db.migrations import SchemaTooNew
from desk.paths import DataDir
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.core.session import Session

__all__ = ["SchemaTooNew", "backups", "back_up_now", "check", "restore_backup", "daily_backup", "exit_backup",
           "damaged", "newest_good_backup", "recover"]


def _refused(exc: backup.BackupError) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("desk", "不能恢复：{reason}"), reason=str(exc))


def backups(data: DataDir) -> list[Path]:
    """The data folder's backups of its database (the file's or the server's), newest first."""
    return backup.backups_of(data)


def back_up_now(session: Session, data: DataDir) -> Path:
    session.require("backup.run")
    try:
        return backup.make_backup(data, settings.get("backup_keep"))
    except backup.BackupError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "备份失败：{reason}"), reason=str(exc)) from exc


def check(session: Session, data: DataDir) -> list[str]:
    """What the engine's checks find in the database (empty: all good)."""
    session.require("backup.run")
    return backup.check_data(data)


def restore_backup(session: Session, data: DataDir, source: Path) -> Path | None:
    """Put ``source`` (a backup) in place of the database, as ``desk restore`` does: checked first
    (nothing changes when it is not a good backup of this program and engine), the current database
    kept in aside/, then the program goes on with the restored one. Returns where the old one was kept."""
    session.require("backup.run")
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
        return backup.make_backup(data, settings.get("backup_keep"), reason="daily")
    return None


def exit_backup(data: DataDir) -> Path | None:
    if settings.get("backup_on_exit"):
        return backup.make_backup(data, settings.get("backup_keep"), reason="exit")
    return None


def damaged(data: DataDir) -> list[str]:
    """At start: what is wrong with the database file (empty when it is fine, not there yet, or on a
    server, whose own checks run there)."""
    return backup.check_database(data.database) if not data.on_server and data.database.exists() else []


def newest_good_backup(data: DataDir) -> Path | None:
    return backup.newest_good_backup(data)


def recover(data: DataDir, candidate: Path) -> Path | None:
    """At start, before anyone signs in: the newest good backup in place of a damaged database."""
    return backup.restore(data, candidate)
