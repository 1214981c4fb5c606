"""Moving a site onto the server (desk move-to) and back into a file (desk copy-to)."""
import hashlib

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


def test_move_to_copies_every_row_and_leaves_the_file_untouched(sqlite_site, fresh_server_url, capsys, tmp_path):
    before = digest(sqlite_site / "desk.db")
    assert main(["--data-dir", str(sqlite_site), "move-to", fresh_server_url]) == 0, capsys.readouterr().err
    assert "逐表核对一致" in capsys.readouterr().out
    assert digest(sqlite_site / "desk.db") == before
    on_file, on_server = table_rows(sqlite_site / "desk.db"), table_rows(fresh_server_url)
    assert on_server == on_file and on_server["visit"] > 0 and on_server["stock_entry"] > 0

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
    assert main(["--data-dir", str(sqlite_site), "move-to", fresh_server_url]) == 2
    assert "不是空的" in capsys.readouterr().err
    assert table_rows(fresh_server_url)["visit"] == on_file["visit"]

    # and back into a file for the manager's laptop
    offline = tmp_path / "offline.db"
    assert main(["--db", fresh_server_url, "--data-dir", str(tmp_path / "pc"), "copy-to", str(offline)]) == 0
    copied = table_rows(offline)
    assert copied["visit"] == on_file["visit"] and copied["duty_log_entry"] == on_file["duty_log_entry"] + 1
    assert main(["--db", fresh_server_url, "--data-dir", str(tmp_path / "pc"), "copy-to", str(offline)]) == 2
    assert "文件已存在" in capsys.readouterr().err


def test_move_to_an_unreachable_server_says_so(sqlite_site, capsys):
    code = main(["--data-dir", str(sqlite_site), "move-to", "postgresql://desk@127.0.0.1:1/desk"])
    assert code == 2 and "无法打开数据库服务器" in capsys.readouterr().err
