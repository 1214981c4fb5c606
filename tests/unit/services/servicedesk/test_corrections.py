"""更正 of repairs and complaints: a new entry per correction; the record keeps its first value."""
import datetime as dt

import pytest

from desk.db.core import AuditEntry
from desk.db.servicedesk import Complaint, ComplaintCategory, Correction, Repair
from desk.printing.sources import documents_for
from desk.services.core.errors import PermissionDenied, ValidationError
from desk.services.servicedesk import complaints, corrections, repairs
from desk.services.overview import weekly

T0 = dt.datetime(2026, 11, 2, 9, 0)


def test_a_repair_field_is_corrected_by_a_new_entry(desk, admin, unit):
    repair = repairs.receive(desk, unit.id, "水电", "卫生间漏水", at=T0)
    repairs.dispatch(desk, repair.id, "李师傅", at=T0 + dt.timedelta(hours=1))
    first = corrections.correct(desk, "repair", repair.id, "description", "厨房水槽漏水", "业主来电说明是厨房",
                                at=T0 + dt.timedelta(hours=2))
    second = corrections.correct(admin, "repair", repair.id, "description", "厨房水槽下水管漏水", "维修人员现场核实",
                                 at=T0 + dt.timedelta(hours=3))
    assert second.corrects_id == first.id and first.corrects_id is None
    # the record itself still says what was written at the desk
    assert Repair.get_by_id(repair.id).description == "卫生间漏水"
    shown = corrections.apply_one("repair", repairs.get_repair(repair.id))
    assert shown.description == "厨房水槽下水管漏水" and shown.corrected == ["description"]
    rows = corrections.history("repair", repair.id)
    assert [(r.before, r.after, r.staff_name, r.reason) for r in rows] == [
        ("卫生间漏水", "厨房水槽漏水", "陈静", "业主来电说明是厨房"),
        ("厨房水槽漏水", "厨房水槽下水管漏水", "王建国", "维修人员现场核实")]
    audits = list(AuditEntry.select().where((AuditEntry.entity == "repair") & (AuditEntry.action == "correct"))
                  .order_by(AuditEntry.id))
    assert [(a.before, a.after, a.note) for a in audits] == [
        ({"description": "卫生间漏水"}, {"description": "厨房水槽漏水"}, "业主来电说明是厨房"),
        ({"description": "厨房水槽漏水"}, {"description": "厨房水槽下水管漏水"}, "维修人员现场核实")]
    # the printed slip carries the corrected text
    doc = documents_for(admin, "repair_slip", id=repair.id)[0]
    assert "厨房水槽下水管漏水" in str(doc["fields"])


def test_bad_corrections_change_nothing(desk, make_staff, unit):
    repair = repairs.receive(desk, unit.id, "水电", "卫生间漏水", at=T0)
    for field, value, reason, match in (
            ("description", "卫生间漏水", "同样的", "没有改动"),
            ("description", "", "清空", "请填写报修内容"),
            ("description", "厨房", "", "更正原因"),
            ("worker", "李师傅", "派错了", "还没有填写"),
            ("category", "装修", "类别错", "未知的报修类别"),
            ("received_at", "2026-11-01", "时间错", "不能更正")):
        with pytest.raises(ValidationError, match=match):
            corrections.correct(desk, "repair", repair.id, field, value, reason)
    consultant = make_staff("consultant")[1]
    with pytest.raises(PermissionDenied, match="无权"):
        corrections.correct(consultant, "repair", repair.id, "description", "厨房", "x")
    assert Correction.select().count() == 0


def test_a_corrected_complaint_category_counts_in_the_statistics(desk, admin, unit):
    complaint = complaints.receive(desk, unit.id, "收费", "物业费多收", at=T0)
    before = {r["category"]: r["received"] for r in complaints.category_statistics(2026, 11)}
    assert before["收费"] == 1 and before["环境卫生"] == 0
    corrections.correct(desk, "complaint", complaint.id, "category", "环境卫生", "投诉的是楼道卫生，登记错了类别",
                        at=T0 + dt.timedelta(hours=1))
    after = {r["category"]: r["received"] for r in complaints.category_statistics(2026, 11)}
    assert after["收费"] == 0 and after["环境卫生"] == 1
    assert Complaint.get_by_id(complaint.id).category.name == "收费"  # kept as registered
    rows = corrections.history("complaint", complaint.id)
    assert [(r.before, r.after) for r in rows] == [("收费", "环境卫生")]
    report = weekly.report(weekly.week_of(T0.date()), at=T0 + dt.timedelta(days=1))
    assert report["service"]["complaints"]["by_category"] == {"环境卫生": 1}
    assert Correction.get().value == str(ComplaintCategory.get(ComplaintCategory.name == "环境卫生").id)


def test_the_workflow_writing_a_field_again_supersedes_its_correction(desk, admin, unit):
    c = complaints.receive(desk, unit.id, "收费", "物业费多收", at=T0)
    complaints.judge(desk, c.id, True, at=T0 + dt.timedelta(hours=1))
    complaints.investigate(desk, c.id, "财务部", "核实多收 50 元", at=T0 + dt.timedelta(hours=2))
    complaints.propose(desk, c.id, "退还 50 元", at=T0 + dt.timedelta(hours=3))
    corrections.correct(desk, "complaint", c.id, "plan", "退还 50 元并致歉", "漏写致歉", at=T0 + dt.timedelta(hours=4))
    assert corrections.apply_one("complaint", complaints.get_complaint(c.id)).plan == "退还 50 元并致歉"
    complaints.propose(desk, c.id, "退还 80 元并致歉", at=T0 + dt.timedelta(hours=5))  # proposed anew
    shown = corrections.apply_one("complaint", complaints.get_complaint(c.id))
    assert shown.plan == "退还 80 元并致歉" and shown.corrected == []
