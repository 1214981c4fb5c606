import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desk.db.core import DutyLogEntry
from desk.printing import render_form
from desk.printing.sources import documents_for
from desk.services.core import shifts
from desk.services.core.errors import ValidationError
from desk.services.duty import handover


def test_open_log_and_close_a_shift(database, make_staff):
    _, host = make_staff("reception")
    shift = shifts.open_shift(host)
    entry = shifts.add_log_entry(host, "设备故障", "洽谈区空调不制冷")
    assert entry.shift_id == shift.id
    closed = handover.close_shift(host, "钥匙齐全")
    assert closed.closed_at is not None and closed.handover_note == "钥匙齐全"
    assert shifts.current_shift() is None
    assert [e.text for e in shifts.log_entries(shift_id=shift.id)] == ["洽谈区空调不制冷"]


def test_second_open_refused(database, make_staff):
    _, host = make_staff("reception")
    shifts.open_shift(host)
    with pytest.raises(ValidationError, match="已有未交班的班次，请先交班"):
        shifts.open_shift(host)


def test_close_checks_block_handover(database, make_staff, monkeypatch):
    _, host = make_staff("reception")
    shifts.open_shift(host)

    def not_counted(shift):
        return ["水吧未盘点"]

    monkeypatch.setattr(handover, "CLOSE_CHECKS", [*handover.CLOSE_CHECKS, not_counted])
    with pytest.raises(handover.ShiftCannotClose, match="还不能交班：水吧未盘点"):
        handover.close_shift(host)
    assert shifts.current_shift() is not None


def test_correction_is_a_new_entry_pointing_at_the_old(database, make_staff):
    _, host = make_staff("reception")
    first = shifts.add_log_entry(host, "事件", "来访 12 人")
    fix = shifts.add_log_entry(host, "更正", "来访 21 人", corrects=first.id)
    assert DutyLogEntry.get_by_id(first.id).text == "来访 12 人"
    assert fix.corrects_id == first.id


def test_empty_log_text_refused(database, make_staff):
    _, host = make_staff("reception")
    with pytest.raises(ValidationError, match="日志内容不能为空"):
        shifts.add_log_entry(host, "事件", "   ")
    assert DutyLogEntry.select().count() == 0


def test_duty_log_prints_a_shift_with_its_entries(database, make_staff):
    _, host = make_staff("reception", name="陈静")
    shift = shifts.open_shift(host)
    shifts.add_log_entry(host, "设备故障", "洽谈区空调不制冷")
    handover.close_shift(host, "钥匙齐全")
    docs = documents_for(host, "duty_log", id=shift.id)
    assert docs[0]["tables"]["events"][0]["text"] == "洽谈区空调不制冷"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(render_form("duty_log", documents=docs))).pages)
    for expected in ("值班日志", "洽谈区空调不制冷", "钥匙齐全", "陈静"):
        assert expected in text
    assert len(documents_for(host, "duty_log", day=dt.date.today())) == 1
