"""Sheets of reception (来访): visits, customers, drinks served, the rotation journal, and the
editable 认知途径 list."""
from __future__ import annotations

from desk.excel.specs import BOOL, DATE, DATETIME, ID, INT, PHONE, TEXT, Col, ImportSpec, SheetSpec, named
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.reception import hall, rotation, sheet_rows, visitors
from desk.services.reception.visitors import add_source, set_source_active


def _sources():
    return visitors.sources(active_only=False)


def _source_records():
    return {s.id: s for s in visitors.sources(active_only=False)}


def _source_create(session, values):
    source = add_source(session, values["name"])
    if values.get("active") is False:
        set_source_active(session, source.id, False)
    return source


def _source_update(session, record, changed):
    if "name" in changed:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "desk", "认知途径不能改名（历史来访引用它）：请把“{name}”停用，再新增一行"), name=record.name)
    if "active" in changed:
        set_source_active(session, record.id, bool(changed["active"]))
    return record


def _source_deactivate(session, record):
    set_source_active(session, record.id, False)
    return record


def _title(r) -> str:
    return f"{r.surname or ''}{r.title or ''}"


def sheets() -> list[SheetSpec]:
    return [
        SheetSpec(
            "visits", QT_TRANSLATE_NOOP("excel", "来访登记"),
            QT_TRANSLATE_NOOP("excel", "每组来访一行：到访/离开时间、客户、人数、同行、首访、认知途径、交通、需求、意向与顾问（只读）。"),
            [
                Col("id", "ID", ID),
                Col("day", QT_TRANSLATE_NOOP("excel", "日期"), DATE),
                Col("arrived_at", QT_TRANSLATE_NOOP("excel", "到访时间"), DATETIME),
                Col("departed_at", QT_TRANSLATE_NOOP("excel", "离开时间"), DATETIME),
                Col("customer_id", QT_TRANSLATE_NOOP("excel", "客户ID"), INT),
                Col("name", QT_TRANSLATE_NOOP("excel", "客户"), get=_title),
                Col("phone", QT_TRANSLATE_NOOP("excel", "手机"), PHONE, owner=lambda r: r.consultant_id),
                Col("party_size", QT_TRANSLATE_NOOP("excel", "人数"), INT),
                Col("company", QT_TRANSLATE_NOOP("excel", "同行")),
                Col("first_visit", QT_TRANSLATE_NOOP("excel", "首访"), BOOL),
                Col("source_name", QT_TRANSLATE_NOOP("excel", "认知途径")),
                Col("transport", QT_TRANSLATE_NOOP("excel", "交通")),
                Col("plate", QT_TRANSLATE_NOOP("excel", "车牌")),
                Col("home_district", QT_TRANSLATE_NOOP("excel", "居住区域")),
                Col("work_district", QT_TRANSLATE_NOOP("excel", "工作区域")),
                Col("age_band", QT_TRANSLATE_NOOP("excel", "年龄段")),
                Col("needs", QT_TRANSLATE_NOOP("excel", "需求与抗性")),
                Col("grade", QT_TRANSLATE_NOOP("excel", "意向")),
                Col("notes", QT_TRANSLATE_NOOP("excel", "备注")),
                Col("consultant_name", QT_TRANSLATE_NOOP("excel", "置业顾问")),
                Col("assignment", QT_TRANSLATE_NOOP("excel", "分配方式"),
                    get=named("reception", rotation.ACTIONS, "assignment")),
                Col("registrar_name", QT_TRANSLATE_NOOP("excel", "登记人")),
            ],
            sheet_rows.visit_rows, domain="reception",
        ),
        SheetSpec(
            "customers", QT_TRANSLATE_NOOP("excel", "客户"),
            QT_TRANSLATE_NOOP("excel", "客户档案：归属顾问、最近联系、到访次数（只读；手机号按权限打码）。"),
            [
                Col("id", "ID", ID),
                Col("surname", QT_TRANSLATE_NOOP("excel", "姓氏")),
                Col("title", QT_TRANSLATE_NOOP("excel", "称呼")),
                Col("phone", QT_TRANSLATE_NOOP("excel", "手机"), PHONE, owner=lambda r: r.owner_id),
                Col("home_district", QT_TRANSLATE_NOOP("excel", "居住区域")),
                Col("work_district", QT_TRANSLATE_NOOP("excel", "工作区域")),
                Col("age_band", QT_TRANSLATE_NOOP("excel", "年龄段")),
                Col("owner_name", QT_TRANSLATE_NOOP("excel", "归属顾问")),
                Col("owner_since", QT_TRANSLATE_NOOP("excel", "归属起始"), DATETIME),
                Col("last_contact_at", QT_TRANSLATE_NOOP("excel", "最近联系"), DATETIME),
                Col("last_grade", QT_TRANSLATE_NOOP("excel", "最近意向")),
                Col("visit_count", QT_TRANSLATE_NOOP("excel", "到访次数"), INT),
                Col("anonymised", QT_TRANSLATE_NOOP("excel", "已匿名"), BOOL),
                Col("created_at", QT_TRANSLATE_NOOP("excel", "建档时间"), DATETIME),
            ],
            sheet_rows.customer_rows, domain="reception",
        ),
        SheetSpec(
            "servings", QT_TRANSLATE_NOOP("excel", "饮品服务"),
            QT_TRANSLATE_NOOP("excel", "每位客人的每一次出品与续杯（只读）。"),
            [
                Col("id", "ID", ID),
                Col("visit_id", QT_TRANSLATE_NOOP("excel", "来访ID"), INT),
                Col("guest_no", QT_TRANSLATE_NOOP("excel", "客人序号"), INT),
                Col("item_name", QT_TRANSLATE_NOOP("excel", "品名")),
                Col("cup", QT_TRANSLATE_NOOP("excel", "杯型"), get=named("reception", hall.CUPS, "cup")),
                Col("served_at", QT_TRANSLATE_NOOP("excel", "时间"), DATETIME),
                Col("refill_of_id", QT_TRANSLATE_NOOP("excel", "续杯自"), INT),
                Col("staff_name", QT_TRANSLATE_NOOP("excel", "服务人员")),
            ],
            sheet_rows.serving_rows, domain="reception",
        ),
        SheetSpec(
            "rotation", QT_TRANSLATE_NOOP("excel", "顾问轮排"),
            QT_TRANSLATE_NOOP("excel", "置业顾问轮排记录：接待、归属接待、跳过、回到轮排、调整顺序（只读）。"),
            [
                Col("id", "ID", ID),
                Col("at", QT_TRANSLATE_NOOP("excel", "时间"), DATETIME),
                Col("day", QT_TRANSLATE_NOOP("excel", "日期"), DATE),
                Col("staff_name", QT_TRANSLATE_NOOP("excel", "置业顾问")),
                Col("action", QT_TRANSLATE_NOOP("excel", "动作"), get=named("reception", rotation.ACTIONS, "action")),
                Col("reason", QT_TRANSLATE_NOOP("excel", "原因")),
                Col("visit_id", QT_TRANSLATE_NOOP("excel", "来访ID"), INT),
                Col("by_name", QT_TRANSLATE_NOOP("excel", "操作人")),
            ],
            sheet_rows.rotation_rows, domain="reception",
        ),
        SheetSpec(
            "visit_sources", QT_TRANSLATE_NOOP("excel", "认知途径"),
            QT_TRANSLATE_NOOP("excel", "来访登记可选的认知途径。可编辑：新增行留空 ID；“在用”改为“否”或删除整行即停用；已有的不能改名。"),
            [
                Col("id", "ID", ID),
                Col("name", QT_TRANSLATE_NOOP("excel", "名称"), TEXT, editable=True, required=True, max_length=20),
                Col("sort", QT_TRANSLATE_NOOP("excel", "排序"), INT),
                Col("active", QT_TRANSLATE_NOOP("excel", "在用"), BOOL, editable=True),
            ],
            _sources,
            ImportSpec("reception.manage", _source_records, _source_create, _source_update, _source_deactivate,
                       unique=("name",), natural=("name",)),
            domain="reception",
        ),
    ]
