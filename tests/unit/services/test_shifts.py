import pytest

from desk.db.core import DutyLogEntry
from desk.services import shifts
from desk.services.errors import ValidationError


def test_open_log_and_close_a_shift(database, make_staff):
    _, host = make_staff("reception")
    shift = shifts.open_shift(host)
    entry = shifts.add_log_entry(host, "设备故障", "洽谈区空调不制冷")
    assert entry.shift_id == shift.id
    closed = shifts.close_shift(host, "钥匙齐全")
    assert closed.closed_at is not None and closed.handover_note == "钥匙齐全"
    assert shifts.current_shift() is None
    assert [e.text for e in shifts.log_entries(shift_id=shift.id)] == ["洽谈区空调不制冷"]


def test_second_open_refused(database, make_staff):
    _, host = make_staff("reception")
    shifts.open_shift(host)
    with pytest.raises(ValidationError):
        shifts.open_shift(host)


def test_close_checks_block_handover(database, make_staff):
    _, host = make_staff("reception")
    shifts.open_shift(host)

    def not_counted(shift):
        return ["水吧未盘点"]

    shifts.register_close_check(not_counted)
    try:
        with pytest.raises(shifts.ShiftCannotClose) as exc:
            shifts.close_shift(host)
        assert "水吧未盘点" in str(exc.value)
        assert shifts.current_shift() is not None
    finally:
        shifts._close_checks.remove(not_counted)


def test_correction_is_a_new_entry_pointing_at_the_old(database, make_staff):
    _, host = make_staff("reception")
    first = shifts.add_log_entry(host, "事件", "来访 12 人")
    fix = shifts.add_log_entry(host, "更正", "来访 21 人", corrects=first.id)
    assert DutyLogEntry.get_by_id(first.id).text == "来访 12 人"
    assert fix.corrects_id == first.id


def test_empty_log_text_refused(database, make_staff):
    _, host = make_staff("reception")
    with pytest.raises(ValidationError):
        shifts.add_log_entry(host, "事件", "   ")
    assert DutyLogEntry.select().count() == 0
