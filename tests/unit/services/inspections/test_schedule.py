"""A schedule makes a round due and overdue at the right times; handover waits where the template says."""
import datetime as dt

import pytest

from desk.db.core import Shift
from desk.db.inspections import Template
from desk.services.core.errors import ValidationError
from desk.services.duty import handover
from desk.services.inspections import flat_rounds, rounds, schedule, templates
from desk.services.inspections.templates import ItemSpec, TemplateSpec
from desk.services.showflats import flats as showflats

DAY = dt.date(2026, 11, 23)  # a Monday


def at(hour, minute=0, day=DAY):
    return dt.datetime.combine(day, dt.time(hour, minute))


@pytest.fixture
def only(database, supervisor):
    """Retire the shipped templates: each test schedules its own."""
    Template.update(active=False).execute()

    def make(schedule_kind, **kw):
        spec = TemplateSpec(kw.pop("name", f"测试{schedule_kind}"), kw.pop("place_kind", "hall"),
                            kw.pop("role", "guard"), schedule_kind, **kw)
        return templates.create_template(supervisor, spec, [ItemSpec("门已上锁")])

    return make


def states(template, moment, **kw):
    return [(s.due_at.strftime("%d %H:%M"), s.state(moment)) for s in schedule.slots(moment, moment
                                                                                      + dt.timedelta(seconds=1),
                                                                                      template_id=template.id)]


def do_round(session, template, moment, **kw):
    item = templates.items(template.id)[0]
    return rounds.record_round(session, template.id, [dict(item=item.id, status="正常")], at=moment, **kw)


def test_hourly_patrol_is_due_on_the_hour_and_overdue_after_its_grace(only, make_staff):
    guard = make_staff("guard")[1]
    patrol = only("hourly", every_hours=1, at_time="20:00", until_time="07:00", grace_minutes=20)
    assert states(patrol, at(19, 59)) == []  # before the window: nothing yet
    assert states(patrol, at(20, 0)) == [("23 20:00", "due")]
    assert states(patrol, at(20, 19)) == [("23 20:00", "due")]
    assert states(patrol, at(20, 20)) == [("23 20:00", "overdue")]
    do_round(guard, patrol, at(20, 25))
    assert states(patrol, at(20, 30)) == [("23 20:00", "done")]
    assert states(patrol, at(21, 5)) == [("23 21:00", "due")]
    # past midnight the night's window goes on; at 07:00 it ends
    assert states(patrol, at(2, 30, DAY + dt.timedelta(days=1))) == [("24 02:00", "overdue")]
    assert states(patrol, at(7, 0, DAY + dt.timedelta(days=1))) == []
    missed = schedule.missed_today(at(23, 30))  # the night before, and this evening but 20:00
    assert [s.due_at.hour for s in missed] == [0, 1, 2, 3, 4, 5, 6, 21, 22]


def test_a_round_in_one_hour_does_not_count_for_the_next(only, make_staff):
    guard = make_staff("guard")[1]
    patrol = only("hourly", every_hours=2, at_time="08:00", until_time="", grace_minutes=30)
    do_round(guard, patrol, at(9, 50))
    assert states(patrol, at(10, 10)) == [("23 10:00", "due")]
    assert states(patrol, at(9, 55)) == [("23 08:00", "done")]


def test_opening_is_due_at_its_time_and_done_by_an_early_round(only, make_staff):
    host = make_staff("reception")[1]
    opening = only("opening", at_time="08:30", grace_minutes=30)
    assert states(opening, at(8, 0)) == [("23 08:30", "upcoming")]
    assert states(opening, at(8, 30)) == [("23 08:30", "due")]
    assert states(opening, at(9, 0)) == [("23 08:30", "overdue")]
    do_round(host, opening, at(8, 10))
    assert states(opening, at(9, 0)) == [("23 08:30", "done")]
    assert states(opening, at(9, 0, DAY + dt.timedelta(days=1))) == [("24 08:30", "overdue")]


def test_a_closing_check_in_the_morning_is_not_a_closing_check(only, make_staff):
    host = make_staff("reception")[1]
    closing = only("closing", at_time="18:00", grace_minutes=30)
    do_round(host, closing, at(10, 0))
    assert states(closing, at(18, 31)) == [("23 18:00", "overdue")]
    do_round(host, closing, at(17, 20))
    assert states(closing, at(18, 31)) == [("23 18:00", "done")]


def test_weekly_and_monthly(only, make_staff):
    host = make_staff("guard")[1]
    weekly = only("weekly", weekday=3, at_time="10:00", grace_minutes=60, name="每周消防检查")
    assert states(weekly, at(9)) == [("25 10:00", "upcoming")]  # Monday: Wednesday's slot is ahead
    assert states(weekly, at(11, 5, DAY + dt.timedelta(days=2))) == [("25 10:00", "overdue")]
    do_round(host, weekly, at(9, 30))  # Monday counts for the week
    assert states(weekly, at(11, 5, DAY + dt.timedelta(days=2))) == [("25 10:00", "done")]
    monthly = only("monthly", month_day=31, at_time="09:00", grace_minutes=60, name="每月大理石养护检查")
    assert states(monthly, at(10, 0, dt.date(2026, 11, 30))) == [("30 09:00", "overdue")]  # November has 30 days


def test_a_template_for_every_show_flat_is_due_at_each(only, make_staff, supervisor):
    first = showflats.add_flat(supervisor, "A户型", rooms=["客厅"])
    showflats.add_flat(supervisor, "B户型", rooms=["客厅"])
    attendant = make_staff("showflat")[1]
    check = only("opening", place_kind="showflat", role="showflat", at_time="09:00")
    do_round(attendant, check, at(9, 5), flat_id=first.id)
    assert [(s.place, s.state(at(9, 10))) for s in schedule.current(at(9, 10))] == [("B户型", "due"), ("A户型", "done")]
    assert [d.text for d in flat_rounds.checks_due(at(9, 10))] == ["B户型 待做：测试opening"]


def test_current_lists_the_rounds_of_ones_role(only):
    only("daily", at_time="16:00", role="bar", name="水吧卫生")
    only("hourly", at_time="20:00", until_time="07:00", role="guard", name="夜巡")
    assert [s.template.name for s in schedule.current(at(15), roles=["bar"])] == ["水吧卫生"]
    assert [(s.template.name, s.due_at.hour) for s in schedule.current(at(15), roles=["guard"])] == [("夜巡", 20)]


def test_handover_waits_for_an_overdue_round_that_blocks_it(only, make_staff, supervisor):
    host = make_staff("reception")[1]
    closing = only("closing", at_time="18:00", grace_minutes=30, blocks_handover=True)
    only("hourly", at_time="08:00", grace_minutes=10, name="不拦交班")
    shift = Shift.create(opened_by=host.staff_id, opened_at=at(14))
    assert schedule.handover_reasons(shift, at(18, 20)) == []  # due, not yet overdue
    reasons = schedule.handover_reasons(shift, at(18, 40))
    assert reasons == ["测试closing（销售大厅）应于 18:00 完成，尚未巡检"]
    late = Shift.create(opened_by=host.staff_id, opened_at=at(19))  # overdue before it began
    assert schedule.handover_reasons(late, at(19, 30)) == []
    do_round(host, closing, at(18, 45))
    assert schedule.handover_reasons(shift, at(18, 50)) == []
    assert schedule.handover_reasons in handover.CLOSE_CHECKS


def test_shipped_templates_do_not_block_handover(database):
    assert Template.select().where(Template.blocks_handover == True).count() == 0  # noqa: E712
    assert {t.code for t in Template.select()} >= {"showflat_opening", "showflat_closing", "patrol_night",
                                                   "hall_opening", "hall_closing", "bar_hygiene", "hall_display"}


def test_a_template_time_is_read_or_refused(database):
    assert templates.clock_time("08:30") == dt.time(8, 30)
    assert templates.clock_time("8：05") == dt.time(8, 5)
    for nonsense in ("8", "", None, "25:00", 830):
        with pytest.raises(ValidationError, match="时间请写成 时:分"):
            templates.clock_time(nonsense)


def test_an_item_moves_by_whole_places_only(only, supervisor):
    template = only("daily", at_time="09:00")
    templates.add_item(supervisor, template.id, ItemSpec("灯已关闭"))
    first, second = templates.items(template.id)
    for step, message in ((1.5, "移动位数须为整数：1.5"), ("下", "移动位数不是有效的数字"), (None, "请填写移动位数")):
        with pytest.raises(ValidationError, match=message):
            templates.move_item(supervisor, first.id, step)
    assert [i.label for i in templates.items(template.id)] == ["门已上锁", "灯已关闭"]
    templates.move_item(supervisor, first.id, 1)
    assert [i.label for i in templates.items(template.id)] == ["灯已关闭", "门已上锁"]
