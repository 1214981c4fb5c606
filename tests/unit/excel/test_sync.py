"""Round trips through the sync workbook: export, edit as a manager would, import exactly that."""
import datetime as dt
import os
import zipfile

import openpyxl
import pytest

from desk.db.core import AuditEntry, Staff
from desk.db.excel import SyncExport, SyncFingerprint
from desk.excel import sync
from desk.excel.reader import WorkbookError
from desk.excel.writer import TargetLocked
from desk.services.reception import roster as consultant_roster
from desk.services.core.errors import PermissionDenied


def export(session, tmp_path, name="sync.xlsx", **kw):
    return sync.export_workbook(session, tmp_path / name, **kw)


def edit(path, target, fn, sheet="置业顾问"):
    wb = openpyxl.load_workbook(path)
    fn(wb[sheet])
    wb.save(target)
    return target


def rows_by_code(ws):
    header = [c.value for c in ws[1]]
    return {r[1]: dict(zip(header, r)) for r in ws.iter_rows(min_row=2, values_only=True)}


def snapshot():
    return [(s.id, s.code, s.name, s.phone, s.active, s.roles) for s in Staff.select().order_by(Staff.id)]


def test_export_has_info_sheet_styles_masking_and_no_pins(roster, tmp_path):
    session, people = roster
    result = export(session, tmp_path)
    assert result.counts["置业顾问"] == 3
    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames[0] == "说明"
    assert "置业顾问" in wb.sheetnames and "员工" in wb.sheetnames
    assert wb["_同步"].sheet_state == "hidden"
    info = [r for r in wb["说明"].iter_rows(values_only=True)]
    kinds = {r[0]: r[2] for r in info}
    assert (kinds["置业顾问"], kinds["员工"]) == ("可编辑", "只读")
    ws = wb["置业顾问"]
    assert [c.value for c in ws[1]] == ["ID", "工号", "姓名", "手机", "在用"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert ws[1][0].font.bold
    assert ws.protection.sheet
    assert ws["A2"].protection.locked and not ws["C2"].protection.locked
    assert ws.column_dimensions["C"].protection.locked is False  # new rows below stay editable
    assert any('"是,否"' == dv.formula1 for dv in ws.data_validations.dataValidation)
    rows = rows_by_code(ws)
    assert rows["61"]["手机"] == "139****6001"  # a manager sees masked numbers unless confirmed
    staff = wb["员工"]
    headers = [c.value for c in staff[1]]
    assert not any("PIN" in str(h) for h in headers)
    assert isinstance(staff["G2"].value, dt.datetime) and staff["G2"].number_format == "yyyy-mm-dd hh:mm"
    for row in staff.iter_rows(values_only=True):
        assert not any(isinstance(v, str) and v.startswith("scrypt$") for v in row)
    assert SyncFingerprint.select().where(SyncFingerprint.sheet == "consultants").count() == 3


def test_full_phones_need_permission_and_confirmation(roster, make_staff, tmp_path):
    session, _ = roster
    result = export(session, tmp_path, full_phones=True)
    ws = openpyxl.load_workbook(result.path)["置业顾问"]
    assert rows_by_code(ws)["61"]["手机"] == "13900006001"
    _, bar = make_staff("bar", "supervisor", code="77")
    _, clerk = make_staff("reception", code="78")
    with pytest.raises(PermissionDenied, match="员工106（前台）无权导出 Excel"):
        export(clerk, tmp_path, "c.xlsx")  # no export permission at all
    consultant = Staff.get(Staff.code == "61")
    from desk.services.core.session import Session
    from desk.excel.specs import ExportContext
    own = ExportContext(Session.for_staff(consultant))
    assert own.phone("13900006001", consultant.id) == "13900006001"  # the owner sees their own
    assert own.phone("13900006002", consultant.id + 1) == "139****6002"


def test_round_trip_applies_exactly_the_edits(roster, tmp_path):
    session, people = roster
    result = export(session, tmp_path)
    before = snapshot()

    def manager_edits(ws):
        for row in ws.iter_rows(min_row=2):
            if row[1].value == "61":
                row[2].value = " 张 磊 "[1:-1].replace(" ", "") + "磊"  # 张磊磊
            if row[1].value == "62":
                row[4].value = "否"
        ws.append([None, "６６", "新顾问　", "13900006006", "是"])  # full-width digits, stray space
        for row in ws.iter_rows(min_row=2):
            if row[1].value == "63":
                ws.delete_rows(row[0].row)
                break

    path = edit(result.path, tmp_path / "edited.xlsx", manager_edits)
    plan = sync.plan_import(session, path)
    assert not plan.has_errors, [i.text() for i in plan.all_issues]
    counts = plan.counts()
    assert (counts["new"], counts["change"], counts["deactivate"], counts["conflict"]) == (1, 2, 1, 0)
    assert snapshot() == before  # the preview (and its trial run) changed nothing
    with pytest.raises(sync.ImportRefused, match="有 1 行将被停用，请先确认"):
        sync.apply_import(session, plan)  # removals need confirmation
    assert snapshot() == before
    audits = AuditEntry.select().count()
    sync.apply_import(session, plan, confirm_deactivate=True)
    after = {s.code: s for s in Staff.select()}
    assert after["61"].name == "张磊磊"
    assert after["62"].active is False
    assert after["63"].active is False and after["63"].name == "黄晓燕"  # deactivated, never deleted
    assert after["66"].name == "新顾问" and after["66"].roles == "consultant" and after["66"].pin_hash == ""
    assert after["66"].phone == "13900006006"
    assert after["61"].phone == "13900006001"  # the masked cell left as exported: unchanged
    assert AuditEntry.select().count() == audits + 4
    # Importing the same workbook again: nothing to do; the new row (no ID) is the 66 added by the first.
    again = sync.plan_import(session, path)
    assert again.nothing_to_do and not again.has_errors, [c.summary() for c in again.visible_changes]
    assert [c.record_id for c in again.changes if c.values.get("code") == "66"] == [after["66"].id]
    assert Staff.select().where(Staff.code == "66").count() == 1


def test_unchanged_export_is_nothing_to_do(roster, tmp_path):
    session, _ = roster
    result = export(session, tmp_path)
    plan = sync.plan_import(session, result.path)
    assert plan.nothing_to_do
    assert len([c for c in plan.changes if c.sheet_key == "consultants" and c.action == sync.SAME]) == 3


def test_conflict_is_shown_side_by_side_and_resolved_per_row(roster, tmp_path):
    session, people = roster
    result = export(session, tmp_path)
    consultant_roster.update_consultant(session, people[0].id, name="张磊（程序）")
    consultant_roster.update_consultant(session, people[1].id, name="杨帆（程序）")

    def edits(ws):
        for row in ws.iter_rows(min_row=2):
            if row[1].value == "61":
                row[2].value = "张磊（表格）"
            if row[1].value == "62":
                row[2].value = "杨帆（表格）"
            if row[1].value == "63":
                row[2].value = "黄晓燕（表格）"

    path = edit(result.path, tmp_path / "e.xlsx", edits)
    plan = sync.plan_import(session, path)
    assert plan.counts()["conflict"] == 2 and plan.counts()["change"] == 1
    conflict = plan.conflicts[0]
    assert conflict.program["姓名"] == "张磊（程序）" and conflict.workbook["姓名"] == "张磊（表格）"
    with pytest.raises(sync.ImportRefused, match="还有 2 个冲突未选择以哪边为准，未导入任何内容"):
        sync.apply_import(session, plan)
    plan.conflicts[0].choice = sync.WORKBOOK
    plan.conflicts[1].choice = sync.PROGRAM
    sync.apply_import(session, plan)
    names = {s.code: s.name for s in Staff.select()}
    assert names["61"] == "张磊（表格）" and names["62"] == "杨帆（程序）" and names["63"] == "黄晓燕（表格）"


def test_program_only_change_keeps_the_program(roster, tmp_path):
    session, people = roster
    result = export(session, tmp_path)
    consultant_roster.update_consultant(session, people[0].id, name="张磊新")
    plan = sync.plan_import(session, result.path)
    assert plan.nothing_to_do
    assert Staff.get_by_id(people[0].id).name == "张磊新"


def test_change_after_preview_refuses_apply(roster, tmp_path):
    session, people = roster
    result = export(session, tmp_path)
    path = edit(result.path, tmp_path / "e.xlsx", lambda ws: setattr(ws["C2"], "value", "改名"))
    plan = sync.plan_import(session, path)
    consultant_roster.update_consultant(session, people[0].id, phone="13700000000")
    with pytest.raises(sync.ImportRefused, match="重新预览"):
        sync.apply_import(session, plan)


def test_injection_strings_stay_text(roster, tmp_path):
    session, people = roster
    evil = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3", "@SUM(A1)"]
    for person, text in zip(people, evil):
        consultant_roster.update_consultant(session, person.id, name=text)
    result = export(session, tmp_path)
    with zipfile.ZipFile(result.path) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml  # no formula anywhere
    ws = openpyxl.load_workbook(result.path)["置业顾问"]
    names = [r[2] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert set(evil[:3]) <= set(names)
    ws_path = edit(result.path, tmp_path / "e.xlsx", lambda ws: None)
    assert sync.plan_import(session, ws_path).nothing_to_do


def test_locked_target_keeps_old_file_and_can_retry(roster, tmp_path, monkeypatch):
    session, _ = roster
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "sync.xlsx"
    target.write_bytes(b"old")
    real = os.replace

    def locked(src, dst):
        raise PermissionError(13, "in use")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(TargetLocked, match="请先关闭 Excel 中的文件"):
        export(session, tmp_path)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["sync.xlsx"]  # no temporary file left
    assert SyncExport.select().count() == 0
    monkeypatch.setattr(os, "replace", real)
    export(session, tmp_path)  # retry works
    assert zipfile.is_zipfile(target)


def test_tolerant_reading_title_row_blank_rows_text_numbers(roster, tmp_path):
    session, people = roster
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "置业顾问"
    ws.append(["盛世中央公馆 置业顾问名单 2026年11月23日"])
    ws.append([])
    ws.append([" ID ", "工 号", "姓名", "手机", "在用"])
    ws.append([str(people[0].id), "61", " 张磊 ", "139 0000 6001", "在用"])
    ws.append([None, None, None, None, None])
    ws.append([f"{people[1].id}.0", "６２", "杨帆", "１３９００００６００２", "Y"])
    ws.append([None, 67, "赵六", 13900006007.0, "是"])
    path = tmp_path / "hand.xlsx"
    wb.save(path)
    plan = sync.plan_import(session, path)
    assert not plan.has_errors, [i.text() for i in plan.all_issues]
    assert "不是本程序导出的" in plan.notes[0]
    assert plan.counts()["new"] == 1 and plan.counts()["change"] == 0 and plan.counts()["deactivate"] == 0
    new = [c for c in plan.changes if c.action == "new"][0]
    assert new.values["code"] == "67" and new.values["phone"] == "13900006007"


def test_errors_name_sheet_row_column_and_change_nothing(roster, tmp_path):
    session, people = roster
    result = export(session, tmp_path)

    def edits(ws):
        ws["C2"] = ""  # name required
        ws["E3"] = "也许"  # not a yes/no
        ws.append([9999, "70", "无此人", "", "是"])
        ws.append([None, "61", "重复工号", "", "是"])
        ws.append([None, "71", "打码", "139****0000", "是"])

    path = edit(result.path, tmp_path / "e.xlsx", edits)
    before = snapshot()
    plan = sync.plan_import(session, path)
    texts = [i.text() for i in plan.all_issues]
    assert "工作表“置业顾问”第 2 行“姓名”列：不能为空" in texts
    assert any(t.startswith("工作表“置业顾问”第 3 行“在用”列：") and "是" in t for t in texts)
    assert any("第 5 行" in t and "9999" in t for t in texts)
    assert any("第 6 行" in t and "61" in t for t in texts)  # duplicate code found by the service trial
    assert any("第 7 行“手机”列" in t for t in texts)
    with pytest.raises(sync.ImportRefused, match="还有 5 处错误，未导入任何内容"):
        sync.apply_import(session, plan, confirm_deactivate=True)
    assert snapshot() == before


def test_import_needs_permissions(roster, make_staff, tmp_path):
    session, _ = roster
    result = export(session, tmp_path)
    _, clerk = make_staff("reception", code="79")
    with pytest.raises(PermissionDenied, match="员工105（前台）无权从 Excel 导入名单"):
        sync.plan_import(clerk, result.path)
    # "import" without the domain's permission: changed rows are refused in the preview
    from desk.services.core.session import Session
    limited = Session(None, "只导入", ("x",), frozenset({"import", "export"}))
    path = edit(result.path, tmp_path / "e.xlsx", lambda ws: setattr(ws["C2"], "value", "改名"))
    plan = sync.plan_import(limited, path)
    assert plan.has_errors and any("无权" in i.message for i in plan.all_issues)


def test_apply_is_all_or_nothing(roster, tmp_path, monkeypatch):
    session, people = roster
    result = export(session, tmp_path)

    def edits(ws):
        ws["C2"] = "甲"
        ws["C3"] = "乙"

    plan = sync.plan_import(session, edit(result.path, tmp_path / "e.xlsx", edits))
    calls = {"n": 0}
    real = consultant_roster.update_consultant

    def flaky(*a, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(*a, **kw)

    monkeypatch.setattr(consultant_roster, "update_consultant", flaky)
    before = snapshot()
    with pytest.raises(RuntimeError, match="disk full"):
        sync.apply_import(session, plan)
    assert snapshot() == before


def test_cancel_during_export_leaves_no_file(roster, tmp_path):
    from desk.services.core.progress import Cancelled, Progress

    session, _ = roster
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled, match="已取消"):
        export(session, tmp_path, progress=progress)
    assert not list(tmp_path.iterdir())


def test_the_workbook_writes_names_not_the_programs_codes(database, admin, make_staff, tmp_path):
    """分配方式, 杯型, 动作 and 关联 were written as assign, china, skip, visit."""
    import re

    from desk.services.bar import stock
    from desk.services.reception import hall, rotation, visitors
    from desk.services.reception.visitors import Registration

    make_staff("consultant", name="张磊")
    _, b = make_staff("consultant", name="杨帆")
    item = stock.save_item(admin, name="龙井", category="茶", unit="包")
    stock.receive(admin, item.id, 10)
    visit = visitors.register_visit(admin, Registration(phone="13912345678", surname="王", party_size=1))
    hall.serve(admin, visit.id, 1, next(c for c in hall.drink_choices() if c.name == "龙井"), cup="china")
    rotation.skip(admin, b.staff_id, "忙")
    workbook = openpyxl.load_workbook(sync.export_workbook(admin, tmp_path / "sync.xlsx").path)
    code = re.compile(r"^[a-z][a-z0-9_]*$")
    found = {(ws.title, c.value) for ws in workbook.worksheets if not ws.title.startswith("_")
             for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str) and code.match(c.value)}
    assert not found
    rows = list(workbook["来访登记"].iter_rows(values_only=True))
    assert rows[1][rows[0].index("分配方式")] == "轮排接待"
    servings = list(workbook["饮品服务"].iter_rows(values_only=True))
    assert servings[1][servings[0].index("杯型")] == "瓷杯"
