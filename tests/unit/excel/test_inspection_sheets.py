"""Inspection templates in the sync workbook: a manager writes a checklist in Excel and imports it;
a bad answer kind is refused with its row named; rounds export read-only."""
import datetime as dt

import openpyxl
import pytest

from desk.db.inspections import Template
from desk.excel import sync
from desk.services.core.errors import PermissionDenied
from desk.services.inspections import rounds, templates


def header_index(ws):
    return {c.value: i for i, c in enumerate(ws[1])}


def row_of(ws, h, **values):
    row = [None] * len(h)
    for header, value in values.items():
        row[h[header]] = value
    ws.append(row)


@pytest.fixture
def exported(admin, tmp_path):
    result = sync.export_workbook(admin, tmp_path / "s.xlsx")
    return openpyxl.load_workbook(result.path)


def test_a_checklist_written_in_excel_is_imported(admin, exported, tmp_path):
    tpl, items = exported["巡检模板"], exported["巡检项目"]
    th, ih = header_index(tpl), header_index(items)
    assert {r[th["名称"]].value for r in tpl.iter_rows(min_row=2)} >= {"夜间巡逻", "样板间开馆检查", "水吧卫生检查"}
    row_of(tpl, th, 名称="消防设施周检", 适用地点="销售大厅", 地点="售楼处全楼", 周期="每周", 时间="10:00", 星期="周三",
           执行角色="安防", 交班前须完成="否", 在用="是")
    row_of(items, ih, 模板="消防设施周检", 检查项目="灭火器压力在绿区", 答案类型="是/否", 正常答案="是", 异常须备注="是")
    row_of(items, ih, 模板="消防设施周检", 检查项目="消防水压", 答案类型="读数", 下限="0.1", 上限="0.4", 单位="MPa")
    row_of(items, ih, 模板="消防设施周检", 检查项目="应急灯", 答案类型="数量", 应有数量=12, 异常后续="工程维修单")
    exported.save(tmp_path / "e.xlsx")
    plan = sync.plan_import(admin, tmp_path / "e.xlsx")
    assert not plan.has_errors, [i.text() for i in plan.all_issues]
    assert plan.counts()["new"] == 4
    sync.apply_import(admin, plan)
    weekly = Template.get(Template.name == "消防设施周检")
    assert (weekly.schedule, weekly.weekday, weekly.role, weekly.place) == ("weekly", 3, "guard", "售楼处全楼")
    got = [(i.label, i.kind, i.low, i.high, i.unit, i.expected, i.on_fail) for i in templates.items(weekly.id)]
    assert got[1][1:5] == ("reading", templates._limit("0.1", ""), templates._limit("0.4", ""), "MPa")
    assert [g[0] for g in got] == ["灭火器压力在绿区", "消防水压", "应急灯"]
    assert got[2][5:] == (12, "work_order")


def test_a_bad_answer_kind_is_refused_with_the_row_named(admin, exported, tmp_path):
    items = exported["巡检项目"]
    ih = header_index(items)
    row_of(items, ih, 模板="夜间巡逻", 检查项目="围墙灯", 答案类型="打分")
    exported.save(tmp_path / "e.xlsx")
    plan = sync.plan_import(admin, tmp_path / "e.xlsx")
    assert plan.has_errors
    issue = plan.all_issues[0]
    assert (issue.sheet, issue.row, issue.column) == ("巡检项目", items.max_row, "答案类型")
    assert f"第 {items.max_row} 行" in issue.text() and "打分" in issue.text()
    with pytest.raises(sync.ImportRefused, match=r"还有 \d+ 处错误，未导入任何内容"):
        sync.apply_import(admin, plan)
    assert not any(i.label == "围墙灯" for i in templates.items(templates.template_by_code("patrol_night").id))


def test_an_item_needs_a_template_that_exists(admin, exported, tmp_path):
    items = exported["巡检项目"]
    ih = header_index(items)
    row_of(items, ih, 模板="没有这个模板", 检查项目="灯", 答案类型="正常/异常")
    exported.save(tmp_path / "e.xlsx")
    plan = sync.plan_import(admin, tmp_path / "e.xlsx")
    assert [i.row for i in plan.all_issues] == [items.max_row]
    assert "没有名为“没有这个模板”的巡检模板" in plan.all_issues[0].text()


def test_rounds_export_read_only_and_templates_need_a_manager(admin, make_staff, tmp_path):
    guard = make_staff("guard", name="何伟")[1]
    patrol = templates.template_by_code("patrol_night")
    rounds.record_round(guard, patrol.id, [], all_ok_rest=True, at=dt.datetime(2026, 11, 23, 21, 5))
    wb = openpyxl.load_workbook(sync.export_workbook(admin, tmp_path / "s.xlsx").path)
    ws = wb["巡检记录"]
    h = header_index(ws)
    assert {r[h["人员"]].value for r in ws.iter_rows(min_row=2)} == {"何伟"}
    assert ws.max_row - 1 == len(templates.items(patrol.id))
    host = make_staff("reception", "supervisor")[1]
    assert host.can("import")
    with pytest.raises(PermissionDenied, match="何伟（安防）无权巡检模板、事件与工程维修单管理"):
        templates.set_template_active(guard, patrol.id, False)
