import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desk.printing import render_form
from desk.printing.sources import SOURCES, documents_for
from desk.services.servicedesk import calls, complaints, fees, keys, repairs, specials, surveys, units
from desk.services.core.errors import PermissionDenied, ValidationError

T0 = dt.datetime(2026, 11, 2, 9, 0)
DAY = T0.date()


@pytest.fixture
def data(admin, make_staff):
    _, host = make_staff("reception", name="陈静")
    unit = units.add_unit(admin, "3", "1", "1202", area="89.50", owner_name="张伟", owner_phone="13812345678",
                          move_in=DAY)
    item = specials.add_price_item(admin, "repair", "更换水龙头", "个", "35")
    specials.add_price_item(admin, "special", "开荒保洁", "㎡", "5.5", "含玻璃")
    r = repairs.receive(host, unit.id, "水电", "厨房水龙头漏水", at=T0)
    repairs.dispatch(host, r.id, "老李", at=T0)
    repairs.complete(host, r.id, charge_item=item.id, quantity=2, at=T0 + dt.timedelta(hours=2))
    repairs.call_back(host, r.id, True, "满意", at=T0 + dt.timedelta(hours=5))
    c = complaints.receive(host, unit.id, "环境卫生", "楼道脏", at=T0)
    complaints.judge(host, c.id, False, "已解释", at=T0)
    complaints.call_back(host, c.id, False, "仍不满意", at=T0 + dt.timedelta(hours=6))
    calls.take_call(host, "咨询", unit=unit.id, phone="13912345678", at=T0)
    keys.lend(host, "3-1-1202 入户门", "王师傅", "110101199003071234", "装修", "何伟", unit=unit.id, at=T0)
    surveys.record_visit(host, unit.id, "入住回访", "了解情况", at=T0)
    surveys.enter_survey(host, unit.id, 2026, {surveys.QUESTIONS[0]: "满意"})
    q3 = fees.create_period(admin, "2026年第三季度", dt.date(2026, 7, 1), 3, "1.80", dt.date(2026, 7, 31))
    q4 = fees.create_period(admin, "2026年第四季度", dt.date(2026, 10, 1), 3, "1.80", dt.date(2026, 10, 31))
    fees.issue_notices(admin, q3.id)
    fees.issue_notices(admin, q4.id)
    return {"host": host, "unit": unit, "repair": r, "complaint": c, "q4": q4}


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


CASES = [
    ("repair_slip", lambda d: {"id": d["repair"].id}, ["厨房水龙头漏水", "138****5678", "更换水龙头", "70.00"]),
    ("repair_charge", lambda d: {"id": d["repair"].id}, ["柒拾元整", "70.00"]),
    ("special_service_fees", lambda d: {"day": DAY}, ["开荒保洁", "5.50"]),
    ("fee_notice", lambda d: {"day": dt.date(2026, 10, 1)}, ["3栋1单元1202", "往期欠费", "483.30", "966.60"]),
    ("arrears_notice", lambda d: {"day": dt.date(2026, 11, 15)}, ["张伟", "966.60"]),
    ("complaint_record", lambda d: {"id": d["complaint"].id}, ["楼道脏", "无效投诉"]),
    ("complaint_stats", lambda d: {"day": DAY}, ["2026年11月", "环境卫生"]),
    ("call_log", lambda d: {"day": DAY}, ["咨询", "139****5678", "陈静"]),
    ("key_loans", lambda d: {"day": DAY}, ["王师傅", "****1234"]),
    ("owner_visits", lambda d: {"day": DAY}, ["入住回访"]),
    ("callback_record", lambda d: {"day": DAY}, ["仍不满意", "报修·水电"]),
    ("welcome_letter", lambda d: {"id": d["unit"].id}, ["张伟", "3栋1单元1202"]),
    ("opinion_survey", lambda d: {"id": d["unit"].id}, ["张伟", "客服中心服务态度", "√"]),
]


@pytest.mark.parametrize("key,args,expected", CASES, ids=[c[0] for c in CASES])
def test_every_service_form_prints_from_records(data, key, args, expected):
    assert key in SOURCES
    docs = documents_for(data["host"], key, **args(data))
    text = _text(render_form(key, documents=docs))
    for piece in expected:
        assert piece in text, (key, piece)
    assert "110101199003071234" not in text and "13812345678" not in text


def test_printing_needs_permission_and_records(data, make_staff):
    _, cleaner = make_staff("cleaner")
    with pytest.raises(PermissionDenied, match="员工103（保洁）无权打印表单"):
        documents_for(cleaner, "repair_slip", id=data["repair"].id)
    other = repairs.receive(data["host"], data["unit"].id, "墙面", "裂缝", at=T0)
    with pytest.raises(ValidationError, match="没有收费"):
        documents_for(data["host"], "repair_charge", id=other.id)
