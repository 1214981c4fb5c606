"""Sheets of the inspections (巡检): templates and their items (editable: a manager may write a
checklist in Excel and import it), the answers of every round, incidents at any place, the hall's
work orders and the vehicle log (read-only)."""
from __future__ import annotations

from desk.excel.specs import (
    BOOL, DATETIME, DECIMAL, ENUM, ID, INT, MONEY, TEXT, Col, ImportSpec, SheetSpec,
)
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.core.permissions import ROLES
from desk.services.inspections import sheet_rows
from desk.services.inspections import templates as T
from desk.services.inspections import workorders
from desk.services.showflats.sheet_rows import flat_id_named

IMPORT_NOTE = "Excel 导入"
ALL_FLATS = T.ALL_FLATS


def _names(choices: dict) -> tuple[str, ...]:
    return tuple(choices.values())


def _roles() -> list[str]:
    return [ROLES[r] for r in T.ROUND_ROLES]


def _flat_choices() -> list[str]:
    return [ALL_FLATS] + sheet_rows.active_flat_names()


# -- templates ------------------------------------------------------------------------------------
def _flat_id(name) -> int | None:
    if name in (None, "", ALL_FLATS):
        return None
    flat_id = flat_id_named(name)
    if flat_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "没有名为“{name}”的样板间"), name=name)
    return flat_id


def _spec(values: dict, base: T.TemplateSpec | None = None) -> T.TemplateSpec:
    spec = base or T.TemplateSpec(name="", place_kind="", role="", schedule="")
    for key in ("name", "place_kind", "place", "schedule", "every_hours", "at_time", "until_time", "month_day",
                "grace_minutes", "note"):
        if key in values:
            setattr(spec, key, values[key] if values[key] is not None else "")
    if "role" in values:
        spec.role = values["role"] or ""
    if "weekday" in values:
        spec.weekday = T.WEEKDAYS.index(values["weekday"]) + 1 if values["weekday"] in T.WEEKDAYS else 1
    if "flat_name" in values:
        spec.flat_id = _flat_id(values["flat_name"])
    if "blocks_handover" in values:
        spec.blocks_handover = bool(values["blocks_handover"])
    for key, default in (("every_hours", 1), ("month_day", 1), ("grace_minutes", 30)):
        if getattr(spec, key) in (None, ""):
            setattr(spec, key, default)
    return spec


def _template_create(session, values):
    template = T.create_template(session, _spec(values))
    if values.get("active") is False:
        T.set_template_active(session, template.id, False, IMPORT_NOTE)
    return template


def _template_update(session, record, changed):
    fields = {k: v for k, v in changed.items() if k != "active"}
    if fields:
        T.update_template(session, record.id, _spec(fields, T.template_spec(record)))
    if "active" in changed:
        T.set_template_active(session, record.id, changed["active"] is not False, IMPORT_NOTE)
    return record


def _template_deactivate(session, record):
    return T.set_template_active(session, record.id, False, IMPORT_NOTE)


# -- items ----------------------------------------------------------------------------------------
def _template_id(name) -> int:
    template_id = sheet_rows.template_id_named(name)
    if template_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "没有名为“{name}”的巡检模板（新模板请先写在“巡检模板”表中）"),
                              name=name or "-")
    return template_id


def _item_spec(values: dict, base: T.ItemSpec | None = None) -> T.ItemSpec:
    spec = base or T.ItemSpec(label="")
    for key in ("label", "kind", "area", "low", "high", "unit", "expected", "normal_answer", "on_fail"):
        if key in values:
            setattr(spec, key, values[key] if values[key] is not None else "")
    for key in ("note_on_fail", "photo_on_fail"):
        if key in values and values[key] is not None:
            setattr(spec, key, bool(values[key]))
    spec.normal_answer = spec.normal_answer or T.YES
    spec.on_fail = spec.on_fail or "incident"
    return spec


def _item_create(session, values):
    item = T.add_item(session, _template_id(values.get("template_name")), _item_spec(values))
    if values.get("active") is False:
        T.retire_item(session, item.id, IMPORT_NOTE)
    return item


def _item_update(session, record, changed):
    if "template_name" in changed:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "检查项目不能换到另一个模板：请把这一行停用，再在新模板下新增一行"))
    fields = {k: v for k, v in changed.items() if k != "active"}
    if fields:
        T.update_item(session, record.id, _item_spec(fields, T.item_spec(record)))
    if "active" in changed:
        if changed["active"] is False:
            T.retire_item(session, record.id, IMPORT_NOTE)
        else:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "已停用的检查项目不能从 Excel 恢复，请新增一行"))
    return record


def _item_deactivate(session, record):
    return T.retire_item(session, record.id, IMPORT_NOTE)


# -- read-only sheets -----------------------------------------------------------------------------
def sheets() -> list[SheetSpec]:
    return [
        SheetSpec(
            "inspection_templates", QT_TRANSLATE_NOOP("excel", "巡检模板"),
            QT_TRANSLATE_NOOP("excel", "巡检模板：适用地点、周期、时间与执行角色。可编辑：新增行留空 ID；周期为“每 N 小时”时填间隔小时与"
                                       "起止时间，“每周”填星期，“每月”填日期；删除整行或“在用”改为“否”即停用。检查项目写在“巡检项目”表。"),
            [
                Col("id", "ID", ID),
                Col("name", QT_TRANSLATE_NOOP("excel", "名称"), TEXT, editable=True, required=True, max_length=64),
                Col("place_kind", QT_TRANSLATE_NOOP("excel", "适用地点"), ENUM, get=lambda r: T.PLACE_KINDS[r.place_kind],
                    choices=_names(T.PLACE_KINDS), editable=True, required=True),
                Col("place", QT_TRANSLATE_NOOP("excel", "地点"), TEXT, editable=True, max_length=64),
                Col("flat_name", QT_TRANSLATE_NOOP("excel", "样板间"), ENUM,
                    get=lambda r: (r.flat.name if r.flat_id else ALL_FLATS) if r.place_kind == "showflat" else "",
                    choices=_flat_choices, editable=True),
                Col("schedule", QT_TRANSLATE_NOOP("excel", "周期"), ENUM, get=lambda r: T.SCHEDULES[r.schedule],
                    choices=_names(T.SCHEDULES), editable=True, required=True),
                Col("every_hours", QT_TRANSLATE_NOOP("excel", "间隔小时"), INT, editable=True, minimum=1),
                Col("at_time", QT_TRANSLATE_NOOP("excel", "时间"), TEXT, editable=True, required=True, max_length=5,
                    narrow=True),
                Col("until_time", QT_TRANSLATE_NOOP("excel", "结束时间"), TEXT, editable=True, max_length=5, narrow=True),
                Col("weekday", QT_TRANSLATE_NOOP("excel", "星期"), ENUM, get=lambda r: T.WEEKDAYS[r.weekday - 1],
                    choices=tuple(T.WEEKDAYS), editable=True),
                Col("month_day", QT_TRANSLATE_NOOP("excel", "每月几日"), INT, editable=True, minimum=1),
                Col("grace_minutes", QT_TRANSLATE_NOOP("excel", "逾期宽限（分钟）"), INT, editable=True, minimum=0),
                Col("role", QT_TRANSLATE_NOOP("excel", "执行角色"), ENUM, get=lambda r: ROLES.get(r.role, r.role),
                    choices=_roles, editable=True, required=True),
                Col("blocks_handover", QT_TRANSLATE_NOOP("excel", "交班前须完成"), BOOL, editable=True),
                Col("note", QT_TRANSLATE_NOOP("excel", "备注"), TEXT, editable=True, max_length=500),
                Col("active", QT_TRANSLATE_NOOP("excel", "在用"), BOOL, editable=True),
            ],
            sheet_rows.template_rows,
            ImportSpec("inspection.manage", sheet_rows.templates_by_id, _template_create, _template_update,
                       _template_deactivate, unique=("name",), natural=("name",)),
            domain="inspections",
        ),
        SheetSpec(
            "inspection_items", QT_TRANSLATE_NOOP("excel", "巡检项目"),
            QT_TRANSLATE_NOOP("excel", "每个巡检模板的检查项目。可编辑：新增行留空 ID 并写上模板名称（按行的先后排在模板末尾）；"
                                       "答案类型为 正常/异常、读数（填下限、上限、单位）、数量（填应有数量）、是/否（填正常答案）或 备注；"
                                       "异常须备注、须照片与异常后续（登记事件、工程维修单、只记录）。删除整行或“在用”改为“否”即停用。"),
            [
                Col("id", "ID", ID),
                Col("template_name", QT_TRANSLATE_NOOP("excel", "模板"), TEXT, get=lambda r: r.template.name,
                    editable=True, required=True, max_length=64),
                Col("sort", QT_TRANSLATE_NOOP("excel", "顺序"), INT),
                Col("area", QT_TRANSLATE_NOOP("excel", "区域/巡逻点"), TEXT, editable=True, max_length=32),
                Col("label", QT_TRANSLATE_NOOP("excel", "检查项目"), TEXT, editable=True, required=True, max_length=120),
                Col("kind", QT_TRANSLATE_NOOP("excel", "答案类型"), ENUM, get=lambda r: T.ANSWER_KINDS[r.kind],
                    choices=_names(T.ANSWER_KINDS), editable=True, required=True),
                Col("low", QT_TRANSLATE_NOOP("excel", "下限"), DECIMAL, editable=True),
                Col("high", QT_TRANSLATE_NOOP("excel", "上限"), DECIMAL, editable=True),
                Col("unit", QT_TRANSLATE_NOOP("excel", "单位"), TEXT, editable=True, max_length=8),
                Col("expected", QT_TRANSLATE_NOOP("excel", "应有数量"), INT, editable=True, minimum=0),
                Col("normal_answer", QT_TRANSLATE_NOOP("excel", "正常答案"), ENUM, choices=(T.YES, T.NO), editable=True),
                Col("note_on_fail", QT_TRANSLATE_NOOP("excel", "异常须备注"), BOOL, editable=True),
                Col("photo_on_fail", QT_TRANSLATE_NOOP("excel", "异常须照片"), BOOL, editable=True),
                Col("on_fail", QT_TRANSLATE_NOOP("excel", "异常后续"), ENUM, get=lambda r: T.ON_FAIL[r.on_fail],
                    choices=_names(T.ON_FAIL), editable=True),
                Col("active", QT_TRANSLATE_NOOP("excel", "在用"), BOOL, editable=True),
            ],
            sheet_rows.item_rows,
            ImportSpec("inspection.manage", sheet_rows.items_by_id, _item_create, _item_update, _item_deactivate,
                       natural=("template_name", "label")),
            domain="inspections",
        ),
        SheetSpec(
            "inspection_rounds", QT_TRANSLATE_NOOP("excel", "巡检记录"),
            QT_TRANSLATE_NOOP("excel", "每次巡检每一项的结果（只读；更正为新的记录，“更正”列指向被更正的那一行）。"),
            [
                Col("id", "ID", ID),
                Col("round_id", QT_TRANSLATE_NOOP("excel", "巡检ID"), INT),
                Col("serial", QT_TRANSLATE_NOOP("excel", "单号")),
                Col("template", QT_TRANSLATE_NOOP("excel", "模板")),
                Col("place", QT_TRANSLATE_NOOP("excel", "地点")),
                Col("at", QT_TRANSLATE_NOOP("excel", "时间"), DATETIME),
                Col("area", QT_TRANSLATE_NOOP("excel", "区域/巡逻点")),
                Col("label", QT_TRANSLATE_NOOP("excel", "检查项目")),
                Col("status", QT_TRANSLATE_NOOP("excel", "结果")),
                Col("reading", QT_TRANSLATE_NOOP("excel", "读数"), DECIMAL),
                Col("counted", QT_TRANSLATE_NOOP("excel", "数量"), INT),
                Col("choice", QT_TRANSLATE_NOOP("excel", "是/否")),
                Col("note", QT_TRANSLATE_NOOP("excel", "备注")),
                Col("staff_name", QT_TRANSLATE_NOOP("excel", "人员")),
                Col("corrects_id", QT_TRANSLATE_NOOP("excel", "更正"), INT),
            ],
            sheet_rows.answer_rows, domain="inspections",
        ),
        SheetSpec(
            "place_incidents", QT_TRANSLATE_NOOP("excel", "巡检事件"),
            QT_TRANSLATE_NOOP("excel", "巡检异常与保洁报告的损坏（样板间物品的损坏与缺失见“样板间事件”），及其状态（只读）。"),
            [
                Col("id", "ID", ID),
                Col("place", QT_TRANSLATE_NOOP("excel", "地点")),
                Col("what", QT_TRANSLATE_NOOP("excel", "项目")),
                Col("kind", QT_TRANSLATE_NOOP("excel", "类型")),
                Col("status", QT_TRANSLATE_NOOP("excel", "状态")),
                Col("note", QT_TRANSLATE_NOOP("excel", "说明")),
                Col("opened_at", QT_TRANSLATE_NOOP("excel", "登记时间"), DATETIME),
                Col("staff_name", QT_TRANSLATE_NOOP("excel", "登记人")),
                Col("round_id", QT_TRANSLATE_NOOP("excel", "巡检ID"), INT),
                Col("order_number", QT_TRANSLATE_NOOP("excel", "工程维修单")),
            ],
            sheet_rows.incident_rows, domain="inspections",
        ),
        SheetSpec(
            "work_orders", QT_TRANSLATE_NOOP("excel", "工程维修单"),
            QT_TRANSLATE_NOOP("excel", "售楼处自身设施的维修：报修、派工、完工、验收（只读）。"),
            [
                Col("id", "ID", ID),
                Col("number", QT_TRANSLATE_NOOP("excel", "单号")),
                Col("place", QT_TRANSLATE_NOOP("excel", "地点")),
                Col("asset", QT_TRANSLATE_NOOP("excel", "设施设备")),
                Col("description", QT_TRANSLATE_NOOP("excel", "报修内容")),
                Col("status", QT_TRANSLATE_NOOP("excel", "状态"), get=lambda r: workorders.STATUSES[r.status]),
                Col("reported_at", QT_TRANSLATE_NOOP("excel", "报修时间"), DATETIME),
                Col("reporter_name", QT_TRANSLATE_NOOP("excel", "报修人"), get=lambda r: r.reporter_name or ""),
                Col("due_at", QT_TRANSLATE_NOOP("excel", "应完工"), DATETIME),
                Col("worker", QT_TRANSLATE_NOOP("excel", "维修人员")),
                Col("done_at", QT_TRANSLATE_NOOP("excel", "完工时间"), DATETIME),
                Col("cost", QT_TRANSLATE_NOOP("excel", "费用"), MONEY),
                Col("materials", QT_TRANSLATE_NOOP("excel", "材料")),
                Col("accepted_at", QT_TRANSLATE_NOOP("excel", "验收时间"), DATETIME),
                Col("on_time", QT_TRANSLATE_NOOP("excel", "按时完工"), BOOL,
                    get=lambda r: None if r.done_at is None else r.done_at <= r.due_at),
            ],
            sheet_rows.order_rows, domain="inspections",
        ),
        SheetSpec(
            "vehicles", QT_TRANSLATE_NOOP("excel", "车辆登记"),
            QT_TRANSLATE_NOOP("excel", "停车场车辆进出登记（只读）。"),
            [
                Col("id", "ID", ID),
                Col("plate", QT_TRANSLATE_NOOP("excel", "车牌")),
                Col("driver", QT_TRANSLATE_NOOP("excel", "来人")),
                Col("purpose", QT_TRANSLATE_NOOP("excel", "事由")),
                Col("customer", QT_TRANSLATE_NOOP("excel", "客户")),
                Col("time_in", QT_TRANSLATE_NOOP("excel", "进场"), DATETIME),
                Col("time_out", QT_TRANSLATE_NOOP("excel", "离场"), DATETIME),
                Col("registered_by", QT_TRANSLATE_NOOP("excel", "登记人"), get=lambda r: r.registered_by_name or ""),
                Col("note", QT_TRANSLATE_NOOP("excel", "备注")),
            ],
            sheet_rows.vehicle_rows, domain="inspections",
        ),
    ]
