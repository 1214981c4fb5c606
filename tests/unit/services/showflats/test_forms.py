import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desk.cli import main
from desk.db.showflats import Item
from desk.printing import render_form
from desk.printing.sources import documents_for
from desk.services.showflats import flats as showflats, workers
from desk.services.core.errors import NotFound, PermissionDenied, ValidationError
from desk.services.showflats.forms import flat_items_document


@pytest.fixture
def flat(supervisor):
    flat = showflats.add_flat(supervisor, "A户型 128㎡", rooms=["客厅"])
    showflats.add_item(supervisor, flat.id, "客厅", "三人位布艺沙发", "家私", 1, "12800")
    showflats.add_item(supervisor, flat.id, "客厅", "抱枕", "软装", 6, "180")
    return flat


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_item_list_from_a_check(flat, make_staff):
    _, attendant = make_staff("showflat", name="周敏")
    pillow = Item.get(Item.name == "抱枕")
    check = showflats.after_group_check(attendant, flat.id, [dict(item=pillow.id, status="缺失", counted=5,
                                                                   note="少一个")])
    docs = documents_for(attendant, "showflat_items", id=check.id)
    rows = docs[0]["tables"]["items"]
    assert [(r["item"], r.get("counted"), r.get("status")) for r in rows] == [
        ("三人位布艺沙发", 1, "完好"), ("抱枕", 5, "缺失")]
    assert docs[0]["fields"]["layout"] == "128㎡"
    text = pdf_text(render_form("showflat_items", documents=docs))
    assert "样板间物品清单" in text and "少一个" in text and "周敏" in text


def test_inspection_sheet_from_a_handover_check(flat, make_staff, settings):
    _, attendant = make_staff("showflat", name="周敏")
    pillow = showflats.items(flat.id).where(Item.name == "抱枕").get()
    check = showflats.record_check(attendant, flat.id, "handover", [
        dict(item=pillow.id, status="缺失", counted=5, note="少一个")], all_ok_rest=True)
    assert check.serial.startswith("XJ-")
    doc = documents_for(attendant, "showflat_inspection", id=check.id)[0]
    assert doc["fields"]["round"] == "交接班"
    rows = {r["item"]: r for r in doc["tables"]["checks"]}
    # a row per category counted and one for the whole list, each ticked once
    assert all(r["ok"] != r["fault"] for r in rows.values())
    counted = next(r for k, r in rows.items() if "软装清点" in k or "饰品清点" in k)
    assert counted["fault"] and "抱枕缺失" in counted["action"]
    total = next(r for k, r in rows.items() if "物品清点与清单相符" in k)
    assert total["fault"]
    text = pdf_text(render_form("showflat_inspection", documents=[doc]))
    assert check.serial in text and "少一个" in text
    after_group = showflats.record_check(attendant, flat.id, "after_group", [], all_ok_rest=True)
    with pytest.raises(ValidationError, match="第 .* 号检查是“一客一盘点”，不能印成这张表"):
        documents_for(attendant, "showflat_inspection", id=after_group.id)


def test_opening_check_prints_as_an_inspection_sheet(flat, make_staff, settings):
    from desk.services.inspections import rounds, templates

    _, attendant = make_staff("showflat", name="周敏")
    opening = templates.template_by_code("showflat_opening")
    item = {i.label: i for i in templates.items(opening.id)}
    done = rounds.record_round(attendant, opening.id, [dict(item=item["室温"].id, reading="28"),
                                                      dict(item=item["灯光"].id, status="异常", note="主卧灯带不亮")],
                               flat_id=flat.id, all_ok_rest=True)
    doc = documents_for(attendant, "inspection_sheet", id=done.id)[0]
    assert (doc["serial"], doc["fields"]["place"], doc["fields"]["template"]) == (
        done.serial, flat.name, "样板间开馆检查")
    rows = {r["item"]: r for r in doc["tables"]["checks"]}
    assert rows["灯光"]["fault"] and rows["灯光"]["action"].startswith("主卧灯带不亮；已登记事件 #")
    assert rows["室温（25–27 °C）"]["fault"] and rows["室温（25–27 °C）"]["value"] == "28 °C"
    text = pdf_text(render_form("inspection_sheet", documents=[doc]))
    assert done.serial in text and "主卧灯带不亮" in text
    with pytest.raises(NotFound, match="找不到巡检记录"):
        documents_for(attendant, "inspection_sheet", id=done.id + 1000)


def test_worker_log_for_a_day_masks_ids(flat, make_staff):
    _, attendant = make_staff("showflat", name="周敏")
    at = dt.datetime(2026, 11, 23, 10, 10)
    visit = workers.register_entry(attendant, "刘师傅", "宏达装饰", "110105198003154512", "维修灯具",
                                   flat_id=flat.id, at=at)
    workers.register_exit(attendant, visit.id, at=at + dt.timedelta(hours=1))
    doc = documents_for(attendant, "worker_log", day=dt.date(2026, 11, 23))[0]
    row = doc["tables"]["workers"][0]
    assert (row["id_no"], row["in_at"], row["out_at"]) == ("****4512", "10:10", "11:10")
    text = pdf_text(render_form("worker_log", documents=[doc]))
    assert "****4512" in text and "198003" not in text
    with pytest.raises(NotFound, match="没有找到“施工人员进出登记表”的记录"):
        documents_for(attendant, "worker_log", day=dt.date(2026, 1, 1))


def test_print_needs_permission(flat, make_staff):
    _, cleaner = make_staff("cleaner")
    with pytest.raises(PermissionDenied, match="员工102（保洁）无权打印表单"):
        flat_items_document(flat.id) and documents_for(cleaner, "worker_log", day=dt.date.today())


def test_desk_print_with_id(database, tmp_path, data_dir, capsys):
    from desk.db.connection import close_database
    from desk.services.demo import fill_demo

    fill_demo(days=3)
    from desk.db.inspections import Round, Template

    closing = Round.select().join(Template).where(Template.code == "showflat_closing").first()
    close_database()
    out = tmp_path / "x.pdf"
    assert main(["--data-dir", str(data_dir.root), "print", "inspection_sheet", "--id", str(closing.id),
                 "--out", str(out)]) == 0
    assert "样板间闭馆检查" in pdf_text(out.read_bytes())
    assert main(["--data-dir", str(data_dir.root), "print", "showflat_items", "--id", "99999",
                 "--out", str(out)]) == 1
