"""Sheets of the water bar (水吧): items (editable), the stock journal, counts, purchase requests."""
from __future__ import annotations

from desk.excel.specs import (
    BOOL, DATE, DATETIME, DECIMAL, ENUM, ID, INT, MONEY, PRICE_MAX, QUANTITY_MAX, TEXT, Col, ImportSpec,
    SheetSpec, named,
)
from desk.services.bar import sheet_rows, stock
from desk.services.core.errors import QT_TRANSLATE_NOOP


def _categories():
    return stock.categories(active_only=False)


def _places():
    return list(stock.PLACES)


def _item_records():
    return {i.id: i for i in stock.all_items()}


def _item_create(session, values):
    values = dict(values)
    if values.get("active") is None:
        values["active"] = True
    return stock.save_item(session, None, **values)


def _item_update(session, record, changed):
    return stock.save_item(session, record.id, **changed)


def _item_deactivate(session, record):
    return stock.save_item(session, record.id, active=False)


def sheets() -> list[SheetSpec]:
    return [
        SheetSpec(
            "stock_items", QT_TRANSLATE_NOOP("excel", "水吧物品"),
            QT_TRANSLATE_NOOP("excel", "水吧物品目录（茶、咖啡、饮料、水果、耗材、停车票…）。可编辑：名称、类别、单位、包装、"
                                       "最低/标准库存、保质期、位置、条码、单价、在用；新增行留空 ID。当前库存只读，库存变动请在程序中入库/盘点。"),
            [
                Col("id", "ID", ID),
                Col("name", QT_TRANSLATE_NOOP("excel", "名称"), TEXT, editable=True, required=True, max_length=40),
                Col("category", QT_TRANSLATE_NOOP("excel", "类别"),
                    ENUM, choices=_categories, editable=True, required=True),
                Col("unit", QT_TRANSLATE_NOOP("excel", "单位"), TEXT, editable=True, required=True, max_length=8),
                Col("pack_unit", QT_TRANSLATE_NOOP("excel", "包装单位"), TEXT, editable=True, max_length=8),
                Col("pack_factor", QT_TRANSLATE_NOOP("excel", "包装换算"), INT, editable=True, minimum=1, maximum=10000),
                Col("min_stock", QT_TRANSLATE_NOOP("excel", "最低库存"), DECIMAL, editable=True, minimum=0,
                    maximum=QUANTITY_MAX),
                Col("par_level", QT_TRANSLATE_NOOP("excel", "标准库存"), DECIMAL, editable=True, minimum=0,
                    maximum=QUANTITY_MAX),
                Col("shelf_life_days", QT_TRANSLATE_NOOP("excel", "保质期（天）"), INT, editable=True, minimum=1,
                    maximum=3650),
                Col("open_shelf_days", QT_TRANSLATE_NOOP("excel", "开封后（天）"), INT, editable=True, minimum=1,
                    maximum=3650),
                Col("place", QT_TRANSLATE_NOOP("excel", "存放位置"), ENUM, choices=_places, editable=True, required=True),
                Col("barcode", QT_TRANSLATE_NOOP("excel", "条码"), TEXT, editable=True, max_length=40, narrow=True),
                Col("unit_price", QT_TRANSLATE_NOOP("excel", "单价"), MONEY, editable=True, minimum=0, maximum=PRICE_MAX),
                Col("stock", QT_TRANSLATE_NOOP("excel", "当前库存"), DECIMAL, get=lambda r: getattr(r, "stock", None)),
                Col("active", QT_TRANSLATE_NOOP("excel", "在用"), BOOL, editable=True),
            ],
            sheet_rows.item_rows,
            ImportSpec("stock.adjust", _item_records, _item_create, _item_update, _item_deactivate,
                       unique=("name", "barcode"), natural=("name",)),
            domain="bar",
        ),
        SheetSpec(
            "stock_journal", QT_TRANSLATE_NOOP("excel", "库存流水"),
            QT_TRANSLATE_NOOP("excel", "水吧库存的每一笔入库、出库、报损、盘点差异、调拨（只读；更正为新的冲销记录）。"),
            [
                Col("id", "ID", ID),
                Col("at", QT_TRANSLATE_NOOP("excel", "时间"), DATETIME),
                Col("kind", QT_TRANSLATE_NOOP("excel", "类型")),
                Col("item_name", QT_TRANSLATE_NOOP("excel", "物品")),
                Col("quantity", QT_TRANSLATE_NOOP("excel", "数量"), DECIMAL),
                Col("unit", QT_TRANSLATE_NOOP("excel", "单位")),
                Col("reason", QT_TRANSLATE_NOOP("excel", "原因")),
                Col("note", QT_TRANSLATE_NOOP("excel", "备注")),
                Col("staff_name", QT_TRANSLATE_NOOP("excel", "经手人")),
                Col("reverses_id", QT_TRANSLATE_NOOP("excel", "冲销记录"), INT),
                Col("supplier", QT_TRANSLATE_NOOP("excel", "供应商")),
                Col("unit_price", QT_TRANSLATE_NOOP("excel", "单价"), MONEY),
                Col("ref_type", QT_TRANSLATE_NOOP("excel", "关联"), get=named("stock", stock.REF_TYPES, "ref_type")),
                Col("ref_id", QT_TRANSLATE_NOOP("excel", "关联编号"), INT),
            ],
            sheet_rows.journal_rows, domain="bar",
        ),
        SheetSpec(
            "stock_counts", QT_TRANSLATE_NOOP("excel", "水吧盘点"),
            QT_TRANSLATE_NOOP("excel", "开班/交班盘点，每个物品一行：账面、实盘、差异与原因（只读）。"),
            [
                Col("id", "ID", ID),
                Col("serial", QT_TRANSLATE_NOOP("excel", "盘点单号")),
                Col("kind", QT_TRANSLATE_NOOP("excel", "类型")),
                Col("counted_at", QT_TRANSLATE_NOOP("excel", "盘点时间"), DATETIME),
                Col("counted_by", QT_TRANSLATE_NOOP("excel", "盘点人")),
                Col("cosigned_by", QT_TRANSLATE_NOOP("excel", "会签人")),
                Col("item_name", QT_TRANSLATE_NOOP("excel", "物品")),
                Col("expected", QT_TRANSLATE_NOOP("excel", "账面"), DECIMAL),
                Col("counted", QT_TRANSLATE_NOOP("excel", "实盘"), DECIMAL),
                Col("difference", QT_TRANSLATE_NOOP("excel", "差异"), DECIMAL),
                Col("reason", QT_TRANSLATE_NOOP("excel", "原因")),
            ],
            sheet_rows.count_rows, domain="bar",
        ),
        SheetSpec(
            "purchase_requests", QT_TRANSLATE_NOOP("excel", "采购申请"),
            QT_TRANSLATE_NOOP("excel", "次日采购申请单，每个物品一行（只读）。"),
            [
                Col("id", "ID", ID),
                Col("number", QT_TRANSLATE_NOOP("excel", "申请单号")),
                Col("for_day", QT_TRANSLATE_NOOP("excel", "采购日期"), DATE),
                Col("status", QT_TRANSLATE_NOOP("excel", "状态")),
                Col("created_by", QT_TRANSLATE_NOOP("excel", "申请人")),
                Col("approved_by", QT_TRANSLATE_NOOP("excel", "审批人")),
                Col("item_name", QT_TRANSLATE_NOOP("excel", "物品")),
                Col("stock", QT_TRANSLATE_NOOP("excel", "申请时库存"), DECIMAL),
                Col("proposed", QT_TRANSLATE_NOOP("excel", "建议数量"), DECIMAL),
                Col("quantity", QT_TRANSLATE_NOOP("excel", "申请数量"), DECIMAL),
                Col("received", QT_TRANSLATE_NOOP("excel", "已到货"), DECIMAL),
                Col("note", QT_TRANSLATE_NOOP("excel", "备注")),
            ],
            sheet_rows.purchase_rows, domain="bar",
        ),
    ]
