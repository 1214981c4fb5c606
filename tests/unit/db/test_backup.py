import os
import sqlite3

import pytest

from desk.cli import main
from desk.db import backup


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def pin(monkeypatch):
    monkeypatch.setenv("DESK_PIN", "1234")


@pytest.mark.sqlite_only
def test_backup_check_and_restore_roundtrip(tmp_path, capsys, settings, pin):
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "staff", "--init-admin", "01", "王建国", "1234")[0] == 0
    code, _out, err = run(capsys, "--data-dir", data, "backup", "--out", str(tmp_path / "b.db"))
    assert code == 2 and "--user" in err and not (tmp_path / "b.db").exists()  # a copy leaving the folder
    code, out, _ = run(capsys, "--data-dir", data, "backup", "--out", str(tmp_path / "b.db"), "--user", "01")
    assert code == 0 and "已备份" in out
    assert backup.check_database(tmp_path / "b.db") == []
    # change the live database, then restore the backup: the change is gone, the old db kept aside
    conn = sqlite3.connect(tmp_path / "data" / "desk.db")
    conn.execute("UPDATE staff SET name='改过的' WHERE code='01'")
    conn.commit()
    conn.close()
    code, _out, err = run(capsys, "--data-dir", data, "restore", str(tmp_path / "b.db"))
    assert code == 2 and "--user" in err
    code, out, _ = run(capsys, "--data-dir", data, "restore", str(tmp_path / "b.db"), "--user", "01")
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
    conn = sqlite3.connect(tmp_path / "data" / "desk.db")
    assert conn.execute("SELECT note FROM audit_entry WHERE action='restore'").fetchall() == [
        (f"由 改过的 从 {tmp_path / 'b.db'} 恢复",)]  # signed in to the database replaced
    conn.close()


@pytest.mark.sqlite_only
def test_restore_of_a_missing_database_asks_the_backup_for_the_pin(tmp_path, capsys, settings, monkeypatch):
    data = str(tmp_path / "data")
    run(capsys, "--data-dir", data, "staff", "--init-admin", "01", "王建国", "1234")
    monkeypatch.setenv("DESK_PIN", "1234")
    run(capsys, "--data-dir", data, "backup", "--out", str(tmp_path / "b.db"), "--user", "01")
    (tmp_path / "data" / "desk.db").write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)  # damaged
    monkeypatch.setenv("DESK_PIN", "9999")
    code, _out, err = run(capsys, "--data-dir", data, "restore", str(tmp_path / "b.db"), "--user", "01")
    assert code == 2 and "工号或 PIN 不正确" in err
    monkeypatch.setenv("DESK_PIN", "1234")
    code, out, err = run(capsys, "--data-dir", data, "restore", str(tmp_path / "b.db"), "--user", "01")
    assert code == 0, err
    assert backup.check_database(tmp_path / "data" / "desk.db") == []


@pytest.mark.sqlite_only
def test_restore_refuses_garbage_and_changes_nothing(tmp_path, capsys, settings, pin):
    data = str(tmp_path / "data")
    run(capsys, "--data-dir", data, "staff", "--init-admin", "01", "王建国", "1234")
    before = (tmp_path / "data" / "desk.db").read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(5000))
    code, _out, err = run(capsys, "--data-dir", data, "restore", str(junk), "--user", "01")
    assert code == 2
    assert "该文件不能用于恢复：不是 SQLite 数据库文件" in err
    assert (tmp_path / "data" / "desk.db").read_bytes() == before
    assert not (tmp_path / "data" / "aside").exists()
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.commit()
    code, _out, err = run(capsys, "--data-dir", data, "restore", str(other), "--user", "01")
    assert code == 2 and "不是案场助手的数据库" in err


@pytest.mark.sqlite_only
def test_check_reports_a_corrupt_database(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "desk.db").write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    code, _out, err = run(capsys, "--data-dir", str(data), "check")
    assert code == 1 and err


def test_automatic_backups_keep_the_newest_n(database, data_dir):
    made = [backup.backup_into(data_dir, keep=3, reason="daily") for _ in range(5)]
    kept = backup.backups_of(data_dir)
    assert len(kept) == 3
    assert set(kept) == set(made[-3:])
    assert backup.has_backup_today(data_dir)


@pytest.mark.sqlite_only
def test_newest_good_backup_skips_damaged_ones(database, data_dir):
    good = backup.backup_into(data_dir, keep=5, reason="daily")
    bad = data_dir.backups / "desk-29991231-000000-daily.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert backup.newest_good_backup(data_dir) == good


def test_backups_need_the_permission(database, data_dir, make_staff, supervisor):
    from desk.services.core import backups
    from desk.services.core.errors import PermissionDenied

    _, cleaner = make_staff("cleaner")
    with pytest.raises(PermissionDenied, match="无权备份"):
        backups.make_backup(cleaner, data_dir)
    with pytest.raises(PermissionDenied, match="无权从备份恢复"):
        backups.restore(cleaner, data_dir, data_dir.database)
    assert backups.backups(data_dir) == []
    assert backups.make_backup(supervisor, data_dir).exists()


def _damage(path):
    """Overwrite pages in the middle of a database file (a bad disk sector)."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        for offset in range(4096, size, 8192):
            fh.seek(offset)
            fh.write(b"\xde\xad\xbe\xef" * 256)


@pytest.mark.sqlite_only
def test_a_damaged_database_is_not_backed_up_and_good_backups_stay(database, data_dir, supervisor, settings):
    from desk.db.core import DutyLogEntry, Staff
    from desk.services.core import backups
    from desk.services.core.errors import DeskError

    staff = Staff.create(code="09", name="王")
    for n in range(400):
        DutyLogEntry.create(kind="事件", text=f"第 {n} 条 " + "数据" * 40, staff=staff)
    settings.set("backup_keep", 3)
    good = [backups.make_backup(supervisor, data_dir, reason="daily") for _ in range(3)]
    database.close()
    _damage(data_dir.database)
    for _ in range(3):
        with pytest.raises(DeskError, match="数据库已损坏.*未备份"):
            backups.make_backup(supervisor, data_dir, reason="daily")
    assert backup.list_backups(data_dir.backups) == good[::-1]
    assert not list(data_dir.backups.glob("*.partial"))
    assert backup.newest_good_backup(data_dir) == good[-1]


def test_pruning_never_removes_the_newest_good_backup(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    good = folder / "desk-20260101-000000-000000-daily.db"
    sqlite3.connect(good).execute("CREATE TABLE staff (a)").connection.commit()
    for day in range(2, 6):  # newer backups made before the check existed: damaged
        (folder / f"desk-202601{day:02d}-000000-000000-daily.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 99)
    removed = backup.prune_backups(folder, keep=2)
    assert good.exists() and good not in removed
    assert len(backup.list_backups(folder)) == 3


@pytest.mark.sqlite_only
def test_disk_full_during_backup_says_so_and_leaves_no_partial(database, data_dir, supervisor, monkeypatch):
    from desk.services.core import backups
    from desk.services.core.errors import DiskFull

    real_connect = sqlite3.connect

    def full_disk(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        if str(target).endswith(".partial"):
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(sqlite3, "connect", full_disk)
    with pytest.raises(DiskFull, match="磁盘已满"):
        backups.make_backup(supervisor, data_dir)
    assert not data_dir.backups.exists() or not any(data_dir.backups.iterdir())


def test_leftovers_of_killed_processes_are_removed_at_start(data_dir):
    import time

    (data_dir.backups).mkdir()
    partial = data_dir.backups / "desk-20260101-000000-000000-daily.db.partial"
    partial.write_bytes(b"x")
    staged = data_dir.root / backup.STAGING
    staged.write_bytes(b"x")
    workbook = data_dir.root / ".~案场同步-abc.xlsx"
    workbook.write_bytes(b"PK")
    old = backup.temp_root(data_dir) / "999999999-abc"
    old.mkdir(parents=True)
    (old / "openpyxl.xyz").write_text("13812345678")
    mine = backup.make_temp_folder(data_dir)
    (mine / "sheet.xml").write_text("x")
    removed = backup.clean_leftovers(data_dir, now=time.time())
    assert set(removed) == {partial, staged, workbook, old}
    assert mine.exists()  # this process is alive and used it just now


def test_check_reads_a_healthy_database_in_a_read_only_folder(tmp_path, capsys, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / "desk.db")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    real = sqlite3.connect

    def no_shm(database, *args, **kwargs):  # what a read-only folder does to a WAL database
        if "immutable=1" not in str(database) and "mode=ro" in str(database):
            raise sqlite3.OperationalError("unable to open database file")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", no_shm)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    code, out, err = run(capsys, "--data-dir", str(data), "check")
    assert code == 0 and "数据库完好" in out, err


@pytest.mark.sqlite_only
def test_a_read_only_database_is_refused_before_sign_in(tmp_path, capsys, monkeypatch, settings):
    data = tmp_path / "data"
    run(capsys, "--data-dir", str(data), "staff", "--init-admin", "01", "王建国", "1234")
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if str(path).endswith("desk.db") else real(path, mode))
    code, _out, err = run(capsys, "--data-dir", str(data), "staff")
    assert code == 2 and "只读" in err


@pytest.mark.sqlite_only
def test_figures_are_not_read_from_a_damaged_database(tmp_path, capsys, settings):
    data = tmp_path / "data"
    assert run(capsys, "--data-dir", str(data), "demo", "--days", "2")[0] == 0
    from desk.db.connection import close_database

    close_database()
    _damage(data / "desk.db")
    code, out, err = run(capsys, "--data-dir", str(data), "visits")
    assert code == 2 and "数据库已损坏" in err and "组" not in out
    code, out, err = run(capsys, "--data-dir", str(data), "funnel")
    assert code == 2 and "数据库已损坏" in err and "首访客户" not in out


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
