"""Sheets of reception (来访): visits, customers, drinks served, the rotation journal, the editable
认知途径 list, and the customer cycle: talks completed after a visit, follow-ups, 认购 and 签约, and
the conversion funnel (rows from the services)."""
from __future__ import annotations

from desk.excel.messages import tr
from desk.excel.specs import (
    BOOL, DATE, DATETIME, DECIMAL, ID, INT, MONEY, PHONE, TEXT, Col, ImportSpec, SheetSpec, named,
)
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.reception import hall, rotation, sheet_rows, visitors
from desk.services.reception.visitors import CHANNELS, add_source, set_source_active


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


FUNNEL_GROUPS = {"by_week": QT_TRANSLATE_NOOP("excel", "按周"), "by_month": QT_TRANSLATE_NOOP("excel", "按月"),
                 "by_source": QT_TRANSLATE_NOOP("excel", "按认知途径"),
                 "by_consultant": QT_TRANSLATE_NOOP("excel", "按顾问")}


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
            "visit_talks", QT_TRANSLATE_NOOP("excel", "洽谈补录"),
            QT_TRANSLATE_NOOP("excel", "来访后补录的洽谈结果：意向、需求、抗性、预算、户型、下一步；更正是新的一行，"
                                       "“更正自”指向被更正的那一行（只读）。"),
            [
                Col("id", "ID", ID),
                Col("visit_id", QT_TRANSLATE_NOOP("excel", "来访ID"), INT),
                Col("day", QT_TRANSLATE_NOOP("excel", "来访日期"), DATE),
                Col("customer_id", QT_TRANSLATE_NOOP("excel", "客户ID"), INT),
                Col("corrects_id", QT_TRANSLATE_NOOP("excel", "更正自"), INT),
                Col("at", QT_TRANSLATE_NOOP("excel", "补录时间"), DATETIME),
                Col("staff_name", QT_TRANSLATE_NOOP("excel", "补录人")),
                Col("grade", QT_TRANSLATE_NOOP("excel", "意向")),
                Col("needs", QT_TRANSLATE_NOOP("excel", "需求")),
                Col("objections", QT_TRANSLATE_NOOP("excel", "抗性")),
                Col("budget", QT_TRANSLATE_NOOP("excel", "预算")),
                Col("unit_type", QT_TRANSLATE_NOOP("excel", "意向户型")),
                Col("next_step", QT_TRANSLATE_NOOP("excel", "下一步")),
                Col("next_date", QT_TRANSLATE_NOOP("excel", "跟进日期"), DATE),
                Col("reason", QT_TRANSLATE_NOOP("excel", "更正原因")),
            ],
            sheet_rows.completion_rows, domain="reception",
        ),
        SheetSpec(
            "follow_ups", QT_TRANSLATE_NOOP("excel", "客户跟进"),
            QT_TRANSLATE_NOOP("excel", "置业顾问的每一次跟进：方式、结果、下一步与日期，以及当时应跟进的日期（只读）。"),
            [
                Col("id", "ID", ID),
                Col("at", QT_TRANSLATE_NOOP("excel", "时间"), DATETIME),
                Col("customer_id", QT_TRANSLATE_NOOP("excel", "客户ID"), INT),
                Col("name", QT_TRANSLATE_NOOP("excel", "客户"), get=_title),
                Col("phone", QT_TRANSLATE_NOOP("excel", "手机"), PHONE, owner=lambda r: r.owner_id),
                Col("staff_name", QT_TRANSLATE_NOOP("excel", "跟进人")),
                Col("channel", QT_TRANSLATE_NOOP("excel", "方式"), get=lambda r: CHANNELS.get(r.channel, "")),
                Col("note", QT_TRANSLATE_NOOP("excel", "跟进结果")),
                Col("next_step", QT_TRANSLATE_NOOP("excel", "下一步")),
                Col("next_date", QT_TRANSLATE_NOOP("excel", "下次跟进"), DATE),
                Col("due_on", QT_TRANSLATE_NOOP("excel", "应跟进日期"), DATE),
                Col("on_time", QT_TRANSLATE_NOOP("excel", "按时"), BOOL,
                    get=lambda r: None if r.due_on is None else r.at.date() <= r.due_on),
            ],
            sheet_rows.follow_up_rows, domain="reception",
        ),
        SheetSpec(
            "outcomes", QT_TRANSLATE_NOOP("excel", "认购与签约"),
            QT_TRANSLATE_NOOP("excel", "每一笔认购与签约：房号、价格、定金、日期、审批与退订（只读）。"),
            [
                Col("id", "ID", ID),
                Col("kind", QT_TRANSLATE_NOOP("excel", "类别")),
                Col("number", QT_TRANSLATE_NOOP("excel", "编号")),
                Col("customer_id", QT_TRANSLATE_NOOP("excel", "客户ID"), INT),
                Col("customer", QT_TRANSLATE_NOOP("excel", "客户")),
                Col("phone", QT_TRANSLATE_NOOP("excel", "手机"), PHONE, owner=lambda r: r.owner_id),
                Col("consultant", QT_TRANSLATE_NOOP("excel", "置业顾问")),
                Col("unit", QT_TRANSLATE_NOOP("excel", "房号")),
                Col("day", QT_TRANSLATE_NOOP("excel", "日期"), DATE),
                Col("amount", QT_TRANSLATE_NOOP("excel", "成交价/合同金额"), MONEY),
                Col("deposit", QT_TRANSLATE_NOOP("excel", "定金"), MONEY),
                Col("status", QT_TRANSLATE_NOOP("excel", "状态")),
                Col("recorded_at", QT_TRANSLATE_NOOP("excel", "登记时间"), DATETIME),
                Col("recorded_by", QT_TRANSLATE_NOOP("excel", "登记人")),
                Col("decided_at", QT_TRANSLATE_NOOP("excel", "审批时间"), DATETIME),
                Col("decided_by", QT_TRANSLATE_NOOP("excel", "审批人")),
                Col("note", QT_TRANSLATE_NOOP("excel", "审批意见")),
                Col("withdrawn_at", QT_TRANSLATE_NOOP("excel", "退订时间"), DATETIME),
                Col("withdraw_reason", QT_TRANSLATE_NOOP("excel", "退订原因")),
                Col("subscription", QT_TRANSLATE_NOOP("excel", "对应认购ID"), INT),
            ],
            sheet_rows.outcome_rows, domain="reception",
        ),
        SheetSpec(
            "funnel", QT_TRANSLATE_NOOP("excel", "转化漏斗"),
            QT_TRANSLATE_NOOP("excel", "首访客户至今的复访、认购、签约，按周、按月、按认知途径、按顾问（只读；比率为占首访的百分比）。"),
            [
                Col("group", QT_TRANSLATE_NOOP("excel", "分组"), get=lambda r: tr(FUNNEL_GROUPS[r.group])),
                Col("key", QT_TRANSLATE_NOOP("excel", "周/月/途径/顾问")),
                Col("first", QT_TRANSLATE_NOOP("excel", "首访"), INT),
                Col("returned", QT_TRANSLATE_NOOP("excel", "复访"), INT),
                Col("return_rate", QT_TRANSLATE_NOOP("excel", "复访率（%）"), DECIMAL),
                Col("subscribed", QT_TRANSLATE_NOOP("excel", "认购"), INT),
                Col("subscribe_rate", QT_TRANSLATE_NOOP("excel", "认购率（%）"), DECIMAL),
                Col("signed", QT_TRANSLATE_NOOP("excel", "签约"), INT),
                Col("sign_rate", QT_TRANSLATE_NOOP("excel", "签约率（%）"), DECIMAL),
                Col("withdrawn", QT_TRANSLATE_NOOP("excel", "退订"), INT),
            ],
            sheet_rows.funnel_rows, domain="reception",
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
