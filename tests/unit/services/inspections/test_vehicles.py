"""The guard's vehicle log (车辆登记): a plate typed any way is one plate, a car comes in once and
goes out once, a plate that came with a visitor registered today is matched to them."""
import datetime as dt

import pytest

from desk.db.inspections import VehicleEntry
from desk.services.core.errors import PermissionDenied, ValidationError
from desk.services.inspections import vehicles
from desk.services.reception import visitors
from desk.services.reception.visitors import Registration

T0 = dt.datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def guard(make_staff):
    return make_staff("guard", name="何伟")[1]


def test_a_plate_typed_any_way_is_one_plate_and_comes_in_once(guard):
    entry = vehicles.register_in(guard, " 粤ｂ·3k521 ", driver="顺丰快递", purpose="送货", at=T0)
    assert (entry.plate, entry.driver, entry.purpose) == ("粤B3K521", "顺丰快递", "送货")
    with pytest.raises(ValidationError, match="粤B3K521 已在场内，尚未登记离场"):
        vehicles.register_in(guard, "粤B3K521", at=T0 + dt.timedelta(minutes=5))
    assert [e.plate for e in vehicles.entries(day=T0.date(), inside_only=True)] == ["粤B3K521"]
    assert vehicles.inside_count() == 1


@pytest.mark.parametrize("plate, purpose, message", [
    ("", "", "请填写车牌号"),
    ("12345", "", "车牌号“12345”不对"),
    ("粤B12345", "兜风", "未知的来访事由：兜风"),
])
def test_bad_input_is_refused_and_nothing_is_saved(guard, plate, purpose, message):
    with pytest.raises(ValidationError, match=message):
        vehicles.register_in(guard, plate, purpose=purpose, at=T0)
    assert VehicleEntry.select().count() == 0


def test_a_car_goes_out_once_and_not_before_it_came(guard):
    entry = vehicles.register_in(guard, "粤B88D17", at=T0)
    with pytest.raises(ValidationError, match="离场时间不能早于进场时间"):
        vehicles.register_out(guard, entry.id, at=T0 - dt.timedelta(minutes=1))
    out = vehicles.register_out(guard, entry.id, at=T0 + dt.timedelta(minutes=40))
    assert (out.time_out, out.out_by_id) == (T0 + dt.timedelta(minutes=40), guard.staff_id)
    with pytest.raises(ValidationError, match="粤B88D17 已于 10:40 离场"):
        vehicles.register_out(guard, entry.id, at=T0 + dt.timedelta(hours=1))
    assert vehicles.inside_count() == 0
    again = vehicles.register_in(guard, "粤B88D17", at=T0 + dt.timedelta(hours=2))  # back later: a new entry
    assert again.id != entry.id


def test_a_plate_of_todays_visitor_names_the_customer(guard, make_staff):
    make_staff("consultant", code="60", name="张磊")
    host = make_staff("reception", code="10", name="陈静")[1]
    visit = visitors.register_visit(host, Registration(phone="13912345678", surname="王", title="先生",
                                                       transport="自驾", plate="粤B12345"), at=T0)
    entry = vehicles.register_in(guard, "粤b12345", purpose="看房", at=T0 + dt.timedelta(minutes=3))
    assert (entry.visit_id, entry.customer) == (visit.id, "王先生")
    other_day = vehicles.register_in(guard, "粤B12346", at=T0)
    assert (other_day.visit_id, other_day.customer) == (None, "")


def test_only_those_who_keep_the_log_write_it(guard, make_staff):
    cleaner = make_staff("cleaner", name="郑桂兰")[1]
    with pytest.raises(PermissionDenied, match="郑桂兰（保洁）无权车辆登记"):
        vehicles.register_in(cleaner, "粤B12345", at=T0)
    entry = vehicles.register_in(guard, "粤B12345", at=T0)
    with pytest.raises(PermissionDenied, match="郑桂兰（保洁）无权车辆登记"):
        vehicles.register_out(cleaner, entry.id, at=T0 + dt.timedelta(minutes=1))
