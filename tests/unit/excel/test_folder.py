"""The sync folder: written once a day at closing; an unreachable folder waits and retries."""
import datetime as dt

import openpyxl

from desk.excel.folder import FolderSync, target_for
from desk.services.core import shifts
from desk.services.duty import handover


class Clock:
    def __init__(self, at):
        self.at = at

    def __call__(self):
        return self.at


def test_not_due_without_a_folder(database, settings):
    assert not FolderSync(Clock(dt.datetime(2026, 11, 23, 23, 0))).due()


def test_due_at_closing_time_then_once_a_day(admin, settings, tmp_path):
    settings.set("excel_sync_folder", str(tmp_path / "usb"))
    (tmp_path / "usb").mkdir()
    clock = Clock(dt.datetime(2026, 11, 23, 20, 0))
    sync = FolderSync(clock)
    assert not sync.due()
    clock.at = dt.datetime(2026, 11, 23, 21, 5)
    assert sync.due()
    path = sync.write()
    assert path == target_for(dt.date(2026, 11, 23), tmp_path / "usb")
    assert "置业顾问" in openpyxl.load_workbook(path, read_only=True).sheetnames


def test_shift_handover_makes_it_due(admin, settings, tmp_path):
    settings.set("excel_sync_folder", str(tmp_path))
    sync = FolderSync(Clock(dt.datetime.now().replace(hour=12)))
    shifts.open_shift(admin)
    assert not sync.due()
    handover.close_shift(admin, "")
    assert sync.due()


def test_unreachable_folder_waits_and_retries(admin, settings, tmp_path):
    usb = tmp_path / "usb"
    settings.set("excel_sync_folder", str(usb))
    clock = Clock(dt.datetime(2026, 11, 23, 21, 0))
    sync = FolderSync(clock)
    assert sync.due(closing=True)
    assert sync.write() is None
    assert "不可用" in sync.status_text() and "21:10" in sync.status_text()
    clock.at = dt.datetime(2026, 11, 23, 21, 5)
    assert not sync.due()  # waits
    clock.at = dt.datetime(2026, 11, 23, 21, 11)
    assert sync.due()
    usb.mkdir()  # the stick is back
    assert sync.write() is not None
    assert "已写入" in sync.status_text()
