"""Sheets of the show flats (样板间): flats, items (editable), check answers, incidents."""
from __future__ import annotations

from desk.excel.specs import (
    BOOL, DATETIME, DECIMAL, ENUM, ID, INT, MONEY, TEXT, Col, ImportSpec, SheetSpec,
)
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.showflats import flats as showflats, sheet_rows

IMPORT_NOTE = "Excel 导入"


def _categories():
    return list(showflats.CATEGORIES)


def _flat_id(name: str) -> int:
    flat_id = sheet_rows.flat_id_named(name)
    if flat_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "没有名为“{name}”的样板间"), name=name or "-")
    return flat_id


def _item_create(session, values):
    item = showflats.add_item(session, _flat_id(values.get("flat_name") or ""), values.get("room_name") or "",
                              values.get("name") or "", values.get("category") or "",
                              values.get("expected_qty") if values.get("expected_qty") is not None else 1,
                              values.get("value") or 0, note=values.get("note") or "")
    if values.get("active") is False:
        showflats.retire_item(session, item.id, IMPORT_NOTE)
    return item


def _item_update(session, record, changed):
    if "flat_name" in changed:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "物品不能换到另一个样板间：请把这一行停用，再在新样板间新增一行"))
    fields = {}
    if "room_name" in changed:
        fields["room"] = changed["room_name"] or ""
    for key in ("name", "category", "value", "note"):
        if key in changed:
            fields[key] = changed[key] if changed[key] is not None else ("" if key != "value" else 0)
    if fields:
        showflats.update_item(session, record.id, **fields)
    if "expected_qty" in changed:
        showflats.confirm_quantity(session, record.id, changed["expected_qty"] or 0, reason=IMPORT_NOTE)
    if "active" in changed:
        if changed["active"] is False:
            showflats.retire_item(session, record.id, IMPORT_NOTE)
        else:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "已停用的物品不能从 Excel 恢复，请新增一行"))
    return record


def _item_deactivate(session, record):
    return showflats.retire_item(session, record.id, IMPORT_NOTE)


def _key(name):
    return lambda row: row[name]


def sheets() -> list[SheetSpec]:
    return [
        SheetSpec(
            "showflats", QT_TRANSLATE_NOOP("excel", "样板间"),
            QT_TRANSLATE_NOOP("excel", "样板间（户型）清单（只读；在程序中新增或复制样板间）。"),
            [
                Col("id", "ID", ID),
                Col("name", QT_TRANSLATE_NOOP("excel", "名称")),
                Col("note", QT_TRANSLATE_NOOP("excel", "备注")),
                Col("active", QT_TRANSLATE_NOOP("excel", "在用"), BOOL),
                Col("created_at", QT_TRANSLATE_NOOP("excel", "建立时间"), DATETIME),
            ],
            sheet_rows.flat_rows, domain="showflats",
        ),
        SheetSpec(
            "showflat_items", QT_TRANSLATE_NOOP("excel", "样板间物品"),
            QT_TRANSLATE_NOOP("excel", "样板间物品清单（家私、软装、电器、布草、饰品）。可编辑：房间、名称、类别、数量、价值、备注、在用；"
                                       "新增行留空 ID 并填写样板间。改数量即主管确认新数量；停用的物品留在历史中。"),
            [
                Col("id", "ID", ID),
                Col("flat_name", QT_TRANSLATE_NOOP("excel", "样板间"),
                    ENUM, get=lambda r: r.flat.name, choices=sheet_rows.flat_names,
                    editable=True, required=True),
                Col("room_name", QT_TRANSLATE_NOOP("excel", "房间"),
                    TEXT, get=lambda r: r.room.name, editable=True, required=True,
                    max_length=64),
                Col("name", QT_TRANSLATE_NOOP("excel", "名称"), TEXT, editable=True, required=True, max_length=64),
                Col("category", QT_TRANSLATE_NOOP("excel", "类别"),
                    ENUM, choices=_categories, editable=True, required=True),
                Col("expected_qty", QT_TRANSLATE_NOOP("excel", "数量"), INT, editable=True, required=True, minimum=0),
                Col("value", QT_TRANSLATE_NOOP("excel", "价值"), MONEY, editable=True, minimum=0),
                Col("note", QT_TRANSLATE_NOOP("excel", "备注"), TEXT, editable=True, max_length=500),
                Col("active", QT_TRANSLATE_NOOP("excel", "在用"), BOOL, editable=True),
            ],
            sheet_rows.item_rows,
            ImportSpec("showflat.manage", sheet_rows.items_by_id, _item_create, _item_update, _item_deactivate,
                       natural=("flat_name", "room_name", "name")),
            domain="showflats",
        ),
        SheetSpec(
            "showflat_checks", QT_TRANSLATE_NOOP("excel", "样板间巡检"),
            QT_TRANSLATE_NOOP("excel", "每次一客一盘点与交接盘点的每一项结果（只读；更正为新的记录；开/闭馆检查见“巡检记录”）。"),
            [
                Col("id", "ID", ID, get=_key("id")),
                Col("check_id", QT_TRANSLATE_NOOP("excel", "检查ID"), INT, get=_key("check_id")),
                Col("serial", QT_TRANSLATE_NOOP("excel", "单号"), get=_key("serial")),
                Col("flat_name", QT_TRANSLATE_NOOP("excel", "样板间"), get=_key("flat_name")),
                Col("kind", QT_TRANSLATE_NOOP("excel", "类型"), get=_key("kind")),
                Col("at", QT_TRANSLATE_NOOP("excel", "时间"), DATETIME, get=_key("at")),
                Col("target", QT_TRANSLATE_NOOP("excel", "物品/项目"), get=_key("target")),
                Col("status", QT_TRANSLATE_NOOP("excel", "结果"), get=_key("status")),
                Col("counted", QT_TRANSLATE_NOOP("excel", "清点数"), INT, get=_key("counted")),
                Col("reading", QT_TRANSLATE_NOOP("excel", "读数"), DECIMAL, get=_key("reading")),
                Col("note", QT_TRANSLATE_NOOP("excel", "备注"), get=_key("note")),
                Col("staff_name", QT_TRANSLATE_NOOP("excel", "人员"), get=_key("staff_name")),
                Col("corrects_id", QT_TRANSLATE_NOOP("excel", "更正"), INT, get=_key("corrects_id")),
            ],
            sheet_rows.answer_rows, domain="showflats",
        ),
        SheetSpec(
            "showflat_incidents", QT_TRANSLATE_NOOP("excel", "样板间事件"),
            QT_TRANSLATE_NOOP("excel", "损坏、缺失事件及其状态（只读）。"),
            [
                Col("id", "ID", ID),
                Col("flat_name", QT_TRANSLATE_NOOP("excel", "样板间")),
                Col("item_name", QT_TRANSLATE_NOOP("excel", "物品")),
                Col("kind", QT_TRANSLATE_NOOP("excel", "类型")),
                Col("status", QT_TRANSLATE_NOOP("excel", "状态")),
                Col("proposed_qty", QT_TRANSLATE_NOOP("excel", "清点数"), INT),
                Col("note", QT_TRANSLATE_NOOP("excel", "说明")),
                Col("opened_at", QT_TRANSLATE_NOOP("excel", "登记时间"), DATETIME),
                Col("staff_name", QT_TRANSLATE_NOOP("excel", "登记人")),
                Col("check_id", QT_TRANSLATE_NOOP("excel", "检查ID"), INT),
            ],
            sheet_rows.incident_rows, domain="showflats",
        ),
    ]
