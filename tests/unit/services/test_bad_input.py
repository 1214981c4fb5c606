"""Issue 20, "nothing lost, nothing leaked": what a paste, a typo or a full disk does, through the
services every entry path uses. Each refusal is a Chinese message and changes nothing."""
import datetime as dt
import errno
import tempfile
from decimal import Decimal

import openpyxl
import pytest

from desk.db.core import AuditEntry, Staff
from desk.services.core.errors import DiskFull, PermissionDenied, ValidationError, for_user

PASTED = "三房\x0b朝南\x01\x07\x1b\x00，预算 300 万"  # Word's Shift+Enter and friends


@pytest.fixture
def host(make_staff, supervisor):
    for n in range(2):
        make_staff("consultant", code=f"6{n}", name=f"顾问{n}")
    return make_staff("reception", code="10", name="陈静")[1]


def test_control_characters_are_cleaned_and_the_export_works(host, supervisor, tmp_path):
    """Point 1: one \\x0b in 需求 broke every Excel export (IllegalCharacterError, no file)."""
    from desk.excel.sync import export_workbook
    from desk.services.reception import visitors
    from desk.services.servicedesk import repairs, units

    visit = visitors.register_visit(host, visitors.Registration(
        phone="13812345678", surname="王\x01", title="先生", needs=PASTED, notes="备注\x0b第二行"))
    assert visit.needs == "三房\n朝南，预算 300 万" and visit.notes == "备注\n第二行"
    assert visit.customer.surname == "王"
    unit = units.add_unit(supervisor, "3", "1", "1202", owner_name="张\x1b伟")
    repairs.receive(supervisor, unit.id, "水电", "厨房\x0b水龙头\x00漏水")
    result = export_workbook(supervisor, tmp_path / "sync.xlsx")
    wb = openpyxl.load_workbook(result.path)
    assert "三房\n朝南，预算 300 万" in [c.value for c in wb["来访登记"][2]]
    assert wb["报修"]["G2"].value == "厨房\n水龙头漏水"


def test_the_writer_drops_what_a_workbook_cannot_hold(tmp_path):
    """Even text that slipped past the services (an old database) does not stop an export."""
    from desk.excel.writer import SheetData, write_workbook

    path = write_workbook(tmp_path / "w.xlsx", [SheetData("表", ["A", "B"], [["a\x0bb\x00", 1], ["\ufffe正常", 2]])])
    ws = openpyxl.load_workbook(path)["表"]
    assert [ws["A2"].value, ws["A3"].value] == ["ab", "正常"]


def test_long_text_is_refused_and_the_longest_allowed_still_prints(host, tmp_path):
    """Point 11: 1 MB in 需求 was accepted and printing that day's register ran past 600 s."""
    from desk.printing import render_form
    from desk.printing.sources import documents_for
    from desk.services.reception import visitors

    with pytest.raises(ValidationError, match="需求太长：最多 500 个字"):
        visitors.register_visit(host, visitors.Registration(phone="13812345678", surname="王", needs="需" * 2**20))
    for n in range(12):
        visitors.register_visit(host, visitors.Registration(
            phone=f"139000000{n:02d}", surname="李", needs="需" * 500, notes="备" * 500))
    documents = documents_for(host, "visitor_register", day=dt.date.today())
    assert render_form("visitor_register", tmp_path / "r.pdf", documents=documents).stat().st_size > 0


def test_settings_are_changed_by_those_allowed_within_their_bounds(database, make_staff, supervisor, settings):
    """Point 6: a cleaner set idle_lock_minutes=0."""
    from desk.services.core import options

    _, cleaner = make_staff("cleaner")
    with pytest.raises(PermissionDenied, match="无权修改设置"):
        options.change(cleaner, "idle_lock_minutes", 0)
    assert settings.get("idle_lock_minutes") == 5
    with pytest.raises(ValidationError, match="不能大于 240"):
        options.change(supervisor, "idle_lock_minutes", 100000)
    with pytest.raises(ValidationError, match="未知的设置"):
        options.change(supervisor, "no_such_thing", 1)
    options.change(supervisor, "idle_lock_minutes", "１０")
    assert settings.get("idle_lock_minutes") == 10
    entry = AuditEntry.select().where(AuditEntry.entity == "setting").get()
    assert (entry.before, entry.after, entry.staff_id) == ({"idle_lock_minutes": 5}, {"idle_lock_minutes": 10},
                                                          supervisor.staff_id)


def test_bar_numbers_and_dates_are_bounded(database, supervisor):
    """Low list: '1,5' became 15, 999,999,999 盒 × 50 passed the 1e9 limit, −0.001 was stored as
    −0.00, 1e20 accepted, best-before 0001-01-01 accepted, at=9999-12-31 raised OverflowError."""
    from desk.db.bar import StockEntry
    from desk.services.bar import stock

    item = stock.save_item(supervisor, name="可乐", category="饮料", unit="罐", pack_unit="箱", pack_factor=50)
    refusals = {
        "数量必须是数字": dict(quantity="1,5"),
        "数量太大": dict(quantity=999_999_999, unit="箱"),
        "单价不能为负数": dict(quantity=1, unit_price="-0.001"),
        "单价不能大于": dict(quantity=1, unit_price=1e20),
        "保质期至不在合理范围内": dict(quantity=1, best_before=dt.date(1, 1, 1)),
        "入库时间不在合理范围内": dict(quantity=1, at=dt.datetime(9999, 12, 31)),
    }
    for message, kwargs in refusals.items():
        with pytest.raises(ValidationError, match=message):
            stock.receive(supervisor, item.id, **kwargs)
    assert StockEntry.select().count() == 0
    assert stock.receive(supervisor, item.id, "1,500").quantity == 1500


def test_phones_dates_and_areas_of_the_service_desk(database, supervisor):
    from desk.services.servicedesk import units

    with pytest.raises(ValidationError, match="业主电话格式不正确"):
        units.add_unit(supervisor, "3", "1", "1202", owner_phone="not a phone 🙂")
    with pytest.raises(ValidationError, match="建筑面积不能大于 100000"):
        units.add_unit(supervisor, "3", "1", "1202", area=1e30)
    with pytest.raises(ValidationError, match="入住日期不在合理范围内"):
        units.add_unit(supervisor, "3", "1", "1202", move_in=dt.date(2999, 1, 1))
    unit = units.add_unit(supervisor, "３", "1", "1202", area="89.5", owner_phone="１３８ 1234 5678")
    assert (unit.building, unit.owner_phone, unit.area) == ("3", "13812345678", Decimal("89.5"))


def test_arrivals_in_2999_are_refused(host):
    from desk.db.reception import Visit
    from desk.services.reception import visitors

    with pytest.raises(ValidationError, match="到访时间不在合理范围内：2999"):
        visitors.register_visit(host, visitors.Registration(phone="13812345678", surname="王"),
                                at=dt.datetime(2999, 1, 1, 10))
    assert Visit.select().count() == 0


@pytest.mark.sqlite_only
def test_a_full_disk_says_so(host, database):
    """Point 12: "cannot rollback - no transaction is active" hid "database or disk is full"."""
    from desk.db.reception import Visit
    from desk.services.reception import visitors

    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(Exception) as caught:
        for n in range(200):
            visitors.register_visit(host, visitors.Registration(phone=f"139{n:08d}", surname="王",
                                                                needs="需" * 500))
    assert "database or disk is full" in str(caught.value)
    assert isinstance(for_user(caught.value), DiskFull)
    assert "磁盘已满" in str(for_user(caught.value))
    database.execute_sql("PRAGMA max_page_count = 1073741823")
    assert all(v.needs for v in Visit.select())  # what was committed before stays whole


def test_a_full_disk_during_export_leaves_no_partial_file(database, supervisor, tmp_path, monkeypatch):
    from desk.excel import sync

    def full(self, filename):
        with open(filename, "wb") as fh:
            fh.write(b"PK half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full)
    with pytest.raises(DiskFull, match="磁盘已满"):
        sync.export_workbook(supervisor, tmp_path / "sync.xlsx")
    assert list(tmp_path.glob("*.xlsx")) == list(tmp_path.glob(".~*")) == []


def test_the_command_line_says_disk_full_not_a_traceback(tmp_path, capsys, settings, monkeypatch):
    from desk import cli
    from desk.commands import core

    def full(args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(core, "run_check", full)
    assert cli.main(["--data-dir", str(tmp_path), "check"]) == 2
    assert "磁盘已满" in capsys.readouterr().err


def test_demo_data_is_refused_beside_real_records(data_dir, capsys, settings):
    """Point 3: `desk demo` on a live folder added an administrator 01 with PIN 1234."""
    from desk.cli import main
    from desk.db.connection import close_database

    live = str(data_dir.root)
    assert main(["--data-dir", live, "staff", "--init-admin", "07", "王建国", "2468"]) == 0
    assert main(["--data-dir", live, "demo", "--days", "1"]) == 2
    assert "已有正式数据" in capsys.readouterr().err
    assert [s.code for s in Staff.select()] == ["07"]
    close_database()


def test_a_demo_folder_takes_more_demo_data(data_dir, capsys, settings):
    from desk.cli import main
    from desk.db.connection import close_database

    fresh = str(data_dir.root)
    assert main(["--data-dir", fresh, "demo", "--days", "1"]) == 0
    assert main(["--data-dir", fresh, "demo", "--days", "1"]) == 0
    close_database()


def test_temporary_files_stay_in_the_data_folder(data_dir, tmp_path, capsys, settings):
    """Point 9: a killed export left full phone numbers in the system temp folder."""
    from desk.cli import main
    from desk.db.connection import close_database

    data = data_dir.root
    assert main(["--data-dir", str(data), "demo", "--days", "1"]) == 0
    assert main(["--data-dir", str(data), "export", str(tmp_path / "x.xlsx")]) == 0
    assert tempfile.gettempdir().startswith(str(data / "tmp"))
    close_database()
