"""Moving a site onto the server (desk move-to) and back into a file (desk copy-to)."""
import hashlib
from pathlib import Path

import pytest

from desk.cli import main
from desk.db.connection import close_database, open_database

pytestmark = pytest.mark.server_only


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sqlite_site(tmp_path, settings):
    """A data folder on SQLite with a day of demo data (every domain) and a photo."""
    from desk.db.showflats import Photo
    from desk.services.demo import fill_demo

    folder = tmp_path / "site"
    folder.mkdir()
    open_database(folder / "desk.db")
    fill_demo(2, seed=5)
    Photo.create(data=b"\x89PNG\r\n\x1a\n" + bytes(range(256)), mime="image/png", width=1, height=1)
    close_database()
    return folder


def table_rows(target):
    from desk.db.transfer import site_models

    database = open_database(target, migrate=False)
    counts = {m._meta.table_name: m.select().count() for m in site_models()}
    database.close()
    return counts


@pytest.fixture
def supervisor_pin(monkeypatch):
    """The demo's supervisor 01 signs the command line in with their PIN."""
    monkeypatch.setenv("DESK_PIN", "1234")
    return ["--user", "01"]


def test_move_to_copies_every_row_and_leaves_the_file_untouched(sqlite_site, fresh_server_url, capsys, tmp_path,
                                                               supervisor_pin):
    before = digest(sqlite_site / "desk.db")
    assert main(["--data-dir", str(sqlite_site), "move-to", fresh_server_url, *supervisor_pin]) == 0, \
        capsys.readouterr().err
    assert "逐表核对一致" in capsys.readouterr().out
    assert digest(sqlite_site / "desk.db") == before
    on_file, on_server = table_rows(sqlite_site / "desk.db"), table_rows(fresh_server_url)
    # every row, and the server's audit trail says who moved them there
    assert on_server == {**on_file, "audit_entry": on_file["audit_entry"] + 1}
    assert on_server["visit"] > 0 and on_server["stock_entry"] > 0

    from decimal import Decimal

    from desk.db.bar import StockEntry
    from desk.db.reception import Visit
    from desk.db.showflats import Photo

    open_database(fresh_server_url)
    assert Photo.select().order_by(Photo.id.desc()).first().data.startswith(b"\x89PNG")
    assert isinstance(StockEntry.select().first().quantity, Decimal)
    assert Visit.select().where(Visit.first_visit == True).count() > 0  # noqa: E712
    # the sequences were moved past the copied ids: new records get new ids
    from desk.db.core import DutyLogEntry, Staff

    entry = DutyLogEntry.create(kind="事件", text="搬迁后第一条", staff=Staff.select().first())
    assert entry.id == on_server["duty_log_entry"] + 1
    close_database()

    # a second move onto the same database is refused, and nothing is added
    assert main(["--data-dir", str(sqlite_site), "move-to", fresh_server_url, *supervisor_pin]) == 2
    assert "不是空的" in capsys.readouterr().err
    assert table_rows(fresh_server_url)["visit"] == on_file["visit"]

    # and back into a file for the manager's laptop
    offline = tmp_path / "offline.db"
    assert main(["--db", fresh_server_url, "--data-dir", str(tmp_path / "pc"), "copy-to", str(offline),
                 *supervisor_pin]) == 0
    copied = table_rows(offline)
    assert copied["visit"] == on_file["visit"] and copied["duty_log_entry"] == on_file["duty_log_entry"] + 1
    assert main(["--db", fresh_server_url, "--data-dir", str(tmp_path / "pc"), "copy-to", str(offline),
                 *supervisor_pin]) == 2
    assert "文件已存在" in capsys.readouterr().err


def test_move_to_an_unreachable_server_says_so(sqlite_site, capsys, supervisor_pin):
    code = main(["--data-dir", str(sqlite_site), "move-to", "postgresql://desk@127.0.0.1:1/desk", "--user", "01"])
    assert code == 2 and "无法打开数据库服务器" in capsys.readouterr().err


def audit_of_copies(target):
    from desk.db.core import AuditEntry

    open_database(target, migrate=False)
    try:
        return [(e.staff.code if e.staff else None, e.note) for e in
                AuditEntry.select().where(AuditEntry.action == "copy_out").order_by(AuditEntry.id)]
    finally:
        close_database()


def test_copying_the_database_out_needs_a_supervisors_pin(sqlite_site, fresh_server_url, capsys, tmp_path,
                                                          monkeypatch):
    """move-to and copy-to carry every record with phones in full out of the data folder: like an
    export of full numbers, they need a supervisor's 工号 and PIN, and the audit trail names them."""
    import tempfile

    from desk.db import transfer

    site = ["--data-dir", str(sqlite_site)]
    monkeypatch.delenv("DESK_PIN", raising=False)
    assert main([*site, "move-to", fresh_server_url]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("DESK_PIN", "1234")
    assert main([*site, "move-to", fresh_server_url, "--user", "10"]) == 2  # reception
    assert "无权备份" in capsys.readouterr().err
    monkeypatch.setenv("DESK_PIN", "9999")
    assert main([*site, "move-to", fresh_server_url, "--user", "01"]) == 2
    assert "PIN 不正确" in capsys.readouterr().err

    made = []
    real = tempfile.TemporaryDirectory

    def recorded(*args, **kwargs):
        folder = real(*args, **kwargs)
        made.append(Path(folder.name))
        return folder

    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)  # put back after the test
    monkeypatch.setattr(transfer.tempfile, "TemporaryDirectory", recorded)
    monkeypatch.setenv("DESK_PIN", "1234")
    # nothing was moved by the refusals: the server is still empty, and takes the move
    assert main([*site, "move-to", fresh_server_url, "--user", "01"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    # the full copy it reads from was made inside the data folder, not the system's temp folder
    assert made and all(sqlite_site.resolve() in folder.resolve().parents for folder in made)
    assert audit_of_copies(fresh_server_url) == [("01", f"由 {sqlite_site / 'desk.db'} 搬到此服务器")]

    pc = ["--db", fresh_server_url, "--data-dir", str(tmp_path / "pc")]
    offline = tmp_path / "offline.db"
    monkeypatch.delenv("DESK_PIN", raising=False)
    assert main([*pc, "copy-to", str(offline)]) == 2
    assert "--user" in capsys.readouterr().err and not offline.exists()
    monkeypatch.setenv("DESK_PIN", "1234")
    assert main([*pc, "copy-to", str(offline), "--user", "40"]) == 2  # a cleaner
    assert "无权备份" in capsys.readouterr().err and not offline.exists()
    assert main([*pc, "copy-to", str(offline), "--user", "01"]) == 0, capsys.readouterr().err
    assert audit_of_copies(fresh_server_url)[-1] == ("01", f"复制到 {offline.resolve()}")
