import os
import sqlite3

import pytest

from desk.cli import main
from desk.db import backup


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.sqlite_only
def test_backup_check_and_restore_roundtrip(tmp_path, capsys, settings):
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "staff", "--init-admin", "01", "王建国", "1234")[0] == 0
    code, out, _ = run(capsys, "--data-dir", data, "backup", "--out", str(tmp_path / "b.db"))
    assert code == 0 and "已备份" in out
    assert backup.check_database(tmp_path / "b.db") == []
    # change the live database, then restore the backup: the change is gone, the old db kept aside
    conn = sqlite3.connect(tmp_path / "data" / "desk.db")
    conn.execute("UPDATE staff SET name='改过的' WHERE code='01'")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--data-dir", data, "restore", str(tmp_path / "b.db"))
    assert code == 0, out
    conn = sqlite3.connect(tmp_path / "data" / "desk.db")
    assert conn.execute("SELECT name FROM staff").fetchall() == [("王建国",)]
    conn.close()
    aside = list((tmp_path / "data" / "aside").glob("*.db"))
    assert len(aside) == 1
    conn = sqlite3.connect(aside[0])
    assert conn.execute("SELECT name FROM staff").fetchall() == [("改过的",)]
    conn.close()
    assert run(capsys, "--data-dir", data, "check")[0] == 0


@pytest.mark.sqlite_only
def test_restore_refuses_garbage_and_changes_nothing(tmp_path, capsys, settings):
    data = str(tmp_path / "data")
    run(capsys, "--data-dir", data, "staff", "--init-admin", "01", "王建国", "1234")
    before = (tmp_path / "data" / "desk.db").read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(5000))
    code, _out, err = run(capsys, "--data-dir", data, "restore", str(junk))
    assert code == 2
    assert "该文件不能用于恢复：不是 SQLite 数据库文件" in err
    assert (tmp_path / "data" / "desk.db").read_bytes() == before
    assert not (tmp_path / "data" / "aside").exists()
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.commit()
    code, _out, err = run(capsys, "--data-dir", data, "restore", str(other))
    assert code == 2 and "不是案场助手的数据库" in err


@pytest.mark.sqlite_only
def test_check_reports_a_corrupt_database(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "desk.db").write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    code, _out, err = run(capsys, "--data-dir", str(data), "check")
    assert code == 1 and err


def test_automatic_backups_keep_the_newest_n(database, data_dir):
    made = [backup.make_backup(data_dir, keep=3, reason="daily") for _ in range(5)]
    kept = backup.backups_of(data_dir)
    assert len(kept) == 3
    assert set(kept) == set(made[-3:])
    assert backup.has_backup_today(data_dir)


@pytest.mark.sqlite_only
def test_newest_good_backup_skips_damaged_ones(database, data_dir):
    good = backup.make_backup(data_dir, keep=5, reason="daily")
    bad = data_dir.backups / "desk-29991231-000000-daily.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert backup.newest_good_backup(data_dir) == good


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="root can write anywhere")
def test_unwritable_data_dir_gives_a_clear_message(tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    code, _out, err = run(capsys, "--data-dir", str(folder), "demo", "--days", "1")
    folder.chmod(0o700)
    assert code == 2 and "无法写入" in err


def test_data_dir_that_is_a_file_gives_a_clear_message(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _out, err = run(capsys, "--data-dir", str(blocker / "sub"), "demo", "--days", "1")
    assert code == 2 and "无法写入" in err
    assert not blocker.is_dir()


def test_unwritable_data_dir_message_without_root(tmp_path, capsys, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, _out, err = run(capsys, "--data-dir", str(tmp_path / "data"), "demo", "--days", "1")
    assert code == 2 and "无法写入" in err
    assert not (tmp_path / "data" / "desk.db").exists()
