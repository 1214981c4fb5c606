import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from desk.db.core import Shift
from desk.printing import render_form
from desk.printing.sources import SOURCES, blank_documents, documents_for
from desk.services.servicedesk import calls, complaints, fees, keys, repairs, specials, surveys, units
from desk.services.core import shifts
from desk.services.core.errors import PermissionDenied, ValidationError
from desk.services.core.session import Session
from desk.services.duty import handover

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



# -- filled forms that look finished (issue 19) ------------------------------------------------------
def _paper(key, docs, paper):
    return paper(render_form(key, documents=docs))


@pytest.mark.parametrize("key", ["call_log", "callback_record"])
def test_recorder_is_the_signed_in_person_or_left_to_sign(data, key):
    cli = documents_for(Session.command_line(), key, day=DAY)[0]
    assert cli["fields"]["recorder"] == ""  # never "命令行"
    assert documents_for(data["host"], key, day=DAY)[0]["fields"]["recorder"] == "陈静"
    assert "命令行" not in _text(render_form(key, documents=[cli]))


def test_fee_notices_skip_owners_who_owe_nothing_and_say_settled_alone(data, admin, paper):
    other = units.add_unit(admin, "3", "1", "1201", area="100", owner_name="李四", owner_phone="13900000000",
                           move_in=DAY)
    q4 = data["q4"]
    fees.issue_notices(admin, q4.id)
    notice = next(n for n in fees.list_notices(period_id=q4.id) if n.unit_id == other.id)
    fees.record_payment(admin, other.id, notice.amount)
    batch = documents_for(data["host"], "fee_notice", day=dt.date(2026, 10, 1))
    assert [d["fields"]["owner"] for d in batch] == ["张伟"]  # 李四 has paid: no notice demanding 0.00
    alone = documents_for(data["host"], "fee_notice", id=notice.id)
    text = _text(render_form("fee_notice", documents=alone))
    assert "已全部结清" in text and "请于" not in text
    serials = [d["serial"] for d in batch + alone]
    assert all(re.fullmatch(r"JF-20261001-\d{3}", s) for s in serials) and len(set(serials)) == 2


def test_repair_charge_and_arrears_notice_have_numbers_and_count_reminders(data):
    charge = documents_for(data["host"], "repair_charge", id=data["repair"].id)[0]
    assert charge["serial"] == "SF-" + data["repair"].number.split("-", 1)[1]
    first = documents_for(data["host"], "arrears_notice", day=dt.date(2026, 11, 15))[0]
    again = documents_for(data["host"], "arrears_notice", day=dt.date(2026, 11, 15))[0]
    later = documents_for(data["host"], "arrears_notice", day=dt.date(2026, 11, 30))[0]
    assert re.fullmatch(r"CJ-20261115-\d{3}", first["serial"]) and again["serial"] == first["serial"]
    assert (first["fields"]["reminders"], again["fields"]["reminders"], later["fields"]["reminders"]) == (1, 1, 2)
    text = _text(render_form("arrears_notice", documents=[later]))
    assert later["serial"] in text and "2次" in text


def test_complaint_form_ticks_the_programs_own_categories_and_the_channel(data, admin, paper):
    complaints.add_category(admin, "装修管理")
    blank = paper(render_form("complaint_record", blank=True, documents=blank_documents(admin, "complaint_record")))
    names = [c.name for c in complaints.categories()]
    assert all(blank.page_of(f"□{n}") for n in names) and "装修管理" in names
    c = complaints.receive(data["host"], data["unit"].id, "装修管理", "楼上装修噪音", channel="来访", at=T0)
    doc = documents_for(data["host"], "complaint_record", id=c.id)[0]
    sheet = paper(render_form("complaint_record", documents=[doc]))
    assert sheet.ticks_in_row_of("投诉类别") == [1] and sheet.ticks_in_row_of("投诉方式") == [1]
    assert sheet.page_of("■装修管理") and sheet.page_of("■来访")
    # a category retired since still gets its ticked box on the complaints filed under it
    complaints.deactivate_category(admin, c.category_id)
    doc = documents_for(data["host"], "complaint_record", id=c.id)[0]
    assert paper(render_form("complaint_record", documents=[doc])).ticks_in_row_of("投诉类别") == [1]
    with pytest.raises(ValidationError, match="投诉方式"):
        complaints.receive(data["host"], data["unit"].id, "收费", "x", channel="飞鸽传书")


def test_complaint_statistics_blank_lists_the_programs_categories(data, admin):
    text = _text(render_form("complaint_stats", blank=True, documents=blank_documents(admin, "complaint_stats")))
    for category in complaints.categories():
        assert category.name in text


def test_opinion_survey_blank_and_filled_ask_the_same_questions(data, admin, paper):
    blank = paper(render_form("opinion_survey", blank=True, documents=blank_documents(admin, "opinion_survey")))
    filled = paper(render_form("opinion_survey",
                               documents=documents_for(admin, "opinion_survey", id=data["unit"].id, day=DAY)))
    for question in surveys.QUESTIONS:
        assert blank.page_of(question) and filled.page_of(question)
    assert filled.column_marks(["满意", "基本满意", "不满意"]) == [1]  # one answer entered


def test_special_service_fees_print_the_office_phone_and_plain_amounts(data, admin, settings):
    settings.set("service_phone", "0633-8123456")
    doc = documents_for(admin, "special_service_fees", day=DAY)[0]
    text = _text(render_form("special_service_fees", documents=[doc]))
    assert "0633-8123456" in text  # the office's own number is not a customer's: never masked
    assert "5.50" in text and "5.50 元" not in text  # the header says （元）


def test_duty_log_hands_over_from_who_was_on_duty_to_who_came_next(database, make_staff):
    _, chen = make_staff("reception", name="陈静")
    _, huang = make_staff("reception", name="黄丽")
    shift = shifts.open_shift(chen)
    shifts.add_log_entry(chen, "遗留问题", "A 户型主卧灯带待复查")
    handover.close_shift(huang, "对讲机 4 台、钥匙 2 串")  # whoever pressed 交班
    shifts.open_shift(huang)
    doc = documents_for(chen, "duty_log", id=shift.id)[0]
    assert doc["signatures"] == {"交班人": "陈静", "接班人": "黄丽"}
    assert doc["fields"]["items"] == "对讲机 4 台、钥匙 2 串"
    assert doc["fields"]["open_issues"] == "A 户型主卧灯带待复查"
    assert Shift.get_by_id(shift.id).closed_by.name == "黄丽"
