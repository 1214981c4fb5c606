"""Backups as the window offers them: only for backup.run, with desk restore's checks."""
import pytest

from desk.services.core import backups
from desk.services.core.errors import PermissionDenied, ValidationError


@pytest.mark.sqlite_only  # a server's backups are pg_dump's: tests/unit/db/test_backup_server.py
def test_only_a_manager_backs_up_checks_or_restores(database, data_dir, admin, make_staff):
    _, host = make_staff("reception")
    path = backups.make_backup(admin, data_dir)
    assert backups.backups(data_dir) == [path] and backups.check(admin, data_dir) == []
    for call in (lambda: backups.make_backup(host, data_dir), lambda: backups.check(host, data_dir),
                 lambda: backups.restore_backup(host, data_dir, path)):
        with pytest.raises(PermissionDenied):
            call()
    not_a_backup = data_dir.root / "notes.db"
    not_a_backup.write_text("hello")
    with pytest.raises(ValidationError, match="不能恢复：该文件不能用于恢复"):
        backups.restore_backup(admin, data_dir, not_a_backup)
    assert not data_dir.aside.exists()  # refused before anything moved
