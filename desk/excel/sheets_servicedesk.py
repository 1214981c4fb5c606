"""Sheets of the owner service desk (客服中心): units and owners (editable), the fee tables
(editable), repairs, complaints, calls, key loans and fee notices."""
from __future__ import annotations

from desk.excel.specs import (
    AREA_FORMAT, BOOL, DATE, DATETIME, DECIMAL, ENUM, ID, INT, MONEY, PHONE, RATE_FORMAT, TEXT, Col, ImportSpec,
    SheetSpec,
)
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.core.privacy import mask_id
from desk.services.servicedesk import complaints, repairs, sheet_rows
from desk.services.servicedesk.specials import KINDS, add_price_item, deactivate_price_item, update_price_item
from desk.services.servicedesk.units import add_unit, update_unit


def _room(r) -> str:
    return f"{r.building}-{r.entrance}-{r.room}" if getattr(r, "building", None) else ""


# -- units and owners (editable) ------------------------------------------------------------------
def _unit_create(session, values):
    return add_unit(session, values.get("building"), values.get("entrance"), values.get("room"),
                    area=values.get("area"), owner_name=values.get("owner_name") or "",
                    owner_phone=values.get("owner_phone") or "", move_in=values.get("move_in"),
                    note=values.get("note") or "")


def _unit_update(session, record, changed):
    if {"building", "entrance", "room"} & set(changed):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "房号不能修改（{room}）：新的房号请新增一行"),
                              room=f"{record.building}-{record.entrance}-{record.room}")
    fields = {k: (v if v is not None or k in ("area", "move_in") else "") for k, v in changed.items()}
    return update_unit(session, record.id, **fields)


def _unit_deactivate(session, record):
    raise ValidationError(QT_TRANSLATE_NOOP("desk", "房号 {room} 不能停用或删除：请在表中恢复这一行"),
                          room=f"{record.building}-{record.entrance}-{record.room}")


# -- fee tables (editable) ------------------------------------------------------------------------
def _fee_kinds() -> dict[str, str]:
    return dict(KINDS)


def _fee_kind_names():
    return list(_fee_kinds().values())


def _fee_kind_key(name: str) -> str:
    for key, label in _fee_kinds().items():
        if label == name:
            return key
    raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的收费表：{kind}"), kind=name or "-")


def _fee_create(session, values):
    item = add_price_item(session, _fee_kind_key(values.get("kind_name") or ""), values.get("name") or "",
                          values.get("unit_name") or "", values.get("price") if values.get("price") is not None
                          else "", values.get("note") or "")
    if values.get("active") is False:
        deactivate_price_item(session, item.id)
    return item


def _fee_update(session, record, changed):
    if "kind_name" in changed:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "收费项目不能换到另一张收费表：请停用后在新表新增"))
    fields = {k: (changed[k] if changed[k] is not None else "") for k in ("name", "unit_name", "price", "note")
              if k in changed}
    if fields:
        update_price_item(session, record.id, **fields)
    if "active" in changed:
        if changed["active"] is False:
            deactivate_price_item(session, record.id)
        else:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "已停用的收费项目不能从 Excel 恢复，请新增一行"))
    return record


def _fee_deactivate(session, record):
    return deactivate_price_item(session, record.id)


# -- records (read-only) --------------------------------------------------------------------------
def _status(statuses: dict[str, str]):
    return lambda r: statuses.get(r.status, r.status)


def _k(name):
    return lambda row: row[name]


def sheets() -> list[SheetSpec]:
    return [
        SheetSpec(
            "units", QT_TRANSLATE_NOOP("excel", "房号与业主"),
            QT_TRANSLATE_NOOP("excel", "房号、面积与业主。可编辑：面积、业主、业主电话、入住日期、备注；新房号新增一行（ID 留空）。"
                                       "房号不能修改或删除。业主电话打码时保持原样即不修改。"),
            [
                Col("id", "ID", ID),
                Col("building", QT_TRANSLATE_NOOP("excel", "楼栋"),
                    TEXT, editable=True, required=True, max_length=8, narrow=True),
                Col("entrance", QT_TRANSLATE_NOOP("excel", "单元"),
                    TEXT, editable=True, required=True, max_length=8, narrow=True),
                Col("room", QT_TRANSLATE_NOOP("excel", "房号"),
                    TEXT, editable=True, required=True, max_length=8, narrow=True),
                Col("area", QT_TRANSLATE_NOOP("excel", "建筑面积"), DECIMAL, editable=True, minimum=0,
                    number_format=AREA_FORMAT),
                Col("owner_name", QT_TRANSLATE_NOOP("excel", "业主"), TEXT, editable=True, max_length=40),
                Col("owner_phone", QT_TRANSLATE_NOOP("excel", "业主电话"), PHONE, editable=True),
                Col("move_in", QT_TRANSLATE_NOOP("excel", "入住日期"), DATE, editable=True),
                Col("note", QT_TRANSLATE_NOOP("excel", "备注"), TEXT, editable=True, max_length=500),
            ],
            sheet_rows.unit_rows,
            ImportSpec("service.desk", sheet_rows.units_by_id, _unit_create, _unit_update, _unit_deactivate,
                       is_active=lambda r: True, natural=("building", "entrance", "room"),
                       check=lambda values, record: [
                           ("area", QT_TRANSLATE_NOOP("excel", "建筑面积须大于 0"))]
                       if values.get("area") is not None and values["area"] <= 0 else []),
            domain="service",
        ),
        SheetSpec(
            "price_items", QT_TRANSLATE_NOOP("excel", "收费标准"),
            QT_TRANSLATE_NOOP("excel", "内部维修收费与特约服务收费标准。可编辑：项目、单位、单价、备注、在用；新增行留空 ID 并选择收费表。"),
            [
                Col("id", "ID", ID),
                Col("kind_name", QT_TRANSLATE_NOOP("excel", "收费表"),
                    ENUM, get=lambda r: _fee_kinds().get(r.kind, r.kind),
                    choices=_fee_kind_names, editable=True, required=True),
                Col("name", QT_TRANSLATE_NOOP("excel", "项目"), TEXT, editable=True, required=True, max_length=60),
                Col("unit_name", QT_TRANSLATE_NOOP("excel", "单位"), TEXT, editable=True, required=True, max_length=10),
                Col("price", QT_TRANSLATE_NOOP("excel", "单价"), MONEY, editable=True, required=True, minimum=0),
                Col("note", QT_TRANSLATE_NOOP("excel", "备注"), TEXT, editable=True, max_length=200),
                Col("active", QT_TRANSLATE_NOOP("excel", "在用"), BOOL, editable=True),
            ],
            sheet_rows.price_item_rows,
            ImportSpec("service.manage", sheet_rows.price_items_by_id, _fee_create, _fee_update, _fee_deactivate,
                       natural=("kind_name", "name")),
            domain="service",
        ),
        SheetSpec(
            "repairs", QT_TRANSLATE_NOOP("excel", "报修"),
            QT_TRANSLATE_NOOP("excel", "报修单：受理、派工、完工、回访（只读）。"),
            [
                Col("id", "ID", ID),
                Col("number", QT_TRANSLATE_NOOP("excel", "单号")),
                Col("unit", QT_TRANSLATE_NOOP("excel", "房号"), get=_room),
                Col("reporter", QT_TRANSLATE_NOOP("excel", "报修人")),
                Col("reporter_phone", QT_TRANSLATE_NOOP("excel", "电话"), PHONE),
                Col("category", QT_TRANSLATE_NOOP("excel", "类别")),
                Col("description", QT_TRANSLATE_NOOP("excel", "内容")),
                Col("status", QT_TRANSLATE_NOOP("excel", "状态"), get=_status(repairs.STATUSES)),
                Col("received_at", QT_TRANSLATE_NOOP("excel", "受理时间"), DATETIME),
                Col("received_name", QT_TRANSLATE_NOOP("excel", "受理人")),
                Col("due_at", QT_TRANSLATE_NOOP("excel", "时限"), DATETIME),
                Col("worker", QT_TRANSLATE_NOOP("excel", "维修人员")),
                Col("dispatched_at", QT_TRANSLATE_NOOP("excel", "派工时间"), DATETIME),
                Col("done_at", QT_TRANSLATE_NOOP("excel", "完工时间"), DATETIME),
                Col("charge", QT_TRANSLATE_NOOP("excel", "收费"), MONEY),
                Col("callback_at", QT_TRANSLATE_NOOP("excel", "回访时间"), DATETIME),
                Col("satisfied", QT_TRANSLATE_NOOP("excel", "满意"), BOOL),
                Col("callback_comment", QT_TRANSLATE_NOOP("excel", "回访意见")),
            ],
            sheet_rows.repair_rows, domain="service",
        ),
        SheetSpec(
            "complaints", QT_TRANSLATE_NOOP("excel", "投诉"),
            QT_TRANSLATE_NOOP("excel", "投诉：受理、判断、调查、方案、实施、结案、回访（只读）。"),
            [
                Col("id", "ID", ID),
                Col("number", QT_TRANSLATE_NOOP("excel", "单号")),
                Col("unit", QT_TRANSLATE_NOOP("excel", "房号"), get=_room),
                Col("complainant", QT_TRANSLATE_NOOP("excel", "投诉人")),
                Col("phone", QT_TRANSLATE_NOOP("excel", "电话"), PHONE),
                Col("category_name", QT_TRANSLATE_NOOP("excel", "类别")),
                Col("content", QT_TRANSLATE_NOOP("excel", "内容")),
                Col("status", QT_TRANSLATE_NOOP("excel", "状态"), get=_status(complaints.STATUSES)),
                Col("received_at", QT_TRANSLATE_NOOP("excel", "受理时间"), DATETIME),
                Col("valid", QT_TRANSLATE_NOOP("excel", "有效投诉"), BOOL),
                Col("department", QT_TRANSLATE_NOOP("excel", "责任部门")),
                Col("closed_at", QT_TRANSLATE_NOOP("excel", "结案时间"), DATETIME),
                Col("callback_at", QT_TRANSLATE_NOOP("excel", "回访时间"), DATETIME),
                Col("satisfied", QT_TRANSLATE_NOOP("excel", "满意"), BOOL),
            ],
            sheet_rows.complaint_rows, domain="service",
        ),
        SheetSpec(
            "calls", QT_TRANSLATE_NOOP("excel", "来电"),
            QT_TRANSLATE_NOOP("excel", "业主来电登记（只读）。"),
            [
                Col("id", "ID", ID),
                Col("at", QT_TRANSLATE_NOOP("excel", "时间"), DATETIME),
                Col("caller", QT_TRANSLATE_NOOP("excel", "来电人")),
                Col("phone", QT_TRANSLATE_NOOP("excel", "电话"), PHONE),
                Col("unit", QT_TRANSLATE_NOOP("excel", "房号"), get=_room),
                Col("topic", QT_TRANSLATE_NOOP("excel", "事由")),
                Col("content", QT_TRANSLATE_NOOP("excel", "内容")),
                Col("taken_name", QT_TRANSLATE_NOOP("excel", "接听人")),
                Col("responsible_name", QT_TRANSLATE_NOOP("excel", "负责人")),
                Col("result", QT_TRANSLATE_NOOP("excel", "处理结果")),
                Col("closed_at", QT_TRANSLATE_NOOP("excel", "办结时间"), DATETIME),
            ],
            sheet_rows.call_rows, domain="service",
        ),
        SheetSpec(
            "key_loans", QT_TRANSLATE_NOOP("excel", "钥匙借用"),
            QT_TRANSLATE_NOOP("excel", "业主钥匙借用与归还（只读；证件号只显示后 4 位）。"),
            [
                Col("id", "ID", ID),
                Col("key_label", QT_TRANSLATE_NOOP("excel", "钥匙")),
                Col("unit", QT_TRANSLATE_NOOP("excel", "房号"), get=_room),
                Col("borrower", QT_TRANSLATE_NOOP("excel", "借用人")),
                Col("borrower_id_number", QT_TRANSLATE_NOOP("excel", "证件号"),
                    get=lambda r: mask_id(r.borrower_id_number)),
                Col("borrower_phone", QT_TRANSLATE_NOOP("excel", "电话"), PHONE),
                Col("purpose", QT_TRANSLATE_NOOP("excel", "用途")),
                Col("out_at", QT_TRANSLATE_NOOP("excel", "借出时间"), DATETIME),
                Col("due_at", QT_TRANSLATE_NOOP("excel", "应还时间"), DATETIME),
                Col("witness", QT_TRANSLATE_NOOP("excel", "见证人")),
                Col("lent_name", QT_TRANSLATE_NOOP("excel", "经办人")),
                Col("returned_at", QT_TRANSLATE_NOOP("excel", "归还时间"), DATETIME),
                Col("return_note", QT_TRANSLATE_NOOP("excel", "归还备注")),
            ],
            sheet_rows.key_loan_rows, domain="service",
        ),
        SheetSpec(
            "fee_notices", QT_TRANSLATE_NOOP("excel", "物业费通知"),
            QT_TRANSLATE_NOOP("excel", "物业费缴费通知：应缴、已缴、欠缴（只读）。"),
            [
                Col("id", "ID", ID, get=_k("id")),
                Col("period_name", QT_TRANSLATE_NOOP("excel", "期间"), get=_k("period_name")),
                Col("unit", QT_TRANSLATE_NOOP("excel", "房号"),
                    get=lambda r: f"{r['building']}-{r['entrance']}-{r['room']}"),
                Col("owner_name", QT_TRANSLATE_NOOP("excel", "业主"), get=_k("owner_name")),
                Col("area", QT_TRANSLATE_NOOP("excel", "面积"), DECIMAL, get=_k("area"), number_format=AREA_FORMAT),
                Col("unit_price", QT_TRANSLATE_NOOP("excel", "单价（元/㎡/月）"), DECIMAL, get=_k("unit_price"),
                    number_format=RATE_FORMAT),
                Col("months", QT_TRANSLATE_NOOP("excel", "月数"), INT, get=_k("months")),
                Col("amount", QT_TRANSLATE_NOOP("excel", "应缴"), MONEY, get=_k("amount")),
                Col("paid", QT_TRANSLATE_NOOP("excel", "已缴"), MONEY, get=_k("paid")),
                Col("owing", QT_TRANSLATE_NOOP("excel", "欠缴"), MONEY, get=_k("owing")),
                Col("due_date", QT_TRANSLATE_NOOP("excel", "缴费期限"), DATE, get=_k("due_date")),
                Col("issued_at", QT_TRANSLATE_NOOP("excel", "开具时间"), DATETIME, get=_k("issued_at")),
            ],
            sheet_rows.fee_notice_rows, domain="service",
        ),
    ]
