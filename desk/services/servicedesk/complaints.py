"""投诉: 受理 → 判断 (valid, or explained away and closed) → 调查 (department) → 方案 → 主管批准 →
实施 (customer confirms) → 总结 (closed) → 回访. Categories are an editable list."""
from __future__ import annotations

import datetime as dt


from desk.db.base import db, retrying
from desk.db.servicedesk import Complaint, ComplaintCategory
from desk.services.core import audit, named_lists
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.clock import or_now
from desk.services.core.days import day_range, in_period, month_range
from desk.services.core.serials import next_record_number
from desk.services.core.text import required_text
from desk.services.servicedesk.stages import stage_at
from desk.services.core.session import Session
from desk.services.core.staff import verify_cosigner
from desk.services.servicedesk.units import get_unit

STATUSES = {
    "received": QT_TRANSLATE_NOOP("service", "已受理"),
    "judged": QT_TRANSLATE_NOOP("service", "已判断"),
    "investigated": QT_TRANSLATE_NOOP("service", "已调查"),
    "planned": QT_TRANSLATE_NOOP("service", "方案待批"),
    "approved": QT_TRANSLATE_NOOP("service", "方案已批"),
    "implemented": QT_TRANSLATE_NOOP("service", "已实施"),
    "explained": QT_TRANSLATE_NOOP("service", "已解释结案"),
    "closed": QT_TRANSLATE_NOOP("service", "已结案"),
    "called_back": QT_TRANSLATE_NOOP("service", "已回访"),
}
# 投诉方式: how the complaint reached the desk (printed as tick boxes on 业主投诉登记表)
CHANNELS = [QT_TRANSLATE_NOOP("service", "来访"), QT_TRANSLATE_NOOP("service", "来电"),
            QT_TRANSLATE_NOOP("service", "信函"), QT_TRANSLATE_NOOP("service", "网络"),
            QT_TRANSLATE_NOOP("service", "其他")]
OPEN = ("received", "judged", "investigated", "planned", "approved", "implemented")
CLOSED = ("explained", "closed", "called_back")
# Each status and the field that holds when a complaint reached it, in order. A complaint judged
# not valid is closed as "explained" at its judging time.
STAGES = (("received", "received_at"), ("judged", "judged_at"), ("investigated", "investigated_at"),
          ("planned", "planned_at"), ("approved", "approved_at"), ("implemented", "implemented_at"),
          ("closed", "closed_at"), ("called_back", "callback_at"))


def status_at(complaint: Complaint, moment: dt.datetime) -> str:
    """The status the complaint had at ``moment`` (a past week's report shows that, not today's).
    A plan proposed again after ``moment`` has moved its time on, so the complaint may show the
    stage before its plan."""
    status = stage_at(complaint, STAGES, moment)
    return "explained" if status == "closed" and complaint.closed_at == complaint.judged_at else status


def get_complaint(complaint_id) -> Complaint:
    complaint = Complaint.get_or_none(Complaint.id == complaint_id) if complaint_id else None
    if complaint is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到投诉：{id}"), id=complaint_id)
    return complaint


def _refuse(complaint: Complaint, action: str):
    raise ValidationError(QT_TRANSLATE_NOOP("desk", "投诉 {number} 当前为“{status}”，不能{action}"),
                          number=complaint.number, status=STATUSES.get(complaint.status, complaint.status),
                          action=action)


# -- categories ----------------------------------------------------------------------------------
def categories(active_only: bool = True) -> list[ComplaintCategory]:
    return named_lists.entries(ComplaintCategory, active_only)


@retrying
def add_category(session: Session, name: str) -> ComplaintCategory:
    session.require("service.manage")
    name = required_text(name, "类别名称")
    return named_lists.add_or_reactivate(session, ComplaintCategory, name, kind="complaint_category",
                                         exists=QT_TRANSLATE_NOOP("desk", "投诉类别已存在：{name}"))


@retrying
def rename_category(session: Session, category_id: int, name: str) -> ComplaintCategory:
    session.require("service.manage")
    name = required_text(name, "类别名称")
    with db.atomic():
        category = ComplaintCategory.get_or_none(ComplaintCategory.id == category_id)
        if category is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到投诉类别"))
        if ComplaintCategory.select().where((ComplaintCategory.name == name)
                                            & (ComplaintCategory.id != category_id)).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "投诉类别已存在：{name}"), name=name)
        before = audit.snapshot(category)
        category.name = name
        category.save()
        audit.record(session, "change", "complaint_category", category.id, before, audit.snapshot(category))
    return category


@retrying
def deactivate_category(session: Session, category_id: int) -> ComplaintCategory:
    """Stop offering a category (past complaints keep it)."""
    session.require("service.manage")
    return named_lists.set_active(session, ComplaintCategory, category_id, False, kind="complaint_category",
                                  missing=QT_TRANSLATE_NOOP("desk", "找不到投诉类别"), note="停用")


def _category(ref) -> ComplaintCategory:
    if isinstance(ref, ComplaintCategory):
        return ref
    if isinstance(ref, int):
        category = ComplaintCategory.get_or_none(ComplaintCategory.id == ref)
    else:
        category = ComplaintCategory.get_or_none(ComplaintCategory.name == (ref or "").strip())
    if category is None or not category.active:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的投诉类别：{category}"), category=ref)
    return category


# -- the workflow ----------------------------------------------------------------------------------
@retrying
def receive(session: Session, unit, category, content: str, *, complainant: str = "", phone: str = "",
            channel: str = "", at: dt.datetime | None = None) -> Complaint:
    """受理 (``channel``: one of ``CHANNELS``, or empty when not known)."""
    session.require("service.desk")
    unit = get_unit(unit) if unit not in (None, "") else None
    category = _category(category)
    channel = (channel or "").strip()
    if channel and channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的投诉方式：{channel}（可选：{choices}）"),
                              channel=channel, choices="、".join(CHANNELS))
    content = required_text(content, "投诉内容")
    complainant = (complainant or (unit.owner_name if unit else "")).strip()
    complainant = required_text(complainant, "投诉人")
    at = or_now(at)
    with db.atomic():
        complaint = Complaint.create(number=next_record_number("TS", at), unit=unit, category=category,
                                     content=content, complainant=complainant, channel=channel,
                                     phone=(phone or (unit.owner_phone if unit else "")).strip(),
                                     received_at=at, received_by=session.staff_id)
        audit.record(session, "create", "complaint", complaint.id, after=audit.snapshot(complaint))
    return complaint


def _step(session, complaint_id, allowed: tuple, action: str, change, note: str):
    with db.atomic():
        complaint = get_complaint(complaint_id)
        if complaint.status not in allowed:
            _refuse(complaint, action)
        before = audit.snapshot(complaint)
        change(complaint)
        complaint.save()
        audit.record(session, "change", "complaint", complaint.id, before, audit.snapshot(complaint), note)
    return complaint


def judge(session: Session, complaint_id, valid: bool, note: str = "", *, at=None) -> Complaint:
    """判断: a valid complaint goes on to 调查; one explained away (无效, 已解释) is closed here."""
    session.require("service.desk")
    if valid is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请判断投诉是否有效"))
    note = (note or "").strip()
    if not valid and not note:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "无效投诉请写明向业主所作的解释"))

    def change(c):
        c.valid = bool(valid)
        c.judgement = note
        c.judged_at = or_now(at)
        if valid:
            c.status = "judged"
        else:
            c.status = "explained"
            c.summary = note
            c.closed_at = c.judged_at
            c.closed_by = session.staff_id

    return _step(session, complaint_id, ("received",), "判断", change, "判断")


def investigate(session: Session, complaint_id, department: str, findings: str = "", *, at=None) -> Complaint:
    """调查: the responsible department and what was found."""
    session.require("service.desk")
    department = required_text(department, "责任部门")

    def change(c):
        c.department = department
        c.investigation = (findings or "").strip()
        c.investigated_at = or_now(at)
        c.status = "investigated"

    return _step(session, complaint_id, ("judged",), "调查", change, "调查")


def propose(session: Session, complaint_id, plan: str, *, at=None) -> Complaint:
    """方案: proposed; it waits for a supervisor's approval. A refused plan may be proposed again."""
    session.require("service.desk")
    plan = required_text(plan, "处理方案")

    def change(c):
        c.plan = plan
        c.planned_at = or_now(at)
        c.approved_by = None
        c.approved_at = None
        c.status = "planned"

    return _step(session, complaint_id, ("investigated", "planned"), "提出方案", change, "方案")


def approve(session: Session, complaint_id, *, at=None) -> Complaint:
    """主管批准方案 (service.manage). At the desk a supervisor can co-sign with ``cosign``."""
    session.require("service.manage")

    def change(c):
        c.approved_by = session.staff_id
        c.approved_at = or_now(at)
        c.status = "approved"

    return _step(session, complaint_id, ("planned",), "批准方案", change, "批准方案")


def cosign_approve(session: Session, complaint_id, code: str, pin: str, *, at=None) -> Complaint:
    """The desk asks a supervisor to approve with their own 工号 and PIN."""
    session.require("service.desk")
    supervisor = verify_cosigner(code, pin, "service.manage")
    return approve(supervisor, complaint_id, at=at)


@retrying
def implement(session: Session, complaint_id, implementation: str, customer_confirmed: bool, *, at=None) -> Complaint:
    """实施: done as approved, and the customer confirms (签字确认)."""
    session.require("service.desk")
    implementation = required_text(implementation, "实施情况")
    with db.atomic():
        complaint = get_complaint(complaint_id)
        if complaint.status == "planned":
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "投诉 {number} 的处理方案尚未经主管批准，不能实施"),
                                  number=complaint.number)
    if not customer_confirmed:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "实施结果须经业主确认"))

    def change(c):
        c.implementation = implementation
        c.customer_confirmed = True
        c.implemented_at = or_now(at)
        c.status = "implemented"

    return _step(session, complaint_id, ("approved",), "登记实施", change, "实施")


@retrying
def summarize(session: Session, complaint_id, summary: str, *, at=None) -> Complaint:
    """总结 and close: only after the approved plan was carried out and confirmed."""
    session.require("service.desk")
    summary = required_text(summary, "总结")
    with db.atomic():
        complaint = get_complaint(complaint_id)
        if complaint.status in ("received", "judged", "investigated", "planned"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("desk", "投诉 {number} 的处理方案尚未经主管批准并实施，不能结案"),
                number=complaint.number)

    def change(c):
        c.summary = summary
        c.closed_at = or_now(at)
        c.closed_by = session.staff_id
        c.status = "closed"

    return _step(session, complaint_id, ("implemented",), "结案", change, "总结结案")


def call_back(session: Session, complaint_id, satisfied: bool, comment: str = "", *, at=None) -> Complaint:
    session.require("service.desk")
    if satisfied is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请选择业主是否满意"))

    def change(c):
        c.callback_at = or_now(at)
        c.callback_by = session.staff_id
        c.satisfied = bool(satisfied)
        c.callback_comment = (comment or "").strip()
        c.status = "called_back"

    return _step(session, complaint_id, ("closed", "explained"), "回访", change, "回访")


# -- lists and figures ---------------------------------------------------------------------------------
def list_complaints(*, status: str | None = None, open_only: bool = False, text: str = "",
                    since: dt.datetime | None = None, until: dt.datetime | None = None):
    query = Complaint.select().order_by(Complaint.received_at.desc(), Complaint.id.desc())
    if status:
        query = query.where(Complaint.status == status)
    if open_only:
        query = query.where(Complaint.status.in_(OPEN))
    query = in_period(query, Complaint.received_at, since, until)
    text = (text or "").strip()
    if text:
        query = query.where(Complaint.number.contains(text) | Complaint.content.contains(text)
                            | Complaint.complainant.contains(text) | Complaint.department.contains(text))
    return query


def open_complaints():
    """Complaints not yet closed, oldest first."""
    return list(Complaint.select().where(Complaint.status.in_(OPEN)).order_by(Complaint.received_at))


def category_statistics(year: int, month: int) -> list[dict]:
    """投诉分类统计表 for a month: per category received, valid, closed, satisfied call-backs."""
    since, until = day_range(*month_range(year, month))
    rows = []
    for category in ComplaintCategory.select().order_by(ComplaintCategory.sort, ComplaintCategory.id):
        items = list(Complaint.select().where((Complaint.category == category)
                                              & (Complaint.received_at >= since) & (Complaint.received_at < until)))
        if not items and not category.active:
            continue
        rows.append({
            "category": category.name,
            "received": len(items),
            "valid": sum(1 for c in items if c.valid),
            "explained": sum(1 for c in items if c.valid is False),
            "closed": sum(1 for c in items if c.status in CLOSED),
            "open": sum(1 for c in items if c.status in OPEN),
            "called_back": sum(1 for c in items if c.callback_at is not None),
            "satisfied": sum(1 for c in items if c.satisfied),
        })
    return rows
