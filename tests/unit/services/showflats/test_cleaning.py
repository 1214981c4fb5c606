import datetime as dt

import pytest

from desk.services.showflats import cleaning
from desk.services.core.errors import PermissionDenied, ValidationError

D = dt.date


@pytest.mark.parametrize("freq,last,expected", [
    ("daily", D(2026, 11, 20), D(2026, 11, 21)),
    ("weekly", D(2026, 11, 18), D(2026, 11, 23)),  # Wednesday → next Monday
    ("half_monthly", D(2026, 11, 3), D(2026, 11, 16)),
    ("half_monthly", D(2026, 11, 20), D(2026, 12, 1)),
    ("half_monthly", D(2026, 2, 16), D(2026, 3, 1)),
    ("monthly", D(2026, 11, 30), D(2026, 12, 1)),
    ("monthly", D(2026, 12, 5), D(2027, 1, 1)),
])
def test_due_dates_by_frequency(freq, last, expected):
    assert cleaning.due_date(freq, last, D(2026, 1, 1)) == expected


def test_never_done_is_due_from_creation():
    assert cleaning.due_date("weekly", None, D(2026, 11, 2)) == D(2026, 11, 2)


def test_unknown_frequency():
    with pytest.raises(ValidationError, match="未知的频率：yearly"):
        cleaning.period_start("yearly", D(2026, 1, 1))


def test_due_and_overdue_tasks(database, supervisor, make_staff):
    _, cleaner = make_staff("cleaner", name="郑桂兰")
    created = dt.datetime(2026, 11, 1, 8, 0)
    floor = cleaning.add_task(supervisor, "大堂", "地面清洁", "daily", icon="floor", created=created)
    glass = cleaning.add_task(supervisor, "大堂", "玻璃门擦拭", "weekly", icon="glass", created=created)
    marble = cleaning.add_task(supervisor, "大堂", "大理石养护", "monthly", icon="marble", created=created)
    cleaning.add_task(supervisor, "卫生间", "洁具清洁", "daily", created=created)
    with pytest.raises(PermissionDenied, match="郑桂兰（保洁）无权样板间物品维护、事件处理"):
        cleaning.add_task(cleaner, "大堂", "x", "daily")
    cleaning.record_done(cleaner, [floor.id], day=D(2026, 11, 22))
    cleaning.record_done(cleaner, [glass.id], day=D(2026, 11, 17))
    cleaning.record_done(cleaner, [marble.id], day=D(2026, 11, 5))
    today = D(2026, 11, 23)  # a Monday
    due = {s.task.name: s for s in cleaning.tasks_due("大堂", today)}
    assert set(due) == {"地面清洁", "玻璃门擦拭"}  # marble done this month
    assert not due["地面清洁"].overdue and not due["玻璃门擦拭"].overdue
    # a day later with nothing done, the floor is overdue
    later = {s.task.name: s for s in cleaning.tasks_due("大堂", D(2026, 11, 24))}
    assert later["地面清洁"].overdue
    records = cleaning.record_done(cleaner, [floor.id, glass.id], day=today)
    assert cleaning.tasks_due("大堂", today) == []
    # a correction cancels a record: the task is due again
    cleaning.undo_record(cleaner, records[1].id, "点错了")
    assert [s.task.name for s in cleaning.tasks_due("大堂", today)] == ["玻璃门擦拭"]
    assert cleaning.areas() == ["卫生间", "大堂"] or set(cleaning.areas()) == {"卫生间", "大堂"}
    with pytest.raises(ValidationError, match="请先选择完成的任务"):
        cleaning.record_done(cleaner, [])
