"""Files that are not usable workbooks: each a clear Chinese error, and nothing changes."""
import os
import shutil
import subprocess
import zipfile

import openpyxl
import pytest

from desk.db.core import Staff
from desk.excel import reader, sync


def snapshot():
    return [(s.id, s.code, s.name, s.phone, s.active) for s in Staff.select().order_by(Staff.id)]


def plan_errors(session, path):
    try:
        plan = sync.plan_import(session, path)
    except reader.WorkbookError as exc:
        return [str(exc)]
    assert plan.has_errors
    with pytest.raises(sync.ImportRefused, match=r"还有 \d+ 处错误，未导入任何内容"):
        sync.apply_import(session, plan, confirm_deactivate=True)
    return [i.text() for i in plan.all_issues]


def consultant_book(path, rows, headers=("ID", "工号", "姓名", "手机", "在用"), title="置业顾问"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    if headers:
        ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_random_bytes(roster, tmp_path):
    session, _ = roster
    path = tmp_path / "x.xlsx"
    path.write_bytes(os.urandom(4096))
    before = snapshot()
    assert "不是 Excel 工作簿" in plan_errors(session, path)[0]
    assert snapshot() == before


def test_zip_without_workbook(roster, tmp_path):
    session, _ = roster
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "你好")
    assert "没有工作簿" in plan_errors(session, path)[0]


def test_damaged_workbook_xml(roster, tmp_path):
    session, _ = roster
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<not really")
    assert "无法读取" in plan_errors(session, path)[0]


def test_xls_csv_and_missing_files(roster, tmp_path):
    session, _ = roster
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert ".xls" in plan_errors(session, xls)[0]
    csv = tmp_path / "list.csv"
    csv.write_text("ID,工号,姓名\n,66,新人\n", encoding="utf-8")
    assert "CSV" in plan_errors(session, csv)[0]
    assert "找不到文件" in plan_errors(session, tmp_path / "none.xlsx")[0]


def test_no_importable_sheet(roster, tmp_path):
    session, _ = roster
    path = consultant_book(tmp_path / "x.xlsx", [[None, "66", "新人", "", "是"]], title="Sheet1")
    assert "没有可导入的工作表" in plan_errors(session, path)[0]


def test_wrong_or_missing_headers(roster, tmp_path):
    session, _ = roster
    wrong = consultant_book(tmp_path / "w.xlsx", [[1, 2, 3]], headers=("编号", "名字", "电话"))
    assert "找不到表头行" in plan_errors(session, wrong)[0]
    missing = consultant_book(tmp_path / "m.xlsx", [[None, "66", "新人"]], headers=("ID", "工号", "姓名"))
    assert "缺少列：手机、在用" in plan_errors(session, missing)[0]


def test_wrong_types(roster, tmp_path):
    session, people = roster
    path = consultant_book(tmp_path / "t.xlsx", [
        ["abc", "66", "新人", "", "是"],
        [None, "67", "新人二", "电话号码", "是"],
        [None, "68", "新人三", "", 3],
    ])
    before = snapshot()
    errors = plan_errors(session, path)
    assert any("第 2 行“ID”列：应为整数" in e for e in errors)
    assert any("第 3 行“手机”列" in e for e in errors)
    assert any("第 4 行“在用”列" in e for e in errors)
    assert snapshot() == before


def test_empty_sheet(roster, tmp_path):
    session, _ = roster
    headers_only = consultant_book(tmp_path / "e.xlsx", [])
    assert "没有数据行" in plan_errors(session, headers_only)[0]
    blank = consultant_book(tmp_path / "b.xlsx", [], headers=None)
    assert "找不到表头行" in plan_errors(session, blank)[0]


def test_million_rows_refused_without_loading(roster, tmp_path, monkeypatch):
    """A sheet of a million rows (crafted XML: no <dimension>) is refused after the row limit."""
    import tracemalloc

    session, _ = roster
    monkeypatch.setattr(reader, "MAX_ROWS", 2000)  # keeps the test quick; the real limit is 20,000
    path = tmp_path / "big.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    wb.create_sheet("置业顾问").append(["ID", "工号", "姓名", "手机", "在用"])
    wb.save(path)
    row_xml = '<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    with zipfile.ZipFile(path) as src:
        sheet = src.read("xl/worksheets/sheet1.xml").decode()
        parts = {n: src.read(n) for n in src.namelist()}
    head, tail = sheet.split("</sheetData>")
    parts["xl/worksheets/sheet1.xml"] = (head + row_xml * 1_000_000 + "</sheetData>" + tail).encode()
    assert len(parts["xl/worksheets/sheet1.xml"]) > 40_000_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    tracemalloc.start()
    errors = plan_errors(session, path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "上限" in errors[0]
    assert peak < 100 * 2**20  # streamed, not loaded


def test_declared_dimension_refused_at_once(roster, tmp_path):
    session, _ = roster
    path = consultant_book(tmp_path / "d.xlsx", [[None, "66", "新人", "", "是"]])
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    name = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    parts[name] = parts[name].replace(b'<dimension ref="A1:E2"/>', b'<dimension ref="A1:E1048576"/>')
    with zipfile.ZipFile(path, "w") as out:
        for n, data in parts.items():
            out.writestr(n, data)
    assert "1048576 行" in plan_errors(session, path)[0]


def test_user_workbook_is_only_read(roster, tmp_path):
    session, _ = roster
    path = consultant_book(tmp_path / "u.xlsx", [[None, "66", "新人", "", "是"]])
    data, mtime = path.read_bytes(), path.stat().st_mtime_ns
    plan = sync.plan_import(session, path)
    sync.apply_import(session, plan)
    assert path.read_bytes() == data and path.stat().st_mtime_ns == mtime
    assert Staff.get(Staff.code == "66").name == "新人"


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice not installed")
def test_libreoffice_opens_the_export(roster, tmp_path):
    session, _ = roster
    result = sync.export_workbook(session, tmp_path / "sync.xlsx")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    out = tmp_path / "pdf"
    proc = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to", "pdf",
         "--outdir", str(out), str(result.path)], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    pdf = out / "sync.pdf"
    assert pdf.exists() and pdf.stat().st_size > 1000
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "139****6003" in text and "2026-" in text  # CJK glyphs extract poorly; numbers and dates do
