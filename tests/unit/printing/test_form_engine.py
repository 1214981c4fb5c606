"""The renderer and the template loader: errors with file and line, logo, fonts, batches."""
import io
import re
import threading

import pytest
from pypdf import PdfReader

from desk.printing import TemplateError, load_template, next_serial, render_form
from desk.printing import sources
from desk.printing.templates import parse_template
from desk.services.core.errors import NotFound, ValidationError
from desk.services.core.progress import Cancelled, Progress

GOOD = '''title = "测试单"
serial = "CS"
columns = 2
signatures = ["经办人"]

[[fields]]
key = "owner"
label = "业主"

[[fields]]
key = "room"
label = "房号"

[[tables]]
key = "items"
columns = [
  { key = "name", label = "名称" },
  { key = "amount", label = "金额", kind = "money", sum = true },
]

[sample.fields]
owner = "张三"
'''


def text_of(data: bytes) -> str:
    return re.sub(r"[\s\u00a0]+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def pages_of(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "forms"
    path.mkdir()
    return path


def write(folder, key, text):
    path = folder / f"{key}.toml"
    path.write_text(text, encoding="utf-8")
    return path


# -- bad templates ----------------------------------------------------------------------------
def test_toml_syntax_error_names_file_and_line(folder, settings):
    write(folder, "bad", GOOD.replace('label = "房号"', 'label = "房号'))
    with pytest.raises(TemplateError, match=r"bad\.toml 第 12 行：TOML 格式错误") as info:
        render_form("bad", blank=True, folder=folder)
    err = info.value
    assert err.file.endswith("bad.toml") and err.line == 12
    assert "bad.toml" in str(err) and "第 12 行" in str(err) and "TOML" in str(err)


def test_unknown_setting_in_field_names_its_line(folder):
    write(folder, "typo", GOOD.replace('label = "房号"', 'lable = "房号"'))
    with pytest.raises(TemplateError, match=r"typo\.toml 第 12 行：第 2 个字段中有不认识的设置“lable”") as info:
        load_template("typo", folder)
    assert info.value.line == 12
    assert "lable" in str(info.value)


def test_sample_value_for_unknown_field_names_its_line(folder):
    write(folder, "unknown", GOOD + 'ownr = "李四"\n')
    with pytest.raises(TemplateError, match="示例数据中的字段“ownr”在模板中没有定义") as info:
        load_template("unknown", folder)
    assert info.value.line == GOOD.count("\n") + 1
    assert "ownr" in str(info.value) and "unknown.toml" in str(info.value)


def test_unknown_column_in_sample_table(folder):
    text = GOOD + '\n[sample.tables]\nitems = [\n  { name = "a", amout = 1 },\n]\n'
    write(folder, "col", text)
    with pytest.raises(TemplateError, match="示例表格“items”中的列“amout”在模板中没有定义") as info:
        load_template("col", folder)
    assert info.value.line == text.splitlines().index('  { name = "a", amout = 1 },') + 1


def test_form_setting_after_a_section_is_explained(folder):
    write(folder, "late", GOOD.replace("[sample.fields]", 'notes = ["x"]\n\n[sample.fields]', 1)
          .replace('signatures = ["经办人"]\n', ""))
    with pytest.raises(TemplateError, match="“notes”是整张表单的设置，应写在文件开头"):
        load_template("late", folder)


@pytest.mark.parametrize("change, problem", [
    (('paper = "A4"', 'paper = "A9"'), "A9"),
    (('key = "room"', 'key = "Room No"'), "Room No"),
    (('kind = "money"', 'kind = "currency"'), "currency"),
    (('serial = "CS"', 'serial = "cs1"'), "cs1"),
])
def test_bad_values_are_refused_with_line(folder, change, problem):
    base = GOOD.replace('title = "测试单"', 'title = "测试单"\npaper = "A4"')
    write(folder, "val", base.replace(*change))
    with pytest.raises(TemplateError, match=rf"val\.toml 第 \d+ 行：.*{re.escape(problem)}"):
        load_template("val", folder)


def test_not_utf8(folder):
    (folder / "gbk.toml").write_bytes(GOOD.encode("gbk"))
    with pytest.raises(TemplateError, match=r"gbk\.toml 第 1 行：文件不是 UTF-8 编码，请用 UTF-8 保存"):
        load_template("gbk", folder)


def test_unknown_form_key(folder):
    with pytest.raises(NotFound, match="没有这个表单：nope"):
        load_template("nope", folder)
    with pytest.raises(NotFound, match=r"没有这个表单：\.\./etc/passwd"):
        load_template("../etc/passwd", folder)


def test_template_is_cached_until_the_file_changes(folder):
    path = write(folder, "cached", GOOD)
    first = load_template("cached", folder)
    assert load_template("cached", folder) is first
    path.write_text(GOOD.replace("测试单", "测试单二"), encoding="utf-8")
    import os
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10_000_000))
    assert load_template("cached", folder).title == "测试单二"


# -- rendering --------------------------------------------------------------------------------
def test_filled_documents_and_totals(folder, settings):
    write(folder, "t", GOOD)
    data = render_form("t", folder=folder, documents=[{
        "fields": {"owner": "王五", "room": "1-101", "not_in_template": "ignored"},
        "tables": {"items": [{"name": "物业费", "amount": "1250.5"}, {"name": "车位费", "amount": 80}]},
        "serial": "CS-20261123-007", "signatures": {"经办人": "陈静"},
    }])
    text = text_of(data)
    for value in ("王五", "1-101", "物业费", "1,250.50", "80.00", "1,330.50", "CS-20261123-007", "陈静"):
        assert value in text
    assert "ignored" not in text


def test_bad_documents_are_refused(folder, settings):
    write(folder, "t", GOOD)
    with pytest.raises(ValidationError, match="请选择一种：空白表、示例数据或记录数据"):
        render_form("t", folder=folder)
    with pytest.raises(ValidationError, match="请选择一种：空白表、示例数据或记录数据"):
        render_form("t", folder=folder, blank=True, sample=True)
    with pytest.raises(ValidationError, match="没有要打印的记录"):
        render_form("t", folder=folder, documents=[])
    with pytest.raises(ValidationError,
                       match="第 1 份表单数据有不认识的部分：field（可用 fields、options、presets、serial、signatures、tables、text）") as info:
        render_form("t", folder=folder, documents=[{"field": {}}])
    assert "field" in str(info.value)
    with pytest.raises(ValidationError, match="表格“items”的第 1 行不是“列名: 值”的字典"):
        render_form("t", folder=folder, documents=[{"tables": {"items": ["not a row"]}}])


def test_writes_atomically_and_returns_path(tmp_path, settings):
    out = tmp_path / "sub" / "slip.pdf"
    result = render_form("repair_slip", out, blank=True)
    assert result == out and out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.parent.iterdir()] == ["slip.pdf"]


def test_missing_logo_renders_without_it_and_warns(tmp_path, settings, caplog):
    settings.set("logo_path", str(tmp_path / "no-such-logo.png"))
    warnings = []
    data = render_form("repair_slip", blank=True, warnings=warnings)
    assert "室内维修联系单" in text_of(data)
    assert len(warnings) == 1 and "no-such-logo.png" in warnings[0]
    assert "no-such-logo.png" in caplog.text


def test_logo_and_header_from_settings(tmp_path, settings):
    from PySide6.QtGui import QColor, QImage

    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2060a0"))
    logo = tmp_path / "logo.png"
    assert image.save(str(logo))
    settings.set("logo_path", str(logo))
    settings.set("company_name", "日照金港物业服务有限公司")
    settings.set("project_name", "金港花园")
    warnings = []
    data = render_form("fee_notice", blank=True, warnings=warnings)
    assert warnings == []
    assert b"/Subtype /Image" in data or b"/Subtype/Image" in data
    text = text_of(data)
    assert "日照金港物业服务有限公司" in text and "金港花园" in text


def test_characters_outside_the_font_still_render_the_rest(settings):
    warnings = []
    data = render_form("repair_slip", documents=[{"fields": {"owner": "张😀三", "room": "𠀀号楼", "content": "室温 26℃"}}],
                       warnings=warnings)
    text = text_of(data)
    assert "张〓三" in text and "〓号楼" in text and "室温26°C" in text
    assert len(warnings) == 1 and "😀" in warnings[0] and "𠀀" in warnings[0]


def test_long_table_flows_onto_pages_with_header_repeated(settings):
    rows = [{"time": f"{i}", "caller": f"来电人{i}", "content": "咨询物业费" * (i % 4 + 1)} for i in range(80)]
    data = render_form("call_log", documents=[{"tables": {"calls": rows}}])
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 3
    for n, page in enumerate(reader.pages, 1):
        page_text = re.sub(r"[\s\u00a0]+", "", page.extract_text())
        assert "来电内容" in page_text  # the header row on every page
        assert f"第{n}页/共{len(reader.pages)}页" in page_text
    assert "来电人79" in text_of(data)


def body_text(data: bytes) -> str:
    """The text of every page in drawing order, without the running header and footer."""
    parts = []
    for page in PdfReader(io.BytesIO(data)).pages:
        height = float(page.mediabox.height)

        def keep(text, cm, tm, *_):
            y = cm[5] + tm[5] * cm[3]
            if 16 * 72 / 25.4 < y < height - 21 * 72 / 25.4:
                parts.append(text)

        page.extract_text(visitor_text=keep)
    return re.sub(r"[\s\u00a0]+", "", "".join(parts))


def test_text_too_long_for_a_cell_is_never_cut(settings):
    huge = "卫生间漏水" * 600 + "结尾标记"
    cell = "很长的处理结果" * 300 + "表格结尾"
    data = render_form("repair_slip", documents=[{
        "fields": {"content": huge, "owner": "A" * 200 + "Z"},
        "tables": {"materials": [{"name": cell}]},
    }])
    text = body_text(data)
    assert "附页" in text and "见附页1" in text
    assert "结尾标记" in text and "表格结尾" in text and "A" * 200 + "Z" in text
    assert text.count("卫生间漏水") == 600


def test_batch_one_pdf_each_document_on_new_page_with_own_page_count(settings):
    docs = [{"fields": {"owner": f"业主{i}", "room": f"1-{i}01"}} for i in range(1, 6)]
    reports = []
    progress = Progress(lambda done, total, text: reports.append((done, total)))
    data = render_form("fee_notice", documents=docs, progress=progress)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 5
    for i, page in enumerate(reader.pages, 1):
        page_text = re.sub(r"[\s\u00a0]+", "", page.extract_text())
        assert f"业主{i}" in page_text and "第1页/共1页" in page_text
    assert reports[-1] == (5, 5) and len(reports) == 5


def test_batch_cancel(settings):
    docs = [{"fields": {"owner": f"业主{i}"}} for i in range(50)]
    progress = Progress()

    def report(done, total, text):
        if done == 3:
            progress.cancel()

    progress._report = report
    with pytest.raises(Cancelled, match="已取消"):
        render_form("fee_notice", documents=docs, progress=progress)


# -- serial numbers ---------------------------------------------------------------------------
def test_serials_unique_per_form_and_day_never_reused(database, data_dir):
    assert next_serial("repair_slip", "2026-11-23") == "BX-20261123-001"
    assert next_serial("repair_slip", "2026-11-23") == "BX-20261123-002"
    assert next_serial("repair_slip", "2026-11-24") == "BX-20261124-001"
    assert next_serial("repair_charge", "2026-11-23") == "SF-20261123-001"
    # reopening the database does not reuse a number
    from desk.db.connection import close_database, open_database

    close_database()
    open_database(data_dir.target)
    assert next_serial("repair_slip", "2026-11-23") == "BX-20261123-003"


def test_serials_from_threads_are_unique(database):
    import datetime as dt

    from desk.db.base import db

    got, errors = [], []

    def take():
        try:
            for _ in range(10):
                got.append(next_serial("fee_notice", dt.date(2026, 11, 23)))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(got) == len(set(got)) == 40
    assert max(got) == "JF-20261123-040"


def test_serial_refused_for_form_without_prefix_or_bad_day(database):
    with pytest.raises(ValidationError, match="表单“业主来电登记记录表”没有编号"):
        next_serial("call_log", "2026-11-23")
    with pytest.raises(ValidationError, match="日期格式不对：23/11/2026（应为 YYYY-MM-DD）"):
        next_serial("repair_slip", "23/11/2026")


# -- sources ----------------------------------------------------------------------------------
def test_form_without_source_says_so(database, admin, monkeypatch):
    monkeypatch.delitem(sources.SOURCES, "repair_slip", raising=False)  # a form without a source
    with pytest.raises(NotFound, match="表单“室内维修联系单”还不能从记录打印（尚无数据来源），可打印空白表或示例") as info:
        sources.documents_for(admin, "repair_slip", id=1)
    assert "室内维修联系单" in str(info.value) and "数据来源" in str(info.value)


def fake_source(session, *, id=None, day=None):
    return [{"fields": {"owner": f"记录{id}"}}] if id == 7 else []


def test_source_is_called(database, admin, monkeypatch):
    monkeypatch.setitem(sources.SOURCES, "repair_slip", fake_source)
    assert sources.documents_for(admin, "repair_slip", id=7) == [{"fields": {"owner": "记录7"}}]
    with pytest.raises(NotFound, match="没有找到“室内维修联系单”的记录"):
        sources.documents_for(admin, "repair_slip", id=8)
    with pytest.raises(ValidationError, match="请指定记录编号或日期"):
        sources.documents_for(admin, "repair_slip")
