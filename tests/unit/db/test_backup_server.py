"""Backups of a server database: pg_dump/pg_restore with the same rules as the SQLite file's
(verify first, keep the current database aside, refuse what is not a backup of ours)."""
import os

import pytest

from desk.cli import main
from desk.db import backup

pytestmark = pytest.mark.server_only


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def staff_names():
    from desk.db.core import Staff

    return [s.name for s in Staff.select().order_by(Staff.code)]


def test_backup_check_and_restore_roundtrip_on_the_server(database, data_dir, capsys):
    root, url = str(data_dir.root), data_dir.url
    assert run(capsys, "--data-dir", root, "--db", url, "staff", "--init-admin", "01", "王建国", "1234")[0] == 0
    code, out, err = run(capsys, "--data-dir", root, "--db", url, "backup")
    assert code == 0 and "已备份" in out, err
    made = backup.backups_of(data_dir)
    assert len(made) == 1 and made[0].suffix == ".dump"
    assert backup.check_database(made[0]) == []
    from desk.db.base import db
    from desk.db.connection import open_database

    open_database(url)
    db.execute_sql("UPDATE staff SET name = '改过的' WHERE code = '01'")
    code, out, err = run(capsys, "--data-dir", root, "--db", url, "restore", str(made[0]))
    assert code == 0, err
    open_database(url)
    assert staff_names() == ["王建国"]
    aside = list(data_dir.aside.glob("*.dump"))
    assert len(aside) == 1, "the database as it was before the restore is kept"
    assert backup.check_database(aside[0]) == []
    code, out, _err = run(capsys, "--data-dir", root, "--db", url, "check")
    assert code == 0 and "数据库完好" in out


def test_restore_refuses_garbage_and_changes_nothing_on_the_server(database, data_dir, capsys, tmp_path):
    root = str(data_dir.root)
    run(capsys, "--data-dir", root, "staff", "--init-admin", "01", "王建国", "1234")
    for junk, words in ((b"PGDMP" + os.urandom(5000), "不能用于恢复"), (os.urandom(5000), "不能用于恢复"),
                        (b"SQLite format 3\x00" + os.urandom(5000), "须用服务器的备份")):
        path = tmp_path / "junk.dump"
        path.write_bytes(junk)
        code, _out, err = run(capsys, "--data-dir", root, "restore", str(path))
        assert code == 2 and words in err, err
    from desk.db.connection import open_database

    open_database(data_dir.url)
    assert staff_names() == ["王建国"]
    assert not data_dir.aside.exists(), "nothing set aside when nothing was restored"


def test_a_dump_from_a_newer_program_is_refused(database, data_dir, capsys, monkeypatch):
    from desk.db import migrations

    run(capsys, "--data-dir", str(data_dir.root), "staff", "--init-admin", "01", "王建国", "1234")
    made = backup.make_backup(data_dir, keep=3)
    monkeypatch.setattr(backup, "LATEST", migrations.LATEST - 1)
    with pytest.raises(backup.BackupError, match="更新版本的程序"):
        backup.restore(data_dir, made)


def test_server_check_finds_nothing_wrong_in_a_good_database(database, data_dir):
    assert backup.check_data(data_dir) == []
