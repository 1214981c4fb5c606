"""Backups and restore as people do them: who may (``backup.run``, ``backup.restore``), and what
they read when it fails. The SQLite file work is ``desk.db.backup``'s."""
from __future__ import annotations

from pathlib import Path

from desk import settings
from desk.db import backup
from desk.paths import DataDir
from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError, DiskFull
from desk.services.core.session import Session

BACKUP_FAILED = QT_TRANSLATE_NOOP("desk", "{message}")


def _user_error(exc: backup.BackupError) -> DeskError:
    if isinstance(exc, backup.DiskFullError):
        return DiskFull(exc.where)
    return DeskError(BACKUP_FAILED, message=str(exc))


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
    """Put a backup in place of the database (kept in aside/). The database must not be open."""
    session.require("backup.restore")
    try:
        return backup.restore(data, Path(source))
    except backup.BackupError as exc:
        raise _user_error(exc) from exc


def backups(data: DataDir) -> list[Path]:
    """The data folder's backups of its database (the file's, or the server's), newest first."""
    return backup.backups_of(data)


def check(data: DataDir) -> list[str]:
    """Problems of the database, the file's or the server's (empty: all good)."""
    return backup.check_data(data)
