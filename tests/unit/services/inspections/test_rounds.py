"""Doing a round: answers by kind, failures raising incidents or work orders, corrections."""
import datetime as dt
import io
from decimal import Decimal

import pytest

from desk.db.inspections import PlaceIncident, RoundAnswer, WorkOrder
from desk.services.core.errors import NotFound, PermissionDenied, ValidationError
from desk.services.inspections import incidents, rounds, templates, workorders
from desk.services.inspections.templates import ItemSpec, TemplateSpec
from desk.services.showflats import flats as showflats

AT = dt.datetime(2026, 11, 23, 9, 5)


@pytest.fixture
def guard(make_staff):
    return make_staff("guard", name="何伟")[1]


@pytest.fixture
def hall(supervisor):
    return templates.create_template(supervisor, TemplateSpec("大厅测试检查", "hall", "reception", "opening",
                                                              at_time="08:30"), [
        ItemSpec("灯光全部点亮", area="大厅"),
        ItemSpec("室内温度", kind="reading", low="25", high="27", unit="°C"),
        ItemSpec("沙盘模型", kind="count", expected=1, photo_on_fail=True),
        ItemSpec("灭火器在位", kind="yesno"),
        ItemSpec("空调运行正常", on_fail="work_order"),
        ItemSpec("其他情况", kind="note", note_on_fail=False),
    ])


def items_of(template):
    return {i.label: i for i in templates.items(template.id)}


def png_bytes():
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_a_reading_out_of_limits_raises_an_incident(hall, make_staff):
    host = make_staff("reception", name="陈静")[1]
    item = items_of(hall)
    done = rounds.record_round(host, hall.id, [dict(item=item["室内温度"].id, reading="28.5", note="空调不制冷")],
                               all_ok_rest=True, at=AT)
    answer = rounds.latest_answers(done.id)[item["室内温度"].id]
    assert answer.status == "异常" and answer.reading == Decimal("28.50")
    found, orders = rounds.followups(done.id)
    assert [(i.place, i.what, i.kind, i.status, i.note) for i in found] == [
        ("销售大厅", "室内温度", "异常", "登记", "空调不制冷")]
    assert orders == []
    assert incidents.open_count() == 1


def test_a_reading_within_limits_is_normal_and_raises_nothing(hall, make_staff):
    host = make_staff("reception")[1]
    done = rounds.record_round(host, hall.id, [dict(item=items_of(hall)["室内温度"].id, reading="26")],
                               all_ok_rest=True, at=AT)
    assert rounds.fault_counts([done.id]) == {done.id: 0}
    assert PlaceIncident.select().count() == 0


def test_a_reading_must_be_a_number_and_nothing_is_saved(hall, make_staff):
    host = make_staff("reception")[1]
    with pytest.raises(ValidationError, match="请填数字"):
        rounds.record_round(host, hall.id, [dict(item=items_of(hall)["室内温度"].id, reading="热")],
                            all_ok_rest=True, at=AT)
    assert rounds.rounds().count() == 0


def test_all_ok_leaves_the_reading_to_be_read(hall, make_staff):
    host = make_staff("reception")[1]
    started = rounds.start_round(host, hall.id, at=AT)
    assert rounds.mark_rest_ok(host, started.id) == 5
    assert rounds.unanswered(started.id) == ["室内温度"]
    with pytest.raises(rounds.RoundIncomplete, match="室内温度"):
        rounds.close_round(host, started.id)
    sheet = {row.item.label: row for row in rounds.round_sheet(started.id)}
    assert sheet["沙盘模型"].answer.counted == 1
    assert sheet["灭火器在位"].answer.choice == "是"


def test_a_failure_needs_its_note_and_photo(hall, make_staff):
    host = make_staff("reception")[1]
    item = items_of(hall)
    with pytest.raises(ValidationError, match="请写明情况"):
        rounds.record_round(host, hall.id, [dict(item=item["灯光全部点亮"].id, status="异常"),
                                            dict(item=item["室内温度"].id, reading=26)], all_ok_rest=True, at=AT)
    with pytest.raises(ValidationError, match="请附照片"):
        rounds.record_round(host, hall.id, [dict(item=item["沙盘模型"].id, counted=0, note="不见了"),
                                            dict(item=item["室内温度"].id, reading=26)], all_ok_rest=True, at=AT)
    done = rounds.record_round(host, hall.id, [dict(item=item["沙盘模型"].id, counted=0, note="不见了",
                                                    photo=png_bytes()),
                                               dict(item=item["室内温度"].id, reading=26)], all_ok_rest=True, at=AT)
    incident = PlaceIncident.get(PlaceIncident.round == done.id)
    assert (incident.what, incident.kind, incident.photo_id is not None) == ("沙盘模型", "缺失", True)


def test_a_failed_item_can_raise_a_work_order(hall, make_staff):
    host = make_staff("reception", name="陈静")[1]
    item = items_of(hall)
    done = rounds.record_round(host, hall.id, [dict(item=item["空调运行正常"].id, status="异常", note="3 号机不制冷"),
                                               dict(item=item["室内温度"].id, reading=26)], all_ok_rest=True, at=AT)
    found, orders = rounds.followups(done.id)
    assert found == []
    assert [(o.place, o.asset, o.status, o.reported_by.name) for o in orders] == [
        ("销售大厅", "空调运行正常", "reported", "陈静")]
    assert "3 号机不制冷" in orders[0].description


def test_an_item_with_the_longest_area_and_label_still_raises_its_work_order(supervisor, make_staff):
    """An item may have a 32-character area and a 120-character label; its failure names it whole in
    the work order (the order's 设施设备 once allowed 64 characters and refused the round's follow-up)."""
    area, label = "东" * 32, "空调运行正常" * 20
    template = templates.create_template(supervisor, TemplateSpec("长名检查", "hall", "reception", "opening"),
                                         [ItemSpec(label, area=area, on_fail="work_order")])
    host = make_staff("reception", name="陈静")[1]
    [item] = templates.items(template.id)
    done = rounds.record_round(host, template.id, [dict(item=item.id, status="异常", note="不制冷")], at=AT)
    _found, [order] = rounds.followups(done.id)
    assert order.asset == f"{area} {label}"


def test_a_yes_no_item_is_normal_by_its_normal_answer(hall, make_staff):
    host = make_staff("reception")[1]
    item = items_of(hall)
    done = rounds.record_round(host, hall.id, [dict(item=item["灭火器在位"].id, choice="否", note="二楼少一具"),
                                               dict(item=item["室内温度"].id, reading=26)], all_ok_rest=True, at=AT)
    assert rounds.latest_answers(done.id)[item["灭火器在位"].id].status == "异常"
    with pytest.raises(ValidationError, match="请选 是 或 否"):
        rounds.record_round(host, hall.id, [dict(item=item["灭火器在位"].id, choice="也许")], at=AT)


def test_a_correction_points_at_the_answer_and_a_repeat_failure_opens_nothing_new(hall, make_staff, supervisor):
    host = make_staff("reception")[1]
    item = items_of(hall)
    done = rounds.record_round(host, hall.id, [dict(item=item["室内温度"].id, reading="29", note="闷热")],
                               all_ok_rest=True, at=AT)
    first = rounds.latest_answers(done.id)[item["室内温度"].id]
    with pytest.raises(ValidationError, match="已结束"):
        rounds.save_answers(host, done.id, [dict(item=item["室内温度"].id, reading="26")])
    with pytest.raises(PermissionDenied, match="无权巡检模板、事件与工程维修单管理"):
        rounds.correct_answers(host, done.id, [dict(item=item["室内温度"].id, reading="26")], "读错了")
    rounds.correct_answers(supervisor, done.id, [dict(item=item["室内温度"].id, reading="28")], "温度计换了")
    second = rounds.latest_answers(done.id)[item["室内温度"].id]
    assert second.corrects_id == first.id and second.note == "温度计换了"
    assert PlaceIncident.select().count() == 1  # still the one opened by the first answer
    assert [a.reading for a in rounds.answer_history(done.id) if a.item_id == item["室内温度"].id] == [
        Decimal("29.00"), Decimal("28.00")]


def test_showflat_rounds_need_a_flat(database, make_staff, supervisor):
    flat = showflats.add_flat(supervisor, "A户型 128㎡", rooms=["客厅"])
    attendant = make_staff("showflat", name="周敏")[1]
    opening = templates.template_by_code("showflat_opening")
    with pytest.raises(ValidationError, match="请选择样板间"):
        rounds.start_round(attendant, opening.id)
    labels = [i.label for i in templates.items(opening.id)]
    assert labels[:6] == ["门窗", "空调", "音响", "灯光", "室温", "鞋套备足"]
    temperature = next(i for i in templates.items(opening.id) if i.legacy_point == "temperature")
    done = rounds.record_round(attendant, opening.id, [dict(item=temperature.id, reading="26")], flat_id=flat.id,
                               all_ok_rest=True, at=AT)
    assert (done.place, done.flat_id, done.serial.startswith("XJ-20261123-")) == ("A户型 128㎡", flat.id, True)


def test_who_may_do_a_round(hall, make_staff):
    cleaner = make_staff("cleaner")[1]
    with pytest.raises(PermissionDenied, match="（保洁）无权巡检"):
        rounds.start_round(cleaner, hall.id)
    with pytest.raises(NotFound, match="找不到巡检模板"):
        rounds.start_round(make_staff("guard")[1], 99999)


def test_work_order_flow_and_on_time_figure(database, make_staff, supervisor):
    host = make_staff("reception", name="陈静")[1]
    reported = dt.datetime(2026, 11, 20, 10, 0)
    late = workorders.create_order(host, "洽谈区", "吊灯不亮", asset="3 号吊灯", at=reported)
    quick = workorders.create_order(host, "卫生间", "水龙头漏水", at=reported)
    with pytest.raises(PermissionDenied, match="无权巡检模板、事件与工程维修单管理"):
        workorders.dispatch(host, quick.id, "工程部 刘师傅")
    with pytest.raises(ValidationError, match="不能完工"):
        workorders.complete(supervisor, quick.id)
    workorders.dispatch(supervisor, quick.id, "工程部 刘师傅", at=reported + dt.timedelta(hours=1))
    workorders.complete(supervisor, quick.id, cost="35.50", materials="阀芯一个", at=reported + dt.timedelta(hours=3))
    workorders.accept(supervisor, quick.id, "已验收")
    order = workorders.get_work_order(quick.id)
    assert (order.status, order.cost, order.worker) == ("accepted", Decimal("35.50"), "工程部 刘师傅")
    workorders.dispatch(supervisor, late.id, "宏达电工", at=reported + dt.timedelta(hours=2))
    figure = workorders.on_time(at=reported + dt.timedelta(hours=30))
    assert figure == {"judged": 2, "on_time": 1, "percent": Decimal("50.0")}
    with pytest.raises(ValidationError, match="费用"):
        workorders.complete(supervisor, late.id, cost="-3")
    assert workorders.get_work_order(late.id).status == "dispatched"


def test_cleaner_reports_damage_for_the_supervisor(database, make_staff, supervisor):
    cleaner = make_staff("cleaner", name="郑桂兰")[1]
    reported = incidents.report_damage(cleaner, "卫生间", "洁具水管", photo=png_bytes())
    assert (reported.kind, reported.status, reported.source, reported.photo_id is not None) == (
        "损坏", "登记", "report", True)
    with pytest.raises(ValidationError, match="请选择地点"):
        incidents.report_damage(cleaner, "", "灯具")
    with pytest.raises(PermissionDenied, match="（保洁）无权巡检模板、事件与工程维修单管理"):
        incidents.advance_incident(cleaner, reported.id, "已处理")
    incidents.advance_incident(cleaner, reported.id)
    incidents.advance_incident(supervisor, reported.id, note="已叫工程部")
    assert [e.status for e in incidents.events(reported.id)] == ["登记", "已上报", "已处理"]
    order = workorders.create_order(supervisor, "卫生间", "洗手池下水管漏水", incident_id=reported.id)
    assert PlaceIncident.get_by_id(reported.id).work_order_id == order.id


def test_answers_are_never_edited_in_place(hall, make_staff):
    host = make_staff("reception")[1]
    started = rounds.start_round(host, hall.id, at=AT)
    item = items_of(hall)["灯光全部点亮"]
    rounds.save_answers(host, started.id, [dict(item=item.id, status="异常", note="闪烁")])
    rounds.save_answers(host, started.id, [dict(item=item.id, status="正常")])
    history = [(a.status, a.corrects_id is not None) for a in RoundAnswer.select().where(RoundAnswer.item == item.id)]
    assert history == [("异常", False), ("正常", True)]
    assert WorkOrder.select().count() == 0


@pytest.mark.parametrize("answers", [5, "灯光全部点亮", {"item": 1, "status": "正常"}, [5], [["item", 1]]])
def test_answers_not_given_one_an_item_are_refused(hall, make_staff, supervisor, answers):
    host = make_staff("reception")[1]
    started = rounds.start_round(host, hall.id, at=AT)
    with pytest.raises(ValidationError, match="检查结果须逐项填写"):
        rounds.save_answers(host, started.id, answers)
    done = rounds.record_round(host, hall.id, [dict(item=items_of(hall)["室内温度"].id, reading="26")],
                               all_ok_rest=True, at=AT)
    with pytest.raises(ValidationError, match="检查结果须逐项填写"):
        rounds.correct_answers(supervisor, done.id, answers, "读错了")
    assert RoundAnswer.select().where(RoundAnswer.round == started.id).count() == 0


def test_answer_values_of_the_wrong_kind_are_refused_in_chinese(hall, make_staff):
    host = make_staff("reception")[1]
    started = rounds.start_round(host, hall.id, at=AT)
    item = items_of(hall)
    refused = [
        (dict(item="灯光", status="正常"), NotFound, "检查项目 灯光 不在“大厅测试检查”中"),
        (dict(item=item["灯光全部点亮"].id, status=3), ValidationError, "检查结果只能是 正常 或 异常"),
        (dict(item=item["灭火器在位"].id, choice=7), ValidationError, "“灭火器在位”请选 是 或 否"),
        (dict(item=item["室内温度"].id, reading=10**5000), ValidationError, "“室内温度”请填数字"),
        (dict(item=item["沙盘模型"].id, counted=1.5), ValidationError, "“沙盘模型”请填整数"),
        (dict(item=item["沙盘模型"].id, counted=0, note="不见了", photo=1.5), NotFound, "找不到照片：1.5"),
        (dict(item=item["沙盘模型"].id, counted=0, note="不见了", photo=99999), NotFound, "找不到照片：99999"),
        (dict(item=item["灯光全部点亮"].id, status="正常", note="王" * 501), ValidationError, "备注太长"),
    ]
    for answer, error, message in refused:
        with pytest.raises(error, match=message):
            rounds.save_answers(host, started.id, [answer])
    with pytest.raises(ValidationError, match="巡检时间不在合理范围内"):
        rounds.save_answers(host, started.id, [dict(item=item["灯光全部点亮"].id, status="正常")],
                            at=dt.datetime(1, 1, 1))
    assert RoundAnswer.select().count() == 0 and PlaceIncident.select().count() == 0
    rounds.save_answers(host, started.id, [dict(item=item["灯光全部点亮"].id, status=" 异常 ", note=" 闪烁\x0b")])
    assert rounds.latest_answers(started.id)[item["灯光全部点亮"].id].note == "闪烁"


def test_a_followup_refers_only_to_records_that_exist(database, make_staff):
    host = make_staff("reception")[1]
    refused = [
        (dict(answer_id=99999), "找不到巡检结果：99999"),
        (dict(incident_id="x"), "找不到事件：x"),
        (dict(incident_id=True), "找不到事件：True"),
    ]
    for kw, message in refused:
        with pytest.raises(NotFound, match=message):
            workorders.create_order(host, "卫生间", "洗手池漏水", at=AT, **kw)
    with pytest.raises(ValidationError, match="报修时间不在合理范围内"):
        workorders.create_order(host, "卫生间", "洗手池漏水", at=dt.datetime(9999, 12, 31))
    assert WorkOrder.select().count() == 0
    assert workorders.create_order(host, "卫生间", "洗手池漏水", at=AT).number.endswith("-001")

    refused = [
        (dict(flat_id=99999), NotFound, "找不到样板间：99999"),
        (dict(round_id=-3), NotFound, "找不到巡检记录：-3"),
        (dict(answer_id="12a"), NotFound, "找不到巡检结果：12a"),
        (dict(photo=1.5), NotFound, "找不到照片：1.5"),
        (dict(kind="着火"), ValidationError, "事件类型须为：异常、损坏、缺失"),
        (dict(source="phone"), ValidationError, "未知的事件来源：phone"),
        (dict(place=""), ValidationError, "地点不能为空"),
        (dict(what="王" * 201), ValidationError, "项目太长"),
    ]
    for kw, error, message in refused:
        with pytest.raises(error, match=message):
            incidents.open_incident(host, **{"place": "卫生间", "what": "灯具", **kw})
    with pytest.raises(PermissionDenied, match="无权报告损坏与异常"):
        incidents.open_incident(make_staff("consultant")[1], place="卫生间", what="灯具")
    assert PlaceIncident.select().count() == 0
    opened = incidents.open_incident(host, place=" 卫生间 ", what="灯具", note="闪烁\x0b")
    assert (opened.place, opened.note, opened.status, incidents.open_count()) == ("卫生间", "闪烁", "登记", 1)


def test_a_reading_is_within_limits_only_when_it_is_a_number(hall):
    temperature = items_of(hall)["室内温度"]
    assert rounds.within(temperature, Decimal("26")) and not rounds.within(temperature, Decimal("27.01"))
    for nonsense in (Decimal("sNaN"), float("nan"), "热"):
        with pytest.raises(ValidationError, match="室内温度"):
            rounds.within(temperature, nonsense)
