import datetime as dt
import io
from decimal import Decimal

import pytest

from desk.db.showflats import CheckAnswer, Flat, Incident, Item, Photo, QuantityChange
from desk.services.core import shifts
from desk.services.showflats import flats as showflats, workers
from desk.services.core.errors import NotFound, PermissionDenied, ValidationError
from desk.services.duty import handover


@pytest.fixture
def flat(supervisor):
    flat = showflats.add_flat(supervisor, "A户型 128㎡", rooms=["客厅", "主卧"])
    showflats.add_item(supervisor, flat.id, "客厅", "三人位布艺沙发", "家私", 1, "12800")
    showflats.add_item(supervisor, flat.id, "客厅", "抱枕", "软装", 6, "180.5")
    showflats.add_item(supervisor, flat.id, "主卧", "四件套床品", "布草", 1, 1680)
    return flat


@pytest.fixture
def attendant(make_staff):
    return make_staff("showflat", name="周敏")[1]


def item_named(flat, name):
    return Item.get((Item.flat == flat) & (Item.name == name))


def png_bytes(size=(40, 30)):
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_items_keep_money_as_decimal(flat):
    pillow = item_named(flat, "抱枕")
    assert pillow.value == Decimal("180.50")
    assert pillow.expected_qty == 6
    assert pillow.room.name == "客厅"


def test_attendant_cannot_edit_list(flat, attendant):
    with pytest.raises(PermissionDenied, match="周敏（样板间客服）无权样板间物品维护、事件处理"):
        showflats.add_item(attendant, flat.id, "客厅", "花瓶", "饰品", 1, 100)


def test_copy_flat_copies_rooms_and_items(flat, supervisor):
    copy = showflats.copy_flat(supervisor, flat.id, "A户型 128㎡（二号）")
    assert [r.name for r in showflats.rooms(copy.id)] == ["客厅", "主卧"]
    assert sorted(i.name for i in showflats.items(copy.id)) == sorted(i.name for i in showflats.items(flat.id))
    assert item_named(copy, "抱枕").expected_qty == 6
    with pytest.raises(ValidationError, match="样板间 A户型 128㎡（二号） 已存在"):
        showflats.copy_flat(supervisor, flat.id, "A户型 128㎡（二号）")


def test_missing_and_damaged_open_incidents(flat, attendant):
    pillow, sofa = item_named(flat, "抱枕"), item_named(flat, "三人位布艺沙发")
    check = showflats.after_group_check(attendant, flat.id, [
        dict(item=pillow.id, status="缺失", counted=5, note="少一个"),
        dict(item=sofa.id, status="损坏", note="扶手划痕", photo=png_bytes()),
        dict(item=item_named(flat, "四件套床品").id, status="移位"),
    ])
    assert check.closed_at is not None
    opened = showflats.open_incidents()
    assert {(i.item.name, i.kind, i.status) for i in opened} == {("抱枕", "缺失", "登记"), ("三人位布艺沙发", "损坏", "登记")}
    missing = next(i for i in opened if i.kind == "缺失")
    assert missing.proposed_qty == 5
    damaged = next(i for i in opened if i.kind == "损坏")
    assert damaged.photo is not None
    # every answer records who and when
    answers = list(CheckAnswer.select().where(CheckAnswer.check == check))
    assert len(answers) == 3
    assert all(a.staff_id == attendant.staff_id and a.at for a in answers)
    # the expected quantity did not change by itself
    assert item_named(flat, "抱枕").expected_qty == 6


def test_supervisor_confirmation_changes_quantity(flat, attendant, supervisor):
    pillow = item_named(flat, "抱枕")
    showflats.after_group_check(attendant, flat.id, [dict(item=pillow.id, status="缺失", counted=5)])
    incident = showflats.open_incidents()[0]
    with pytest.raises(PermissionDenied, match="周敏（样板间客服）无权样板间物品维护、事件处理"):
        showflats.confirm_quantity(attendant, pillow.id, 5, incident_id=incident.id)
    assert item_named(flat, "抱枕").expected_qty == 6
    change = showflats.confirm_quantity(supervisor, pillow.id, incident.proposed_qty, incident_id=incident.id,
                                        reason="确认丢失一个")
    assert (change.old_qty, change.new_qty) == (6, 5)
    assert item_named(flat, "抱枕").expected_qty == 5
    with pytest.raises(ValidationError, match="数量不能为负数"):
        showflats.confirm_quantity(supervisor, pillow.id, -1)
    assert QuantityChange.select().count() == 1


def test_incident_flow_forward_only(flat, attendant, supervisor):
    sofa = item_named(flat, "三人位布艺沙发")
    showflats.after_group_check(attendant, flat.id, [dict(item=sofa.id, status="损坏")])
    incident = showflats.open_incidents()[0]
    assert showflats.advance_incident(attendant, incident.id).status == "已上报"
    with pytest.raises(PermissionDenied, match="周敏（样板间客服）无权样板间物品维护、事件处理"):
        showflats.advance_incident(attendant, incident.id)
    showflats.advance_incident(supervisor, incident.id, "已处理", "已返厂维修")
    with pytest.raises(ValidationError, match="事件已是“已处理”，不能退回"):
        showflats.advance_incident(supervisor, incident.id, "登记")
    showflats.advance_incident(supervisor, incident.id, "关闭")
    assert showflats.open_incidents() == []
    from desk.db.showflats import IncidentEvent
    events = IncidentEvent.select().where(IncidentEvent.incident == incident.id).order_by(IncidentEvent.id)
    assert [e.status for e in events] == ["登记", "已上报", "已处理", "关闭"]


def test_close_refused_with_unanswered_items_lists_them(flat, attendant):
    check = showflats.start_check(attendant, flat.id, "handover")
    showflats.answer_item(attendant, check.id, item_named(flat, "抱枕").id, "正常", counted=6)
    with pytest.raises(showflats.CheckIncomplete, match="还有 2 项未检查，不能结束：三人位布艺沙发、四件套床品") as info:
        showflats.close_check(attendant, check.id)
    assert set(info.value.missing) == {"三人位布艺沙发", "四件套床品"}
    assert "三人位布艺沙发" in info.value.message and "2 项" in info.value.message
    assert showflats.get_check(check.id).closed_at is None
    showflats.mark_rest_ok(attendant, check.id)
    assert showflats.close_check(attendant, check.id).closed_at is not None


def test_correction_is_a_new_answer(flat, attendant):
    pillow = item_named(flat, "抱枕")
    check = showflats.start_check(attendant, flat.id, "handover")
    showflats.answer_item(attendant, check.id, pillow.id, "正常", counted=6)
    showflats.answer_item(attendant, check.id, pillow.id, "正常", counted=4)  # a recount
    answers = list(CheckAnswer.select().where(CheckAnswer.item == pillow).order_by(CheckAnswer.id))
    assert len(answers) == 2
    assert answers[1].corrects_id == answers[0].id
    assert answers[1].status == "缺失"  # fewer than expected
    assert showflats.latest_answers(check.id)[pillow.id].counted == 4


def test_closed_check_is_corrected_by_a_supervisor_with_a_reason(flat, attendant, supervisor):
    from desk.db.core import AuditEntry

    pillow = item_named(flat, "抱枕")
    check = showflats.start_check(attendant, flat.id, "handover")
    showflats.mark_rest_ok(attendant, check.id)
    showflats.close_check(attendant, check.id)
    with pytest.raises(ValidationError, match="已结束"):
        showflats.answer_item(attendant, check.id, pillow.id, "缺失", counted=5)
    with pytest.raises(PermissionDenied, match="周敏（样板间客服）无权样板间物品维护、事件处理"):
        showflats.correct_answers(attendant, check.id, [dict(item=pillow.id, status="缺失", counted=5)], "看漏")
    with pytest.raises(ValidationError, match="更正原因"):
        showflats.correct_answers(supervisor, check.id, [dict(item=pillow.id, status="缺失", counted=5)], " ")
    before = CheckAnswer.get((CheckAnswer.check == check) & (CheckAnswer.item == pillow))
    opened = showflats.correct_answers(supervisor, check.id, [dict(item=pillow.id, status="正常", counted=5)],
                                       "交接时看漏一个")
    latest = showflats.latest_answers(check.id)[pillow.id]
    assert (latest.status, latest.counted, latest.corrects_id, latest.note) == ("缺失", 5, before.id, "交接时看漏一个")
    assert CheckAnswer.get_by_id(before.id).status == "正常"  # the first answer stays as it was
    assert [i.item_id for i in opened] == [pillow.id]  # a missing item opens its incident
    assert AuditEntry.get(AuditEntry.action == "correct", AuditEntry.entity == "showflat_answers").note \
        == "交接盘点 交接时看漏一个"
    open_check = showflats.start_check(attendant, flat.id, "after_group")
    with pytest.raises(ValidationError, match="还没结束"):
        showflats.correct_answers(supervisor, open_check.id, [dict(item=pillow.id, status="正常")], "x")


def test_bad_input_saves_nothing(flat, attendant, supervisor, tmp_path):
    before = CheckAnswer.select().count(), Incident.select().count(), Photo.select().count()
    pillow = item_named(flat, "抱枕")
    with pytest.raises(ValidationError, match="不能为负数"):
        showflats.after_group_check(attendant, flat.id, [dict(item=pillow.id, status="缺失", counted=-1)])
    not_image = tmp_path / "照片.jpg"
    not_image.write_text("这不是图片")
    with pytest.raises(ValidationError, match="不是图片"):
        showflats.after_group_check(attendant, flat.id, [dict(item=pillow.id, status="损坏", photo=str(not_image))])
    with pytest.raises(NotFound, match="找不到样板间"):
        showflats.after_group_check(attendant, 999, [])
    with pytest.raises(ValidationError, match="不能为负数"):
        showflats.add_item(supervisor, flat.id, "客厅", "花瓶", "饰品", -2, 100)
    with pytest.raises(ValidationError, match="未知的物品类别"):
        showflats.add_item(supervisor, flat.id, "客厅", "花瓶", "杂物", 1, 100)
    assert (CheckAnswer.select().count(), Incident.select().count(), Photo.select().count()) == before
    from desk.db.showflats import Check
    assert Check.select().count() == 0
    assert Item.select().count() == 3


def test_huge_photo_is_scaled_down(flat, supervisor, tmp_path, settings):
    from PIL import Image

    path = tmp_path / "big.bmp"  # 13 MB raw
    Image.effect_noise((2400, 1800), 40).convert("RGB").save(path)
    item = showflats.add_item(supervisor, flat.id, "客厅", "装饰画", "饰品", 1, 960, photo=str(path))
    photo = item.photo
    assert max(photo.width, photo.height) <= 1600
    assert len(photo.data) <= 1_000_000
    assert photo.data[:3] == b"\xff\xd8\xff"


def test_unknown_item_in_check(flat, attendant, supervisor):
    other = showflats.add_flat(supervisor, "B户型 89㎡", rooms=["客厅"])
    foreign = showflats.add_item(supervisor, other.id, "客厅", "电视", "电器", 1, 3999)
    check = showflats.start_check(attendant, flat.id, "after_group")
    with pytest.raises(NotFound, match="物品 4 不在 A户型 128㎡ 的清单上"):
        showflats.answer_item(attendant, check.id, foreign.id, "正常")


def test_items_not_checked_report(flat, attendant):
    at = dt.datetime(2026, 11, 23, 12, 0)
    assert len(showflats.items_not_checked(7, at=at)) == 3  # never checked
    check = showflats.start_check(attendant, flat.id, "after_group")
    showflats.save_answers(attendant, check.id, [dict(item=item_named(flat, "抱枕").id, status="正常")],
                           at=at - dt.timedelta(days=2))
    stale = showflats.items_not_checked(7, at=at)
    assert {s.item.name for s in stale} == {"三人位布艺沙发", "四件套床品"}
    assert {s.item.name for s in showflats.items_not_checked(1, at=at)} == {"三人位布艺沙发", "四件套床品", "抱枕"}


def test_handover_due_counts_the_stale_items(flat, attendant, settings):
    """The overview's 'N items not counted for D days' agrees with the report behind it."""
    settings.set("showflat_stale_days", 7)
    at = dt.datetime(2026, 11, 23, 12, 0)
    check = showflats.start_check(attendant, flat.id, "after_group")
    showflats.save_answers(attendant, check.id, [dict(item=item_named(flat, "抱枕").id, status="正常")],
                           at=at - dt.timedelta(days=2))
    assert showflats.stale_counts(at=at) == {flat.id: len(showflats.items_not_checked(at=at))} == {flat.id: 2}
    handover = [d for d in showflats.checks_due(at) if d.kind == "handover"]
    assert [d.params["n"] for d in handover] == [2]


def test_history_of_flat_and_item(flat, attendant, supervisor):
    pillow = item_named(flat, "抱枕")
    showflats.after_group_check(attendant, flat.id, [dict(item=pillow.id, status="缺失", counted=5)])
    showflats.confirm_quantity(supervisor, pillow.id, 5, reason="丢失")
    item_rows = showflats.history(item_id=pillow.id)
    assert {r.event for r in item_rows} >= {"一客一盘点", "数量确认"}
    flat_rows = showflats.history(flat_id=flat.id)
    assert any(r.item == "抱枕" and "缺失" in r.detail for r in flat_rows)


def test_checks_due(flat, attendant, settings):
    """The opening and closing checks are the show-flat inspection templates' rounds."""
    from desk.services.inspections import flat_rounds, rounds, templates

    at = dt.datetime(2026, 11, 23, 18, 30)
    due = {d.kind: d.text for d in flat_rounds.checks_due(at)}
    assert due["showflat_opening"] == "A户型 128㎡ 已逾期：样板间开馆检查"
    assert due["showflat_closing"] == "A户型 128㎡ 待做：样板间闭馆检查"
    opening = templates.template_by_code("showflat_opening")
    reading = next(i for i in templates.items(opening.id) if i.kind == "reading")
    rounds.record_round(attendant, opening.id, [dict(item=reading.id, reading=26)], flat_id=flat.id,
                        all_ok_rest=True, at=at.replace(hour=9))
    assert "showflat_opening" not in {d.kind for d in flat_rounds.checks_due(at)}
    with pytest.raises(ValidationError, match="未知的检查类型"):
        showflats.start_check(attendant, flat.id, "opening")


def test_workers_log_masks_id_and_blocks_handover(flat, attendant):
    shifts.open_shift(attendant)
    visit = workers.register_entry(attendant, "刘师傅", "宏达装饰", "110105198003154512", "维修灯具",
                                   flat_id=flat.id)
    assert visit.id_last4 == "4512"
    assert workers.masked_id(visit) == "****4512"
    assert "154512" not in str(visit.__data__)
    assert [v.name for v in workers.workers_inside()] == ["刘师傅"]
    with pytest.raises(handover.ShiftCannotClose, match="施工人员 刘师傅（宏达装饰）.* 进场尚未登记离场"):
        handover.close_shift(attendant)
    workers.register_exit(attendant, visit.id)
    assert workers.workers_inside() == []
    handover.close_shift(attendant)
    with pytest.raises(ValidationError, match="证件号码请填写 4 到 20 位数字或字母"):
        workers.register_entry(attendant, "王", "", "12", "x")
    with pytest.raises(NotFound, match="找不到样板间：999"):
        workers.register_entry(attendant, "王", "", "123456", "维修", flat_id=999)


def test_demo_step(database):
    from desk.services.demo import fill_demo

    fill_demo(days=10, today=dt.date.today())
    assert Flat.select().count() == 2
    assert Item.select().count() > 40
    assert showflats.open_incidents()
    assert workers.workers_inside()


def test_photo_limits(flat, supervisor, monkeypatch, tmp_path):
    from desk.services.showflats import photos

    monkeypatch.setattr(photos, "MAX_INPUT_PIXELS", 100)
    with pytest.raises(ValidationError, match="像素太多"):
        showflats.add_item(supervisor, flat.id, "客厅", "画", "饰品", 1, 1, photo=png_bytes((40, 30)))
    monkeypatch.setattr(photos, "MAX_INPUT_BYTES", 10)
    path = tmp_path / "a.png"
    path.write_bytes(png_bytes())
    with pytest.raises(ValidationError, match="照片文件太大"):
        showflats.add_item(supervisor, flat.id, "客厅", "画", "饰品", 1, 1, photo=str(path))
    assert Photo.select().count() == 0 and Item.select().count() == 3
    assert photos.sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "WEBP"
    assert photos.sniff(b"%PDF-1.4") is None
