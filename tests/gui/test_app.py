import pytest
import sqlite3

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from desk import paths
from desk.db.backup import backup_into
from desk.ui import app as app_mod
from desk.ui.widgets import Confirm, Notice


def test_bundled_font_loads_with_latin_digits_and_cjk(qapp):
    family = app_mod.load_font()
    assert family and "WenQuanYi" in family
    assert family in QFontDatabase.families()
    metrics = QFontMetrics(QFont(family))
    for ch in "0123456789AZaz盛世中央公馆￥㎡":
        assert metrics.inFontUcs4(ord(ch)), ch
    assert paths.font_path().with_name("LICENSE-Apache-2.0.txt").exists()


def test_second_instance_on_same_data_folder_is_refused(qapp, data_dir):
    first = app_mod.acquire_lock(data_dir)
    assert first.isLocked()
    try:
        # a second process would fail the same way: QLockFile is per file, not per object
        import subprocess
        import sys

        code = subprocess.run([sys.executable, "-c", (
            "import sys; from PySide6.QtCore import QLockFile; l = QLockFile(sys.argv[1]);"
            "sys.exit(0 if l.tryLock(100) else 3)"), str(data_dir.lock_file)]).returncode
        assert code == 3
    finally:
        first.unlock()


@pytest.mark.sqlite_only
def test_corrupt_database_offers_newest_good_backup(qapp, data_dir, settings, monkeypatch):
    from desk.db.connection import close_database, open_database
    from desk.services.core.staff import bootstrap_admin

    open_database(data_dir.database)
    bootstrap_admin("01", "王建国", "1234")
    backup = backup_into(data_dir, keep=5)
    close_database()
    for suffix in ("", "-wal", "-shm"):
        p = data_dir.database.with_name(data_dir.database.name + suffix)
        if p.exists() and suffix:
            p.unlink()
    damaged = bytearray(data_dir.database.read_bytes())
    damaged[100:4096] = b"\xff" * (4096 - 100)
    data_dir.database.write_bytes(bytes(damaged))
    asked = []
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, parent, title, text, **k: asked.append(text) or True))
    try:
        assert app_mod.open_or_recover(data_dir)
        assert asked and str(backup) in asked[0]
        conn = sqlite3.connect(data_dir.database)
        assert conn.execute("SELECT name FROM staff").fetchall() == [("王建国",)]
        conn.close()
        assert list(data_dir.aside.glob("*.db")), "the damaged file is kept aside"
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_corrupt_database_declined_changes_nothing(qapp, data_dir, settings, monkeypatch):
    data_dir.database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = data_dir.database.read_bytes()
    told = []
    monkeypatch.setattr(Notice, "ask", classmethod(lambda cls, parent, title, text, level: told.append(level)))
    assert not app_mod.open_or_recover(data_dir)
    assert data_dir.database.read_bytes() == before
    assert told == [Notice.CRITICAL]  # no good backup to offer: said so


def test_first_start_with_demo_data(qapp, database, monkeypatch):
    from desk.db.core import Staff
    from desk.services import demo

    real_fill = demo.fill_demo

    monkeypatch.setattr(app_mod.FirstStartChoice, "ask", classmethod(lambda cls, parent=None: "demo"))
    told = []
    monkeypatch.setattr(Notice, "ask", classmethod(lambda cls, parent, title, text, *a: told.append(text)))
    filled = []
    monkeypatch.setattr(demo, "STEPS", [demo.demo_staff])  # staff only: quick
    monkeypatch.setattr(demo, "fill_demo", lambda days, **k: filled.append(days) or real_fill(1))
    assert app_mod.first_start()
    assert filled and Staff.select().where(Staff.code == "01").exists()
    assert told and "管理员工号 01" in told[0]


def test_the_start_finishes_an_interrupted_restore_and_cleans_up(tmp_path, settings, monkeypatch):
    """A restore killed after moving desk.db aside (issue 20: the next start offered demo data while
    the real data sat in aside/) is finished before anything opens the database; what killed
    processes left is removed, in the data folder and the sync folder."""
    import os

    from desk.db import backup
    from desk.paths import DataDir
    from desk.ui import app

    data = DataDir(tmp_path / "data")
    data.root.mkdir()
    source = tmp_path / "backup.db"
    import sqlite3

    conn = sqlite3.connect(source)
    conn.execute("CREATE TABLE staff (code)")
    conn.execute("INSERT INTO staff VALUES ('01')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    (data.root / "desk.db").write_bytes(source.read_bytes())
    seen = []

    def crash(name):
        seen.append(name)
        if name == "swap":
            raise KeyboardInterrupt  # the process dies between the moves and the swap

    monkeypatch.setattr(backup, "file_step", crash)
    try:
        backup.restore(data, source)
    except KeyboardInterrupt:
        pass
    monkeypatch.setattr(backup, "file_step", lambda name: None)
    assert not data.database.exists() and (data.root / backup.JOURNAL).exists()
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / ".~案场同步-1.xlsx").write_bytes(b"half")
    settings.set("excel_sync_folder", str(usb))
    app.finish_interrupted_work(data)
    assert data.database.exists() and not (data.root / backup.JOURNAL).exists()
    assert backup.check_database(data.database) == []
    assert os.listdir(usb) == []
